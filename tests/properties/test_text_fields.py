"""Text round trips: ``parse(render_text(page))`` gives back the spec, one field per test."""

from __future__ import annotations

import pytest
from hypothesis import example, given

import newsparse
from tests.properties.pages.authors import (
    BARE_BYLINE_OVER_SHARE_BAR_AND_DATE,
    BARE_BYLINE_WITH_DASH,
    DASH_BEFORE_DATE_IN_BYLINE,
    FOUR_WORD_NAME_AND_NAMESAKE,
    FOUR_WORD_NAME_AND_NAMESAKE_WITH_PARTICLES,
    FOUR_WORD_SECOND_NAME,
    SITE_NAME_AS_AUTHOR,
    SITE_NAME_OVER_SHORT_HEADLINE,
    TAG_LIST_OVER_BODY_WITHOUT_BYLINE,
)
from tests.properties.pages.body import (
    AD_BETWEEN_SHORT_PARAGRAPHS,
    CREDIT_WITH_SPACE_BEFORE_COLON,
    GERMAN_CLOSING_QUOTE,
    MOST_READ_BLURBS_AFTER_BODY,
    MOST_READ_BLURBS_UNDER_GLUED_PARAGRAPHS,
    READ_ALSO_BLURB_AFTER_BODY,
    READ_ALSO_BLURB_AMONG_TEASERS,
    READ_ALSO_BLURBS_AFTER_BODY,
    SENTENCE_TEASER_AFTER_BODY,
    SHARE_LINE_BEFORE_READ_ALSO_BLURBS,
)
from tests.properties.pages.dates import (
    CREDIT_WITH_SLASH,
    DATELINE_RANDOM,
    FOUR_WORD_UPDATE_CUE,
    SIDEBAR_DATE_DROPS_READING,
)
from tests.properties.pages.headline import (
    BARE_BYLINE_AS_HEADLINE,
    BARE_NAME_UNDER_SHARE_BAR,
    BODY_SENTENCE_AS_HEADLINE,
    LONG_BYLINE_AS_HEADLINE,
    SHORT_HEADLINE_OVER_SHARE_BAR,
    SITE_NAME_GLUED_UNDER_MENU_OVER_HEADLINE_APART,
    SITE_NAME_OVER_HEADLINE,
    SITE_NAME_OVER_HEADLINE_AND_META_LINE,
    THREE_NAME_BYLINE_AS_HEADLINE,
    THREE_NAME_META_LINE_OVER_UPDATE_LINE,
    THREE_WORD_HEADLINE_OVER_SPACED_BYLINE,
)
from tests.properties.pages.tags import (
    TAG_LIST_ENDS_ON_SECTION_WORD,
    TAG_LIST_OVER_SHARE_LINE,
    TAG_LIST_SECTION_WORD_INSIDE,
    TAG_LIST_SWALLOWS_CAPTION,
    TAG_LIST_TAIL_NOT_IN_BODY,
)
from tests.properties.pages_families import (
    BARE_BYLINE_UNDER_DATE_OVER_SHARE_AND_UPDATE,
    SITE_NAME_OVER_HEADLINE_OVER_LONG_META_LINE,
)
from tests.properties.support import (
    PAGES,
    SHORT_PAGES,
    _check_segments_cover_lines,
    _day,
    _examples,
)
from tests.strategies import (
    Noise,
    Page,
    render_text,
    whitespace_noise,
)

# --------------------------------------------------------------------------------------
# Round trip: parse(render_text(page)) gives back the spec, one field per test
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "page",
    [
        SITE_NAME_OVER_HEADLINE_AND_META_LINE,
        SITE_NAME_GLUED_UNDER_MENU_OVER_HEADLINE_APART,
        THREE_NAME_META_LINE_OVER_UPDATE_LINE,
        SITE_NAME_OVER_HEADLINE_OVER_LONG_META_LINE,
    ],
)
def test_pinned_text_headlines(page: Page) -> None:
    """Text-dump headline bugs that explore seeds found (an open one is a strict xfail)."""
    assert newsparse.parse(render_text(page)).headline == page.spec.headline


@given(PAGES)
@example(page=THREE_NAME_BYLINE_AS_HEADLINE)
@example(page=LONG_BYLINE_AS_HEADLINE)
@example(page=BARE_BYLINE_AS_HEADLINE)
@example(page=BODY_SENTENCE_AS_HEADLINE)
@example(page=SITE_NAME_OVER_HEADLINE)
@example(page=BARE_NAME_UNDER_SHARE_BAR)
@example(page=THREE_WORD_HEADLINE_OVER_SPACED_BYLINE)
@example(page=SHORT_HEADLINE_OVER_SHARE_BAR)
@example(page=SITE_NAME_GLUED_UNDER_MENU_OVER_HEADLINE_APART)
@example(page=THREE_NAME_META_LINE_OVER_UPDATE_LINE)
def test_text_round_trip_headline(page: Page) -> None:
    assert newsparse.parse(render_text(page)).headline == page.spec.headline


@given(PAGES)
@example(page=FOUR_WORD_UPDATE_CUE)
@example(page=SIDEBAR_DATE_DROPS_READING)
def test_text_round_trip_published(page: Page) -> None:
    article = newsparse.parse(render_text(page))
    assert _day(article.published) == page.spec.published.isoformat(), page.spec.date_text


@given(PAGES)
@example(page=DASH_BEFORE_DATE_IN_BYLINE)
@example(page=BARE_BYLINE_WITH_DASH)
@example(page=SITE_NAME_AS_AUTHOR)
@example(page=TAG_LIST_OVER_BODY_WITHOUT_BYLINE)
@example(page=SITE_NAME_OVER_SHORT_HEADLINE)
@example(page=FOUR_WORD_SECOND_NAME)
@example(page=FOUR_WORD_NAME_AND_NAMESAKE)
@example(page=FOUR_WORD_NAME_AND_NAMESAKE_WITH_PARTICLES)
@example(page=BARE_BYLINE_OVER_SHARE_BAR_AND_DATE)
@example(page=THREE_NAME_META_LINE_OVER_UPDATE_LINE)
@example(page=BARE_BYLINE_UNDER_DATE_OVER_SHARE_AND_UPDATE)
def test_text_round_trip_authors(page: Page) -> None:
    assert newsparse.parse(render_text(page)).authors == page.spec.authors


@given(PAGES)
@example(page=TAG_LIST_SWALLOWS_CAPTION)
@example(page=TAG_LIST_TAIL_NOT_IN_BODY)
@example(page=TAG_LIST_ENDS_ON_SECTION_WORD)
@example(page=TAG_LIST_SECTION_WORD_INSIDE)
@example(page=TAG_LIST_OVER_SHARE_LINE)
def test_text_round_trip_tags(page: Page) -> None:
    assert newsparse.parse(render_text(page)).tags == page.expected_tags


@given(PAGES)
@example(page=AD_BETWEEN_SHORT_PARAGRAPHS)
@example(page=CREDIT_WITH_SLASH)
@example(page=CREDIT_WITH_SPACE_BEFORE_COLON)
@example(page=GERMAN_CLOSING_QUOTE)
@example(page=READ_ALSO_BLURB_AFTER_BODY)
@example(page=READ_ALSO_BLURB_AMONG_TEASERS)
@example(page=SENTENCE_TEASER_AFTER_BODY)
@example(page=MOST_READ_BLURBS_AFTER_BODY)
@example(page=READ_ALSO_BLURBS_AFTER_BODY)
@example(page=SHARE_LINE_BEFORE_READ_ALSO_BLURBS)
@example(page=MOST_READ_BLURBS_UNDER_GLUED_PARAGRAPHS)
def test_text_round_trip_body(page: Page) -> None:
    assert newsparse.parse(render_text(page)).body == page.spec.body


@given(PAGES)
@example(page=CREDIT_WITH_SLASH)
@example(page=DATELINE_RANDOM)
def test_text_round_trip_dateline(page: Page) -> None:
    assert newsparse.parse(render_text(page)).dateline == page.spec.dateline


@given(SHORT_PAGES, whitespace_noise())
@_examples(0.5)
def test_whitespace_noise_leaves_text_parse_unchanged(page: Page, noise: Noise) -> None:
    clean = newsparse.parse(render_text(page))
    noisy_dump = render_text(page, noise)
    noisy = newsparse.parse(noisy_dump)
    # Every line is still accounted for whatever the line endings and blank-line fillers.
    _check_segments_cover_lines(noisy_dump, noisy)
    assert noisy.body == clean.body
    assert (noisy.headline, noisy.authors, noisy.tags, _day(noisy.published)) == (
        clean.headline,
        clean.authors,
        clean.tags,
        _day(clean.published),
    )
