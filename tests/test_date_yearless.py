"""Labelled date lines without a year take the year of the month the URL names."""

from __future__ import annotations

import datetime as dt

import pytest

import newsparse

D = dt.date

_URL = "https://news.example/politics/2022/5/the-final-count-of-the-local-election/"


def _page(date_line: str) -> str:
    return (
        "A headline about the local election result\n\n"
        f"{date_line}\n\n"
        "The election commission published the final count on the evening after the vote.\n\n"
        "Turnout was higher than in any election of the past two decades, officials said.\n"
    )


@pytest.mark.parametrize(
    ("date_line", "url", "published", "updated"),
    [
        ("Publicado el 11 de mayo", _URL, D(2022, 5, 11), None),
        ("Published May 11th", _URL, D(2022, 5, 11), None),
        ("Updated May 12, 9:41 AM", _URL, None, D(2022, 5, 12)),
        ("Updated May 12, 9:41 AM;Posted May 11, 8:19 PM", _URL, D(2022, 5, 11), D(2022, 5, 12)),
        # Negatives: no URL month, another month, no label, a day that does not exist.
        ("Publicado el 11 de mayo", None, None, None),
        ("Publicado el 11 de mayo", _URL.replace("/2022/5/", "/2022/4/"), None, None),
        ("11 de mayo", _URL, None, None),
        ("Published May 32", _URL, None, None),
    ],
    ids=[
        "es",
        "en-ordinal",
        "updated",
        "both",
        "no-url",
        "other-month",
        "unlabelled",
        "no-such-day",
    ],
)
def test_date_without_year(
    date_line: str, url: str | None, published: D | None, updated: D | None
) -> None:
    article = newsparse.parse(_page(date_line), url=url)
    assert (article.published, article.updated) == (published, updated)
