"""``longest_first``: the trie alternation matches exactly like the flat longest-first one."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from newsparse.lexicon import lexicon, longest_first

_ALPHABET = "abAB sS-éÉ'"
_words = st.lists(st.text(_ALPHABET, min_size=1, max_size=5), min_size=1, max_size=8)


def _flat(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@given(_words, st.text(_ALPHABET, max_size=30), st.booleans())
def test_trie_matches_like_the_flat_alternation(words: list[str], text: str, fold: bool) -> None:
    flags = re.IGNORECASE if fold else 0
    # The tail forces backtracking into shorter words, as the callers' (?!\w) and [ :] do.
    tail = r"(?![\w])"
    flat = re.compile(f"(?:{_flat(words)}){tail}", flags)
    trie = re.compile(f"(?:{longest_first(words)}){tail}", flags)
    assert _spans(trie, text) == _spans(flat, text)
    for start in range(len(text) + 1):
        found, expected = trie.match(text, start), flat.match(text, start)
        assert (found and found.span()) == (expected and expected.span())


def test_lexicon_word_lists_build_a_trie() -> None:
    lex = lexicon()
    # Real cue lists have no two words that differ only by case at one trie node: the trie
    # is built (no fallback to the flat alternation).
    for words in (list(lex.byline_prefixes), list(lex.months)):
        assert longest_first(words) != _flat(words)
    assert lex.month_day.search("published March 5, 2024") is not None
    assert lex.byline_prefix.match("by jane doe") is not None
