"""Relative time stamps ("3 hours ago", "vor 2 Stunden", "3 時間前") read against the page's clock.

The clock is the moment the page was fetched (``parse(fetched=...)``, or the capture day of an
archived copy); a page without one gets no date from a stamp, whatever its metadata or its
copyright line says. Only minutes, hours and days name a day.
"""

from __future__ import annotations

import datetime as dt

import pytest

import newsparse
from newsparse.relative_dates import relative_day, relative_mentions
from tests.test_layout import _PARAS

D = dt.date
_CLOCK = D(2026, 11, 27)
_BODY = "\n\n".join(_PARAS[:4])


def _page(*lines: str) -> str:
    return "\n\n".join(("Home", "City expands night bus network", *lines, _BODY))


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("3 hours ago", D(2026, 11, 27)),
        ("vor 2 Stunden", D(2026, 11, 27)),
        ("vor 2 Tagen", D(2026, 11, 25)),
        ("il y a 3 heures", D(2026, 11, 27)),
        ("hace 2 días", D(2026, 11, 25)),
        ("há 2 dias", D(2026, 11, 25)),
        ("2 giorni fa", D(2026, 11, 25)),
        ("3 dagen geleden", D(2026, 11, 24)),
        ("2 dni temu", D(2026, 11, 25)),
        ("před 2 dny", D(2026, 11, 25)),
        ("2 дня назад", D(2026, 11, 25)),
        ("2 дні тому", D(2026, 11, 25)),
        ("πριν από 2 ημέρες", D(2026, 11, 25)),
        ("2 saat önce", D(2026, 11, 27)),
        ("2 hari yang lalu", D(2026, 11, 25)),
        ("2 ngày trước", D(2026, 11, 25)),
        ("pirms 2 dienām", D(2026, 11, 25)),
        ("منذ ٣ أيام", D(2026, 11, 24)),
        ("2 روز پیش", D(2026, 11, 25)),
        ("2 दिन पहले", D(2026, 11, 25)),
        ("3 วันที่แล้ว", D(2026, 11, 24)),
        ("3 時間前", D(2026, 11, 27)),
        ("3小时前", D(2026, 11, 27)),
        ("3일 전", D(2026, 11, 24)),
        ("30 hours ago", D(2026, 11, 26)),
    ],
)
def test_a_stamp_names_a_day_against_the_clock(stamp: str, day: dt.date) -> None:
    assert [m.readings for m in relative_mentions(stamp, _CLOCK)] == [(day,)]
    assert newsparse.parse(_page("By Jane Doe", stamp), fetched=_CLOCK).published == day


@pytest.mark.parametrize(
    "text",
    [
        "3 weeks ago",  # rounded down from up to twenty days: no day
        "2 months ago",
        "1.5 hours ago",  # a decimal: no site's stamp
        "12月3日前",  # "before 3 December"
        "5월 3일 전",
        "abc3 days ago",
    ],
)
def test_no_day_from_a_coarse_or_lookalike_stamp(text: str) -> None:
    assert relative_mentions(text, _CLOCK) == []


def test_a_stamp_in_a_sentence_is_no_date_line() -> None:
    sentence = (
        "The council met 2 days ago to vote on the plan, which the mayor had announced in"
        " spring after a long study of the routes that the city runs at night and at weekends."
    )
    assert relative_mentions(sentence, _CLOCK) == []


def test_a_datetime_clock_counts_hours_exactly() -> None:
    tokyo = dt.timezone(dt.timedelta(hours=9))
    clock = dt.datetime(2026, 11, 27, 1, 0, tzinfo=tokyo)
    assert relative_day(3, "hours", clock) == D(2026, 11, 26)
    assert relative_day(3, "hours", clock.date()) == D(2026, 11, 27)
    article = newsparse.parse(_page("By Jane Doe", "3 時間前"), fetched=clock)
    assert article.published == D(2026, 11, 26)


@pytest.mark.parametrize(
    "extra",
    [
        "",
        # A copyright year and a declared-looking date elsewhere are no clock.
        "© 2019 Example News",
    ],
)
def test_without_a_clock_a_stamp_is_no_date(extra: str) -> None:
    lines = ("By Jane Doe | 2 days ago",) + ((extra,) if extra else ())
    assert newsparse.parse(_page(*lines)).published is None


def test_an_archived_copys_capture_day_is_its_clock() -> None:
    article = (
        "<html><head><title>City expands night bus network</title></head><body><article>"
        "<h1>City expands night bus network</h1><p>By Jane Doe</p><p>2 days ago</p>"
        + "".join(f"<p>{p}</p>" for p in _PARAS[:4])
        + "</article></body></html>"
    )
    comment = (
        "<!--\n     FILE ARCHIVED ON 08:06:12 Feb 17, 2013 AND RETRIEVED FROM THE\n"
        "     INTERNET ARCHIVE ON 10:11:29 Oct 14, 2020.\n-->"
    )
    assert newsparse.parse(article + comment).published == D(2013, 2, 15)
    assert newsparse.parse(article).published is None


def test_a_stamp_is_never_after_the_clock() -> None:
    for count in range(0, 1000, 7):
        for unit in ("minutes", "hours", "days"):
            day = relative_day(count, unit, _CLOCK)
            assert day is not None
            assert day <= _CLOCK


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("an hour ago", D(2026, 11, 27)),
        ("a day ago", D(2026, 11, 26)),
        ("vor einem Tag", D(2026, 11, 26)),
        ("il y a un jour", D(2026, 11, 26)),
        ("hace un día", D(2026, 11, 26)),
        ("Yesterday at 10:30", D(2026, 11, 26)),
        ("gestern, 14:07 Uhr", D(2026, 11, 26)),
        ("Heute, 09:15", D(2026, 11, 27)),
        ("hier à 10h30", D(2026, 11, 26)),
        ("Ayer a las 10:30", D(2026, 11, 26)),
        ("i går kl. 10.30", D(2026, 11, 26)),
        ("昨日 10:30", D(2026, 11, 26)),
        ("어제 10:30", D(2026, 11, 26)),
    ],
)
def test_a_count_of_one_in_words_and_a_day_word_before_a_time(stamp: str, day: dt.date) -> None:
    assert [m.readings for m in relative_mentions(stamp, _CLOCK)] == [(day,)]


@pytest.mark.parametrize(
    "text", ["Yesterday", "What happened yesterday", "Today show at 8:00", "a week ago"]
)
def test_a_day_word_without_a_time_is_no_stamp(text: str) -> None:
    assert relative_mentions(text, _CLOCK) == []
