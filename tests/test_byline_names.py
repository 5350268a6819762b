"""Which byline words name a person: a firm (a legal form), an agency run onto a name, an
organisation, a place and a site's staff account name none."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.extract.byline import split_names
from newsparse.lexicon import lexicon
from tests.byline_pages import text_page
from tests.test_byline_text import HEAD, PROSE


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


@pytest.mark.parametrize(
    ("top", "authors"),
    [
        ("Northern Transit Authority\nMarch 3, 2024", ()),
        ("March 3, 2024\nRiver Valley Ministry", ()),
        # Negative: a person's name beside the date is still the byline.
        ("Jane Northern\nMarch 3, 2024", ("Jane Northern",)),
    ],
    ids=["authority", "ministry", "person"],
)
def test_organisation_name_is_no_person(top: str, authors: tuple[str, ...]) -> None:
    """A name line ending with an organisation noun ("... Authority") is no author."""
    assert newsparse.parse(text_page(top)).authors == authors


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


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (
            "Par LILIAN ALEMAGNA, LAURE BRETTON Envoyés spéciaux à Toulouse",
            ["LILIAN ALEMAGNA", "LAURE BRETTON"],
        ),
        ("By Jane Doe and John Smith Staff Writers", ["Jane Doe", "John Smith"]),
        ("By Jane Doe, John Smith Special Correspondents", ["Jane Doe", "John Smith"]),
        # Negative: an agency after the names ends the byline without another name.
        ("By Jane Doe, AP Auto Writer", ["Jane Doe"]),
    ],
    ids=["fr-plural-role", "and-staff", "plural-role", "agency-role"],
)  # fmt: skip
def test_last_name_before_a_shared_role(line: str, names: list[str]) -> None:
    """The byline's last name keeps its place before the role the names share."""
    assert split_names(line, lexicon()) == names
