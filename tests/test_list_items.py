"""Lines of a list near the headline: marked teaser items and a topic list's last entry."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.extract import headline
from tests.byline_pages import TEXT_BODY as _TEXT_BODY

_BODY = (
    "The city council voted on Tuesday to approve the new budget after a long debate.\n\n"
    "Critics said the plan would cut services in the poorest districts of the city.\n\n"
    "The mayor defended the budget and said the savings were needed to avoid a deficit.\n"
)

_HEAD = (
    "Live news\n\nCouncil approves the new city budget\n\n"
    "The council backed a plan that cuts spending on parks and roads in every district, "
    "and the mayor said more cuts may follow. Here is the latest news of the day.\n\n"
    "Save for later\nComment\nShare\n\n"
    "9:00 - The main news this morning\n\n"
)


@pytest.mark.parametrize("mark", [">", "•", "»"])
def test_marked_teasers_are_no_headline(mark: str) -> None:
    """A teaser list's items, marked or between two marked ones, lose to the headline.

    A live page lists the morning's stories near its body start, one a line behind a
    mark ("> Story"); the line between two marked items lost its mark, not its place.
    """
    page = (
        f"{_HEAD}{mark} Markets open higher on a quiet Thursday\n\n"
        "Olympic village officially opens its doors\n\n"
        f"{mark} Senator outlines his vision of the country\n\n{_BODY}"
    )
    assert newsparse.parse(page).headline == "Council approves the new city budget"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("> Markets open higher", True),
        ("• Markets open higher", True),
        ("- Markets open higher", True),
        # Negatives: emphasis marks glued to a word, a word after a dash, a plain line.
        ("*Exclusive* Markets open higher", False),
        ("-30 degrees in the city", False),
        ("Markets open higher", False),
    ],
    ids=["quote-mark", "bullet", "dash", "emphasis", "minus", "plain"],
)
def test_marked_line(line: str, expected: bool) -> None:
    """A line opening with a list or quote mark and a space is marked."""
    assert headline._marked(line) is expected


_CAPTION = "The mayor opens the old bridge in 1990, with a credit line. Photo: Jane Roe"


@pytest.mark.parametrize(
    ("top", "authors"),
    [
        # A topic list's last entry, under share buttons, is no byline.
        (f"Comment\nShare\nDonald Trump\nDow Jones\n\n{_CAPTION}\n\nBy Reuters", ("Reuters",)),
        # Negative: a name right under share buttons is the byline.
        (f"Share\nTweet\nJane Northern\n\n{_CAPTION}", ("Jane Northern",)),
    ],
    ids=["topic-list", "under-share-buttons"],
)
def test_topic_list_end_is_no_byline(top: str, authors: tuple[str, ...]) -> None:
    """A bare name closing a run of short glued lines is a list's last item."""
    page = (
        "Council approves the new river bridge\n\n"
        "The council backed the plan on Monday, and the mayor said work may start soon.\n\n"
        f"{top}\n\n{_TEXT_BODY}"
    )
    assert newsparse.parse(page).authors == authors
