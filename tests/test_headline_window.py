"""Lines around the headline that win on length: glued menu rows; the window past the start."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.extract.headline_window import glued_menu
from tests.test_headline import _BODY

_MENU = "Front Page\nCity News\nBusiness\nArts & Culture\nSports\nWorld News\nFeatures\n"

_ITEMS = frozenset({"front page", "city news", "business", "arts & culture", "sports", "features"})


def test_glued_menu_row_loses_to_the_headline() -> None:
    dump = (
        f"{_MENU}\nAll Front Page City News Business Arts & Culture Sports World News Features\n"
        f"GO\n\nHome\nCity News\n\nMay 3, 2024\n\nCouncil approves new budget\n\n"
        f"By Jane Smith\n\n{_BODY}"
    )
    assert newsparse.parse(dump).headline == "Council approves new budget"


@pytest.mark.parametrize(
    ("line", "glued"),
    [
        ("all front page city news business arts & culture sports features", True),
        # Negatives: a headline naming one or two menu words, and a short row.
        ("business leaders warn of a slowdown in city news and retail", False),
        ("sports business features", False),
        ("front page sports business review of the week ahead in the city", False),
    ],
)
def test_glued_menu_needs_three_items_covering_the_line(line: str, glued: bool) -> None:
    assert glued_menu(line, len(line.split()), _ITEMS) is glued


def test_headline_past_a_caption_at_the_body_start() -> None:
    """A lead photo's caption found as the body start leaves the headline in reach.

    The window runs past the start to the headline's date line.
    """
    caption = "The remains of the two buildings, which had 140 flats. Photograph: Jane Roe/Reuters"
    dump = (
        f"Home\nPolitics\nWorld\nSport\nCulture\n\n{caption}\n\nView image in fullscreen\n\n"
        f"{caption}\n\nSpain\n\nCouncil approves the new city budget after months of debate\n\n"
        "The plan cuts spending in every district and raises fees for parking in the centre\n\n"
        f"Jane Smith\nSat 3 May 2024 14.41 CET\n\n{_BODY}"
    )
    assert newsparse.parse(dump).headline == (
        "Council approves the new city budget after months of debate"
    )


def test_tag_row_under_the_body_loses_to_the_headline() -> None:
    """A tag row far under the body holds more of the slug's words than the headline."""
    more = "".join(
        f"Paragraph {n} of the story goes on about the council and its budget for the year.\n\n"
        for n in range(12)
    )
    dump = (
        "Home\nCity\n\nCover story\n\nKate Doe: what I do not want is to be ordinary\n\n"
        f"By Jane Smith\n\n{_BODY}\n{more}Share this\n\nRead more\n\n"
        "Teaser about another story of the week in the city\n\nJane Roe\n\n"
        "Magazine issue Cover Models Interview Print Kate Doe\n\nNewsletter\n\nAbout us\n"
    )
    url = "https://news.example/article/kate-doe-cover-model-interview"
    assert newsparse.parse(dump, url=url).headline == (
        "Kate Doe: what I do not want is to be ordinary"
    )


def test_teasers_under_a_repeated_label_stay_in_the_box() -> None:
    """A box printing "Read on" over each teaser holds them all: the last is no headline.

    The byline under the first box's teaser signs that teaser, not the headline over
    the box's heading.
    """
    dump = (
        "Acme Games\n\nThe Long Story Of A Famous Game Series And Its Many Worlds\n"
        "You may also like\nSister Site\n"
        "Mayor Shocked to Learn the Port Sells Masks Overseas After a Long Delay\n"
        "Matt Novak\nToday 7:30AM\n"
        "More from Acme Media\nRead on\nThe fifty most important independent movies\n"
        "Read on\nSome people went and animated an unused film script\n"
        "Read on\nA Motorcycle Maker Has Some Neat New Motorcycles In The Works\n"
        "Subscribe To Our Newsletter\nYour guide to gaming delivered daily.\n"
        "Mama Robotnik\n9/11/13 10:00AM\n•\nFiled to: games\ngames longreads\n158\n52\n\n"
        f"{_BODY}"
    )
    article = newsparse.parse(dump)
    assert article.headline == "The Long Story Of A Famous Game Series And Its Many Worlds"
    assert article.authors == ("Mama Robotnik",)


def test_teasers_of_a_box_printed_a_paragraph_a_line_stay_in_the_box() -> None:
    """A box whose heading stands over a blank line holds its lines past blank lines.

    Each teaser, label and byline is its own paragraph: the teasers over a byline and a
    date line, or under a "Read on" label, are no headline though far nearer the body.
    """
    dump = (
        "Acme Games\n\nThe Long Story Of A Famous Game Series And Its Many Worlds\n\n"
        "You may also like\n\nSister Site\n\n"
        "Mayor Shocked to Learn the Port Sells Masks Overseas After a Long Delay\n\n"
        "Matt Novak\nToday 7:30AM\nSister Site\n\n"
        "I Cannot Believe You Made Me Solve the Great Council Mystery\n\n"
        "Hudson Hongo\nYesterday 12:35PM\n\n"
        "More from Acme Media\n\nRead on\n\nThe fifty most important independent movies\n\n"
        "Read on\n\nSome people went and animated an unused film script\n\n"
        "Read on\n\nA Motorcycle Maker Has Some Neat New Motorcycles In The Works\n\n"
        "Subscribe To Our Newsletter\nYour guide to gaming delivered daily.\n"
        "Mama Robotnik\n9/11/13 10:00AM\n•\nFiled to: games\ngames longreads\n158\n52\n\n"
        f"{_BODY}"
    )
    article = newsparse.parse(dump)
    assert article.headline == "The Long Story Of A Famous Game Series And Its Many Worlds"


def test_headline_over_its_date_line_past_a_start_found_on_teasers() -> None:
    """A body start found on teaser paragraphs leaves the headline inside the body.

    The line naming the story over its date line is the headline, though past the window.
    """
    teaser = (
        "Airline Fare Sale Gives Passengers A Row To Themselves After blocking middle seats "
        "on its flights for months the airline now offers a second seat for free to anyone "
        "who books in the next two days, the company said on Monday in a statement."
    )
    dump = (
        "Home\nNews\nSports\n\nLatest Headlines\n\n"
        "Five Sauce Recipes To Try This Week And would you miss them if they were gone?\n"
        "Try These Freezer Meals Perfect For Weeknights Set yourself up for easy dinners\n\n"
        f"Travel\n\n{teaser}\n{teaser}\n{teaser}\n\nMore\n\nEntertainment\n\n"
        "Country Music Awards Winners List\n\nSeptember 16, 2020 at 4:59 pm\n\n"
        f"{_BODY}"
    )
    url = "https://news.example/2020/09/16/country-music-awards-winners-list/"
    assert newsparse.parse(dump, url=url).headline == "Country Music Awards Winners List"


def test_search_field_prompt_over_the_headline_is_no_headline() -> None:
    """A search field's prompt ("Press enter to search") is boilerplate, not a short title
    that makes the headline under it read as its standfirst."""
    dump = (
        "Acme.Tech\n\nTopics\n\nFront End\nInfrastructure\nSecurity\n\nJobs\n\n"
        "// Press enter to search\n\n"
        "How we designed our task queue: an async task framework\n\n"
        "// By Jane Smith • Nov 11, 2020\n\n"
        f"{_BODY}"
    )
    expected = "How we designed our task queue: an async task framework"
    assert newsparse.parse(dump).headline == expected


def test_short_headline_over_a_bare_name_line_a_paragraph_apart() -> None:
    """A headline of three words over a name line of three: the name is its byline.

    Both are short lines, and a bare name is no byline for the lines that read one under a
    headline (no prefix, no date); the headline holds a lower-case word, the name none but
    its particle (``headline_around.over_name_line``).
    """
    article = newsparse.parse(f"Council cuts budget\n\nAnna de Vries\n\n{_BODY}")
    assert article.headline == "Council cuts budget"
    assert article.authors == ("Anna de Vries",)
