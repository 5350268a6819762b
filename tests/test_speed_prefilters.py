"""Prefilters that skip a costly search must never skip a text that it would match."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from newsparse.dates import _MDY_TAIL, _month_patterns, find_dates
from newsparse.stream_safe import MARKED_UTF8_RUN, UTF8_MARKS, utf8_may_have_long_run

_GLUE = st.sampled_from([" ", " ", " ", "", "  ", "\u00a0", ", ", ".", "\t", "x"])
_MONTH_FIRST = st.tuples(
    st.sampled_from(["", "Published", "GEAR", "on "]),
    st.sampled_from(["August", "Aug", "AUG", "Mai", "mars", "Dec", "dicembre", "Sept"]),
    _GLUE,
    _GLUE,
    st.integers(0, 40).map(str),
    st.sampled_from(["", "st", "ND", "th", "ſt", "x"]),
    _GLUE,
    _GLUE,
    st.integers(1980, 2030).map(str),
    st.sampled_from(["", "0", " ", "!"]),
).map("".join)


@given(_MONTH_FIRST)
def test_month_first_dates_hold_the_tail(text: str) -> None:
    _, mdy = _month_patterns()
    if mdy.search(text):
        assert _MDY_TAIL.search(text)


def test_month_first_dates_are_still_found() -> None:
    found = find_dates("Posted August 27, 2019 and Aug. 3 2020; PublishedMarch 3, 2020")
    assert [m.readings[0] for m in found] == [
        dt.date(2019, 8, 27),
        dt.date(2020, 8, 3),
        dt.date(2020, 3, 3),
    ]


# Bytes around and inside runs of marked bytes (continuation bytes, the lead bytes of
# combining marks), at every offset against the sampling stride.
_MARKED_BYTES = st.lists(
    st.one_of(
        st.binary(min_size=1, max_size=3),
        st.integers(min_value=1, max_value=80).map(
            lambda n: b"\xcc\x81" * (n // 2) + b"\x80" * (n % 2)
        ),
        st.sampled_from([b"a", b" ", b"<p>", b"\xe2\x80\x9c", b"\xd6\xb0"]),
    ),
    max_size=12,
).map(b"".join)


@given(_MARKED_BYTES)
def test_sampled_utf8_run_check_never_skips_a_run(data: bytes) -> None:
    full = MARKED_UTF8_RUN in data.translate(UTF8_MARKS)
    assert utf8_may_have_long_run(data) == full


def test_sampled_utf8_run_check_finds_the_shortest_runs_at_every_offset() -> None:
    for offset in range(20):
        for length in range(56, 70):
            data = b"a" * offset + b"\x80" * length + b"z"
            assert utf8_may_have_long_run(data) == (MARKED_UTF8_RUN in data.translate(UTF8_MARKS))
