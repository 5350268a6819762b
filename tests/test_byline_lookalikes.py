"""Lines that look like a byline but are none: a menu's section entries, teaser titles over
their dates, and the headline's own line; a byline under the headline still counts."""

from __future__ import annotations

import pytest

import newsparse
from tests.byline_pages import TEXT_BODY, text_page
from tests.test_byline_text import PROSE

_MENU = "Front Page\nWorld News\nBusiness\nSport\n\n"


@pytest.mark.parametrize(
    ("page", "authors"),
    [
        (
            _MENU
            + _MENU
            + "Front Page\nWed, Oct 16, 2024\n\nCouncil approves the new river bridge\n\n"
            + TEXT_BODY
            + _MENU,
            (),
        ),
        # Negative: an author's name recurs (an author box, a teaser), each time over
        # another line.
        (
            "Council approves the new river bridge\n\nJane Doe\nWed, Oct 16, 2024\n\n"
            + TEXT_BODY
            + "Jane Doe\nJane Doe writes about cities.\n\nJane Doe\nAnother story\n",
            ("Jane Doe",),
        ),
    ],
    ids=["section-menu", "author-box"],
)
def test_menu_entry_is_no_byline(page: str, authors: tuple[str, ...]) -> None:
    """A section name the page prints in its menus, over the same next entry, is no byline."""
    assert newsparse.parse(page).authors == authors


_TEASERS = (
    "MUSIK\nFaszination Loopstation-Battle\n18. Januar 2019\n"
    "TECHNIK\nSmarte Heizungssteuerung\n22. November 2018\n"
    "TECHNIK\nHTC Closer Look\n31. August 2017"
)


@pytest.mark.parametrize(
    ("top", "authors"),
    [
        (_TEASERS, ()),
        # Negative: a name over its date, followed by the story, is the byline.
        ("Jane Northern\n18. Januar 2019", ("Jane Northern",)),
    ],
    ids=["teaser-list", "byline"],
)
def test_teaser_title_over_its_date_is_no_byline(top: str, authors: tuple[str, ...]) -> None:
    """A title-case teaser title over its date, in a list of such rows, names no author."""
    assert newsparse.parse(text_page(top)).authors == authors


@pytest.mark.parametrize(
    ("headline", "authors"),
    [
        ("Content Depth — Write Comprehensively About Your Core Topics", ()),
        ("Atkins Diet - Lose Ten Kilograms In Fourteen Days", ()),
    ],
    ids=["dash", "hyphen"],
)
def test_headline_line_is_no_byline(headline: str, authors: tuple[str, ...]) -> None:
    """The decided headline's head before a dash reads as a name, but it is the headline."""
    dump = "Home\nPricing\nBlog\n" + headline + "\n\n" + PROSE
    article = newsparse.parse(dump)
    assert article.headline == headline
    assert article.authors == authors


def test_prefixed_byline_under_the_headline_is_kept() -> None:
    """Only the headline's own line is skipped: the byline line under it still counts."""
    dump = "Home\nPricing\nBlog\nContent Depth — Write About Your Topics\nBy Jane Doe\n\n" + PROSE
    assert newsparse.parse(dump).authors == ("Jane Doe",)
