"""Shared pieces of the property tests: settings, marks, page strategies and checks."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import attrs
import pytest
from hypothesis import Phase, settings
from hypothesis import strategies as st

import newsparse
from newsparse.sniff import sniff
from tests.strategies import (
    Page,
    articles,
    boilerplate_blocks,
    insert_part,
    pages,
    render_text,
)

TestFunction = TypeVar("TestFunction", bound=Callable[..., Any])


def _examples(fraction: float) -> settings:
    """Settings running ``fraction`` of the profile's examples (at least 10)."""
    return settings(max_examples=max(10, int(settings().max_examples * fraction)))


def _bug(reason: str) -> Callable[[TestFunction], TestFunction]:
    """Mark a property as failing on a known parser bug, shown by its explicit examples.

    The property runs only its ``@example`` pages (the minimal pages of the bug) under a
    strict xfail: it fails on every run until the bug is fixed, then XPASSes, which fails
    the suite and forces removing the mark, so that the full random property runs again.
    """

    def mark(test: TestFunction) -> TestFunction:
        explicit_only = settings(phases=[Phase.explicit])(test)
        marked: TestFunction = pytest.mark.xfail(strict=True, reason=reason)(explicit_only)
        return marked

    return mark


PAGES = articles().flatmap(pages)
"""Random articles laid out as pages."""

SHORT_PAGES = articles(max_paragraphs=8).flatmap(pages)
"""Pages with at most 8 paragraphs, for properties that parse several variants."""


def _day(value: object) -> str | None:
    """The ISO day of a ``date`` or ``datetime`` (``published`` may be a tz-aware datetime)."""
    return None if value is None else str(value.isoformat())[:10]  # type: ignore[attr-defined]


def _lines(dump: str) -> list[str]:
    """The decoded input's lines, as ``Segment.lines`` counts them."""
    return sniff(dump).text.split("\n")


# --------------------------------------------------------------------------------------
# Line accounting shared by the invariants and the whitespace property
# --------------------------------------------------------------------------------------


def _check_segments_cover_lines(dump: str, article: newsparse.Article) -> None:
    lines = _lines(dump)
    owners = [0] * len(lines)
    for segment in article.segments:
        first, last = segment.lines
        assert 0 <= first <= last < len(lines), segment
        for n in range(first, last + 1):
            owners[n] += 1
    for n, line in enumerate(lines):
        expected = 1 if line.strip() else 0
        assert owners[n] == expected, (n, line, owners[n])


# --------------------------------------------------------------------------------------
# Metamorphic pairs: a page and the same page with a boilerplate block
# --------------------------------------------------------------------------------------


@st.composite
def _page_with_block_outside_body(draw: st.DrawFn) -> tuple[Page, Page]:
    """A page, and the same page with one boilerplate block where sites put such blocks.

    Before the headline: a top bar (share, "Most read" list, newsletter, ad). Between the
    byline/date block and the body: share bar, ad or newsletter box. After the body: any
    block, comments included.
    """
    page = draw(SHORT_PAGES)
    first, last = page.body_span()
    headline = next(i for i, p in enumerate(page.parts) if p.role == "headline")
    block = draw(boilerplate_blocks(page.spec.lang, page.spec.site, page.spec.published))
    spots = [*range(last + 1, len(page.parts) + 1)]
    if block.role != "comments":
        spots.extend(range(headline + 1))
        if block.role != "sidebar":
            spots.append(first)
    return page, insert_part(page, draw(st.sampled_from(spots)), block)


def _page_with_aside_anywhere_outside_body(
    *, comments_above: bool
) -> st.SearchStrategy[tuple[Page, Page]]:
    """A page, and the same page with a sidebar list or a comments block at any spot outside
    its body: above the headline, inside the byline/date block, right above or below the body
    (``_page_with_block_outside_body`` leaves out the spots other blocks do not take).

    Args:
        comments_above: Draw comments blocks only, which may go above the body too
            (``test_comments_above_the_body_leave_text_body_unchanged``); else a sidebar
            anywhere or a comments block below the body. The two strategies together
            cover every block at every spot, each spot and kind once.
    """

    @st.composite
    def pair(draw: st.DrawFn) -> tuple[Page, Page]:
        page = draw(SHORT_PAGES)
        first, last = page.body_span()
        spec = page.spec
        kinds = ("comments",) if comments_above else ("sidebar", "comments")
        block = draw(boilerplate_blocks(spec.lang, spec.site, spec.published, kinds=kinds))
        spots = [*range(last + 1, len(page.parts) + 1)]
        if comments_above or block.role != "comments":
            spots.extend(range(first + 1))
        return page, insert_part(page, draw(st.sampled_from(spots)), block)

    return pair()


def _check_same_text_body(pair: tuple[Page, Page]) -> None:
    page, noisy = pair
    assert newsparse.parse(render_text(noisy)).body == newsparse.parse(render_text(page)).body


@st.composite
def _page_with_block_inside_body(draw: st.DrawFn) -> tuple[Page, Page]:
    """A page, and the page with a box inserted between two of its paragraphs.

    Pages set a box between paragraphs, or over a sub-heading, never between a sub-heading
    and the paragraph it heads. A box printed apart from the paragraph above it is printed
    apart from the one below too: the composer's glued paragraphs (``gap=0``) would otherwise
    glue the article's next paragraph to the box's last teaser, a page no reader could split.
    """
    page = draw(SHORT_PAGES.filter(lambda p: len(p.spec.paragraphs) >= 2))
    first, last = page.body_span()
    places = [k for k in range(first + 1, last + 1) if page.parts[k - 1].role != "subheading"]
    where = draw(st.sampled_from(places))
    block = draw(boilerplate_blocks(page.spec.lang, page.spec.site, page.spec.published))
    noisy = insert_part(page, where, block)
    below = noisy.parts[where + 1]
    if block.gap and not below.gap:
        parts = list(noisy.parts)
        parts[where + 1] = attrs.evolve(below, gap=block.gap)
        noisy = attrs.evolve(noisy, parts=tuple(parts))
    return page, noisy
