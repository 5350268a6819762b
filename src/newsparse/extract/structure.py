"""Structural evidence of HTML pages: which blocks sit in the article container and which in asides.

Text dumps carry no structure; for HTML, class/id tokens, tag paths and link density
tell navigation, sidebars, comment sections and share bars from the article itself,
and the container that holds most of the prose marks where the article is.
"""

from __future__ import annotations

from newsparse.document import Document
from newsparse.extract.features import Features
from newsparse.extract.layout import Structure
from newsparse.model import Label

__all__ = ["read_structure"]


def read_structure(doc: Document, feats: tuple[Features, ...]) -> Structure:
    """Return neutral structural evidence (every weight 1.0, no aside labels).

    A placeholder-free baseline: the HTML pipeline works with text features alone, and
    the structural rules refine it.
    """
    count = len(doc.blocks)
    aside: tuple[Label | None, ...] = (None,) * count
    return Structure(weight=(1.0,) * count, aside=aside, reasons=("",) * count)
