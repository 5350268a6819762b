"""The per-parse block dates (``Context.block_dates``) agree with ``find_dates``."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from newsparse.dates import find_dates
from newsparse.document import Block
from newsparse.extract import find_block_dates

_DIGIT = re.compile(r"\d")


def _block(i: int, text: str) -> Block:
    return Block(index=i, text=text, lines=(i, i + 1))


# Letters and punctuation of dates in several scripts, and numbers that are no decimal
# digits ("²", "½", "Ⅻ"): find_block_dates skips lines without a digit unread.
_DATE_CHARS = "JanuaryMärzmaiSeptOct. ,/-:年月日년월일 ²½Ⅻ\n"


@given(st.text(alphabet=_DATE_CHARS, max_size=40))
def test_a_line_without_a_digit_holds_no_date(text: str) -> None:
    assert _DIGIT.search(text) is None
    assert find_dates(text) == []


@given(st.lists(st.text(alphabet=_DATE_CHARS + "0129٣３", max_size=30), max_size=6))
def test_block_dates_are_find_dates_of_each_block(texts: list[str]) -> None:
    blocks = tuple(_block(i, t) for i, t in enumerate(texts))
    assert [list(m) for m in find_block_dates(blocks)] == [find_dates(t) for t in texts]


def test_block_dates_read_a_date_line() -> None:
    blocks = (_block(0, "Menu"), _block(1, "March 3, 2024"))
    found = find_block_dates(blocks)
    assert not found[0]
    assert [m.readings for m in found[1]] == [find_dates("March 3, 2024")[0].readings]
