"""Date finding and reading: formats, languages, ambiguity, validity."""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Iterator
from importlib import resources

import pytest

import newsparse
from newsparse.dates import find_dates, parse_iso
from newsparse.extract import Candidate, Context, Field

D = dt.date

CASES = [
    ("27-08-2019", (D(2019, 8, 27),)),
    ("03/04/2019", (D(2019, 4, 3), D(2019, 3, 4))),
    ("2019-08-27", (D(2019, 8, 27),)),
    ("2019/8/7", (D(2019, 8, 7),)),
    ("3. Mai 2024, 17:47", (D(2024, 5, 3),)),
    ("Nov. 19, 2019 8:03 am ET", (D(2019, 11, 19),)),
    ("August 27th, 2019", (D(2019, 8, 27),)),
    ("le 3 mai 2024", (D(2024, 5, 3),)),
    ("3 de mayo de 2024", (D(2024, 5, 3),)),
    ("12 settembre 2023", (D(2023, 9, 12),)),
    ("2024年5月3日", (D(2024, 5, 3),)),
    ("2024년 5월 3일", (D(2024, 5, 3),)),
    ("Tuesday 27 August 2019", (D(2019, 8, 27),)),
    # Languages with month names only (months.toml).
    ("10. marts 2020", (D(2020, 3, 10),)),
    ("19 sierpnia 2020, 5:16", (D(2020, 8, 19),)),
    ("duminică, 20 septembrie 2020", (D(2020, 9, 20),)),
    ("30 Ekim 2020 Cuma 18:28", (D(2020, 10, 30),)),
    ("14 мая 2025", (D(2025, 5, 14),)),
    # Two-digit years, only when a clock time follows (a timestamp).
    ("By Jane Roe - 11/19/19 06:56 AM EST", (D(2019, 11, 19),)),
    ("9/11/13 10:00AM", (D(2013, 11, 9), D(2013, 9, 11))),
    ("Do 25.04.24 | 14:07 Uhr", (D(2024, 4, 25),)),
    ("1.5.24 um 10:00", (D(2024, 5, 1), D(2024, 1, 5))),
    ("BY JANE ROE ON 11/13/19 AT 4:00 PM EST", (D(2019, 11, 13),)),
    ("Publié le 27 Mar 20 à 9:21", (D(2020, 3, 27),)),
    # A two-digit year of this century that lies in the future is the last century's.
    ("12/31/99 10:00 PM", (D(1999, 12, 31),)),
    # Browser text glues inline elements: a label before the day or the month, a date twice.
    ("Published10 March 2021", (D(2021, 3, 10),)),
    ("PublishedMarch 3, 2020", (D(2020, 3, 3),)),
    ("byJohn Smith|March 3, 2020", (D(2020, 3, 3),)),
    ("GEARAPR 28, 2024 10:00 AM", (D(2024, 4, 28),)),
    ("am 19. Dezember 202219. Dezember 2022 von", (D(2022, 12, 19),)),
    ("26.01.2022Strava adds points of interest", (D(2022, 1, 26),)),
    # The spaced-bar style of some date lines.
    ("26 | 01 | 2022\tWorld | Science", (D(2022, 1, 26),)),
    # A two-digit-year date alone on its line (a teaser list's date lines).
    ("10.15.15", (D(2015, 10, 15),)),
    (" 09/28/15 ", (D(2015, 9, 28),)),
]


@pytest.mark.parametrize(("text", "readings"), CASES, ids=[c[0] for c in CASES])
def test_find_dates_reads(text: str, readings: tuple[D, ...]) -> None:
    found = find_dates(text)
    assert len(found) == 1
    assert found[0].readings == readings


@pytest.mark.parametrize(
    "text",
    [
        "31-02-2019",
        "in 2019 and 2020",
        "call 555-1234 now",
        "version 2.10.2019x",
        "version 2.10.2019RC1",
        "May the force",
        "marts 2020",
        "12 martyrs 2020",
        "version 1.5.24",
        "score 3/4/19 in the final",
        "Jane Roe11/12/19 4:40PM",
        "31/02/19 10:00",
        "1.5.24 10:000",
        "sold 3 May 20 bikes at 9:00",
        "gearapr 28, 2024",
        "Gearapr 28, 2024",
        "Room 12345 March 2020",
        "x_10 March 2021",
        "26|01|2022",
        "Rating 3 | 4 | 5",
        "v 10.15.15",
        "10.15.15.2",
    ],
    ids=[
        "feb-31",
        "years-only",
        "phone",
        "glued-letters",
        "glued-capitals",
        "modal-may",
        "no-day",
        "longer-word",
        "short-year-no-time",
        "short-year-score",
        "short-year-glued-to-name",
        "short-year-feb-31",
        "short-year-not-a-time",
        "short-year-month-name-no-time",
        "glued-lowercase-month",
        "glued-capitalised-month",
        "glued-digits-before-day",
        "underscore-before-day",
        "bar-without-spaces",
        "bars-without-year",
        "short-year-line-with-a-word",
        "short-year-line-four-parts",
    ],
)
def test_find_dates_rejects(text: str) -> None:
    assert find_dates(text) == []


def test_parse_iso_keeps_time_only_with_zone() -> None:
    assert parse_iso("2019-08-27T10:00:00+03:00") == dt.datetime(
        2019, 8, 27, 10, tzinfo=dt.timezone(dt.timedelta(hours=3))
    )
    assert parse_iso("2019-08-27T10:00:00") == D(2019, 8, 27)
    assert parse_iso("2019-08-27T10:00:00Z") == dt.datetime(2019, 8, 27, 10, tzinfo=dt.UTC)


def test_long_text_is_scanned_quickly() -> None:
    text = "2019 " * 200_000
    assert find_dates(text) == []


def _page(date_line: str, extra: str = "") -> str:
    return (
        "A headline about the local election result\n\n"
        f"{date_line}\n\n"
        "The election commission published the final count on the evening after the vote.\n\n"
        "Turnout was higher than in any election of the past two decades, officials said.\n"
        f"{extra}"
    )


def test_ambiguous_date_follows_page_evidence() -> None:
    extra = "\nRelated\n\nAn older story from 25.12.2018 about the campaign.\n"
    article = newsparse.parse(_page("03.04.2019", extra))
    assert article.published == D(2019, 4, 3)


@pytest.mark.parametrize(
    ("date_line", "other", "expected"),
    [
        # A clear date with the same separator settles the order, either way.
        ("03/04/2019", "25/12/2018", D(2019, 4, 3)),
        ("03/04/2019", "12/25/2018", D(2019, 3, 4)),
        ("03.04.2019", "12.25.2018", D(2019, 3, 4)),
        # Negatives: a date with equal day and month (01/01), or with both parts under 13
        # read the same way, tells nothing; the default order stays (month first only for
        # an English slash date).
        ("03/04/2019", "01/01/2019", D(2019, 3, 4)),
        ("03.04.2019", "01.01.2019", D(2019, 4, 3)),
        ("03-04-2019", "01-01-2019", D(2019, 4, 3)),
        # Another separator's clear date says nothing about this one.
        ("03/04/2019", "25.12.2018", D(2019, 3, 4)),
    ],
)
def test_ambiguous_date_order_evidence(date_line: str, other: str, expected: D) -> None:
    extra = f"\nRelated\n\nAn older story from {other} about the campaign.\n"
    assert newsparse.parse(_page(date_line, extra)).published == expected


def _html_page(date_line: str, locale: str) -> str:
    meta = f'<meta property="og:locale" content="{locale}">' if locale else ""
    return (
        f"<html lang='en'><head>{meta}</head><body><article>"
        "<h1>A headline about the local election result</h1>"
        f"<p>{date_line}</p>"
        "<p>The election commission published the final count on the evening after the vote.</p>"
        "<p>Turnout was higher than in any election of the past two decades, officials said.</p>"
        "</article></body></html>"
    )


@pytest.mark.parametrize(
    ("locale", "url", "expected"),
    [
        # A day-first country's locale or domain: a British reader's 3 April.
        ("en_GB", None, D(2019, 4, 3)),
        ("", "https://www.example.co.uk/news/election", D(2019, 4, 3)),
        ("", "https://example.com.au/news/election", D(2019, 4, 3)),
        # The declared locale speaks before the domain.
        ("en_US", "https://www.example.co.uk/news/election", D(2019, 3, 4)),
        # Negatives: a US locale, a generic domain, a locale without region.
        ("en_US", None, D(2019, 3, 4)),
        ("", "https://www.example.com/news/election", D(2019, 3, 4)),
        ("en", "https://www.example.org/news/election", D(2019, 3, 4)),
    ],
)
def test_ambiguous_english_date_follows_the_region(
    locale: str, url: str | None, expected: D
) -> None:
    assert newsparse.parse(_html_page("03/04/2019", locale), url=url).published == expected


def test_page_evidence_outranks_the_region() -> None:
    extra = "\nRelated\n\nAn older story from 12/25/2018 about the campaign.\n"
    article = newsparse.parse(_page("03/04/2019", extra), url="https://www.example.co.uk/a")
    assert article.published == D(2019, 3, 4)


def test_ambiguous_slash_date_in_english_reads_month_first() -> None:
    article = newsparse.parse(_page("03/04/2019"))
    assert article.published == D(2019, 3, 4)


def test_no_date_after_fetch_date() -> None:
    article = newsparse.parse(_page("27 August 2030"), fetched=D(2020, 1, 1))
    assert article.published is None


@pytest.mark.parametrize(
    "page",
    [
        _page("27 August 2090"),
        '<html><head><meta property="article:published_time" content="2090-08-27T10:00:00Z">'
        "</head><body><article><h1>Vote count</h1>"
        "<p>The election commission published the final count on the evening after the vote.</p>"
        "<p>Turnout was higher than in any election of the past two decades, officials said.</p>"
        "</article></body></html>",
    ],
    ids=["visible", "declared"],
)
def test_no_date_after_today_without_a_fetch_date(page: str) -> None:
    # Negative control for the clock: a date from the past is kept.
    assert newsparse.parse(page.replace("2090", "2019")).published is not None
    assert newsparse.parse(page).published is None


def test_no_url_date_after_today() -> None:
    page = _page("Politics")
    assert newsparse.parse(page, url="https://example.org/2090/08/27/vote/").published is None
    assert newsparse.parse(page, url="https://example.org/2019/08/27/vote/").published == D(
        2019, 8, 27
    )


def test_url_date_is_used_without_a_visible_date() -> None:
    article = newsparse.parse(
        _page("Politics"), url="https://example.org/2021/06/15/election-result"
    )
    assert article.published == D(2021, 6, 15)


@pytest.mark.parametrize(
    ("date_line", "url", "expected"),
    [
        # A visible date that disagrees with the URL's full date loses to it.
        ("12 July 2021", "https://example.org/2021/06/15/election-result", D(2021, 6, 15)),
        ("15 June 2021", "https://example.org/2021/06/15/election-result", D(2021, 6, 15)),
        # Negatives: a year/month path or an id that looks like a date is no evidence.
        ("12 June 2021", "https://example.org/2021/06/election-result", D(2021, 6, 12)),
        ("12 July 2021", "https://example.org/story/2021061", D(2021, 7, 12)),
    ],
    ids=["url-beats-visible", "agree", "month-only-path", "short-number"],
)
def test_url_date_outranks_visible_dates(date_line: str, url: str, expected: D) -> None:
    assert newsparse.parse(_page(date_line), url=url).published == expected


@pytest.mark.parametrize(
    ("date_line", "url", "expected"),
    [
        # A visible date outside the month named by the URL is another story's date.
        ("12 July 2020", "https://example.org/2021/06/election-result", None),
        # Negatives: a date inside that month, an issue number in place of a month.
        ("12 June 2021", "https://example.org/2021/06/election-result", D(2021, 6, 12)),
        ("12 July 2020", "https://example.org/2021/43/election-result", D(2020, 7, 12)),
        # An ambiguous date takes the reading in the URL's month, against the usual order.
        ("03/04/2021", "https://example.org/2021/04/election-result", D(2021, 4, 3)),
        ("03.04.2021", "https://example.org/2021/03/election-result", D(2021, 3, 4)),
        # Negatives: without a URL month the usual order stays; no reading in it, no date.
        ("03/04/2021", "https://example.org/politics/election-result", D(2021, 3, 4)),
        ("03/04/2021", "https://example.org/2021/07/election-result", None),
    ],
    ids=[
        "outside-month",
        "inside-month",
        "issue-number",
        "ambiguous-url-month",
        "ambiguous-url-month-dotted",
        "ambiguous-no-url-month",
        "ambiguous-outside-url-month",
    ],
)
def test_url_month_filters_visible_dates(date_line: str, url: str, expected: D | None) -> None:
    assert newsparse.parse(_page(date_line), url=url).published == expected


_TAG_LIST = "Filed under:\n\n" + "\n\n".join(f"Topic {n}" for n in range(14))


def _footer_page(footer: str) -> str:
    return (
        "A headline about the local election result\n\n"
        "The election commission published the final count on the evening after the vote.\n\n"
        "Turnout was higher than in any election of the past two decades, officials said.\n\n"
        f"{footer}\n"
    )


@pytest.mark.parametrize(
    ("footer", "expected"),
    [
        # A labelled date in the lines after the body dates the story.
        ("Share this\n\nPublished May 25, 2021", D(2021, 5, 25)),
        # Negatives: an unlabelled date under a teaser, and an edit date, do not.
        ("Read more\n\nAnother story about the vote count\n\n9 August 2020", None),
        ("Share this\n\nPage revision 8, last edited: 17 Jun 2018", None),
        # A labelled date under a tag list still does ...
        (_TAG_LIST + "\n\nPosted by Jane — published 28.01.2022 06:00", D(2022, 1, 28)),
        # ... but not an unlabelled one there, nor a labelled one much further down.
        (_TAG_LIST + "\n\nJane — 28.01.2022 06:00", None),
        (_TAG_LIST * 3 + "\n\nPosted by Jane — published 28.01.2022 06:00", None),
    ],
    ids=[
        "labelled-footer",
        "teaser-date",
        "last-edited",
        "labelled-under-tags",
        "unlabelled-under-tags",
        "labelled-too-far",
    ],
)
def test_dates_after_the_body(footer: str, expected: D | None) -> None:
    assert newsparse.parse(_footer_page(footer)).published == expected


_PARAGRAPH = (
    "The election commission published the final count on the evening after the vote,"
    " and officials said that turnout was higher than in any election of the past two decades"
)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # A date line a few lines into the body region (after a caption and a byline).
        (
            [
                _PARAGRAPH + ".",
                "A caption line",
                "Jane Smith",
                "Short note",
                "Another note",
                "Yet another note",
                "25 May 2021 16:51",
            ],
            D(2021, 5, 25),
        ),
        # Negative: the date that signs an embedded post does not date the story...
        (["— Jane Roe (@janeroe) November 18, 2019", _PARAGRAPH + "."], None),
        # ... while a bracketed agency before the date is no post signature.
        (["Jane Roe (Reuters) November 18, 2019", _PARAGRAPH + "."], D(2019, 11, 18)),
        # Negative: a date told inside a paragraph of the story does not date it.
        ([_PARAGRAPH + " on 1 March 2020, a record.", _PARAGRAPH + "."], None),
    ],
    ids=["date-line-in-body-head", "post-signature", "agency-credit", "date-in-paragraph"],
)
def test_dates_in_the_body(lines: list[str], expected: D | None) -> None:
    # Two further paragraphs, each different: a repeated paragraph weighs little in the body.
    more = [
        "Counting went on through the night in the larger districts, where queues at the polling"
        " stations had kept several of them open for an hour after the official close.",
        "The new council meets for the first time next month and will choose its chair from among"
        " the members of the largest group, as the rules of the city require.",
    ]
    dump = "A headline about the local election result\n\n" + "\n\n".join([*lines, *more])
    assert newsparse.parse(dump).published == expected


def test_date_only_month_names_are_twelve_per_language() -> None:
    text = resources.files("newsparse.lexicon").joinpath("months.toml").read_text("utf-8")
    for lang, data in tomllib.loads(text).items():
        if "months" not in data:
            # A language that writes dates in numerals only: labels, no month names.
            assert data.keys() <= {"published_cues", "updated_cues", "last_edit_cues"}, lang
            continue
        for key in ("months", "short_months"):
            months = data.get(key, [[]] * 12)
            assert len(months) == 12, (lang, key)
            assert all(isinstance(n, str) and n == n.casefold() for names in months for n in names)


@pytest.mark.parametrize(
    ("date_line", "published", "updated"),
    [
        # Each mention takes the label right before it, even when both read the same.
        (
            "By Jane Smith Updated Nov. 19, 2019 8:21 am / Original Nov. 18, 2019 8:02 am",
            D(2019, 11, 18),
            D(2019, 11, 19),
        ),
        (
            "Updated Nov. 19, 2019 8:21 am / Original Nov. 19, 2019 8:02 am",
            D(2019, 11, 19),
            None,
        ),
        # Labels glued to the previous part by a slash or a semicolon.
        (
            "By Jane Smith/June 12, 2020 9:49 am EST/Updated: Aug. 18, 2020 4:17 pm EST",
            D(2020, 6, 12),
            D(2020, 8, 18),
        ),
        # An update date alone dates the story (tests/test_date_shown_update.py).
        ("Updated Nov. 19, 2019 8:21 am", D(2019, 11, 19), None),
    ],
    ids=["two-labels", "same-day-twice", "slash-glued-label", "update-only"],
)
def test_date_labels(date_line: str, published: D | None, updated: D | None) -> None:
    article = newsparse.parse(_page(date_line))
    assert (article.published, article.updated) == (published, updated)


def _html_dates(meta_published: str, modified: str, jsonld_published: str | None) -> str:
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Vote count",'
        f' "datePublished": "{jsonld_published}", "dateModified": "{modified}"}}</script>'
        if jsonld_published
        else ""
    )
    return (
        f'<html><head><meta property="article:published_time" content="{meta_published}">'
        f'<meta property="article:modified_time" content="{modified}">{ld}</head>'
        "<body><article><h1>Vote count</h1>"
        "<p>The election commission published the final count on the evening after the vote.</p>"
        "<p>Turnout was higher than in any election of the past two decades, officials said.</p>"
        "</article></body></html>"
    )


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # article:published_time holds the edit instant; JSON-LD has the publication.
        (
            _html_dates("2024-12-07T12:43:39Z", "2024-12-07T12:43:39Z", "2024-12-06T22:00:40Z"),
            D(2024, 12, 6),
        ),
        # Negatives: no other instant to prefer; the other value has no time.
        (_html_dates("2024-12-07T12:43:39Z", "2024-12-07T12:43:39Z", None), D(2024, 12, 7)),
        (
            _html_dates("2024-12-07T12:43:39Z", "2024-12-07T12:43:39Z", "2024-12-06"),
            D(2024, 12, 7),
        ),
    ],
    ids=["edit-instant-as-published", "only-instant", "other-without-time"],
)
def test_published_instant_equal_to_the_edit(page: str, expected: D) -> None:
    published = newsparse.parse(page).published
    assert published is not None
    day = published.date() if isinstance(published, dt.datetime) else published
    assert day == expected


@pytest.mark.parametrize(
    ("date_line", "expected"),
    [
        # Far above the body, a labelled date line still dates the story...
        ("Published May 25, 2021", D(2021, 5, 25)),
        # ... an unlabelled one there is a teaser's.
        ("May 25, 2021", None),
    ],
    ids=["labelled-far-up", "unlabelled-far-up"],
)
def test_dates_far_above_the_body(date_line: str, expected: D | None) -> None:
    menu = "\n".join(f"Section {n}" for n in range(40))
    dump = f"{date_line}\n\n{menu}\n\n" + _page("Politics")
    assert newsparse.parse(dump).published == expected


def _headline_at(index: int) -> newsparse.Parser:
    """A parser whose headline is the given block: isolates the date rule from headline rules."""

    def rule(ctx: Context) -> Iterator[Candidate[str]]:
        yield Candidate(value=ctx.doc.blocks[index].text, score=9.0, source="test", blocks=(index,))

    parser = newsparse.Parser().without_rule(Field.HEADLINE, "meta")
    return parser.without_rule(Field.HEADLINE, "text").with_rule(Field.HEADLINE, "test", rule)


@pytest.mark.parametrize(
    ("head", "headline", "expected"),
    [
        # The date line under the decided headline dates the story, however far the body is.
        ("A headline about the local election result\n\nMay 25, 2021", 0, D(2021, 5, 25)),
        # ... and a date line just above it (section and date, then the headline).
        ("May 25, 2021\n\nA headline about the local election result", 1, D(2021, 5, 25)),
        # Without that headline, an unlabelled date far above the body is a teaser's.
        ("A headline about the local election result\n\nMay 25, 2021", 50, None),
        # A title among dated teasers: the dates around it are the teasers'.
        (
            "One story\n\nMay 20, 2021\n\nA headline about the local election result"
            "\n\nMay 25, 2021\n\nAnother story\n\nMay 24, 2021",
            2,
            None,
        ),
    ],
    ids=["under-headline", "over-headline", "no-headline-anchor", "teaser-list"],
)
def test_dates_around_the_decided_headline(head: str, headline: int, expected: D | None) -> None:
    menu = "\n".join(f"Photo {n} of the gallery" for n in range(45))
    dump = f"{head}\n\n{menu}\n\n" + _page("Politics")
    assert _headline_at(headline).parse(dump).published == expected


def test_date_line_over_a_long_share_panel() -> None:
    # A share panel prints a line or two per network between the date line and the body;
    # the date line dates the story even when a panel line wins the headline.
    panel = "\n".join(f"Share this with network {n}" for n in range(34))
    dump = _page(f"May 25, 2021\n{panel}")
    assert _headline_at(30).parse(dump).published == D(2021, 5, 25)


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        # The date line right under the decided headline beats a date line that lies
        # closer to the body start (a photo's "Date:" in a details list)...
        (0, D(2019, 9, 17)),
        # ... a date line above the headline gets no such help: closer to the body wins.
        (2, D(2019, 8, 31)),
    ],
    ids=["under-headline", "above-headline"],
)
def test_date_line_under_the_headline_in_the_window(headline: int, expected: D) -> None:
    details = "\n".join(f"Detail {n}: value" for n in range(12))
    head = "A headline about the night sky\n\nSeptember 17, 2019 Jane Roe 0\n\nAnother title"
    dump = f"{head}\n\n{details}\nDate: 31/08/2019\n{details}\n\n" + _page("Science")
    assert _headline_at(headline).parse(dump).published == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # A date in a line with a credit label dates the photo or clip: it loses, even closer
        # to the body...
        (
            ["Thu 25.04.2024 | 14:07", "Audio: Radio One | 24.04.2024 | Photo: Jane Roe"],
            D(2024, 4, 25),
        ),
        # ... as it does further up.
        (
            ["Audio: Radio One | 24.04.2024 | Photo: Jane Roe", "Thu 25.04.2024 | 14:07"],
            D(2024, 4, 25),
        ),
        # Negative: the only date on the page still dates it, credit label or not.
        (["Audio: Radio One | 24.04.2024 | Photo: Jane Roe"], D(2024, 4, 24)),
        # Negative: a label that is no credit cue ("Posted: ") costs nothing.
        (["Thu 25.04.2024 | 14:07", "Posted: 24.04.2024"], D(2024, 4, 24)),
    ],
    ids=["credit-after", "credit-before", "credit-only", "other-label"],
)
def test_dates_in_credit_lines(lines: list[str], expected: D) -> None:
    dump = "A headline about the local election result\n\n" + "\n\n".join(
        [*lines, _PARAGRAPH + ".", _PARAGRAPH + "."]
    )
    assert newsparse.parse(dump).published == expected


@pytest.mark.parametrize(
    ("head", "published", "updated"),
    [
        # A label alone on the line above a date line labels it.
        ("Joined\n\nMay 11, 2017", None, None),
        ("Zuletzt geändert am:\n\n12.03.2021", None, D(2021, 3, 12)),
        # Negative: a label in the date's own line wins over the line above.
        ("Joined\n\nPublished May 25, 2021", D(2021, 5, 25), None),
        # Negative: the line above labels only the date that opens the line.
        ("Updated\n\nMay 25, 2021 · Posted May 24, 2021", D(2021, 5, 24), D(2021, 5, 25)),
        # Negative: a short line that ends in a cue word without a colon is no label.
        ("Windows 11 updated\n\nMay 25, 2021", D(2021, 5, 25), None),
        ("A star is born\n\nMay 25, 2021", D(2021, 5, 25), None),
    ],
    ids=["joined", "updated-above", "own-label", "first-only", "title-updated", "title-born"],
)
def test_date_labels_on_the_line_above(head: str, published: D | None, updated: D | None) -> None:
    article = newsparse.parse(_page(head))
    assert (article.published, article.updated) == (published, updated)


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # Far above the body only a labelled date counts: a label on the line above will do.
        ("입력 :\n\n2025-06-04 02:37:08", D(2025, 6, 4)),
        ("Published:\n\nMay 25, 2021", D(2021, 5, 25)),
        # Negative: a line above that is no label leaves the date unlabelled.
        ("Politics\n\nMay 25, 2021", None),
    ],
    ids=["korean-label", "english-label", "no-label"],
)
def test_labels_above_dates_far_above_the_body(head: str, expected: D | None) -> None:
    menu = "\n".join(f"Section {n}" for n in range(40))
    dump = f"{head}\n\n{menu}\n\n" + _page("Politics")
    assert newsparse.parse(dump).published == expected


@pytest.mark.parametrize(
    ("last", "expected"),
    [
        # The last line of the body may be signed with the date ...
        (
            "Reporting from the town hall by Jane Roe and John Doe (Jane Roe, 3.5.2024)",
            D(2024, 5, 3),
        ),
        # ... but a sentence after a date that opens the line is a teaser of another story.
        (
            "01.12.2021 This is why the new council will meet in the town hall and not in the"
            " school as it did.",
            None,
        ),
        # Negative: a short date line at the end still dates the story.
        ("01.12.2021 by Jane Roe", D(2021, 12, 1)),
    ],
    ids=["signature", "teaser-under-date", "short-date-line"],
)
def test_dates_in_the_last_lines(last: str, expected: D | None) -> None:
    # A body longer than the window searched under its start, so that the last line is read
    # as one of the body's last lines.
    body = [
        f"{_PARAGRAPH} in district number {n}, and the count there was final." for n in range(16)
    ]
    dump = "A headline about the local election result\n\n" + "\n\n".join([*body, last])
    assert newsparse.parse(dump).published == expected


_STANDFIRST = (
    "The count took two days longer than planned in the larger districts, where the queues at"
    " the polling stations were long. What kept the officials so busy?"
)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # A date line that a text rendering glued after the standfirst's last sentence.
        ([_STANDFIRST + " Monday, 6 January 2020", _PARAGRAPH + "."], D(2020, 1, 6)),
        # Negative: a date that a sentence tells ("on ...") does not date the story.
        ([_STANDFIRST[:-1] + " on Monday, 6 January 2020?", _PARAGRAPH + "."], None),
        # Negative: a paragraph far down the body that ends with a date does not either.
        (
            [
                *(f"{_PARAGRAPH} in district {n}." for n in range(5)),
                _STANDFIRST + " 6 January 2020",
            ],
            None,
        ),
    ],
    ids=["glued-after-standfirst", "told-in-sentence", "far-in-body"],
)
def test_date_glued_to_the_standfirst(lines: list[str], expected: D | None) -> None:
    more = [f"{_PARAGRAPH} in ward {n}, as the rules of the city require." for n in range(3)]
    dump = "A headline about the local election result\n\n" + "\n\n".join([*lines, *more])
    assert newsparse.parse(dump).published == expected


@pytest.mark.parametrize(
    ("visible", "expected"),
    [
        # A visible date of the declared instant's day takes the instant: day and time.
        (
            "May 25, 2021",
            dt.datetime(2021, 5, 25, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=2))),
        ),
        # Negative: a visible date of another day keeps its own value.
        ("May 24, 2021", D(2021, 5, 24)),
    ],
    ids=["same-day", "other-day"],
)
def test_visible_date_takes_the_declared_instant(visible: str, expected: D) -> None:
    page = (
        '<html><head><meta property="article:published_time" content="2021-05-25T10:00:00+02:00">'
        "</head><body><article><h1>Vote count</h1>"
        f"<p>{visible}</p>"
        "<p>The election commission published the final count on the evening after the vote.</p>"
        "<p>Turnout was higher than in any election of the past two decades, officials said.</p>"
        "</article></body></html>"
    )
    _, explanation = newsparse.Parser.default().parse_and_explain(page)
    ranked = explanation.decisions[Field.PUBLISHED].ranked
    visible_values = [c.value for c in ranked if c.source.startswith("block:")]
    assert visible_values == [expected]


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        ("Veröffentlicht am 21.02.21", (D(2021, 2, 21),)),
        ("Veröffentlicht am: 21.02.21 | Politik", (D(2021, 2, 21),)),
        ("Stand: 03.05.24", (D(2024, 5, 3), D(2024, 3, 5))),
        ("Publié le 21.02.21", (D(2021, 2, 21),)),
        ("Mo, 21.02.21", (D(2021, 2, 21),)),
        ("Aktualisiert 3.5.24.", (D(2024, 5, 3), D(2024, 3, 5))),
    ],
    ids=["label", "label-colon-bar", "stand", "french", "weekday", "updated-full-stop"],
)
def test_find_dates_reads_labelled_two_digit_years(text: str, readings: tuple[D, ...]) -> None:
    # A dotted two-digit-year date after a date label or a weekday: the label makes it a date.
    found = find_dates(text)
    assert [m.readings for m in found] == [readings]


@pytest.mark.parametrize(
    "text",
    [
        "am 21.02.21",
        "Reif ist Live vom 15.05.23",
        "Opening Bell 9.3.19",
        "11.03.17 in Gadgetry",
        "Stand: 1.2.3.4",
        "Stand: 21.02.215",
        "Stand: 21.02.21x",
        "Stand: 32.01.21",
        "Veröffentlicht am 21.02.21 " + "x" * 80,
    ],
    ids=[
        "preposition",
        "teaser",
        "show-title",
        "opens-line",
        "four-parts",
        "three-digit-year",
        "glued-letter",
        "day-32",
        "long-line",
    ],
)
def test_find_dates_rejects_unlabelled_two_digit_years(text: str) -> None:
    assert find_dates(text) == []


def test_labelled_two_digit_year_dates_a_text_page() -> None:
    body = (
        "Der Stadtrat hat am Dienstag beschlossen, den Nachtbus in die nördlichen Bezirke"
        " zu verlängern, nach Monaten der Beschwerden von Schichtarbeitern.\n\n"
        "Die neuen Linien fahren ab dem kommenden Monat und kosten die Stadt etwa zwei"
        " Millionen im Jahr, teilte das Verkehrsamt in einer Erklärung mit.\n"
    )
    page = "Home\nNachrichten\n\nNachtbusse fahren in den Norden\n\nVeröffentlicht am 21.02.21\n\n"
    assert newsparse.parse(page + body).published == D(2021, 2, 21)
