"""Menu rows glued into one line: a text dump's copy of a navigation bar.

Some pages print their menu twice: once an item a line ("Front Page", "Sports", "World
News"), once as one long line of the same items ("All Front Page Sports World News ..."),
from a drop-down or a hidden copy. The long line has a headline's length and no
punctuation, so it must be told apart by what it is made of: the short lines around it.
"""

from __future__ import annotations

from newsparse.extract import Context

_ITEM_WORDS = 3
"""Longest menu item, in words."""

_MIN_WORDS = 6
"""Shortest line tested: a glued row of fewer words is no headline's rival."""

_MIN_ITEMS = 3
"""Items a glued row must hold: two short lines may open a headline by chance."""

_COVERED = 0.75
"""Share of a glued row's words that items cover ("All" before the items is not one)."""


def menu_items(ctx: Context, lo: int, hi: int) -> frozenset[str]:
    """The folded one- to three-word lines of the window: the items a menu row is made of."""
    feats = ctx.feats
    return frozenset(feats[j].folded for j in range(lo, hi) if 0 < feats[j].words <= _ITEM_WORDS)


def glued_menu(folded: str, words: int, items: frozenset[str]) -> bool:
    """True when the window's short lines, glued end to end, make up most of this line.

    Each position takes the longest item that starts there (three words, then two, then
    one): a row is a run of items, so a greedy pass finds them, in linear time.
    """
    if words < _MIN_WORDS or not items:
        return False
    tokens = folded.split()
    n, at, covered, found = len(tokens), 0, 0, 0
    while at < n:
        for size in range(min(_ITEM_WORDS, n - at), 0, -1):
            if " ".join(tokens[at : at + size]) in items:
                covered += size
                found += 1
                at += size
                break
        else:
            at += 1
    return found >= _MIN_ITEMS and covered >= _COVERED * n
