"""Bylines: declared rosters, legal-form company names, more byline shapes and menus."""

from __future__ import annotations

import pytest

import newsparse

_BODY = (
    "<p>The city council approved the construction of a new bridge over the river.</p>"
    "<p>Work is expected to start in the autumn and to last for about two years.</p>"
    "<p>The bridge will carry two lanes of traffic and a cycle path on each side.</p>"
)


def _page(head: str, top: str = "") -> str:
    return (
        f"<html><head>{head}</head><body><h1>Council approves the new river bridge</h1>"
        f"{top}{_BODY}</body></html>"
    )


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
    assert newsparse.parse(_page(head)).authors == authors


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Web Commerce GmbH www.w-commerce.de", []),
        ("By Jane Doe, Example Media Ltd.", ["Jane Doe"]),
        # Negative: a person's name is still read.
        ("Web Commerce www.w-commerce.de", ["Web Commerce"]),
    ],
    ids=["firm", "person-then-firm", "no-legal-form"],
)
def test_legal_form_names_a_firm(line: str, names: list[str]) -> None:
    """A name holding a company's legal form ("GmbH", "Ltd.") is a firm's, not a person's."""
    from newsparse.extract.byline import split_names
    from newsparse.lexicon import lexicon

    assert split_names(line, lexicon()) == names


def test_declared_firm_is_no_author() -> None:
    """A web agency declared as the page's author is no person (it read as "Web Commerce Gmb")."""
    head = '<meta name="author" content="Web Commerce GmbH www.w-commerce.de">'
    assert newsparse.parse(_page(head)).authors == ()


_MENU = "Front Page\nWorld News\nBusiness\nSport\n\n"
_TEXT_BODY = (
    "The city council approved the construction of a new bridge over the river on Tuesday.\n\n"
    "Work is expected to start in the autumn and to last for about two years, officials said.\n\n"
    "The bridge will carry two lanes of traffic and a cycle path on each side of the deck.\n\n"
)


@pytest.mark.parametrize(
    ("page", "authors"),
    [
        (
            _MENU
            + _MENU
            + "Front Page\nWed, Oct 16, 2024\n\nCouncil approves the new river bridge\n\n"
            + _TEXT_BODY
            + _MENU,
            (),
        ),
        # Negative: an author's name recurs (an author box, a teaser), each time over
        # another line.
        (
            "Council approves the new river bridge\n\nJane Doe\nWed, Oct 16, 2024\n\n"
            + _TEXT_BODY
            + "Jane Doe\nJane Doe writes about cities.\n\nJane Doe\nAnother story\n",
            ("Jane Doe",),
        ),
    ],
    ids=["section-menu", "author-box"],
)
def test_menu_entry_is_no_byline(page: str, authors: tuple[str, ...]) -> None:
    """A section name the page prints in its menus, over the same next entry, is no byline."""
    assert newsparse.parse(page).authors == authors


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Tom Davies Associated Press", ["Tom Davies"]),
        (
            "By AMANDA SEITZ and BEATRICE DUPUY The Associated Press",
            ["AMANDA SEITZ", "BEATRICE DUPUY"],
        ),
        # Negative: a three-word name keeps its third word.
        ("By Jane Mary Doe", ["Jane Mary Doe"]),
    ],
    ids=["agency-run-on", "two-names-then-agency", "three-words"],
)
def test_agency_run_onto_a_name_is_cut(line: str, names: list[str]) -> None:
    """An agency printed right after a name, with no separator, is not part of the name."""
    from newsparse.extract.byline import split_names
    from newsparse.lexicon import lexicon

    assert split_names(line, lexicon()) == names


def test_declared_outlet_loses_its_byline_prefix() -> None:
    """A declared outlet kept as the last-resort author loses its prefix ("Par ...")."""
    import json

    article = {"@type": "NewsArticle", "author": {"@type": "Person", "name": "Par example.be"}}
    head = f'<script type="application/ld+json">{json.dumps(article)}</script>'
    assert newsparse.parse(_page(head)).authors == ("example.be",)
