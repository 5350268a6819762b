"""How the HTML article container bounds and interrupts the body region.

Structure (:mod:`newsparse.extract.structure`) weighs blocks inside the page's article
container above 1. The layout's region search runs on those weights; these helpers then
read the container once more: boxes set into it (an ad slot, a paywall) are crossed, a
list that closes it belongs to the article, and notices after a container that the page
names as its article body are not.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsparse.document import Block, BlockKind
from newsparse.extract.features import Cue, Features, ends_sentence

if TYPE_CHECKING:
    from newsparse.extract.layout import Structure

__all__ = ["container_holes", "container_lead", "container_tail", "lead_heading", "trim_tail"]

_HOLE_CUES = frozenset({Cue.NONE, Cue.WIDGET, Cue.BOILERPLATE, Cue.NAVIGATION})
"""Cues of the lines of a box set into the article container (ads, sign-up, paywall)."""

_NAMED_OUTSIDE = 0.5
"""Structure weights below this mark prose outside a container that the page names as its
article body (:mod:`newsparse.extract.structure` gives such prose 0.15)."""


def container_holes(
    blocks: tuple[Block, ...], feats: tuple[Features, ...], structure: Structure
) -> frozenset[int]:
    """Lines of boxes set into the article container: an ad slot, a paywall or sign-up box.

    Between the container's first and last block, a block outside the container that is
    no prose (or a list item: a box's selling points) and no section heading interrupts
    the article without ending it: it weighs nothing and ends no run. Structure asides are
    left to their own rules.
    """
    weight = structure.weight
    inside = [i for i, w in enumerate(weight) if w > 1.0]
    if not inside:
        return frozenset()
    return frozenset(
        i
        for i in range(inside[0] + 1, inside[-1])
        if weight[i] < 1.0
        and (structure.aside[i] is None or blocks[i].hidden)
        and (feats[i].prose == 0 or blocks[i].kind is BlockKind.LIST_ITEM)
        and feats[i].cue in _HOLE_CUES
    )


def trim_tail(structure: Structure, start: int, end: int) -> int:
    """Drop trailing blocks that the page itself places outside its article container.

    Where the main container carries an article-body name, prose outside it weighs so
    little (:data:`_NAMED_OUTSIDE`) that only notices and bios that follow the article
    still pay for themselves: a comment policy, an author's biography, a "report an error"
    line. They go, if the region holds container blocks at all. (Leading blocks stay: a
    standfirst often sits outside the container and belongs to the article.)
    """
    if not any(structure.weight[i] > 1.0 for i in range(start, end)):
        return end
    while structure.weight[end - 1] < _NAMED_OUTSIDE:
        end -= 1
    return end


_LEAD_MIN_WORDS = 12
"""Fewest words of a heading that opens the article container as its first paragraph."""


def container_lead(
    blocks: tuple[Block, ...],
    feats: tuple[Features, ...],
    structure: Structure,
    start: int,
    end: int,
) -> int:
    """Start the region at a lead paragraph set as a heading, or at an interview's question.

    Some pages print the article's first paragraph in a heading element ("<h2>Opposition to
    a proposal ... is mounting. Or good reasons, we should say.</h2>"): a heading scores no
    prose, so the region starts under it. A heading right above the region, inside the same
    article container, that reads as sentences (:data:`_LEAD_MIN_WORDS` words or more,
    closed by a stop) is that paragraph. An interview without an introduction opens on its
    first question, a paragraph that scores no prose either (one question is a headline's
    shape): a question paragraph right above the region, when the region asks more
    questions alone between its paragraphs (:func:`_asks_questions`), is the first.
    """
    if start == 0:
        return start
    lead = start - 1
    block = blocks[lead]
    if (
        not block.hidden
        and feats[lead].cue is Cue.NONE
        and structure.weight[lead] > 1.0
        and structure.weight[start] > 1.0
        and structure.aside[lead] is None
        and (
            lead_heading(block, feats[lead])
            or (
                block.kind is BlockKind.TEXT
                and block.text.endswith("?")
                and _asks_questions(blocks, feats, start, end)
            )
        )
    ):
        return lead
    return start


def _asks_questions(
    blocks: tuple[Block, ...], feats: tuple[Features, ...], start: int, end: int
) -> bool:
    """Whether a paragraph of ``start:end`` is a question alone between two prose ones.

    An interview's question stands under one answer and over the next.
    """
    return any(
        blocks[j].kind is BlockKind.TEXT
        and blocks[j].text.endswith("?")
        and feats[j].prose == 0
        and feats[j - 1].prose > 0
        and feats[j + 1].prose > 0
        for j in range(start + 1, end - 1)
    )


def lead_heading(block: Block, feat: Features) -> bool:
    """Whether a heading reads as a paragraph: :data:`_LEAD_MIN_WORDS` words, a closing stop."""
    return (
        block.kind is BlockKind.HEADING
        and feat.words >= _LEAD_MIN_WORDS
        and ends_sentence(block.text)
    )


def container_tail(
    blocks: tuple[Block, ...], feats: tuple[Features, ...], structure: Structure, end: int
) -> int:
    """Extend the region over a list or table that closes the article container.

    List items cost a little each, so a list that ends an article never pays for itself;
    inside the container, up to its first other line, it is still the article.
    """
    if end == 0 or structure.weight[end - 1] <= 1.0:
        return end
    while (
        end < len(blocks)
        and blocks[end].kind in (BlockKind.LIST_ITEM, BlockKind.TABLE_CELL)
        and structure.weight[end] > 1.0
        and structure.aside[end] is None
        and feats[end].cue is Cue.NONE
        and not blocks[end].hidden
    ):
        end += 1
    return end
