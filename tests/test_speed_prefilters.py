"""Prefilters that skip a costly search must never skip a text that it would match."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from newsparse.dates import _MDY_TAIL, _month_patterns, find_dates

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
