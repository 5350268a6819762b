"""Properties on any input: totality, determinism, line accounting, clean fields, idempotence."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

import newsparse
from newsparse.document import DumpKind
from newsparse.document.from_text import is_lynx_dump, is_markdown_dump, strip_link_markers
from newsparse.sniff import sniff
from tests.properties.pages.authors import (
    SUBHEADING_AS_AUTHOR,
)
from tests.properties.pages.dates import (
    DATELINE_LEAD_AFTER_CLEANING,
    YEAR_IN_LAST_PARAGRAPH,
)
from tests.properties.support import PAGES, _check_segments_cover_lines, _examples
from tests.strategies import (
    Page,
    render_html,
    render_lynx,
    render_text,
)

JUNK_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(),
        st.sampled_from("\n\n\r \t\u00a0.,:|—“”«»"),
        # Lone surrogates, NUL, NEL, line separator, BOM: legal in a str, odd in a page.
        st.sampled_from("\ud800\udfff\x00\x85\u2028\ufeff\x0b"),
    )
)
"""Any text (lone surrogates included), with line breaks, spaces and punctuation drawn often."""

MARKUP_TOKENS = st.sampled_from(
    (
        "<p>", "</p>", "<div class=a>", "</div>", "<h1>", "</h1>", "<li>", "<ul>", "<br>",
        "<script>", "</script>", "<style>", "<!--", "-->", "<a href='x'>", "</a>", "&amp;",
        "&nbsp;", "<table><tr><td>", "<![CDATA[", "<?xml version='1.0'?>", "<!DOCTYPE html>",
        "<noscript>", "<time datetime='2020-02-30'>", "By Jane Doe", "Tags: a, b",
        "Comments", "Most read", "A sentence of prose that ends here.", "\n", " ", "<",
        ">", '"', "<html lang='xx-'>", "<meta charset='bogus'>",
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": 7',
    )
)  # fmt: skip
"""Fragments of HTML, whole and broken, to fuzz the HTML reader."""


def _normalised(text: str) -> str:
    return " ".join(text.split())


# --------------------------------------------------------------------------------------
# Totality and determinism
# --------------------------------------------------------------------------------------


@given(JUNK_TEXT)
def test_parse_never_raises_on_any_text(dump: str) -> None:
    assert isinstance(newsparse.parse(dump), newsparse.Article)


@given(st.lists(MARKUP_TOKENS | JUNK_TEXT, max_size=60).map("".join))
def test_parse_never_raises_on_markup_soup(dump: str) -> None:
    assert isinstance(newsparse.parse(dump), newsparse.Article)


@given(st.binary())
@example(b"\x89PNG\r\n\x1a\n\x00\x00")
@example(b"\xff\xfe\x00\xd8")
def test_parse_bytes_raises_only_input_errors(dump: bytes) -> None:
    try:
        article = newsparse.parse(dump)
    except (newsparse.DecodingError, newsparse.InputError):
        return
    assert isinstance(article, newsparse.Article)


@given(st.one_of(JUNK_TEXT, PAGES.map(render_text), PAGES.map(render_html)))
@_examples(0.5)
def test_parse_is_deterministic(dump: str) -> None:
    assert newsparse.parse(dump) == newsparse.parse(dump)


@given(JUNK_TEXT)
def test_every_line_of_any_text_is_in_exactly_one_segment(dump: str) -> None:
    if sniff(dump).kind is DumpKind.HTML:
        return
    _check_segments_cover_lines(dump, newsparse.parse(dump))


@given(PAGES.map(render_text))
def test_every_line_of_a_text_dump_is_in_exactly_one_segment(dump: str) -> None:
    _check_segments_cover_lines(dump, newsparse.parse(dump))


@given(PAGES)
@_examples(0.5)
def test_every_visible_html_block_is_one_segment_in_reading_order(page: Page) -> None:
    article = newsparse.parse(render_html(page))
    shown = [s.text for s in article.segments if s.reason != "hidden"]
    assert shown == [_normalised(line) for line in render_text(page).split("\n") if line.strip()]


# --------------------------------------------------------------------------------------
# Invariants on any input
# --------------------------------------------------------------------------------------


def _check_body_invariants(dump: str, article: newsparse.Article) -> None:
    text = sniff(dump).text
    source = _normalised(text)
    if is_lynx_dump(text):
        # A lynx dump's paragraphs are its wrapped lines re-joined without link markers.
        source = strip_link_markers(source)
    # A markdown dump's paragraphs lose their link targets and marks (docs/fields.md).
    verbatim = not is_markdown_dump(text)
    for paragraph in article.body:
        assert paragraph, "empty paragraph"
        assert paragraph == paragraph.strip()
        assert paragraph == _normalised(paragraph)
        assert not verbatim or paragraph in source, paragraph
    assert len(set(article.body)) == len(article.body), "duplicate paragraphs"


@given(JUNK_TEXT)
def test_body_paragraphs_of_any_text_are_clean_substrings(dump: str) -> None:
    if sniff(dump).kind is DumpKind.HTML:
        return
    _check_body_invariants(dump, newsparse.parse(dump))


@given(PAGES.map(render_text))
def test_body_paragraphs_of_a_text_dump_are_clean_substrings(dump: str) -> None:
    _check_body_invariants(dump, newsparse.parse(dump))


@given(PAGES)
@_examples(0.5)
def test_body_paragraphs_of_an_html_page_are_visible_text(page: Page) -> None:
    article = newsparse.parse(render_html(page))
    visible = _normalised(render_text(page))
    for paragraph in article.body:
        assert paragraph
        assert paragraph == _normalised(paragraph)
        assert paragraph in visible, paragraph


@given(st.one_of(JUNK_TEXT, PAGES.map(render_text), PAGES.map(render_html)))
def test_authors_have_no_by_and_tags_are_unique(dump: str) -> None:
    article = newsparse.parse(dump)
    for name in article.authors:
        assert name
        assert name == name.strip()
        assert not name.casefold().startswith(("by ", "von ", "par ", "por ")), name
    folded = [t.casefold() for t in article.tags]
    assert len(set(folded)) == len(folded), article.tags
    assert all(t == t.strip() and t for t in article.tags), article.tags


# --------------------------------------------------------------------------------------
# Idempotence of cleaning: a cleaned article parses back to itself
# --------------------------------------------------------------------------------------


@given(PAGES)
@example(page=SUBHEADING_AS_AUTHOR)
@example(page=DATELINE_LEAD_AFTER_CLEANING)
@example(page=YEAR_IN_LAST_PARAGRAPH)
def test_cleaning_is_idempotent(page: Page) -> None:
    _check_cleaning_is_idempotent(newsparse.parse(render_text(page)))


@given(PAGES)
@_examples(0.25)
def test_cleaning_an_html_page_is_idempotent(page: Page) -> None:
    _check_cleaning_is_idempotent(newsparse.parse(render_html(page)))


def _check_cleaning_is_idempotent(first: newsparse.Article) -> None:
    cleaned = "\n\n".join(x for x in (first.headline, first.text) if x) + "\n"
    again = newsparse.parse(cleaned)
    assert (again.headline, again.body) == (first.headline, first.body)


# --------------------------------------------------------------------------------------
# lynx -dump style dumps: invariants (field round trips are in tests/test_lynx.py)
# --------------------------------------------------------------------------------------


@given(PAGES.map(render_lynx))
@_examples(0.5)
def test_every_line_of_a_lynx_dump_is_in_exactly_one_segment(dump: str) -> None:
    _check_segments_cover_lines(dump, newsparse.parse(dump))


@given(PAGES.map(render_lynx))
@_examples(0.5)
def test_body_paragraphs_of_a_lynx_dump_are_clean_substrings(dump: str) -> None:
    assert is_lynx_dump(dump)
    _check_body_invariants(dump, newsparse.parse(dump))
