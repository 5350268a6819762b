"""Date lines of text dumps: labels across a clock time, photo captions above the body that
tell a date, and an update date as the only date a page shows (the publication date falls
back to it)."""

from __future__ import annotations

import datetime as dt

import pytest

import newsparse

D = dt.date

_BODY = (
    "The city council voted on Tuesday to extend the night bus service to the northern"
    " districts, after months of complaints from shift workers and students.\n\n"
    "The new lines start running next month and will cost the city about two million a"
    " year, the transport office said in a statement.\n\n"
    "Residents welcomed the decision but asked for more frequent services at weekends,"
    " when the last trains leave the centre before midnight.\n"
)


_HEAD = "Night buses to reach the north"


def _text(*head: str, headline: str = _HEAD) -> str:
    return f"Home\nNews\n\n{headline}\n\n" + "\n\n".join(head) + "\n\n" + _BODY


@pytest.mark.parametrize(
    ("head", "published", "updated"),
    [
        # The label stands before a clock time (and its zone), then the date.
        (("22:57 GMT 28.04.2020(updated 11:14 GMT 29.04.2020)",), D(2020, 4, 28), D(2020, 4, 29)),
        (
            ("Published: 22:04, 22 Apr 2024", "Updated: 22:05, 23 Apr 2024"),
            D(2024, 4, 22),
            D(2024, 4, 23),
        ),
        (
            ("11:48, Thu, Jul 18, 2024 | UPDATED: 11:50 am, Fri, Jul 19, 2024",),
            D(2024, 7, 18),
            D(2024, 7, 19),
        ),
        # Negative: a clock time alone labels nothing.
        (("22:57 GMT 28.04.2020",), D(2020, 4, 28), None),
    ],
    ids=["bracketed-update", "two-lines", "weekday-after-clock", "no-label"],
)
def test_label_before_a_clock_time(
    head: tuple[str, ...], published: dt.date | None, updated: dt.date | None
) -> None:
    article = newsparse.parse(_text(*head))
    assert (article.published, article.updated) == (published, updated)


def test_caption_above_the_body_does_not_date_the_story() -> None:
    caption = (
        "The mayor speaks with a business owner during a campaign stop in the old town,"
        " Tuesday, Nov. 19, 2019, in Columbia."
    )
    head = ("By City Desk", "Updated 12:24 am EST, Wednesday, November 20, 2019", caption)
    gallery = ("Photo: Jane Roe, AP", "Image 1 of 5", caption, "Photo: Jane Roe, AP", "1 / 5")
    article = newsparse.parse(_text(*head, *gallery))
    assert article.published == D(2019, 11, 20)


def test_date_line_glued_to_a_sentence_end_still_counts() -> None:
    # The date closes the line: a date line glued after a standfirst, not a caption.
    standfirst = "The council extends the night bus service to the northern districts. 3 May 2022"
    article = newsparse.parse(_text(standfirst))
    assert article.published == D(2022, 5, 3)


@pytest.mark.parametrize(
    ("headline", "date_line", "expected"),
    [
        (_HEAD, "By City Desk Updated Thu, 16 Apr 2020 01:00 AM", D(2020, 4, 16)),
        (_HEAD, "Actualizado el 18/05/2022 02:14 a.m.", D(2022, 5, 18)),
        # A revision stamp says the page had earlier versions: no publication date.
        (_HEAD, "Last updated: January 7, 2025", None),
        # A headline naming an earlier year: the story predates its update.
        ("The best night bus lines of 2017", "Updated Jul 24, 2018, 2:15pm", None),
    ],
    ids=["updated", "actualizado", "last-updated", "older-headline-year"],
)
def test_shown_update_dates_a_page_without_publication(
    headline: str, date_line: str, expected: dt.date | None
) -> None:
    article = newsparse.parse(_text(date_line, headline=headline))
    assert article.published == expected
    if expected is not None:
        # Published and updated the same day: the update is not reported separately.
        assert article.updated is None


def test_publication_date_outranks_shown_update() -> None:
    text = _text("Published 3 May 2022 · Updated 8 May 2022")
    article = newsparse.parse(text)
    assert article.published == D(2022, 5, 3)
    assert article.updated == D(2022, 5, 8)


def test_url_date_outranks_shown_update() -> None:
    text = _text("Updated 13 November 2019, 10:28")
    article = newsparse.parse(text, url="https://example.org/2019/11/08/night-buses")
    assert article.published == D(2019, 11, 8)


_REFERENCES = (
    "Filmography\nFix You (KBS2, 2020)\nSoul Repairer (KBS2, 2020)\nArticles\n"
    'Article: "Whatever It Takes for Good Acting" (Dong-A Ilbo, 2003-04-08)\nExternal links'
)


def test_cited_work_above_the_body_does_not_date_the_story() -> None:
    # A quoted title, then its publisher and date in brackets: the cited work's date.
    assert newsparse.parse(_text(_REFERENCES, headline="Park Ye Jin")).published is None


def test_date_line_beside_a_cited_work_dates_the_story() -> None:
    page = _text(_REFERENCES, "Published: 7 April 2020", headline="Park Ye Jin")
    assert newsparse.parse(page).published == D(2020, 4, 7)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # A story highlight over the body tells a date in a short sentence.
        ("The Social Security Act was signed into law on August 14, 1935", None),
        # Negatives: a byline's names and desk before the date, a standfirst glued to its
        # date line after a sentence end.
        ("Jane Doe, Staff Writer, Daily Planet August 13, 2010", D(2010, 8, 13)),
        ("What is the secret to the recovery of the lines?Monday, 6 January 2020", D(2020, 1, 6)),
        ("María García y María de la Fuente | 1 de enero de 2005", D(2005, 1, 1)),
    ],
    ids=["highlight", "byline-desk", "glued-standfirst", "byline-particles"],
)
def test_date_told_in_a_clause_above_the_body_does_not_date_the_story(
    line: str, expected: dt.date | None
) -> None:
    article = newsparse.parse(_text(line))
    assert article.published == expected
