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
the URL's date counts too. Scripts (but JSON-LD metadata) and styles are left out, and
so are a link's query parameters: an analytics configuration or a tracking pixel's
``?cg9=2019-10-16`` writes a date that no reader of the page takes as the story's, so a
page whose truth only they write is no reachable page.

The printed table gives, per outcome, how many pages write the truth date and how many do
not, and two bounds that follow from it:

* the **right ceiling**: right pages plus the wrong or missing pages that write the truth
  date. An extractor that reads only what the dump writes (newsparse does not convert time
  zones or guess) cannot be right more often than this, whatever its rules;
* the **truth not written** count: pages whose truth date the dump never writes. Each of
  them is wrong or missing for any such extractor, unless it is right by a route the
  search does not see (a relative date, "yesterday"; such pages show up as right pages
  that do not write the date).

A second table sorts every wrong and missing page by cause (:func:`classify`), first match
wins:

* ``time zone (truth = declared day, page shows local)``: the truth is the day, in its own
  offset, of a time-zoned timestamp the page's HTML declares (its metadata; for a text
  dump, the HTML of the same page), while newsparse returned that instant's day in
  another zone, the day the page shows (a story filed at 23:03 in California, declared at
  07:03 UTC the next day);
* ``time zone (truth = another zone's day of the declared)``: the other way round: the
  truth is the day of a declared timestamp in another zone (the site's local day) and the
  returned value is the declared one;
* ``day/month order``: the truth is a reading of an ambiguous numeric date the dump
  writes, and newsparse returned the other reading of such a date (a German "06.01.2026"
  that the truth reads month first). The page's own order decides, so this counts as out
  of reach;
* ``truth not written``: the dump writes the truth date in no form the search knows;
* ``reachable``: the dump writes the truth date: a rule could find it.

From it follow the **honest right ceiling** (right pages plus the reachable ones) and the
**wrong floor** (the time-zone and order pages: the page shows the story's date as
another day than the truth's, so a reader that reports what the page shows gives a date,
and a wrong one, whatever its rules). Pages whose truth is not written are wrong or
missing for any reader; they count in neither bound.

The search knows the date forms :mod:`newsparse.dates` knows, so a date written in a form
it misses counts as not written; ``--list`` prints the wrong and missing pages with what
was found and the cause, to check that by eye.
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

__all__ = ["AuditRow", "audit_page", "classify", "main", "timestamps", "written_dates"]

_HTML_PIECES = re.compile(r"[<>\"'\n]")
"""Splits raw HTML into text runs and attribute values."""

_SCRIPT = re.compile(r"<(script|style)\b([^>]*)>.*?</\1\s*>", re.DOTALL | re.IGNORECASE)
"""A script or style element with its content: code no reader of the page sees."""

_JSON_LD = "ld+json"
"""The type of the one kind of script whose dates count: JSON-LD metadata."""

_ISO = re.compile(
    r"(?:19|20)\d\d-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?"
)
"""ISO 8601 dates and date-times anywhere in a page."""

_PIECE_MAX = 4000
"""Longer pieces (inline scripts, data URIs) are searched by the ISO pattern only."""

AuditRow = tuple[str, str, bool, str | None, str, str]
"""One page: (source/id, outcome, truth written, returned date, truth date, cause); the
cause is empty for a right page."""

TZ_DECLARED = "time zone (truth = declared day, page shows local)"
TZ_LOCAL = "time zone (truth = another zone's day of the declared)"
ORDER = "day/month order"
UNWRITTEN = "truth not written"
REACHABLE = "reachable"
CAUSES = (TZ_DECLARED, TZ_LOCAL, ORDER, UNWRITTEN, REACHABLE)
"""The causes of a wrong or missing date, in the order :func:`classify` tests them."""

_OFFSETS = tuple(dt.timedelta(minutes=15 * q) for q in range(-12 * 4, 14 * 4 + 1))
"""Every UTC offset in use, from -12:00 to +14:00 by quarter hours."""


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
    if html:
        text = _without_code(text)
    pieces: Iterable[str] = _HTML_PIECES.split(text) if html else text.splitlines()
    seen: set[dt.date] = set()
    for piece in pieces:
        if len(piece) <= _PIECE_MAX:
            # A link's query string ("...&cg9=2019-10-16"): a tracker's parameters.
            query = html and "?" in piece and not any(c.isspace() for c in piece)
            for mention in find_dates(piece.split("?", 1)[0] if query else piece):
                seen.update(mention.readings)
    for match in _ISO.finditer(text):
        if html and match.start() and text[match.start() - 1] == "=":
            continue
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


def _without_code(html: str) -> str:
    """``html`` without the content of its scripts and styles, JSON-LD metadata kept.

    An analytics script's configuration ("contentGroup: {9: '2019-10-16'}") or a script
    that fills in a date in the browser writes a date no reader of the dump, person or
    parser of the page's text and metadata, takes as the story's.
    """
    return _SCRIPT.sub(lambda m: m[0] if _JSON_LD in m[2].casefold() else "", html)


def timestamps(text: str) -> set[dt.datetime]:
    """Every ISO 8601 date-time with a time zone that ``text`` writes (metadata instants)."""
    found: set[dt.datetime] = set()
    for match in _ISO.finditer(text):
        parsed = parse_iso(match.group())
        if isinstance(parsed, dt.datetime):
            found.add(parsed)
    return found


def _zone_days(instant: dt.datetime) -> set[dt.date]:
    """The days ``instant`` falls on in any zone but its own offset's."""
    days = {(instant.astimezone(dt.UTC) + offset).date() for offset in _OFFSETS}
    days.discard(instant.date())
    return days


def _readings(text: str, *, html: bool) -> tuple[set[dt.date], set[tuple[dt.date, ...]]]:
    """The plain dates of a dump (one reading) and the reading pairs of its ambiguous ones."""
    pieces: Iterable[str] = _HTML_PIECES.split(text) if html else text.splitlines()
    plain: set[dt.date] = set()
    pairs: set[tuple[dt.date, ...]] = set()
    for piece in pieces:
        if len(piece) <= _PIECE_MAX:
            for mention in find_dates(piece):
                if mention.ambiguous:
                    pairs.add(mention.readings)
                else:
                    plain.add(mention.readings[0])
    return plain, pairs


def classify(
    text: str,
    *,
    html: bool,
    truth: dt.date,
    returned: dt.date | None,
    declared: set[dt.datetime],
    url: str | None = None,
) -> str:
    """The cause of a wrong or missing date (one of :data:`CAUSES`; see the module doc).

    Args:
        text: The dump.
        html: The dump is HTML.
        truth: The truth day.
        returned: What newsparse returned (a ``datetime`` keeps its own offset's day).
        declared: The time-zoned timestamps the page's HTML declares (:func:`timestamps`).
        url: The page URL (a date in it counts as written).

    Returns:
        The cause.
    """
    written = written_dates(text, html=html, url=url)
    day = None if returned is None else _day(returned)
    if isinstance(returned, dt.datetime) and returned.tzinfo is not None:
        # The returned instant, as the page declares it (perhaps in more than one offset).
        days = {instant.date() for instant in declared if instant == returned}
        if days and truth not in days and truth in _zone_days(returned) | days:
            return TZ_LOCAL
    if day is not None and any(
        instant.date() == truth and day in _zone_days(instant) for instant in declared
    ):
        return TZ_DECLARED
    plain, pairs = _readings(text, html=html)
    if (
        day is not None
        and truth not in plain
        and any(truth in pair and day in pair for pair in pairs)
    ):
        return ORDER
    if truth not in written:
        return UNWRITTEN
    return REACHABLE


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
    cause = ""
    if outcome != "right":
        source = text if kind == "html" else _html_of(page)
        cause = classify(
            text,
            html=kind == "html",
            truth=dt.date.fromisoformat(truth[:10]),
            returned=got,
            declared=timestamps(source),
            url=page.truth.url,
        )
    page_id = f"{page.truth.source}/{page.truth.page_id}"
    return (page_id, outcome, written, returned, truth[:10], cause)


def _html_of(page: CorpusPage) -> str:
    """The page's HTML source (its metadata), or "" when the corpus lacks it."""
    try:
        raw = page.read("html")
    except OSError:
        return ""
    return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw


def _table(rows: Sequence[AuditRow], kind: str) -> str:
    count = Counter((row[1], row[2]) for row in rows)
    causes = Counter((row[5], row[1]) for row in rows if row[1] != "right")
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
        "",
        "| cause (wrong or missing) | wrong | missing | pages |",
        "|:---|---:|---:|---:|",
    ]
    for cause in CAUSES:
        wrong, missing = causes[(cause, "wrong")], causes[(cause, "missing")]
        lines.append(f"| {cause} | {wrong} | {missing} | {wrong + missing} |")
    reachable = causes[(REACHABLE, "wrong")] + causes[(REACHABLE, "missing")]
    floor = sum(
        causes[(cause, outcome)] for cause in CAUSES[:3] for outcome in ("wrong", "missing")
    )
    honest = right + reachable
    lines += [
        "",
        f"honest right ceiling (right + reachable): {honest} ({honest / total:.3f}); "
        f"wrong floor (time zone + order): {floor} ({floor / total:.3f})",
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
        for page_id, outcome, written, returned, truth, cause in rows:
            if outcome != "right":
                shown = "written" if written else "NOT written"
                print(f"{outcome:7} {page_id}: got {returned}, truth {truth} ({shown}) [{cause}]")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
