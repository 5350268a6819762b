"""The story's own teaser: its headline repeated in a list of stories, under it the date.

Some pages print no date in the article, while a "latest stories" list on the same page
shows this story too: its headline word for word, a line or two later the teaser's date.
That date is the story's (a fallback: any date line of the article outranks it).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from newsparse.extract import Candidate, Context
from newsparse.extract.date_order import reads_dot_month_first, reads_slash_month_first, resolve

__all__ = ["date_of_own_teaser"]

_MIN_CHARS = 15
"""A shorter headline ("News", a section name) repeats as a menu entry, not as a teaser."""

_UNDER = 2
"""Blocks under the repeated headline where the teaser's date may sit (after a subtitle).
A date further down, or above the title, may be the neighbouring teaser's."""

_SCORE = 3.0
"""Below any visible date line near the article's headline (4 and up)."""


def date_of_own_teaser(ctx: Context) -> Iterator[Candidate[dt.date]]:
    """Propose the date printed under a repeat of the decided headline elsewhere on the page."""
    head = ctx.headline_block
    if head is None:
        return
    blocks, dated = ctx.doc.blocks, ctx.block_dates
    title = blocks[head].text
    if len(title) < _MIN_CHARS:
        return
    for i, block in enumerate(blocks):
        # Comparing lengths first costs nothing; most blocks fail it.
        if i == head or len(block.text) != len(title) or block.text != title:
            continue
        under = next((j for j in range(i + 1, min(len(blocks), i + 1 + _UNDER)) if dated[j]), None)
        if under is None or blocks[under].hidden:
            continue
        mention = dated[under][0]
        date = resolve(
            mention,
            ctx,
            ctx.date_order,
            ctx.latest_date,
            slash_month_first=reads_slash_month_first(ctx),
            dot_month_first=reads_dot_month_first(ctx),
        )
        if date is not None:
            # No blocks: the teaser's line is no date line of the article (its segment keeps
            # the teaser list's label).
            yield Candidate(value=date, score=_SCORE, source=f"teaser:{under}", raw=mention.raw)
            return
