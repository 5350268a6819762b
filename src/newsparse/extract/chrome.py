"""Page chrome: the HTML blocks that the reader alone places outside the article.

A block inside a hidden element, or in the page's frame (a ``<nav>``, an ``<aside>``, or a
``<footer>`` that no ``<figure>`` or ``<article>`` holds: a figure's footer is its credit, an
article's its byline or tags), is told apart before any scoring. It gets a label up front
and cheap features (no prose score, :func:`~newsparse.extract.features.describe_all`), and
the headline and byline scans pass over it, while it stays in the page as the neighbour
that the lines around it read (a menu over the headline, a date line under it). Two field
readers still read the chrome, as pages print fields there: the tag readers (a tag list in
an aside, "Lees meer over ..."), and the byline readers but in menus (an author box in an
aside, a signature in a page footer). Text dumps have no chrome.

The article's own lines printed in a frame element are no chrome: frame elements that hold
the page's top headings and most of its text wrap the article (a theme that prints the post
in an ``<aside>``, a ``<nav>`` or a ``<footer>``); the page's only ``<h1>`` in a frame (on a
page without headings, its only block marked as a headline), with
its few short meta lines under it and text after them, is the article's head (a
``<footer class="entry-header">``, a ``<header>`` in a ``<nav>``, the last step of a
breadcrumb trail); and a short aside beside the headline or the text that holds a byline or
a date and no link to another story is the article's meta (author, date, share buttons).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from newsparse.dates import find_dates
from newsparse.document import Block
from newsparse.lexicon import fold, lexicon
from newsparse.model import Label

__all__ = ["chrome_labels", "frame_element", "in_menu", "left_to_page"]

_ELEMENT_LABEL: dict[str, Label] = {
    "nav": Label.NAVIGATION,
    "aside": Label.SIDEBAR,
    "footer": Label.NAVIGATION,
}
"""The label of a block in each frame element: a menu's, an aside's, a page footer's (its
links; a footer line without links is boilerplate: a copyright line, an address)."""


_FOOTER_HOLDERS = frozenset(("figure", "article"))
"""Elements whose ``<footer>`` is their own (a credit, a byline or tags), no page frame."""

_SIDEBAR = Label.SIDEBAR

_HIDDEN_LABEL = Label.BOILERPLATE
"""The label of a hidden block (in a frame element or not), and of a page footer's line
without a link."""

_NOT_FRAMED: tuple[Label | None, bool] = (None, False)
"""What :func:`_frame_label` says of a path through no frame element."""

_LONG_TEXT = 100
"""A block of at least this many characters, mostly not link text, is article-like text
(the cheap measure of :func:`chrome_labels`, which runs before any prose score)."""

_WRAPPER_SHARE = 0.5
"""Frame elements holding every ``<h1>`` (every ``<h2>`` on a page without one) and more
than this share of a page's article-like text wrap the article (a theme that prints the
post in one, a ``<footer>`` too): no frame chrome then. (An aside of long blurbs beside an
article of short lines, a results table, holds not every ``<h1>``.)"""

_META_BLOCKS = 8
"""Most blocks of an article-meta aside (a name line, a date, a few share buttons)."""

_META_CHARS = 160
"""Most characters of any line of an article-meta aside."""

_TEASER_LINK_CHARS = 40
"""Link characters from which a line is a link to another story (a teaser), no author's or
share button's link: an aside holding one is a sidebar."""

_SUBTITLE_LEVEL = 2
"""The heading level a page without an ``<h1>`` prints its headline in (the wrapper test)."""

_HEAD_LEVEL = 2
"""Deepest heading level of a headline beside an article-meta aside (``<h1>``, ``<h2>``)."""

_HEADLINE_MARK = "headline"
"""The class or ``itemprop`` token of a page's headline: on a page without an ``<h1>`` or an
``<h2>``, the block that carries it is the headline (:func:`_free_article_head`)."""

_SENTENCE_CHARS = 40
"""Fewest characters of a line of text under a framed headline (the article's, outside the
frame): a site's name in a page footer has none under it."""

_HEAD_REACH = 4
"""Most blocks between a page's headline (its ``<h1>``) and the lines it labels as the
article's own: an article-meta aside beside it, the article text under a framed ``<h1>``."""


def _frame_label(path: str) -> tuple[Label | None, bool]:
    """The chrome label of a tag path and whether its element is a page footer.

    The label is that of the path's first frame element (see the module docstring).
    """
    tags = path.split("/")
    for index, tag in enumerate(tags):
        label = _ELEMENT_LABEL.get(tag)
        if label is None:
            continue
        if tag != "footer":
            return label, False
        if _FOOTER_HOLDERS.isdisjoint(tags[:index]):
            return label, True
    return None, False


def chrome_labels(blocks: Sequence[Block]) -> tuple[Label | None, ...]:
    """Label the page chrome among an HTML page's blocks (see the module docstring).

    Returns:
        One entry per block: its chrome label (navigation for a menu's line or a page
        footer's link, sidebar for an aside's line, boilerplate for a page footer's line
        without a link or a hidden block), or ``None`` for a block of the page proper.
        Empty when no block is chrome. When frame elements hold every ``<h1>`` (on a page
        without one, every ``<h2>``) and most of
        the page's article-like text (long lines, mostly not links; on a page without a
        long line, its lines mostly not links), they wrap the article and only hidden
        blocks are chrome. Otherwise the article's head printed in a frame element is left
        to the page proper (:func:`_free_article_head`).
    """
    paths: dict[str, tuple[Label | None, bool]] = {}
    labels: list[Label | None] = []
    found = False
    # Article-like text in frame elements and in all, for the wrapper test below.
    framed_text = all_text = 0
    framed_title: bool | None = None  # whether every <h1> stands in a frame element
    framed_subtitle: bool | None = None  # the same of every <h2> (a page without an <h1>)
    titles: list[int] = []  # the <h1> blocks
    subtitles: list[int] = []  # the <h2> blocks
    marked: list[int] = []  # blocks marked as a headline ("headline" class or itemprop)
    for block in blocks:
        path = block.tag_path
        facts = paths.get(path)
        if facts is None:
            framed = "nav" in path or "aside" in path or "footer" in path
            facts = paths[path] = _frame_label(path) if framed else _NOT_FRAMED
        label, footer = facts
        length = len(block.text)
        if length >= _LONG_TEXT and not block.hidden and 2 * block.link_chars < length:
            all_text += length
            if label is not None:
                framed_text += length
        if block.heading_level:
            if block.heading_level == 1:
                # The page's <h1> headings: all in frame elements, or not.
                framed_title = framed_title is not False and label is not None
                titles.append(len(labels))
            elif block.heading_level == _SUBTITLE_LEVEL:
                framed_subtitle = framed_subtitle is not False and label is not None
                subtitles.append(len(labels))
        elif _HEADLINE_MARK in block.tokens:
            marked.append(len(labels))
        if block.hidden or (footer and not block.link_chars):
            # A hidden line (a menu's hidden copy too: no reader sees it), or a page
            # footer's line without a link: its copyright notice, its address.
            label = _HIDDEN_LABEL
        found = found or label is not None
        labels.append(label)
    if framed_title is None:
        framed_title = framed_subtitle
    if framed_title and (
        framed_text > _WRAPPER_SHARE * all_text if all_text else _frames_short_text(blocks, labels)
    ):
        # The frame elements wrap the article: only hidden blocks are chrome.
        labels = [_HIDDEN_LABEL if block.hidden else None for block in blocks]
        found = any(labels)
    elif found:
        _free_article_head(blocks, labels, titles or subtitles or marked)
        found = any(labels)
    return tuple(labels) if found else ()


def _frames_short_text(blocks: Sequence[Block], labels: list[Label | None]) -> bool:
    """Whether frame elements hold most of the text (mostly not links) of a page of short lines.

    The wrapper test of a page without article-like text (:data:`_LONG_TEXT`).
    """
    framed = total = 0
    for block, label in zip(blocks, labels, strict=True):
        length = len(block.text)
        if not block.hidden and 2 * block.link_chars < length:
            total += length
            if label is not None:
                framed += length
    return framed > _WRAPPER_SHARE * total


def _article_text(block: Block) -> bool:
    """Whether a block is article-like text: long, visible, mostly not link text."""
    length = len(block.text)
    return length >= _LONG_TEXT and not block.hidden and 2 * block.link_chars < length


def _free_article_head(
    blocks: Sequence[Block], labels: list[Label | None], heads: list[int]
) -> None:
    """Give the article's own lines in the frame back to the page proper (in place).

    ``heads`` holds the page's ``<h1>`` blocks (its ``<h2>`` blocks when it has none; on a
    page without either, the blocks marked as a headline, :data:`_HEADLINE_MARK`).

    Two shapes of the article's head are printed in frame elements that hold no article:

    * the page's only ``<h1>`` (on a page without one, its only ``<h2>``; without either, its
      only block marked as a headline, a ``<div itemprop="headline">``) in a frame element
      (a ``<footer>`` or ``<nav>`` a theme puts the post's header in) with a line of text
      (not chrome, :data:`_SENTENCE_CHARS`) under it: the headline and the
      frame's lines under it (its byline, its date), when they are few
      (:data:`_META_BLOCKS`), short, and no menu entry or teaser (a site's name over a
      menu is no headline);
    * an article-meta aside beside the headline or the article text (a name line, a date,
      share buttons): at most :data:`_META_BLOCKS` short lines, at most
      :data:`_HEAD_REACH` blocks from an ``<h1>`` or ``<h2>`` or a long line of text outside
      the frame, holding a date or a byline, no link to another story and no sidebar
      heading ("Related", "Most read").
    """
    if len(heads) == 1 and labels[heads[0]] is not None and not blocks[heads[0]].hidden:
        head = heads[0]
        end = head + 1
        while end < len(blocks) and labels[end] is not None and end - head <= _META_BLOCKS:
            end += 1
        if (
            end - head <= _META_BLOCKS
            and all(_meta_line(block) for block in blocks[head + 1 : end])
            and any(labels[j] is None and _text_line(blocks[j]) for j in range(end, len(blocks)))
        ):
            for j in range(head, end):
                if not blocks[j].hidden:
                    labels[j] = None
    count = len(blocks)
    left = labels.count(_SIDEBAR)  # aside lines not yet passed (list.index raises past them)
    j = 0
    while left:
        i = labels.index(_SIDEBAR, j)
        j = i + 1
        while j < count and labels[j] is _SIDEBAR:
            j += 1
        left -= j - i
        if j - i <= _META_BLOCKS and _meta_aside(blocks, labels, i, j):
            for k in range(i, j):
                labels[k] = None


def _text_line(block: Block) -> bool:
    """Whether a block is a line of text: visible, a sentence long, mostly not link text."""
    length = len(block.text)
    return length >= _SENTENCE_CHARS and not block.hidden and 2 * block.link_chars < length


def _meta_line(block: Block) -> bool:
    """Whether a line may be an article head's meta line: short, no menu entry, no teaser.

    A line wholly link text is a menu's entry (a byline's name link follows its "By").
    """
    text = block.text
    return block.hidden or (
        len(text) <= _META_CHARS and block.link_chars < min(len(text), _TEASER_LINK_CHARS)
    )


def _meta_aside(blocks: Sequence[Block], labels: list[Label | None], start: int, end: int) -> bool:
    """Whether the aside lines ``[start, end)`` are the article's meta (see above)."""
    if any(
        len(block.text) > _META_CHARS or block.link_chars >= _TEASER_LINK_CHARS
        for block in blocks[start:end]
    ):
        return False
    # The lines it stands beside: a heading (the headline may be an <h2>) or article text
    # outside the frame, within a reach of visible blocks (a hidden paywall notice between
    # the aside and the text is no distance a reader sees).
    if not (
        _beside_article(blocks, labels, range(start - 1, -1, -1))
        or _beside_article(blocks, labels, range(end, len(blocks)))
    ):
        return False
    lex = lexicon()
    dated = False
    for block in blocks[start:end]:
        text = block.text
        folded = fold(text)
        if folded in lex.sidebar_headings:
            return False
        dated = dated or lex.byline_prefix.match(folded) is not None or bool(find_dates(text))
    return dated


def _beside_article(blocks: Sequence[Block], labels: list[Label | None], steps: range) -> bool:
    """Whether a heading or article text outside the frame is near, in ``steps``' order.

    Near is among the first :data:`_HEAD_REACH` visible blocks; hidden blocks are passed
    over.
    """
    seen = 0
    for k in steps:
        block = blocks[k]
        if block.hidden:
            continue
        if labels[k] is None and (0 < block.heading_level <= _HEAD_LEVEL or _article_text(block)):
            return True
        seen += 1
        if seen >= _HEAD_REACH:
            return False
    return False


@functools.lru_cache(maxsize=1024)
def frame_element(path: str) -> str:
    """The frame element of a tag path (see the module docstring), or ``""``."""
    tags = path.split("/")
    for index, tag in enumerate(tags):
        if tag in _ELEMENT_LABEL and (tag != "footer" or _FOOTER_HOLDERS.isdisjoint(tags[:index])):
            return tag
    return ""


def in_menu(path: str) -> bool:
    """Whether a tag path's frame element (see the module docstring) is a ``<nav>``."""
    return frame_element(path) == "nav"


def left_to_page(chrome: Sequence[Label | None], i: int, path: str) -> bool:
    """Whether block ``i``, in a frame element, is one the chrome leaves to the page proper.

    The article's head printed in a frame element, an article-meta aside beside the
    headline (:func:`chrome_labels`), or a frame element that wraps the article.
    """
    return (not chrome or chrome[i] is None) and bool(frame_element(path))
