"""Date rules of the fifteenth round: the byline-dated label's reach, the day/month order of
dotted dates on English pages, and the day a declared instant is given in."""

from __future__ import annotations

import datetime as dt

import newsparse

BODY = (
    "The council met on Tuesday to discuss the budget for the coming year. Members argued "
    "for hours before a vote was taken late in the evening, and the mayor said she was "
    "pleased. "
)

MENU = "\n".join(
    f"Section {word}"
    for word in [
        "News",
        "Sport",
        "Business",
        "Culture",
        "Travel",
        "Weather",
        "Opinion",
        "Science",
        "Health",
        "Money",
        "Cars",
        "Homes",
        "Jobs",
        "Video",
        "Audio",
        "Podcasts",
        "Puzzles",
        "Crosswords",
        "Letters",
        "Obituaries",
        "Events",
        "Shop",
        "Offers",
        "Newsletters",
        "Contact",
        "About",
        "Careers",
        "Privacy",
        "Terms",
        "Cookies",
        "Help",
        "Archive",
        "Local",
        "World",
        "Politics",
        "Education",
        "Tech",
        "Games",
        "Food",
        "Style",
        "Books",
    ]
)

URL = "https://www.example.com/news/council-approves-the-new-budget-after-a-long-debate"
HEADLINE = "Council approves the new budget after a long debate"


def test_byline_dated_teaser_far_above_the_story_dates_nothing() -> None:
    # A teaser's "By X on <date>" line far above the story (past a long menu) is no label
    # of the story's date: only a post's meta line under the story is.
    text = (
        f"Bakers strike over pay in the old town\nBy Jane Doe on March 3, 2019\n{MENU}\n"
        f"{HEADLINE}\n" + "\n".join([BODY * 2] * 6)
    )
    article = newsparse.parse(text, url=URL)
    assert article.headline == HEADLINE
    assert article.published is None


def test_byline_dated_meta_line_under_the_story_still_dates_it() -> None:
    text = f"{HEADLINE}\n" + "\n".join([BODY * 2] * 6) + "\nPosted by Jane Doe on March 3, 2019"
    assert newsparse.parse(text, url=URL).published == dt.date(2019, 3, 3)
