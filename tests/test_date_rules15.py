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


def _html(meta: str, shown: str) -> str:
    paragraphs = "".join(f"<p>{BODY * 2}</p>" for _ in range(6))
    return (
        f"<html><head><title>{HEADLINE}</title>"
        f'<meta property="article:published_time" content="{meta}"></head><body><article>'
        f"<h1>{HEADLINE}</h1>{shown}{paragraphs}</article></body></html>"
    )


def test_declared_utc_instant_is_given_in_the_zone_the_page_shows() -> None:
    # Filed at 23:03 in California, declared at 07:03 UTC the next day: the same instant,
    # given in the page's own offset, whose day is the day the page shows.
    html = _html("2019-11-19T07:03:25+00:00", "<p>Reuters November 18, 2019 11:03 PM</p>")
    published = newsparse.parse(html, url=URL).published
    assert published == dt.datetime(2019, 11, 19, 7, 3, 25, tzinfo=dt.UTC)
    assert isinstance(published, dt.datetime)
    assert published.isoformat() == "2019-11-18T23:03:25-08:00"
    # The clock time on the line under the date ("Nov. 19, 2019" / "5:50 PM").
    html = _html("2019-11-20T01:50:59Z", "<p>Nov. 19, 2019</p><p>5:50 PM</p>")
    published = newsparse.parse(html, url=URL).published
    assert isinstance(published, dt.datetime)
    assert published.isoformat() == "2019-11-19T17:50:59-08:00"


def test_declared_instant_keeps_its_zone_without_a_matching_shown_time() -> None:
    # A day without a clock time does not tell the offset; nor does a clock time that is
    # no whole or half hour away from the instant, nor one in the declared zone itself.
    for shown in (
        "<p>November 18, 2019</p>",
        "<p>November 18, 2019 11:10 PM</p>",
        "<p>November 19, 2019 07:03</p>",
    ):
        published = newsparse.parse(_html("2019-11-19T07:03:25+00:00", shown), url=URL).published
        assert isinstance(published, dt.datetime)
        assert published.isoformat() == "2019-11-19T07:03:25+00:00"
