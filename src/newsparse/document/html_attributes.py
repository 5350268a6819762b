"""What an HTML element's own attributes say: its class/id tokens and whether it hides itself.

Used by the block walk of :mod:`newsparse.document.from_html` on every element that opens
a block, a link or a cell, so each element's attributes are read in one pass.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml import etree

__all__ = [
    "AUTHOR_WORD",
    "HIDING_ATTRIBUTES",
    "TOKEN_ATTRIBUTES",
    "hidden_by",
    "hides",
    "split_tokens",
]

#: Attributes whose values become ``Block.tokens``.
TOKEN_ATTRIBUTES = frozenset({"class", "id", "role", "itemprop"})
#: Attributes that can hide an element (``aria-hidden`` only when ``"true"``).
HIDING_ATTRIBUTES = frozenset({"style", "hidden", "aria-hidden"})
#: A class word that names an author, in English, German, French, Italian, Spanish...
#: ("author", "postAuthor", "content-left-autor", "autorin", "auteur"), and not the
#: "auto-" words of page scripts ("autorefresh", "autoresize", "autorotate", "autorun").
AUTHOR_WORD = re.compile(r"auth?or(?!e[a-mo-z]{2}|ot|un)|auteur", re.IGNORECASE)
#: Inline styles that hide an element.
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def hides(element: etree._Element) -> bool:
    """Tell whether an element's own attributes hide it."""
    attributes: list[tuple[str, str]] = element.items()  # type: ignore[assignment]
    return any(hidden_by(name, value) for name, value in attributes if name in HIDING_ATTRIBUTES)


def hidden_by(name: str, value: str) -> bool:
    """Tell whether one attribute (``style``, ``hidden`` or ``aria-hidden``) hides."""
    if name == "style":
        return HIDDEN_STYLE.search(value) is not None
    return name == "hidden" or value.strip().lower() == "true"


@functools.lru_cache(maxsize=8192)
def split_tokens(key: str) -> frozenset[str]:
    """Return the lower-cased words of attribute values, plus their ``-``/``_`` parts.

    Pure and memoised across pages: class names repeat across the pages of a site.
    """
    lowered = key.lower()
    words = lowered.split()
    if ":" in lowered:
        # Utility classes with a variant prefix ("print:hidden", "md:px-4") style the
        # element for one medium or state; they never say what it holds.
        words = [w for w in words if ":" not in w]
    tokens = set(words)
    if "-" in lowered or "_" in lowered:
        # The words joined by spaces, their separators made spaces, split once: the parts
        # of every word at once (two replaces and a split beat a regex split by half).
        tokens.update(" ".join(words).replace("-", " ").replace("_", " ").split())
    return frozenset(tokens)
