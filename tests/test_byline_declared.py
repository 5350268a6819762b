"""Authors declared in a page's metadata (meta tags, JSON-LD): a roster or a firm is no
author, a declared outlet loses its byline prefix, and a declared author printed on the page
(in any spelling) takes that line as its byline."""

from __future__ import annotations

import json

import pytest

import newsparse
from newsparse import Field, Label
from tests.byline_pages import article_page

_SURNAMES = [
    "Abbott",
    "Baker",
    "Carter",
    "Dawson",
    "Ellis",
    "Fisher",
    "Garner",
    "Harlow",
    "Ingram",
    "Jensen",
    "Keller",
    "Lawson",
    "Mercer",
    "Norris",
    "Osborne",
    "Palmer",
    "Quinn",
    "Ramsey",
    "Sawyer",
    "Tanner",
    "Upton",
    "Vaughn",
    "Walsh",
    "Yates",
]


@pytest.mark.parametrize(
    ("count", "authors"),
    [
        (40, ()),
        # Negative: a few declared co-authors are the byline.
        (3, ("Jane Abbott", "Jane Baker", "Jane Carter")),
    ],
    ids=["roster", "co-authors"],
)
def test_declared_roster_is_no_byline(count: int, authors: tuple[str, ...]) -> None:
    """A declaration naming dozens of persons is a roster, not the article's authors."""
    names = [f"{first} {last}" for first in ("Jane", "John") for last in _SURNAMES][:count]
    head = "".join(f'<meta name="author" content="{n}">' for n in names)
    assert newsparse.parse(article_page(head)).authors == authors


def test_declared_firm_is_no_author() -> None:
    """A web agency declared as the page's author is no person (it read as "Web Commerce Gmb")."""
    head = '<meta name="author" content="Web Commerce GmbH www.w-commerce.de">'
    assert newsparse.parse(article_page(head)).authors == ()


def test_declared_outlet_loses_its_byline_prefix() -> None:
    """A declared outlet kept as the last-resort author loses its prefix ("Par ...")."""
    import json

    article = {"@type": "NewsArticle", "author": {"@type": "Person", "name": "Par example.be"}}
    head = f'<script type="application/ld+json">{json.dumps(article)}</script>'
    assert newsparse.parse(article_page(head)).authors == ("example.be",)


def test_declared_authors_label_their_byline_line() -> None:
    """A declared list that outranks the visible byline naming the same person takes its line."""
    declared = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Council approves the new river bridge",
        "author": {"@type": "Person", "name": "Jane Doe"},
    }
    head = f'<script type="application/ld+json">{json.dumps(declared)}</script>'
    article = newsparse.parse(article_page(head, '<div class="meta">By Jane Doe</div>'))
    assert article.authors == ("Jane Doe",)
    labels = [s.label for s in article.segments if s.text == "By Jane Doe"]
    assert labels == [Label.BYLINE]


@pytest.mark.parametrize(
    ("declared", "printed"),
    [
        ("Jeré Longman", "By JERE LONGMAN"),
        ("R.C. Baker", "By R. C. Baker"),
    ],
    ids=["accent-and-case", "initials-spacing"],
)
def test_declared_author_takes_its_line_in_another_spelling(declared: str, printed: str) -> None:
    """A declared author printed in another spelling is the one printed: the line is its byline."""
    ld = json.dumps({"@type": "NewsArticle", "author": {"@type": "Person", "name": declared}})
    head = f'<script type="application/ld+json">{ld}</script>'
    page = article_page(head, f'<div class="meta">{printed}</div>')
    article, explanation = newsparse.parse_and_explain(page)
    assert article.authors == (declared,)
    assert [s.label for s in article.segments if s.text == printed] == [Label.BYLINE]
    declared_scores = [
        c.score for c in explanation.decisions[Field.AUTHORS].ranked if c.source == "jsonld:author"
    ]
    assert declared_scores == [7.5]  # seen on the page: 5.5 + 2.0
