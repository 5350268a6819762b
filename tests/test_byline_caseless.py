"""Bylines in scripts without case (Arabic, Persian, Hebrew, Indic): read after a prefix only."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.extract.byline_names import caseless_names
from newsparse.lexicon import lexicon
from tests.test_dates_calendars import _FA_HEADLINE, _FA_PARAGRAPHS


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("نویسنده: علی رضایی", ("علی رضایی",)),
        ("بقلم: علي رضا", ("علي رضا",)),
        ("लेखक: राम शर्मा", ("राम शर्मा",)),
        # Two names, parted by the conjunction or the Arabic comma.
        ("نویسنده: علی رضایی و مریم احمدی", ("علی رضایی", "مریم احمدی")),
        ("بقلم: علي رضا، محمد حسن", ("علي رضا", "محمد حسن")),
        # A date of the page calendar that the line's cuts left ends the name.
        ("نویسنده: علی رضایی ۰۵/۰۹/۱۴۰۳", ("علی رضایی",)),
        # Negative: no prefix, no evidence that two words are a name.
        ("علی رضایی", ()),
        # Negative: function words are no name.
        ("نویسنده: در این باره", ()),
    ],
)
def test_a_prefixed_byline_in_a_caseless_script(line: str, authors: tuple[str, ...]) -> None:
    article = newsparse.parse("\n\n".join((_FA_HEADLINE, line, *_FA_PARAGRAPHS)), language="fa")
    assert article.authors == authors


@pytest.mark.parametrize(
    "piece",
    [
        "Jane Doe",  # cased: is_name's
        "علی",  # one word
        "علی رضایی محمد حسن احمد",  # five words: a phrase, not a name
        "علی Doe",  # mixed scripts
        "",
    ],
)
def test_caseless_names_reads_only_names_of_such_a_script(piece: str) -> None:
    assert caseless_names(piece, lexicon()) == ()
