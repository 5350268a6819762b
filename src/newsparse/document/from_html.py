"""Read an HTML dump into a :class:`~newsparse.document.Document` with one walk over the lxml tree.

Blocks follow what a browser's ``innerText`` shows as one paragraph: each block-level
element (``p``, headings, ``li``, ``blockquote``, ``figcaption``, ``pre``, a table row, the
text runs of a ``div`` between its block children...) gives one block per run of its own
text, inline markup (``a``, ``b``, ``span``...) stays inside the run, a single ``<br>`` stays
inside it and two ``<br>`` in a row end it. Content of ``script``, ``style``, ``svg``,
``iframe``, ``head`` and similar is never read; hidden content (``hidden``,
``aria-hidden``, inline ``display:none``, ``noscript``, ``template``) is kept as blocks
flagged ``hidden`` so that every visible-or-not text run is accounted for, except hidden
inline bits inside a visible paragraph, which are dropped like ``innerText`` drops them.

Parsing never reaches the network, never expands entities and never raises: trees deeper
than libxml2's limit are re-read by a flat, depth-capped fallback on the standard library's
tokenizer.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, TypeAlias

from newsparse.document import BLOCK_DRAFT, Block, BlockKind, Document, DumpKind
from newsparse.document.html_attributes import (
    AUTHOR_WORD,
    HIDING_ATTRIBUTES,
    TOKEN_ATTRIBUTES,
    hidden_by,
    hides,
    split_tokens,
)
from newsparse.document.html_tree import parse_tree
from newsparse.document.metadata import META_TAGS, MetaReader
from newsparse.spaces import fold_spaces

if TYPE_CHECKING:
    from lxml import etree

__all__ = ["parse_tree", "read_html"]

#: Subtrees whose text is never visible page text.
SKIP_TAGS = frozenset(
    {
        "head", "script", "style", "svg", "math", "iframe", "frame", "frameset", "object",
        "embed", "applet", "canvas", "audio", "video", "map", "noembed", "noframes",
        "select", "datalist", "textarea", "title",
    }
)  # fmt: skip
#: Elements that end the current text run when they open and when they close.
BLOCK_TAGS = frozenset(
    {
        "html", "body", "address", "article", "aside", "blockquote", "center", "dd",
        "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "legend",
        "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
        "thead", "tfoot", "tr", "caption", "ul", "noscript", "template", "search",
    }
)  # fmt: skip
#: Block elements that hold one paragraph rather than a group of them: their runs share
#: the container id of the group around them.
PARAGRAPH_TAGS = frozenset(
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "figcaption", "caption",
        "pre", "tr", "address", "summary", "legend", "hr",
    }
)  # fmt: skip
#: Table cells join their row's run with a space (``innerText`` puts a tab there).
CELL_TAGS = frozenset({"td", "th"})
#: Elements whose content is hidden by the element itself.
HIDDEN_TAGS = frozenset({"noscript", "template"})
#: Structural role given by the nearest element that has one.
KIND_OF_TAG: dict[str, BlockKind] = {
    **{f"h{level}": BlockKind.HEADING for level in range(1, 7)},
    "li": BlockKind.LIST_ITEM,
    "blockquote": BlockKind.QUOTE,
    "figcaption": BlockKind.CAPTION,
    "caption": BlockKind.CAPTION,
    "pre": BlockKind.PRE,
    "tr": BlockKind.TABLE_CELL,
    "td": BlockKind.TABLE_CELL,
    "th": BlockKind.TABLE_CELL,
}

_TagInfo = tuple[bool, bool, bool, bool, bool, bool, BlockKind | None, int, bool]


def _tag_info() -> dict[str, _TagInfo]:
    """Build the walk's one lookup per element, for every tag it treats specially.

    A tag maps to ``(block, skip, paragraph, br, link, cell, kind, heading level,
    hides)``: whether it is in :data:`BLOCK_TAGS`, :data:`SKIP_TAGS`,
    :data:`PARAGRAPH_TAGS`, is ``<br>``, ``<a>``, in :data:`CELL_TAGS`, its
    :data:`KIND_OF_TAG`, its heading level and whether it is in :data:`HIDDEN_TAGS`. The
    tests are booleans rather than bits of one flag integer: a jump on a boolean costs
    the interpreter no call. Every tag here has one of the first six true: any other
    tag is inline (:data:`_INLINE_INFO`).
    """
    tags = BLOCK_TAGS | PARAGRAPH_TAGS | CELL_TAGS | HIDDEN_TAGS | SKIP_TAGS | {"a", "br"}
    return {
        tag: (
            tag in BLOCK_TAGS,
            tag in SKIP_TAGS,
            tag in PARAGRAPH_TAGS,
            tag == "br",
            tag == "a",
            tag in CELL_TAGS,
            KIND_OF_TAG.get(tag),
            int(tag[1]) if KIND_OF_TAG.get(tag) is BlockKind.HEADING else 0,
            tag in HIDDEN_TAGS,
        )
        for tag in tags
    }


TAG_INFO = _tag_info()
_INLINE_INFO: _TagInfo = (False, False, False, False, False, False, None, 0, False)

#: Inline ancestors (between a block element and its block parent) whose class/id tokens
#: a block inherits; deeper inline nesting is pathological and would cost O(depth) per
#: block.
MAX_INLINE_ANCESTORS = 16
#: Token sets stop growing past this size: only pathological pages (thousands of nested
#: elements with distinct ids) get there, and copying ever larger sets would be quadratic.
MAX_TOKENS = 128
#: ``tag_path`` keeps at most this many tags, the innermost ones.
MAX_PATH_TAGS = 8

#: Separators inside class and id names (``article-body__text``).
TOKEN_SEPARATORS = re.compile(r"[-_]+")
#: Newline conventions folded to ``\n`` so that line numbers match libxml2's.
CARRIAGE_RETURN = re.compile(r"\r\n?")
#: Class/id/role/itemprop values of an element and its ancestors, innermost first, as a
#: linked list: building it costs one small list per element, and only the few elements
#: that own a block ever turn it into a token set. A node is ``[values, parent node,
#: token set or None]``: the third slot memoises the node's token set in place, which is
#: cheaper than a dictionary keyed by node identity.
_Keys: TypeAlias = "list[Any] | None"
#: Rows of the open-element stack: (index of the nearest block entry, hidden, keys, kind,
#: heading level, container id, inside a link).
_Entry = tuple[int, bool, _Keys, BlockKind, int, int, bool]
_SKIPPED: _Entry = (0, True, None, BlockKind.TEXT, 0, -1, False)
TEXT, TABLE_CELL, CAPTION = BlockKind.TEXT, BlockKind.TABLE_CELL, BlockKind.CAPTION
#: The attributes :meth:`_Walk._own` reads; an element with none of them changes nothing.
READ_ATTRIBUTES = TOKEN_ATTRIBUTES | HIDING_ATTRIBUTES | {"rel"}
_NO_TOKENS: frozenset[str] = frozenset()


def read_html(text: str, *, url: str | None = None, utf8: bytes | None = None) -> Document:
    """Read a decoded HTML dump into a document of visible blocks and metadata candidates.

    Args:
        text: The decoded page (see :func:`newsparse.sniff.sniff`); CRLF and a lone CR
            count as one line break.
        url: The page URL when the caller knows it; stored on the document as is.
        utf8: ``text`` encoded in UTF-8, when the caller has it
            (:attr:`newsparse.sniff.Source.utf8`).

    Returns:
        The document: blocks in reading order, metadata in document order. Never raises
        on content: broken or hostile markup yields a best-effort (possibly empty) document.
    """
    # In the UTF-8 bytes when the caller has them: a byte search is a memchr, a search in
    # a str of wide characters is not.
    if (b"\r" in utf8) if utf8 is not None else ("\r" in text):
        # sniff() already did this; libxml2 counts a lone CR as a line break too.
        text = CARRIAGE_RETURN.sub("\n", text)
        utf8 = None
    root = parse_tree(text, utf8)
    # Not kept through the walk: the tree holds the page now (see ``Parser._run``).
    del utf8
    if root is None:
        return Document(kind=DumpKind.HTML, blocks=(), url=url, source=text)
    # The walk hands metadata candidates to the reader as it goes: one walk, not two.
    meta = MetaReader(root)
    blocks = _Walk(meta).run(root)
    return Document(
        kind=DumpKind.HTML,
        blocks=blocks,
        meta=tuple(meta.items),
        lang_hint=_primary_subtag(root.get("lang") or root.get("xml:lang")),
        url=url,
        # Its line count is read by tests only: counted on demand, not on every page.
        source=text,
    )


def _primary_subtag(lang: str | None) -> str | None:
    """Return the lower-cased primary language subtag (``"en-US"`` → ``"en"``), if valid."""
    if not lang:
        return None
    primary = TOKEN_SEPARATORS.split(lang.strip().lower(), maxsplit=1)[0]
    return primary if 2 <= len(primary) <= 3 and primary.isascii() and primary.isalpha() else None


_SITE_SUFFIX = re.compile(r" [-|–—] [^-|–—]{2,40}")
"""What an image's alt text may add to its caption: a dash or a bar and the site's name."""


class _Walk:
    """The state of one walk over one tree (created per call, never shared).

    The walk is the hot loop of HTML reading (every element of every page passes through
    it), so it keeps the current run in local variables, uses local aliases and one table
    lookup per tag, and does no work at all for inline elements without attributes.
    """

    __slots__ = ("alt", "blocks", "meta", "paths", "stack", "tags", "unions")

    def __init__(self, meta: MetaReader) -> None:
        self.meta = meta
        self.blocks: list[Block] = []
        self.stack: list[_Entry] = [(0, False, None, BlockKind.TEXT, 0, 0, False)]
        self.tags: list[str] = [""]
        self.unions: dict[tuple[frozenset[str], str], frozenset[str]] = {}
        self.paths: dict[str, str] = {}
        # The alt text of the latest image, white space folded, until the next block.
        self.alt = ""

    def run(self, root: etree._Element) -> tuple[Block, ...]:  # noqa: PLR0915 -- one hot loop, see the docstring
        """Walk the tree once and return its blocks in reading order.

        One long loop rather than a method per element: a call costs more than most
        elements do (650,000 elements in 10 MB of HTML). It iterates each element's
        children, keeping the iterators of the open elements on an explicit stack (no
        Python recursion, whatever the depth): an element without children (most links,
        ``<br>``, ``<img>``, ``<span>``) is opened, read and closed in one step, with no
        stack row unless it opens a block. A run is the text pieces gathered since the
        last block boundary, and the values its block will carry; ``emit()`` turns a run
        into a block.

        A text that joins a run is handled by the same code (written out twice rather than
        called: it is most of the loop's work): an element's own text right where the
        element opens, and a tail after the loop over siblings, which it leaves with
        ``break`` (white space between tags, nine tails in ten, never leaves it).
        """
        stack, tags = self.stack, self.tags
        push, pop, push_tag, pop_tag = stack.append, stack.pop, tags.append, tags.pop
        tag_info, emit, resolve = TAG_INFO.get, self._emit, self._resolve
        no_hiding, read_none = HIDING_ATTRIBUTES.isdisjoint, READ_ATTRIBUTES.isdisjoint
        declares, declares_within, hcard = self.meta.element, self.meta.subtree, self.meta.hcard
        open_inline, own, inline_keys = self._open_inline, self._own, self._inline_keys
        intern = self.paths.setdefault
        mark_run, author_class = self._mark_run, self._author_class
        # The block whose next run an inline author class marks, and that class.
        mark_owner: _Entry | None = None
        mark = ""
        # The open elements whose children are being read, with the iterator over the
        # siblings that follow each.
        frames: list[tuple[Iterator[etree._Element], etree._Element]] = []
        push_frame, pop_frame = frames.append, frames.pop
        children: Iterator[etree._Element] = iter((root,))
        pieces: list[str] = []
        # Source line of the walk; first and last line, owning block entry, tag path,
        # tokens and link characters of the current run; whether it ends in one <br>.
        line = first = last = link_chars = container_ids = 0
        owner = stack[0]
        started: etree._Element | None = None
        path = ""
        tokens = _NO_TOKENS
        br_pending = False
        while True:
            for element in children:
                tag = element.tag
                # The line is resynchronised on the latest start tag before the next text
                # that joins a run (below): most start tags are followed by none.
                started = element
                info = tag_info(tag, _INLINE_INFO)
                opens_block = info[0]
                if info is _INLINE_INFO:
                    # Inline: only a hiding attribute on a visible one changes anything
                    # (most carry only href or class).
                    entry = stack[-1]
                    names = element.keys()
                    if names:
                        if "itemprop" in names or tag in META_TAGS:
                            declares(element)
                        # Its class/id tokens could only reach a block nested inside it,
                        # and _inline_keys() fetches them in that rare case. A new tuple
                        # tells a block element opened inside to look: an unchanged entry
                        # proves that no inline element since the block has attributes.
                        hidden = entry[1] or (not no_hiding(names) and hides(element))
                        entry = (entry[0], hidden, entry[2], entry[3], entry[4], entry[5], entry[6])
                        if tag == "img":
                            # A paragraph right after an image that repeats its alt text is
                            # the image's caption (see _emit).
                            alt = element.get("alt") or element.get("title")
                            if alt:
                                self.alt = " ".join(alt.split())
                        if "class" in names:
                            value = element.get("class") or ""
                            if "vcard" in value:
                                hcard(element)
                            # An inline element's class that names an author: its words
                            # join the tokens of the run it is read in, which its block's
                            # own class may not mark ("<li><span class=author>Jane
                            # Doe</span></li>"). ("byline" is left out: an inline byline
                            # class marks the bylines of teaser lists as often as the
                            # article's.) Substring tests first: few classes name one.
                            if ("aut" in value or "Aut" in value) and AUTHOR_WORD.search(value):
                                block = stack[entry[0]]
                                own_run = bool(pieces) and owner is block
                                tokens, mark_owner, mark = author_class(
                                    value, block, hidden, own_run, tokens, mark_owner, mark
                                )
                    elif tag in META_TAGS:
                        declares(element)
                elif info[1]:
                    # <head>, <script>, <title>... hold most declarations.
                    declares_within(element)
                    text = element.tail
                    if not text:
                        continue
                    if text.isspace():
                        if pieces:
                            pieces.append(text)
                        continue
                    break
                elif opens_block:
                    if pieces:
                        emit(pieces, first, last, owner, path, tokens, link_chars)
                        pieces, link_chars, br_pending = [], 0, False
                    # Opening a block element, spelled out here: four elements in ten.
                    entry = stack[-1]
                    _, hidden, keys, kind, level, container, in_link = entry
                    if entry is not stack[entry[0]]:
                        # Inline elements with attributes since the block element.
                        keys = inline_keys(element, len(stack) - 1 - entry[0], keys)
                    attributes: list[tuple[str, str]] = element.items()  # type: ignore[assignment]
                    if len(attributes) == 1 and attributes[0][0] == "class":
                        # Two block elements in three hold a class and nothing else: what
                        # _own() would do with it, without the call and its loop.
                        value = attributes[0][1]
                        if value and not value.isspace():
                            keys = [value, keys, None]
                            if "vcard" in value:
                                hcard(element)
                    elif attributes:
                        hidden, keys = own(element, attributes, hidden, keys)
                    # Indexed, not sliced: a slice builds a tuple per block element.
                    own_kind = info[6]
                    if own_kind is not None:
                        kind, level = own_kind, info[7]
                    elif kind is TABLE_CELL:
                        # A block inside a cell is a layout table's paragraph, not tabular data.
                        kind = TEXT
                    if not info[2]:
                        container_ids += 1
                        container = container_ids
                    entry = (len(stack), hidden or info[8], keys, kind, level, container, in_link)
                    # A block's own text needs its row (its runs' owner and tag path).
                    push(entry)
                    push_tag(tag)
                else:
                    if info[3] and not element.keys():
                        # A <br> holds nothing: its entry is never read.
                        entry = stack[-1]
                    elif info[4]:
                        # A link (one element in five), spelled out here: the run is inside a
                        # link now. Only href, target...: nothing else changes.
                        entry = stack[-1]
                        hidden, keys = entry[1], entry[2]
                        if not read_none(element.keys()):
                            attributes = element.items()  # type: ignore[assignment]
                            hidden, keys = own(element, attributes, hidden, keys)
                            # A link's class that names an author ("<a class=author-link>")
                            # marks its run as an inline element's does (above). Its class
                            # is among the values own() joined into a new key node: looked
                            # for there first, it is fetched only for the few that may.
                            value = keys[0] if keys is not entry[2] else ""  # type: ignore[index]
                            if "aut" in value or "Aut" in value:
                                value = element.get("class") or ""
                            if ("aut" in value or "Aut" in value) and AUTHOR_WORD.search(value):
                                block = stack[entry[0]]
                                own_run = bool(pieces) and owner is block
                                tokens, mark_owner, mark = author_class(
                                    value, block, hidden, own_run, tokens, mark_owner, mark
                                )
                        entry = (entry[0], hidden, keys, entry[3], entry[4], entry[5], True)
                    else:
                        entry = open_inline(element, info)
                    if pieces:
                        if info[3]:
                            # One <br> breaks the line, a second one the paragraph.
                            if br_pending:
                                emit(pieces, first, last, owner, path, tokens, link_chars)
                                pieces, link_chars, br_pending = [], 0, False
                            else:
                                pieces.append("\n")
                                br_pending = True
                        elif info[5]:
                            pieces.append(" ")
                text = element.text
                if text:
                    if text.isspace():
                        if pieces:
                            pieces.append(text)
                    else:
                        block = stack[entry[0]]
                        # Hidden inline text inside a visible paragraph: innerText leaves
                        # it out.
                        if not entry[1] or block[1]:
                            # Resynchronise on the latest start tag: this one. Newlines
                            # inside tags, comments and skipped subtrees are not counted
                            # in between, and source lines never decrease in document
                            # order. (lxml-stubs declare sourceline as ``...``; it is
                            # ``int | None``.)
                            source_line: int | None = element.sourceline  # type: ignore[assignment]
                            started = None
                            if source_line is not None and source_line > line:
                                line = source_line - 1
                            if not pieces:
                                # Most runs start with a visible character; only leading
                                # space can hold newlines.
                                if text[0].isspace():
                                    lead = len(text) - len(text.lstrip())
                                    first = line + text.count("\n", 0, lead)
                                else:
                                    first = line
                                owner = block
                                keys = block[2]
                                memo = keys[2] if keys is not None else None
                                tokens = resolve(keys) if memo is None else memo
                                if mark_owner is not None:
                                    if block is mark_owner:
                                        tokens = mark_run(tokens, mark)
                                    mark_owner = None
                                index = entry[0]
                                path = "/".join(tags[max(2, index - MAX_PATH_TAGS + 1) : index + 1])
                                # One string per distinct path: blocks keep it, and a big
                                # page has few paths but tens of thousands of blocks
                                # (memory, and objects that the garbage collector and every
                                # dictionary keyed by path visit again).
                                path = intern(path, path)
                            if entry[6]:
                                # Its length once white space is folded: a printable text
                                # holds no white space but the space, so without a double
                                # space only its ends can fold.
                                if text.isprintable() and "  " not in text:
                                    chars = len(text) - (text[0] == " ") - (text[-1] == " ")
                                else:
                                    chars = len(fold_spaces(text))
                                # The space that joins a link to the text before it is link
                                # text too, unless that text already ends in the space.
                                if pieces and text[0].isspace() and not pieces[-1][-1].isspace():
                                    chars += 1
                                link_chars += chars
                            pieces.append(text)
                            br_pending = False
                            newlines = text.count("\n")
                            if newlines:
                                last = line + text.rstrip().count("\n")
                                line += newlines
                            else:
                                last = line
                if len(element):
                    if not opens_block:
                        push(entry)
                        push_tag(tag)
                    push_frame((children, element))
                    # The children as one list, built in C: lxml's child iterator sets up
                    # a tag matcher each time, which costs twice as much a child (about
                    # 2,200 instructions against 1,100, iteration included). (lxml-stubs
                    # type the index as an int only; a full slice returns the children.)
                    children = iter(element[:])  # type: ignore[index]
                    text = None
                    break
                if opens_block:
                    # A block without children closes at once.
                    pop_tag()
                    pop()
                    if pieces:
                        emit(pieces, first, last, owner, path, tokens, link_chars)
                        pieces, link_chars, br_pending = [], 0, False
                text = element.tail
                if not text:
                    continue
                if text.isspace():
                    # Nine tails in ten are white space between tags: spare them the entry
                    # lookup.
                    if pieces:
                        pieces.append(text)
                    continue
                break
            else:
                if not frames:
                    break
                # The last child read: close its parent.
                children, element = pop_frame()
                pop_tag()
                if pop()[0] == len(stack) and pieces:
                    emit(pieces, first, last, owner, path, tokens, link_chars)
                    pieces, link_chars, br_pending = [], 0, False
                text = element.tail
                if not text:
                    continue
                if text.isspace():
                    if pieces:
                        pieces.append(text)
                    continue
            if text is None:
                # The loop left to read the children of an element.
                continue
            # A tail that is not white space (the loop leaves to here with it).
            entry = stack[-1]
            block = stack[entry[0]]
            if entry[1] and not block[1]:
                # Hidden inline text inside a visible paragraph: innerText leaves it out.
                continue
            if started is not None:
                # Resynchronise on the latest start tag: newlines inside tags, comments and
                # skipped subtrees are not counted in between. Source lines never decrease
                # in document order, so the latest one is the greatest one since the last
                # text, the one that resynchronising on every start tag would leave.
                source_line = started.sourceline  # type: ignore[assignment]
                started = None
                if source_line is not None and source_line > line:
                    line = source_line - 1
            if not pieces:
                if text[0].isspace():
                    first = line + text.count("\n", 0, len(text) - len(text.lstrip()))
                else:
                    first = line
                owner = block
                keys = block[2]
                memo = keys[2] if keys is not None else None
                tokens = resolve(keys) if memo is None else memo
                if mark_owner is not None:
                    if block is mark_owner:
                        tokens = mark_run(tokens, mark)
                    mark_owner = None
                index = entry[0]
                path = "/".join(tags[max(2, index - MAX_PATH_TAGS + 1) : index + 1])
                path = intern(path, path)
            if entry[6]:
                if text.isprintable() and "  " not in text:
                    chars = len(text) - (text[0] == " ") - (text[-1] == " ")
                else:
                    chars = len(fold_spaces(text))
                if pieces and text[0].isspace() and not pieces[-1][-1].isspace():
                    chars += 1
                link_chars += chars
            pieces.append(text)
            br_pending = False
            newlines = text.count("\n")
            if newlines:
                last = line + text.rstrip().count("\n")
                line += newlines
            else:
                last = line
        if pieces:
            emit(pieces, first, last, owner, path, tokens, link_chars)
        return tuple(self.blocks)

    def _open_inline(self, element: etree._Element, info: _TagInfo) -> _Entry:
        """Open a ``<br>`` or table cell with attributes (the caller separates the run): its entry.

        (The walk opens links itself, as this does.)
        """
        block_index, hidden, keys, kind, level, container, in_link = self.stack[-1]
        attributes: list[tuple[str, str]] = element.items()  # type: ignore[assignment]
        if attributes:
            hidden, keys = self._own(element, attributes, hidden, keys)
        own_kind, own_level = info[6], info[7]
        if own_kind is not None:
            kind, level = own_kind, own_level
        return (block_index, hidden, keys, kind, level, container, in_link or info[4])

    def _own(
        self,
        element: etree._Element,
        attributes: list[tuple[str, str]],
        hidden: bool,
        keys: _Keys,
    ) -> tuple[bool, _Keys]:
        """Read an opened element's own attributes in one pass: hiding, tokens, metadata.

        Its class/id/role/itemprop values join its key list; its own attributes can only
        turn ``hidden`` on; an ``itemprop`` or ``rel`` attribute may declare metadata.
        """
        # The loop is spelled out here rather than in a helper: it runs for most opened
        # elements, and a call costs a quarter of it.
        values = ""
        declares = False
        for name, value in attributes:
            if name in TOKEN_ATTRIBUTES:
                values = f"{values} {value}" if values else value
                declares = declares or name == "itemprop"
            elif name in HIDING_ATTRIBUTES:
                hidden = hidden or hidden_by(name, value)
            elif name == "rel":
                declares = True
        # Past the markup budget, reading an element with rel or itemprop would only count
        # it: none of the tags that get here (blocks, links, cells) is a declaration that is
        # read whatever the budget (see MetaReader.element).
        if declares and self.meta.markup_left > 0:
            self.meta.element(element)
        if values and not values.isspace():
            keys = [values, keys, None]
            if "vcard" in values:
                self.meta.hcard(element)
        return hidden, keys

    @staticmethod
    def _inline_keys(element: etree._Element, count: int, keys: _Keys) -> _Keys:
        """Add the token attributes of the ``count`` inline ancestors of a block element.

        Only the :data:`MAX_INLINE_ANCESTORS` nearest are read: a block inside thousands of
        nested ``<span>`` would otherwise cost time proportional to that depth, for every
        block in it.
        """
        inline: list[str] = []
        for ancestor in itertools.islice(element.iterancestors(), min(count, MAX_INLINE_ANCESTORS)):
            attributes: list[tuple[str, str]] = ancestor.items()  # type: ignore[assignment]
            if not attributes:
                continue
            values = " ".join([value for name, value in attributes if name in TOKEN_ATTRIBUTES])
            if values and not values.isspace():
                inline.append(values)
        for values in reversed(inline):
            keys = [values, keys, None]
        return keys

    def _resolve(self, keys: _Keys) -> frozenset[str]:
        """Turn an ancestor key list into its token set, memoising every suffix."""
        if keys is None:
            return _NO_TOKENS
        hit: frozenset[str] | None = keys[2]
        if hit is not None:
            return hit
        base = _NO_TOKENS
        chain: list[list[Any]] = []
        node: _Keys = keys
        while node is not None:
            hit = node[2]
            if hit is not None:
                base = hit
                break
            chain.append(node)
            node = node[1]
        unions = self.unions
        for link in reversed(chain):
            if len(base) < MAX_TOKENS:
                # Siblings with the same class (list items, cards) make the same union.
                union = unions.get((base, link[0]))
                if union is None:
                    union = unions[base, link[0]] = base | split_tokens(link[0])
                base = union
            link[2] = base
        return base

    def _author_class(  # noqa: PLR0917 -- the walk's local variables, in and out
        self,
        value: str,
        block: _Entry,
        hidden: bool,
        in_own_run: bool,
        tokens: frozenset[str],
        mark_owner: _Entry | None,
        mark: str,
    ) -> tuple[frozenset[str], _Entry | None, str]:
        """Apply an inline element's or a link's author class: the run's tokens, the mark.

        Called only for a class ``value`` that names an author (rare). A hidden element in
        a shown block changes nothing (innerText leaves its text out). In a run its block
        already owns (``in_own_run``), the class joins that run's tokens; otherwise it
        marks the run its text starts, if that run is ``block``'s.
        """
        if hidden and not block[1]:
            return tokens, mark_owner, mark
        if in_own_run:
            return self._mark_run(tokens, value), mark_owner, mark
        return tokens, block, value

    def _mark_run(self, tokens: frozenset[str], value: str) -> frozenset[str]:
        """Add the words of an inline element's author class to a run's tokens (memoised)."""
        if len(tokens) >= MAX_TOKENS:
            return tokens
        unions = self.unions
        union = unions.get((tokens, value))
        if union is None:
            union = unions[tokens, value] = tokens | split_tokens(value)
        return union

    def _emit(  # noqa: PLR0917 -- the run's values, kept in the walk's local variables
        self,
        pieces: list[str],
        first: int,
        last: int,
        owner: _Entry,
        path: str,
        tokens: frozenset[str],
        link_chars: int,
    ) -> None:
        """Close a run: emit it as a block when it has visible characters."""
        text = pieces[0] if len(pieces) == 1 else "".join(pieces)
        # Printable text holds no white space but the space (see the walk's link length):
        # without a double space or a space at an end it is already folded, as most
        # paragraphs of a page without source line breaks are. (A run starts with a
        # visible character: the text is never empty.)
        if not text.isprintable() or "  " in text or text[0] == " " or text[-1] == " ":
            text = fold_spaces(text)
            if not text:
                return
        length = len(text)
        blocks = self.blocks
        # Built here as html_block() builds it, without the call (see BLOCK_DRAFT): a block
        # after the first one always follows a block boundary.
        block = BLOCK_DRAFT()
        block.index = index = len(blocks)
        block.text = text
        block.lines = (first, last if last > first else first)
        block.kind = owner[3]
        if self.alt:
            # The first block after an image that repeats the image's alt text word for
            # word is its caption, whatever element holds it (a caption printed in a
            # plain <div> under the <img>); the alt text may add the site's name
            # ("<caption> - Site"), unless the block is a link (a teaser's title under
            # its picture, "<title> - Site" in the alt text). A heading stays a heading: a
            # post's picture often carries the post's title as its alt text, over the
            # title's <h1>.
            if not owner[4] and (
                text == self.alt
                or (
                    not link_chars
                    and self.alt.startswith(text)
                    and _SITE_SUFFIX.fullmatch(self.alt, len(text))
                )
            ):
                block.kind = CAPTION
            self.alt = ""
        block.blank_before = 1 if index else 0
        block.heading_level = owner[4]
        block.link_chars = link_chars if link_chars < length else length
        block.tag_path = path
        block.tokens = tokens
        block.hidden = owner[1]
        block.container = owner[5]
        block.__class__ = Block
        blocks.append(block)
