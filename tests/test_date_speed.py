"""Speed shortcuts of the date and language stages match what they replace."""

from __future__ import annotations

import re
from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from newsparse import dates
from newsparse.date_names import alternation, month_numbers
from newsparse.extract import lang
from newsparse.lexicon import Lexicon, lexicon

# Letters with case quirks (dotted and dotless i, long s, Kelvin sign, sharp s) and more
# first letters than one run of the grouped trie holds.
_TRIE_CHARS = "abcdefghijklmnopIıİſKkßẞéÉ."
_words = st.lists(st.text(_TRIE_CHARS, min_size=1, max_size=4), min_size=1, max_size=30)


def _flat(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@given(_words, st.text(_TRIE_CHARS + " ", max_size=30))
def test_grouped_trie_matches_like_the_flat_alternation(words: list[str], text: str) -> None:
    # The callers end a month name with a non-letter test: backtracking reaches every
    # shorter word, so the longest word that fits wins in both spellings.
    tail = r"(?![^\W\d_])"
    for flags in (0, re.IGNORECASE):
        trie = re.compile(f"(?:{alternation(sorted(words))}){tail}", flags)
        flat = re.compile(f"(?:{_flat(words)}){tail}", flags)
        for start in range(len(text) + 1):
            found, expected = trie.match(text, start), flat.match(text, start)
            assert (found and found.span()) == (expected and expected.span())


def test_month_trie_is_grouped_and_reads_months() -> None:
    pattern = alternation(sorted(month_numbers()))
    assert "(?=[" in pattern
    month = re.compile(f"(?:{pattern})(?![^\\W\\d_])", re.IGNORECASE)
    assert [month.match(w) is not None for w in ("März", "DEZEMBER", "août", "at", "am")] == [
        True,
        True,
        True,
        False,
        False,
    ]


_CLOCK_TEXT = st.lists(
    st.sampled_from(["10", "1", ":", "05", "/", ".", "19", "x", " ", "Mar", "a.m."]), max_size=8
).map("".join)


@given(st.lists(_CLOCK_TEXT, max_size=6))
def test_block_prefilter_keeps_every_clock_and_short_date(texts: list[str]) -> None:
    assert [list(m) for m in dates.find_dates_each(texts)] == [dates.find_dates(t) for t in texts]


def _detect_by_sets(text: str, lex: Lexicon) -> str | None:
    """The Latin-script vote as first written: one set intersection per language."""
    words = Counter(map(str.casefold, lang._words(text[: lang._SAMPLE])))
    best, best_hits = None, 0
    for code, stops in lex.stopwords.items():
        hits = sum(words[w] for w in words.keys() & stops)
        if hits > best_hits:
            best, best_hits = code, hits
    if best_hits < lang._MIN_HITS or best_hits < words.total() * 0.08:
        return None
    return best


_STOPWORD_TEXT = st.lists(
    st.sampled_from(["de", "la", "the", "und", "och", "og", "en", "i", "het", "que", "Le", "x"]),
    max_size=40,
).map(" ".join)


@given(_STOPWORD_TEXT)
def test_stopword_index_votes_like_the_sets(text: str) -> None:
    lex = lexicon()
    assert lang.detect_language(text, lex) == _detect_by_sets(text, lex)
