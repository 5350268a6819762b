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
import tomllib
from collections import Counter, defaultdict
from importlib import resources
from itertools import compress
from operator import attrgetter

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

_CANDIDATE_PAIRS = 8
"""Page-wide tokens are sought among candidates when candidates times token sets are at
most this many times the token-set/token pairs (a set difference tests a candidate in C,
where counting walks every pair in Python); otherwise every token is counted."""

_ARTICLE_WEIGHT = 1.5
"""Weight of prose under an article-body name or in the main container."""

_OUTSIDE_WEIGHT = 0.6
"""Weight of prose outside the main container on a page where one stands out."""

_NAMED_OUTSIDE_WEIGHT = 0.15
"""Weight of prose outside the main container when that container carries an article-body
name: the page itself then says where the text is (some pages still split it)."""

_FRAME_TAGS = frozenset(("footer", "nav", "aside"))
"""Elements of a page's footer, menu or aside: a tag path through one is in the page frame."""

_SUBTITLE_LEVEL = 2
"""The heading level of the headline of a page without an ``<h1>`` (see :func:`_framed_title`)."""

_LINK_CONTAINER = 0.5
"""A container whose text is more than this share link text is a menu or teaser list."""

# Enum members read per block, as module constants: on Python 3.11 ``BlockKind.QUOTE``
# costs a metaclass attribute lookup, several times a global read.
_CAPTION, _QUOTE, _LIST_ITEM = BlockKind.CAPTION, BlockKind.QUOTE, BlockKind.LIST_ITEM
_CAPTION_LABEL, _NAVIGATION, _WIDGET = Label.CAPTION, Label.NAVIGATION, Label.WIDGET

_TOKENS = attrgetter("tokens")
_CONTAINER = attrgetter("container")
_LINK_CHARS = attrgetter("link_chars")


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
def _named_tokens() -> frozenset[str]:
    """Return every aside and article token: the tokens a set's weight and label read."""
    return _aside_tokens() | structure_tokens()["article"]


@functools.cache
def _widget_tokens() -> frozenset[str]:
    """Return the tokens of the widget list (share bars, sign-up boxes, print buttons)."""
    return structure_tokens()["widget"]


@functools.cache
def _heavy_tokens() -> frozenset[str]:
    """Return the tokens of asides that may outweigh the article (see ``_HEAVY_LISTS``)."""
    lists = structure_tokens()
    return frozenset().union(*(lists[name] for name in _HEAVY_LISTS))


def read_structure(
    doc: Document, feats: tuple[Features, ...], chrome: tuple[Label | None, ...] = ()
) -> Structure:
    """Read per-block weights and aside labels from the page structure.

    Args:
        doc: An HTML document.
        feats: The features of its blocks, index for index.
        chrome: The page chrome's labels (:func:`~newsparse.extract.chrome.chrome_labels`),
            kept in the structure for the layout.

    Returns:
        The structural evidence; neutral (weights 1.0, no asides) where the page has none.
    """
    blocks = doc.blocks
    if not blocks:
        return Structure(weight=(), aside=(), reasons=(), chrome=chrome)
    mass = [len(b.text) * f.prose for b, f in zip(blocks, feats, strict=True)]
    total = sum(mass) or 1.0
    # The prose blocks and their masses (the others add nothing to any sum), in page order.
    prose = list(compress(zip(blocks, mass, strict=True), mass))
    # Blocks of one element group share one token set: tokens are read once per set, and
    # one intersection finds both the aside and the article tokens of a set.
    counts = Counter(map(_TOKENS, blocks))
    named_tokens = _named_tokens()
    named = {tokens: tokens & named_tokens for tokens in counts}
    heavy = _heavy_tokens()
    page = _page_tokens(counts, len(blocks))
    wrappers = frozenset(
        t
        for t, m in _aside_masses(prose, named).items()
        if m > (_HEAVY_WRAPPER_SHARE if t in heavy else _WRAPPER_SHARE) * total
    )
    paths: dict[str, tuple[bool, Label | None, str]] = {}
    if _framed_title(blocks) and _frame_mass(prose, paths) > _WRAPPER_SHARE * total:
        # Frame elements that hold most of the prose wrap the article (a theme that prints
        # the post in an <aside>, a <nav> or a <footer>): their tags place nothing outside it.
        paths = {path: _unframed_facts(path) for path in {b.tag_path for b in blocks}}
    main = _main_tokens(prose, _container_masses(blocks, prose, paths), page)
    if main:
        # A widget's name that the main container carries names the article's wrapper
        # ("content_print", "subscription-content"): no share bar or sign-up box holds the
        # most prose of a page. (A related-posts list can: other aside names stay asides.)
        wrappers |= main & _widget_tokens()
    article = structure_tokens()["article"]
    outside = _NAMED_OUTSIDE_WEIGHT if main and main & article else _OUTSIDE_WEIGHT
    sets = _Names(page | wrappers, article, main, outside).weigh(named)
    link_lists = _link_lists(blocks)
    weight: list[float] = []
    aside: list[Label | None] = []
    reasons: list[str] = []
    for block in blocks:
        w, label, reason, hits = sets[block.tokens]
        kind = block.kind
        if kind is _CAPTION:
            label, reason = _CAPTION_LABEL, "caption-element"
        elif kind is _QUOTE and hits:
            # A quotation inside a "social" or "embed" box is a quoted post, not a share bar.
            asides = _aside_index()
            label, reason = _label(frozenset(t for t in hits if asides[t] is not _WIDGET))
        if label is None:
            _, label, reason = paths.get(block.tag_path) or _path_facts(block.tag_path, paths)
        if label is None and (
            block.container in link_lists or (kind is _LIST_ITEM and block.link_density > 0.9)
        ):
            label, reason = _NAVIGATION, "link-list"
        weight.append(w)
        aside.append(label)
        reasons.append(reason)
    return Structure(
        weight=tuple(weight), aside=tuple(aside), reasons=tuple(reasons), chrome=chrome
    )


class _Names:
    """What the class/id tokens of a token set say: its weight and aside label, with a reason."""

    __slots__ = ("article", "ignored", "main", "outside")

    def __init__(
        self,
        ignored: frozenset[str],
        article: frozenset[str],
        main: frozenset[str] | None,
        outside: float,
    ) -> None:
        self.ignored = ignored
        self.article = article
        self.main = main
        self.outside = outside

    def weigh(self, named: dict[frozenset[str], frozenset[str]]) -> dict[frozenset[str], _Set]:
        """Weigh each token set, given its aside and article tokens (``named``).

        Returns, per set, its weight, aside label and reason, and the aside tokens behind
        the label.
        """
        article, main, outside, ignored = self.article, self.main, self.outside, self.ignored
        aside_tokens = _aside_tokens()
        weighed: dict[frozenset[str], _Set] = {}
        for tokens, hits in named.items():
            w = 1.0
            # The set's named tokens hold all its article tokens.
            if hits & article:
                w = _ARTICLE_WEIGHT
            elif main is not None:
                w = _ARTICLE_WEIGHT if main <= tokens else outside
            asides = (hits & aside_tokens) - ignored
            weighed[tokens] = (w, *_label(asides), asides)
        return weighed


def _label(hits: frozenset[str]) -> _Named:
    """The aside label of a set's aside tokens, and its reason (``None`` when there are none)."""
    if not hits:
        return None, ""
    # The smallest token, so that labels and reasons do not depend on set order.
    token = min(hits)
    return _aside_index()[token], f"class:{token}"


_Named = tuple[Label | None, str]
_Set = tuple[float, Label | None, str, frozenset[str]]


def _path_facts(
    path: str, paths: dict[str, tuple[bool, Label | None, str]]
) -> tuple[bool, Label | None, str]:
    """Return (and remember) whether a tag path runs through a page frame, and its tag label.

    The label is that of the first ``tag_path`` element that places a block outside the
    article (``nav``, ``aside``, ``figure``...), with its reason.
    """
    label: Label | None = None
    reason = ""
    tags = path.split("/")
    if not _TAG_LABEL.keys().isdisjoint(tags):
        for tag in tags:
            label = _TAG_LABEL.get(tag)
            if label is not None:
                reason = f"tag:{tag}"
                break
    facts = paths[path] = (not _FRAME_TAGS.isdisjoint(tags), label, reason)
    return facts


def _framed_title(blocks: tuple[Block, ...]) -> bool:
    """Whether the page has ``<h1>`` headings (else ``<h2>`` ones), all in frame elements.

    See :func:`_frame_mass`.
    """
    titles = [block.tag_path for block in blocks if block.heading_level == 1] or [
        block.tag_path for block in blocks if block.heading_level == _SUBTITLE_LEVEL
    ]
    return bool(titles) and all(not _FRAME_TAGS.isdisjoint(path.split("/")) for path in titles)


def _frame_mass(
    prose: list[tuple[Block, float]], paths: dict[str, tuple[bool, Label | None, str]]
) -> float:
    """The prose mass of the blocks in frame elements (a ``<nav>``, an ``<aside>``, a ``<footer>``).

    Such elements that hold every ``<h1>`` of the page and most of its prose wrap the
    article (a theme that prints the post in an ``<aside>``, a ``<nav>`` or a ``<footer>``).
    """
    return sum(
        m
        for block, m in prose
        if (paths.get(block.tag_path) or _path_facts(block.tag_path, paths))[0]
    )


def _unframed_facts(path: str) -> tuple[bool, Label | None, str]:
    """Return :func:`_path_facts` of a path when the frame elements wrap the article.

    The path is then in no frame, labelled by its other elements (a ``<figure>`` inside is
    still a caption).
    """
    for tag in path.split("/"):
        label = _TAG_LABEL.get(tag)
        if label is not None and tag not in _FRAME_TAGS:
            return False, label, f"tag:{tag}"
    return False, None, ""


def _container_masses(
    blocks: tuple[Block, ...],
    prose: list[tuple[Block, float]],
    paths: dict[str, tuple[bool, Label | None, str]],
) -> dict[int, float]:
    """Return the prose mass of every block container, in order of first appearance.

    ``prose`` holds the prose blocks and their masses, in page order.
    """
    # Every container is counted, so that one always exists; only prose adds mass.
    container_mass = dict.fromkeys(map(_CONTAINER, blocks), 0.0)
    for block, m in prose:
        path = paths.get(block.tag_path) or _path_facts(block.tag_path, paths)
        # A footer's copyright notice can outweigh a short article: it never makes the
        # main container.
        container_mass[block.container] += 0.0 if path[0] else m
    return container_mass


def _link_lists(blocks: tuple[Block, ...]) -> frozenset[int]:
    """The containers of two blocks or more whose text is mostly link text.

    Only a container holding link text can be one: its link characters are summed over
    the blocks that have some, its characters over the blocks of such containers alone
    (both picked in C loops).
    """
    members = Counter(map(_CONTAINER, blocks))
    linked: dict[int, int] = {}
    for block in compress(blocks, map(_LINK_CHARS, blocks)):
        container = block.container
        if members[container] >= 2:
            linked[container] = linked.get(container, 0) + block.link_chars
    if not linked:
        return frozenset()
    chars = dict.fromkeys(linked, 0)
    for block in compress(blocks, map(linked.__contains__, map(_CONTAINER, blocks))):
        chars[block.container] += len(block.text)
    return frozenset(c for c, n in linked.items() if n > _LINK_CONTAINER * chars[c])


def _aside_masses(
    prose: list[tuple[Block, float]], named: dict[frozenset[str], frozenset[str]]
) -> dict[str, float]:
    """Return the prose mass under each aside token (only aside tokens can name a wrapper).

    ``named`` maps each token set to its named tokens. Masses are summed per block in page
    order (float sums depend on order).
    """
    aside_tokens = _aside_tokens()
    token_mass: dict[str, float] = defaultdict(float)
    for block, m in prose:
        for token in named[block.tokens] & aside_tokens:
            token_mass[token] += m
    return token_mass


def _page_tokens(set_blocks: Counter[frozenset[str]], count: int) -> frozenset[str]:
    """Tokens carried by at least ``_GLOBAL_SHARE`` of the ``count`` blocks.

    A token missing from token sets that hold more than the rest (``1 - _GLOBAL_SHARE``)
    of the blocks cannot qualify: the candidates are the tokens of the largest sets, taken
    until they hold that many blocks (most pages: the most common set alone). Candidates
    are then followed through the sets that miss them, and dropped as soon as too many
    blocks do: a page has thousands of token-set/token pairs, and most sets miss only a
    few of the candidates. Where the candidates are many and the sets small, each token
    is counted instead (linear in the pairs either way).
    """
    threshold = _GLOBAL_SHARE * count
    ranked = set_blocks.most_common()
    candidates: set[str] = set()
    held = 0
    for tokens, n in ranked:
        candidates.update(tokens)
        held += n
        if count - held < threshold:
            break
    if len(candidates) * len(ranked) > _CANDIDATE_PAIRS * sum(map(len, set_blocks)):
        token_blocks: dict[str, int] = defaultdict(int)
        for tokens, n in ranked:
            for token in tokens:
                token_blocks[token] += n
        return frozenset(t for t, n in token_blocks.items() if n >= threshold)
    missing = dict.fromkeys(candidates, 0)
    for tokens, n in ranked:
        for token in candidates - tokens:
            missed = missing[token] + n
            if count - missed < threshold:
                candidates.discard(token)
            else:
                missing[token] = missed
    return frozenset(candidates)


def _main_tokens(
    prose: list[tuple[Block, float]], container_mass: dict[int, float], page: frozenset[str]
) -> frozenset[str] | None:
    """Return the tokens every prose block of the main container shares, beyond page-wide ones.

    The main container is the one with the most prose. ``None`` when it has no distinctive
    tokens (then the page gives no container evidence).
    """
    best = max(container_mass, key=container_mass.__getitem__)
    if container_mass[best] <= 0:
        return None
    shared: frozenset[str] | None = None
    for block, _ in prose:
        if block.container == best:
            shared = block.tokens if shared is None else shared & block.tokens
    return (shared - page) or None if shared else None
