"""Declared headlines: JSON-LD, OpenGraph and <title> values, confirmed by a visible block.

A declared title loses its " | Site" part; a declared headline that a page heading shows
behind a short kicker ("Kultur: Title") is told apart from it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from newsparse.document import Block
from newsparse.extract import Candidate, Context
from newsparse.extract.features import CUE_MAX_WORDS as FOLDED_MAX_WORDS
from newsparse.lexicon import fold

__all__ = [
    "KICKER_WORDS",
    "Declared",
    "crumb_heading",
    "declared_titles",
    "headline_from_meta",
    "kicker_variant",
    "strip_site_suffix",
]

_HEADLINE_BASE = 5.0
"""Base score of a declared headline (JSON-LD headline, og:title...)."""

_TITLE_BASE = 2.5
"""Base score of a page title (<title>): often a section or site name around the headline."""

KICKER_WORDS = 5
"""Longest kicker (topic label in front of a headline) that is told apart, in words."""

_TRAIL_TOKENS = frozenset({"breadcrumb", "breadcrumbs"})
"""Class/id tokens of a breadcrumb trail: a heading inside one is its last step, no headline."""

_ITEMPROP = "itemprop"
"""Source prefix of a value declared by an element's ``itemprop`` attribute."""

_HEADLINE_MARK = "headline"
"""The token ``itemprop="headline"`` leaves on the element that shows the headline."""

_KICKER_ENDS = " :-–—|·•»"
"""Punctuation between a kicker and its headline."""

_QUOTE_MARKS = "'\"“”„‘’‚«»"
"""Quote marks, opening or closing, in the languages of the corpus."""

_SITE_SEPARATOR = re.compile(r"\s+[|–—•·:»-]\s+|\s+[|]\s*|\s*[|]\s+")
"""Separators between a title and a site name in ``<title>`` ("Headline | Site")."""


def strip_site_suffix(title: str, site_names: frozenset[str]) -> str:
    """Drop a trailing (or leading) " | Site" part from a declared title."""
    parts = _SITE_SEPARATOR.split(title)
    if len(parts) < 2:
        return title
    if site_names:
        kept = [
            p for p in parts if fold(p) not in site_names and not _looks_like_domain(p, site_names)
        ]
        if kept and len(kept) < len(parts):
            return " - ".join(kept) if len(kept) > 1 else kept[0]
    longest = max(parts, key=len)
    if len(longest) >= 0.5 * len(title):
        return longest
    return title


def _looks_like_domain(part: str, site_names: frozenset[str]) -> bool:
    folded = fold(part).replace(" ", "")
    return any(name.replace(" ", "") == folded for name in site_names)


class Declared(NamedTuple):
    """A declared headline or title: value, folded value, source, base score, kept whole."""

    value: str
    folded: str
    source: str
    base: float
    whole: bool


def crumb_heading(block: Block, folded: str, declared: list[Declared]) -> bool:
    """True when a heading is a breadcrumb's step and the page marks its headline elsewhere.

    Some pages set the trail's last step, the page's short title, in an ``<h1>``
    (``<h1 class="breadcrumb_last">``) and the headline in an ``<h2 itemprop="headline">``
    under it: that ``<h1>`` marks no headline. Many trails end in the headline itself, in
    an ``<h1>``: unless the page marks one element, of other words than the heading's
    (folded ``folded``), with ``itemprop="headline"`` (``declared``), a heading in a
    trail keeps its mark.
    """
    return (
        bool(block.heading_level)
        and not block.tokens.isdisjoint(_TRAIL_TOKENS)
        and _sole_prop(declared) not in ("", folded)
    )


def _sole_prop(declared: list[Declared]) -> str:
    """The folded ``itemprop`` headline when the page marks one element so, else ``""``.

    A page that marks several elements with ``itemprop="headline"`` marks its teasers too.
    """
    props = [d.folded for d in declared if d.source.startswith(_ITEMPROP)]
    return props[0] if len(props) == 1 else ""


def declared_titles(ctx: Context) -> list[Declared]:
    """Declared headlines and titles, site suffixes removed."""
    found: list[Declared] = []
    for item in ctx.doc.meta:
        if item.key not in ("headline", "title"):
            continue
        value = (
            strip_site_suffix(item.value, ctx.site_names)
            if item.key == "title" or "og:" in item.source
            else item.value
        )
        value = " ".join(value.split())
        if value:
            base = _HEADLINE_BASE if item.key == "headline" else _TITLE_BASE
            # A declared headline kept whole can tell a kicker; a page title, or a value
            # cut at a separator by length alone, cannot. A value that only lost a last
            # part naming the site ("Title - Tegernseerstimme") is whole.
            raw = " ".join(item.value.split())
            whole = item.key == "headline" and (
                value == raw or _lost_site_tail(raw, value, ctx.site_names)
            )
            found.append(Declared(value, fold(value), item.source, base, whole))
    return found


def _lost_site_tail(raw: str, value: str, site_names: frozenset[str]) -> bool:
    """True when ``value`` is ``raw`` without a last " - Site" part that names the site.

    The part must be one of the page's site names (``site_names``): a part dropped only
    for being the shorter one may be the headline's own kicker or subtitle.
    """
    if not raw.startswith(value):
        return False
    match = _SITE_SEPARATOR.match(raw, len(value))
    if match is None:
        return False
    tail = raw[match.end() :]
    return fold(tail) in site_names or _looks_like_domain(tail, site_names)


def _kicker_pair(longer: str, shorter: str) -> bool:
    """True when ``longer`` is ``shorter`` behind a short kicker ("Kultur: Title").

    A quotation leading the headline ('"Pure Leere": Title') is no kicker but part of it.
    Also true for the same words with a space lost or added (markup between two words
    renders as "Title:Subtitle"): the declared form keeps the space.
    """
    if longer != shorter and longer.replace(" ", "") == shorter.replace(" ", ""):
        return True
    if len(longer) <= len(shorter) or not longer.endswith(shorter):
        return False
    kicker = longer[: len(longer) - len(shorter)]
    if kicker[-1:].isalnum():
        return False
    kicker = kicker.strip(_KICKER_ENDS)
    if len(kicker) > 2 and kicker[0] in _QUOTE_MARKS and kicker[-1] in _QUOTE_MARKS:
        # '"Pure Leere": Title': a quotation leading the headline is part of it.
        return False
    return 1 <= len(kicker.split()) <= KICKER_WORDS


def kicker_variant(text: str, folded: str, declared: list[Declared]) -> bool:
    """True when a heading is a declared headline (not a page title) behind a kicker.

    Also true for the declared headline cased otherwise ("... Using defadvice" for
    "... Using Defadvice"): the declared form names the page, and a block showing it as
    declared (:func:`headline_from_meta`) carries it.
    """
    return any(
        d.whole and (_kicker_pair(folded, d.folded) or (folded == d.folded and text != d.value))
        for d in declared
    )


def headline_from_meta(ctx: Context) -> Iterator[Candidate[str]]:
    """Propose declared headlines; a match with a visible block both raises and claims it."""
    declared = declared_titles(ctx)
    if not declared:
        # Text dumps declare nothing: skip folding every block.
        return
    # The first visible block showing a declared value is the headline; later ones are
    # teasers. The features hold most blocks' folded text already: a 10 MB page has more
    # distinct texts than the fold memo keeps.
    wanted = {d.folded for d in declared}
    visible: dict[str, int] = {}
    headings: list[tuple[str, int]] = []
    for block, feat in zip(ctx.doc.blocks, ctx.feats, strict=True):
        if block.hidden:
            continue
        short = len(block.text) < 400
        if short or block.heading_level:
            # Features fold blocks of up to FOLDED_MAX_WORDS words, only case-fold longer ones.
            folded = feat.folded if feat.words <= FOLDED_MAX_WORDS else fold(block.text)
            if block.heading_level:
                headings.append((folded, block.index))
            if short and folded in wanted and folded not in visible:
                visible[folded] = block.index
    sole_prop = bool(_sole_prop(declared))
    for value, folded, source, base, whole in declared:
        index = visible.get(folded)
        if index is not None:
            block = ctx.doc.blocks[index]
            # An <h1> marks the headline, unless it is a breadcrumb's last step; so does
            # the element a declared itemprop headline was read from, whatever its tag.
            marked = (block.heading_level == 1 and not crumb_heading(block, folded, declared)) or (
                sole_prop and source.startswith(_ITEMPROP) and _HEADLINE_MARK in block.tokens
            )
            bonus = 4.0 if marked else 3.0
            yield Candidate(
                value=block.text,
                score=base + bonus,
                source=source,
                blocks=(index,),
            )
            continue
        kicked = next((i for h, i in headings if _kicker_pair(h, folded)), None) if whole else None
        if kicked is not None:
            # A heading of the page is this headline behind a kicker ("Kultur: ..."): the declared
            # form is the headline, and the heading is where it shows.
            yield Candidate(value=value, score=base + 3.5, source=source, blocks=(kicked,))
        else:
            yield Candidate(value=value, score=base - 1.0, source=source)
