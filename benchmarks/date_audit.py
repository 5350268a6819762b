"""Audit the publication-date figures: can the truth date be read from the dump at all?

Run from the repository root::

    python -m benchmarks.date_audit --corpus ../shared/corpus --input txt
    python -m benchmarks.date_audit --input html --list

For every corpus page with a truth ``published`` date, the page is parsed (the truth URL
passed as ``url=``, as in :mod:`benchmarks.corpus`) and its date outcome (right / wrong /
missing) is crossed with one question: does the dump write the truth date anywhere, in a
form :mod:`newsparse.dates` reads? For text dumps each line is searched; for HTML every
text run and attribute value between ``<``, ``>``, quotes and line breaks, plus every ISO
8601 date (``2020-08-25T00:23:33Z`` counts as 2020-08-25, without time-zone conversion,
as the truth is defined). An ambiguous numeric date counts with both of its readings, and
the URL's date counts too.

The printed table gives, per outcome, how many pages write the truth date and how many do
not, and two bounds that follow from it:

* the **right ceiling**: right pages plus the wrong or missing pages that write the truth
  date. An extractor that reads only what the dump writes (newsparse does not convert time
  zones or guess) cannot be right more often than this, whatever its rules;
* the **truth not written** count: pages whose truth date the dump never writes. Each of
  them is wrong or missing for any such extractor, unless it is right by a route the
  search does not see (a relative date, "yesterday"; such pages show up as right pages
  that do not write the date).

The search knows the date forms :mod:`newsparse.dates` knows, so a date written in a form
it misses counts as not written; ``--list`` prints the wrong and missing pages with what
was found, to check that by eye.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Sequence

import newsparse
from benchmarks.corpus import INPUT_FILES, CorpusPage, audit_command
from benchmarks.scoring import date_outcome
from newsparse.dates import find_compact_date, find_dates, parse_iso

__all__ = ["AuditRow", "audit_page", "main", "written_dates"]

_HTML_PIECES = re.compile(r"[<>\"'\n]")
"""Splits raw HTML into text runs and attribute values."""

_ISO = re.compile(
    r"(?:19|20)\d\d-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?"
)
"""ISO 8601 dates and date-times anywhere in a page."""

_PIECE_MAX = 4000
"""Longer pieces (inline scripts, data URIs) are searched by the ISO pattern only."""

AuditRow = tuple[str, str, bool, str | None, str]
"""One page: (source/id, outcome, truth written, returned date, truth date)."""


def _day(value: dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def written_dates(text: str, *, html: bool, url: str | None = None) -> set[dt.date]:
    """Every calendar date the dump writes, in any reading newsparse's date finder knows.

    Args:
        text: The dump (HTML source or plain text).
        html: Split HTML into text runs and attribute values, and read ISO dates too.
        url: The page URL; a date in it counts as written.

    Returns:
        The dates (ambiguous numeric dates give both readings).
    """
    pieces: Iterable[str] = _HTML_PIECES.split(text) if html else text.splitlines()
    seen: set[dt.date] = set()
    for piece in pieces:
        if len(piece) <= _PIECE_MAX:
            for mention in find_dates(piece):
                seen.update(mention.readings)
    for match in _ISO.finditer(text):
        parsed = parse_iso(match.group())
        if parsed is not None:
            seen.add(_day(parsed))
    if url:
        for mention in find_dates(url):
            seen.update(mention.readings)
        compact = find_compact_date(url)
        if compact is not None:
            seen.add(compact)
    return seen


def audit_page(page: CorpusPage, kind: str) -> AuditRow | None:
    """Parse one page and tell its date outcome and whether it writes the truth date.

    Args:
        page: The corpus page.
        kind: ``txt``, ``htmltext`` or ``html``.

    Returns:
        The row, or ``None`` when the truth has no published date.
    """
    truth = page.truth.published
    if truth is None:
        return None
    dump = page.read(kind)
    got = newsparse.parse(dump, url=page.truth.url).published
    outcome = date_outcome(got, truth)
    text = dump.decode("utf-8", "replace") if isinstance(dump, bytes) else dump
    written = dt.date.fromisoformat(truth[:10]) in written_dates(
        text, html=kind == "html", url=page.truth.url
    )
    returned = None if got is None else got.isoformat()[:10]
    return (f"{page.truth.source}/{page.truth.page_id}", outcome, written, returned, truth[:10])


def _table(rows: Sequence[AuditRow], kind: str) -> str:
    count = Counter((row[1], row[2]) for row in rows)
    total = len(rows)
    lines = [
        f"input: {kind}, {total} pages with a truth date",
        "",
        "| outcome | pages | truth date written | not written |",
        "|:---|---:|---:|---:|",
    ]
    for outcome in ("right", "wrong", "missing"):
        yes, no = count[(outcome, True)], count[(outcome, False)]
        lines.append(f"| {outcome} | {yes + no} | {yes} | {no} |")
    right = count[("right", True)] + count[("right", False)]
    ceiling = right + count[("wrong", True)] + count[("missing", True)]
    unwritten = count[("wrong", False)] + count[("missing", False)]
    lines += [
        "",
        f"right now: {right} ({right / total:.3f}); right ceiling: {ceiling} "
        f"({ceiling / total:.3f})",
        f"truth not written (wrong or missing for a reader of the dump): {unwritten} "
        f"({unwritten / total:.3f})",
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point.

    Args:
        argv: Arguments (default: ``sys.argv[1:]``).

    Returns:
        The exit status: 0, or 2 when no corpus is found.
    """
    found = audit_command(
        "python -m benchmarks.date_audit",
        __doc__,
        list(INPUT_FILES),
        "list the wrong and missing pages",
        argv,
    )
    if found is None:
        return 2
    options, pages = found
    rows = [row for page in pages if (row := audit_page(page, options.input)) is not None]
    print(_table(rows, options.input))
    if options.list:
        print()
        for page_id, outcome, written, returned, truth in rows:
            if outcome != "right":
                shown = "written" if written else "NOT written"
                print(f"{outcome:7} {page_id}: got {returned}, truth {truth} ({shown})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
