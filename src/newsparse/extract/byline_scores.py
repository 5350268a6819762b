"""Where a byline line sits: scores near the body start or end, and the lines around it.

:mod:`newsparse.extract.byline` reads a line as a byline and asks here how much it
counts: a prefix or a date beside the name, a date or an e-mail address on the next line,
a run of name and address lines, a name line above a dated one, menu items around it.
"""

from __future__ import annotations

import re

from newsparse.extract import Context
from newsparse.extract.byline_lines import Byline, names_in, read_byline
from newsparse.extract.byline_pieces import TIME
from newsparse.extract.features import Cue

# Enum members read as module constants: on Python 3.11 an enum member read costs a
# metaclass attribute lookup (~8 times a global read), and these are read per block or line.
_CUE_NONE = Cue.NONE
_CUE_SIDEBAR_HEADING = Cue.SIDEBAR_HEADING
_CUE_NONE_OR_NAVIGATION = (Cue.NONE, Cue.NAVIGATION)

__all__ = ["head_score", "next_to_date", "signed_run", "tail_score"]

_EMAIL_LINE = re.compile(r"[^\s@]+@[^\s@]+\.\w+(?:\s+[^\s@]+@[^\s@]+\.\w+)*$")
"""A line of e-mail addresses (an author's work and private addresses side by side)."""
_COUNT_TAIL = re.compile(r"[^\W\d_]\s+\d{1,3}\s+[^\W\d_]{2,}")
"""A name followed by a small count and a word ("Jane Doe 1 day ago", "Jane Doe 3 min read")."""


def _boxed_off(head: int, i: int, ctx: Context) -> bool:
    """True when a sidebar heading ("You may also like") stands between lines ``head`` and ``i``.

    A byline under such a heading signs a teaser of the box, not the headline over it.
    """
    feats = ctx.feats
    return any(feats[k].cue is _CUE_SIDEBAR_HEADING for k in range(head + 1, i))


def head_score(i: int, byline: Byline, labelled: bool, ctx: Context) -> float | None:
    """Score a byline near the body start: prefixes and dates beside the name count most."""
    distance = abs(ctx.layout.start - i)
    head = ctx.headline_block
    if head is not None and head < i < ctx.layout.start and not _boxed_off(head, i, ctx):
        distance = min(distance, i - head - 1)
    if byline.prefixed or labelled:
        score = 5.0 - 0.05 * distance
    elif byline.dated or next_to_date(i, ctx):
        if not byline.dated and i + 1 == ctx.headline_block:
            # Under a date line and right over the headline: a section label ("Public
            # Companies"); a byline over the headline carries a prefix or its date.
            return None
        if not byline.dated and _dated_list(i, ctx):
            return None  # a teaser's title over its date, in a list of such teasers
        # "Jane Doe" above or below "3 May 2024": the name of a dated byline block.
        score = 4.0 - 0.1 * distance
        if byline.dated and _name_line_above(i, ctx):
            # "Jane Doe" / "Games Editor" / "Outlet<date>": the person sits above, the
            # dated line names the outlet or desk.
            score -= 1.5
    elif i < ctx.layout.start + 6:
        if ctx.headline_block is not None and i < ctx.headline_block:
            # A bare name above the headline is the site's name or a menu ("Rheinische
            # Rundschau"): a byline above the headline carries a prefix or a date.
            return None
        score = 3.0 - 0.3 * distance
        counted = _COUNT_TAIL.search(ctx.doc.blocks[i].text) is not None
        if not counted and _menu_neighbours(i, ctx):
            # A menu item; "Jane Doe 1 day ago" or "Jane Doe 3 min read" is a meta line.
            score -= 2.0
        paragraphs = sum(f.prose >= 0.5 for f in ctx.feats[ctx.layout.start : i])
        if len(byline.names) == 1 and paragraphs:
            # One bare name-shaped line after a paragraph is a sub-heading; after only one
            # it may still follow a standfirst.
            if paragraphs > 1:
                return None
            score -= 1.5
    else:
        return None
    if i > ctx.layout.start:
        # Inside the body, further lines are more likely teasers and quoted cards.
        score -= 0.1 * (i - ctx.layout.start)
    return score


_LIST_ROWS = 3
"""Dated rows, one under the other at one stride, that make a list of teasers."""
_LIST_ROW_WORDS = 12
"""Longest line of a teaser row (a section label, a title, a date)."""


def _dated_list(i: int, ctx: Context) -> bool:
    """True when block ``i`` sits over its date in a list of dated teasers.

    "Section" / "Teaser title" / "18. Januar 2019", and the same rows above or below it:
    a short date line every two or three short lines, that of ``i`` among them. A
    byline's date line is followed by the story, not by another row. A name right under
    its date line, and over no date line, heads no such row.
    """
    if i and _is_dated(i - 1, ctx) and not (i + 1 < len(ctx.feats) and _is_dated(i + 1, ctx)):
        return False
    for stride in (2, 3):
        rows = 1  # the date line under i
        for step in (stride, -stride):
            j = i + 1 + step
            while rows < _LIST_ROWS and _list_row(j, stride, ctx):
                rows += 1
                j += step
        if rows >= _LIST_ROWS:
            return True
    return False


def _list_row(j: int, stride: int, ctx: Context) -> bool:
    """True when block ``j`` is a short date line closing ``stride`` short lines."""
    feats = ctx.feats
    return (
        stride <= j < len(feats)
        and _is_dated(j, ctx)
        and all(f.words <= _LIST_ROW_WORDS for f in feats[j - stride + 1 : j + 1])
    )


def tail_score(i: int, byline: Byline, labelled: bool, ctx: Context) -> float | None:
    """Score a signature or author box right after the body ("Jane Doe" under the text)."""
    if byline.prefixed or labelled:
        return 2.0
    if i <= ctx.layout.end and not _menu_neighbours(i, ctx):
        return 0.5
    return None


def next_to_date(i: int, ctx: Context) -> bool:
    """True when a short dated line is next to block ``i``, or one label line away.

    "Jane Doe / Ideas / 11.14.2019": a section or role label may sit in between, but not
    the headline ("Site Name" / "Short headline" / <date>).
    """
    blocks, feats = ctx.doc.blocks, ctx.feats
    if i + 1 < len(blocks) and _EMAIL_LINE.match(blocks[i + 1].text):
        return True  # "Jane Doe / jane.doe@example.org": the author's own address
    for step in (-1, 1):
        j = i + step
        if (
            0 <= j < len(blocks)
            and feats[j].words <= 3
            and j != ctx.headline_block
            and feats[j].cue in _CUE_NONE_OR_NAVIGATION
            and not _is_dated(j, ctx)
            and not names_in(blocks[j].text, ctx.lex, ctx.site_names)
        ):
            j += step
        if 0 <= j < len(blocks) and feats[j].words <= 20 and _is_dated(j, ctx):
            # A dated line with its own prefix ("Posted on <date> by admin") is the byline.
            return not read_byline(blocks[j].text, ctx.lex).prefixed
    return False


_MAX_SIGNED = 8
"""Most names read from one run of name and e-mail lines."""


def _signed(i: int, ctx: Context) -> bool:
    """True when block ``i`` is a name line over a line of e-mail addresses (its author's)."""
    blocks = ctx.doc.blocks
    return (
        0 <= i < len(blocks) - 1
        and _EMAIL_LINE.match(blocks[i + 1].text) is not None
        and bool(read_byline(blocks[i].text, ctx.lex, ctx.site_names).names)
    )


def signed_run(
    i: int, byline: Byline, labelled: bool, ctx: Context
) -> tuple[tuple[str, ...], int, bool] | None:
    """Read the run of name and address lines block ``i`` opens; ``None`` inside a run.

    "Jane Doe" / her address / "John Roe" / his address is one byline of the run's names,
    as near the body as its last name line, and as sure as a prefixed one. Returns the
    names, the last name line and whether the byline counts as labelled.
    """
    if byline.prefixed or labelled or not _signed(i, ctx):
        return byline.names, i, labelled
    if _signed(i - 2, ctx):
        return None
    found, last = list(byline.names), i
    while len(found) < _MAX_SIGNED and _signed(last + 2, ctx):
        last += 2
        more = read_byline(ctx.doc.blocks[last].text, ctx.lex, ctx.site_names).names
        found.extend(n for n in more if n not in found)
    return tuple(found), last, True


def _name_line_above(i: int, ctx: Context) -> bool:
    """True when the line above block ``i`` (or one short role line further) is bare names."""
    blocks, feats = ctx.doc.blocks, ctx.feats
    for j in (i - 1, i - 2):
        if j < 0 or feats[j].words > 5 or feats[j].cue is not _CUE_NONE:
            return False
        above = read_byline(blocks[j].text, ctx.lex, ctx.site_names)
        if above.names and not (above.dated or above.prefixed):
            return True
        if j == i - 1 and feats[j].words > 3:
            return False
    return False


def _is_dated(i: int, ctx: Context) -> bool:
    """True for block ``i`` when it holds a clock time, a full date or a month and day."""
    text = ctx.doc.blocks[i].text
    return bool(TIME.search(text) or ctx.lex.month_day.search(text) or ctx.block_dates[i])


def _menu_neighbours(i: int, ctx: Context) -> bool:
    """True when the lines around are short items of the same list (a menu).

    The previous and next lines, or, at the list's end (the next line blank or long),
    the two previous ones: "Partager" / "Donald Trump" / "Dow Jones" are a topic list,
    its last item no byline. The previous line must then be no widget: "Share" /
    "Tweet" / "Jane Doe" is a byline under share buttons.
    """
    feats, blocks = ctx.feats, ctx.doc.blocks
    if i == 0 or i + 1 >= len(blocks) or blocks[i].blank_before or feats[i - 1].words > 3:
        return False
    if not blocks[i + 1].blank_before and feats[i + 1].words <= 3:
        return True
    return (
        i >= 2
        and not blocks[i - 1].blank_before
        and feats[i - 1].cue is _CUE_NONE
        and feats[i - 2].words <= 3
    )
