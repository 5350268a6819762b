"""Relative time stamps ("3 hours ago", "vor 2 Stunden", "il y a 3 heures", "3 時間前").

Also "an hour ago" ("vor einem Tag", "hace un día"), and "Yesterday at 10:30" ("gestern,
14:07", "昨日 10:30"), which a day word makes a stamp only before a clock time.

A stamp counts back from the moment the page was rendered, which the page does not print:
it names a day only against the page's own clock, the moment it was fetched (the caller's
``fetched=``, else an archived copy's capture comment, :func:`newsparse.dates.capture_date`).
A date in the page's metadata or a copyright year is no clock: the first is what the stamp
would be compared with, the second is often years stale. Without a clock a stamp names no
date, and none is guessed.

The words are data (``lexicon/relative.toml``). Only minutes, hours and days name a day:
"2 weeks ago" is rounded down from anything up to twenty days, "3 months ago" from a
season. A count of hours on a clock that knows only its day is read as that many whole days
back, rounded down ("3 hours ago" is the fetch day): a site prints hours only under a day.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import tomllib
from collections.abc import Sequence
from importlib import resources

from newsparse.date_names import alternation
from newsparse.dates import DateMention
from newsparse.lexicon import fold

__all__ = ["RELATIVE_LINE_CHARS", "relative_day", "relative_mentions", "with_relative"]

RELATIVE_LINE_CHARS = 120
"""Longest line read for a stamp: a date line, a byline or a teaser's meta line. In a
sentence ("The quake struck 3 hours ago") the count tells a story's event, not when it ran."""

_UNITS = ("minutes", "hours", "days", "weeks", "months", "years")
"""The unit lists of relative.toml, shortest first."""

_DAY_UNITS = {
    "minutes": dt.timedelta(minutes=1),
    "hours": dt.timedelta(hours=1),
    "days": dt.timedelta(days=1),
}
"""The units that name a day, and their length."""

_MAX_COUNT = 999
"""Largest count read ("999 days ago"); a larger number is no stamp's."""

_DATE_BEFORE = frozenset("月월年년")
"""A CJK date's month or year mark: "12月3日前" is "before 3 December", no stamp."""

_DAY_WORDS = {"today": 0, "yesterday": 1}
"""The word lists of relative.toml that name a day, and the days they count back."""


@functools.cache
def _stamps() -> tuple[re.Pattern[str], dict[str, str], dict[str, int]]:
    """The stamp pattern, each folded unit word's unit (:data:`_UNITS`), each day word's days.

    Three shapes: a word before the count ("vor 2 Stunden", "il y a 3 heures"; groups ``n``
    and ``u``), a word after the unit ("3 hours ago", "an hour ago", "3 時間前"; groups ``n2``
    and ``u2``), and a day word before a clock time ("Yesterday at 10:30", "gestern, 14:07";
    group ``day``). A count in digits is refused after a digit, a decimal or time separator,
    or a Latin letter; a count in words ("an", "einem") stands as a word.
    """
    text = resources.files("newsparse.lexicon").joinpath("relative.toml").read_text("utf-8")
    units: dict[str, str] = {}
    days: dict[str, int] = {}
    words: dict[str, set[str]] = {"before": set(), "after": set(), "one": set(), "at": set()}
    for data in tomllib.loads(text).values():
        for key, found in words.items():
            found.update(fold(w) for w in data.get(key, ()))
        for unit in _UNITS:
            for word in data.get(unit, ()):
                units.setdefault(fold(word), unit)
        for key, back in _DAY_WORDS.items():
            for word in data.get(key, ()):
                days.setdefault(fold(word), back)
    unit_words = alternation(sorted(units))
    before, after, one, at = (
        alternation(sorted(words[k])) for k in ("before", "after", "one", "at")
    )
    word = r"(?![^\W\d_])"
    pattern = re.compile(
        rf"(?<![^\W\d_])(?:{before})\s*"
        rf"(?P<n>\d(?<![\d.,:/]\d)\d{{0,2}}(?!\d)|(?:{one}){word})\s*(?P<u>{unit_words})\.?{word}"
        rf"|(?P<n2>\d(?<![\d.,:/a-zA-Z]\d)\d{{0,2}}(?!\d)|(?<![^\W\d_])(?:{one}){word})\s*"
        rf"(?P<u2>{unit_words})\.?\s*(?:{after}){word}"
        rf"|(?<![^\W\d_])(?P<day>{alternation(sorted(days))}){word}[\s,]*(?:(?:{at})\.?{word}\s*)?"
        r"\d{1,2}[:h.]\d\d(?!\d)",
        re.IGNORECASE,
    )
    return pattern, units, days


def relative_mentions(text: str, clock: dt.date) -> list[DateMention]:
    """The stamps of a short line (:data:`RELATIVE_LINE_CHARS`) that name a day, as dates.

    ``clock`` is the page's own clock (its fetch day, or the fetch instant when the caller
    gave a ``datetime``); every date is on or before it. The count may be written in native
    digits ("٣ ساعات", "३ दिन"): ``re`` and ``int`` read every decimal digit.
    """
    if len(text) > RELATIVE_LINE_CHARS:
        return []
    pattern, units, days = _stamps()
    found = []
    for match in pattern.finditer(text):
        if match["day"]:
            day = relative_day(days[fold(match["day"])], "days", clock)
        else:
            number, unit_word = (
                (match["n"], match["u"]) if match["n"] else (match["n2"], match["u2"])
            )
            if text[: match.start()].rstrip()[-1:] in _DATE_BEFORE:
                continue
            count = int(number) if number[0].isdigit() else 1
            day = relative_day(count, units.get(fold(unit_word), ""), clock)
        if day is not None:
            found.append(
                DateMention(
                    readings=(day,),
                    raw=text[match.start() : match.end()],
                    start=match.start(),
                    end=match.end(),
                )
            )
    return found


def relative_day(count: int, unit: str, clock: dt.date) -> dt.date | None:
    """The day ``count`` ``unit`` (:data:`_UNITS`) before ``clock``; None if the unit names none.

    A ``datetime`` clock is counted back exactly (in its own time zone); a day clock by
    whole days, a count of hours or minutes rounded down to them.
    """
    step = _DAY_UNITS.get(unit)
    if step is None or count > _MAX_COUNT:
        return None
    if isinstance(clock, dt.datetime):
        return (clock - count * step).date()
    return clock - dt.timedelta(days=(count * step) // dt.timedelta(days=1))


def with_relative(
    texts: Sequence[str], found: Sequence[Sequence[DateMention]], clock: dt.date
) -> list[Sequence[DateMention]]:
    """``found`` (the date mentions of ``texts``, index for index) with each line's stamps.

    A stamp inside a written date is dropped (none is known to be).
    """
    result = list(found)
    for i, text in enumerate(texts):
        more = [
            m
            for m in relative_mentions(text, clock)
            if not any(m.start < o.end and o.start < m.end for o in found[i])
        ]
        if more:
            result[i] = tuple(sorted([*found[i], *more], key=lambda m: (m.start, -m.end)))
    return result
