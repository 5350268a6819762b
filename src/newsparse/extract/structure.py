"""Structural evidence of HTML pages: which blocks sit in the article container and which in asides.

Text dumps carry no structure; for HTML, class/id tokens, tag paths and link density
tell navigation, sidebars, comment sections and share bars from the article itself,
and the container that holds most of the prose marks where the article is.

Three facts decide, in one pass over the blocks plus per-token and per-container sums:

* **Names.** A block under an element named like an aside (``sidebar``, ``related``,
  ``comments``, ``newsletter``...) or inside ``<nav>``/``<aside>``/``<footer>`` is an aside,
  unless that name covers most of the page's prose: then it names a page wrapper
  (``<div class="layout-with-sidebar">``), not an aside. A block under an article-body
  name (``article-body``, ``entry-content``, ``itemprop=articleBody``) weighs more.
* **The main container.** The block container with the most prose, and every block that
  shares all of its ancestors' tokens, is the article; prose elsewhere weighs less, but
  still counts, since some pages split an article over several containers.
* **Links.** A container whose text is mostly link text, or a list item that is all link,
  is a menu or a list of teasers.

The layout reads a weight above 1 as "inside the article container": there short lines and
"Read also" lines do not split the body, and aside blocks never do.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections import defaultdict
from importlib import resources

from newsparse.document import Block, BlockKind, Document
from newsparse.extract.features import Features
from newsparse.extract.layout import Structure
from newsparse.model import Label

__all__ = ["StructureTokens", "read_structure", "structure_tokens"]

StructureTokens = dict[str, frozenset[str]]
"""List name (``article``, ``navigation``, ``sidebar``...) → its tokens."""

_ASIDE_LISTS: dict[str, Label] = {
    "navigation": Label.NAVIGATION,
    "sidebar": Label.SIDEBAR,
    "comments": Label.COMMENTS,
    "widget": Label.WIDGET,
    "boilerplate": Label.BOILERPLATE,
    "caption": Label.CAPTION,
}
"""Token lists that place a block outside the article, and the label they give."""

_TAG_LABEL: dict[str, Label] = {
    "nav": Label.NAVIGATION,
    "aside": Label.SIDEBAR,
    "footer": Label.NAVIGATION,
    "figure": Label.CAPTION,
    "figcaption": Label.CAPTION,
}
"""Elements of ``tag_path`` that place a block outside the article."""

_WRAPPER_SHARE = 0.5
"""An aside name over more than this share of the page's prose names a wrapper, not an
aside (pages wrap the whole article in ``has-sidebar`` or ``post-with-comments``)."""

_HEAVY_WRAPPER_SHARE = 0.9
"""Comment threads can outweigh the article they follow: their names are taken for a
wrapper only when they cover nearly all the prose (a page wrapped in ``with-comments``)."""

_HEAVY_LISTS = ("comments",)
"""Token lists whose asides may hold more prose than the article."""

_GLOBAL_SHARE = 0.9
"""Tokens on at least this share of blocks come from ``<html>``/``<body>``/page wrappers."""

_ARTICLE_WEIGHT = 1.5
"""Weight of prose under an article-body name or in the main container."""

_OUTSIDE_WEIGHT = 0.6
"""Weight of prose outside the main container on a page where one stands out."""

_NAMED_OUTSIDE_WEIGHT = 0.15
"""Weight of prose outside the main container when that container carries an article-body
name: the page itself then says where the text is (some pages still split it)."""

_IN_PAGE_FRAME = re.compile(r"(?:^|/)(?:footer|nav|aside)(?:/|$)")
"""A tag path through a page's footer, menu or aside element."""

_LINK_CONTAINER = 0.5
"""A container whose text is more than this share link text is a menu or teaser list."""


@functools.cache
def structure_tokens() -> StructureTokens:
    """Return the token lists of ``structure_tokens.toml`` (loaded once)."""
    text = resources.files(__package__).joinpath("structure_tokens.toml").read_text("utf-8")
    data = tomllib.loads(text)
    return {name: frozenset(values) for name, values in data.items()}


@functools.cache
def _aside_index() -> dict[str, Label]:
    """Map every aside token to the label of its list."""
    lists = structure_tokens()
    return {token: label for name, label in _ASIDE_LISTS.items() for token in lists[name]}


@functools.cache
def _aside_tokens() -> frozenset[str]:
    """Return every aside token, as a set (intersections then iterate the smaller side)."""
    return frozenset(_aside_index())


@functools.cache
def _heavy_tokens() -> frozenset[str]:
    """Return the tokens of asides that may outweigh the article (see ``_HEAVY_LISTS``)."""
    lists = structure_tokens()
    return frozenset().union(*(lists[name] for name in _HEAVY_LISTS))


def read_structure(doc: Document, feats: tuple[Features, ...]) -> Structure:
    """Read per-block weights and aside labels from the page structure.

    Args:
        doc: An HTML document.
        feats: The features of its blocks, index for index.

    Returns:
        The structural evidence; neutral (weights 1.0, no asides) where the page has none.
    """
    blocks = doc.blocks
    count = len(blocks)
    if not count:
        return Structure(weight=(), aside=(), reasons=())
    mass = [len(b.text) * f.prose for b, f in zip(blocks, feats, strict=True)]
    total = sum(mass) or 1.0
    page, token_mass = _token_sums(blocks, mass)
    container_mass: dict[int, float] = defaultdict(float)
    container_chars: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])
    for block, m in zip(blocks, mass, strict=True):
        # A footer's copyright notice can outweigh a short article: it never makes the
        # main container (the container is still counted, so that one always exists).
        container_mass[block.container] += 0.0 if m and _IN_PAGE_FRAME.search(block.tag_path) else m
        sums = container_chars[block.container]
        sums[0] += len(block.text)
        sums[1] += block.link_chars
        sums[2] += 1
    asides = _aside_index()
    heavy = _heavy_tokens()
    wrappers = frozenset(
        t
        for t, m in token_mass.items()
        if m > (_HEAVY_WRAPPER_SHARE if t in heavy else _WRAPPER_SHARE) * total
    )
    ignored = page | wrappers
    main = _main_tokens(blocks, mass, container_mass, page)
    link_lists = frozenset(
        c
        for c, (chars, links, n) in container_chars.items()
        if n >= 2 and links > _LINK_CONTAINER * chars
    )
    article = structure_tokens()["article"]
    outside = _NAMED_OUTSIDE_WEIGHT if main and main & article else _OUTSIDE_WEIGHT
    weight: list[float] = []
    aside: list[Label | None] = []
    reasons: list[str] = []
    aside_tokens = _aside_tokens()
    # What a token set says is worked out once per distinct set (blocks share them).
    per_set: dict[frozenset[str], tuple[frozenset[str], float]] = {}
    for block in blocks:
        known = per_set.get(block.tokens)
        if known is None:
            tokens = block.tokens
            w = 1.0
            if tokens & article:
                w = _ARTICLE_WEIGHT
            elif main is not None:
                w = _ARTICLE_WEIGHT if main <= tokens else outside
            known = per_set[tokens] = ((tokens & aside_tokens) - ignored, w)
        hits, w = known
        label, reason = _aside_of(block, hits, asides)
        if label is None and (
            block.container in link_lists
            or (block.kind is BlockKind.LIST_ITEM and block.link_density > 0.9)
        ):
            label, reason = Label.NAVIGATION, "link-list"
        weight.append(w)
        aside.append(label)
        reasons.append(reason)
    return Structure(weight=tuple(weight), aside=tuple(aside), reasons=tuple(reasons))


def _token_sums(
    blocks: tuple[Block, ...], mass: list[float]
) -> tuple[frozenset[str], dict[str, float]]:
    """Return the page-wide tokens (on ``_GLOBAL_SHARE`` of the blocks) and per-token masses.

    Blocks of one element group share one token set, so blocks are counted per set. Masses
    are summed per block in page order (float sums depend on order), skipping the zero
    masses of non-prose blocks, which change no sum.
    """
    set_blocks: dict[frozenset[str], int] = defaultdict(int)
    token_mass: dict[str, float] = defaultdict(float)
    for block, m in zip(blocks, mass, strict=True):
        set_blocks[block.tokens] += 1
        if m:
            for token in block.tokens:
                token_mass[token] += m
    return _page_tokens(set_blocks, len(blocks)), token_mass


def _page_tokens(set_blocks: dict[frozenset[str], int], count: int) -> frozenset[str]:
    """Tokens carried by at least ``_GLOBAL_SHARE`` of the ``count`` blocks.

    A token missing from the most common token set is on at most ``count - n`` blocks; when
    that is under the share, only that set's tokens can qualify, and only they are counted
    (a page has thousands of token-set/token pairs, the common set a few dozen tokens).
    """
    threshold = _GLOBAL_SHARE * count
    common, most = max(set_blocks.items(), key=lambda item: item[1])
    candidates: frozenset[str] | None = common if count - most < threshold else None
    token_blocks: dict[str, int] = defaultdict(int)
    for tokens, n in set_blocks.items():
        for token in tokens if candidates is None else tokens & candidates:
            token_blocks[token] += n
    return frozenset(t for t, n in token_blocks.items() if n >= threshold)


def _aside_of(
    block: Block, hits: frozenset[str], asides: dict[str, Label]
) -> tuple[Label | None, str]:
    """Return the aside label that a block's names or tags give it, with a reason.

    ``hits`` are the block's aside tokens that do not name the page or a wrapper.
    """
    if block.kind is BlockKind.CAPTION:
        return Label.CAPTION, "caption-element"
    if hits and block.kind is BlockKind.QUOTE:
        # A quotation inside a "social" or "embed" box is a quoted post, not a share bar.
        hits = frozenset(t for t in hits if asides[t] is not Label.WIDGET)
    if hits:
        # The smallest token, so that labels and reasons do not depend on set order.
        token = min(hits)
        return asides[token], f"class:{token}"
    for tag in block.tag_path.split("/"):
        label = _TAG_LABEL.get(tag)
        if label is not None:
            return label, f"tag:{tag}"
    return None, ""


def _main_tokens(
    blocks: tuple[Block, ...],
    mass: list[float],
    container_mass: dict[int, float],
    page: frozenset[str],
) -> frozenset[str] | None:
    """Return the tokens every prose block of the main container shares, beyond page-wide ones.

    The main container is the one with the most prose. ``None`` when it has no distinctive
    tokens (then the page gives no container evidence).
    """
    best = max(container_mass, key=container_mass.__getitem__)
    if container_mass[best] <= 0:
        return None
    shared: frozenset[str] | None = None
    for block, m in zip(blocks, mass, strict=True):
        if block.container == best and m > 0:
            shared = block.tokens if shared is None else shared & block.tokens
    return (shared - page) or None if shared else None
