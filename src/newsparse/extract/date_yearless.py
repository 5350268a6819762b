"""Labelled date lines without a year ("Publicado el 11 de mayo"), dated by the URL's month.

A URL path that names a year and a month but no day (/2022/5/slug) dates the story to the
month; a labelled date line near the headline that gives a day of that month, without a
year, completes it. Without the URL's month such a line names no year (it may be an event's
day, or last year's), and an unlabelled "May 5" may be any day of a story's text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from newsparse.date_names import day_month_pattern, month_number
from newsparse.extract import Candidate, Context
from newsparse.extract.date_labels import PUBLISHED, UPDATED, aside, date_label
from newsparse.extract.date_order import latest_possible

__all__ = ["dates_without_year"]

_BEFORE = 40
"""Blocks before the body start searched (the date line may sit above a long share panel)."""

_AFTER = 12
"""Blocks after the body start searched (under a standfirst and a caption)."""

_UNDER_HEADLINE = 6
"""Blocks under the decided headline searched, wherever the body starts."""

_MAX_WORDS = 12
"""A date line is short: longer lines tell of days, they do not date the story."""

_SCORE = 4.5
"""Below a full visible date line near the headline (about 5.5) and declared dates (6)."""


def dates_without_year(
    ctx: Context, month: tuple[int, int], *, updated: bool
) -> Iterator[Candidate[dt.date]]:
    """Propose labelled day-and-month dates of the URL's ``month`` (year, month).

    Only lines without a full date are read: a line that holds one is the date rules'.
    """
    blocks, start = ctx.doc.blocks, ctx.layout.start
    near = set(range(max(0, start - _BEFORE), min(len(blocks), start + _AFTER)))
    head = ctx.headline_block
    if head is not None:
        near.update(range(head, min(len(blocks), head + _UNDER_HEADLINE + 1)))
    wanted = UPDATED if updated else PUBLISHED
    year, number = month
    limit = latest_possible(ctx)
    for i in sorted(near):
        text = blocks[i].text
        # Cheap tests first: most lines hold no digit or are prose.
        if ctx.block_dates[i] or ctx.feats[i].words > _MAX_WORDS or not any(map(str.isdigit, text)):
            continue
        if aside(ctx, i):
            continue
        for match in day_month_pattern().finditer(text):
            name, day = (match["mon"], match["d"]) if match["mon"] else (match["mon2"], match["d2"])
            if month_number(name) != number or date_label(text, match.start(), ctx) != wanted:
                continue
            try:
                date = dt.date(year, number, int(day))
            except ValueError:
                continue
            if date <= limit:
                yield Candidate(
                    value=date,
                    score=_SCORE - 0.1 * abs(i - start),
                    source=f"block:{i}",
                    blocks=(i,),
                    raw=match[0],
                )
