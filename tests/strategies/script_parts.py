"""Parts the page families in scripts of their own (``cjk``, ``rtl``, ``cyrillic``) draw alike.

Each helper draws in a fixed order, so a family's pages stay the same for a seed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from hypothesis import strategies as st

from tests.strategies.layout import Part
from tests.strategies.spec import ArticleSpec


def distinct_paragraphs(draw: st.DrawFn, sentence: st.SearchStrategy[str], sep: str) -> list[str]:
    """One to eight paragraphs of one to three drawn sentences joined by ``sep``, no repeats."""
    paragraphs: list[str] = []
    for _ in range(draw(st.integers(1, 8))):
        text = sep.join(draw(sentence) for _ in range(draw(st.integers(1, 3))))
        if text not in paragraphs:
            paragraphs.append(text)
    return paragraphs


def script_article(
    draw: st.DrawFn,
    sentence: st.SearchStrategy[str],
    sep: str,
    tag_words: Sequence[str],
    *,
    lang: str,
    site: str,
    headline: str,
    published: dt.date,
    date_text: str,
    date_style: int,
    updated_text: str | None,
    authors: tuple[str, ...],
    byline: str,
) -> ArticleSpec:
    """A family page's article: its paragraphs (:func:`distinct_paragraphs`) and up to four of
    ``tag_words`` drawn, then its spec, without sub-headings or a dateline."""
    paragraphs = distinct_paragraphs(draw, sentence, sep)
    tags = tuple(draw(st.lists(st.sampled_from(tag_words), max_size=4, unique=True)))
    return ArticleSpec(
        lang=lang,
        site=site,
        headline=headline,
        published=published,
        date_text=date_text,
        date_format=f"{lang}-{date_style}",
        updated_text=updated_text,
        authors=authors,
        byline=byline,
        tags=tags,
        paragraphs=tuple(paragraphs),
        subheadings=(),
        dateline=None,
    )


def body_and_tags(
    draw: st.DrawFn,
    spec: ArticleSpec,
    tag_labels: Sequence[str],
    tags_line: Callable[[st.DrawFn, str, tuple[str, ...]], str],
    indent: str = "",
) -> tuple[list[Part], bool]:
    """The article's paragraphs (each after ``indent``), then, now and then, its tags under a
    label of ``tag_labels``: a list of lines, or one line that ``tags_line`` prints.

    Returns the parts and whether the tags are shown.
    """
    parts: list[Part] = []
    gap = draw(st.sampled_from((1, 1, 0, 2)))
    for i, paragraph in enumerate(spec.paragraphs):
        parts.append(
            Part(role="body", lines=(indent + paragraph,), gap=max(gap, 1) if i == 0 else gap)
        )
    shows_tags = bool(spec.tags) and draw(st.booleans())
    if shows_tags:
        label = draw(st.sampled_from(tag_labels))
        if draw(st.booleans()):
            parts.append(
                Part(role="tag-list", lines=(label, *spec.tags), gap=draw(st.integers(1, 2)))
            )
        else:
            parts.append(Part(role="tags", lines=(tags_line(draw, label, spec.tags),)))
    return parts, shows_tags


def masthead(
    draw: st.DrawFn,
    nav: Sequence[str],
    site: str,
    headline: str,
    skip_links: Sequence[str] = (),
) -> list[Part]:
    """The headline, with now and then a menu over it.

    The menu opens with a skip link now and then when ``skip_links`` has some, and the
    site's name may stand under it.
    """
    parts: list[Part] = []
    if draw(st.booleans()):
        menu = draw(st.lists(st.sampled_from(nav), min_size=3, max_size=8, unique=True))
        if len(skip_links) > 0 and draw(st.booleans()):
            menu.insert(0, draw(st.sampled_from(skip_links)))
        parts.append(Part(role="nav", lines=tuple(menu), gap=0))
        if draw(st.booleans()):
            parts.append(Part(role="site", lines=(site,), gap=draw(st.integers(0, 1))))
    parts.append(Part(role="headline", lines=(headline,), gap=draw(st.integers(0, 2))))
    return parts


def widgets(draw: st.DrawFn, lines: Sequence[str]) -> list[Part]:
    """Now and then a row of one to four share or font widgets under the meta lines."""
    if not draw(st.booleans()):
        return []
    row = draw(st.lists(st.sampled_from(lines), min_size=1, max_size=4, unique=True))
    return [Part(role="widget", lines=tuple(row), gap=draw(st.integers(0, 1)))]
