"""Day/month order of numeric dates that read both ways, settled by page evidence.

A numeric date that reads both ways (03-04-2019) takes the reading in the month that the
URL names, else the order that the page's unambiguous dates with the same separator use
(only a part above 12 tells it), else the order of the page's language and region (for
slash and dotted dates apart); a
reading later than the fetch date or than the page's latest unambiguous date is dropped.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from urllib.parse import urlsplit

from newsparse.dates import DateMention
from newsparse.extract import Context

__all__ = [
    "latest_possible",
    "page_dates",
    "reads_dot_month_first",
    "reads_slash_month_first",
    "resolve",
]

_LATEST_SLACK = dt.timedelta(days=60)
"""Clear dates on a page (sidebar teasers) may predate the article by weeks, not months."""

_MONTH_FIRST_LANGS = frozenset({"en"})
"""Languages where an ambiguous numeric date may be read month first (US usage), by region."""

_MONTH_FIRST_REGIONS = frozenset({"us", "ca", "ph"})
"""Regions whose English numeric dates put the month first, whatever the separator (11.03.17
and 11/03/17 are 3 November): the US, and Canada and the Philippines, where US usage
prevails. Every other country writes the day first (03/04/2019 is 3 April in Britain,
India, Germany or France, in English as in its own language)."""

_GENERIC_DOMAINS = frozenset({"com", "org", "net", "edu", "gov", "mil", "us"})
"""Top-level domains that name no country (or the US): an English page there writes US dates."""

_UNTOLD_COUNTRY_DOMAINS = frozenset({"io", "co", "ai", "tv", "me", "fm", "cc", "ly", "to", "ws"})
"""Country domains sold worldwide as generic names (a start-up's .io, a channel's .tv): they
name no country a page's date order could follow."""

_LOCALE_SPLIT = re.compile(r"[-_]")
"""Separator of a locale's language and region ("en_GB", "en-gb")."""


_CLOCK_SLACK = dt.timedelta(days=1)
"""A page in a time zone ahead of the parsing machine may carry tomorrow's date."""


def latest_possible(ctx: Context) -> dt.date:
    """The latest date a page can carry: its fetch date, else today (with a day's slack).

    No page is dated after it was fetched, nor after the moment it is parsed: a later date
    is an event's, a deadline's or a misreading.
    """
    if ctx.fetched is not None:
        return ctx.fetched
    return dt.date.today() + _CLOCK_SLACK


def resolve(
    mention: DateMention,
    ctx: Context,
    evidence: Mapping[str, bool],
    latest: dt.date | None,
    month: tuple[int, int] | None = None,
    *,
    slash_month_first: bool = False,
    dot_month_first: bool = False,
) -> dt.date | None:
    """Pick one reading of a mention (day-first reading comes first in ``readings``).

    ``month`` is the (year, month) that the page's URL names: the reading in that month is
    the one a reader takes, whatever the language's usual order. ``slash_month_first`` is
    the page's default for a slash date that nothing else settles
    (:func:`reads_slash_month_first`), ``dot_month_first`` for a dotted one
    (:func:`reads_dot_month_first`).
    """
    readings = list(mention.readings)
    limit = latest_possible(ctx)
    readings = [r for r in readings if r <= limit]
    if len(readings) > 1 and month is not None:
        readings = [r for r in readings if (r.year, r.month) == month] or readings
    if len(readings) > 1 and latest is not None and sum(r <= latest for r in readings) == 1:
        # A reading months after every clear date on the page is the unlikely one.
        readings = [r for r in readings if r <= latest + _LATEST_SLACK]
    if not readings:
        return None
    if len(readings) == 1:
        return readings[0]
    sep = mention.numeric_separator
    if sep in evidence:
        return readings[0] if evidence[sep] else readings[1]
    if (sep == "/" and slash_month_first) or (sep == "." and dot_month_first):
        return readings[1]
    return readings[0]


def reads_slash_month_first(ctx: Context) -> bool:
    """True when the page reads an unsettled slash date month first (once per page).

    The slash is the US separator: an English page reads 03/04/2019 as March 4 unless its
    region (:func:`_region`) is a country outside :data:`_MONTH_FIRST_REGIONS`. A declared
    locale ("en_GB", "en_DE") or a country domain (".co.uk", ".de") names that region; the
    English page of a German site writes the day first with a slash as with a dot
    (:func:`reads_dot_month_first`). A page that names no region keeps the US order.
    """
    if ctx.lang not in _MONTH_FIRST_LANGS:
        return False
    region = _region(ctx)
    return region is None or region in _MONTH_FIRST_REGIONS


def reads_dot_month_first(ctx: Context) -> bool:
    """True when the page reads an unsettled dotted date month first (once per page).

    Dotted numeric dates are day first in most of the world (3.5.2024 is 3 May in German,
    Russian, Turkish), and an English page of a European site writes them so too. A US site
    puts the month first whatever the separator ("Published: 11.03.17" is 3 November). So
    an English page reads a dotted date month first only when its region is a month-first
    one (:data:`_MONTH_FIRST_REGIONS`): by a declared locale ("en_US"), else by its domain,
    the US or one that names no country (.com, .org). Unlike a slash date, a dotted date
    on a page that names no region (no URL, a .io or .news site) keeps the day first: the
    dot is not the US separator.
    """
    if ctx.lang not in _MONTH_FIRST_LANGS:
        return False
    region = _region(ctx)
    if region is not None:
        return region in _MONTH_FIRST_REGIONS
    return _top_domain(ctx) in _GENERIC_DOMAINS


def _top_domain(ctx: Context) -> str:
    """The top-level domain of the page's URL ("uk" for .co.uk), or "" without a URL."""
    if not ctx.doc.url:
        return ""
    host = urlsplit(ctx.doc.url).hostname or ""
    return host.rsplit(".", 1)[-1]


def _region(ctx: Context) -> str | None:
    """The country whose date order the page follows, or ``None`` when it names none.

    A declared locale's region comes first ("en_GB" is "gb"); else the site's country
    domain (".de" is "de"; ".com" and the country domains sold as generic names, .io or
    .tv, name none).
    """
    for item in ctx.doc.meta_values("lang"):
        parts = _LOCALE_SPLIT.split(item.value.strip().casefold())
        if len(parts) > 1 and len(parts[1]) == 2:
            return parts[1]
    top = _top_domain(ctx)
    if len(top) == 2 and top.isalpha() and top not in _UNTOLD_COUNTRY_DOMAINS:
        return top
    return None


def page_dates(
    block_dates: Sequence[Sequence[DateMention]],
) -> tuple[dict[str, bool], dt.date | None]:
    """Scan every block's dates once: day-first evidence per separator, and the latest date.

    Args:
        block_dates: The mentions of each block (:func:`~newsparse.extract.find_block_dates`).

    Returns:
        ``({separator: day_first}, latest)``: for each numeric separator, whether the page's
        unambiguous numeric dates put the day first; and the latest unambiguous date.
    """
    evidence: dict[str, bool] = {}
    latest: dt.date | None = None
    for mentions in block_dates:
        for mention in mentions:
            if mention.ambiguous:
                continue
            date = mention.readings[0]
            if latest is None or date > latest:
                latest = date
            order = _numeric_order(mention.raw)
            if order is not None:
                evidence.setdefault(*order)
    return evidence, latest


def _numeric_order(raw: str) -> tuple[str, bool] | None:
    """``(separator, day_first)`` told by a clear numeric date, else None.

    Only a part above 12 tells the order: 25/03/2005 is day first, 03/25/2005 month
    first; 01/01/2005 reads the same both ways and tells nothing.
    """
    for sep in "-/.":
        parts = [p.strip() for p in raw.split(sep)]
        if len(parts) == 3 and all(p.isdigit() for p in parts) and len(parts[2]) == 4:
            first, second = int(parts[0]), int(parts[1])
            if first > 12 >= second:
                return sep, True
            if second > 12 >= first:
                return sep, False
            return None
    return None
