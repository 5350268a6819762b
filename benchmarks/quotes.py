"""Score :func:`newsparse.extract.quotes.find_quotes` on the hand-annotated quote set.

Run from the repository root::

    python -m benchmarks.quotes --corpus ../shared/corpus
    python -m benchmarks.quotes --no-lang        # let find_quotes guess the language

The annotations (``tests/quotes/annotations.jsonl``) name each page as ``source/id`` and give
the article body as a character range ``body: [start, end)`` of the page's ``page.txt`` and
every quote as a range ``[start, end)`` of the same file (the quoted words without marks)
with its speaker (``null`` when the text does not say) and kind. No page text is stored in the
repository: the pages are read from ``--corpus``, else ``$NEWSPARSE_CORPUS``, else
``../shared/corpus``. Without a corpus the command says so and exits 0.

The body range is split like a text dump: one paragraph per non-blank line, stripped. The quote
finder sees only those paragraphs, so quote finding is measured apart from body extraction;
its spans are mapped back to ``page.txt`` offsets. It also gets the page's headline, as
:func:`newsparse.parse` passes it (a full name written only there completes a surname the body
gives alone): the ``headline`` of the page's ``truth.json``, else the headline
:func:`newsparse.parse` finds in ``page.txt`` (``--headline truth|parse|none``; the default,
``truth``, falls back to the parse). The command prints the table with the headline and the
overall row without it, so both are seen.

Definitions:

* **span precision / recall (exact)**: a predicted quote is correct when its page range equals
  a gold range exactly. Precision counts every predicted quote (direct and partial).
* **relaxed**: the same with a one-to-one match of ranges whose overlap is at least half of
  their union (IoU >= 0.5), for boundary slips such as a trailing comma.
* **direct recall**: exact recall over the gold quotes of kind ``direct`` only.
* **speaker accuracy** (over exactly matched quotes): ``strict`` when both speakers normalise
  to the same string (case-folded, whitespace folded, outer punctuation and a leading
  article such as "the"/"die"/"la" removed; ``None`` equals only ``None``); ``lenient``
  additionally accepts a predicted speaker whose words are all among the gold speaker's
  words, or the reverse, when they share the last word ("Tester" for "Jon Tester",
  "Gewerkschaft Komba" for "Komba").
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newsparse import parse
from newsparse.extract.quotes import find_quotes

ROOT = Path(__file__).resolve().parents[1]
ANNOTATIONS = ROOT / "tests" / "quotes" / "annotations.jsonl"
_ARTICLES = frozenset(
    [
        "the",
        "a",
        "an",
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "ein",
        "eine",
        "le",
        "la",
        "les",
        "l'",
        "l’",
        "un",
        "une",
        "el",
        "los",
        "las",
        "il",
        "lo",
        "gli",
        "i",
        "o",
        "os",
        "as",
        "de",
        "het",
        "een",
    ]
)
_MIN_IOU = 0.5


@dataclass
class Tally:
    """Counts for one language (or all)."""

    pages: int = 0
    gold: int = 0
    gold_direct: int = 0
    predicted: int = 0
    exact: int = 0
    exact_direct: int = 0
    relaxed: int = 0
    speaker_strict: int = 0
    speaker_lenient: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        """Add another tally's counts to this one."""
        for name in (
            "pages", "gold", "gold_direct", "predicted", "exact", "exact_direct", "relaxed",
            "speaker_strict", "speaker_lenient",
        ):  # fmt: skip
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.misses.extend(other.misses)

    def ratios(self) -> dict[str, float | None]:
        """Precision, recall and speaker accuracy (``None`` when undefined)."""
        return {
            "precision": _ratio(self.exact, self.predicted),
            "recall": _ratio(self.exact, self.gold),
            "relaxed_precision": _ratio(self.relaxed, self.predicted),
            "relaxed_recall": _ratio(self.relaxed, self.gold),
            "direct_recall": _ratio(self.exact_direct, self.gold_direct),
            "speaker_strict": _ratio(self.speaker_strict, self.exact),
            "speaker_lenient": _ratio(self.speaker_lenient, self.exact),
        }


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def resolve_corpus(value: str | None) -> Path:
    """The corpus folder: ``--corpus``, else ``$NEWSPARSE_CORPUS``, else ``../shared/corpus``."""
    if value:
        return Path(value)
    env = os.environ.get("NEWSPARSE_CORPUS")
    return Path(env) if env else ROOT.parent / "shared" / "corpus"


def load_annotations(path: Path = ANNOTATIONS) -> list[dict[str, object]]:
    """Read the annotation file (one JSON object per line)."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def split_body(page: str, start: int, end: int) -> tuple[list[str], list[int]]:
    """Paragraphs of ``page[start:end]`` (one per non-blank line, stripped) and their offsets."""
    paragraphs: list[str] = []
    offsets: list[int] = []
    position = start
    for line in page[start:end].split("\n"):
        stripped = line.strip()
        if stripped:
            paragraphs.append(stripped)
            offsets.append(position + len(line) - len(line.lstrip()))
        position += len(line) + 1
    return paragraphs, offsets


def normalise_speaker(name: str | None) -> str | None:
    """Case-folded speaker with whitespace, outer punctuation and a leading article removed."""
    if name is None:
        return None
    words = name.casefold().strip(" .,;:\"'“”‘’«»").split()
    while len(words) > 1 and words[0] in _ARTICLES:
        words = words[1:]
    return " ".join(words)


def speaker_match(predicted: str | None, gold: str | None) -> tuple[bool, bool]:
    """``(strict, lenient)`` agreement of two speakers, as defined in the module docstring."""
    a, b = normalise_speaker(predicted), normalise_speaker(gold)
    if a == b:
        return True, True
    if a is None or b is None:
        return False, False
    wa, wb = a.split(), b.split()
    same_last = wa[-1] == wb[-1]
    return False, same_last and (set(wa) <= set(wb) or set(wb) <= set(wa))


def _iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    overlap = min(a[1], b[1]) - max(a[0], b[0])
    union = max(a[1], b[1]) - min(a[0], b[0])
    return overlap / union if overlap > 0 and union > 0 else 0.0


def page_headline(folder: Path, page: str, mode: str) -> str | None:
    """The headline given to the quote finder for one page (``mode``: truth, parse or none).

    ``truth`` takes the ``headline`` of the page's ``truth.json`` and, when there is none, the
    one :func:`newsparse.parse` finds in the page text, like ``parse``.
    """
    if mode == "none":
        return None
    if mode == "truth":
        truth_path = folder / "truth.json"
        if truth_path.is_file():
            truth = json.loads(truth_path.read_text(encoding="utf-8"))
            value = truth.get("headline")
            if isinstance(value, str) and value.strip():
                return value
    return parse(page).headline


def score_page(
    record: dict[str, object], page: str, *, use_lang: bool, headline: str | None = None
) -> Tally:
    """Run the quote finder on one annotated page (given its ``headline``) and count matches."""
    body = record["body"]
    assert isinstance(body, list)
    paragraphs, offsets = split_body(page, int(body[0]), int(body[1]))
    lang = record.get("lang") if use_lang else None
    predicted = [
        ((offsets[q.paragraph] + q.span[0], offsets[q.paragraph] + q.span[1]), q.speaker)
        for q in find_quotes(paragraphs, lang=str(lang) if lang else None, headline=headline)
    ]
    gold_quotes = record["quotes"]
    assert isinstance(gold_quotes, list)
    gold = {(int(g["start"]), int(g["end"])): g for g in gold_quotes}
    tally = Tally(pages=1, gold=len(gold), predicted=len(predicted))
    tally.gold_direct = sum(1 for g in gold.values() if g.get("kind") == "direct")
    unmatched = set(gold)
    for span, speaker in predicted:
        g = gold.get(span)
        if g is not None:
            tally.exact += 1
            tally.exact_direct += g.get("kind") == "direct"
            strict, lenient = speaker_match(speaker, g["speaker"])
            tally.speaker_strict += strict
            tally.speaker_lenient += lenient
            if not lenient:
                tally.misses.append(f"{record['page']} speaker {speaker!r} != {g['speaker']!r}")
        best = max(unmatched, key=lambda s: _iou(span, s), default=None)
        if best is not None and _iou(span, best) >= _MIN_IOU:
            unmatched.discard(best)
            tally.relaxed += 1
        elif g is None:
            tally.misses.append(f"{record['page']} extra {page[span[0] : span[1]][:60]!r}")
    predicted_spans = {span for span, _ in predicted}
    tally.misses.extend(
        f"{record['page']} missed {page[s:e][:60]!r}"
        for s, e in gold
        if (s, e) not in predicted_spans
    )
    return tally


def evaluate(corpus: Path, *, use_lang: bool = True, headline: str = "truth") -> dict[str, Tally]:
    """Score every annotated page found in ``corpus``; keys are languages and ``"all"``.

    ``headline`` says where each page's headline comes from (:func:`page_headline`).
    """
    tallies: dict[str, Tally] = {"all": Tally()}
    for record in load_annotations():
        folder = corpus / str(record["page"])
        path = folder / "page.txt"
        if not path.is_file():
            continue
        page = path.read_text(encoding="utf-8")
        title = page_headline(folder, page, headline)
        tally = score_page(record, page, use_lang=use_lang, headline=title)
        tallies.setdefault(str(record["lang"]), Tally()).add(tally)
        tallies["all"].add(tally)
    return tallies


def render(tallies: dict[str, Tally], *, extra: dict[str, Tally] | None = None) -> str:
    """A Markdown table of the scores per language (and ``extra``'s rows, labelled by key)."""
    head = (
        "| lang | pages | gold | predicted | P | R | P relaxed | R relaxed | R direct "
        "| speaker strict | speaker lenient |"
    )
    rows = [head, "|" + "---|" * 11]
    order = sorted((k for k in tallies if k != "all"), key=lambda k: -tallies[k].gold)
    labelled = [(lang, tallies[lang]) for lang in [*order, "all"]]
    labelled.extend((extra or {}).items())
    for lang, t in labelled:
        r = t.ratios()
        rows.append(
            f"| {lang} | {t.pages} | {t.gold} | {t.predicted} | "
            + " | ".join(_fmt(r[k]) for k in r)
            + " |"
        )
    return "\n".join(rows)


def _fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.quotes", description=__doc__)
    parser.add_argument(
        "--corpus", help="corpus folder (default: $NEWSPARSE_CORPUS or ../shared/corpus)"
    )
    parser.add_argument("--no-lang", action="store_true", help="do not pass the annotated language")
    parser.add_argument("--errors", action="store_true", help="list misses and wrong speakers")
    parser.add_argument(
        "--headline",
        choices=("truth", "parse", "none"),
        default="truth",
        help="headline given to the quote finder: the truth's (else the parse's, the default), "
        "the parse's, or none",
    )
    args = parser.parse_args(argv)
    corpus = resolve_corpus(args.corpus)
    if not corpus.is_dir():
        print(f"no corpus at {corpus}: nothing to score")
        return 0
    use_lang = not args.no_lang
    tallies = evaluate(corpus, use_lang=use_lang, headline=args.headline)
    extra = {}
    if args.headline != "none":
        bare = evaluate(corpus, use_lang=use_lang, headline="none")
        extra["all, no headline"] = bare["all"]
    print(render(tallies, extra=extra))
    if args.errors:
        _print_lines(tallies["all"].misses)
    return 0


def _print_lines(lines: Iterable[str]) -> None:
    for line in lines:
        print(line)


if __name__ == "__main__":
    sys.exit(main())
