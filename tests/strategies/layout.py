"""Pages: an ordered tuple of :class:`Part` values (:func:`pages`), insertable boilerplate
blocks (:func:`boilerplate_blocks`) and hand-built pages (:func:`make_page`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

import attrs
from hypothesis import strategies as st

from tests.strategies.spec import (
    DATE_FORMATS,
    ArticleSpec,
    format_date,
    headlines,
    person_names,
    sentences,
)
from tests.strategies.words import (
    AD_LINES,
    CAPTIONS,
    COMMENT_HEADINGS,
    COMMENT_POLICY,
    COMMENT_TEXTS,
    CREDITS,
    FOOTERS,
    FORM_LINES,
    HIDDEN_LINES,
    NAV_LINES,
    NEWSLETTER,
    SECTION_LABELS,
    SIDEBAR_HEADINGS,
    SITES,
    TAG_LABELS,
    WIDGET_LINES,
)

# --------------------------------------------------------------------------------------
# Pages: an ordered list of parts, rendered as text or HTML
# --------------------------------------------------------------------------------------

ROLES = frozenset(
    {
        "nav", "section", "site", "headline", "byline", "date", "updated", "meta", "widget",
        "caption", "body", "subheading", "tags", "tag-list", "comments", "sidebar",
        "newsletter", "footer", "ad", "hidden", "question", "stamp", "key-points", "note",
        "paywall", "slide", "player",
    }
)  # fmt: skip
"""What a part is; the HTML renderer picks its markup from the role."""


_BODY_ROLES = ("body", "subheading", "question", "stamp", "note", "player", "paywall", "slide")
"""Roles of the parts of a page's body span, the article's text container in HTML: its
paragraphs and what stands among them (a media player, no body), and a paywall box or a
gallery's slides under them (no body; ``render_html`` prints them after the container now
and then)."""


@attrs.frozen(kw_only=True)
class Part:
    """One block of a page: a role and its visible lines (one line per text block)."""

    role: str
    lines: tuple[str, ...]
    gap: int = 1
    """Blank lines before this part in the text rendering (0–2)."""
    inner_gap: int = 0
    """Blank lines between this part's own lines in the text rendering."""

    def __attrs_post_init__(self) -> None:
        assert self.role in ROLES, self.role
        assert all(line.strip() for line in self.lines), self.lines


@attrs.frozen(kw_only=True)
class Page:
    """A spec laid out as parts, plus what ``parse`` should recover from it."""

    spec: ArticleSpec
    parts: tuple[Part, ...]
    shows_tags: bool
    """Whether the tags appear on the page (else ``Article.tags`` should be empty)."""
    html_variant: int = 0
    """Seed for the HTML renderer's choices (wrappers, broken markup...)."""

    def body_span(self) -> tuple[int, int]:
        """Indices of the first and last part of the body span (:data:`_BODY_ROLES`:
        paragraphs, sub-headings, an interview's questions, a live blog's time stamps, an
        editor's note, and a media player, a paywall box or a gallery's slides)."""
        idx = [i for i, p in enumerate(self.parts) if p.role in _BODY_ROLES]
        return idx[0], idx[-1]

    @property
    def expected_tags(self) -> tuple[str, ...]:
        """The tags ``parse`` should find."""
        return self.spec.tags if self.shows_tags else ()


def insert_part(page: Page, index: int, part: Part) -> Page:
    """Return ``page`` with ``part`` inserted before ``parts[index]``."""
    parts = list(page.parts)
    parts.insert(index, part)
    return attrs.evolve(page, parts=tuple(parts))


def pair_with(page: Page, index: int, part: Part | tuple[str, ...]) -> tuple[Page, Page]:
    """A metamorphic pair: ``page``, and ``page`` with ``part`` inserted at ``index``.

    A tuple ``(role, *lines)`` stands for ``Part(role=role, lines=lines)``.
    """
    if not isinstance(part, Part):
        role, *lines = part
        part = Part(role=role, lines=tuple(lines))
    return page, insert_part(page, index, part)


def _nav(draw: st.DrawFn, lang: str) -> Part:
    lines = draw(st.lists(st.sampled_from(NAV_LINES[lang]), min_size=3, max_size=10, unique=True))
    return Part(role="nav", lines=tuple(lines), gap=0)


def _widgets(draw: st.DrawFn, lang: str) -> Part:
    lines = draw(st.lists(st.sampled_from(WIDGET_LINES[lang]), min_size=1, max_size=4, unique=True))
    return Part(role="widget", lines=tuple(lines), gap=draw(st.integers(0, 1)))


def _tags_part(draw: st.DrawFn, spec: ArticleSpec) -> Part:
    label = draw(st.sampled_from(TAG_LABELS[spec.lang]))
    sep = draw(st.sampled_from((", ", ", ", " | ", " · ", "; ")))
    if draw(st.integers(0, 3)) == 0:
        # A "Tags" heading with one tag per line below it.
        return Part(role="tag-list", lines=(label, *spec.tags), gap=draw(st.integers(1, 2)))
    colon = " : " if spec.lang == "fr" and draw(st.booleans()) else ": "
    return Part(role="tags", lines=(f"{label}{colon}{sep.join(spec.tags)}",))


def _sidebar(draw: st.DrawFn, lang: str, day: dt.date) -> Part:
    heading = draw(st.sampled_from(SIDEBAR_HEADINGS[lang]))
    teasers: list[str] = []
    for _ in range(draw(st.integers(2, 6))):
        kind = draw(st.integers(0, 3))
        teaser = draw(headlines(lang))
        if kind == 1:
            teaser = draw(sentences(lang))
        elif kind == 2:
            other = day + dt.timedelta(days=draw(st.integers(-30, 30)))
            stamp = format_date(other, lang, draw(st.sampled_from(DATE_FORMATS[lang])), 9, 30)
            teasers.append(teaser)
            teaser = stamp
        teasers.append(teaser)
    return Part(role="sidebar", lines=(heading, *teasers), gap=draw(st.integers(1, 2)))


def _comments(draw: st.DrawFn, lang: str, site: str, day: dt.date) -> Part:
    heading = draw(st.sampled_from(COMMENT_HEADINGS[lang]))
    policy = draw(
        st.lists(st.sampled_from(COMMENT_POLICY[lang]), min_size=1, max_size=3, unique=True)
    )
    lines = [heading, *(p.format(site=site) for p in policy)]
    for _ in range(draw(st.integers(0, 3))):
        who = draw(person_names(lang))
        when = day + dt.timedelta(days=draw(st.integers(0, 3)))
        lines.extend(
            (
                who,
                format_date(when, lang, draw(st.sampled_from(DATE_FORMATS[lang])), 17, 5),
                draw(st.sampled_from(COMMENT_TEXTS[lang])),
            )
        )
    if draw(st.booleans()):
        lines.extend(draw(st.lists(st.sampled_from(FORM_LINES[lang]), min_size=1, unique=True)))
    return Part(role="comments", lines=tuple(lines), gap=draw(st.integers(1, 2)), inner_gap=1)


def _newsletter(draw: st.DrawFn, lang: str) -> Part:
    return Part(role="newsletter", lines=draw(st.sampled_from(NEWSLETTER[lang])))


def _footer(draw: st.DrawFn, lang: str, site: str, year: int) -> Part:
    first, *rest = FOOTERS[lang]
    lines = [
        first.format(year=year, site=site),
        *draw(st.lists(st.sampled_from(rest), min_size=1, unique=True)),
    ]
    if draw(st.booleans()):
        lines.reverse()
    return Part(role="footer", lines=tuple(lines), gap=draw(st.integers(1, 2)))


BLOCK_KINDS = ("share", "sidebar", "newsletter", "comments", "ad")
"""The kinds of block :func:`boilerplate_blocks` draws."""


def boilerplate_blocks(
    lang: str,
    site: str = "Metro Ledger",
    day: dt.date | None = None,
    kinds: Sequence[str] = BLOCK_KINDS,
) -> st.SearchStrategy[Part]:
    """One insertable block of boilerplate: share bar, sidebar list, newsletter, comments, ad.

    Args:
        lang: Language of the block's text.
        site: Site name (comment policies name it).
        day: The article's date (sidebar and comment dates fall around it).
        kinds: The kinds to draw from (a subset of :data:`BLOCK_KINDS`).
    """
    when = day or dt.date(2020, 6, 15)

    @st.composite
    def block(draw: st.DrawFn) -> Part:
        kind = draw(st.sampled_from(tuple(kinds)))
        if kind == "share":
            return _widgets(draw, lang)
        if kind == "sidebar":
            return _sidebar(draw, lang, when)
        if kind == "newsletter":
            return _newsletter(draw, lang)
        if kind == "comments":
            return _comments(draw, lang, site, when)
        return Part(role="ad", lines=(draw(st.sampled_from(AD_LINES[lang])),))

    return block()


@st.composite
def pages(draw: st.DrawFn, spec: ArticleSpec) -> Page:
    """Lay an article out as a page in one of many realistic layouts."""
    lang = spec.lang
    parts: list[Part] = []
    if draw(st.booleans()):
        parts.append(_nav(draw, lang))
        if draw(st.booleans()):
            parts.append(Part(role="site", lines=(spec.site,), gap=0))
    if draw(st.integers(0, 3)) == 0:
        parts.append(Part(role="section", lines=(draw(st.sampled_from(SECTION_LABELS[lang])),)))
    parts.append(Part(role="headline", lines=(spec.headline,), gap=draw(st.integers(0, 2))))

    # The meta block: byline, date (maybe on one line), share widgets, tags, in a site's order.
    meta: list[Part] = []
    joined = draw(st.integers(0, 5)) == 0
    if not spec.byline:
        meta.append(Part(role="date", lines=(spec.date_text,), gap=draw(st.integers(0, 1))))
    elif joined:
        sep = draw(st.sampled_from((" | ", " · ", " - ")))
        meta.append(Part(role="meta", lines=(f"{spec.byline}{sep}{spec.date_text}",)))
    else:
        meta.append(Part(role="byline", lines=(spec.byline,), gap=draw(st.integers(0, 1))))
        meta.append(Part(role="date", lines=(spec.date_text,), gap=draw(st.integers(0, 1))))
        if draw(st.booleans()):
            meta.reverse()
    if spec.updated_text:
        meta.append(Part(role="updated", lines=(spec.updated_text,), gap=0))
    if draw(st.booleans()):
        meta.insert(draw(st.integers(0, len(meta))), _widgets(draw, lang))
    tags_where = draw(
        st.sampled_from(("none", "top", "bottom", "bottom")) if spec.tags else st.just("none")
    )
    if tags_where == "top":
        meta.append(_tags_part(draw, spec))
    parts.extend(meta)
    if draw(st.integers(0, 5)) == 0:
        # A paywall or consent overlay the page ships hidden (innerText does not show it).
        parts.append(Part(role="hidden", lines=draw(st.sampled_from(HIDDEN_LINES[lang]))))
    if draw(st.integers(0, 3)) == 0:
        parts.append(
            Part(
                role="caption",
                lines=(
                    draw(st.sampled_from(CAPTIONS[lang])),
                    draw(st.sampled_from(CREDITS[lang])),
                ),
                gap=1,
            )
        )

    # The body: paragraphs separated by blank lines (sometimes none or two), sub-headings,
    # and now and then an in-body advertisement or caption.
    para_gap = draw(st.sampled_from((1, 1, 1, 2, 0)))
    heads = dict(spec.subheadings)
    for i, paragraph in enumerate(spec.paragraphs):
        if i > 0 and draw(st.integers(0, 12)) == 0:
            parts.append(Part(role="ad", lines=(draw(st.sampled_from(AD_LINES[lang])),)))
        if i in heads:
            parts.append(Part(role="subheading", lines=(heads[i],), gap=max(1, para_gap)))
        parts.append(
            Part(role="body", lines=(paragraph,), gap=max(para_gap, 1) if i == 0 else para_gap)
        )

    # After the body: tags, share bar, newsletter, comments, sidebars, footer.
    tail: list[Part] = []
    if tags_where == "bottom":
        tail.append(_tags_part(draw, spec))
    if draw(st.booleans()):
        tail.append(_widgets(draw, lang))
    rest: list[Part] = []
    if draw(st.booleans()):
        rest.append(_newsletter(draw, lang))
    if draw(st.booleans()):
        rest.append(_comments(draw, lang, spec.site, spec.published))
    rest.extend(_sidebar(draw, lang, spec.published) for _ in range(draw(st.integers(0, 2))))
    rest = list(draw(st.permutations(rest)))
    tail.extend(rest)
    if draw(st.booleans()):
        tail.append(_footer(draw, lang, spec.site, spec.published.year))
    parts.extend(tail)
    return Page(
        spec=spec,
        parts=tuple(parts),
        shows_tags=tags_where != "none",
        html_variant=draw(st.integers(0, 2**16)),
    )


_OWN_LINES: dict[str, Callable[[ArticleSpec], str]] = {
    "headline": lambda spec: spec.headline,
    "byline": lambda spec: spec.byline,
    "date": lambda spec: spec.date_text,
}
"""Roles whose bare ``make_page`` part holds a line of the spec."""


def make_page(
    *,
    lang: str = "en",
    headline: str,
    published: dt.date,
    date_text: str,
    authors: Sequence[str],
    byline: str,
    paragraphs: Sequence[str],
    parts: Sequence[tuple[str, ...] | Part],
    tags: Sequence[str] = (),
    dateline: str | None = None,
    updated_text: str | None = None,
    date_format: str = "explicit",
) -> Page:
    """Build a page by hand (explicit ``@example`` cases): ``parts`` are ``(role, *lines)``.

    A ``("body",)`` part stands for all paragraphs, each a part of its own; a bare
    ``("headline",)``, ``("byline",)`` or ``("date",)`` part holds the page's own line. A
    :class:`Part` is taken as it is, for pages whose blank lines matter (``gap=0`` glues it to
    the line above).
    """
    spec = ArticleSpec(
        lang=lang,
        site=SITES[lang][0],
        headline=headline,
        published=published,
        date_text=date_text,
        date_format=date_format,
        updated_text=updated_text,
        authors=tuple(authors),
        byline=byline,
        tags=tuple(tags),
        paragraphs=tuple(paragraphs),
        subheadings=(),
        dateline=dateline,
    )
    built: list[Part] = []
    for part in parts:
        if isinstance(part, Part):
            built.append(part)
            continue
        role, *lines = part
        if role == "body" and not lines:
            built.extend(Part(role="body", lines=(p,)) for p in paragraphs)
        elif role in _OWN_LINES and not lines:
            built.append(Part(role=role, lines=(_OWN_LINES[role](spec),)))
        else:
            built.append(Part(role=role, lines=tuple(lines)))
    shows_tags = any(p.role in ("tags", "tag-list") for p in built)
    return Page(spec=spec, parts=tuple(built), shows_tags=shows_tags)


UNSIGNED_DATES = {
    "en": "January 1, 2005",
    "de": "1. Januar 2005",
    "fr": "1er janvier 2005",
    "es": "1 de enero de 2005",
}
"""How each language writes the date of an undated :func:`pinned_page` (1 January 2005)."""


def pinned_page(
    headline: str,
    paragraphs: str | Sequence[str],
    *parts: str | tuple[str, ...] | Part,
    lang: str = "en",
    date: tuple[dt.date, str] | None = None,
    by: Sequence[str] = (),
    **more: Any,
) -> Page:
    """Build a pinned page (an explicit ``@example``) as one short entry of :func:`make_page`.

    ``paragraphs`` is the body (one string for a one-paragraph body). ``parts`` are
    :func:`make_page`'s, and a string names bare parts, one a word: ``"headline date body"``
    stands for ``("headline",), ("date",), ("body",)``, the page's own lines. ``date`` is
    the publication date and the line that writes it; without it the page is dated 1 January
    2005, written as ``UNSIGNED_DATES[lang]``. ``by`` is the byline line, then the authors it
    names; without it the page has no byline. ``more`` are :func:`make_page`'s other options.
    """
    published, date_text = date or (dt.date(2005, 1, 1), UNSIGNED_DATES[lang])
    byline, *authors = by or ("",)
    spelled: list[tuple[str, ...] | Part] = []
    for part in parts:
        if isinstance(part, str):
            spelled.extend((role,) for role in part.split())
        else:
            spelled.append(part)
    return make_page(
        lang=lang,
        headline=headline,
        published=published,
        date_text=date_text,
        authors=authors,
        byline=byline,
        paragraphs=(paragraphs,) if isinstance(paragraphs, str) else paragraphs,
        parts=spelled,
        **more,
    )


def script_page(
    headline: str,
    paragraphs: Sequence[str],
    *parts: Part,
    lang: str,
    site: str,
    date: tuple[dt.date, str],
    by: Sequence[str] = ("",),
    tags: Sequence[str] = (),
) -> Page:
    """A hand-built page in a language the composer's word tables lack (a pinned
    ``@example`` of the Japanese, Chinese or Arabic families): ``parts`` as laid out, the
    headline, date line and byline among them; ``by`` is the byline, then its names."""
    byline, *authors = by
    spec = ArticleSpec(
        lang=lang,
        site=site,
        headline=headline,
        published=date[0],
        date_text=date[1],
        date_format="explicit",
        updated_text=None,
        authors=tuple(authors),
        byline=byline,
        tags=tuple(tags),
        paragraphs=tuple(paragraphs),
        subheadings=(),
        dateline=None,
    )
    shows_tags = any(p.role in ("tags", "tag-list") for p in parts)
    return Page(spec=spec, parts=parts, shows_tags=shows_tags)
