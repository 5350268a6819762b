"""The date under a repeat of the headline in a list of stories dates a page without one."""

from __future__ import annotations

import datetime as dt

import pytest

import newsparse

D = dt.date

_HEADLINE = "Route planner adds points of interest to its maps"


def _page(teasers: str) -> str:
    return (
        f"{_HEADLINE}\n\n"
        "The route planner now shows the most popular places of the community on its maps.\n\n"
        "Riders can add them to a route with one click, the company said on Wednesday.\n\n"
        "Latest news\n\n"
        f"{teasers}\n"
    )


@pytest.mark.parametrize(
    ("teasers", "expected"),
    [
        # Title, subtitle, then the date glued to the teaser text.
        (
            f"{_HEADLINE}\nMaps with more to see\n26.01.2022The route planner now shows\n",
            D(2022, 1, 26),
        ),
        # Negatives: the date above the title is the previous teaser's; three lines under
        # the title it may be the next one's.
        (f"24.01.2022 A survey for readers\n{_HEADLINE}\nMaps with more to see\n", None),
        (f"{_HEADLINE}\nMaps with more to see\nA survey for readers\n24.01.2022\n", None),
    ],
    ids=["date-under-title", "date-above-title", "date-too-far"],
)
def test_date_of_own_teaser(teasers: str, expected: D | None) -> None:
    assert newsparse.parse(_page(teasers)).published == expected


def test_article_date_line_outranks_the_teaser() -> None:
    dump = _page(f"{_HEADLINE}\n27.01.2022\n").replace(
        f"{_HEADLINE}\n\n", f"{_HEADLINE}\n\n25 January 2022\n\n", 1
    )
    assert newsparse.parse(dump).published == D(2022, 1, 25)
