"""Labels that open a byline without the usual colon: a verb ("Escribe Ana Ruiz") and a
date label with its date before the name, in text and in HTML."""

from __future__ import annotations

import pytest

import newsparse
from tests.byline_pages import html_page, text_page


@pytest.mark.parametrize(
    ("top", "authors"),
    [
        ("Publicado el 11 de mayo de 2024\nEscribe Ana Ruiz en Territorio", ("Ana Ruiz",)),
        ("Publicado em 11 de maio de 2024\nEscreve Ana Sousa", ("Ana Sousa",)),
        ("Publicado el 11 de mayo de 2024\nEscrito por Camila Méndez", ("Camila Méndez",)),
        # Negative: the verb opens a comment box's call, not a name.
        ("Publicado el 11 de mayo de 2024\nEscribe un comentario", ()),
    ],
    ids=["escribe", "escreve", "escrito-por", "comment-call"],
)
def test_byline_verb_needs_no_colon(top: str, authors: tuple[str, ...]) -> None:
    """Spanish and Portuguese "Escribe Jane Doe" ("Jane Doe writes") is a prefixed byline."""
    assert newsparse.parse(text_page(top)).authors == authors


@pytest.mark.parametrize(
    ("top", "authors"),
    [
        ("Posted on March 3, 2024 Jane Northern", ("Jane Northern",)),
        ("Published March 3, 2024 | Jane Northern", ("Jane Northern",)),
        # Negative: a label and a date with no name after them.
        ("Published March 3, 2024 | Politics", ()),
    ],
    ids=["posted-on", "published", "section"],
)
def test_name_after_a_labelled_date(top: str, authors: tuple[str, ...]) -> None:
    """A line opening with a date label and its date names the author in the next piece."""
    assert newsparse.parse(text_page(top)).authors == authors


def test_name_after_a_labelled_date_in_html() -> None:
    """The same line in an entry-meta paragraph, the name in a byline span."""
    top = '<p>Posted on March 3, 2024 <span class="byline">Jane Northern</span></p>'
    assert newsparse.parse(html_page(top)).authors == ("Jane Northern",)
