"""The fast builders of per-block objects make exactly what the attrs constructors make."""

from __future__ import annotations

import pickle
from typing import Any

import attrs
import pytest

from newsparse.document import (
    Block,
    BlockKind,
    Document,
    DumpKind,
    html_block,
    text_block,
    text_blocks,
)
from newsparse.document.from_html import read_html
from newsparse.extract.features import Cue, Features, describe
from newsparse.lexicon import lexicon
from newsparse.model import Label, Segment, draft_class, segment, segments, slot_setters


def _same(built: Any, expected: Any) -> None:
    assert built == expected
    assert hash(built) == hash(expected)
    assert attrs.asdict(built, recurse=False) == attrs.asdict(expected, recurse=False)
    assert pickle.loads(pickle.dumps(built)) == expected


def test_text_block_equals_constructor() -> None:
    _same(
        text_block(3, "Some line", (4, 6), BlockKind.LIST_ITEM, 2),
        Block(index=3, text="Some line", lines=(4, 6), kind=BlockKind.LIST_ITEM, blank_before=2),
    )


def test_text_blocks_equal_constructor() -> None:
    built = text_blocks(
        ["One", "Two"], [(0, 0), (2, 3)], [BlockKind.TEXT, BlockKind.LIST_ITEM], [0, 1]
    )
    assert isinstance(built, tuple)
    _same(built[0], Block(index=0, text="One", lines=(0, 0), kind=BlockKind.TEXT))
    _same(
        built[1],
        Block(index=1, text="Two", lines=(2, 3), kind=BlockKind.LIST_ITEM, blank_before=1),
    )
    assert text_blocks([], [], [], []) == ()


def test_segment_equals_constructor() -> None:
    _same(
        segment(Label.BODY, "Text", (1, 1), "layout:body"),
        Segment(label=Label.BODY, text="Text", lines=(1, 1), reason="layout:body"),
    )


def test_segments_equal_constructor() -> None:
    built = segments(
        [Label.BODY, Label.CAPTION], iter(["A", "B"]), iter([(0, 0), (1, 2)]), ["prose", ""]
    )
    assert isinstance(built, tuple)
    _same(built[0], Segment(label=Label.BODY, text="A", lines=(0, 0), reason="prose"))
    _same(built[1], Segment(label=Label.CAPTION, text="B", lines=(1, 2), reason=""))
    assert segments([], iter([]), iter([]), []) == ()
    with pytest.raises(ValueError, match="reasons"):
        segments([Label.BODY], iter(["A"]), iter([(0, 0)]), [])


def test_features_equal_constructor() -> None:
    # describe builds its Features from a draft (see draft_class).
    built = describe(Block(index=0, text="Photo: Jane Doe", lines=(0, 0)), lexicon())
    assert type(built) is Features
    _same(
        built,
        Features(folded="photo: jane doe", words=3, prose=0.0, cue=Cue.CREDIT, cue_key="credit"),
    )


def test_built_objects_stay_frozen() -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        text_block(0, "x", (0, 0), BlockKind.TEXT, 0).text = "y"  # type: ignore[misc]


def test_slot_setters_refuse_a_missing_field() -> None:
    with pytest.raises(TypeError, match="fast builder"):
        slot_setters(Segment, "label", "text", "lines")


def test_built_blocks_are_blocks() -> None:
    block = text_block(0, "x", (0, 0), BlockKind.TEXT, 0)
    assert type(block) is Block
    assert attrs.evolve(block, hidden=True) == attrs.evolve(
        Block(index=0, text="x", lines=(0, 0)), hidden=True
    )


def test_draft_class_refuses_a_class_with_a_weakref_slot() -> None:
    # Segment keeps its __weakref__ slot: Python 3.11 refuses __class__ assignment to it.
    with pytest.raises(TypeError, match="laid out"):
        draft_class(Segment)


@attrs.frozen(weakref_slot=False)
class _Pair:
    a: int
    b: str


def test_draft_class_makes_instances_of_the_class() -> None:
    draft = draft_class(_Pair)()
    draft.a, draft.b = 1, "x"
    draft.__class__ = _Pair
    _same(draft, _Pair(a=1, b="x"))


def test_html_block_equals_constructor() -> None:
    tokens = frozenset({"article", "body"})
    _same(
        html_block(7, "Text", (3, 5), BlockKind.HEADING, 1, 2, 4, "main/h2", tokens, True, 9),
        Block(
            index=7,
            text="Text",
            lines=(3, 5),
            kind=BlockKind.HEADING,
            blank_before=1,
            heading_level=2,
            link_chars=4,
            tag_path="main/h2",
            tokens=tokens,
            hidden=True,
            container=9,
        ),
    )


@pytest.mark.parametrize(
    ("source", "lines"), [("", 0), ("a", 1), ("a\n", 1), ("a\nb", 2), ("\n\n", 2)]
)
def test_line_count_counted_from_the_source(source: str, lines: int) -> None:
    doc = Document(kind=DumpKind.HTML, blocks=(), source=source)
    assert doc.line_count == lines
    assert Document(kind=DumpKind.TEXT, blocks=(), line_count=lines).line_count == lines


def test_html_reader_blocks_equal_constructed_blocks() -> None:
    # The HTML reader fills Block drafts in place (BLOCK_DRAFT): each must be an ordinary
    # frozen Block, equal to the one the attrs constructor makes from the same fields.
    doc = read_html(
        '<html><body><h1 class="title">Title</h1><div id="main"><p>One <a href="/x">link</a>.'
        "</p><p hidden>Two</p></div></body></html>"
    )
    assert [b.text for b in doc.blocks] == ["Title", "One link.", "Two"]
    for block in doc.blocks:
        assert type(block) is Block
        _same(block, Block(**attrs.asdict(block, recurse=False)))
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            block.text = "changed"  # type: ignore[misc]
    assert [b.blank_before for b in doc.blocks] == [0, 1, 1]
