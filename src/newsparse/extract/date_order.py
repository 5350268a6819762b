"""Day/month order of numeric dates that read both ways, settled by page evidence.

A numeric date that reads both ways (03-04-2019) takes the reading in the month that the
URL names, else the order that the page's unambiguous dates with the same separator use
(only a part above 12 tells it), else the order of the page's language and region (for
slash and dotted dates apart); a
reading later than the fetch date or than the page's latest unambiguous date is dropped.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import tomllib
from collections.abc import Mapping, Sequence
from importlib import resources
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
"""Languages where an ambiguous slash date is read month first (US usage), unless the page's
locale or domain names a day-first country."""

_MONTH_FIRST_REGIONS = frozenset({"us"})
"""Regions whose numeric dates put the month first, whatever the separator (11.03.17)."""

_GENERIC_DOMAINS = frozenset({"com", "org", "net", "edu", "gov", "mil", "us"})
"""Top-level domains that name no country (or the US): an English page there writes US dates."""

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
    """True when the page reads an unsettled slash date month first (once per page)."""
    return ctx.lang in _MONTH_FIRST_LANGS and not _day_first_region(ctx)


def reads_dot_month_first(ctx: Context) -> bool:
    """True when the page reads an unsettled dotted date month first (once per page).

    Dotted numeric dates are day first in most of the world (3.5.2024 is 3 May in German,
    Russian, Turkish), and an English page of a European site writes them so too. A US site
    puts the month first whatever the separator ("Published: 11.03.17" is 3 November). So
    an English page reads a dotted date month first only when its region is the US: a
    declared locale of a month-first region ("en_US"), else, with no locale region, a
    domain that names no country (.com, .org) or the US; any other country domain, or a
    day-first English region (:func:`reads_slash_month_first`), keeps the day first.
    """
    if ctx.lang not in _MONTH_FIRST_LANGS:
        return False
    for item in ctx.doc.meta_values("lang"):
        parts = _LOCALE_SPLIT.split(item.value.strip().casefold())
        if len(parts) > 1 and len(parts[1]) == 2:
            return parts[1] in _MONTH_FIRST_REGIONS
    if not ctx.doc.url:
        return False
    host = urlsplit(ctx.doc.url).hostname or ""
    return host.rsplit(".", 1)[-1] in _GENERIC_DOMAINS


@functools.cache
def _day_first_regions() -> frozenset[str]:
    """Regions whose English writes numeric dates day first (``day_first_regions``, en.toml)."""
    text = resources.files("newsparse.lexicon").joinpath("en.toml").read_text("utf-8")
    return frozenset(tomllib.loads(text).get("day_first_regions", ()))


def _day_first_region(ctx: Context) -> bool:
    """True when the page's locale or domain names a country that writes the day first.

    A British reader takes 03/04/2019 as 3 April: a declared locale ("en_GB") says so, else
    the site's country domain (".co.uk").
    """
    for item in ctx.doc.meta_values("lang"):
        parts = _LOCALE_SPLIT.split(item.value.strip().casefold())
        if len(parts) > 1 and len(parts[1]) == 2:
            return parts[1] in _day_first_regions()
    host = (urlsplit(ctx.doc.url).hostname or "") if ctx.doc.url else ""
    return host.rsplit(".", 1)[-1] in _day_first_regions()


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
