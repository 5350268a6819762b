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

from collections.abc import Sequence

from newsparse.document import Block
from newsparse.model import Label

__all__ = ["MENU_LABEL", "chrome_labels"]

_ELEMENT_LABEL: dict[str, Label] = {
    "nav": Label.NAVIGATION,
    "aside": Label.SIDEBAR,
    "footer": Label.BOILERPLATE,
}
"""The label of a block in each frame element: a menu's, an aside's, a page footer's."""

_FOOTER_HOLDERS = frozenset(("figure", "article"))
"""Elements whose ``<footer>`` is their own (a credit, a byline or tags), no page frame."""

MENU_LABEL = Label.NAVIGATION
"""The chrome label of a menu's block: no byline is read there (an aside's, a page
footer's and a hidden block's lines may still be bylines: an author box, a signature)."""

_HIDDEN_LABEL = Label.BOILERPLATE
"""The label of a hidden block that no frame element holds."""


def _frame_label(path: str) -> Label | None:
    """The chrome label of a tag path: of its first frame element, if any (see module)."""
    tags = path.split("/")
    for index, tag in enumerate(tags):
        label = _ELEMENT_LABEL.get(tag)
        if label is None:
            continue
        if tag != "footer" or _FOOTER_HOLDERS.isdisjoint(tags[:index]):
            return label
    return None


def chrome_labels(blocks: Sequence[Block]) -> tuple[Label | None, ...]:
    """Label the page chrome among an HTML page's blocks (see the module docstring).

    Returns:
        One entry per block: its chrome label (navigation for a menu's line, sidebar for
        an aside's, boilerplate for a page footer's or a hidden block's), or ``None`` for
        a block of the page proper. Empty when no block is chrome.
    """
    paths: dict[str, Label | None] = {}
    labels: list[Label | None] = []
    found = False
    for block in blocks:
        path = block.tag_path
        if path in paths:
            label = paths[path]
        else:
            label = paths[path] = (
                _frame_label(path) if "nav" in path or "aside" in path or "footer" in path else None
            )
        if label is None and block.hidden:
            label = _HIDDEN_LABEL
        found = found or label is not None
        labels.append(label)
    return tuple(labels) if found else ()
