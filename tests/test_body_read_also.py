"""Text dumps: a "Read also" heading printed under its link, the article resuming below it."""

from __future__ import annotations

import pytest

import newsparse

_PARAGRAPHS = [
    "The city council approved the new budget on Tuesday after a long debate, and the mayor "
    "said the plan would fund two new schools and a hospital wing over the next three years.",
    "Opposition members argued that the spending would raise local taxes, but the vote passed "
    "with a clear majority and work on the first school is expected to begin in the spring.",
    "The mayor added that residents would be consulted on the design of the hospital wing, and "
    "that a public meeting would be held next month in the town hall to hear their views.",
]

# The article's last paragraph: a sentence, or a long one without a stop the features know.
_LAST = (
    "Officials said the remaining funds would go to road repairs and to the library, which has "
    "been closed since the flood of last year, and that the council would publish a detailed "
    "report on every project before the end of the summer so that residents can follow the work"
)

_LINK = "Mayor Opens New Bridge Over The River In Ceremony"


def _page(last: str, after: str = "Share this article") -> str:
    return "\n\n".join(
        [
            "Council Approves New City Budget",
            "March 3, 2024",
            *_PARAGRAPHS,
            f"{_LINK}\nAlso read",
            last,
            after,
            "Copyright 2024 City News",
        ]
    )


@pytest.mark.parametrize("last", [_LAST, _LAST + "."])
def test_the_paragraph_under_a_read_also_printed_under_its_link_resumes_the_article(
    last: str,
) -> None:
    article = newsparse.parse(_page(last))
    labels = {s.text: s.label.value for s in article.segments}
    assert article.body == (*_PARAGRAPHS, last)
    assert labels[_LINK] != "body"
    assert labels["Also read"] != "body"


def test_teaser_titles_under_it_stay_out_of_the_body() -> None:
    titles = "Second Teaser Title About The Budget\nThird Teaser Title About The Schools"
    article = newsparse.parse(_page(titles))
    assert article.body == tuple(_PARAGRAPHS)


@pytest.mark.parametrize(
    "meta",
    [
        "Written by Jane Doe and John Roe, Staff Writer | Published: Jan. 1, 2005",
        "Jonathan R. Thompson, James Thompson and James Carter - Date: Aug. 6, 2022",
    ],
)
def test_a_key_points_box_under_a_meta_line_closes_over_the_article(meta: str) -> None:
    """A byline and date line over a "Key points" box is no sentence: the box is over the
    article (a photo caption, then its one paragraph) and its first blank line ends it
    (patterns.py ``_meta_line``)."""
    text = "\n".join(
        [
            "Council approves new budget",
            "",
            meta,
            "",
            "Key points",
            "The council approved a new budget for schools on Tuesday.",
            "The council approved a new budget for schools on Tuesday after weeks of talks.",
            "",
            "Protesters gather outside the town hall on Monday evening.",
            "Photo: Getty Images",
            "",
            _PARAGRAPHS[0],
        ]
    )
    assert newsparse.parse(text).body == (_PARAGRAPHS[0],)
