"""Bylines: place lines and the headline's own line are no bare-name bylines."""

from __future__ import annotations

import json

import pytest

import newsparse
from newsparse import Field, Label
from newsparse.extract.byline import split_names
from newsparse.lexicon import lexicon
from tests.test_byline_text import HEAD, PROSE


@pytest.mark.parametrize("place", ["São Paulo", "United States", "New York", "Nueva York"])
def test_place_is_no_name(place: str) -> None:
    """The words that open a place's name never stand in a person's."""
    assert split_names(place, lexicon()) == []
    assert split_names(f"By Jane Doe, {place}", lexicon()) == ["Jane Doe"]


@pytest.mark.parametrize(
    ("line", "authors"),
    [("São Paulo", ()), ("United States", ()), ("Jane Doe", ("Jane Doe",))],
    ids=["sao-paulo", "united-states", "person"],
)
def test_place_line_over_the_body(line: str, authors: tuple[str, ...]) -> None:
    """A place line over the body ("São Paulo") is no bare-name byline; a name line is."""
    dump = HEAD + "21 Dec 2018\n" + line + "\n\n" + PROSE
    assert newsparse.parse(dump).authors == authors


@pytest.mark.parametrize(
    ("headline", "authors"),
    [
        ("Content Depth — Write Comprehensively About Your Core Topics", ()),
        ("Atkins Diet - Lose Ten Kilograms In Fourteen Days", ()),
    ],
    ids=["dash", "hyphen"],
)
def test_headline_line_is_no_byline(headline: str, authors: tuple[str, ...]) -> None:
    """The decided headline's head before a dash reads as a name, but it is the headline."""
    dump = "Home\nPricing\nBlog\n" + headline + "\n\n" + PROSE
    article = newsparse.parse(dump)
    assert article.headline == headline
    assert article.authors == authors


def test_prefixed_byline_under_the_headline_is_kept() -> None:
    """Only the headline's own line is skipped: the byline line under it still counts."""
    dump = "Home\nPricing\nBlog\nContent Depth — Write About Your Topics\nBy Jane Doe\n\n" + PROSE
    assert newsparse.parse(dump).authors == ("Jane Doe",)


@pytest.mark.parametrize(
    ("signoff", "authors"),
    [
        ("red, ORF.at/Agenturen", ("ORF.at",)),
        ("red, wien.ORF.at", ("wien.ORF.at",)),
        # Negatives: a person signs beside the address; two addresses.
        ("Jane Doe, ORF.at", ("Jane Doe",)),
        ("red, ORF.at/example.com", ()),
    ],
    ids=["desk-site-agencies", "desk-regional-site", "person", "two-sites"],
)
def test_desk_signs_for_its_site(signoff: str, authors: tuple[str, ...]) -> None:
    """A desk's sign-off naming the site by its address gives the address, as a last resort."""
    dump = HEAD + "\n" + PROSE + "\n" + signoff + "\n\nLinks:\nMore news\n"
    assert newsparse.parse(dump).authors == authors


_PARAGRAPHS = "".join(f"<p>{text}</p>" for text in PROSE.split("\n\n"))


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
    page = (
        f'<html><head><script type="application/ld+json">{ld}</script></head><body>'
        f'<article><h1>Council approves the new river bridge</h1><div class="meta">{printed}</div>'
        f"{_PARAGRAPHS}</article></body></html>"
    )
    article, explanation = newsparse.parse_and_explain(page)
    assert article.authors == (declared,)
    assert [s.label for s in article.segments if s.text == printed] == [Label.BYLINE]
    declared_scores = [
        c.score for c in explanation.decisions[Field.AUTHORS].ranked if c.source == "jsonld:author"
    ]
    assert declared_scores == [7.5]  # seen on the page: 5.5 + 2.0


@pytest.mark.parametrize(
    ("line", "site", "names"),
    [
        ("By Ilanga D", frozenset({"ilanganews", "ilanganews.co.za"}), []),
        ("By Ilanga D.", frozenset({"ilanga news"}), []),
        # Negatives: another site; a surname, not an initial.
        ("By Ilanga D", frozenset({"example"}), ["Ilanga D"]),
        ("By Ilanga Dube", frozenset({"ilanganews"}), ["Ilanga Dube"]),
    ],
    ids=["glued-site", "spaced-site", "other-site", "surname"],
)
def test_site_account_is_no_person(line: str, site: frozenset[str], names: list[str]) -> None:
    """The site's name and an initial ("Ilanga D") is the site's staff account."""
    assert split_names(line, lexicon(), site) == names


def test_person_under_a_site_account_byline() -> None:
    """Under the site account's dated byline, the reporter's name line is the author."""
    dump = HEAD + "by Ilanga D | 5 November 2024\n\nJANE DOE\n\n" + PROSE
    article = newsparse.parse(dump, url="https://ilanganews.co.za/council-bridge/")
    assert article.authors == ("JANE DOE",)
