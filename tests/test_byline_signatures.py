"""Authors signed outside a byline, each a last resort a byline beats: a name ending the last
paragraph, a desk's or a site's sign-off under the body, a domain beside the date line, and an
author box closing the body."""

from __future__ import annotations

import pytest

import newsparse
from tests.byline_pages import text_page
from tests.test_byline_text import HEAD, PROSE

_SIGNED = (
    "Council approves the new river bridge\n\n"
    "The city council approved the construction of a new bridge over the river on Monday"
    " evening.\n\n"
    "Work is expected to start in the autumn and to last for about two years, officials"
    " said.\n\n"
    "Maybe this is why the mayor looked so pleased at the meeting. {end}\n\n"
    "The bridge will carry two lanes of traffic and a cycle path on each side of the deck.\n"
)


@pytest.mark.parametrize(
    ("end", "authors"),
    [
        ("Peter Weber", ("Peter Weber",)),
        # Negatives: lower-case words, an agency, and a finished sentence.
        ("More on this later", ()),
        ("Associated Press", ()),
        ("Peter Weber.", ()),
    ],
    ids=["signed", "words", "agency", "sentence"],
)
def test_name_run_into_a_paragraph_end(end: str, authors: tuple[str, ...]) -> None:
    """A name after a paragraph's last sentence, with no full stop, signs the story."""
    assert newsparse.parse(_SIGNED.format(end=end)).authors == authors


def test_paragraph_signature_yields_to_a_byline() -> None:
    """A paragraph's signature is a last resort: a byline under the headline wins."""
    text = _SIGNED.format(end="Peter Weber").replace(
        "bridge\n\n", "bridge\n\nBy Jane Northern | March 3, 2024\n\n", 1
    )
    assert newsparse.parse(text).authors == ("Jane Northern",)


_SIGNED_BODY = (
    "Der Stadtrat hat am Montagabend den Bau einer neuen Brücke über den Fluss beschlossen,"
    " nach einer langen Debatte.\n\n"
    "Die Arbeiten sollen im Herbst beginnen und etwa zwei Jahre dauern, sagten die Beamten"
    " am Dienstag im Rathaus.\n\n"
    "Die Brücke wird zwei Fahrspuren und auf jeder Seite einen Radweg tragen und eine Fähre"
    " ersetzen, die seit dem Krieg fährt.\n\n"
)


@pytest.mark.parametrize(
    ("signature", "authors"),
    [
        ("IN-Redaktion", ("IN-Redaktion",)),
        # Negative: a role line (under a bio) is no desk signing the body.
        ("Staff Writer", ()),
    ],
    ids=["compound-desk", "role"],
)
def test_desk_signs_the_body(signature: str, authors: tuple[str, ...]) -> None:
    """A compound desk alone under the last paragraph signs an article without a byline."""
    page = f"Stadtrat beschließt neue Brücke\n\n{_SIGNED_BODY}{signature}\n\nTeilen\n"
    assert newsparse.parse(page).authors == authors


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


@pytest.mark.parametrize(
    ("top", "authors"),
    [
        ("uncut-news.ch\nNovember 6, 2023", ("uncut-news.ch",)),
        # Negatives: a person's byline wins; a domain with no date beside it is a link.
        ("uncut-news.ch\nNovember 6, 2023\nBy Jane Northern", ("Jane Northern",)),
        ("uncut-news.ch", ()),
    ],
    ids=["domain", "byline-wins", "undated"],
)
def test_site_domain_over_the_date(top: str, authors: tuple[str, ...]) -> None:
    """A bare domain name beside the date line credits the site, as a last resort."""
    assert newsparse.parse(text_page(top)).authors == authors


_BOX_BODY = "".join(
    f"In test number {k}, the console ran the game at {30 + k} frames a second, and the"
    f" fans stayed quiet for {k + 2} hours while we played on a new television.\n\n"
    for k in range(24)
)


@pytest.mark.parametrize(
    ("bio", "authors"),
    [
        (
            "Jane has covered games and gadgets for a decade, and she still plays every night.",
            ("Jane Doe",),
        ),
        # Negative: a paragraph about someone else is no bio under the line.
        ("Critics have praised the console for its speed, and sales are strong this year.", ()),
    ],
    ids=["bio", "no-bio"],
)
def test_author_box_closing_the_body(bio: str, authors: tuple[str, ...]) -> None:
    """An author box ("By Jane Doe" over "Jane has covered ...") names the author."""
    page = (
        f"Console review: fast, but pricey\n\nMenu\n\n{_BOX_BODY}By Jane Doe\n\n{bio}\n\n"
        "Share\n\nComments\n"
    )
    assert newsparse.parse(page).authors == authors
