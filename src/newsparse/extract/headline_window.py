"""The window of headline candidates: where it ends, its menu items, its teaser boxes.

Menu rows glued into one line are a text dump's copy of a navigation bar: some pages
print their menu twice, once an item a line ("Front Page", "Sports", "World News"), once
as one long line of the same items ("All Front Page Sports World News ..."), from a
drop-down or a hidden copy. The long line has a headline's length and no punctuation, so
it must be told apart by what it is made of: the short lines around it.
"""

from __future__ import annotations

from newsparse.document import DumpKind
from newsparse.extract import Context
from newsparse.extract.features import Cue
from newsparse.extract.headline_lines import FULL_STOP_CHARS

# Enum members read as module constants (a metaclass lookup each read on Python 3.11).
_CUE_NONE = Cue.NONE
_CUE_SIDEBAR_HEADING = Cue.SIDEBAR_HEADING
_DUMP_HTML = DumpKind.HTML

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
    return frozenset([f.folded for f in ctx.feats[lo:hi] if 0 < f.words <= _ITEM_WORDS])


def glued_menu(folded: str, words: int, items: frozenset[str]) -> bool:
    """True when the window's short lines, glued end to end, make up most of this line.

    Each position takes the longest item that starts there (three words, then two, then
    one): a row is a run of items, so a greedy pass finds them, in linear time.
    """
    if words < _MIN_WORDS or not items:
        return False
    tokens = folded.split()
    if _first_words(items).isdisjoint(tokens):
        return False  # most lines: no item starts at any word, settled in C
    n, at, found = len(tokens), 0, 0
    missed, most_missed = 0, (1 - _COVERED) * n
    while at < n:
        for size in range(min(_ITEM_WORDS, n - at), 0, -1):
            if " ".join(tokens[at : at + size]) in items:
                found += 1
                at += size
                break
        else:
            at += 1
            missed += 1
            if missed > most_missed:
                return False  # most lines: a headline's words are no menu items
    return found >= _MIN_ITEMS


_FIRST_WORDS: list[tuple[frozenset[str], frozenset[str]]] = []
"""The first words of the last menu items seen: a page asks about many lines."""


def _first_words(items: frozenset[str]) -> frozenset[str]:
    """The words menu ``items`` open with: a row holds no item unless it holds one of them."""
    if _FIRST_WORDS and _FIRST_WORDS[0][0] is items:
        return _FIRST_WORDS[0][1]
    first = frozenset(item.split(" ", 1)[0] for item in items)
    _FIRST_WORDS[:] = [(items, first)]
    return first


_DATED_WORDS = 14
"""Longest line read as a date line, in words."""

_PARAGRAPH_WORDS = 30
"""A line of more words is a paragraph: a standfirst runs shorter."""

_DATED_AHEAD = 8
"""Blocks past the body start searched for the headline's date line."""


def window_end(ctx: Context) -> int:
    """The block after the last headline candidate: three past the body start, or more.

    A found start may be a notice or caption above the headline ("Your browser is out of
    date", a lead photo's caption); the headline then stands over its date line, a few
    blocks on. The window runs to the first short dated line past the start.
    """
    blocks, start = ctx.doc.blocks, ctx.layout.start
    if start >= len(blocks):
        return len(blocks)
    hi = min(len(blocks), start + 3)
    for j in range(start, min(len(blocks), start + _DATED_AHEAD)):
        words = ctx.feats[j].words
        if j >= hi and ctx.block_dates[j] and words <= _DATED_WORDS:
            return j
        if j >= start + 2 and (words > _PARAGRAPH_WORDS or blocks[j].text[-1:] in FULL_STOP_CHARS):
            break  # the body's paragraphs have begun: a date line past them is the body's
    return hi


def teaser_box(ctx: Context, lo: int, hi: int) -> set[int]:
    """Window lines of a text dump printed under a sidebar heading with no blank line between.

    A browser prints a "Read also" or "Most read" box as its heading and teaser links on
    consecutive lines. A teaser may be dated, or be the headline's first words, so it looks
    like a headline; the article's own headline follows a blank line. A blank line, a cue
    line or a short undated line ends the box: browsers print whole page headers without
    blank lines, and a menu under a heading holds no teasers. HTML blocks carry no blank
    lines (the layout weighs their boxes). Only headings inside the window open a box.
    """
    blocks, feats = ctx.doc.blocks, ctx.feats
    boxed: set[int] = set()
    if ctx.doc.kind is _DUMP_HTML:
        return boxed
    # Most windows hold no sidebar heading: one pass over the cues settles them.
    for head in [j for j in range(lo, hi) if feats[j].cue is _CUE_SIDEBAR_HEADING]:
        if head + 1 < hi and blocks[head + 1].blank_before:
            boxed.update(_spaced_box(ctx, head, hi))
            continue
        for j in range(head + 1, hi):
            feat = feats[j]
            if (
                blocks[j].blank_before
                or feat.cue is not _CUE_NONE
                or (feat.words <= 3 and not ctx.block_dates[j] and not _teaser_label(j, ctx))
            ):
                break
            boxed.add(j)
    return boxed


def _spaced_box(ctx: Context, head: int, hi: int) -> range:
    """The lines of a box printed a blank line under its heading, up to the next cue line.

    Some dumps print each of a box's teasers, labels and bylines as its own paragraph, so a
    blank line parts the box's lines and ends none of them. Such a box runs to the next
    cue line (a newsletter pitch, another box's heading) or to the body start; a teaser
    under a blank line then is no headline either.
    """
    feats, end = ctx.feats, min(hi, ctx.layout.start)
    for j in range(head + 1, end):
        if feats[j].cue is not _CUE_NONE:
            return range(head + 1, j)
    return range(head + 1, end)


def _teaser_label(j: int, ctx: Context) -> bool:
    """True when short line ``j`` recurs two lines on or back: a label between teasers.

    A box may print a label over each teaser ("Read on", a sister site's name): the
    same short line every other line. A menu names each item once.
    """
    feats = ctx.feats
    folded = feats[j].folded
    return (j + 2 < len(feats) and feats[j + 2].folded == folded) or (
        j >= 2 and feats[j - 2].folded == folded
    )
