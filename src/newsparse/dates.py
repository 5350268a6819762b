"""Find and read calendar dates in text: numeric, ISO, CJK and month-name forms in many languages.

Digits may be ASCII, Arabic-Indic (٠-٩), Persian (۰-۹), Devanagari (०-९), Bengali (০-৯) or Thai
(๐-๙); Thai dates may count years in the Buddhist era (2569 for 2026), Persian ones in the
Solar Hijri calendar ("۶ آذر ۱۴۰۵", :mod:`newsparse.solar_hijri`).

:func:`find_dates` returns every date mention in a string with its span and, for numeric
day/month forms that read both ways (``03-04-2019``), both readings; the date field
extractor resolves that ambiguity with page evidence. :func:`parse_iso` reads the
machine dates of HTML metadata and keeps a time only when it has a time zone.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import time
from collections.abc import Callable, Iterable, Sequence
from itertools import chain
from typing import TypeAlias

import attrs

from newsparse import solar_hijri
from newsparse.date_names import (
    alternation,
    date_cues,
    is_date_label,
    month_alternation,
    month_number,
    month_numbers,
    year_first_month_alternation,
    year_first_short_alternation,
)
from newsparse.lexicon import fold, lexicon

__all__ = [
    "PAGE_CALENDAR_LANGS",
    "DateMention",
    "calendar_date_spans",
    "capture_date",
    "date_cues",
    "find_dates",
    "find_dates_each",
    "parse_declared",
    "parse_iso",
    "with_page_calendar",
]

# Lookbehinds that refuse a character before a number are written after its first digits
# ("19(?<![\d.]\d\d)" rather than "(?<![\d.])19"): a pattern that starts with a digit or a
# literal lets ``re`` skip to the next digit at C speed; one that starts with a lookbehind
# is tried at every position of the text. The two spellings match the same strings
# (tests/test_speed_prefilters.py compares them).
_ISO = re.compile(
    r"""(?P<y>(?:19|20)(?<![\d.]\d\d)\d{2})(?P<s>[-/.])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})(?!\d)
        (?:[T\s](?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:\.\d{1,9})?)?
           \s?(?P<tz>Z|[+-]\d{2}:?\d{2})?)?""",
    re.VERBOSE,
)
"""Year-first dates (2019-08-27, 2019/08/27, 2019.08.27) with an optional ISO time and zone."""

_NUMERIC = re.compile(
    r"(?P<a>\d(?<![\d.:/-]\d)\d?)(?P<s>[-/.]| \| )(?P<b>\d{1,2})(?P=s)(?P<y>(?:19|20)\d{2})"
    r"(?:(?!\w)|(?=[A-Z][a-z]))"
)
"""Day/month-first numeric dates with a four-digit year: 27-08-2019, 08/27/2019, 3.5.2024, and
the spaced-bar style of some date lines, 26 | 01 | 2022."""

_CLOCK_AFTER = r"(?=[\s,|•·–-]{1,4}(?:(?i:at|um|à)\s+)?\d{1,2}:\d{2}(?!\d))"
"""A clock time right after a date ("06:56 AM", "| 14:07", "AT 4:00 PM", "à 9:21")."""

_CLOCK = re.compile(r"\d:\d\d")
"""Part of every clock time that :data:`_CLOCK_AFTER` asks for: a cheap test before the
two-digit-year patterns run (most texts with a colon hold no time)."""

_SHORT_YEAR = re.compile(
    r"(?P<a>\d(?<![\w.:/-]\d)\d?)(?P<s>[/.])(?P<b>\d{1,2})(?P=s)(?P<y>\d{2})" + _CLOCK_AFTER
)
"""A two-digit-year numeric date held by a clock time: "11/19/19 06:56 AM", "25.04.24 | 14:07",
"ON 11/13/19 AT 4:00 PM". Without the time, "1.5.24" may be a version or a score; with it, it
is a timestamp."""

_SHORT_YEAR_LINE = re.compile(
    r"\s*(?P<date>(?P<a>\d{1,2})(?P<s>[/.])(?P<b>\d{1,2})(?P=s)(?P<y>\d{2}))\s*"
)
"""A line that is a two-digit-year numeric date and nothing else ("10.15.15" under a teaser
title): alone on its line it is no version or score."""

_CUED_SHORT_YEAR = re.compile(
    r"(?P<a>\d(?<![\w.:/-]\d)\d?)(?P<s>\.)(?P<b>\d{1,2})\.(?P<y>\d{2})(?!\.?\d|[^\W\d_])"
)
"""A dotted two-digit-year date ("21.02.21"), read only after a date label or a weekday
("Veröffentlicht am 21.02.21", "Stand: 03.05.24", "Mo, 21.02.21"; see
:func:`_cued_short_years`): alone in a sentence, "1.5.24" may be a version or a score."""

_CUED_SLASH_SHORT_YEAR = re.compile(
    r"(?P<a>\d(?<![\w.:/-]\d)\d?)(?P<s>/)(?P<b>\d{1,2})/(?P<y>\d{2})(?!/?\d|[^\W\d_])"
)
"""The same with slashes ("Published: 11/03/17"): alone, "1/2/24" may be a fraction or a
ratio. (One pattern for both separators, with a back-reference, searched four times
slower: a search runs on most short lines.)"""

_CUED_LINE_CHARS = 80
"""Longest line searched for :data:`_CUED_SHORT_YEAR`: a date line is short."""

_CUE_WORDS = 3
"""Most words of a date label ("mis en ligne le")."""

_LABEL_TRIM = ":：|,-–—·•()"
"""Punctuation stripped from the words before a labelled date."""

_SHORT_LINE_CHARS = 12
"""Longest text tried against :data:`_SHORT_YEAR_LINE` (a date and a little space)."""

_CJK = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*[年년]\s*(?P<m>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})\s*[日일]?"
)
"""Chinese, Japanese and Korean dates: 2024年5月3日, 2024년 5월 3일."""

_COMPACT = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)(?!\d)")
"""Eight-digit dates as found in URLs (20190827)."""


_MDY_TAIL = re.compile(
    r"\s\d{1,2}(?:st|nd|rd|th)?(?!\d)\s*,?\s*(?:19|20)\d{2}(?!\d)", re.IGNORECASE
)
"""The end of every month-first date (see :func:`_month_patterns`): a space, the day and the
year ("… 27, 2019"). A text without it holds no such date."""


@functools.cache
def _month_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    month = month_alternation()
    # A month name starts with a letter: the lookahead rejects digits, spaces and
    # punctuation before the name's trie is tried at all.
    letter = r"(?=[^\W\d_])"
    # Browser text glues inline elements without a space: "Published10 March 2021" (a
    # letter before the day), "19. Dezember 202219. Dezember 2022" (a date shown twice, the
    # second day glued to the first year). A digit before the day is still refused. (The
    # test follows the day's first digit, as in _ISO: the pattern starts with a digit.)
    day_start = r"(?:(?<![\d_]\d)|(?<=(?:19|20)\d\d\d))"
    # Day, then month name, then year: "27 August 2019", "3. Mai 2024", "3 de mayo de 2024".
    dmy = re.compile(
        rf"(?P<d>\d{day_start}\d?)(?:st|nd|rd|th|er|º|\.)?\s*(?:de\s+)?{letter}(?P<mon>{month})\.?"
        rf"(?![^\W\d_])(?:\s*,)?\s*(?:de\s+|del\s+|năm\s+)?(?P<y>(?:19|20)\d{{2}})(?!\d)",
        re.IGNORECASE,
    )
    # A month name glued to a label starts where the case changes: "PublishedMarch 3, 2020"
    # (lower to upper) or "GEARAPR 28, 2024" (an all-caps label, then an all-caps month).
    # Inside a word, the upper-case test comes first: most letters there fail it at once.
    month_start = r"(?:(?<!\w)|(?-i:(?=[A-Z])(?:(?<=[a-z])|(?<=[A-Z])(?=[A-Z]{3}))))"
    # Month name, then day, then year: "August 27, 2019", "Aug. 27 2019". (Its end after
    # the name's last space is _MDY_TAIL, the prefilter of _scan: change both together.)
    mdy = re.compile(
        rf"{letter}{month_start}(?P<mon>{month})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)\s*,?\s*(?P<y>(?:19|20)\d{{2}})(?!\d)",
        re.IGNORECASE,
    )
    return dmy, mdy


_YEAR_FIRST_MARK = re.compile(r"(?:19|20)\d\d(?:\.|\s?m\.)\s?[^\W\d_]")
"""A year, its dot ("2024.") or Lithuanian "m." ("metai", year), and a letter: the start of
every :func:`_year_first_pattern` date, searched before it in a window."""


@functools.cache
def _year_first_pattern() -> re.Pattern[str]:
    """Year first: "2024. március 31.", "2024 m. kovo 31 d.", "2024. gada 31. martā".

    Hungarian and Lithuanian put the month next; Latvian puts "gada" ("of the year") or "g.",
    the day, then the month (in the groups ``d2`` and ``mon2``). Only the names of the
    languages that write dates so (:func:`~newsparse.date_names.year_first_month_alternation`),
    and their abbreviations with a dot when the day has its dot too ("2024. márc. 5.",
    :func:`~newsparse.date_names.year_first_short_alternation`; groups ``d3`` and ``mon3``).
    """
    month = year_first_month_alternation()
    short = year_first_short_alternation()
    return re.compile(
        rf"(?P<y>(?:19|20)\d{{2}})(?<!\d{{5}})(?:\.|\s?m\.)\s?(?=[^\W\d_])"
        rf"(?:(?P<mon>{month})\.?\s+(?P<d>\d{{1,2}})(?!\d)"
        rf"|(?P<mon3>{short})\.\s?(?P<d3>\d{{1,2}})(?=\.(?!\d))"
        rf"|(?:gada|g\.)\s+(?P<d2>\d{{1,2}})\.\s?(?P<mon2>{month})(?!\w))",
        re.IGNORECASE,
    )


@functools.cache
def _short_year_named() -> re.Pattern[str]:
    """Day, month name and two-digit year held by a clock time: "Publié le 27 Mar 20 à 9:21".

    As for :data:`_SHORT_YEAR`, only the clock time makes "27 Mar 20" a timestamp.
    """
    month = month_alternation()
    return re.compile(
        rf"(?P<a>\d(?<![\w.:/-]\d)\d?)\.?\s*(?=[^\W\d_])(?P<mon>{month})\.?\s+(?P<y>\d{{2}})"
        + _CLOCK_AFTER,
        re.IGNORECASE,
    )


@attrs.frozen(kw_only=True)
class DateMention:
    """A date written in a text, with its possible readings."""

    readings: tuple[dt.date, ...]
    """Valid calendar dates the text can mean: one, or two for ambiguous day/month order
    (day-first reading first)."""
    raw: str
    """The matched text as written."""
    start: int
    """Start offset in the searched string."""
    end: int
    """End offset in the searched string."""
    numeric_separator: str = ""
    """For ambiguous numeric dates, the separator used (``-``, ``/``, ``.``)."""

    @property
    def ambiguous(self) -> bool:
        """True when the day and month order cannot be told from the text alone."""
        return len(self.readings) > 1


def _make(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


_YEAR = re.compile(r"(?:19|20)\d\d")
"""Every supported form has a four-digit year: the cheap anchor for the full patterns."""

_WINDOW = 40
"""Characters searched on each side of a year for the rest of its date."""

_NATIVE_DIGIT_BASES = (0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50)
"""The zeros of the Arabic-Indic (٠-٩), Persian (۰-۹), Devanagari (०-९), Bengali (০-৯) and Thai
(๐-๙) digits."""

_NATIVE_DIGITS = str.maketrans(
    {chr(base + k): str(k) for base in _NATIVE_DIGIT_BASES for k in range(10)}
)
"""Native digit → ASCII digit: one code point for one, so offsets hold."""

_NATIVE_DIGIT = re.compile("[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0e50-\u0e59]")
"""Any of the digits :data:`_NATIVE_DIGITS` translates."""

_THAI_LETTER = re.compile("[\u0e01-\u0e4f]")
"""A Thai letter or sign: a text without one holds no Thai month name (:func:`_thai_dates`)."""

_NON_ASCII_DATE = re.compile("[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0e01-\u0e59]")
"""A native digit or a Thai letter: a non-ASCII text without "19" or "20" may hold a date
only with one (:func:`find_dates_each`), or with a Solar Hijri year ("13xx", "14xx") and a
Persian month name."""

_PERSIAN_MONTH_LETTER = re.compile("[آابتثجحدرزسشعغفقکلمهوچ]")
"""A letter that every Solar Hijri month name starts with (:func:`_solar_hijri_dates`)."""

_DATE_SCRIPT = re.compile(
    "[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0e01-\u0e59آابتثجحدرزسشعغفقکلمهوچ]"
)
"""Any character of :data:`_NATIVE_DIGIT`, :data:`_THAI_LETTER` or
:data:`_PERSIAN_MONTH_LETTER`: a non-ASCII text without one is read as an ASCII one."""

_CLOCK_SLACK = dt.timedelta(days=1)
"""A page in a time zone ahead of the parsing machine may carry tomorrow's date (as in
:func:`newsparse.extract.date_order.latest_possible`)."""

_BUDDHIST_ERA = 543
"""Years the Buddhist era (Thailand's calendar) counts ahead of the common era."""

_BUDDHIST_CENTURY = 2500
"""The century of a two-digit Buddhist-era year ("69" is 2569)."""

_SHORT_YEAR_FIRST = 1990
"""The first year a two-digit year put back a century is read as ("11/03/95" is 1995): no
news page on the web dates itself earlier in two digits."""

_SHORT_BUDDHIST_FIRST = 1990
"""The first common-era year a two-digit Buddhist-era year is read as ("33", 2533): a smaller
number after a Thai month is a count ("5 ม.ค. 15 ราย", 15 cases), not a news page's year."""

_BUDDHIST_YEARS = range(2400, 2700)
"""Buddhist-era years read as such (1857-2156 in the common era): no common-era year of a
news page, which the year patterns read."""


_MEMO_MAX_CHARS = 2000
"""Texts longer than this are not memoised: long paragraphs are searched once per page,
and the memo should not keep large strings alive."""


def find_dates_each(texts: Iterable[str], year: int | None = None) -> list[Sequence[DateMention]]:
    """:func:`find_dates` of each text, in order; an empty tuple for texts without a date.

    ``year`` is the latest year a two-digit year may mean (the year the page was fetched);
    today's year by default (see :func:`_short_year`).

    Every form holds a year "19xx" or "20xx" but the two-digit-year ones, which need a
    clock time or a line of at most :data:`_SHORT_LINE_CHARS` characters that is a date:
    substring tests rule out most lines of a page before any regex runs.
    """
    clock, short_line, cued = _CLOCK.search, _SHORT_YEAR_LINE.fullmatch, _CUED_SHORT_YEAR.search
    slashed, native = _CUED_SLASH_SHORT_YEAR.search, _NON_ASCII_DATE.search
    persian = _PERSIAN_MONTH_LETTER.search
    if year is not None and year < dt.date.today().year:
        # A page fetched in an earlier year: its two-digit years are read against that one,
        # which the memo (keyed by the text alone, read against today) does not know.
        read: Callable[[str], Sequence[DateMention]] = functools.partial(_find_dates, year=year)
    else:
        read = _find_dates_or_memo
    # The memo's own tuples, not find_dates()' list copies: the block dates are only read,
    # and a 10 MB page has tens of thousands of dated lines (each list a GC-tracked object).
    # Without "19" or "20" a text can only hold what _find_dates reads after its year
    # windows: a clock-held date (a clock time) or a line that is a short date. Most
    # lines with a colon and a digit hold no clock time: the search spares the call.
    return [
        read(text)
        if "19" in text
        or "20" in text
        or (":" in text and clock(text))
        or (len(text) <= _SHORT_LINE_CHARS and short_line(text))
        or ("." in text and len(text) <= _CUED_LINE_CHARS and cued(text))
        or ("/" in text and len(text) <= _CUED_LINE_CHARS and slashed(text))
        or (
            not text.isascii()
            # "1" first: one character is found in C without the needle's conversion to
            # the text's width, which "14" costs on every non-Latin line.
            and (native(text) or ("1" in text and ("14" in text or "13" in text) and persian(text)))
        )
        else ()
        for text in texts
    ]


def _find_dates_or_memo(text: str) -> Sequence[DateMention]:
    """:func:`_find_dates_memo` of a text of :data:`_MEMO_MAX_CHARS` or less, else uncached."""
    return _find_dates(text) if len(text) > _MEMO_MAX_CHARS else _find_dates_memo(text)


def find_dates(text: str) -> list[DateMention]:
    """Return every date mention in ``text`` in order of position, overlapping matches dropped.

    The full patterns run only on windows around four-digit years, so the cost is linear in
    the text and small for the many lines that hold no year.

    Args:
        text: Any string.

    Returns:
        The mentions sorted by start offset (a new list on every call).
    """
    if len(text) > _MEMO_MAX_CHARS:
        return list(_find_dates(text))
    return list(_find_dates_memo(text))


@functools.lru_cache(maxsize=2048)
def _find_dates_memo(text: str) -> tuple[DateMention, ...]:
    """Memoised :func:`_find_dates`.

    The field rules ask about the same block texts about three times a page (page dates,
    headline, byline, dateline and date rules each scan some blocks).

    Two-digit years are read relative to today's year (see :func:`_short_year`): the memo
    is emptied at the first new text after New Year (checked on misses only, as a clock
    read on every call would cost a third of a cached call).
    """
    if time.time() >= _memo_expiry[0]:
        _find_dates_memo.cache_clear()
        # A naive datetime is local time, as date.today() is.
        _memo_expiry[0] = dt.datetime(dt.date.today().year + 1, 1, 1).timestamp()
    return _find_dates(text)


_memo_expiry = [0.0]
"""When :func:`_find_dates_memo` must next be emptied (a timestamp)."""


def _find_dates(text: str, year: int | None = None) -> tuple[DateMention, ...]:
    """Every date of ``text``; two-digit years mean none after ``year`` (today's if None)."""
    if text.isascii() or _DATE_SCRIPT.search(text) is None:
        # Most non-Latin lines (Chinese, Cyrillic...) hold no native digit, Thai letter nor
        # Persian month letter: one scan settles the three tests below.
        return _find_ascii_dates(text, year)
    native = _NATIVE_DIGIT.search(text) is not None
    plain = text.translate(_NATIVE_DIGITS) if native else text
    found = _find_ascii_dates(plain, year)
    more = _thai_dates(plain, year) if _THAI_LETTER.search(text) else []
    if _PERSIAN_MONTH_LETTER.search(text):
        more += _solar_hijri_dates(plain)
    if more:
        found = _without_overlaps([*found, *more])
    if native:
        return _as_written(found, text)
    return found


def _as_written(found: Sequence[DateMention], text: str) -> tuple[DateMention, ...]:
    """Dates read in native digits ("١٢ يناير ٢٠٢٤", "২৭ নভেম্বর ২০২৬"), ``raw`` as written.

    The patterns' years are ASCII ("19", "20"): they read the text with its digits made
    ASCII. The translation keeps every offset, so spans hold and ``raw`` is the text as written.
    """
    return tuple(attrs.evolve(mention, raw=text[mention.start : mention.end]) for mention in found)


@functools.cache
def _thai_pattern() -> re.Pattern[str]:
    """Day, Thai month name and four-digit year, maybe after an era label.

    "27 พ.ย. 2569", "27 พฤศจิกายน พ.ศ. 2569" (Buddhist era), "27 พฤศจิกายน ค.ศ. 2026" (common era).
    """
    names = [name for name in month_numbers() if _THAI_LETTER.match(name)]
    return re.compile(
        rf"(?P<d>\d(?<!\d\d)\d?)\s*(?P<mon>{alternation(sorted(names))})\s*"
        r"(?:(?P<era>พ\.\s?ศ\.|ค\.\s?ศ\.)\s*)?(?P<y>\d{4}|\d{2}(?![:.]\d))(?!\d)"
    )


_THAI_NUMERIC = re.compile(
    r"(?P<d>\d(?<![\d./-]\d)\d?)(?P<s>[/.-])(?P<m>\d{1,2})(?P=s)(?P<y>2[4-6]\d\d)(?![\d./-])"
)
"""A day-first numeric date with a Buddhist-era year ("27/11/2569", "27-11-2569"): read on a
line with Thai letters (:func:`_thai_dates`) or on a Thai page (:func:`with_page_calendar`)."""

_SOLAR_HIJRI_NUMERIC = re.compile(
    r"(?P<y>1(?<![\d./-]1)[34]\d\d)(?P<s>[/.-])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})(?![\d./-])"
)
"""A year-first numeric Solar Hijri date ("۱۴۰۵/۰۹/۰۶"): read on a Persian page only
(:func:`with_page_calendar`); Arabic and Urdu pages write lunar Hijri years (14xx) so."""

_SOLAR_HIJRI_DAY_FIRST = re.compile(
    r"(?P<d>\d(?<![\d./-]\d)\d?)(?P<s>[/.-])(?P<m>\d{1,2})(?P=s)(?P<y>1[34]\d\d)(?![\d./-])"
)
"""The same written day first ("۰۶/۰۹/۱۴۰۵", "6-9-1405"), as Persian writes a date with a
month name ("۶ آذر ۱۴۰۵")."""


def _buddhist_numeric(match: re.Match[str]) -> dt.date | None:
    year = int(match["y"])
    if year not in _BUDDHIST_YEARS:
        return None
    return _make(year - _BUDDHIST_ERA, int(match["m"]), int(match["d"]))


def _solar_hijri_numeric(match: re.Match[str]) -> dt.date | None:
    return solar_hijri.to_gregorian(int(match["y"]), int(match["m"]), int(match["d"]))


_Calendar: TypeAlias = tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], dt.date | None]], ...]
"""The numeric date patterns of a calendar, each with its reading."""

_SOLAR_HIJRI: _Calendar = (
    (_SOLAR_HIJRI_NUMERIC, _solar_hijri_numeric),
    (_SOLAR_HIJRI_DAY_FIRST, _solar_hijri_numeric),
)

_PAGE_CALENDARS: dict[str, _Calendar] = {
    "fa": _SOLAR_HIJRI,
    "ps": _SOLAR_HIJRI,
    "th": ((_THAI_NUMERIC, _buddhist_numeric),),
}
"""The numeric dates of a language's own calendar, read on a page of that language only (a
page's language is the evidence a number's calendar needs): its patterns and their readings.
Persian (Iran's and Afghanistan's Dari) and Pashto pages count in the Solar Hijri calendar,
Thai ones in the Buddhist era."""

PAGE_CALENDAR_LANGS = frozenset(_PAGE_CALENDARS)
"""The languages whose pages get :func:`with_page_calendar`'s dates."""

_CALENDAR_YEAR = re.compile(r"(?:1[34]|2[4-6])\d\d")
"""A year of a page calendar (Solar Hijri 13xx-14xx, Buddhist era 24xx-26xx), in ASCII digits:
the cheap test before :func:`calendar_date_spans` runs its patterns."""


def calendar_date_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` writes a numeric date of a page calendar, whatever the page's language.

    "علی رضایی ۱۴۰۵/۰۹/۰۶", "โดย สมชาย ใจดี 27/11/2569": a valid Solar Hijri or Buddhist-era
    date of :data:`_PAGE_CALENDARS`' shapes. Only the spans, for cutting a line at its date
    (a byline's pieces): reading the date needs the page's language (:func:`with_page_calendar`),
    cutting at one does not, as no other number is written so.
    """
    if "/" not in text and "-" not in text and "." not in text:
        return []
    plain = text.translate(_NATIVE_DIGITS) if not text.isascii() else text
    if _CALENDAR_YEAR.search(plain) is None:
        return []
    return [
        match.span()
        for calendar in (_SOLAR_HIJRI, _PAGE_CALENDARS["th"])
        for pattern, read in calendar
        for match in pattern.finditer(plain)
        if read(match) is not None
    ]


def with_page_calendar(
    texts: Sequence[str],
    found: Sequence[Sequence[DateMention]],
    lang: str | None,
    latest: dt.date | None = None,
) -> list[Sequence[DateMention]]:
    """``found``, the :func:`find_dates_each` of ``texts``, with the page calendar's dates.

    The numeric dates of the page language's own calendar are added: Solar Hijri on a
    Persian page ("۱۴۰۵/۰۹/۰۶" is 2026-11-27), Buddhist era on a Thai one ("27/11/2569"). A
    date after ``latest`` (the page's fetch date) is not read; by default, none after
    tomorrow (a page in a time zone ahead of the parsing machine may carry tomorrow's date,
    as the date field's own check allows). Other languages' pages get ``found`` as it is.
    """
    calendar = _PAGE_CALENDARS.get(lang or "")
    if calendar is None:
        return list(found)
    today = latest or dt.date.today() + _CLOCK_SLACK
    result = list(found)
    for i, text in enumerate(texts):
        if "/" not in text and "-" not in text and "." not in text:
            continue
        native = not text.isascii() and _NATIVE_DIGIT.search(text) is not None
        plain = text.translate(_NATIVE_DIGITS) if native else text
        more = [
            _mention((date,), match, 0)
            for pattern, read in calendar
            for match in pattern.finditer(plain)
            if (date := read(match)) is not None and date <= today
        ]
        if more:
            kept = _without_overlaps([*found[i], *more])
            result[i] = _as_written(kept, text) if native else kept
    return result


def _thai_dates(text: str, latest_year: int | None = None) -> list[DateMention]:
    """Thai dates, their Buddhist-era years made common-era ones (2569 → 2026).

    The Thai month name is the evidence that a year of :data:`_BUDDHIST_YEARS` is one of the
    Buddhist era; a common-era year ("27 พฤศจิกายน 2026") is read as it stands, a two-digit
    one ("27 พ.ย. 69") is the Buddhist era's, and none after ``latest_year`` (today's by
    default: the page's fetch year). ``text`` holds Thai letters (the caller checks):
    the evidence for a day-first numeric date with a Buddhist-era year ("27/11/2569").
    """
    found = []
    for match in _thai_pattern().finditer(text):
        year = int(match["y"])
        era = match["era"]
        if year < 100:
            # A two-digit year is the Buddhist era's ("27 พ.ย. 69" is 2569, 2026), never
            # one ahead of the clock nor before the web ("5 ม.ค. 15 ราย" counts cases).
            if era is not None and not era.startswith("พ"):
                continue
            year += _BUDDHIST_CENTURY - _BUDDHIST_ERA
            if not _SHORT_BUDDHIST_FIRST <= year <= (latest_year or dt.date.today().year):
                continue
        elif era.startswith("พ") if era is not None else year in _BUDDHIST_YEARS:
            year -= _BUDDHIST_ERA
        date = _make(year, month_number(match["mon"]) or 0, int(match["d"]))
        if date is not None and 1900 <= year < 2100:
            found.append(_mention((date,), match, 0))
    found.extend(
        _mention((date,), match, 0)
        for match in _THAI_NUMERIC.finditer(text)
        if (date := _buddhist_numeric(match)) is not None
    )
    return found


@functools.cache
def _solar_hijri_pattern() -> tuple[re.Pattern[str], dict[str, int]]:
    """Day, Solar Hijri month name and year ("۶ آذر ۱۴۰۵", "۶ آذرماه ۱۴۰۵"), and month numbers.

    The names are listed in both spellings of "ی" and "ک": Persian, and the Arabic "ي" and "ك"
    some pages type.
    """
    numbers = {
        spelled: number
        for number, names in enumerate(solar_hijri.MONTHS, start=1)
        for name in names
        for arabic_yeh in (name, name.replace("ی", "ي"))
        for spelled in (arabic_yeh, arabic_yeh.replace("ک", "ك"))
    }
    return re.compile(
        rf"(?P<d>\d(?<!\d\d)\d?)\s*(?P<mon>{alternation(sorted(numbers))})(?:\s*ماه)?"
        r"\s*[،,]?\s*(?P<y>1[34]\d\d)(?!\d)"
    ), numbers


def _solar_hijri_dates(text: str) -> list[DateMention]:
    """Solar Hijri dates (Persian pages), made common-era ones: "۶ آذر ۱۴۰۵" is 2026-11-27.

    The month name is the evidence: a Persian month and a year of
    :data:`~newsparse.solar_hijri.YEARS` (no common-era year of a news page).
    """
    pattern, numbers = _solar_hijri_pattern()
    found = []
    for match in pattern.finditer(text):
        date = solar_hijri.to_gregorian(int(match["y"]), numbers[match["mon"]], int(match["d"]))
        if date is not None:
            found.append(_mention((date,), match, 0))
    return found


def _without_overlaps(found: list[DateMention]) -> tuple[DateMention, ...]:
    """``found`` in order of position; of overlapping mentions, the first and longest kept."""
    found.sort(key=lambda m: (m.start, -m.end))
    kept: list[DateMention] = []
    for mention in found:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return tuple(kept)


def _find_ascii_dates(text: str, latest_year: int | None = None) -> tuple[DateMention, ...]:
    """:func:`_find_dates` of a text whose digits, if any, are ASCII."""
    found: list[DateMention] = []
    window_start, window_end = -1, -1
    for year in _YEAR.finditer(text):
        lo, hi = max(0, year.start() - _WINDOW), year.end() + _WINDOW
        if lo <= window_end:
            window_end = hi
            continue
        if window_end >= 0:
            found.extend(_scan(text, window_start, window_end))
        window_start, window_end = lo, hi
    if window_end >= 0:
        found.extend(_scan(text, window_start, window_end))
    if ":" in text and _CLOCK.search(text):
        found.extend(_short_year(_SHORT_YEAR.finditer(text), latest_year=latest_year))
        found.extend(_short_year(_short_year_named().finditer(text), latest_year=latest_year))
    elif len(text) <= _SHORT_LINE_CHARS and (line := _SHORT_YEAR_LINE.fullmatch(text)):
        found.extend(_short_year((line,), "date", latest_year=latest_year))
    if (
        len(text) <= _CUED_LINE_CHARS
        and ("." in text or "/" in text)
        and (cued := _cued_short_years(text))
    ):
        found.extend(_short_year(cued, latest_year=latest_year))
    if len(found) < 2:
        # Most lines hold no date or one: nothing to order or to drop.
        return tuple(found)
    return _without_overlaps(found)


def _cued_short_years(text: str) -> list[re.Match[str]]:
    """The dotted or slashed two-digit-year dates of a short line after a date label or a weekday.

    "Veröffentlicht am 21.02.21", "Stand: 03.05.24", "Publié le 21.02.21", "Mo, 21.02.21",
    "Published: 11/03/17": the label says that the numbers are a date. Bare, or after other
    words ("Version 1.5.24", "Opening Bell 9.3.19", "11.03.17 in Gadgetry", where a US site
    puts the month first, "Mix 1/2/24 of the flour"), they are not read.
    """
    found = []
    matches = chain(
        _CUED_SHORT_YEAR.finditer(text) if "." in text else (),
        _CUED_SLASH_SHORT_YEAR.finditer(text) if "/" in text else (),
    )
    for match in matches:
        words = [w.strip(_LABEL_TRIM) for w in fold(text[: match.start()]).split()]
        words = [w for w in words if w]
        if not words:
            continue
        lex = lexicon()
        if words[-1] in lex.weekdays:
            found.append(match)
            continue
        for size in range(1, min(_CUE_WORDS, len(words)) + 1):
            if is_date_label(" ".join(words[-size:]), lex):
                found.append(match)
                break
    return found


def _short_year(
    matches: Iterable[re.Match[str]], group: str | int = 0, *, latest_year: int | None = None
) -> list[DateMention]:
    """Two-digit-year dates; ambiguous ones keep both readings.

    A two-digit year is this century's unless that lies after ``latest_year`` (the page's
    fetch year; today's by default): "12/31/99" is 1999, as no page dates itself ahead of the
    clock. Put back a century, it is read only from :data:`_SHORT_YEAR_FIRST` on: "03/04/25"
    on a page fetched in 2019 is neither 2025 nor 1925. ``group`` names the part of each
    match that is the date (the whole match by default).
    """
    found: list[DateMention] = []
    this_year = latest_year or 0  # else read from the clock at the first match
    for match in matches:
        a, y = int(match["a"]), 2000 + int(match["y"])
        this_year = this_year or dt.date.today().year
        if y > this_year:
            y -= 100
            if y < _SHORT_YEAR_FIRST:
                # "03/04/25" on a page fetched in 2019: no year of a web page's own.
                continue
        if "mon" in match.re.groupindex:
            # A month name ("27 Mar 20 à 9:21") reads one way.
            named = _make(y, month_number(match["mon"]) or 0, a)
            readings: tuple[dt.date, ...] = (named,) if named else ()
        else:
            b = int(match["b"])
            readings = tuple(
                dict.fromkeys(r for r in (_make(y, b, a), _make(y, a, b)) if r is not None)
            )
        if readings:
            separator = match["s"] if len(readings) > 1 else ""
            found.append(_mention(readings, match, 0, separator, group))
    return found


def _mention(
    readings: tuple[dt.date, ...],
    match: re.Match[str],
    offset: int,
    separator: str = "",
    group: str | int = 0,
) -> DateMention:
    return DateMention(
        readings=readings,
        raw=match[group],
        start=offset + match.start(group),
        end=offset + match.end(group),
        numeric_separator=separator,
    )


def _scan(full: str, offset: int, end: int) -> list[DateMention]:
    """Run every date pattern over ``full[offset:end]``; spans are offsets into ``full``."""
    text = full[offset:end]
    found: list[DateMention] = []
    # Year-first forms: one reading each. A CJK date holds 年 or 년, which few windows do.
    cjk = "年" in text or "년" in text
    # The numeric forms are written with a "-", "/", "." or " | " between their numbers;
    # half the windows (a year in a sentence without a full stop near it) hold none.
    numeric = "." in text or "-" in text or "/" in text or "|" in text
    for pattern in (_ISO, _CJK) if cjk else (_ISO,) if numeric else ():
        for match in pattern.finditer(text):
            date = _make(int(match["y"]), int(match["m"]), int(match["d"]))
            if date:
                found.append(_mention((date,), match, offset))
    for match in _NUMERIC.finditer(text) if numeric else ():
        a, b, y = int(match["a"]), int(match["b"]), int(match["y"])
        readings = tuple(
            dict.fromkeys(r for r in (_make(y, b, a), _make(y, a, b)) if r is not None)
        )
        if readings:
            found.append(_mention(readings, match, offset, match["s"] if len(readings) > 1 else ""))
    if "." in text and _YEAR_FIRST_MARK.search(text):
        for match in _year_first_pattern().finditer(text):
            month = month_number(match["mon"] or match["mon2"] or match["mon3"])
            day = match["d"] or match["d2"] or match["d3"]
            date = _make(int(match["y"]), month, int(day)) if month else None
            if date:
                found.append(_mention((date,), match, offset))
    dmy, mdy = _month_patterns()
    # The month-first pattern tries its month trie at every letter; most windows lack
    # the day-and-year tail it ends in ("… 27, 2019"), which one cheap search rules out.
    for pattern in (dmy, mdy) if _MDY_TAIL.search(text) else (dmy,):
        for match in pattern.finditer(text):
            month = month_number(match["mon"])
            date = _make(int(match["y"]), month, int(match["d"])) if month else None
            if date:
                found.append(_mention((date,), match, offset))
    return found


def find_compact_date(text: str) -> dt.date | None:
    """Return the first eight-digit ``YYYYMMDD`` date in ``text`` (URL paths), if valid."""
    for match in _COMPACT.finditer(text):
        date = _make(int(match["y"]), int(match["m"]), int(match["d"]))
        if date:
            return date
    return None


_CAPTURE_MARKS = (("FILE ARCHIVED ON ", -8000), ("saved date: ", 0))
"""Where a saved HTML page names the moment it was fetched, and where to look for it: the
Wayback Machine's closing comment ("FILE ARCHIVED ON 08:06:12 Feb 17, 2013 AND RETRIEVED
FROM THE INTERNET ARCHIVE ON ...", after ``</html>``: among the last characters) and
SingleFile's opening one ("saved date: Thu Nov 14 2019 10:00:00 GMT+0100"). A negative
start counts from the end; the search spans :data:`_CAPTURE_SPAN` characters."""

_CAPTURE_SPAN = 8000
"""Characters searched for each of :data:`_CAPTURE_MARKS`."""

_CAPTURE_DATE_CHARS = 40
"""Characters read after a capture mark for its date ("08:06:12 Feb 17, 2013")."""


def capture_date(html: str) -> dt.date | None:
    """The day a saved HTML page says it was fetched, by its archiver's comment; else None.

    An archived copy is no later than its capture: the day is the page's own fetch date
    when the caller passes none (:data:`_CAPTURE_MARKS`). Only the archivers' fixed
    wording is read: a "Retrieved" or "accessed" date in the text cites another page, and a
    copyright year is often years stale.
    """
    for mark, start in _CAPTURE_MARKS:
        lo = max(0, len(html) + start) if start < 0 else start
        at = html.find(mark, lo, lo + _CAPTURE_SPAN)
        if at < 0:
            continue
        begin = at + len(mark)
        mentions = find_dates(html[begin : begin + _CAPTURE_DATE_CHARS])
        if mentions and not mentions[0].ambiguous:
            return mentions[0].readings[0]
    return None


def parse_iso(value: str) -> dt.date | None:
    """Read a machine date (ISO 8601 and close variants, or any :func:`find_dates` form).

    Returns a tz-aware ``datetime`` when the value has a time and a zone, else a ``date``;
    ``None`` when no date is found.
    """
    match = _ISO.search(value)
    if match:
        date = _make(int(match["y"]), int(match["m"]), int(match["d"]))
        if date is None:
            return None
        if match["H"] is not None and match["tz"] is not None:
            return _with_time(date, match)
        return date
    mentions = find_dates(value)
    if mentions and not mentions[0].ambiguous:
        return mentions[0].readings[0]
    return None


_CALENDAR_YEAR_FIRST = re.compile(
    r"\s*(?P<y>1[34]\d\d|2[4-6]\d\d)(?P<s>[-/.])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})(?!\d)"
)
"""A machine date that opens with a year of a page calendar: Solar Hijri ("1403-09-05",
"۱۴۰۳/۰۹/۰۵") or Buddhist era ("2567-11-27T10:00:00+07:00", which a CMS set to the Thai locale
writes)."""


def parse_declared(value: str, lang: str | None = None) -> dt.date | None:
    """:func:`parse_iso`, and on a page in ``lang`` its calendar's year-first dates.

    A Persian page may declare "1403-09-05T12:30:00+03:30" (Solar Hijri), a Thai one
    "2567-11-27T10:00:00+07:00" (Buddhist era): the date is made a common-era one, and the
    time and zone after it are kept as :func:`parse_iso` keeps them. Other pages' values,
    and values that read as common-era dates, are :func:`parse_iso`'s.
    """
    date = parse_iso(value)
    if date is not None or lang not in _PAGE_CALENDARS:
        return date
    plain = value.translate(_NATIVE_DIGITS) if not value.isascii() else value
    match = _CALENDAR_YEAR_FIRST.match(plain)
    if match is None:
        return None
    year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
    if lang == "th":
        if year not in _BUDDHIST_YEARS:
            return None
        common = _make(year - _BUDDHIST_ERA, month, day)
    elif year in solar_hijri.YEARS:
        common = solar_hijri.to_gregorian(year, month, day)
    else:
        return None
    if common is None:
        return None
    return parse_iso(common.isoformat() + plain[match.end() :]) or common


def _with_time(date: dt.date, match: re.Match[str]) -> dt.date:
    tz_text = match["tz"]
    if tz_text == "Z":
        tz = dt.UTC
    else:
        sign = -1 if tz_text[0] == "-" else 1
        digits = tz_text[1:].replace(":", "")
        offset = dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        if offset >= dt.timedelta(hours=24):
            return date
        tz = dt.timezone(sign * offset)
    try:
        return dt.datetime(
            date.year,
            date.month,
            date.day,
            int(match["H"]),
            int(match["M"]),
            int(match["S"] or 0),
            tzinfo=tz,
        )
    except ValueError:
        return date
