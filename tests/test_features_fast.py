"""Shortcuts of the feature pass agree with the plain tests they stand in for."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from newsparse.document import Block, BlockKind
from newsparse.extract.features import (
    _CREDIT_SHAPE,
    _SENTENCE_END,
    _SPACED_SLASH,
    _STOP_TAILS,
    _STOPS,
    Cue,
    _credit_shape,
    _cue,
    _is_credit,
    _line_cues,
    _names_source,
    describe,
    describe_all,
    tag_label,
)
from newsparse.lexicon import fold, lexicon

_SPACES = " \t\n\r\x0b\x0c\x1c\x1f\x85\u00a0\u1680\u2000\u2009\u200a\u2028\u2029\u202f\u3000"
"""Every kind of white space ``str.split`` splits at (and the zero-width space, which it
does not)."""

_TEXT = st.text(alphabet="aZé" + "e\u0301" + "ſẞİ:|»-—*#©(c)/" + _SPACES + "\u200b", max_size=20)


def _plain_fold(text: str) -> str:
    # Case folding can leave a text unnormalised ("ẞ" + acute folds to "ss" + acute, which
    # composes to "sś"); a Turkish "İ" is an "i" (its case fold adds a combining dot above).
    folded = unicodedata.normalize("NFC", text).casefold()
    text = unicodedata.normalize("NFC", folded).replace("i\u0307", "i")
    return " ".join(text.split()).strip(" :|»«>•·-–—*#")


@given(_TEXT)
@example("A  b")
@example(" Tags: ")
@example("a\u00a0b")
@example("e\u0301 \u2028")
@example("\u1e9e\u0301")
def test_fold_matches_normalise_casefold_split_and_join(text: str) -> None:
    assert fold.__wrapped__(text) == _plain_fold(text)


@given(st.text(alphabet="ab .!?…。”’)）（x\n", min_size=1, max_size=14))
@example("Said so.”")
@example("中文。（编译/林）")
@example("end.\n")
def test_sentence_end_shortcut_matches_the_search(text: str) -> None:
    last = text[-1]
    shortcut = last in _STOPS or (last in _STOP_TAILS and bool(_SENTENCE_END.search(text)))
    assert shortcut == bool(_SENTENCE_END.search(text))


def _plain_is_credit(folded: str, text: str) -> bool:
    lex = lexicon()
    if folded.startswith(("©", "(c)")) or (len(text) < 80 and _CREDIT_SHAPE.search(text)):
        return True
    if len(text) < 80 and _SPACED_SLASH.search(text):
        # A spaced slash on a line of words alone needs a source by it (or a byline).
        words_only = re.fullmatch(r"[^\W\d_]+(?:[\s/'’-]+[^\W\d_]+)*", text) is not None
        byline = lex.byline_prefix.match(folded) is not None
        if not words_only or byline or _names_source(folded, lex):
            return True
    head = folded.split(":", 1)[0].strip() if ":" in folded[:20] else ""
    return bool(head) and head in lex.credit_cues


@given(st.text(alphabet="aCé ©()/|:Ⓒ", max_size=16))
@example("(C) Agency")
@example("Photo: X")
@example("Getty Images: a b")
@example("a / C")
@example("/C")
def test_credit_mark_prefilter_never_skips_a_credit(text: str) -> None:
    folded = fold(text)
    assert _is_credit(folded, text, lexicon()) == _plain_is_credit(folded, text)


def _plain_line_cue(folded: str) -> tuple[Cue, str] | None:
    lex = lexicon()
    for cue, lines in (
        (Cue.WIDGET, lex.widget_lines),
        (Cue.COMMENT_HEADING, lex.comment_headings),
        (Cue.SIDEBAR_HEADING, lex.sidebar_headings),
        (Cue.NAVIGATION, lex.navigation_lines),
    ):
        if folded in lines:
            return cue, folded
    label = tag_label(folded, lex) if ":" in folded or folded in lex.tag_labels else ""
    return (Cue.TAGS, label) if label else None


def test_line_cue_table_keeps_the_order_of_the_lists() -> None:
    lex = lexicon()
    table = _line_cues(lex)
    lines = (
        lex.widget_lines
        | lex.comment_headings
        | lex.sidebar_headings
        | lex.navigation_lines
        | lex.tag_labels
    )
    for line in lines:
        expected = _plain_line_cue(line)
        if ":" not in line:
            assert table[line] == expected
        found = _cue(line, line, 1, lex, table)
        if found[0] is not Cue.WIDGET:
            # (a widget shape such as "a a" wins over any list, before and after)
            assert found == expected


_BLOCKS = st.lists(
    st.builds(
        lambda i, text, kind, link, path: Block(
            index=i, text=text, lines=(i, i), kind=kind, link_chars=link, tag_path=path
        ),
        st.integers(0, 9),
        st.sampled_from(
            ["Home", "Read the whole story now, she said.", "a a a", "Photo: AP", "[Search]"]
        ),
        st.sampled_from(
            [BlockKind.TEXT, BlockKind.HEADING, BlockKind.LIST_ITEM, BlockKind.CAPTION]
        ),
        st.sampled_from([0, 4]),
        st.sampled_from(["", "div/p", "main/p"]),
    ),
    max_size=12,
)


@given(_BLOCKS)
def test_blocks_of_one_text_share_features_only_when_alike(blocks: list[Block]) -> None:
    lex = lexicon()
    assert describe_all(blocks, lex) == [describe(block, lex) for block in blocks]


def test_a_button_line_after_the_same_text_as_prose_keeps_its_own_features() -> None:
    # A lynx button "[Search]" (a caption-kind block) shares its text with an earlier
    # ordinary line; only the button is a form widget.
    lex = lexicon()
    line = Block(index=0, text="[Search]", lines=(0, 0), kind=BlockKind.TEXT)
    button = Block(index=1, text="[Search]", lines=(1, 1), kind=BlockKind.CAPTION)
    assert describe_all([line, button], lex) == [describe(line, lex), describe(button, lex)]


@pytest.mark.parametrize(
    ("line", "widget"),
    [
        ("teilen teilen", True),  # an icon's label and the button's text, both printed
        ("share on facebook share on facebook", True),
        ("home home", False),  # a navigation line twice is no widget
        ("teilen teilen teilen", False),
        ("teilenteilen", False),
    ],
)
def test_a_widget_line_printed_twice_is_a_widget(line: str, widget: bool) -> None:
    lex = lexicon()
    found = _cue(line, line, len(line.split()), lex, _line_cues(lex))
    assert (found[0] is Cue.WIDGET) is widget


@pytest.mark.parametrize(
    ("line", "widget"),
    [
        ("advertisement 2", True),  # an ad slot's label with the slot's number
        ("anzeige 3", True),
        ("publicité 1", True),
        ("advertisement", True),
        ("advertisement 2024", False),  # a year, no slot number
        ("chapter 2", False),  # no ad label
        ("share 2", False),  # other widget lines take no number
    ],
)
def test_a_numbered_ad_label_is_a_widget(line: str, widget: bool) -> None:
    lex = lexicon()
    found = _cue(line, line, len(line.split()), lex, _line_cues(lex))
    assert (found[0] is Cue.WIDGET) is widget


@given(
    st.lists(
        st.sampled_from(
            [
                *("photo", "Foto", "BILD", "image", "İmage", "ımage", " ", "  ", "\t", ":", " : "),
                *("(", ")", "/", "|", "©", "(c)", "(C)", "\n", "A", "z", "é", "ſ", "K"),
            ]
        ),
        max_size=10,
    ).map("".join)
)
@example("Photo : Jane Doe")
@example("İmage: X")
@example("(AP Photo/Jane Doe)\n")
@example("a | Reuters")
def test_credit_shapes_tested_apart_match_the_whole_pattern(text: str) -> None:
    # Each shape of a photo credit is tested only where its mark is (a sign, a colon after
    # a label, a closing bracket): the answer is the whole pattern's.
    assert _credit_shape(text) == (_CREDIT_SHAPE.search(text) is not None)
