"""Text dumps: boxes between paragraphs (ads, lists, sign-ups, comments) leave the body alone."""

from __future__ import annotations

import pytest
from hypothesis import example, given

from tests.properties.pairs.mid_body.comments import (
    COMMENT_FORM_BEFORE_AD_AND_SHORT_LAST_PARAGRAPH,
    COMMENT_NOTICE_OVER_SUBHEADING,
    COMMENT_THREAD_BEFORE_AD_AND_LAST_PARAGRAPH,
    COMMENT_THREAD_BETWEEN_PARAGRAPHS,
    COMMENT_THREAD_OVER_GLUED_SUBHEADING,
    COMMENT_THREAD_OVER_LAST_PARAGRAPH_AND_COMMENTS,
    COMMENTS_BEFORE_AD_AND_SHORT_LAST_PARAGRAPH,
    COMMENTS_BOX_BEFORE_LAST_PARAGRAPH,
    COMMENTS_LINK_BETWEEN_PARAGRAPHS,
    COMMENTS_OVER_SHORT_LAST_PARAGRAPH_AND_SHARE_PAGES,
    FOUR_WORD_COMMENTER_BETWEEN_PARAGRAPHS,
    NOTICE_BOX_OVER_LAST_PARAGRAPH_AND_COMMENTS,
)
from tests.properties.pairs.mid_body.lists import (
    AD_AND_TOP_THEMEN_OVER_SHORT_PARAGRAPHS_AROUND_AD,
    AD_OVER_LIST_OVER_LAST_PARAGRAPH,
    AD_OVER_WEITERE_ARTIKEL_OVER_SHORT_LAST_PARAGRAPH,
    LIST_HEADING_BETWEEN_PARAGRAPHS,
    MOST_POPULAR_OVER_AD_AND_SHORT_QUOTES,
    READ_ALSO_WITH_BLURB_OVER_LAST_PARAGRAPH,
    SEE_ALSO_OVER_AD_GLUED_TO_PARAGRAPH,
    SHORT_LEAD_OVER_LARGE_TEASER_BOX,
    SIDEBAR_AND_AD_OVER_PARAGRAPHS,
    SIDEBAR_BEFORE_AD_AND_SHORT_LAST_PARAGRAPH,
    SIDEBAR_BETWEEN_PARAGRAPHS,
    SIDEBAR_UNDER_SHORT_LINKED_LEAD,
    TOP_THEMEN_OVER_SHORT_PARAGRAPHS_AROUND_AD,
    TOP_THEMEN_OVER_TWO_SHORT_LAST_PARAGRAPHS,
)
from tests.properties.pairs.mid_body.sections import (
    GLUED_LIST_OVER_SUBHEADED_SECTION,
    LIST_AND_AD_OVER_SUBHEADED_LAST_SECTION,
    LIST_OVER_GLUED_SUBHEADING,
    LIST_OVER_ONE_PARAGRAPH_SECTIONS_APART,
    LIST_OVER_ONE_PARAGRAPH_SECTIONS_OVER_BOX_PAGES,
    LIST_OVER_SUBHEADED_LAST_PARAGRAPH,
    LIST_OVER_SUBHEADED_SECTIONS_OVER_BOX_PAGES,
    ONE_PARAGRAPH_SECTIONS_UNDER_A_BOX,
    READ_ALSO_OVER_SUBHEADING_APART,
    SEE_ALSO_OVER_AD_OVER_ONE_PARAGRAPH_SECTIONS,
    SEE_ALSO_OVER_SUBHEADED_SECTIONS,
)
from tests.properties.pairs.mid_body.signups import (
    AD_INSERTED_BETWEEN_SHORT_PARAGRAPHS,
    NEWSLETTER_BETWEEN_PARAGRAPHS,
    SHORT_LEAD_OVER_SIGN_UP_BOX_PAGES,
    SIGN_UP_AND_AD_OVER_SHORT_LAST_PARAGRAPH_AND_TAGS,
    SIGN_UP_BEFORE_AD_AND_SHORT_LAST_PARAGRAPH,
    SIGN_UP_BETWEEN_SUBHEADING_AND_PARAGRAPH,
    SIGN_UP_OVER_SHORT_LAST_PARAGRAPH_AND_SHARE_PAGES,
    SIGN_UP_OVER_SHORT_LAST_PARAGRAPH_AND_TAGS,
)
from tests.properties.pairs.sentence_boxes import (
    MOST_READ_AND_AD_UNDER_ONE_SENTENCE_LEAD,
    MOST_READ_UNDER_AD_UNDER_ONE_SENTENCE_LEAD,
    READ_ALSO_SENTENCE_OVER_LAST_SECTION,
    READ_ALSO_SENTENCE_UNDER_GLUED_PARAGRAPHS,
)
from tests.properties.support import _check_same_text_body, _page_with_block_inside_body
from tests.strategies import (
    Page,
)


@given(_page_with_block_inside_body())
@example(pair=COMMENT_NOTICE_OVER_SUBHEADING)
@example(pair=NOTICE_BOX_OVER_LAST_PARAGRAPH_AND_COMMENTS)
@example(pair=READ_ALSO_SENTENCE_UNDER_GLUED_PARAGRAPHS)
@example(pair=READ_ALSO_SENTENCE_OVER_LAST_SECTION)
@example(pair=MOST_READ_AND_AD_UNDER_ONE_SENTENCE_LEAD)
def test_boilerplate_between_paragraphs_leaves_text_body_unchanged(
    pair: tuple[Page, Page],
) -> None:
    """A box between two paragraphs of a text dump leaves its body unchanged (the pages it
    found are also in the test below)."""
    _check_same_text_body(pair)


@pytest.mark.parametrize(
    "pair",
    [
        COMMENTS_BOX_BEFORE_LAST_PARAGRAPH,
        COMMENTS_BEFORE_AD_AND_SHORT_LAST_PARAGRAPH,
        SIGN_UP_BEFORE_AD_AND_SHORT_LAST_PARAGRAPH,
        AD_INSERTED_BETWEEN_SHORT_PARAGRAPHS,
        NEWSLETTER_BETWEEN_PARAGRAPHS,
        SIDEBAR_BETWEEN_PARAGRAPHS,
        COMMENTS_LINK_BETWEEN_PARAGRAPHS,
        LIST_HEADING_BETWEEN_PARAGRAPHS,
        SIDEBAR_BEFORE_AD_AND_SHORT_LAST_PARAGRAPH,
        COMMENT_FORM_BEFORE_AD_AND_SHORT_LAST_PARAGRAPH,
        SIDEBAR_UNDER_SHORT_LINKED_LEAD,
        SIGN_UP_BETWEEN_SUBHEADING_AND_PARAGRAPH,
        COMMENT_THREAD_BEFORE_AD_AND_LAST_PARAGRAPH,
        COMMENT_THREAD_BETWEEN_PARAGRAPHS,
        COMMENT_THREAD_OVER_GLUED_SUBHEADING,
        FOUR_WORD_COMMENTER_BETWEEN_PARAGRAPHS,
        COMMENT_THREAD_OVER_LAST_PARAGRAPH_AND_COMMENTS,
        SIDEBAR_AND_AD_OVER_PARAGRAPHS,
        GLUED_LIST_OVER_SUBHEADED_SECTION,
        LIST_OVER_GLUED_SUBHEADING,
        LIST_AND_AD_OVER_SUBHEADED_LAST_SECTION,
        READ_ALSO_OVER_SUBHEADING_APART,
        SHORT_LEAD_OVER_LARGE_TEASER_BOX,
        ONE_PARAGRAPH_SECTIONS_UNDER_A_BOX,
        READ_ALSO_WITH_BLURB_OVER_LAST_PARAGRAPH,
        COMMENT_NOTICE_OVER_SUBHEADING,
        NOTICE_BOX_OVER_LAST_PARAGRAPH_AND_COMMENTS,
        MOST_POPULAR_OVER_AD_AND_SHORT_QUOTES,
        TOP_THEMEN_OVER_TWO_SHORT_LAST_PARAGRAPHS,
        AD_OVER_WEITERE_ARTIKEL_OVER_SHORT_LAST_PARAGRAPH,
        READ_ALSO_SENTENCE_UNDER_GLUED_PARAGRAPHS,
        READ_ALSO_SENTENCE_OVER_LAST_SECTION,
        MOST_READ_AND_AD_UNDER_ONE_SENTENCE_LEAD,
        MOST_READ_UNDER_AD_UNDER_ONE_SENTENCE_LEAD,
    ],
)
def test_fixed_boxes_between_paragraphs_leave_text_body_unchanged(
    pair: tuple[Page, Page],
) -> None:
    """Pages of the mid-body property: fixed ones, and the open ones as strict xfails."""
    _check_same_text_body(pair)


@pytest.mark.parametrize(
    "pair",
    [TOP_THEMEN_OVER_SHORT_PARAGRAPHS_AROUND_AD, AD_AND_TOP_THEMEN_OVER_SHORT_PARAGRAPHS_AROUND_AD],
)
def test_box_over_short_paragraphs_and_ad_slot_leaves_text_body_unchanged(
    pair: tuple[Page, Page],
) -> None:
    """A list box set into a text dump closes over short closing paragraphs around an ad."""
    _check_same_text_body(pair)


@pytest.mark.parametrize(
    "pair", [LIST_OVER_SUBHEADED_LAST_PARAGRAPH, SEE_ALSO_OVER_SUBHEADED_SECTIONS]
)
def test_box_over_subheaded_closing_sections_leaves_text_body_unchanged(
    pair: tuple[Page, Page],
) -> None:
    """A box set into a text dump closes over the article's short sub-headed last sections."""
    _check_same_text_body(pair)


@pytest.mark.parametrize(
    "pair",
    [
        LIST_OVER_ONE_PARAGRAPH_SECTIONS_APART,
        AD_OVER_LIST_OVER_LAST_PARAGRAPH,
        SEE_ALSO_OVER_AD_GLUED_TO_PARAGRAPH,
    ],
)
def test_box_over_sections_or_ad_slot_leaves_text_body_unchanged(
    pair: tuple[Page, Page],
) -> None:
    """A box set into a text dump closes over one-paragraph sections, or under an ad slot."""
    _check_same_text_body(pair)


def test_see_also_over_ad_over_one_paragraph_sections_leaves_text_body_unchanged() -> None:
    """A box set into a text dump closes at an ad slot over one-paragraph sections."""
    _check_same_text_body(SEE_ALSO_OVER_AD_OVER_ONE_PARAGRAPH_SECTIONS)


@pytest.mark.parametrize(
    "pair",
    [SIGN_UP_OVER_SHORT_LAST_PARAGRAPH_AND_TAGS, SIGN_UP_AND_AD_OVER_SHORT_LAST_PARAGRAPH_AND_TAGS],
)
def test_box_over_short_last_paragraph_over_tags_leaves_text_body_unchanged(
    pair: tuple[Page, Page],
) -> None:
    """A box over the article's short last sentence and tag line leaves the body unchanged."""
    _check_same_text_body(pair)


@pytest.mark.parametrize(
    "pair",
    [
        SHORT_LEAD_OVER_SIGN_UP_BOX_PAGES,
        SIGN_UP_OVER_SHORT_LAST_PARAGRAPH_AND_SHARE_PAGES,
        COMMENTS_OVER_SHORT_LAST_PARAGRAPH_AND_SHARE_PAGES,
    ],
)
def test_open_boxes_between_paragraphs_leave_text_body_unchanged(
    pair: tuple[Page, Page],
) -> None:
    """A box under a one-sentence lead, or over a short last sentence and a share bar."""
    _check_same_text_body(pair)


@pytest.mark.parametrize(
    "pair",
    [LIST_OVER_ONE_PARAGRAPH_SECTIONS_OVER_BOX_PAGES, LIST_OVER_SUBHEADED_SECTIONS_OVER_BOX_PAGES],
)
def test_list_over_one_paragraph_sections_over_box_leaves_text_body_unchanged(
    pair: tuple[Page, Page],
) -> None:
    """A list box set into a text dump closes over sections of one paragraph each that run to
    another box's heading, as they keep to the story above the box (seeds 42-65 of the
    mid-body property's random search)."""
    _check_same_text_body(pair)
