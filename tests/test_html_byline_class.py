"""Byline classes on inline elements reach the run they mark (HTML walk), and an author class
on a link marks its paragraph as the byline."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.document.from_html import read_html
from newsparse.extract.byline import _marked
from tests.byline_pages import html_page


def _tokens(html: str, text: str) -> frozenset[str]:
    blocks = [b for b in read_html(f"<html><body>{html}</body></html>").blocks if b.text == text]
    assert len(blocks) == 1, blocks
    return blocks[0].tokens


@pytest.mark.parametrize(
    "html",
    [
        '<ul><li> <span class="content-left-autor"> <a href="/a">Jane Doe</a></span></li></ul>',
        '<div class="meta"><span class="postAuthor">Jane Doe</span></div>',
        '<p>By <span class="article-author__name">Jane Doe</span></p>',
    ],
    ids=["autor-before-run", "camel-case", "inside-run"],
)
def test_inline_byline_class_marks_its_run(html: str) -> None:
    block = next(b for b in read_html(f"<html><body>{html}</body></html>").blocks)
    assert "Jane Doe" in block.text
    assert any("aut" in t for t in block.tokens), block.tokens


def test_inline_byline_class_marks_no_other_run() -> None:
    html = (
        '<div class="story"><span class="author-icon"></span><p>First paragraph.</p>'
        "Loose text of the story.</div>"
    )
    assert not any("author" in t for t in _tokens(html, "First paragraph."))
    assert not any("author" in t for t in _tokens(html, "Loose text of the story."))


def test_hidden_inline_byline_class_marks_nothing() -> None:
    html = '<p>Visible text <span class="author" hidden>Jane Doe</span></p>'
    assert not any("author" in t for t in _tokens(html, "Visible text"))


@pytest.mark.parametrize(
    ("tokens", "marked"),
    [
        ({"autorin"}, True),
        ({"box", "autore"}, True),
        ({"postautor"}, True),
        ({"metainfoauthorlist"}, True),
        ({"autoresize"}, False),
        ({"autorefresh", "slider"}, False),
        ({"autoplay"}, False),
    ],
)
def test_author_words_mark_a_byline_in_several_languages(tokens: set[str], marked: bool) -> None:
    assert _marked(frozenset(tokens)) is marked


_BODY = "".join(
    f"<p>Paragraph {i} of the story tells at some length what the council decided on Tuesday, "
    "and why the vote matters to the people of the town.</p>"
    for i in range(6)
)


def test_declared_authors_beat_a_desk_line_that_shortens_them() -> None:
    # The line glues the agency to the desk; the page declares both.
    html = (
        '<html><head><meta property="article:author" content="Deutsche Presse-Agentur">'
        '<meta property="article:author" content="MM-Redaktion"></head><body>'
        "<article><h1>Council votes to rebuild the old bridge</h1>"
        '<div class="info"><span class="authors"><a href="/dpa">dpa</a>'
        '<a href="/mm">MM-Redaktion</a></span></div>'
        f"{_BODY}</article></body></html>"
    )
    assert newsparse.parse(html).authors == ("Deutsche Presse-Agentur", "MM-Redaktion")


def test_inline_author_class_makes_a_bare_name_line_the_byline() -> None:
    html = (
        '<html><head><meta property="og:site_name" content="Makro"></head><body>'
        "<article><h1>Council votes to rebuild the old bridge</h1>"
        f"{_BODY}"
        '<ul class="post-meta"><li> <span class="content-left-autor">'
        '<a href="/a/cl">Clara Low</a>, <a href="/a/kj">Klaus Jacob</a></span></li></ul>'
        "</article></body></html>"
    )
    assert newsparse.parse(html).authors == ("Clara Low", "Klaus Jacob")


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
    assert newsparse.parse(html_page(top)).authors == authors
