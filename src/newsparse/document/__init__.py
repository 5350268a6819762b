"""The immutable intermediate document every field extractor reads, for HTML and text alike.

A reader (``from_text`` or ``from_html``) turns a decoded dump into a :class:`Document`: a
tuple of :class:`Block` values in reading order, each with the source lines it came from,
plus metadata candidates (:class:`MetaItem`; of a text dump, only its JSON-LD). Text-only
evidence (blank lines around a line) and HTML-only evidence (tag path, link density,
class/id tokens, hidden flags) live side by side on the block, with neutral defaults where
a reader has none, so that the same extractors serve both inputs.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import cast

import attrs

from newsparse.model import draft_class

__all__ = ["BLOCK_DRAFT", "DROP_CAP", "Block", "BlockKind", "Document", "DumpKind", "MetaItem"]


class DumpKind(enum.Enum):
    """What kind of dump the input was sniffed as."""

    TEXT = "text"
    HTML = "html"


class BlockKind(enum.Enum):
    """The structural role a reader saw for a block."""

    TEXT = "text"
    """A plain line or paragraph."""
    HEADING = "heading"
    """An ``<h1>``–``<h6>`` (HTML) or a line the text reader marked as a heading."""
    LIST_ITEM = "list_item"
    """An ``<li>`` or a bulleted text line."""
    QUOTE = "quote"
    """A ``<blockquote>`` paragraph."""
    CAPTION = "caption"
    """A ``<figcaption>``/``<caption>`` or a credit line under an image."""
    PRE = "pre"
    """Preformatted text (code, tables drawn in text)."""
    TABLE_CELL = "table_cell"
    """A table cell or row."""


@attrs.frozen(kw_only=True, weakref_slot=False)
class Block:
    """One visible block of text in reading order.

    ``text`` is whitespace-normalised (runs of white space folded to one space, stripped)
    and never empty.
    """

    index: int
    """Position in ``Document.blocks``."""
    text: str
    """Visible text, whitespace-normalised and stripped, never empty."""
    lines: tuple[int, int]
    """Source line range ``(first, last)``, 0-based, inclusive."""
    kind: BlockKind = BlockKind.TEXT
    """Structural role."""
    blank_before: int = 0
    """Text dumps: blank lines between this block and the previous one. HTML: 1 when a
    block-level boundary separates them, 0 inside one paragraph."""
    heading_level: int = 0
    """1–6 for headings (``<h1>`` = 1), 0 otherwise."""
    link_chars: int = 0
    """Characters of ``text`` that sit inside links (0 for text dumps)."""
    tag_path: str = ""
    """HTML: ancestor tags from the body down, e.g. ``"main/article/div/p"``; ``""`` for text."""
    tokens: frozenset[str] = frozenset()
    """HTML: lower-cased class/id/role/itemprop tokens of the block and its ancestors."""
    hidden: bool = False
    """HTML: inside hidden/aria-hidden/noscript/template/display:none content."""
    container: int = -1
    """HTML: an id shared by blocks of the same nearest block container; -1 for text."""

    @property
    def link_density(self) -> float:
        """Fraction of the text that is link text (0.0–1.0)."""
        return self.link_chars / len(self.text) if self.text else 0.0


DROP_CAP = "drop cap"
"""A token a text reader puts in :attr:`Block.tokens` of a paragraph it joined to its drop
cap (an opening letter printed on a line of its own): the article's opening paragraph.
HTML tokens never hold a space, so no page's class names can fake it."""

_BlockDraft = draft_class(Block)
"""Blocks are built as drafts, then made blocks (see :func:`newsparse.model.draft_class`)."""
# An empty draft is made by calling its class: ``object.__new__(draft)`` goes through
# the slot wrapper's checks of ``__new__``, about 430 instructions more a block.
#: The draft class of :class:`Block`, for a reader that fills each block where it makes it
#: (``BLOCK_DRAFT()``, every field stored, then ``__class__ = Block``), as
#: :func:`html_block` does, without a call per block.
BLOCK_DRAFT = _BlockDraft
_DEFAULTS = attrs.fields(Block)
# The class defaults, typed as the fields (attrs types a default as optional).
_HEADING_LEVEL = cast("int", _DEFAULTS.heading_level.default)
_LINK_CHARS = cast("int", _DEFAULTS.link_chars.default)
_TAG_PATH = cast("str", _DEFAULTS.tag_path.default)
_TOKENS = cast("frozenset[str]", _DEFAULTS.tokens.default)
_HIDDEN = cast("bool", _DEFAULTS.hidden.default)
_CONTAINER = cast("int", _DEFAULTS.container.default)


def text_block(
    index: int, text: str, lines: tuple[int, int], kind: BlockKind, blank_before: int
) -> Block:
    """Build a text dump's :class:`Block` as ``Block(...)`` does, at a third of the cost.

    A text reader makes one block per line; the fields it has no evidence for keep their
    class defaults (see :func:`html_block`, whose body this repeats: a call less a block).
    """
    block = _BlockDraft()
    block.index = index
    block.text = text
    block.lines = lines
    block.kind = kind
    block.blank_before = blank_before
    block.heading_level = _HEADING_LEVEL
    block.link_chars = _LINK_CHARS
    block.tag_path = _TAG_PATH
    block.tokens = _TOKENS
    block.hidden = _HIDDEN
    block.container = _CONTAINER
    block.__class__ = Block
    return block  # type: ignore[no-any-return]


def text_blocks(
    texts: Sequence[str],
    lines: Sequence[tuple[int, int]],
    kinds: Sequence[BlockKind],
    blank_before: Sequence[int],
) -> tuple[Block, ...]:
    """Build a text dump's blocks ``0..n-1`` at once, as :func:`text_block` builds each.

    The parallel sequences hold one item per block.
    """
    # A loop that fills each draft in place, not ``map(text_block, ...)``: a call from C into
    # a Python function per block costs about as much as filling the block.
    draft = _BlockDraft
    blocks: list[Block] = []
    append = blocks.append
    for index, (text, span, kind, blank) in enumerate(
        zip(texts, lines, kinds, blank_before, strict=True)
    ):
        block = draft()
        block.index = index
        block.text = text
        block.lines = span
        block.kind = kind
        block.blank_before = blank
        block.heading_level = _HEADING_LEVEL
        block.link_chars = _LINK_CHARS
        block.tag_path = _TAG_PATH
        block.tokens = _TOKENS
        block.hidden = _HIDDEN
        block.container = _CONTAINER
        block.__class__ = Block
        append(block)
    return tuple(blocks)


def html_block(  # noqa: PLR0917 -- one argument per field, in field order
    index: int,
    text: str,
    lines: tuple[int, int],
    kind: BlockKind,
    blank_before: int,
    heading_level: int,
    link_chars: int,
    tag_path: str,
    tokens: frozenset[str],
    hidden: bool,
    container: int,
) -> Block:
    """Build a :class:`Block` from all its fields as ``Block(...)`` does, at a third of the cost.

    The HTML reader makes one block per visible run of text, the text reader (through
    :func:`text_block`) one per line. The fields are stored into a draft, which then
    becomes the block (see :func:`newsparse.model.draft_class`).
    """
    block = _BlockDraft()
    block.index = index
    block.text = text
    block.lines = lines
    block.kind = kind
    block.blank_before = blank_before
    block.heading_level = heading_level
    block.link_chars = link_chars
    block.tag_path = tag_path
    block.tokens = tokens
    block.hidden = hidden
    block.container = container
    block.__class__ = Block
    # (no ``typing.cast``: a call per block, where the draft is typed ``Any`` anyway)
    return block  # type: ignore[no-any-return]


@attrs.frozen(kw_only=True)
class MetaItem:
    """One metadata candidate declared by the page (JSON-LD, <meta>, <time>, itemprop...).

    ``key`` is one of: ``headline``, ``title`` (the ``<title>`` element), ``published``,
    ``updated``, ``author``, ``tag``, ``section``, ``site``, ``lang``, ``url``,
    ``description``, ``type`` (e.g. ``NewsArticle``).
    """

    key: str
    """Which article field this candidate speaks for (see the class docstring)."""
    value: str
    """The declared value, whitespace-normalised, as a string."""
    source: str
    """Where it came from, e.g. ``"jsonld:datePublished"``, ``"meta:og:title"``."""


@attrs.frozen(kw_only=True)
class Document:
    """A decoded dump as blocks plus declared metadata; the input of every extractor."""

    kind: DumpKind
    """Whether the dump was HTML or plain text."""
    blocks: tuple[Block, ...]
    """Visible blocks in reading order (``blocks[i].index == i``)."""
    meta: tuple[MetaItem, ...] = ()
    """Metadata candidates in document order (for a text dump, only those of the JSON-LD
    objects it holds whole: :func:`~newsparse.document.metadata.jsonld_in_text`)."""
    _line_count: int = attrs.field(default=0, alias="line_count")
    """The ``line_count`` a reader passed (see :attr:`line_count`)."""
    lang_hint: str | None = None
    """Language declared by the page (``<html lang>``), lower-cased primary subtag."""
    url: str | None = None
    """The ``url=`` hint passed to ``parse()``, if any."""
    _source: str | None = attrs.field(default=None, alias="source", repr=False)
    """The decoded input with line breaks as ``\\n``, when a reader left ``line_count`` to be
    counted from it on demand (the HTML reader: no extractor reads it)."""

    @property
    def line_count(self) -> int:
        """Number of lines of the decoded input."""
        source = self._source
        if source is None:
            return self._line_count
        return source.count("\n") + (0 if source.endswith("\n") or not source else 1)

    def meta_values(self, key: str) -> tuple[MetaItem, ...]:
        """Return the metadata candidates for one key, in document order."""
        return tuple(m for m in self.meta if m.key == key)
