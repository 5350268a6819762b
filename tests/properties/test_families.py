"""Page families the corpus lacks (``tests/strategies/families.py``): interviews, listicles,
live blogs, key-points boxes, a menu under the article, mobile pages, editor's notes,
paywalled articles, photo galleries, video or podcast pages, and Japanese, Chinese, Arabic
and Russian pages, as text dumps and HTML pages.

Each property checks one field of ``parse`` against what a careful reader takes from the
family (the families module's docstring says what that is for each family's parts).
"""

from __future__ import annotations

import pytest
from hypothesis import example, given

import newsparse
from tests.properties.pages_families import (
    ARABIC_BYLINE_IN_DIRECTION_MARKS,
    EDITORS_NOTE_WITH_UPDATE_DAY_OVER_BODY,
    INTERVIEW_OPENING_ON_A_QUESTION,
    INTERVIEW_QUESTION_UNDER_INTRODUCTION,
    JAPANESE_PHOTO_CAPTION_UNDER_DATE_LINE,
    KEY_POINTS_APART_OVER_BODY,
    KEY_POINTS_OVER_BODY,
    KEY_POINTS_UNDER_META_LINE,
    KEY_POINTS_UNDER_META_LINE_OVER_CAPTION,
    KEY_POINTS_UNMARKED_OVER_BODY,
    LABELLED_THREE_NAME_META_LINE,
    LATEST_BOX_OF_LONG_SENTENCES_UNDER_ONE_SENTENCE,
    LIVE_BLOG_ZONED_STAMPS,
    LONG_HEADLINE_OVER_ONE_SHORT_SENTENCE,
    ONE_ROLE_WORD_OVER_TWO_REPORTERS,
    PAYWALL_OFFER_SENTENCE_UNDER_NOTICE,
    PAYWALL_OFFERS_OUTWEIGH_ONE_SENTENCE,
    PAYWALL_OVER_RELATED_BOX_OF_SENTENCES,
    SHORT_HEADLINE_OVER_BARE_BYLINE,
    SOURCE_AND_AUTHOR_LABELS_OVER_DATE_LINE,
    TAG_LINE_WITH_WIDE_COLON,
    TAG_WITH_PARTICLES_IN_A_BODY_PHRASE,
)
from tests.properties.support import _check_segments_cover_lines, _day
from tests.strategies import FAMILIES, Page, family_pages, render_html, render_text

FAMILY_PAGES = family_pages()
"""Pages of every family."""

UNBOXED_PAGES = family_pages(tuple(f for f in FAMILIES if f != "key-points"))
"""Pages of every family but the key-points box (open in text dumps:
``test_key_points_box_is_no_text_body``)."""


@given(FAMILY_PAGES)
@example(page=INTERVIEW_QUESTION_UNDER_INTRODUCTION)
@example(page=LABELLED_THREE_NAME_META_LINE)
@example(page=ARABIC_BYLINE_IN_DIRECTION_MARKS)
@example(page=JAPANESE_PHOTO_CAPTION_UNDER_DATE_LINE)
@example(page=SOURCE_AND_AUTHOR_LABELS_OVER_DATE_LINE)
def test_family_text_round_trip_headline(page: Page) -> None:
    assert newsparse.parse(render_text(page)).headline == page.spec.headline


@given(FAMILY_PAGES)
@example(page=PAYWALL_OVER_RELATED_BOX_OF_SENTENCES)
@example(page=LONG_HEADLINE_OVER_ONE_SHORT_SENTENCE)
def test_family_text_round_trip_published(page: Page) -> None:
    article = newsparse.parse(render_text(page))
    assert _day(article.published) == page.spec.published.isoformat(), page.spec.date_text


@given(FAMILY_PAGES)
@example(page=LABELLED_THREE_NAME_META_LINE)
@example(page=ONE_ROLE_WORD_OVER_TWO_REPORTERS[0])
@example(page=ONE_ROLE_WORD_OVER_TWO_REPORTERS[1])
@example(page=ARABIC_BYLINE_IN_DIRECTION_MARKS)
@example(page=SOURCE_AND_AUTHOR_LABELS_OVER_DATE_LINE)
def test_family_text_round_trip_authors(page: Page) -> None:
    assert newsparse.parse(render_text(page)).authors == page.spec.authors


@given(FAMILY_PAGES)
@example(page=TAG_WITH_PARTICLES_IN_A_BODY_PHRASE)
@example(page=TAG_LINE_WITH_WIDE_COLON)
def test_family_text_round_trip_tags(page: Page) -> None:
    assert newsparse.parse(render_text(page)).tags == page.expected_tags


@given(UNBOXED_PAGES)
@example(page=LIVE_BLOG_ZONED_STAMPS)
@example(page=EDITORS_NOTE_WITH_UPDATE_DAY_OVER_BODY)
@example(page=PAYWALL_OFFER_SENTENCE_UNDER_NOTICE)
@example(page=PAYWALL_OVER_RELATED_BOX_OF_SENTENCES)
@example(page=LONG_HEADLINE_OVER_ONE_SHORT_SENTENCE)
def test_family_text_round_trip_body(page: Page) -> None:
    assert newsparse.parse(render_text(page)).body == page.spec.body


@given(FAMILY_PAGES)
def test_family_every_text_line_is_in_exactly_one_segment(page: Page) -> None:
    dump = render_text(page)
    _check_segments_cover_lines(dump, newsparse.parse(dump))


@given(FAMILY_PAGES)
@example(page=ARABIC_BYLINE_IN_DIRECTION_MARKS)
def test_family_html_round_trip_headline(page: Page) -> None:
    assert newsparse.parse(render_html(page)).headline == page.spec.headline


@given(FAMILY_PAGES)
def test_family_html_round_trip_published(page: Page) -> None:
    article = newsparse.parse(render_html(page))
    assert _day(article.published) == page.spec.published.isoformat(), page.spec.date_text


@given(FAMILY_PAGES)
@example(page=ONE_ROLE_WORD_OVER_TWO_REPORTERS[0])
@example(page=ONE_ROLE_WORD_OVER_TWO_REPORTERS[1])
@example(page=ARABIC_BYLINE_IN_DIRECTION_MARKS)
@example(page=SOURCE_AND_AUTHOR_LABELS_OVER_DATE_LINE)
def test_family_html_round_trip_authors(page: Page) -> None:
    assert newsparse.parse(render_html(page)).authors == page.spec.authors


@given(FAMILY_PAGES)
@example(page=TAG_WITH_PARTICLES_IN_A_BODY_PHRASE)
@example(page=TAG_LINE_WITH_WIDE_COLON)
def test_family_html_round_trip_tags(page: Page) -> None:
    assert newsparse.parse(render_html(page)).tags == page.expected_tags


@given(FAMILY_PAGES)
@example(page=KEY_POINTS_OVER_BODY)
@example(page=KEY_POINTS_UNDER_META_LINE)
@example(page=EDITORS_NOTE_WITH_UPDATE_DAY_OVER_BODY)
@example(page=PAYWALL_OFFERS_OUTWEIGH_ONE_SENTENCE)
def test_family_html_round_trip_body(page: Page) -> None:
    assert newsparse.parse(render_html(page)).body == page.spec.body


@pytest.mark.parametrize(
    "page", [KEY_POINTS_OVER_BODY, KEY_POINTS_APART_OVER_BODY, KEY_POINTS_UNMARKED_OVER_BODY]
)
def test_pinned_key_points_boxes_are_no_text_body(page: Page) -> None:
    assert newsparse.parse(render_text(page)).body == page.spec.body


@given(family_pages(("key-points",)))
@example(page=KEY_POINTS_UNDER_META_LINE_OVER_CAPTION)
def test_key_points_box_is_no_text_body(page: Page) -> None:
    assert newsparse.parse(render_text(page)).body == page.spec.body


def test_interview_opening_on_a_question_html_body() -> None:
    """An interview's first question, a bold paragraph over the first answer, opens the body."""
    page = INTERVIEW_OPENING_ON_A_QUESTION
    assert newsparse.parse(render_html(page)).body == page.spec.body


def test_interview_opening_on_a_question_text_body() -> None:
    """An interview's first question under the date line opens the body (text dump): a later
    question printed alike stands over an answer."""
    page = INTERVIEW_OPENING_ON_A_QUESTION
    assert newsparse.parse(render_text(page)).body == page.spec.body


def test_interview_opening_on_a_question_text_headline() -> None:
    """An interview's first question under the date line is no headline (text dump)."""
    page = INTERVIEW_OPENING_ON_A_QUESTION
    assert newsparse.parse(render_text(page)).headline == page.spec.headline


def test_short_headline_over_bare_byline_text_headline() -> None:
    """A headline of three words over a bare name line, a paragraph apart, keeps the headline."""
    page = SHORT_HEADLINE_OVER_BARE_BYLINE
    assert newsparse.parse(render_text(page)).headline == page.spec.headline


def test_latest_box_of_long_sentences_under_one_sentence_text_body() -> None:
    """A "Lo último" box of two long teasers glued under its heading is not the article."""
    page = LATEST_BOX_OF_LONG_SENTENCES_UNDER_ONE_SENTENCE
    assert newsparse.parse(render_text(page)).body == page.spec.body
