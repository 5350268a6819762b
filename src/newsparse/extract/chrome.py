"""Page chrome: the HTML blocks that the reader alone places outside the article.

A block inside a hidden element, or in the page's frame (a ``<nav>``, an ``<aside>``, or a
``<footer>`` that no ``<figure>`` or ``<article>`` holds: a figure's footer is its credit, an
article's its byline or tags), is told apart before any scoring. It gets a label up front
and cheap features (no prose score, :func:`~newsparse.extract.features.describe_all`), and
the headline and byline scans pass over it, while it stays in the page as the neighbour
that the lines around it read (a menu over the headline, a date line under it). Two field
readers still read the chrome, as pages print fields there: the tag readers (a tag list in
an aside, "Lees meer over ..."), and the byline readers but in menus (an author box in an
aside, a signature in a page footer). Text dumps have no chrome.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from newsparse.document import Block
from newsparse.model import Label

__all__ = ["chrome_labels", "frame_element", "in_menu"]

_ELEMENT_LABEL: dict[str, Label] = {
    "nav": Label.NAVIGATION,
    "aside": Label.SIDEBAR,
    "footer": Label.NAVIGATION,
}
"""The label of a block in each frame element: a menu's, an aside's, a page footer's (its
links; a footer line without links is boilerplate: a copyright line, an address)."""


_FOOTER_HOLDERS = frozenset(("figure", "article"))
"""Elements whose ``<footer>`` is their own (a credit, a byline or tags), no page frame."""

_HIDDEN_LABEL = Label.BOILERPLATE
"""The label of a hidden block (in a frame element or not), and of a page footer's line
without a link."""

_NOT_FRAMED: tuple[Label | None, bool] = (None, False)
"""What :func:`_frame_label` says of a path through no frame element."""

_LONG_TEXT = 100
"""A block of at least this many characters, mostly not link text, is article-like text
(the cheap measure of :func:`chrome_labels`, which runs before any prose score)."""

_WRAPPER_SHARE = 0.5
"""``<nav>`` and ``<aside>`` elements holding every ``<h1>`` and more than this share of a
page's article-like text wrap the article (a theme that prints the post in one): no frame chrome
then. (A page footer is left out: a page without an article can hold most of its text
there; and an aside of long blurbs beside an article of short lines, a results table, holds
not every ``<h1>``.)"""


def _frame_label(path: str) -> tuple[Label | None, bool]:
    """The chrome label of a tag path and whether its element is a page footer.

    The label is that of the path's first frame element (see the module docstring).
    """
    tags = path.split("/")
    for index, tag in enumerate(tags):
        label = _ELEMENT_LABEL.get(tag)
        if label is None:
            continue
        if tag != "footer":
            return label, False
        if _FOOTER_HOLDERS.isdisjoint(tags[:index]):
            return label, True
    return None, False


def chrome_labels(blocks: Sequence[Block]) -> tuple[Label | None, ...]:
    """Label the page chrome among an HTML page's blocks (see the module docstring).

    Returns:
        One entry per block: its chrome label (navigation for a menu's line or a page
        footer's link, sidebar for an aside's line, boilerplate for a page footer's line
        without a link or a hidden block), or ``None`` for a block of the page proper.
        Empty when no block is chrome. When ``<nav>`` or ``<aside>`` elements hold every
        ``<h1>`` and most of the page's article-like text (long lines, mostly not links),
        they wrap the article and only hidden blocks are chrome.
    """
    paths: dict[str, tuple[Label | None, bool]] = {}
    labels: list[Label | None] = []
    found = False
    # Article-like text in frame elements and in all, for the wrapper test below.
    framed_text = all_text = 0
    framed_title: bool | None = None  # whether every <h1> stands in a <nav> or an <aside>
    for block in blocks:
        path = block.tag_path
        facts = paths.get(path)
        if facts is None:
            framed = "nav" in path or "aside" in path or "footer" in path
            facts = paths[path] = _frame_label(path) if framed else _NOT_FRAMED
        label, footer = facts
        length = len(block.text)
        if length >= _LONG_TEXT and not block.hidden and 2 * block.link_chars < length:
            all_text += length
            if label is not None and not footer:
                framed_text += length
        if block.heading_level == 1:
            # The page's <h1> headings: all in a <nav> or an <aside>, or not.
            framed_title = framed_title is not False and label is not None and not footer
        if block.hidden or (footer and not block.link_chars):
            # A hidden line (a menu's hidden copy too: no reader sees it), or a page
            # footer's line without a link: its copyright notice, its address.
            label = _HIDDEN_LABEL
        found = found or label is not None
        labels.append(label)
    if framed_title and framed_text > _WRAPPER_SHARE * all_text:
        # The frame elements wrap the article: only hidden blocks are chrome.
        labels = [_HIDDEN_LABEL if block.hidden else None for block in blocks]
        found = any(labels)
    return tuple(labels) if found else ()


@functools.lru_cache(maxsize=1024)
def frame_element(path: str) -> str:
    """The frame element of a tag path (see the module docstring), or ``""``."""
    tags = path.split("/")
    for index, tag in enumerate(tags):
        if tag in _ELEMENT_LABEL and (tag != "footer" or _FOOTER_HOLDERS.isdisjoint(tags[:index])):
            return tag
    return ""


def in_menu(path: str) -> bool:
    """Whether a tag path's frame element (see the module docstring) is a ``<nav>``."""
    return frame_element(path) == "nav"
