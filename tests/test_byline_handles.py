"""User handles as authors: a handle of words run together beside a date (a last resort that
a byline beats), after a byline prefix, linked to its profile in HTML, or in an hCard."""

from __future__ import annotations

import pytest

import newsparse
from tests.byline_pages import article_page, text_page


@pytest.mark.parametrize(
    ("top", "authors"),
    [
        ("HansEhrlich 17.10.2019, 13:56 Uhr", ("HansEhrlich",)),
        # Negatives: a menu word run together, and a handle without a date.
        ("WhatsApp 17.10.2019, 13:56 Uhr", ()),
        ("HansEhrlich", ()),
    ],
    ids=["dated-handle", "menu-word", "undated"],
)
def test_dated_user_handle(top: str, authors: tuple[str, ...]) -> None:
    """A user name of words run together beside a date is the author, as a last resort."""
    assert newsparse.parse(text_page(top)).authors == authors


def test_dated_user_handle_yields_to_a_byline() -> None:
    """A handle is a last resort: a prefixed byline on the page wins."""
    top = "By Jane Northern\n\nHansEhrlich 17.10.2019, 13:56 Uhr"
    assert newsparse.parse(text_page(top)).authors == ("Jane Northern",)


@pytest.mark.parametrize(
    ("top", "authors"),
    [
        ("Posted by jdoe on 12.03.2024", ("jdoe",)),
        ("Geschrieben von hansi am 12.03.2024", ("hansi",)),
        # Negative: a person's name keeps its reading.
        ("Posted by Jane Doe on 12.03.2024", ("Jane Doe",)),
    ],
    ids=["handle-on", "handle-am", "person"],
)
def test_prefixed_handle_before_a_date(top: str, authors: tuple[str, ...]) -> None:
    """The function word between a prefixed handle and its date is no part of the handle."""
    assert newsparse.parse(text_page(top)).authors == authors


@pytest.mark.parametrize(
    ("top", "authors"),
    [
        ("1. Januar 2016 von KleineGrüneMonster Ein Kommentar", ("KleineGrüneMonster",)),
        # Negative: an ordinary word before the widget is no user name.
        ("1. Januar 2016 von unten Ein Kommentar", ()),
    ],
    ids=["handle", "word"],
)
def test_prefixed_handle_run_into_a_widget(top: str, authors: tuple[str, ...]) -> None:
    """A user name of words run together keeps its byline when a widget follows it."""
    assert newsparse.parse(text_page(top)).authors == authors


def test_linked_dated_handle_in_html() -> None:
    """A poster's handle linked to its profile, with the date, is the byline (as in text)."""
    byline = '<div class="meta"><a href="/user/?u=1">HansEhrlich</a> 17.10.2019, 13:56 Uhr</div>'
    assert newsparse.parse(article_page("", byline)).authors == ("HansEhrlich",)


def test_unlinked_dated_handle_in_html_is_no_byline() -> None:
    """Negative: without its link the run-together word over a date is a teaser's label."""
    byline = '<div class="meta">HansEhrlich 17.10.2019, 13:56 Uhr</div>'
    assert newsparse.parse(article_page("", byline)).authors == ()


def test_hcard_author_handle() -> None:
    """A WordPress byline's hCard names the author, even a lower-case handle."""
    byline = (
        '<div class="entry-meta"><span class="posted-on">November 26, 2017</span>'
        '<span class="byline"><span class="author vcard">'
        '<a class="url fn n" href="https://example.org/author/x/">tlow</a></span></span></div>'
    )
    assert newsparse.parse(article_page("", byline)).authors == ("tlow",)
