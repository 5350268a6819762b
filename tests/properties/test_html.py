"""HTML pages: round trips, agreement with the text rendering, metamorphic insertions."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import assume, example, given

import newsparse
from tests.properties.pages.authors import (
    BARE_BYLINE_WITH_DASH,
    DASH_BEFORE_DATE_IN_BYLINE,
    FOUR_WORD_NAME_AND_NAMESAKE,
    FOUR_WORD_NAME_AND_NAMESAKE_WITH_PARTICLES,
    FOUR_WORD_SECOND_NAME,
    META_LINE_OF_THREE_NAMES_IN_NAV_HEADER,
    SITE_NAME_AS_TEXT_BYLINE,
    SITE_NAME_OVER_SHORT_HEADLINE,
)
from tests.properties.pages.body import (
    AD_AFTER_SHORT_FIRST_PARAGRAPH,
    AD_BEFORE_SHORT_LAST_PARAGRAPH,
    AD_BEFORE_SUBHEADED_SHORT_PARAGRAPHS,
    AD_BETWEEN_SHORT_PARAGRAPHS,
    GERMAN_CLOSING_QUOTE,
    LONG_DIV_HEADLINE_OVER_DATE_LINE,
)
from tests.properties.pages.dates import (
    AMBIGUOUS_DATE_RANDOM,
    CREDIT_WITH_SLASH,
    FOUR_WORD_UPDATE_CUE,
    SIDEBAR_DATE_DROPS_READING,
)
from tests.properties.pages.headline import (
    BODY_SENTENCE_AS_HEADLINE,
    SHORT_HEADLINE_OVER_SHARE_BAR,
    SITE_NAME_OVER_HEADLINE,
)
from tests.properties.pages.tags import (
    TAG_LIST_SWALLOWS_CAPTION,
)
from tests.properties.pages_families import BARE_BYLINE_UNDER_DATE_OVER_SHARE_AND_UPDATE
from tests.properties.pairs.around_body.comments import (
    LONGER_COMMENT_AFTER_SHORT_ARTICLE,
)
from tests.properties.pairs.around_body.lists import (
    SIDEBAR_REPEATS_HEADLINE,
)
from tests.properties.pairs.mid_body.comments import (
    COMMENT_NOTICE_OVER_SUBHEADING,
    COMMENTS_BOX_BEFORE_LAST_PARAGRAPH,
)
from tests.properties.pairs.mid_body.lists import (
    SIDEBAR_UNDER_SHORT_LINKED_LEAD,
)
from tests.properties.pairs.mid_body.signups import (
    AD_INSERTED_BETWEEN_SHORT_PARAGRAPHS,
    NEWSLETTER_BETWEEN_PARAGRAPHS,
    SHARE_BEFORE_AD_BETWEEN_SHORT_PARAGRAPHS,
    SIGN_UP_BEFORE_AD_BETWEEN_SHORT_PARAGRAPHS,
)
from tests.properties.pairs.sentence_boxes import (
    MOST_READ_UNDER_AD_UNDER_ONE_SENTENCE_LEAD,
    MOST_READ_UNDER_ONE_SENTENCE_LEAD,
)
from tests.properties.support import (
    PAGES,
    SHORT_PAGES,
    _day,
    _examples,
    _page_with_aside_anywhere_outside_body,
    _page_with_block_inside_body,
    _page_with_block_outside_body,
)
from tests.strategies import (
    HEAD_FRAMES,
    Page,
    render_html,
    render_text,
)

# --------------------------------------------------------------------------------------
# HTML: round trip, agreement with the text rendering, metamorphic insertions
# --------------------------------------------------------------------------------------


@given(PAGES)
@_examples(0.5)
def test_html_round_trip_headline(page: Page) -> None:
    assert newsparse.parse(render_html(page)).headline == page.spec.headline


@given(PAGES)
@example(page=FOUR_WORD_UPDATE_CUE)
@example(page=SIDEBAR_DATE_DROPS_READING)
@example(page=AMBIGUOUS_DATE_RANDOM)
def test_html_round_trip_published(page: Page) -> None:
    article = newsparse.parse(render_html(page))
    assert _day(article.published) == page.spec.published.isoformat(), page.spec.date_text


@given(PAGES)
@example(page=DASH_BEFORE_DATE_IN_BYLINE)
@example(page=BARE_BYLINE_WITH_DASH)
@example(page=FOUR_WORD_SECOND_NAME)
@example(page=FOUR_WORD_NAME_AND_NAMESAKE)
@example(page=FOUR_WORD_NAME_AND_NAMESAKE_WITH_PARTICLES)
@example(page=BARE_BYLINE_UNDER_DATE_OVER_SHARE_AND_UPDATE)
def test_html_round_trip_authors(page: Page) -> None:
    assert newsparse.parse(render_html(page)).authors == page.spec.authors


@given(PAGES)
@example(page=TAG_LIST_SWALLOWS_CAPTION)
def test_html_round_trip_tags(page: Page) -> None:
    assert newsparse.parse(render_html(page)).tags == page.expected_tags


@given(PAGES)
@example(page=AD_BETWEEN_SHORT_PARAGRAPHS)
@example(page=AD_AFTER_SHORT_FIRST_PARAGRAPH)
@example(page=AD_BEFORE_SHORT_LAST_PARAGRAPH)
@example(page=GERMAN_CLOSING_QUOTE)
@example(page=LONG_DIV_HEADLINE_OVER_DATE_LINE)
def test_html_round_trip_body(page: Page) -> None:
    assert newsparse.parse(render_html(page)).body == page.spec.body


def _check_renderings_agree(page: Page) -> None:
    from_html = newsparse.parse(render_html(page))
    from_text = newsparse.parse(render_text(page))
    assert from_html.headline == from_text.headline
    assert _day(from_html.published) == _day(from_text.published)
    assert from_html.authors == from_text.authors
    assert from_html.body == from_text.body


@given(PAGES)
@example(page=CREDIT_WITH_SLASH)
@example(page=BODY_SENTENCE_AS_HEADLINE)
@example(page=SITE_NAME_AS_TEXT_BYLINE)
@example(page=SITE_NAME_OVER_HEADLINE)
@example(page=SHORT_HEADLINE_OVER_SHARE_BAR)
@example(page=SITE_NAME_OVER_SHORT_HEADLINE)
@example(page=AD_BEFORE_SUBHEADED_SHORT_PARAGRAPHS)
@example(page=FOUR_WORD_NAME_AND_NAMESAKE)
def test_html_and_its_text_rendering_agree(page: Page) -> None:
    _check_renderings_agree(page)


@given(_page_with_block_outside_body())
@example(pair=LONGER_COMMENT_AFTER_SHORT_ARTICLE)
@example(pair=SIDEBAR_REPEATS_HEADLINE)
def test_boilerplate_outside_the_body_leaves_html_body_unchanged(pair: tuple[Page, Page]) -> None:
    page, noisy = pair
    assert newsparse.parse(render_html(noisy)).body == newsparse.parse(render_html(page)).body


@given(_page_with_aside_anywhere_outside_body(comments_above=True))
@_examples(0.2)
def test_sidebar_or_comments_anywhere_leave_html_body_unchanged(pair: tuple[Page, Page]) -> None:
    page, noisy = pair
    assert newsparse.parse(render_html(noisy)).body == newsparse.parse(render_html(page)).body


@given(_page_with_block_inside_body())
@example(pair=AD_INSERTED_BETWEEN_SHORT_PARAGRAPHS)
@example(pair=NEWSLETTER_BETWEEN_PARAGRAPHS)
@example(pair=SHARE_BEFORE_AD_BETWEEN_SHORT_PARAGRAPHS)
@example(pair=SIGN_UP_BEFORE_AD_BETWEEN_SHORT_PARAGRAPHS)
@example(pair=COMMENTS_BOX_BEFORE_LAST_PARAGRAPH)
@example(pair=SIDEBAR_UNDER_SHORT_LINKED_LEAD)
@example(pair=COMMENT_NOTICE_OVER_SUBHEADING)
@example(pair=MOST_READ_UNDER_AD_UNDER_ONE_SENTENCE_LEAD)
@example(pair=MOST_READ_UNDER_ONE_SENTENCE_LEAD)
def test_boilerplate_between_paragraphs_leaves_html_body_unchanged(
    pair: tuple[Page, Page],
) -> None:
    page, noisy = pair
    assert newsparse.parse(render_html(noisy)).body == newsparse.parse(render_html(page)).body


@pytest.mark.parametrize("frame", HEAD_FRAMES)
@given(page=SHORT_PAGES)
@_examples(0.3)
def test_a_frame_element_around_the_article_head_leaves_html_fields_unchanged(
    page: Page, frame: str
) -> None:
    """The article's head (or the article) printed in a frame element is still the article's.

    An article-meta ``<aside>`` beside the headline (byline, date, share buttons), the
    headline and its meta lines in a ``<footer>`` or in a ``<header>`` inside a ``<nav>``,
    the whole article in a ``<footer>``: the page chrome (:mod:`newsparse.extract.chrome`)
    leaves them to the article, and every field reads as without the frame.
    """
    markup = render_html(page, frame=frame)
    # A whole article in a <footer> wraps the article when it holds the page's top
    # headings: not a headline printed in a <div>.
    assume(frame != "footer-article" or '<div class="headline"' not in markup)
    plain = newsparse.parse(render_html(page))
    framed = newsparse.parse(markup)
    assert framed.headline == plain.headline
    assert framed.authors == plain.authors
    assert _day(framed.published) == _day(plain.published)
    assert framed.body == plain.body


def test_meta_line_of_three_names_in_nav_header_keeps_its_authors() -> None:
    """A meta line under a ``<div itemprop="headline">`` in a ``<nav>`` header keeps its names.

    The page has no ``<h1>`` or ``<h2>``: its block marked as the headline heads the frame
    (``chrome._free_article_head``).
    """
    page = META_LINE_OF_THREE_NAMES_IN_NAV_HEADER
    framed = newsparse.parse(render_html(page, frame="nav"))
    assert framed.authors == newsparse.parse(render_html(page)).authors


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
@given(page=SHORT_PAGES)
@_examples(0.2)
def test_html_line_endings_leave_parse_unchanged(page: Page, newline: str) -> None:
    markup = render_html(page)
    clean = newsparse.parse(markup)
    noisy = newsparse.parse(markup.replace("\n", newline))
    assert attrs.evolve(noisy, segments=()) == attrs.evolve(clean, segments=())
