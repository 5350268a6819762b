"""An update date as the only date a page shows: the publication date falls back to it."""

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


def _text(headline: str, date_line: str) -> str:
    return f"Home\nNews\n\n{headline}\n\n{date_line}\n\n{_BODY}"


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
    article = newsparse.parse(_text(headline, date_line))
    assert article.published == expected
    if expected is not None:
        # Published and updated the same day: the update is not reported separately.
        assert article.updated is None


def test_publication_date_outranks_shown_update() -> None:
    text = _text(_HEAD, "Published 3 May 2022 · Updated 8 May 2022")
    article = newsparse.parse(text)
    assert article.published == D(2022, 5, 3)
    assert article.updated == D(2022, 5, 8)


def test_url_date_outranks_shown_update() -> None:
    text = _text(_HEAD, "Updated 13 November 2019, 10:28")
    article = newsparse.parse(text, url="https://example.org/2019/11/08/night-buses")
    assert article.published == D(2019, 11, 8)
