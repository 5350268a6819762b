"""The byline memo and the only-names prefilters never change a reading."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from newsparse.extract import byline_lines, byline_parts, byline_pieces
from newsparse.extract.byline_lines import could_be_names, only_names, read_byline
from newsparse.extract.byline_names import PARTICLES
from newsparse.lexicon import lexicon

_WORDS = st.sampled_from(
    ["Jane", "Doe", "John", "Roe", "van", "der", "Berg", "and", "AND", "und", "et", "By", "by",
     "Staff", "Reuters", "the", "news", "|", "·", "&", "+", "/", ",", "Jane,", "Doe;", "3",
     "May", "2024", "12:30", "Updated", "Max", "Muster", "O'Neil", "Ana-María", "José"]
)  # fmt: skip
_NAMES = st.lists(
    st.sampled_from(["Jane Doe", "John Roe", "Max van der Berg", "José Ana-María", "Jane"]),
    min_size=1,
    max_size=4,
)
_JOINTS = st.sampled_from([", ", " and ", " AND ", " und ", " & ", " + ", " / ", "; ", " "])
_NAME_LISTS = st.tuples(_NAMES, _JOINTS).map(lambda t: t[1].join(t[0]))
_LINES = st.one_of(st.lists(_WORDS, max_size=12).map(" ".join), _NAME_LISTS)


def _only_names_unfiltered(text: str) -> bool:
    """only_names as it read before the memo and the prefilters."""
    lex = lexicon()
    if not could_be_names(text, lex):
        return False
    tokens = text.split()
    names = byline_parts.read_names(" ".join(tokens), lex, frozenset())
    if len(names) < 2:
        return False
    joints = sum(
        t.casefold() in lex.author_conjunctions or not any(c.isalnum() for c in t) for t in tokens
    )
    return sum(n.count(" ") + 1 for n in names) + joints == len(tokens)


@given(_LINES)
def test_only_names_prefilters_change_nothing(text: str) -> None:
    assert only_names(text, lexicon()) == _only_names_unfiltered(text)


@given(_LINES)
def test_memo_returns_the_fresh_reading(text: str) -> None:
    lex = lexicon()
    first = read_byline(text, lex)
    byline_lines._MEMOS.clear()
    assert read_byline(text, lex) == first == byline_lines._read_byline(text, lex, frozenset())


def test_only_names_reads_a_list_of_names() -> None:
    for line in (
        "Jane Doe, John Roe and Max Muster",
        "Jane Doe and John Roe",
        "Jane Doe, John Roe",
    ):
        assert only_names(line, lexicon())
    assert not only_names("Jane Doe John Roe", lexicon())


_FLAT_SPLIT = re.compile(r"\s*(?:,|;|\s&\s|\s\+\s|\s/\s)\s*")
"""The name separators written flat, as they read before the scan was sped up."""


@given(st.text(alphabet=" ,;&+/a\t\u00a0b", max_size=16), st.integers(0, 2))
def test_name_split_matches_the_flat_pattern(text: str, maxsplit: int) -> None:
    assert byline_pieces.split_parts(text, maxsplit) == _FLAT_SPLIT.split(text, maxsplit)


def _could_be_names_unfiltered(text: str) -> bool:
    """could_be_names without its title-case shortcut."""
    lex = lexicon()
    tokens = byline_pieces.TAIL.sub("", text).split()
    while tokens and tokens[-1].casefold() in lex.all_stopwords:
        tokens.pop()
    return not any(
        token[:1].islower()
        and token.casefold() not in PARTICLES
        and token.casefold() not in lex.author_conjunctions
        for token in tokens
    )


@given(st.one_of(_LINES, st.text(alphabet="aAbB ßǅªΣς(3-|,", max_size=12)))
def test_title_case_shortcut_changes_nothing(text: str) -> None:
    assert could_be_names(text, lexicon()) == _could_be_names_unfiltered(text)
