"""Parse HTML text into an lxml tree, safely and without ever raising.

libxml2 reads the text with no network access and no entity expansion; a tree deeper than
its limits is read again with the limits lifted, and if that still fails, by a flat,
depth-capped fallback on the standard library's tokenizer (:func:`parse_tree`).
"""

from __future__ import annotations

import html.parser
import re
import threading
from typing import Any, cast

from lxml import etree

__all__ = ["parse_tree"]

#: Characters that XML trees cannot hold (lone surrogates and C0 controls but tab/newlines).
XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
#: Lone UTF-16 surrogates, which cannot be encoded for libxml2.
LONE_SURROGATE = re.compile("[\ud800-\udfff]")
#: Valid names for elements and attributes built by the fallback reader.
XML_NAME = re.compile(r"[A-Za-z_][\w.-]*\Z")

#: The fallback reader does not nest deeper than this: structure beyond it carries no
#: meaning for extraction, while text order is kept.
FALLBACK_MAX_DEPTH = 200
#: How far down the open-element stack an end tag looks for its start tag; a bound keeps
#: stray end tags from costing time proportional to the depth.
FALLBACK_END_SEARCH = 32
#: Elements without content or end tag, for the fallback reader.
VOID_TAGS = frozenset(
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
        "source", "track", "wbr",
    }
)  # fmt: skip


def parse_tree(text: str, utf8: bytes | None = None) -> etree._Element | None:
    """Parse HTML text into an lxml tree, safely and without ever raising.

    libxml2 reads the text with no network access and no entity expansion. A page that hits
    libxml2's resource limits (nesting deeper than 256, text nodes over 10 MB) is read again
    with those limits lifted, and if it still fails, by the flat fallback reader.

    Args:
        text: Decoded HTML.
        utf8: ``text`` encoded in UTF-8, when the caller has it (see
            :attr:`newsparse.sniff.Source.utf8`): a page is then not encoded again.

    Returns:
        The ``<html>`` root, or ``None`` when the text holds no markup or text at all.
    """
    if utf8 is not None:
        data = utf8
    else:
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError:
            text = LONE_SURROGATE.sub("\ufffd", text)
            data = text.encode("utf-8")
    # Looked for in the bytes: a byte search is a memchr, a search in a str of wide
    # characters is not (0.06 ms per page), and only U+0000 encodes to a NUL byte.
    if b"\x00" in data:
        text = text.replace("\x00", "")
        data = data.replace(b"\x00", b"")
    # bytes.isspace() tests the ASCII white space strip() drops, stopping at the first other
    # byte; strip() would copy the whole page whenever it ends in a newline.
    if not data or data.isspace():
        return None
    for huge in (False, True):
        parser = _parser(huge=huge)
        try:
            root = etree.fromstring(data, parser)
        except etree.LxmlError:
            break
        if root is None:
            return None
        fatal = parser.error_log.filter_from_fatals()
        if not any(error.type_name == "ERR_RESOURCE_LIMIT" for error in fatal):
            return root
    return _read_flat(XML_INVALID.sub(_xml_safe, text))


#: This thread's parsers, keyed by ``huge_tree``. A parser is reused rather than built per
#: page: building one sets up a new libxml2 parser context (0.1-0.2 ms of a page's parse),
#: and lxml clears its error log at every parse. Per thread, so that threads never queue
#: on one parser's lock.
_PARSERS = threading.local()


def _parser(*, huge: bool) -> etree.HTMLParser:
    """Return this thread's HTML parser for pages within (or past) libxml2's limits."""
    parsers: dict[bool, etree.HTMLParser] | None = getattr(_PARSERS, "by_huge", None)
    if parsers is None:
        parsers = _PARSERS.by_huge = {}
    parser = parsers.get(huge)
    if parser is None:
        parser = parsers[huge] = etree.HTMLParser(
            encoding="utf-8",
            remove_comments=True,
            remove_pis=True,
            no_network=True,
            recover=True,
            huge_tree=huge,
            collect_ids=False,
        )
    return parser


def _xml_safe(match: re.Match[str]) -> str:
    """Drop NUL and controls; replace lone surrogates and non-characters with U+FFFD."""
    return "" if match.group() < " " else "\ufffd"


def _read_flat(text: str) -> etree._Element:
    """Build a depth-capped tree with the standard library's tokenizer (the fallback reader)."""
    reader = _FlatReader()
    try:
        reader.feed(text)
        reader.close()
    except (AssertionError, AttributeError, ValueError):
        # html.parser still raises on a few malformed declarations (``<![if ...``);
        # keep what was read up to there.
        pass
    reader.flush()
    return reader.root


class _FlatReader(html.parser.HTMLParser):
    """Tokens to an lxml tree, never nesting past a fixed depth.

    Text is gathered in a list and written to the tree only when the tree is about to
    change (an element opened or closed) or at the end: past the depth cap every piece of
    text lands on the same element, and adding each piece to the text already stored there
    would copy that text again for every piece, a cost quadratic in the page's size.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = etree.Element("html")
        self.open: list[etree._Element] = [etree.SubElement(self.root, "body")]
        self.pending: list[str] = []

    def flush(self) -> None:
        """Write the gathered text after the last child of the current element, or as its text."""
        if not self.pending:
            return
        data = "".join(self.pending)
        self.pending.clear()
        current = self.open[-1]
        # The last child, found from the end: ``len(current)`` walks every child, and past
        # the depth cap every void element (``<br>``, ``<img>``) is a child of one element.
        last = next(current.iterchildren(reversed=True), None)
        if last is not None:
            last.tail = (last.tail or "") + data
        else:
            current.text = (current.text or "") + data

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Open an element (or add a void one), unless the depth cap is reached."""
        if tag in {"html", "body"}:
            if tag == "html":
                for name, value in attrs:
                    if XML_NAME.match(name) and value:
                        self.root.set(name, value)
            return
        void = tag in VOID_TAGS
        if not XML_NAME.match(tag) or (not void and len(self.open) > FALLBACK_MAX_DEPTH):
            return
        self.flush()
        clean = {name: value or "" for name, value in attrs if XML_NAME.match(name)}
        element = etree.SubElement(self.open[-1], tag, clean)
        # lxml stores line numbers as 16-bit; lxml-stubs mistype the setter.
        element.sourceline = cast("Any", min(self.getpos()[0], 65535))
        if not void:
            self.open.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Treat ``<x/>`` as an element with no content."""
        self.handle_starttag(tag, attrs)
        if tag not in VOID_TAGS and self.open[-1].tag == tag:
            self.flush()
            self.open.pop()

    def handle_endtag(self, tag: str) -> None:
        """Close the nearest open element of this tag, and everything opened inside it."""
        for depth in range(len(self.open) - 1, max(0, len(self.open) - FALLBACK_END_SEARCH), -1):
            if self.open[depth].tag == tag:
                self.flush()
                del self.open[depth:]
                return

    def handle_data(self, data: str) -> None:
        """Gather text for the current element (written by :meth:`flush`)."""
        self.pending.append(data)
