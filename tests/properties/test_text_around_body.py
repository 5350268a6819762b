"""Text dumps: boilerplate outside the body (top bars, sidebars, comments) leaves it unchanged."""

from __future__ import annotations

import pytest
from hypothesis import example, given

import newsparse
from tests.properties.pages_families import (
    BOX_OVER_GLUED_SHARE_BUTTON,
    COMMENT_DATE_OVER_HEADLINE,
    COMMENT_OVER_HEADLINE_AND_PUBLISHED_LINE,
    LATEST_BOX_OF_SENTENCES_OVER_SHORT_ARTICLE,
    READ_ALSO_OVER_DATE_LINE,
)
from tests.properties.pairs.around_body.comments import (
    CAPTION_OVER_COMMENTS_OVER_BODY,
    COMMENT_AND_FORM_OVER_BYLINE_UNDER_LONG_HEADLINE,
    COMMENT_AND_FORM_OVER_META_LINE,
    COMMENT_AND_FORM_OVER_UPDATE_LINE,
    COMMENTER_WITH_PARTICLES_OVER_BODY,
    COMMENTS_BETWEEN_BYLINE_AND_BODY,
    COMMENTS_HEADING_OVER_BYLINE_UNDER_LONG_HEADLINE,
    COMMENTS_OVER_DATE_UNDER_LONG_HEADLINE,
    COMMENTS_UNDER_A_LONG_HEADLINE,
    COMMENTS_UNDER_SHARE_BAR_AFTER_SHORT_LEAD,
    HEADED_COMMENT_THREAD_OVER_THE_BODY,
    LONGER_COMMENT_AFTER_SHORT_ARTICLE,
)
from tests.properties.pairs.around_body.lists import (
    CAPTION_OVER_MOST_READ_OVER_BODY,
    CAPTION_OVER_MOST_READ_REPEATING_HEADLINE,
    LIST_BOX_GLUED_TO_HEADLINE,
    MOST_READ_OVER_HEADLINE_AND_SUBHEADING,
    MOST_READ_OVER_SUBHEADING_AND_SHORT_PARAGRAPH,
    MOST_READ_UNDER_SHARE_BAR_OF_GLUED_ARTICLE,
    MOST_READ_UNDER_SHARE_BUTTON_OF_GLUED_ARTICLE,
    NEWSLETTER_PITCH_OVER_LONG_HEADLINE,
    READ_ALSO_BLURB_OVER_SHARE_BUTTON,
    READ_ALSO_TEASER_OVER_HEADLINE,
    SIDEBAR_BEFORE_SHORT_ARTICLE,
    SIDEBAR_UNDER_BYLINE_AND_DATE,
    TEASER_QUOTES_SHORT_LAST_PARAGRAPH,
    TEASERS_APART_UNDER_GLUED_LIST,
)
from tests.properties.pairs.sentence_boxes import (
    DONT_MISS_SENTENCES_ON_FIRST_LINE,
    DONT_MISS_SENTENCES_OVER_BYLINE,
    LATEST_OVER_SUBHEADED_LEAD,
    RELATED_SENTENCES_ON_FIRST_LINE,
    RELATED_SENTENCES_OVER_HEADLINE,
    RELATED_SENTENCES_OVER_HEADLINE_APART,
)
from tests.properties.support import (
    _check_same_text_body,
    _examples,
    _page_with_aside_anywhere_outside_body,
    _page_with_block_outside_body,
)
from tests.strategies import (
    Page,
    render_text,
)


@given(_page_with_block_outside_body())
@example(pair=LONGER_COMMENT_AFTER_SHORT_ARTICLE)
@example(pair=SIDEBAR_BEFORE_SHORT_ARTICLE)
@example(pair=LIST_BOX_GLUED_TO_HEADLINE)
@example(pair=TEASER_QUOTES_SHORT_LAST_PARAGRAPH)
@example(pair=READ_ALSO_TEASER_OVER_HEADLINE)
@example(pair=READ_ALSO_BLURB_OVER_SHARE_BUTTON)
@example(pair=MOST_READ_OVER_HEADLINE_AND_SUBHEADING)
@example(pair=NEWSLETTER_PITCH_OVER_LONG_HEADLINE)
@example(pair=RELATED_SENTENCES_OVER_HEADLINE)
def test_boilerplate_outside_the_body_leaves_text_body_unchanged(pair: tuple[Page, Page]) -> None:
    _check_same_text_body(pair)


@pytest.mark.parametrize(
    "pair",
    [
        RELATED_SENTENCES_OVER_HEADLINE,
        RELATED_SENTENCES_ON_FIRST_LINE,
        RELATED_SENTENCES_OVER_HEADLINE_APART,
        DONT_MISS_SENTENCES_OVER_BYLINE,
        DONT_MISS_SENTENCES_ON_FIRST_LINE,
        LATEST_OVER_SUBHEADED_LEAD,
    ],
)
def test_box_of_sentences_over_the_article_leaves_text_body_unchanged(
    pair: tuple[Page, Page],
) -> None:
    """A box of whole sentences glued under its heading over a text dump's article (over its
    headline, byline or lead) ends at its first blank line or at the page's next section."""
    _check_same_text_body(pair)


@given(_page_with_aside_anywhere_outside_body(comments_above=False))
@example(pair=SIDEBAR_UNDER_BYLINE_AND_DATE)
@example(pair=DONT_MISS_SENTENCES_OVER_BYLINE)
@example(pair=LATEST_OVER_SUBHEADED_LEAD)
@_examples(0.2)
def test_sidebar_or_comments_anywhere_leave_text_body_unchanged(pair: tuple[Page, Page]) -> None:
    _check_same_text_body(pair)


def test_comments_block_above_the_body_leaves_text_body_unchanged() -> None:
    _check_same_text_body(COMMENTS_BETWEEN_BYLINE_AND_BODY)


@given(_page_with_aside_anywhere_outside_body(comments_above=True))
@example(pair=COMMENTS_UNDER_A_LONG_HEADLINE)
@example(pair=HEADED_COMMENT_THREAD_OVER_THE_BODY)
@example(pair=COMMENTER_WITH_PARTICLES_OVER_BODY)
@example(pair=COMMENTS_UNDER_SHARE_BAR_AFTER_SHORT_LEAD)
@example(pair=COMMENT_AND_FORM_OVER_META_LINE)
@example(pair=COMMENTS_HEADING_OVER_BYLINE_UNDER_LONG_HEADLINE)
@example(pair=COMMENT_AND_FORM_OVER_BYLINE_UNDER_LONG_HEADLINE)
def test_comments_above_the_body_leave_text_body_unchanged(pair: tuple[Page, Page]) -> None:
    _check_same_text_body(pair)


@pytest.mark.parametrize(
    "pair",
    [
        CAPTION_OVER_MOST_READ_OVER_BODY,
        CAPTION_OVER_MOST_READ_REPEATING_HEADLINE,
        MOST_READ_OVER_SUBHEADING_AND_SHORT_PARAGRAPH,
        COMMENTS_OVER_DATE_UNDER_LONG_HEADLINE,
        CAPTION_OVER_COMMENTS_OVER_BODY,
        TEASERS_APART_UNDER_GLUED_LIST,
        MOST_READ_UNDER_SHARE_BAR_OF_GLUED_ARTICLE,
        MOST_READ_UNDER_SHARE_BUTTON_OF_GLUED_ARTICLE,
        COMMENT_AND_FORM_OVER_UPDATE_LINE,
        COMMENT_DATE_OVER_HEADLINE,
        COMMENT_OVER_HEADLINE_AND_PUBLISHED_LINE,
        LATEST_BOX_OF_SENTENCES_OVER_SHORT_ARTICLE,
        BOX_OVER_GLUED_SHARE_BUTTON,
        READ_ALSO_OVER_DATE_LINE,
    ],
)
def test_pinned_aside_outside_body_leaves_text_body_unchanged(pair: tuple[Page, Page]) -> None:
    """Text-dump body bugs that explore seeds found (an open one is a strict xfail, ``_pinned``)."""
    _check_same_text_body(pair)


def test_latest_box_of_sentences_over_short_article_keeps_text_headline() -> None:
    """A box of glued sentences over the headline printed apart leaves it the headline."""
    page, boxed = LATEST_BOX_OF_SENTENCES_OVER_SHORT_ARTICLE
    assert newsparse.parse(render_text(boxed)).headline == page.spec.headline
