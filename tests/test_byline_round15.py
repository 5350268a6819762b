"""Bylines: organisations read as persons, dated user handles, more byline shapes."""

from __future__ import annotations

import pytest

import newsparse

_TEXT_BODY = (
    "The city council approved the construction of a new bridge over the river on Monday"
    " evening.\n\n"
    "Work is expected to start in the autumn and to last for about two years, officials"
    " said.\n\n"
    "The bridge will carry two lanes of traffic and a cycle path on each side of the deck.\n"
)


def _text_page(top: str) -> str:
    return f"Council approves the new river bridge\n\n{top}\n\n{_TEXT_BODY}"


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
    assert newsparse.parse(_text_page(top)).authors == authors


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
    assert newsparse.parse(_text_page(top)).authors == authors


def test_dated_user_handle_yields_to_a_byline() -> None:
    """A handle is a last resort: a prefixed byline on the page wins."""
    top = "By Jane Northern\n\nHansEhrlich 17.10.2019, 13:56 Uhr"
    assert newsparse.parse(_text_page(top)).authors == ("Jane Northern",)


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
    assert newsparse.parse(_text_page(top)).authors == authors


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
    assert newsparse.parse(_text_page(top)).authors == authors


_HTML_BODY = (
    "<p>The city council approved the construction of a new bridge over the river on Monday"
    " evening.</p><p>Work is expected to start in the autumn and to last for about two years,"
    " officials said.</p><p>The bridge will carry two lanes of traffic and a cycle path on each"
    " side of the deck.</p>"
)


def _html_page(top: str) -> str:
    return (
        f"<html><body><h1>Council approves the new river bridge</h1>{top}{_HTML_BODY}</body></html>"
    )


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
    assert newsparse.parse(_text_page(top)).authors == authors


def test_name_after_a_labelled_date_in_html() -> None:
    """The same line in an entry-meta paragraph, the name in a byline span."""
    top = '<p>Posted on March 3, 2024 <span class="byline">Jane Northern</span></p>'
    assert newsparse.parse(_html_page(top)).authors == ("Jane Northern",)


@pytest.mark.parametrize(
    ("top", "authors"),
    [
        ('<p><a class="author-link" href="/a/jn">Jane Northern</a></p>', ("Jane Northern",)),
        ('<div><a class="author" href="/a/jn">Jane Northern</a></div>', ("Jane Northern",)),
        # Negative: a link with another class is a teaser or a menu, not a byline.
        ('<p><a class="topic-link" href="/t/jn">Jane Northern</a></p>', ()),
    ],
    ids=["author-link", "author", "other-class"],
)
def test_author_class_on_a_link(top: str, authors: tuple[str, ...]) -> None:
    """An author class on the link itself marks its paragraph as the byline."""
    assert newsparse.parse(_html_page(top)).authors == authors


_TEASERS = (
    "MUSIK\nFaszination Loopstation-Battle\n18. Januar 2019\n"
    "TECHNIK\nSmarte Heizungssteuerung\n22. November 2018\n"
    "TECHNIK\nHTC Closer Look\n31. August 2017"
)


@pytest.mark.parametrize(
    ("top", "authors"),
    [
        (_TEASERS, ()),
        # Negative: a name over its date, followed by the story, is the byline.
        ("Jane Northern\n18. Januar 2019", ("Jane Northern",)),
    ],
    ids=["teaser-list", "byline"],
)
def test_teaser_title_over_its_date_is_no_byline(top: str, authors: tuple[str, ...]) -> None:
    """A title-case teaser title over its date, in a list of such rows, names no author."""
    assert newsparse.parse(_text_page(top)).authors == authors


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
    assert newsparse.parse(_text_page(top)).authors == authors


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
    assert newsparse.parse(_text_page(top)).authors == authors
