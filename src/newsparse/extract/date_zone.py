"""The time zone a page shows its declared instants in.

A page's metadata often declares the publication instant in UTC
(``2019-11-19T07:03:25+00:00``) while the page shows it in the site's own zone ("November
18, 2019 11:03 PM"). Both name the same instant; they name different days.

What newsparse returns, and why: the declared instant, expressed in the offset the page
shows it in, whenever the page shows that same instant as a day and a clock time:
``2019-11-18T23:03:25-08:00``.

* The value stays the same instant (an aware ``datetime`` equal to the declared one):
  nothing the metadata says is lost, and a caller who wants UTC converts it.
* Its calendar day is the day the page shows its readers, the day the site's own dateline
  and archive file the story under, and the day a reader quoting the story writes. A UTC
  offset in the metadata is mostly a storage convention of the CMS, not a statement that
  the story belongs to the UTC day.
* It is the day newsparse reads from a text dump of the same page, which has no metadata:
  the same page gives the same day from its HTML and from its text.

The offset is taken only when the page pins it: a visible date with a clock time, on one
line or on the line under it, that is the declared instant in a real UTC offset (a
multiple of half an hour, from -11:00 to +14:00), to the minute, in the article's head
(not a sidebar's or a comment's time). A page that shows only
a day, or no clock time matching the instant, keeps the declared offset: the local zone is
then unknown, and guessing it from a day alone would move the instant.

Evaluation data that takes the UTC day of the metadata as the truth disagrees with this
rule on such pages (and data that takes the local day agrees): see
``python -m benchmarks.date_audit``, which counts both kinds of time-zone pages.
"""

from __future__ import annotations

import datetime as dt
import re
from itertools import compress

from newsparse.extract import Context
from newsparse.extract.date_labels import aside

__all__ = ["in_shown_zone", "shown_times"]

_CLOCK_AFTER = re.compile(
    r"[\s,|•·–—-]{0,4}(?:(?i:at|um|à|a las|alle|om)\s+)?(?P<h>\d{1,2})[:.h](?P<m>\d{2})(?!\d)"
    r"(?::\d{2})?\s?(?P<ap>(?i:[ap])\.?\s?(?i:m)\b\.?)?"
)
"""A clock time right after a date ("11:03 PM", ", at 5:50 p.m.", "| 14:07")."""

_CLOCK_LINE = re.compile(
    r"\s*(?P<h>\d{1,2})[:.h](?P<m>\d{2})(?::\d{2})?\s?(?P<ap>(?i:[ap])\.?\s?(?i:m)\.?)?"
    r"(?:\s*[A-Za-z]{1,5}\.?)?\s*"
)
"""A line that is a clock time and at most a zone abbreviation ("5:50 PM", "14:07 Uhr")."""

_CLOCK_LINE_CHARS = 20
"""Longest line tried against :data:`_CLOCK_LINE`."""

_STEP = dt.timedelta(minutes=30)
_EARLIEST = dt.timedelta(hours=-11)
_LATEST = dt.timedelta(hours=14)
_ZERO = dt.timedelta(0)
"""UTC offsets taken: multiples of half an hour from -11:00 to +14:00 (the rare :45 zones
and -12:00, which only uninhabited islands keep, are left out: each offset more lets a
chance clock time match, and a -12:00 match is a mislabelled declared zone)."""

_AHEAD = 12
"""Lines into the story searched for its shown time (the date line may follow a standfirst)."""

_NOON = 12


def _clock(match: re.Match[str]) -> tuple[int, int] | None:
    """(hour, minute) of a clock-time match, on the 24-hour clock; None when invalid."""
    hour, minute = int(match["h"]), int(match["m"])
    meridiem = (match["ap"] or "").strip().casefold()[:1]
    if meridiem:
        if not 1 <= hour <= _NOON:
            return None
        hour = hour % _NOON + (_NOON if meridiem == "p" else 0)
    if hour > 23 or minute > 59:
        return None
    return hour, minute


def shown_times(ctx: Context) -> list[dt.datetime]:
    """The naive local date-times the article's head shows: a date with its clock time.

    Only lines above the story's first lines (and a few into it) count, outside sidebars
    and comments: a teaser's or a comment's timestamp is no time of the story.
    """
    blocks, dated = ctx.doc.blocks, ctx.block_dates
    found: list[dt.datetime] = []
    stop = min(len(blocks), ctx.layout.start + _AHEAD)
    # Most lines hold no date: compress passes over them in C.
    for i in compress(range(stop), dated[:stop]):
        if aside(ctx, i):
            continue
        text = blocks[i].text
        for mention in dated[i]:
            match = _CLOCK_AFTER.match(text, mention.end)
            if match is None and not text[mention.end :].strip() and i + 1 < len(blocks):
                under = blocks[i + 1].text
                if len(under) <= _CLOCK_LINE_CHARS:
                    match = _CLOCK_LINE.fullmatch(under)
            clock = _clock(match) if match is not None else None
            if clock is not None:
                found.extend(dt.datetime(d.year, d.month, d.day, *clock) for d in mention.readings)
    return found


def in_shown_zone(value: dt.date, shown: list[dt.datetime]) -> dt.date:
    """``value`` expressed in the UTC offset the page shows it in, when the page pins it.

    Args:
        value: A declared date; only an aware ``datetime`` can move.
        shown: The page's shown date-times (:func:`shown_times`).

    Returns:
        The same instant in the page's shown offset (see the module docstring), else
        ``value`` unchanged (also when the page shows it in its declared offset).
    """
    if not shown or not isinstance(value, dt.datetime) or value.tzinfo is None:
        return value
    declared = value.utcoffset()
    instant = value.astimezone(dt.UTC).replace(tzinfo=None, second=0, microsecond=0)
    moved: dt.timedelta | None = None
    for local in shown:
        offset = local - instant
        if offset == declared:
            # The page shows the instant as declared: its zone is the declared one.
            return value
        if moved is None and _EARLIEST <= offset <= _LATEST and offset % _STEP == _ZERO:
            moved = offset
    return value if moved is None else value.astimezone(dt.timezone(moved))
