"""The night-bus story: the text-dump page of short paragraphs that the pinned pairs of both
placements (around and inside the body) set their blocks into."""

from __future__ import annotations

import datetime as dt

from tests.strategies import (
    Page,
    Part,
    pinned_page,
)

_NIGHT_BUS = (
    "The city council voted on Tuesday to expand the night bus network, after a year in which "
    "ridership on the existing lines grew faster than any planner had expected.",
    "Council members said the new routes would start in spring, with buses every twenty "
    "minutes between midnight and five in the morning on the busiest corridors.",
    "Transport officials estimated that the expansion would cost about four million a year, "
    "paid for in part by a levy on late-night venues that several owners oppose.",
    "A final decision on the levy is expected next month, when the council's finance "
    "committee presents its review of the budget for the coming year.",
)

_NIGHT_BUS_HEADLINE = "City council expands the night bus network"


def _night_bus_page(
    *body: Part | tuple[str, ...], paragraphs: tuple[str, ...] = _NIGHT_BUS
) -> Page:
    """A plain article: headline, date line, then ``body`` (its paragraphs and sub-headings)."""
    return pinned_page(
        _NIGHT_BUS_HEADLINE,
        paragraphs,
        "headline date",
        *body,
        date=(dt.date(2019, 3, 12), "March 12, 2019"),
    )


def _paragraph(text: str, gap: int = 1) -> Part:
    return Part(role="body", lines=(text,), gap=gap)


_NIGHT_BUS_PAGE = _night_bus_page(*map(_paragraph, _NIGHT_BUS))
