"""Text dump reader: line blocks, blank-line counts, hard-wrap re-joining."""

from __future__ import annotations

from newsparse.document import BlockKind
from newsparse.document.from_text import read_text

WRAPPED = "\n".join(
    [
        "The committee met on Tuesday to discuss the proposal for a new library in",
        "the town centre, which has been debated for more than ten years by the",
        "council and by residents who want a modern building for the community.",
        "",
        "Members agreed to commission a study of the costs and the possible sites",
        "before the end of the year, and to publish the findings in the spring so",
        "that residents can comment on them at a public meeting in the town hall.",
        "",
        "The mayor welcomed the decision and said that the library would be open",
        "to everyone, with longer opening hours than the current one in the old",
        "school building, which is too small for the number of visitors it gets.",
    ]
)


def test_each_line_is_a_block_with_its_line_number() -> None:
    doc = read_text("Title\n\nFirst line\nSecond line\n")
    assert [b.text for b in doc.blocks] == ["Title", "First line", "Second line"]
    assert [b.lines for b in doc.blocks] == [(0, 0), (2, 2), (3, 3)]
    assert [b.blank_before for b in doc.blocks] == [0, 1, 0]


def test_whitespace_is_folded() -> None:
    doc = read_text("  a \t b\u00a0 c  \n")
    assert doc.blocks[0].text == "a b c"


def test_bullets_are_list_items() -> None:
    doc = read_text("* one\n- two\n1. three\nplain\n")
    assert [b.kind for b in doc.blocks] == [BlockKind.LIST_ITEM] * 3 + [BlockKind.TEXT]


def test_hard_wrapped_paragraphs_are_joined() -> None:
    doc = read_text(WRAPPED)
    assert len(doc.blocks) == 3
    assert doc.blocks[0].lines == (0, 2)
    assert doc.blocks[0].text.startswith("The committee met")
    assert doc.blocks[0].text.endswith("community.")


def test_unwrapped_dump_is_not_joined() -> None:
    menu = "\n".join(["Home", "World", "Politics", "Business", "Sport"] * 3)
    doc = read_text(menu)
    assert len(doc.blocks) == 15


def test_lines_crowding_at_a_page_width_are_not_a_wrap_width() -> None:
    # Many distinct lines of about 300 characters (a page's repeated teaser lines, each
    # with its own number) look like a wrap width, but nobody hard-wraps at 300 columns:
    # joining them would merge unrelated lines into one block.
    lines = [f"Item {i:03d}: " + "word " * 58 for i in range(40)]
    doc = read_text("\n".join(lines))
    assert len(doc.blocks) == 40


def test_indented_wrapped_paragraphs_and_list_items_are_joined() -> None:
    # lynx -dump -nolist: paragraphs indented 3 spaces, a list item's wrapped lines
    # indented under its text; the indent counts in the width the writer wrapped at.
    item = [
        "     * Residents can comment on the plans at a public meeting in the old",
        "       school building, or write to the council before the end of March.",
        "     * A second item.",
    ]
    dump = "\n".join([*("   " + line if line else "" for line in WRAPPED.split("\n")), "", *item])
    doc = read_text(dump)
    assert [b.lines for b in doc.blocks] == [(0, 2), (4, 6), (8, 10), (12, 13), (14, 14)]
    assert doc.blocks[3].text.endswith("before the end of March.")
    assert doc.blocks[3].kind is BlockKind.LIST_ITEM


def test_a_drop_cap_line_joins_the_rest_of_its_word() -> None:
    # A drop cap printed on its own line by innerText, over the rest of the paragraph.
    text = (
        "Budget news\n\nE\nxercice: read the short item below and explain what it says.\n"
        "\nMore text here.\n"
    )
    doc = read_text(text)
    assert [b.text for b in doc.blocks] == [
        "Budget news",
        "Exercice: read the short item below and explain what it says.",
        "More text here.",
    ]
    assert [b.lines for b in doc.blocks] == [(0, 0), (2, 3), (5, 5)]
    assert [b.blank_before for b in doc.blocks] == [0, 1, 1]
    assert [b.index for b in doc.blocks] == [0, 1, 2]


def test_a_single_letter_over_a_short_or_apart_line_is_no_drop_cap() -> None:
    # Share buttons (``X`` over ``facebook``), a letter over a capitalised line, a letter
    # a blank line above the prose, a lower-case letter: all stay apart.
    for text in (
        "X\nfacebook\n",
        "X\nFacebook and more share buttons\n",
        "H\n\nong Kong is burning and the city waits.\n",
        "h\nong Kong is burning and the city waits.\n",
    ):
        doc = read_text(text)
        assert len(doc.blocks) == 2, text
    doc = read_text("A\nB\nong Kong is burning and the city waits.\n")
    assert [b.text for b in doc.blocks] == ["A", "Bong Kong is burning and the city waits."]
