"""The page's own date line is labelled a date when a meta tag, not the line, won the date."""

from __future__ import annotations

import newsparse
from newsparse import Label

_HEADLINE = (
    "Government unveils plan to cut energy prices after a long and bitter dispute with unions"
)
_FIRST = "The minister said the plan would take effect next spring and cost far less than feared."
_SECOND = "Unions welcomed the deal but warned that talks on wages would go on through the winter."


def _page(date_line: str, lead: str) -> str:
    return (
        "<html><head><meta property='article:published_time' "
        "content='2025-08-11T09:00:00+00:00'></head><body>"
        f"<div class='title'>{_HEADLINE}</div><div>{date_line}</div>"
        f"<p>{lead} {_FIRST * 2}</p><p>{_SECOND * 3}</p></body></html>"
    )


def test_a_short_line_showing_the_meta_date_is_the_date_line() -> None:
    article = newsparse.parse(_page("Published August 11, 2025", "Today:"))
    labels = {s.text: s.label for s in article.segments}
    assert labels["Published August 11, 2025"] is Label.DATE
    assert all("2025" not in paragraph for paragraph in article.body)


def test_a_lead_that_names_the_day_stays_in_the_body() -> None:
    lead = "LONDON, Aug 11 (Reuters) -"
    article = newsparse.parse(_page("Energy desk", lead))
    assert any(paragraph.startswith(lead) for paragraph in article.body)


def test_a_dated_line_inside_the_article_stays_in_the_body() -> None:
    # A video's date under the first paragraphs dates the video, not the page.
    page = _page("Energy desk", "Today:").replace(
        "</p><p>", f"</p><p>{_SECOND}</p><p>(Published Monday, Aug. 11, 2025)</p><p>", 1
    )
    article = newsparse.parse(page)
    assert "(Published Monday, Aug. 11, 2025)" in article.body
