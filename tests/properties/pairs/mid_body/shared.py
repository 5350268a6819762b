"""The pages that pairs of several of these modules set their blocks into."""

from __future__ import annotations

import datetime as dt

import attrs

from tests.strategies import (
    Page,
    Part,
    pinned_page,
)

_MOST_READ_TITLES = Part(
    role="sidebar",
    lines=(
        "Most read",
        "Minister scraps new bus network amid protests",
        "Court backs tax rise for landlords",
    ),
)


_SHORT_LEAD = "Local officials rejected an agreement with the unions after weeks of talks."


def _without_ad(page: Page) -> Page:
    """The same page without its ad parts."""
    return attrs.evolve(page, parts=tuple(p for p in page.parts if p.role != "ad"))


def _swap_ad(page: Page, part: Part) -> Page:
    """The same page with ``part`` in place of each of its ad parts."""
    return attrs.evolve(page, parts=tuple(part if p.role == "ad" else p for p in page.parts))


_TWO_SHORT_PARAGRAPHS = (
    "WASHINGTON — The government announced a new plan for public transport on Tuesday.",
    "“We will not accept a plan that leaves the poorest families behind,” James Thompson said.",
)


_AD_BETWEEN_TWO_SHORT_PARAGRAPHS = attrs.evolve(
    pinned_page(
        "Government unveils plan to cut energy prices",
        _TWO_SHORT_PARAGRAPHS,
        ("section", "World"),
        "headline",
        ("meta", "By James Thompson, Staff Writer | January 1, 2005"),
        (
            "caption",
            "Protesters gather outside the town hall on Monday evening.",
            "Photo: Getty Images",
        ),
        ("body", _TWO_SHORT_PARAGRAPHS[0]),
        ("ad", "Advertisement"),
        ("body", _TWO_SHORT_PARAGRAPHS[1]),
        date=(dt.date(2005, 1, 1), "January 1, 2005"),
        by=("By James Thompson, Staff Writer", "James Thompson"),
        dateline="WASHINGTON",
    ),
    html_variant=1,
)


_SHORT_LAST_EN = "The council will vote again next month."
