"""Audit the tag figures of text dumps: does the dump show the truth tags, and where?

Run from the repository root::

    python -m benchmarks.tags_audit --corpus ../shared/corpus --input txt
    python -m benchmarks.tags_audit --input htmltext --list

For every corpus page with truth tags, the dump is parsed (the truth URL passed as
``url=``, as in :mod:`benchmarks.corpus`) and each truth tag is looked up in its lines,
compared with :func:`benchmarks.scoring.fold`:

* **whole line**: a line of the dump is the tag, alone;
* **in a line**: a line holds the tag among other words (a "Tags: a, b" line, a sentence);
* **absent**: no line shows it (only the HTML head declares it, or nothing does).

The whole-line tags are placed by the parse's segments: **above** the headline, **inside**
the body's span, or **below** the last body line, with the nearest non-blank line above
their run (the run's **label**, say "Tags:", "Themen", or the last body paragraph).

The table gives the tag F1 now and two ceilings: the **line ceiling**, the F1 of an
extractor that returns exactly the truth tags shown as whole lines, and the **shown
ceiling**, of one that returns every truth tag the dump shows at all. ``--list`` prints
each page with its shapes, to read the shapes by eye.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import newsparse
from benchmarks.corpus import INPUT_FILES, CorpusPage, audit_command
from benchmarks.scoring import fold, set_f1
from newsparse.model import Label

__all__ = ["TagAuditRow", "audit_page", "main", "place_tags"]

_LABEL_CHARS = 60
"""Characters of a run's label line shown by ``--list``."""


@dataclass(frozen=True, slots=True)
class TagAuditRow:
    """One page's tag audit.

    Attributes:
        page: ``source/id``.
        truth: The truth tags.
        got: The tags returned.
        whole: Truth tags shown as whole lines, each with its place
            (``above``/``inside``/``below``) and the label line above its run.
        inline: Truth tags shown only inside longer lines.
        absent: Truth tags the dump does not show.
    """

    page: str
    truth: tuple[str, ...]
    got: tuple[str, ...]
    whole: tuple[tuple[str, str, str], ...]
    inline: tuple[str, ...]
    absent: tuple[str, ...]

    @property
    def f1(self) -> float:
        """Tag set F1 of the parse."""
        return set_f1(self.got, self.truth)

    @property
    def line_ceiling(self) -> float:
        """F1 of returning exactly the truth tags shown as whole lines."""
        return set_f1([tag for tag, _, _ in self.whole], self.truth)

    @property
    def shown_ceiling(self) -> float:
        """F1 of returning every truth tag the dump shows."""
        return set_f1([tag for tag, _, _ in self.whole] + list(self.inline), self.truth)


def place_tags(
    lines: Sequence[str], tags: Sequence[str], headline: int | None, body: tuple[int, int] | None
) -> tuple[list[tuple[str, str, str]], list[str], list[str]]:
    """Find each tag in the dump's lines: as a whole line (placed), inside a line, or not.

    Args:
        lines: The dump's lines.
        tags: The truth tags.
        headline: The headline's line number, if any.
        body: The first and last body line numbers, if any.

    Returns:
        The whole-line tags as (tag, place, label line), the inline tags, the absent tags.
    """
    folded = [fold(line) for line in lines]
    first: dict[str, int] = {}
    for k, line in enumerate(folded):
        first.setdefault(line, k)
    whole: list[tuple[str, str, str]] = []
    inline: list[str] = []
    absent: list[str] = []
    for tag in tags:
        key = fold(tag)
        if not key:
            continue
        # The last whole-line occurrence: a tag list stands under the body, a menu above it.
        hits = [k for k, line in enumerate(folded) if line == key]
        if hits:
            k = hits[-1]
            whole.append((tag, _place(k, headline, body), _label_above(k, lines, folded, tags)))
        elif any(key in line for line in folded):
            inline.append(tag)
        else:
            absent.append(tag)
    return whole, inline, absent


def _place(k: int, headline: int | None, body: tuple[int, int] | None) -> str:
    if headline is not None and k < headline:
        return "above"
    if body is not None and body[0] <= k <= body[1]:
        return "inside"
    if body is not None and k > body[1]:
        return "below"
    return "near-headline"


def _label_above(k: int, lines: Sequence[str], folded: list[str], tags: Sequence[str]) -> str:
    """The nearest non-blank line above the run of tag lines that holds line ``k``."""
    keys = {fold(t) for t in tags}
    j = k - 1
    while j >= 0 and (not folded[j] or folded[j] in keys):
        j -= 1
    return lines[j].strip()[:_LABEL_CHARS] if j >= 0 else ""


def audit_page(page: CorpusPage, kind: str) -> TagAuditRow | None:
    """Parse one page and place its truth tags in the dump.

    Args:
        page: The corpus page.
        kind: ``txt`` or ``htmltext`` (lines of a text dump).

    Returns:
        The row, or ``None`` when the truth has no tags.
    """
    truth = page.truth.tags
    if not truth:
        return None
    dump = page.read(kind)
    article = newsparse.parse(dump, url=page.truth.url)
    text = dump.decode("utf-8", "replace") if isinstance(dump, bytes) else dump
    lines = text.splitlines()
    headline = next((s.lines[0] for s in article.segments if s.label is Label.HEADLINE), None)
    body_lines = [s.lines for s in article.segments if s.label is Label.BODY]
    body = (body_lines[0][0], body_lines[-1][1]) if body_lines else None
    whole, inline, absent = place_tags(lines, truth, headline, body)
    return TagAuditRow(
        page=f"{page.truth.source}/{page.truth.page_id}",
        truth=tuple(truth),
        got=tuple(article.tags),
        whole=tuple(whole),
        inline=tuple(inline),
        absent=tuple(absent),
    )


def _table(rows: Sequence[TagAuditRow], kind: str) -> str:
    total = len(rows)
    tags = sum(len(row.truth) for row in rows)
    whole = sum(len(row.whole) for row in rows)
    inline = sum(len(row.inline) for row in rows)
    places: dict[str, int] = {}
    for row in rows:
        for _, place, _ in row.whole:
            places[place] = places.get(place, 0) + 1
    mean = sum(row.f1 for row in rows) / total
    line = sum(row.line_ceiling for row in rows) / total
    shown = sum(row.shown_ceiling for row in rows) / total
    return "\n".join(
        [
            f"input: {kind}, {total} pages with truth tags, {tags} tags",
            "",
            "| truth tags | count |",
            "|:---|---:|",
            f"| whole line | {whole} |",
            *(f"| - {place} | {n} |" for place, n in sorted(places.items())),
            f"| inside a line | {inline} |",
            f"| not shown | {tags - whole - inline} |",
            "",
            f"tag F1 now: {mean:.4f}; line ceiling: {line:.4f}; shown ceiling: {shown:.4f}",
        ]
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point.

    Args:
        argv: Arguments (default: ``sys.argv[1:]``).

    Returns:
        The exit status: 0, or 2 when no corpus is found.
    """
    found = audit_command(
        "python -m benchmarks.tags_audit",
        __doc__,
        [kind for kind in INPUT_FILES if kind != "html"],
        "list each page's shapes",
        argv,
    )
    if found is None:
        return 2
    options, pages = found
    rows = [row for page in pages if (row := audit_page(page, options.input)) is not None]
    print(_table(rows, options.input))
    if options.list:
        for row in rows:
            print(
                f"\n{row.page}: F1 {row.f1:.2f}, line ceiling {row.line_ceiling:.2f}, "
                f"shown {row.shown_ceiling:.2f}; got {list(row.got)}"
            )
            for tag, place, label in row.whole:
                print(f"  line  {place:13} {tag!r} under {label!r}")
            for tag in row.inline:
                print(f"  in-line       {tag!r}")
            for tag in row.absent:
                print(f"  absent        {tag!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
