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

# Enum members read per block, as module constants: on Python 3.11 ``BlockKind.QUOTE``
# costs a metaclass attribute lookup, several times a global read.
_CAPTION, _QUOTE, _LIST_ITEM = BlockKind.CAPTION, BlockKind.QUOTE, BlockKind.LIST_ITEM
_CAPTION_LABEL, _NAVIGATION = Label.CAPTION, Label.NAVIGATION


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
    if not blocks:
        return Structure(weight=(), aside=(), reasons=())
    mass = [len(b.text) * f.prose for b, f in zip(blocks, feats, strict=True)]
    total = sum(mass) or 1.0
    asides = _aside_index()
    heavy = _heavy_tokens()
    page, token_mass = _token_sums(blocks, mass, _aside_tokens())
    wrappers = frozenset(
        t
        for t, m in token_mass.items()
        if m > (_HEAVY_WRAPPER_SHARE if t in heavy else _WRAPPER_SHARE) * total
    )
    paths: dict[str, tuple[bool, Label | None, str]] = {}
    container_mass, link_lists = _containers(blocks, mass, paths)
    main = _main_tokens(blocks, mass, container_mass, page)
    article = structure_tokens()["article"]
    outside = _NAMED_OUTSIDE_WEIGHT if main and main & article else _OUTSIDE_WEIGHT
    named = _Names(page | wrappers, asides, article, main, outside)
    weight: list[float] = []
    aside: list[Label | None] = []
    reasons: list[str] = []
    for block in blocks:
        w, label, reason = named.of(block)
        if label is None:
            path = paths.get(block.tag_path) or _path_facts(block.tag_path, paths)
            _, label, reason = path
        if label is None and (
            block.container in link_lists or (block.kind is _LIST_ITEM and block.link_density > 0.9)
        ):
            label, reason = _NAVIGATION, "link-list"
        weight.append(w)
        aside.append(label)
        reasons.append(reason)
    return Structure(weight=tuple(weight), aside=tuple(aside), reasons=tuple(reasons))


class _Names:
    """What the class/id tokens of a block say: its weight and aside label, with a reason.

    Worked out once per distinct token set (the blocks of one element group share one).
    """

    __slots__ = ("article", "asides", "ignored", "main", "outside", "per_set")

    def __init__(
        self,
        ignored: frozenset[str],
        asides: dict[str, Label],
        article: frozenset[str],
        main: frozenset[str] | None,
        outside: float,
    ) -> None:
        self.ignored = ignored
        self.asides = asides
        self.article = article
        self.main = main
        self.outside = outside
        self.per_set: dict[frozenset[str], tuple[_Weighed, frozenset[str]]] = {}

    def of(self, block: Block) -> tuple[float, Label | None, str]:
        """Return a block's weight and the aside label (or None) its names or kind give."""
        known = self.per_set.get(block.tokens)
        if known is None:
            known = self.per_set[block.tokens] = self._read(block.tokens)
        weighed, hits = known
        kind = block.kind
        if kind is _CAPTION:
            return weighed[0], _CAPTION_LABEL, "caption-element"
        if kind is _QUOTE and hits:
            # A quotation inside a "social" or "embed" box is a quoted post, not a share bar.
            plain = self._label(frozenset(t for t in hits if self.asides[t] is not Label.WIDGET))
            return weighed[0], *plain
        # Most blocks: the answer for their token set, one tuple shared by all of them.
        return weighed

    def _read(self, tokens: frozenset[str]) -> tuple[_Weighed, frozenset[str]]:
        """Weigh one token set and name its aside label; keep the aside tokens behind it."""
        w = 1.0
        if tokens & self.article:
            w = _ARTICLE_WEIGHT
        elif self.main is not None:
            w = _ARTICLE_WEIGHT if self.main <= tokens else self.outside
        hits = (tokens & _aside_tokens()) - self.ignored
        return (w, *self._label(hits)), hits

    def _label(self, hits: frozenset[str]) -> _Named:
        if not hits:
            return None, ""
        # The smallest token, so that labels and reasons do not depend on set order.
        token = min(hits)
        return self.asides[token], f"class:{token}"


_Named = tuple[Label | None, str]
_Weighed = tuple[float, Label | None, str]


def _path_facts(
    path: str, paths: dict[str, tuple[bool, Label | None, str]]
) -> tuple[bool, Label | None, str]:
    """Return (and remember) whether a tag path runs through a page frame, and its tag label.

    The label is that of the first ``tag_path`` element that places a block outside the
    article (``nav``, ``aside``, ``figure``...), with its reason.
    """
    label: Label | None = None
    reason = ""
    for tag in path.split("/"):
        label = _TAG_LABEL.get(tag)
        if label is not None:
            reason = f"tag:{tag}"
            break
    facts = paths[path] = (_IN_PAGE_FRAME.search(path) is not None, label, reason)
    return facts


def _containers(
    blocks: tuple[Block, ...],
    mass: list[float],
    paths: dict[str, tuple[bool, Label | None, str]],
) -> tuple[dict[int, float], frozenset[int]]:
    """Return the prose mass of every block container and the containers that are link lists."""
    container_mass: dict[int, float] = {}
    # Per container, link characters beyond the link-list share of all characters, and
    # blocks: two numbers rather than a list of three sums (no object per container).
    # Multiples of 1/2 add up exactly, so the test is that of the two sums.
    balance: dict[int, float] = {}
    count: dict[int, int] = {}
    get_mass, get_balance, get_count = container_mass.get, balance.get, count.get
    for block, m in zip(blocks, mass, strict=True):
        container = block.container
        if m:
            path = paths.get(block.tag_path) or _path_facts(block.tag_path, paths)
            # A footer's copyright notice can outweigh a short article: it never makes the
            # main container (the container is still counted, so that one always exists).
            container_mass[container] = get_mass(container, 0.0) + (0.0 if path[0] else m)
        else:
            container_mass[container] = get_mass(container, 0.0) + m
        balance[container] = get_balance(container, 0.0) + (
            block.link_chars - _LINK_CONTAINER * len(block.text)
        )
        count[container] = get_count(container, 0) + 1
    link_lists = frozenset(c for c, n in count.items() if n >= 2 and balance[c] > 0)
    return container_mass, link_lists


def _token_sums(
    blocks: tuple[Block, ...], mass: list[float], aside_tokens: frozenset[str]
) -> tuple[frozenset[str], dict[str, float]]:
    """Return the page-wide tokens (on ``_GLOBAL_SHARE`` of the blocks) and aside-token masses.

    Only aside tokens can name a wrapper, so only their masses are summed. Blocks of one
    element group share one token set, so blocks are counted per set. Masses are summed per
    block in page order (float sums depend on order), skipping the zero masses of
    non-prose blocks, which change no sum.
    """
    set_blocks: dict[frozenset[str], int] = defaultdict(int)
    set_asides: dict[frozenset[str], frozenset[str]] = {}
    token_mass: dict[str, float] = defaultdict(float)
    for block, m in zip(blocks, mass, strict=True):
        tokens = block.tokens
        set_blocks[tokens] += 1
        if m:
            named = set_asides.get(tokens)
            if named is None:
                named = set_asides[tokens] = tokens & aside_tokens
            for token in named:
                token_mass[token] += m
    return _page_tokens(set_blocks, len(blocks)), token_mass


def _page_tokens(set_blocks: dict[frozenset[str], int], count: int) -> frozenset[str]:
    """Tokens carried by at least ``_GLOBAL_SHARE`` of the ``count`` blocks.

    A token missing from the most common token set is on at most ``count - n`` blocks; when
    that is under the share, only that set's tokens can qualify. Those are then followed
    through the blocks that miss them, and dropped as soon as too many do: a page has
    thousands of token-set/token pairs, and most sets miss only a few of the candidates.
    """
    threshold = _GLOBAL_SHARE * count
    common, most = max(set_blocks.items(), key=lambda item: item[1])
    if count - most < threshold:
        candidates = set(common)
        missing = dict.fromkeys(common, 0)
        for tokens, n in set_blocks.items():
            for token in candidates - tokens:
                missed = missing[token] + n
                if count - missed < threshold:
                    candidates.discard(token)
                else:
                    missing[token] = missed
        return frozenset(candidates)
    token_blocks: dict[str, int] = defaultdict(int)
    for tokens, n in set_blocks.items():
        for token in tokens:
            token_blocks[token] += n
    return frozenset(t for t, n in token_blocks.items() if n >= threshold)


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
