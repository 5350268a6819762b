"""Score newsparse (and optionally peer extractors) on the evaluation corpus.

Run from the repository root::

    python -m benchmarks.corpus --corpus ../shared/corpus --input txt
    python -m benchmarks.corpus --input html --peers --worst 5 --markdown
    python -m benchmarks.corpus --source fundus --source readability --limit 20 --json /tmp/b.json

The corpus (``<source>/<id>/page.html``, ``page.txt``, ``page.htmltext.txt``, ``truth.json``)
is read from ``--corpus``, else ``$NEWSPARSE_CORPUS``, else ``../shared/corpus``. Nothing
from it is written into the repository; ``--json`` output holds truth snippets and
extracted fields (not bodies), so point it outside the repository.

What is measured (definitions in :mod:`benchmarks.scoring`):

* body: the Zyte article-extraction-benchmark token-shingle precision / recall / F1
  (pages with a truth body), and the share of snippet checks passed (trafilatura's
  with/without snippets, goose3's body prefix);
* headline: exact match after normalisation; date: right / wrong / missing calendar
  date; authors and tags: mean per-page set F1 (case-insensitive);
* the same headline/date/authors figures split by where the truth came from
  (``truth_from``: the dataset's annotation, or the page's own JSON-LD / meta tags);
* timing: ``time.perf_counter`` around the system's own call only (newsparse: the
  ``parse`` call; the input is already read, and the mapping of the result to the
  scorer's form is not timed); for HTML input also ``lxml.html.document_fromstring``
  alone, the "lxml parse floor". Ratios in the timing table are median times divided
  by the floor's / trafilatura's median time (lower is faster).

Peers (``--peers``, HTML input only, each skipped with a note when not importable):
trafilatura (``bare_extraction``, metadata on, comments off), readability-lxml
(``short_title`` and ``summary``; no date, authors or tags, so those are not scored for
it), newspaper4k (image fetching off) and goose3 (raw HTML, never fetches). Some
newspaper4k languages need optional packages (nltk, tinysegmenter, indic-nlp); without
them it raises, and those pages count as its exceptions.

URL hint: by default the page URL from ``truth.json`` is passed as ``url=`` to
newsparse (and to the peers that accept one), because a scraper knows the URL of each
page it fetched; ``--no-url`` turns this off. The readability source has no URLs.

An exception raised by an extractor never stops the run: it is counted, listed, and the
page is scored as an empty extraction. ``--limit N`` takes N pages round-robin over the
selected sources (ids in sorted order), so small runs still cover every source.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib
import json
import os
import re
import sys
import time
import warnings
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import lxml.etree
import lxml.html

from benchmarks.scoring import (
    ALL_FIELDS,
    ArticleLike,
    Extraction,
    PageScore,
    Summary,
    Timing,
    Truth,
    extraction_from_article,
    score_page,
    split_by_origin,
    summarize,
    timing_summary,
)

DEFAULT_CORPUS = "../shared/corpus"
CORPUS_ENV = "NEWSPARSE_CORPUS"
INPUT_FILES = {"txt": "page.txt", "htmltext": "page.htmltext.txt", "html": "page.html"}
PRIMARY = "newsparse"
LXML_FLOOR = "lxml parse floor"
ALL_ROW = "all"
ORIGIN_FIELDS = ("headline", "published", "authors")
DASH = "—"
TRUNCATE = 90

Dump = str | bytes
RunFn = Callable[[Dump, str | None], Any]

_ISO_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
_BLANK_LINES_RE = re.compile(r"\n\s*\n")
_BLOCK_TAGS = (
    "p", "div", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6",
    "li", "blockquote", "pre", "figure", "figcaption", "table", "tr", "ul", "ol", "br",
)  # fmt: skip


# ---------------------------------------------------------------------------------------
# Corpus
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CorpusPage:
    """One corpus page: its truth and its folder.

    Attributes:
        truth: The parsed ``truth.json``.
        directory: The page folder.
    """

    truth: Truth
    directory: Path

    def read(self, kind: str) -> Dump:
        """Read the dump to feed: text for ``txt``/``htmltext``, bytes for ``html``.

        Args:
            kind: A key of :data:`INPUT_FILES`.

        Returns:
            The dump.
        """
        path = self.directory / INPUT_FILES[kind]
        if kind == "html":
            return path.read_bytes()
        return path.read_text(encoding="utf-8", errors="replace")


def resolve_corpus(value: str | None) -> Path:
    """Pick the corpus folder: the option, else ``$NEWSPARSE_CORPUS``, else the default.

    Args:
        value: The ``--corpus`` value, if given.

    Returns:
        The corpus path (not checked).
    """
    return Path(value or os.environ.get(CORPUS_ENV) or DEFAULT_CORPUS)


def load_pages(
    corpus: Path, sources: Sequence[str] = (), limit: int | None = None
) -> list[CorpusPage]:
    """List corpus pages, optionally filtered by source and limited round-robin.

    Args:
        corpus: The corpus folder.
        sources: Source names to keep; all when empty.
        limit: At most this many pages, taken in turn from each source.

    Returns:
        Pages grouped by source (sources and ids in sorted order).
    """
    by_source: dict[str, list[Path]] = {}
    for truth_path in sorted(corpus.glob("*/*/truth.json")):
        source = truth_path.parent.parent.name
        if not sources or source in sources:
            by_source.setdefault(source, []).append(truth_path)
    chosen = _round_robin(list(by_source.values()), limit)
    pages = [
        CorpusPage(Truth.from_json(json.loads(p.read_text(encoding="utf-8"))), p.parent)
        for p in chosen
    ]
    return sorted(pages, key=lambda page: (page.truth.source, page.truth.page_id))


def audit_command(
    prog: str, doc: str | None, inputs: Sequence[str], list_help: str, argv: Sequence[str] | None
) -> tuple[argparse.Namespace, list[CorpusPage]] | None:
    """Read the options shared by the audit commands and load their pages.

    Args:
        prog: The command as typed (``python -m benchmarks.date_audit``).
        doc: The module docstring; its first paragraph is the description.
        inputs: The ``--input`` choices.
        list_help: Help of the ``--list`` flag.
        argv: Arguments (default: ``sys.argv[1:]``).

    Returns:
        The options (``corpus``, ``input``, ``source``, ``list``) and the pages, or
        ``None`` after a message on standard error when no page is found.
    """
    parser = argparse.ArgumentParser(prog=prog, description=(doc or "").split("\n\n")[0])
    parser.add_argument(
        "--corpus",
        help="corpus folder (default: $NEWSPARSE_CORPUS, else ../shared/corpus)",
    )
    parser.add_argument("--input", choices=sorted(inputs), default="txt")
    parser.add_argument(
        "--source", action="append", default=[], help="only this source (repeatable)"
    )
    parser.add_argument("--list", action="store_true", help=list_help)
    options = parser.parse_args(argv)
    corpus = resolve_corpus(options.corpus)
    pages = load_pages(corpus, options.source)
    if not pages:
        print(f"no corpus pages under {corpus}", file=sys.stderr)
        return None
    return options, pages


def _round_robin(groups: list[list[Path]], limit: int | None) -> list[Path]:
    if limit is None:
        return [p for group in groups for p in group]
    chosen: list[Path] = []
    depth = 0
    while len(chosen) < limit and any(depth < len(g) for g in groups):
        chosen.extend(g[depth] for g in groups if depth < len(g))
        depth += 1
    return chosen[:limit]


# ---------------------------------------------------------------------------------------
# Extractors
# ---------------------------------------------------------------------------------------


def _as_extraction(raw: Any) -> Extraction:
    if not isinstance(raw, Extraction):
        msg = f"expected an Extraction, got {type(raw).__name__}"
        raise TypeError(msg)
    return raw


@dataclass(frozen=True, slots=True)
class Extractor:
    """A system under test.

    Only ``run`` is timed; ``convert`` maps its result to the scorer's neutral form
    outside the timed section (it holds no extraction work of the system).

    Attributes:
        name: Display name.
        run: ``(dump, url_hint) -> raw result``: the system's own call.
        convert: ``raw result -> Extraction``.
        fields: Fields the system produces (others are not scored for it).
    """

    name: str
    run: RunFn
    convert: Callable[[Any], Extraction] = _as_extraction
    fields: frozenset[str] = ALL_FIELDS


def newsparse_extractor() -> Extractor:
    """Wrap ``newsparse.parse`` (timed: the ``parse`` call alone).

    Returns:
        The extractor.

    Raises:
        ImportError: When newsparse or its ``parse`` function cannot be imported.
    """
    module = importlib.import_module("newsparse")
    parse = getattr(module, "parse", None)
    if not callable(parse):
        msg = "newsparse has no parse() function yet"
        raise ImportError(msg)
    typed = cast("Callable[..., ArticleLike]", parse)

    def run(dump: Dump, url: str | None) -> ArticleLike:
        return typed(dump, url=url)

    return Extractor(PRIMARY, run, extraction_from_article)


def _quiet_import(name: str) -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return importlib.import_module(name)


def _get(obj: Any, name: str) -> Any:
    return obj.get(name) if isinstance(obj, dict) else getattr(obj, name, None)


def _text_or_none(value: Any) -> str | None:
    text = str(value).strip() if value is not None else ""
    return text or None


def _split_items(values: Any, separator: str) -> tuple[str, ...]:
    if values is None:
        return ()
    if isinstance(values, str):
        values = [values]
    items = (part.strip() for value in values for part in str(value).split(separator))
    return tuple(item for item in items if item)


def _date_text(value: Any) -> str | None:
    if value is None:
        return None
    if hasattr(value, "isoformat"):
        return str(value.isoformat())[:10]
    match = _ISO_DATE_RE.match(str(value).strip())
    return match.group(0) if match else None


def html_paragraphs(fragment: str) -> str:
    """Turn an HTML fragment (a peer's cleaned article HTML) into blank-line paragraphs.

    Args:
        fragment: HTML text.

    Returns:
        Paragraph texts separated by blank lines, whitespace-normalised.
    """
    if not fragment.strip():
        return ""
    root = lxml.html.fromstring(fragment)
    for element in root.iter(*_BLOCK_TAGS):
        element.tail = "\n\n" + (element.tail or "")
        element.text = "\n\n" + (element.text or "")
    paragraphs = (" ".join(p.split()) for p in _BLANK_LINES_RE.split(_text_of(root)))
    return "\n\n".join(p for p in paragraphs if p)


def _text_of(element: lxml.etree._Element) -> str:
    return str(lxml.etree.tostring(element, method="text", encoding="unicode", with_tail=False))


def trafilatura_extractor() -> Extractor:
    """Wrap ``trafilatura.bare_extraction`` (metadata on, comments off).

    Returns:
        The extractor.
    """
    trafilatura = _quiet_import("trafilatura")

    def run(dump: Dump, url: str | None) -> Any:
        return trafilatura.bare_extraction(
            dump, url=url, with_metadata=True, include_comments=False
        )

    def convert(doc: Any) -> Extraction:
        if doc is None:
            return Extraction()
        return Extraction(
            headline=_text_or_none(_get(doc, "title")),
            published=_date_text(_get(doc, "date")),
            authors=_split_items(_get(doc, "author"), ";"),
            tags=_split_items(_get(doc, "tags"), ","),
            body=str(_get(doc, "text") or ""),
        )

    return Extractor("trafilatura", run, convert)


def readability_extractor() -> Extractor:
    """Wrap readability-lxml (``short_title`` and ``summary``; it has no date or byline).

    Returns:
        The extractor.
    """
    readability = _quiet_import("readability")

    def run(dump: Dump, url: str | None) -> tuple[str, str]:
        doc = readability.Document(dump, url=url)
        return str(doc.short_title()), str(doc.summary(html_partial=True))

    def convert(raw: tuple[str, str]) -> Extraction:
        title, summary_html = raw
        return Extraction(headline=_text_or_none(title), body=html_paragraphs(summary_html))

    fields = frozenset({"headline", "body", "snippets"})
    return Extractor("readability-lxml", run, convert, fields)


def newspaper_extractor() -> Extractor:
    """Wrap newspaper4k (``Article(url).download(input_html=…)``, then ``parse``).

    Image fetching is off: newspaper4k would otherwise download images over the network
    to pick a top image, which is no part of text extraction (and times out offline).
    Tags are its ``tags`` when it found any, else its ``meta_keywords`` (``tags`` stays
    empty without its NLP extra; trafilatura reports the meta keywords as tags too).

    Returns:
        The extractor.
    """
    newspaper = _quiet_import("newspaper")

    def run(dump: Dump, url: str | None) -> Any:
        article = newspaper.Article(url or "", fetch_images=False)
        article.download(input_html=dump)
        article.parse()
        return article

    def convert(article: Any) -> Extraction:
        return Extraction(
            headline=_text_or_none(article.title),
            published=_date_text(article.publish_date),
            authors=_split_items(article.authors, "\x00"),
            tags=_split_items(sorted(article.tags or ()) or article.meta_keywords, "\x00"),
            body=str(article.text or ""),
        )

    return Extractor("newspaper4k", run, convert)


def goose_extractor() -> Extractor:
    """Wrap goose3 (``Goose().extract(url=…, raw_html=…)``; never fetches: raw HTML given).

    Returns:
        The extractor.
    """
    goose3 = _quiet_import("goose3")
    goose = goose3.Goose()

    def run(dump: Dump, url: str | None) -> Any:
        if not dump:  # goose3 would fetch the URL when the raw HTML is empty
            url = None
        return goose.extract(url=url, raw_html=dump)

    def convert(result: Any) -> Extraction:
        published = _date_text(result.publish_date) or _date_text(result.publish_datetime_utc)
        return Extraction(
            headline=_text_or_none(result.title),
            published=published,
            authors=_split_items(result.authors, "\x00"),
            tags=_split_items(sorted(result.tags or ()), "\x00"),
            body=str(result.cleaned_text or ""),
        )

    return Extractor("goose3", run, convert)


PEERS: dict[str, Callable[[], Extractor]] = {
    "trafilatura": trafilatura_extractor,
    "readability-lxml": readability_extractor,
    "newspaper4k": newspaper_extractor,
    "goose3": goose_extractor,
}


def load_peers(notes: list[str]) -> list[Extractor]:
    """Load every importable peer; note the others.

    Args:
        notes: Receives one line per skipped peer.

    Returns:
        The available peers.
    """
    peers: list[Extractor] = []
    for name, factory in PEERS.items():
        try:
            peers.append(factory())
        except Exception as exc:  # any import-time failure just skips the peer
            notes.append(f"peer {name} skipped: {type(exc).__name__}: {exc}")
    return peers


# ---------------------------------------------------------------------------------------
# Running
# ---------------------------------------------------------------------------------------


@dataclass(slots=True)
class RunResult:
    """Everything one benchmark run produced.

    Attributes:
        systems: System names in display order (newsparse first).
        scores: Page scores per system.
        lxml_seconds: Per-page ``lxml.html.document_fromstring`` times (HTML input only).
        notes: Skipped peers and other remarks.
    """

    systems: list[str]
    scores: dict[str, list[PageScore]]
    lxml_seconds: list[float] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def run_one(extractor: Extractor, truth: Truth, dump: Dump, url: str | None) -> PageScore:
    """Run one extractor on one page, timing the call and catching any exception.

    Args:
        extractor: The system.
        truth: The page's truth.
        dump: The input, already read.
        url: URL hint, or ``None``.

    Returns:
        The page's scores (an empty extraction when the system raised).
    """
    error: str | None = None
    got = Extraction()
    start = time.perf_counter()
    try:
        raw = extractor.run(dump, url)
    except Exception as exc:  # a failing page is a result, not a crash
        raw, error = None, f"{type(exc).__name__}: {exc}"
    seconds = time.perf_counter() - start
    if error is None:
        try:
            got = extractor.convert(raw)
        except Exception as exc:  # same: count it, score the page as empty
            error = f"{type(exc).__name__} (converting the result): {exc}"
    return score_page(
        truth, got, fields=extractor.fields, system=extractor.name, error=error, seconds=seconds
    )


def time_lxml(dump: Dump) -> float | None:
    """Time ``lxml.html.document_fromstring`` alone on one dump.

    Args:
        dump: HTML bytes.

    Returns:
        Seconds, or ``None`` when lxml rejects the document.
    """
    start = time.perf_counter()
    try:
        lxml.html.document_fromstring(dump)
    except (lxml.etree.ParserError, ValueError):
        return None
    return time.perf_counter() - start


def run(
    pages: Sequence[CorpusPage], extractors: Sequence[Extractor], kind: str, *, use_url: bool
) -> RunResult:
    """Run every extractor on every page (page by page, so all see the same cache state).

    Args:
        pages: The pages.
        extractors: The systems, newsparse first.
        kind: Input kind (key of :data:`INPUT_FILES`).
        use_url: Pass the truth URL as a hint.

    Returns:
        The run's results.
    """
    result = RunResult([e.name for e in extractors], {e.name: [] for e in extractors})
    for index, page in enumerate(pages, 1):
        _progress(index, len(pages))
        dump = page.read(kind)
        url = page.truth.url if use_url else None
        for extractor in extractors:
            result.scores[extractor.name].append(run_one(extractor, page.truth, dump, url))
        if kind == "html" and (seconds := time_lxml(dump)) is not None:
            result.lxml_seconds.append(seconds)
    _progress(0, 0)
    return result


def _progress(index: int, total: int) -> None:
    if sys.stderr.isatty():
        print(
            f"\r{index}/{total} pages" if total else "\r" + " " * 30 + "\r", end="", file=sys.stderr
        )


# ---------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------


def render_table(
    headers: Sequence[str], rows: Sequence[Sequence[str]], *, markdown: bool, left: int = 1
) -> str:
    """Render a table, fixed-width or as markdown; text columns left, numbers right.

    Args:
        headers: Column titles.
        rows: Cell texts.
        markdown: Markdown instead of fixed-width.
        left: How many leading columns are left-aligned.

    Returns:
        The table text.
    """
    if markdown:
        lines = ["| " + " | ".join(headers) + " |"]
        lines.append(
            "|" + "|".join(":---" if i < left else "---:" for i in range(len(headers))) + "|"
        )
        lines.extend("| " + " | ".join(row) + " |" for row in rows)
        return "\n".join(lines)
    widths = [max(len(str(c)) for c in col) for col in zip(headers, *rows, strict=True)]

    def line(cells: Sequence[str]) -> str:
        parts = [
            c.ljust(w) if i < left else c.rjust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ]
        return "  ".join(parts).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(headers), rule, *(line(r) for r in rows)])


def _num(value: float | None) -> str:
    return DASH if value is None else f"{value:.3f}"


def _with_n(value: float | None, n: int) -> str:
    return DASH if n == 0 else f"{_num(value)} ({n})"


def _dates(summary: Summary) -> str:
    if summary.date_pages == 0:
        return DASH
    parts = (_num(summary.date_rate(o)) for o in ("right", "wrong", "missing"))
    return f"{'/'.join(parts)} ({summary.date_pages})"


def _ms(value: float | None) -> str:
    return DASH if value is None else f"{value * 1000:.1f}"


SCORE_HEADERS = (
    "pages", "errors", "body F1 (n)", "body P", "body R", "no body", "snippets (checks)",
    "headline (n)", "date right/wrong/miss (n)", "authors F1 (n)", "tags F1 (n)", "median ms",
)  # fmt: skip


def summary_cells(summary: Summary, scores: Sequence[PageScore]) -> list[str]:
    """Cells of one score-table row.

    Args:
        summary: The group's summary.
        scores: The group's page scores (for the median time).

    Returns:
        One cell per :data:`SCORE_HEADERS` entry.
    """
    timing = timing_summary([s.seconds for s in scores if s.seconds is not None])
    body = summary.body
    return [
        str(summary.pages),
        str(summary.errors),
        _with_n(body.f1, body.pages),
        _num(body.precision) if body.pages else DASH,
        _num(body.recall) if body.pages else DASH,
        str(body.empty) if body.pages else DASH,
        _with_n(summary.snippet_rate, summary.snippets_total),
        _with_n(summary.headline_rate, summary.headline_pages),
        _dates(summary),
        _with_n(summary.authors_f1, summary.authors_pages),
        _with_n(summary.tags_f1, summary.tags_pages),
        _ms(timing.median if timing else None),
    ]


def _by_source(scores: Sequence[PageScore]) -> Iterator[tuple[str, list[PageScore]]]:
    sources = sorted({s.truth.source for s in scores})
    for source in sources:
        yield source, [s for s in scores if s.truth.source == source]
    yield ALL_ROW, list(scores)


def score_table(scores: Sequence[PageScore], *, markdown: bool) -> str:
    """The per-source score table of one system (rows = sources + ``all``).

    Args:
        scores: The system's page scores.
        markdown: Markdown output.

    Returns:
        The table text.
    """
    rows = [[name, *summary_cells(summarize(group), group)] for name, group in _by_source(scores)]
    return render_table(("source", *SCORE_HEADERS), rows, markdown=markdown)


def systems_table(result: RunResult, *, markdown: bool) -> str:
    """All systems on all pages, one row each.

    Args:
        result: The run.
        markdown: Markdown output.

    Returns:
        The table text.
    """
    rows = [
        [name, *summary_cells(summarize(result.scores[name]), result.scores[name])]
        for name in result.systems
    ]
    return render_table(("system", *SCORE_HEADERS), rows, markdown=markdown)


def _origin_cell(field_name: str, summary: Summary) -> str:
    if field_name == "headline":
        return _num(summary.headline_rate)
    if field_name == "published":
        return _dates(summary).rsplit(" (", 1)[0]
    return _num(summary.authors_f1)


def origin_table(result: RunResult, *, markdown: bool) -> str:
    """Headline / date / authors scores split by ``truth_from``, one column per system.

    Args:
        result: The run.
        markdown: Markdown output.

    Returns:
        The table text.
    """
    rows: list[list[str]] = []
    for field_name in ORIGIN_FIELDS:
        groups = {n: split_by_origin(result.scores[n], field_name) for n in result.systems}
        for origin, pages in groups[PRIMARY if PRIMARY in groups else result.systems[0]].items():
            cells = [
                _origin_cell(field_name, summarize(groups[n].get(origin, [])))
                for n in result.systems
            ]
            rows.append([field_name, origin, str(len(pages)), *cells])
    headers = ("field", "truth from", "pages", *result.systems)
    table = render_table(headers, rows, markdown=markdown, left=2)
    legend = "headline: exact rate; published: right/wrong/missing; authors: mean set F1"
    return f"{table}\n({legend})"


def timing_table(result: RunResult, *, markdown: bool) -> str:
    """Per-system timing, with ratios to the lxml floor and to trafilatura when available.

    Args:
        result: The run.
        markdown: Markdown output.

    Returns:
        The table text.
    """
    timings: dict[str, Timing | None] = {
        n: timing_summary([s.seconds for s in result.scores[n] if s.seconds is not None])
        for n in result.systems
    }
    if result.lxml_seconds:
        timings[LXML_FLOOR] = timing_summary(result.lxml_seconds)
    lxml_t, traf_t = timings.get(LXML_FLOOR), timings.get("trafilatura")
    rows = [
        [
            name,
            str(t.pages) if t else "0",
            _ms(t.median if t else None),
            _ms(t.p95 if t else None),
            _ms(t.mean if t else None),
            f"{t.pages_per_second:.1f}" if t else DASH,
            _ratio_cell(t, lxml_t),
            _ratio_cell(t, traf_t),
        ]
        for name, t in timings.items()
    ]
    headers = (
        "system",
        "pages",
        "median ms",
        "p95 ms",
        "mean ms",
        "pages/s",
        "× lxml",
        "× trafilatura",
    )
    note = "(× columns: median time divided by the lxml floor's / trafilatura's median time)"
    return f"{render_table(headers, rows, markdown=markdown)}\n{note}"


def _ratio_cell(timing: Timing | None, reference: Timing | None) -> str:
    if timing is None or reference is None or reference.median <= 0:
        return DASH
    return f"{timing.median / reference.median:.2f}"


# ---------------------------------------------------------------------------------------
# Worst pages and errors
# ---------------------------------------------------------------------------------------


def _short(value: object) -> str:
    text = " ".join(str(value).split()) if value is not None else "None"
    return text if len(text) <= TRUNCATE else text[: TRUNCATE - 1] + "…"


def _page_id(score: PageScore) -> str:
    return f"{score.truth.source}/{score.truth.page_id}"


def _worst_lines(field_name: str, scores: Sequence[PageScore], count: int) -> list[str]:
    """Lines for the ``count`` worst pages of one field (perfect pages are left out)."""
    ranked = [(entry, s) for s in scores if (entry := _worst_entry(field_name, s)) is not None]
    ranked.sort(key=lambda item: (item[0][0], _page_id(item[1])))
    return [
        f"  {_page_id(s)}  score={value:.3f}\n"
        f"    got:      {_short(got)}\n"
        f"    expected: {_short(want)}"
        for (value, got, want), s in ranked[:count]
    ]


def _worst_entry(field_name: str, s: PageScore) -> tuple[float, object, object] | None:
    """``(score, got, expected)`` of one imperfect page for one field, else ``None``."""
    t, g = s.truth, s.got
    if field_name == "body" and s.body is not None and s.body.f1 < 1:
        return s.body.f1, g.body, t.body
    if field_name == "snippets" and s.snippets is not None and s.snippets.failed:
        return s.snippets.passed / s.snippets.total, g.body, "; ".join(s.snippets.failed)
    if field_name == "headline" and s.headline is False:
        return 0.0, g.headline, t.headline
    if field_name == "published" and s.published in {"wrong", "missing"}:
        return (0.0 if s.published == "wrong" else 0.5), g.published, t.published
    if field_name == "authors" and s.authors is not None and s.authors < 1:
        return s.authors, list(g.authors), list(t.authors or ())
    if field_name == "tags" and s.tags is not None and s.tags < 1:
        return s.tags, list(g.tags), list(t.tags or ())
    return None


def worst_report(scores: Sequence[PageScore], count: int) -> str:
    """The ``count`` worst pages per field for one system.

    Args:
        scores: The system's page scores.
        count: Pages per field.

    Returns:
        The report text.
    """
    out: list[str] = []
    for field_name in ("body", "snippets", "headline", "published", "authors", "tags"):
        lines = _worst_lines(field_name, scores, count)
        if lines:
            out.append(f"{field_name}:")
            out.extend(lines)
    return "\n".join(out) if out else "(no imperfect page)"


def error_report(result: RunResult) -> str:
    """List every page where a system raised.

    Args:
        result: The run.

    Returns:
        The report text, empty when nothing raised.
    """
    out: list[str] = []
    for name in result.systems:
        failed = [s for s in result.scores[name] if s.error is not None]
        if failed:
            out.append(f"{name}: {len(failed)} page(s) raised")
            out.extend(f"  {_page_id(s)}: {_short(s.error)}" for s in failed)
    return "\n".join(out)


# ---------------------------------------------------------------------------------------
# JSON
# ---------------------------------------------------------------------------------------


def page_record(score: PageScore) -> dict[str, Any]:
    """A JSON-ready record of one page score (extracted fields, no body text).

    Args:
        score: The page score.

    Returns:
        The record.
    """
    got, truth = score.got, score.truth
    body = score.body
    return {
        "source": truth.source,
        "id": truth.page_id,
        "system": score.system,
        "error": score.error,
        "seconds": score.seconds,
        "body": None
        if body is None
        else {
            **dataclasses.asdict(body),
            "precision": body.precision,
            "recall": body.recall,
            "f1": body.f1,
        },
        "snippets": None if score.snippets is None else dataclasses.asdict(score.snippets),
        "headline": score.headline,
        "published": score.published,
        "authors": score.authors,
        "tags": score.tags,
        "got": {
            "headline": got.headline,
            "published": _date_text(got.published),
            "authors": list(got.authors),
            "tags": list(got.tags),
            "body_chars": len(got.body),
        },
        "expected": {
            "headline": truth.headline,
            "published": truth.published,
            "authors": None if truth.authors is None else list(truth.authors),
            "tags": None if truth.tags is None else list(truth.tags),
            "truth_from": dict(truth.truth_from),
        },
    }


def summary_record(summary: Summary) -> dict[str, Any]:
    """A JSON-ready summary, with the derived rates.

    Args:
        summary: The summary.

    Returns:
        The record.
    """
    record = dataclasses.asdict(summary)
    record.update(
        snippet_rate=summary.snippet_rate,
        headline_rate=summary.headline_rate,
        date_right_rate=summary.date_rate("right"),
        date_wrong_rate=summary.date_rate("wrong"),
        date_missing_rate=summary.date_rate("missing"),
    )
    return record


def json_report(result: RunResult, options: argparse.Namespace) -> dict[str, Any]:
    """Everything as one JSON-ready object.

    Args:
        result: The run.
        options: The parsed command line.

    Returns:
        ``{"options", "notes", "summary", "timing", "pages"}``.
    """
    summary = {
        name: {
            group: summary_record(summarize(pages))
            for group, pages in _by_source(result.scores[name])
        }
        for name in result.systems
    }
    timing = {
        name: _timing_record([s.seconds for s in result.scores[name] if s.seconds is not None])
        for name in result.systems
    }
    if result.lxml_seconds:
        timing[LXML_FLOOR] = _timing_record(result.lxml_seconds)
    return {
        "options": {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(options).items()},
        "notes": result.notes,
        "summary": summary,
        "timing": timing,
        "pages": [page_record(s) for name in result.systems for s in result.scores[name]],
    }


def _timing_record(seconds: Sequence[float]) -> dict[str, Any] | None:
    timing = timing_summary(seconds)
    return None if timing is None else dataclasses.asdict(timing)


# ---------------------------------------------------------------------------------------
# Command line
# ---------------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    """The command-line parser.

    Returns:
        The parser.
    """
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.corpus",
        description="Score newsparse (and optionally peer extractors) on the evaluation corpus.",
    )
    parser.add_argument(
        "--corpus", help=f"corpus folder (default: ${CORPUS_ENV}, else {DEFAULT_CORPUS})"
    )
    parser.add_argument(
        "--input", choices=tuple(INPUT_FILES), default="txt",
        help="dump to feed: page.txt, page.htmltext.txt, or page.html as bytes (default: txt)",
    )  # fmt: skip
    parser.add_argument(
        "--source", action="append", default=[], help="only this source (repeatable)"
    )
    parser.add_argument(
        "--limit", type=int, help="at most N pages, taken round-robin over the sources"
    )
    parser.add_argument(
        "--peers", action="store_true",
        help="also run trafilatura, readability-lxml, newspaper4k, goose3 if installed (html only)",
    )  # fmt: skip
    parser.add_argument(
        "--worst", type=int, default=0, metavar="N", help="show the N worst pages per field"
    )
    parser.add_argument(
        "--json", type=Path, metavar="PATH", help="write per-page results and summaries as JSON"
    )
    parser.add_argument(
        "--no-url",
        action="store_true",
        help="do not pass the truth URL as url= (default passes it: scrapers know their URLs)",
    )
    parser.add_argument("--markdown", action="store_true", help="print markdown tables")
    return parser


def report_text(result: RunResult, options: argparse.Namespace) -> str:
    """The full stdout report.

    Args:
        result: The run.
        options: The parsed command line.

    Returns:
        The report.
    """
    markdown = bool(options.markdown)
    url_mode = "no url hint" if options.no_url else "truth URL passed as url="
    sections = [f"input: {options.input}, {url_mode}"]
    sections.extend(result.notes)
    sections.extend(
        f"\n## {name}\n\n{score_table(result.scores[name], markdown=markdown)}"
        for name in result.systems
    )
    if len(result.systems) > 1:
        sections.append(
            f"\n## all systems, all pages\n\n{systems_table(result, markdown=markdown)}"
        )
    sections.append(
        f"\n## by truth origin (truth_from)\n\n{origin_table(result, markdown=markdown)}"
    )
    sections.append(f"\n## timing\n\n{timing_table(result, markdown=markdown)}")
    errors = error_report(result)
    if errors:
        sections.append(f"\n## exceptions\n\n{errors}")
    if options.worst > 0:
        sections.append(f"\n## worst {options.worst} pages per field ({PRIMARY})\n")
        sections.append(worst_report(result.scores[PRIMARY], options.worst))
    return "\n".join(sections)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark.

    Args:
        argv: Arguments (default: ``sys.argv[1:]``).

    Returns:
        0 on success (even when pages raised), 2 on a usage problem.
    """
    options = build_parser().parse_args(argv)
    corpus = resolve_corpus(options.corpus)
    if not corpus.is_dir():
        print(f"corpus not found: {corpus}", file=sys.stderr)
        return 2
    pages = load_pages(corpus, options.source, options.limit)
    if not pages:
        print(f"no pages selected in {corpus}", file=sys.stderr)
        return 2
    try:
        extractors = [newsparse_extractor()]
    except ImportError as exc:
        print(f"cannot import newsparse.parse: {exc}", file=sys.stderr)
        return 2
    notes: list[str] = []
    if options.peers and options.input != "html":
        notes.append("peers skipped: they run on --input html only")
    elif options.peers:
        extractors.extend(load_peers(notes))
    result = run(pages, extractors, options.input, use_url=not options.no_url)
    result.notes.extend(notes)
    print(report_text(result, options))
    if options.json is not None:
        options.json.write_text(
            json.dumps(json_report(result, options), ensure_ascii=False, indent=1), encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
