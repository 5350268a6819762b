"""Fast paths agree with the plain code they replace: word and case counts, line folding,
list items, duplicate body blocks."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import example, given
from hypothesis import strategies as st

from newsparse.document import BlockKind, text_block
from newsparse.document.from_text import _folded, _kind, _kinds
from newsparse.extract.block_labels import _drop_duplicates
from newsparse.extract.features import _INNER_SENTENCE
from newsparse.extract.text_counts import CJK_CHAR, word_count
from newsparse.extract.text_counts import case_counts as _case_counts
from newsparse.model import Label

_REFERENCE_MARKS = "\u200c\u200d" + "".join(
    chr(code)
    for code in [*range(0x0300, 0x0370), *range(0x0590, 0x0E00)]
    if unicodedata.category(chr(code)).startswith("M")
)
"""Combining marks (and the zero-width joiners) that continue a word: a Devanagari vowel
sign, an Arabic haraka or a Hebrew point is no ``\\w`` character, yet part of its word."""

_PART = f"[^\\W_](?:[^\\W_]|[{_REFERENCE_MARKS}])*"

_REFERENCE_WORD = re.compile(rf"{_PART}(?:[-'’]{_PART})*")
"""The word definition :func:`word_count` implements (letters/digits and marks, inner joiners)."""

_PLAIN_INNER_SENTENCE = re.compile(r"[^\W\d_]{2}[.!?。！？][\"”’»]?\s+\S")
"""A sentence boundary inside a text, written from its first letter."""

_ALPHABET = "ab1_ -'’.,\t\u00a0²ªéÿ—–“”€µ¼ж中한\u0301क\u093f\u094d\u0964\u200d\u064bب\u05b8ש"


def _reference_count(text: str) -> int:
    words = len(_REFERENCE_WORD.findall(text))
    cjk = len(CJK_CHAR.findall(text))
    return max(words, cjk // 2 + words // 2) if cjk else words


@given(st.text(alphabet=_ALPHABET, max_size=30))
@example("a-b-c-d-e")
@example("don’t stop--now -x- 'y' a--b")
@example("snake_case_name 12_000")
@example("Log in  2 x")
@example("a\x1fb\x0bc_ d")
@example("समस्तीपुर पुलिस मध्\u200dय -\u093f")
def test_word_count_matches_the_word_regex(text: str) -> None:
    assert word_count(text) == _reference_count(text)


def test_word_count_keeps_marks_in_their_word() -> None:
    # A Devanagari vowel sign or virama, or a joiner, is no word character to ``re``, yet
    # inside its word: seven words, not thirteen.
    assert word_count("समस्तीपुर पुलिस ने 2 बदमाशों को पकड़ा") == 7
    assert word_count("मध्\u200dय प्रदेश") == 2
    # A decomposed accent continues its word too.
    assert word_count("cafe\u0301 ouvert") == 2
    # So do Arabic harakat and Hebrew points: three words and two, not eleven and six.
    assert word_count("مُحَمَّدٌ رَسُولُ اللَّهِ") == 3
    assert word_count("שָׁלוֹם עוֹלָם") == 2


@given(st.lists(st.text(alphabet=" \t\u00a0\u2009\u200b\x0bab.é", max_size=12), max_size=6))
def test_folded_folds_white_space_like_split_and_join(lines: list[str]) -> None:
    stripped = [line.strip() for line in lines]
    doubled = "  " in "\n".join(lines)
    assert _folded(stripped, doubled=doubled) == [" ".join(line.split()) for line in lines]


@given(st.lists(st.text(alphabet="*-–•1٣2.) a\t", min_size=1, max_size=8), max_size=6))
@example(["1. one", "- two", "٣) three", "12 x", "•  y"])
def test_kinds_match_the_kind_of_each_line(texts: list[str]) -> None:
    assert _kinds(texts) == [_kind(text) for text in texts]


@given(st.text(alphabet=_ALPHABET + "ABÉŸŽ", max_size=30))
def test_case_counts_match_per_character_tests(text: str) -> None:
    expected = (sum(map(str.isupper, text)), sum(map(str.isalpha, text)))
    assert _case_counts(text) == expected


@given(st.text(alphabet='ab1_.!?。 \t”"x', max_size=12))
def test_inner_sentence_search_starts_at_the_stop(text: str) -> None:
    assert bool(_INNER_SENTENCE.search(text)) == bool(_PLAIN_INNER_SENTENCE.search(text))


@given(
    st.lists(
        st.tuples(st.booleans(), st.text(alphabet="aAßS ẞs", min_size=1, max_size=6)), max_size=8
    )
)
@example([(True, "Straße a"), (True, "STRASSE A"), (True, "strasse")])
def test_duplicate_body_blocks_found_as_by_casefolding_each(rows: list[tuple[bool, str]]) -> None:
    blocks = tuple(
        text_block(i, text, (i, i), BlockKind.TEXT, 0) for i, (_, text) in enumerate(rows)
    )
    labels = [Label.BODY if body else Label.UNKNOWN for body, _ in rows]
    reasons = [""] * len(rows)
    _drop_duplicates(labels, reasons, blocks, 0, len(rows))
    seen: set[str] = set()
    for i, (body, text) in enumerate(rows):
        if body:
            assert (labels[i] is Label.BOILERPLATE) is (text.casefold() in seen)
            seen.add(text.casefold())


_LATIN1_ALPHABET = "".join(map(chr, range(256))) + "’“€ж"


@given(st.text(alphabet=_LATIN1_ALPHABET, min_size=14, max_size=40))
@example("Jobbörse × ÷ ½ µ ª º ¹ naïve-élan d'été \x85\x9f\xa0ß")
@example("S’abonner à l’édition du matin")
@example("Über die Währungsrechner-Suche")
def test_word_count_of_one_byte_lines_matches_the_word_regex(text: str) -> None:
    # Lines of Latin-1 characters are counted on their Latin-1 bytes (C1 controls included,
    # where cp1252 has its curly quotes), the others on cp1252 bytes or by the regex.
    assert word_count(text) == _reference_count(text)
