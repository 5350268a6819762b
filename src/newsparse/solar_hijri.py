"""The Solar Hijri (Persian, Jalali) calendar of Iran and Afghanistan, converted exactly.

Persian pages date their stories in it ("۶ آذر ۱۴۰۵" is 27 November 2026). Its year starts at
the March equinox; which years are leap years follows the break-year arithmetic of
Borkowski's algorithm (the one of the jalaali libraries), which agrees with the astronomical
calendar for every year this module reads (:data:`YEARS`, checked against the equinoxes).
"""

from __future__ import annotations

import datetime as dt

__all__ = ["MONTHS", "YEARS", "to_gregorian"]

MONTHS: tuple[tuple[str, ...], ...] = (
    ("فروردین", "حمل", "وری"),
    ("اردیبهشت", "ثور", "غویی"),
    ("خرداد", "جوزا", "جوزاء", "غبرګولی", "غبرگولی"),
    ("تیر", "سرطان", "چنګاښ", "چنگاښ"),
    ("مرداد", "امرداد", "اسد", "زمری"),
    ("شهریور", "سنبله", "وږی"),
    ("مهر", "میزان", "تله"),
    ("آبان", "عقرب", "لړم"),
    ("آذر", "قوس", "لیندۍ", "لیندی"),
    ("دی", "جدی", "مرغومی"),
    ("بهمن", "دلو", "سلواغه"),
    ("اسفند", "حوت", "کب"),
)
"""The twelve month names, Farvardin first, in Persian spelling (a page may write "ي" for "ی":
:func:`newsparse.dates` reads both), then the Afghan (Dari) names of the same months, the
zodiac signs ("۶ قوس ۱۴۰۵" is "۶ آذر ۱۴۰۵"), then the Pashto ones ("۶ لیندۍ ۱۴۰۵"; "ګ" is
also typed as the Persian "گ", and the final "ۍ" as "ی")."""

YEARS = range(1300, 1500)
"""Solar Hijri years read as such (1921-2121 in the common era): no year of a news page's
common-era dates, which start with "19" or "20"."""

_BREAKS = (-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262,
           2324, 2394, 2456, 3178)  # fmt: skip
"""The years where the 33-year leap cycle restarts (Borkowski's break years)."""


def _first_day(year: int) -> tuple[dt.date, bool]:
    """1 Farvardin of ``year`` and whether ``year`` is a leap year (Esfand has 30 days)."""
    # Leap years of the Solar Hijri calendar up to this year, counted cycle by cycle.
    leaps, start, jump = -14, _BREAKS[0], 0
    for end in _BREAKS[1:]:
        jump = end - start
        if year < end:
            break
        leaps += jump // 33 * 8 + jump % 33 // 4
        start = end
    n = year - start
    leaps += n // 33 * 8 + (n % 33 + 3) // 4
    if jump % 33 == 4 and jump - n == 4:
        leaps += 1
    gregorian = year + 621
    gregorian_leaps = gregorian // 4 - (gregorian // 100 + 1) * 3 // 4 - 150
    first = dt.date(gregorian, 3, 20 + leaps - gregorian_leaps)
    if jump - n < 6:
        n = n - jump + (jump + 4) // 33 * 33
    # Years since the last leap year: 0 for a leap year. (n + 1) % 33 - 1 is -1 at most
    # once a cycle; that year lies four years after a leap year.
    since_leap = ((n + 1) % 33 - 1) % 4 if (n + 1) % 33 else 4
    return first, since_leap == 0


def to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """The common-era date of a Solar Hijri one; None when the day does not exist."""
    if year not in YEARS or not 1 <= month <= 12 or day < 1:
        return None
    first, leap = _first_day(year)
    length = 31 if month <= 6 else 30 if month <= 11 else 30 if leap else 29
    if day > length:
        return None
    days = (month - 1) * 31 - max(0, month - 7) + day - 1
    return first + dt.timedelta(days=days)
