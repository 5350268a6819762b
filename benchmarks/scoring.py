"""Pure scoring functions for the corpus benchmark.

Everything here works on plain values (strings, dates, tuples) so it can be unit-tested
without the corpus or a working parser. The I/O, timing and peer extractors live in
:mod:`benchmarks.corpus`.

Normalisations (one place, so the table's meaning is clear):

* :func:`normalize_text` (headlines): Unicode NFC; soft hyphen, zero-width space and BOM
  removed; typographic single quotes/apostrophes folded to ``'``, double quotes to ``"``,
  hyphen and dash characters (U+2010-U+2015, U+2212) to ``-``; runs of whitespace (any
  Unicode space, incl. NBSP) folded to one space; stripped. Case and all other
  punctuation are kept, so "exact" really means the same visible words.
* :func:`fold` (snippets, author and tag items): :func:`normalize_text` then
  ``str.casefold``. Case-insensitive because Chromium's ``innerText`` applies CSS
  ``text-transform`` (an uppercased dateline is still the right text).
* Body F1 uses the Zyte benchmark's own tokenisation (:func:`tokenize`), no other
  normalisation.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import statistics
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

__all__ = [
    "ALL_FIELDS",
    "ArticleLike",
    "BodyAggregate",
    "DateOutcome",
    "Extraction",
    "PageScore",
    "ShingleMatch",
    "SnippetResult",
    "Snippets",
    "Summary",
    "Timing",
    "Truth",
    "aggregate_body",
    "check_snippets",
    "date_outcome",
    "extraction_from_article",
    "fold",
    "headline_match",
    "normalize_text",
    "percentile",
    "score_page",
    "set_f1",
    "shingle_match",
    "shingles",
    "split_by_origin",
    "summarize",
    "timing_summary",
    "tokenize",
]

ALL_FIELDS: frozenset[str] = frozenset(
    {"body", "snippets", "headline", "published", "authors", "tags"}
)
"""Every scored field; a system that does not produce a field is not scored on it."""

DateOutcome = Literal["right", "wrong", "missing"]

SHINGLE_SIZE = 4
"""Tokens per shingle in the Zyte benchmark (``ngram_n=4``)."""

_TOKEN_RE = re.compile(r"\w+")
_SPACE_RE = re.compile(r"\s+")
_INVISIBLE_RE = re.compile("[\u00ad\u200b\ufeff]")
_GLYPH_TABLE = str.maketrans(
    dict.fromkeys("\u2018\u2019\u201a\u201b\u2032", "'")
    | dict.fromkeys("\u201c\u201d\u201e\u201f\u2033", '"')
    | dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-")
)


# ---------------------------------------------------------------------------------------
# Normalisation
# ---------------------------------------------------------------------------------------


def normalize_text(text: str) -> str:
    """Normalise a short text for an exact comparison (see the module docstring).

    Args:
        text: Any text.

    Returns:
        NFC text with invisible characters removed, quotes and dashes folded, and
        whitespace collapsed and stripped.
    """
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE_RE.sub("", text).translate(_GLYPH_TABLE)
    return _SPACE_RE.sub(" ", text).strip()


def fold(text: str) -> str:
    """Normalise like :func:`normalize_text` and casefold, for case-insensitive matching.

    Args:
        text: Any text.

    Returns:
        The casefolded normal form.
    """
    return normalize_text(text).casefold()


# ---------------------------------------------------------------------------------------
# Body: Zyte article-extraction-benchmark token-shingle F1
# ---------------------------------------------------------------------------------------


def tokenize(text: str | None) -> list[str]:
    r"""Split text into tokens as the Zyte benchmark does.

    Tokens are the maximal runs matched by the Unicode regex ``\w+``, case kept
    (``scrapinghub/article-extraction-benchmark``, ``evaluate.py``: ``_tokenize``).
    Punctuation and whitespace only separate tokens; scripts without spaces give long
    tokens, which the benchmark accepts on purpose.

    Args:
        text: Body text; ``None`` counts as empty.

    Returns:
        The tokens in order.
    """
    return _TOKEN_RE.findall(text or "")


def shingles(text: str | None, size: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    """Count the token shingles (overlapping n-grams) of a text, Zyte-style.

    A text with fewer than ``size`` tokens (but at least one) gives one short shingle of
    all its tokens; an empty text gives none.

    Args:
        text: Body text.
        size: Tokens per shingle.

    Returns:
        A multiset of shingles.
    """
    tokens = tokenize(text)
    if len(tokens) <= size:
        return Counter([tuple(tokens)] if tokens else [])
    return Counter(tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


@dataclass(frozen=True, slots=True)
class ShingleMatch:
    """Per-page shingle counts, normalised to sum to 1 (so every page weighs the same).

    Attributes:
        tp: Shingles in both (multiset intersection).
        fp: Predicted shingles beyond the truth's count.
        fn: Truth shingles beyond the prediction's count.
    """

    tp: float
    fp: float
    fn: float

    @property
    def has_prediction(self) -> bool:
        """Whether the page enters the precision mean (``tp + fp > 0``)."""
        return self.tp + self.fp > 0

    @property
    def has_truth(self) -> bool:
        """Whether the page enters the recall mean (``tp + fn > 0``)."""
        return self.tp + self.fn > 0

    @property
    def precision(self) -> float:
        """Zyte precision: 1 when nothing is wrong or missing, 0 when nothing was predicted."""
        if self.fp == 0 and self.fn == 0:
            return 1.0
        if self.tp == 0 and self.fp == 0:
            return 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        """Zyte recall: 1 when nothing is wrong or missing, 0 when the truth is empty."""
        if self.fp == 0 and self.fn == 0:
            return 1.0
        if self.tp == 0 and self.fn == 0:
            return 0.0
        return self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        """Per-page F1 (for ranking worst pages; the corpus F1 is computed differently)."""
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def shingle_match(truth: str | None, pred: str | None, size: int = SHINGLE_SIZE) -> ShingleMatch:
    """Match predicted against true body shingles as the Zyte benchmark does.

    ``string_shingle_matching`` in ``evaluate.py`` of scrapinghub/article-extraction-benchmark:
    over the union of shingles, ``tp += min(true, pred)``, ``fp += max(0, pred - true)``,
    ``fn += max(0, true - pred)``; then the three are divided by their sum so that longer
    texts do not weigh more.

    Args:
        truth: Expected body text.
        pred: Extracted body text.
        size: Tokens per shingle.

    Returns:
        The normalised counts.
    """
    true_sh, pred_sh = shingles(truth, size), shingles(pred, size)
    tp = sum((true_sh & pred_sh).values())
    fp = sum((pred_sh - true_sh).values())
    fn = sum((true_sh - pred_sh).values())
    total = tp + fp + fn
    if total == 0:
        return ShingleMatch(0.0, 0.0, 0.0)
    return ShingleMatch(tp / total, fp / total, fn / total)


@dataclass(frozen=True, slots=True)
class BodyAggregate:
    """Corpus-level body scores.

    Attributes:
        pages: Pages scored (pages with a truth body).
        precision: Mean per-page precision over pages with a non-empty prediction.
        recall: Mean per-page recall over pages with a non-empty truth.
        f1: Harmonic mean of ``precision`` and ``recall`` (Zyte's F1).
        empty: Pages where the system returned no body tokens (they are left out of
            the precision mean, as in the benchmark, and score recall 0).
    """

    pages: int
    precision: float | None
    recall: float | None
    f1: float | None
    empty: int


def aggregate_body(matches: Sequence[ShingleMatch]) -> BodyAggregate:
    """Aggregate per-page matches exactly as Zyte's ``metrics_from_tp_fp_fns`` does.

    Precision is averaged over pages with ``tp + fp > 0`` only, recall over pages with
    ``tp + fn > 0``, and F1 is the harmonic mean of those two averages (not the mean of
    per-page F1 values).

    Args:
        matches: One match per scored page.

    Returns:
        The aggregate; the means are ``None`` when no page qualifies.
    """
    precision = _mean([m.precision for m in matches if m.has_prediction])
    recall = _mean([m.recall for m in matches if m.has_truth])
    f1: float | None = None
    if precision is not None and recall is not None:
        f1 = 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)
    empty = sum(1 for m in matches if not m.has_prediction)
    return BodyAggregate(len(matches), precision, recall, f1, empty)


# ---------------------------------------------------------------------------------------
# Other fields
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Snippets:
    """Partial body truth.

    Attributes:
        prefix: Text the body must start with (goose3).
        with_: Texts that must each appear in the body (trafilatura).
        without: Texts that must not appear in the body (trafilatura boilerplate).
    """

    prefix: str | None = None
    with_: tuple[str, ...] = ()
    without: tuple[str, ...] = ()

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | None) -> Snippets | None:
        """Build from a ``truth.json`` ``body_snippets`` object (``comments`` is not scored).

        Args:
            data: The object, or ``None``.

        Returns:
            The snippets, or ``None`` when there is no check to make.
        """
        if not data:
            return None
        result = cls(
            prefix=data.get("prefix") or None,
            with_=tuple(s for s in data.get("with") or () if s),
            without=tuple(s for s in data.get("without") or () if s),
        )
        return result if result.prefix or result.with_ or result.without else None


@dataclass(frozen=True, slots=True)
class SnippetResult:
    """Outcome of the snippet checks on one page.

    Attributes:
        passed: Checks passed.
        total: Checks made.
        failed: Failed checks, as ``"with: …"``, ``"without: …"`` or ``"prefix: …"``.
    """

    passed: int
    total: int
    failed: tuple[str, ...] = ()


def check_snippets(body: str, snippets: Snippets) -> SnippetResult:
    """Check a body against snippet truth, case-insensitively (see :func:`fold`).

    Paragraph breaks count as a single space, so a snippet may span paragraphs.

    Args:
        body: The extracted body text.
        snippets: The checks.

    Returns:
        How many checks passed, and which failed.
    """
    text = fold(body)
    failed: list[str] = []
    total = 0
    if snippets.prefix:
        total += 1
        if not text.startswith(fold(snippets.prefix)):
            failed.append(f"prefix: {snippets.prefix}")
    for snippet in snippets.with_:
        total += 1
        if fold(snippet) not in text:
            failed.append(f"with: {snippet}")
    for snippet in snippets.without:
        total += 1
        if fold(snippet) in text:
            failed.append(f"without: {snippet}")
    return SnippetResult(total - len(failed), total, tuple(failed))


def headline_match(pred: str | None, truth: str) -> bool:
    """Whether a headline equals the truth after :func:`normalize_text` (case kept).

    Args:
        pred: Extracted headline, ``None`` if none.
        truth: Expected headline.

    Returns:
        True on an exact normalised match.
    """
    return pred is not None and normalize_text(pred) == normalize_text(truth)


def date_outcome(pred: dt.date | str | None, truth: str) -> DateOutcome:
    """Compare calendar dates (``YYYY-MM-DD``), without any time-zone conversion.

    Args:
        pred: Extracted date (a date, a datetime, or an ISO string), ``None`` if none.
        truth: Expected ``YYYY-MM-DD``.

    Returns:
        ``"missing"`` when no date was given, else ``"right"`` or ``"wrong"``.
    """
    if pred is None:
        return "missing"
    text = pred if isinstance(pred, str) else pred.isoformat()
    return "right" if text[:10] == truth[:10] else "wrong"


def set_f1(pred: Iterable[str], truth: Iterable[str]) -> float:
    """F1 of two sets of short strings compared with :func:`fold` (case-insensitive).

    Two empty sets agree (1.0); an empty set against a non-empty one scores 0.

    Args:
        pred: Extracted items (authors or tags).
        truth: Expected items.

    Returns:
        ``2|P∩T| / (|P| + |T|)``.
    """
    pred_set = {f for f in map(fold, pred) if f}
    truth_set = {f for f in map(fold, truth) if f}
    if not pred_set and not truth_set:
        return 1.0
    return 2 * len(pred_set & truth_set) / (len(pred_set) + len(truth_set))


# ---------------------------------------------------------------------------------------
# Truth and system output
# ---------------------------------------------------------------------------------------


def _str_tuple(value: Any) -> tuple[str, ...] | None:
    return None if value is None else tuple(str(v) for v in value)


@dataclass(frozen=True, slots=True)
class Truth:
    """One page's ``truth.json``; ``None`` = unknown (not scored).

    Attributes:
        source: Source folder name.
        page_id: Page folder name.
        url: The page URL, if known.
        headline: Expected headline.
        published: Expected calendar date, ``YYYY-MM-DD``.
        authors: Expected author names.
        tags: Expected tags.
        body: Expected body text.
        snippets: Partial body truth.
        truth_from: Where each known field came from (``dataset``, ``page-jsonld``, …).
    """

    source: str
    page_id: str
    url: str | None = None
    headline: str | None = None
    published: str | None = None
    authors: tuple[str, ...] | None = None
    tags: tuple[str, ...] | None = None
    body: str | None = None
    snippets: Snippets | None = None
    truth_from: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Truth:
        """Build from a parsed ``truth.json`` object.

        Args:
            data: The JSON object.

        Returns:
            The truth record.
        """
        return cls(
            source=str(data["source"]),
            page_id=str(data["id"]),
            url=data.get("url"),
            headline=data.get("headline"),
            published=data.get("published"),
            authors=_str_tuple(data.get("authors")),
            tags=_str_tuple(data.get("tags")),
            body=data.get("body"),
            snippets=Snippets.from_json(data.get("body_snippets")),
            truth_from=dict(data.get("truth_from") or {}),
        )


@dataclass(frozen=True, slots=True)
class Extraction:
    """What a system extracted from one page, in the neutral form the scorer reads.

    Attributes:
        headline: Headline, ``None`` if none.
        published: Publication date (calendar date prefix is compared), ``None`` if none.
        authors: Author names.
        tags: Tags.
        body: Body text, paragraphs separated by blank lines.
    """

    headline: str | None = None
    published: dt.date | str | None = None
    authors: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    body: str = ""


class ArticleLike(Protocol):
    """The part of :class:`newsparse.model.Article` the benchmark reads."""

    @property
    def headline(self) -> str | None:
        """Headline."""

    @property
    def published(self) -> dt.date | None:
        """Publication date or datetime."""

    @property
    def authors(self) -> Sequence[str]:
        """Author names."""

    @property
    def tags(self) -> Sequence[str]:
        """Tags."""

    @property
    def body(self) -> Sequence[str]:
        """Body paragraphs."""


def extraction_from_article(article: ArticleLike) -> Extraction:
    """Convert a newsparse ``Article`` (or anything shaped like one) for scoring.

    Args:
        article: The parse result.

    Returns:
        The neutral extraction; body paragraphs are joined by blank lines.
    """
    return Extraction(
        headline=article.headline,
        published=article.published,
        authors=tuple(article.authors),
        tags=tuple(article.tags),
        body="\n\n".join(article.body),
    )


# ---------------------------------------------------------------------------------------
# Page scores and summaries
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PageScore:
    """All scores of one system on one page; ``None`` = not scored.

    Attributes:
        truth: The page's truth.
        got: What the system extracted (empty when it raised).
        system: System name.
        error: ``"ExcType: message"`` when the system raised, else ``None``.
        seconds: Extraction time.
        body: Zyte shingle match (pages with a truth body).
        snippets: Snippet checks (pages with snippet truth).
        headline: Exact normalised headline match.
        published: Date outcome.
        authors: Author set F1.
        tags: Tag set F1.
    """

    truth: Truth
    got: Extraction
    system: str = "newsparse"
    error: str | None = None
    seconds: float | None = None
    body: ShingleMatch | None = None
    snippets: SnippetResult | None = None
    headline: bool | None = None
    published: DateOutcome | None = None
    authors: float | None = None
    tags: float | None = None


def score_page(
    truth: Truth,
    got: Extraction,
    *,
    fields: frozenset[str] = ALL_FIELDS,
    system: str = "newsparse",
    error: str | None = None,
    seconds: float | None = None,
) -> PageScore:
    """Score one extraction against one page's truth.

    A field is scored when the truth knows it and the system produces that field.

    Args:
        truth: The page's truth.
        got: The extraction (use an empty ``Extraction()`` when the system raised).
        fields: Fields the system produces (see :data:`ALL_FIELDS`).
        system: System name.
        error: Exception summary, if the system raised.
        seconds: Extraction time.

    Returns:
        The page's scores.
    """

    def want(name: str, known: object) -> bool:
        return name in fields and known is not None

    return PageScore(
        truth=truth,
        got=got,
        system=system,
        error=error,
        seconds=seconds,
        body=shingle_match(truth.body, got.body) if want("body", truth.body) else None,
        snippets=(
            check_snippets(got.body, truth.snippets)
            if truth.snippets is not None and "snippets" in fields
            else None
        ),
        headline=(
            headline_match(got.headline, truth.headline)
            if truth.headline is not None and "headline" in fields
            else None
        ),
        published=(
            date_outcome(got.published, truth.published)
            if truth.published is not None and "published" in fields
            else None
        ),
        authors=(
            set_f1(got.authors, truth.authors)
            if truth.authors is not None and "authors" in fields
            else None
        ),
        tags=(
            set_f1(got.tags, truth.tags) if truth.tags is not None and "tags" in fields else None
        ),
    )


@dataclass(frozen=True, slots=True)
class Summary:
    """Scores of one system over a group of pages.

    Attributes:
        pages: Pages in the group.
        errors: Pages where the system raised.
        body: Zyte body aggregate.
        snippets_passed: Snippet checks passed.
        snippets_total: Snippet checks made.
        snippet_pages: Pages with snippet checks.
        headline_hits: Exact headline matches.
        headline_pages: Pages scored on the headline.
        date_right: Right calendar dates.
        date_wrong: Wrong dates.
        date_missing: Missing dates.
        authors_f1: Mean author set F1.
        authors_pages: Pages scored on authors.
        tags_f1: Mean tag set F1.
        tags_pages: Pages scored on tags.
    """

    pages: int
    errors: int
    body: BodyAggregate
    snippets_passed: int
    snippets_total: int
    snippet_pages: int
    headline_hits: int
    headline_pages: int
    date_right: int
    date_wrong: int
    date_missing: int
    authors_f1: float | None
    authors_pages: int
    tags_f1: float | None
    tags_pages: int

    @property
    def date_pages(self) -> int:
        """Pages scored on the date."""
        return self.date_right + self.date_wrong + self.date_missing

    @property
    def snippet_rate(self) -> float | None:
        """Fraction of snippet checks passed."""
        return _ratio(self.snippets_passed, self.snippets_total)

    @property
    def headline_rate(self) -> float | None:
        """Fraction of exact headlines."""
        return _ratio(self.headline_hits, self.headline_pages)

    def date_rate(self, outcome: DateOutcome) -> float | None:
        """Fraction of scored dates with the given outcome.

        Args:
            outcome: ``"right"``, ``"wrong"`` or ``"missing"``.

        Returns:
            The fraction, ``None`` when no date was scored.
        """
        counts = {"right": self.date_right, "wrong": self.date_wrong, "missing": self.date_missing}
        return _ratio(counts[outcome], self.date_pages)


def summarize(scores: Sequence[PageScore]) -> Summary:
    """Summarise page scores (of one system) over a group of pages.

    Args:
        scores: The group's page scores.

    Returns:
        The summary.
    """
    snippet_results = [s.snippets for s in scores if s.snippets is not None]
    headlines = [s.headline for s in scores if s.headline is not None]
    dates = Counter(s.published for s in scores if s.published is not None)
    authors = [s.authors for s in scores if s.authors is not None]
    tags = [s.tags for s in scores if s.tags is not None]
    return Summary(
        pages=len(scores),
        errors=sum(1 for s in scores if s.error is not None),
        body=aggregate_body([s.body for s in scores if s.body is not None]),
        snippets_passed=sum(r.passed for r in snippet_results),
        snippets_total=sum(r.total for r in snippet_results),
        snippet_pages=len(snippet_results),
        headline_hits=sum(headlines),
        headline_pages=len(headlines),
        date_right=dates["right"],
        date_wrong=dates["wrong"],
        date_missing=dates["missing"],
        authors_f1=_mean(authors),
        authors_pages=len(authors),
        tags_f1=_mean(tags),
        tags_pages=len(tags),
    )


def split_by_origin(scores: Iterable[PageScore], field_name: str) -> dict[str, list[PageScore]]:
    """Group page scores by where the truth of one field came from (``truth_from``).

    Args:
        scores: Page scores.
        field_name: ``"headline"``, ``"published"`` or ``"authors"`` (any truth field).

    Returns:
        Origin (``dataset``, ``page-jsonld``, ``page-meta``) to the pages with that origin;
        pages without truth for the field are left out.
    """
    groups: dict[str, list[PageScore]] = {}
    for score in scores:
        origin = score.truth.truth_from.get(field_name)
        if origin is not None:
            groups.setdefault(origin, []).append(score)
    return dict(sorted(groups.items()))


# ---------------------------------------------------------------------------------------
# Timing
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Timing:
    """Per-page time statistics, in seconds.

    Attributes:
        pages: Pages timed.
        median: Median time.
        p95: 95th percentile (nearest rank).
        mean: Mean time.
        pages_per_second: Pages divided by the total time.
    """

    pages: int
    median: float
    p95: float
    mean: float
    pages_per_second: float


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile.

    Args:
        values: Non-empty sample.
        q: Percentile in ``(0, 100]``.

    Returns:
        The smallest value with at least ``q`` percent of the sample at or below it.

    Raises:
        ValueError: On an empty sample.
    """
    if not values:
        msg = "percentile of an empty sample"
        raise ValueError(msg)
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


def timing_summary(seconds: Sequence[float]) -> Timing | None:
    """Summarise per-page times.

    Args:
        seconds: One time per page.

    Returns:
        The statistics, ``None`` for an empty sample.
    """
    if not seconds:
        return None
    total = math.fsum(seconds)
    return Timing(
        pages=len(seconds),
        median=statistics.median(seconds),
        p95=percentile(seconds, 95),
        mean=total / len(seconds),
        pages_per_second=len(seconds) / total if total > 0 else math.inf,
    )


# ---------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------


def _mean(values: Sequence[float]) -> float | None:
    return math.fsum(values) / len(values) if values else None


def _ratio(count: int, total: int) -> float | None:
    return count / total if total else None
