"""Prefilters that skip a costly search must never skip a text that it would match."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse import dates
from newsparse.dates import _MDY_TAIL, _month_patterns, find_dates
from newsparse.document import Block
from newsparse.document.from_text import read_text
from newsparse.extract import lang, patterns
from newsparse.extract.features import Cue, Features, describe_all
from newsparse.extract.text_counts import case_counts, cp1252_bytes, mostly_upper
from newsparse.lexicon import lexicon
from newsparse.stream_safe import MARKED_UTF8_RUN, UTF8_MARKS, utf8_may_have_long_run
from tests.test_date_speed import _detect_by_sets

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


# The patterns of dates.py as first written, with each lookbehind before the number; the
# module writes it after the number's first digits so that ``re`` can skip to digits.
_FIRST_SPELLING = {
    "iso": (
        dates._ISO,
        r"(?P<y>(?:19|20)(?<![\d.]\d\d)\d{2})",
        r"(?<![\d.])(?P<y>(?:19|20)\d{2})",
    ),
    "numeric": (
        dates._NUMERIC,
        r"(?P<a>\d(?<![\d.:/-]\d)\d?)",
        r"(?<![\d.:/-])(?P<a>\d{1,2})",
    ),
    "short_year": (
        dates._SHORT_YEAR,
        r"(?P<a>\d(?<![\w.:/-]\d)\d?)",
        r"(?<![\w.:/-])(?P<a>\d{1,2})",
    ),
    "day_month_year": (
        _month_patterns()[0],
        r"(?P<d>\d(?:(?<![\d_]\d)|(?<=(?:19|20)\d\d\d))\d?)",
        r"(?=\d)(?:(?<![\d_])|(?<=(?:19|20)\d\d))(?P<d>\d{1,2})",
    ),
}

_DATE_TOKENS = st.sampled_from(
    [
        *("0", "1", "3", "9", "12", "19", "20", "2019", "1999", "31", "٣", "３", "_", "x"),
        *("Mai", "May", "de", "th", "º", "-", "/", ".", ":", " | ", " ", "T", "Z", "+01:00"),
        *("年", "月"),
    ]
)
_NUMBER = st.sampled_from(["1", "05", "12", "19", "2019", "31", "٣", "003", "24"])
_NUMERIC_TEXT = st.builds(
    # One separator twice, as in a date ("2019-05-12", "3/1/19"), or two (no date).
    lambda before, a, sep, b, sep2, c, after: f"{before}{a}{sep}{b}{sep2 or sep}{c}{after}",
    st.sampled_from(["", "x", "_", ".", "1", "2019", ":", "/", "-", " ", "2020"]),
    _NUMBER,
    st.sampled_from(["-", "/", ".", " | "]),
    _NUMBER,
    st.sampled_from(["", "", "", ":", " "]),
    _NUMBER,
    st.sampled_from(["", " 06:56 AM", "T12:30Z", " at 4:00", "x", "0", " May 2019", ":"]),
)
_DATE_TEXT = st.one_of(
    st.lists(_DATE_TOKENS, max_size=14).map("".join),
    st.lists(_NUMERIC_TEXT, min_size=1, max_size=3).map(" ".join),
)


def _first_spelling(name: str) -> re.Pattern[str]:
    pattern, now, first = _FIRST_SPELLING[name]
    assert now in pattern.pattern
    return re.compile(pattern.pattern.replace(now, first), pattern.flags)


@pytest.mark.parametrize("name", sorted(_FIRST_SPELLING))
@given(text=_DATE_TEXT)
def test_digit_first_patterns_match_as_first_written(name: str, text: str) -> None:
    pattern, first = _FIRST_SPELLING[name][0], _first_spelling(name)
    assert [(m.span(), m.groupdict()) for m in pattern.finditer(text)] == [
        (m.span(), m.groupdict()) for m in first.finditer(text)
    ]


def test_digit_first_patterns_keep_their_refusals() -> None:
    assert [m.group() for m in dates._ISO.finditer("2019-05-03 .2019-05-03 12019-05-03")] == [
        "2019-05-03"
    ]
    dmy = _month_patterns()[0]
    found = dmy.finditer("5 May 2019 15 May 2019x1 May 2019 a_5 May 2019")
    assert [m["d"] for m in found] == ["5", "15", "1"]
    assert [m["d"] for m in _month_patterns()[0].finditer("2019 3 May 2020, 20193 May 2020")] == [
        "3",
        "3",
    ]


@given(st.lists(_DATE_TEXT, max_size=6))
def test_find_dates_each_is_find_dates_of_each_text(texts: list[str]) -> None:
    assert [list(m) for m in dates.find_dates_each(texts)] == [find_dates(t) for t in texts]


def test_find_dates_each_reads_short_lines_and_clock_dates() -> None:
    found = dates.find_dates_each(["10.15.15", "11/19/19 06:56 AM", "1/2/3", "no date"])
    assert [len(m) for m in found] == [1, 1, 0, 0]


_LANG_CHARS = "Thé quick_ß2²½Ⅻ\u0307İ,.’—\u00a0\u2009\t\n\x1cсловоשלוםمرحبا日本語かな한국어ไทยαβ"


@given(st.text(alphabet=_LANG_CHARS, max_size=60))
def test_language_words_are_the_letter_runs(text: str) -> None:
    assert lang._words(text) == lang._WORD.findall(text)


_CP1252_TEXT = "".join(
    char
    for char in map(chr, range(0x250))
    if char.encode("cp1252", "replace") != b"?" or char == "?"
)
"""Every character cp1252 can hold (the folded-word table's alphabet)."""


@given(st.text(alphabet=_CP1252_TEXT + _LANG_CHARS, max_size=60))
def test_language_word_counts_are_the_folded_letter_runs(text: str) -> None:
    # The byte-table count of a cp1252 sample (and the fallback for the rest) is the count
    # of the case-folded letter runs.
    assert lang._folded_words(text) == Counter(map(str.casefold, lang._WORD.findall(text)))


def test_every_cp1252_character_folds_as_in_its_words() -> None:
    text = " ".join(_CP1252_TEXT) + " " + _CP1252_TEXT
    assert lang._folded_words(text) == Counter(map(str.casefold, lang._WORD.findall(text)))


@given(st.text(alphabet=_LANG_CHARS, max_size=60))
def test_a_sample_without_script_characters_has_no_script_counts(text: str) -> None:
    assert bool(lang._ANY_SCRIPT.search(text)) == bool(lang._script_counts(text))


def test_language_detection_still_reads_scripts_and_stopwords() -> None:
    lex = lexicon()
    assert lang.detect_language("これは日本語の文章です。" * 5, lex) == "ja"
    assert (
        lang.detect_language("“Quote” — the cat and the dog of the house in the town", lex) == "en"
    )


_VOTE_WORDS = ("the", "and", "der", "und", "le", "et", "de", "la", "el", "y", "cat", "Haus", "ÉTÉ")
"""Stopwords of several languages, shared ones ("de", "la") and other words."""


@given(st.lists(st.sampled_from(_VOTE_WORDS), max_size=40), st.sampled_from((" ", ", ", ". ")))
def test_language_vote_counts_only_stopwords_as_every_word_was_counted(
    words: list[str], sep: str
) -> None:
    text = sep.join(words)
    assert lang.detect_language(text, lexicon()) == _detect_by_sets(text, lexicon())


@given(st.text(alphabet="aZé ÉßµªΩж1.-", max_size=30))
def test_mostly_upper_is_the_upper_case_share_of_the_letters(text: str) -> None:
    # The lower-case shortcut decides as the full count does.
    upper, letters = case_counts(text)
    assert mostly_upper(text) is (upper / (letters or 1) > 0.6)


_GLUE_FIRST = re.compile(r"[a-z0-9][?!.'’\"”]?(?=[A-Z][a-z])")
"""patterns._GLUE as first written: its match ended where the capital starts."""


@given(st.text(alphabet="aZz09Bb?!.'’\"” Ü", max_size=40), st.integers(0, 45))
def test_glue_pattern_finds_the_capitals_of_its_first_spelling(text: str, span: int) -> None:
    assert [m.start() for m in patterns._GLUE.finditer(text, 0, span)] == [
        m.end() for m in _GLUE_FIRST.finditer(text, 0, span)
    ]


def _separators_first(blocks: tuple[Block, ...], feats: tuple[Features, ...]) -> frozenset[int]:
    """patterns.separators as first written: every short line read, then counted."""
    last = len(blocks) - 1
    candidates = [
        i
        for i, (block, feat) in enumerate(zip(blocks, feats, strict=True))
        if feat.words <= 3
        and feat.prose == 0
        and feat.cue is Cue.NONE
        and 0 < i < last
        and not any(map(str.isdigit, block.text))
    ]
    long = [feat.prose > 0 and feat.words >= 15 for feat in feats]
    between = Counter(feats[i].folded for i in candidates if long[i - 1] and long[i + 1])
    return frozenset(i for i in candidates if between[feats[i].folded] >= 3)


_PARAGRAPHS = (
    "The council said on Tuesday that the new night bus routes would start running in "
    "the spring, with buses every twenty minutes on the busiest corridors of the city.",
    "Officials estimated that the expansion would cost about four million a year, paid "
    "in part by a levy on late venues that several of their owners strongly oppose.",
)
_SHORT_LINES = ("Article content", "Story", "Story 2", "Menu", "Share", "Comments", "Fine.")
_PAGE_LINES = st.lists(
    st.tuples(st.sampled_from(_PARAGRAPHS), st.sampled_from(_SHORT_LINES), st.integers(0, 3)),
    max_size=12,
).map(lambda units: [line for p, s, k in units for line in (p, s, s, s)[: k + 1]])


@given(_PAGE_LINES)
def test_separators_are_those_of_the_first_spelling(lines: list[str]) -> None:
    doc = read_text("\n".join(lines))
    feats = tuple(describe_all(doc.blocks, lexicon()))
    assert patterns.separators(doc.blocks, feats) == _separators_first(doc.blocks, feats)


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


def _strict_cp1252(text: str) -> bytes:
    """The old :func:`cp1252_bytes`: the strict codec, ``b""`` on an encoding error."""
    try:
        return text.encode("cp1252")
    except UnicodeEncodeError:
        return b""


_CP1252_MIX = st.text(
    st.one_of(
        st.characters(max_codepoint=0x2200),
        st.sampled_from("é—“”‘’€™ŒœŠšŸŽžƒˆ˜\x81\x8d\x8f\x90\x9d\x80\x9fЖ中한\ud800"),
    ),
    max_size=40,
)


@given(_CP1252_MIX)
def test_cp1252_bytes_matches_the_strict_codec(text: str) -> None:
    # Encoding with "ignore" and comparing lengths must accept and refuse as the strict
    # codec does (which raised an exception on every non-Western line).
    assert cp1252_bytes(text) == _strict_cp1252(text)
