"""Text dump → Document: one block per visible line, with hard-wrapped paragraphs re-joined.

Browser innerText and copy-paste dumps put each paragraph on one line, so a line is the
natural block. ``lynx -dump`` style dumps wrap paragraphs at a fixed width; when the
dump looks wrapped (most long lines end near one width), a line is joined to the next
one exactly when the next line's first word would not have fitted on it.
"""

from __future__ import annotations

import re

from newsparse.document import Block, BlockKind, Document, DumpKind, text_block

__all__ = ["read_text"]

_BULLET = re.compile(r"^(?:[*•·▪◦‣⁃–-]|\d{1,3}[.)])\s+")
"""A list-item marker at the start of a line: bullet characters or ``1.`` / ``2)``."""

_BULLET_SIGNS = frozenset("*•·▪◦‣⁃–-")
"""The non-digit characters a :data:`_BULLET` marker can start with."""

# Enum members read as module constants: on Python 3.11 ``BlockKind.TEXT`` costs a
# metaclass attribute lookup (~8 times a global read), and one is read for every line.
_TEXT = BlockKind.TEXT
_LIST_ITEM = BlockKind.LIST_ITEM

_MIN_WRAPPED_LINES = 8
"""Fewer lines of width-like length than this and the dump is not treated as wrapped."""

_MAX_WRAP_WIDTH = 250
"""Widest line length read as a wrap width. Hard wrapping is done for terminals and mail
(``lynx -dump`` wraps at 79 columns by default, mail at 72-78); lines crowding at a greater
length are a page's own repeated lines, and joining them would merge unrelated blocks."""


def read_text(text: str, *, url: str | None = None) -> Document:
    r"""Split a decoded text dump into line blocks.

    Args:
        text: The decoded dump, newlines already normalised to ``\\n``.
        url: The page URL hint, kept on the document.

    Returns:
        A :class:`Document` whose blocks cover every line with visible characters.
    """
    lines = text.split("\n")
    width = _wrap_width(lines)
    if not width:
        return Document(
            kind=DumpKind.TEXT, blocks=_line_blocks(lines), line_count=len(lines), url=url
        )
    blocks: list[Block] = []
    blank = blank_before = 0
    pending: list[str] = []
    first = 0
    for number, raw in enumerate(lines):
        stripped = _normalise(raw)
        if not stripped:
            if pending:
                blocks.append(_block(len(blocks), pending, first, blank_before))
                pending = []
            blank += 1
            continue
        if pending and _continues(pending[-1], raw, stripped, width):
            pending.append(stripped)
            continue
        if pending:
            blocks.append(_block(len(blocks), pending, first, blank_before))
        pending, first, blank_before, blank = [stripped], number, blank, 0
    if pending:
        blocks.append(_block(len(blocks), pending, first, blank_before))
    return Document(kind=DumpKind.TEXT, blocks=tuple(blocks), line_count=len(lines), url=url)


def _normalise(raw: str) -> str:
    """Fold runs of white space to one space and strip, as ``" ".join(raw.split())``.

    Most lines are already clean: a printable line holds no white space but the plain
    space, so without doubled or outer spaces it is returned as it is, unsplit.
    """
    if "  " in raw or raw[:1] == " " or raw[-1:] == " " or not raw.isprintable():
        return " ".join(raw.split())
    return raw


def _line_blocks(lines: list[str]) -> tuple[Block, ...]:
    """One block per line with visible characters (a dump that is not hard-wrapped)."""
    blocks: list[Block] = []
    blank = 0
    for number, raw in enumerate(lines):
        stripped = _normalise(raw)
        if not stripped:
            blank += 1
            continue
        blocks.append(text_block(len(blocks), stripped, (number, number), _kind(stripped), blank))
        blank = 0
    return tuple(blocks)


def _kind(text: str) -> BlockKind:
    # Every list marker starts with a bullet sign or a decimal digit: test that first.
    first = text[0]
    if (first in _BULLET_SIGNS or first.isdecimal()) and _BULLET.match(text):
        return _LIST_ITEM
    return _TEXT


def _block(index: int, parts: list[str], first: int, blank_before: int) -> Block:
    text = " ".join(parts)
    kind = _kind(text)
    # Wrapped parts are consecutive lines, so the block ends len(parts) - 1 lines later.
    return text_block(index, text, (first, first + len(parts) - 1), kind, blank_before)


def _wrap_width(lines: list[str]) -> int:
    """Return the wrap width of a hard-wrapped dump, or 0 when lines are not wrapped.

    A wrapped dump has many lines whose lengths crowd just under one width (72, 76, 78,
    80...): the most common rounded length among long lines holds a large share of them.
    """
    # Distinct lines only: a sidebar repeating one headline must not fake a wrap width.
    distinct = {line.rstrip() for line in lines if len(line) >= 40 and len(line.strip()) >= 40}
    lengths = [len(line) for line in distinct]
    if len(lengths) < _MIN_WRAPPED_LINES:
        return 0
    lengths.sort()
    # The width: what 95% of the distinct long lines stay within.
    width = lengths[min(len(lengths) - 1, len(lengths) * 95 // 100)]
    near = sum(1 for n in lengths if width * 0.8 <= n <= width)
    if not 40 <= width <= _MAX_WRAP_WIDTH or near < _MIN_WRAPPED_LINES or near < len(lengths) * 0.5:
        return 0
    # A hard-wrapped dump never exceeds its width (a few long URLs or code lines aside).
    if sum(1 for n in lengths if n > width + 2) > len(lengths) // 50:
        return 0
    return width


def _continues(previous: str, raw: str, stripped: str, width: int) -> bool:
    """Return True when ``stripped`` continues the wrapped line ``previous``.

    The writer wrapped ``previous`` only if the next word would have overflowed the width
    (2 characters of slack for trailing punctuation and ragged right margins).
    """
    if _BULLET.match(stripped) or (raw[:1].isspace() and len(raw) - len(raw.lstrip()) > 3):
        return False
    first_word = stripped.split(" ", 1)[0]
    return len(previous) + 1 + len(first_word) > width - 2
