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


def _dotted(date_line: str, url: str) -> dt.date | None:
    text = f"{HEADLINE}\n{date_line}\n" + "\n".join([BODY * 2] * 6)
    published = newsparse.parse(text, url=url).published
    return published.date() if isinstance(published, dt.datetime) else published


def test_english_dotted_date_reads_month_first_on_a_us_site() -> None:
    # "Published: 11.03.17" on an English page of a .com site: the US order, 3 November.
    assert _dotted("Published: 11.03.17", URL) == dt.date(2017, 11, 3)
    assert _dotted("Published: 11.03.2017", URL) == dt.date(2017, 11, 3)


def test_english_dotted_date_keeps_day_first_in_a_day_first_region() -> None:
    # A British domain, or a German site's English page, writes the day first.
    uk = URL.replace("example.com", "example.co.uk")
    de = URL.replace("example.com", "example.de")
    assert _dotted("Published: 11.03.17", uk) == dt.date(2017, 3, 11)
    assert _dotted("Published: 11.03.17", de) == dt.date(2017, 3, 11)


def test_english_dotted_date_follows_declared_locale_and_page_evidence() -> None:
    paragraphs = "".join(f"<p>{BODY * 2}</p>" for _ in range(6))
    html = (
        '<html lang="en-GB"><head><title>x</title></head><body><article>'
        f"<h1>{HEADLINE}</h1><p>Published: 11.03.17</p>{paragraphs}</article></body></html>"
    )
    published = newsparse.parse(html, url=URL).published
    assert published is not None
    assert published.isoformat()[:10] == "2017-03-11"
    # A clear dotted date elsewhere on the page (25.03.2017) settles the order: day first.
    text = f"{HEADLINE}\nPublished: 11.03.17\n" + "\n".join([BODY * 2] * 6)
    text += "\nAlso see our report of 25.03.2017"
    published = newsparse.parse(text, url=URL).published
    assert published is not None
    assert published.isoformat()[:10] == "2017-03-11"
