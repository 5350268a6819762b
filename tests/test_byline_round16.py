"""Bylines: hCard authors, and the byline line of a declared author list that won."""

from __future__ import annotations

import json

import pytest

import newsparse
from newsparse import Label

_PARAGRAPHS = "".join(
    f"<p>{text}</p>"
    for text in (
        "The city council approved the construction of a new bridge over the river on"
        " Monday evening, after a debate that lasted well into the night.",
        "Work is expected to start in the autumn and to last for about two years, officials"
        " said on Tuesday at a press conference in the town hall.",
        "The bridge will carry two lanes of traffic and a cycle path on each side of the"
        " deck, and it will replace a ferry that has run since the war.",
    )
)


def _page(head: str, byline: str) -> str:
    return (
        f"<html><head>{head}</head><body><article>"
        f"<h1>Council approves the new river bridge</h1>{byline}{_PARAGRAPHS}"
        "</article></body></html>"
    )


def test_hcard_author_handle() -> None:
    """A WordPress byline's hCard names the author, even a lower-case handle."""
    byline = (
        '<div class="entry-meta"><span class="posted-on">November 26, 2017</span>'
        '<span class="byline"><span class="author vcard">'
        '<a class="url fn n" href="https://example.org/author/x/">tlow</a></span></span></div>'
    )
    assert newsparse.parse(_page("", byline)).authors == ("tlow",)


def test_declared_authors_label_their_byline_line() -> None:
    """A declared list that outranks the visible byline naming the same person takes its line."""
    declared = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Council approves the new river bridge",
        "author": {"@type": "Person", "name": "Jane Doe"},
    }
    head = f'<script type="application/ld+json">{json.dumps(declared)}</script>'
    article = newsparse.parse(_page(head, '<div class="meta">By Jane Doe</div>'))
    assert article.authors == ("Jane Doe",)
    labels = [s.label for s in article.segments if s.text == "By Jane Doe"]
    assert labels == [Label.BYLINE]


def test_linked_dated_handle_in_html() -> None:
    """A poster's handle linked to its profile, with the date, is the byline (as in text)."""
    byline = '<div class="meta"><a href="/user/?u=1">HansEhrlich</a> 17.10.2019, 13:56 Uhr</div>'
    assert newsparse.parse(_page("", byline)).authors == ("HansEhrlich",)


def test_unlinked_dated_handle_in_html_is_no_byline() -> None:
    """Negative: without its link the run-together word over a date is a teaser's label."""
    byline = '<div class="meta">HansEhrlich 17.10.2019, 13:56 Uhr</div>'
    assert newsparse.parse(_page("", byline)).authors == ()


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
