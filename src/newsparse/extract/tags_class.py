"""Unlabelled tag lists of an HTML page, marked by their container's class ("post-tags").

A CMS prints an article's tag links in a box its templates name for them (``class="tags"``,
``"post-tags"``, ``"article_tags"``), often with no label: the links of such a box are the
article's visible tags. Only a short run of short link lines counts: a long run is a tag
cloud, a line of prose in such a box is no tag.
"""

from __future__ import annotations

import re

from newsparse.extract import Context
from newsparse.extract.features import Cue
from newsparse.extract.tags_page import glued_tags

# Enum members read as module constants (see :mod:`newsparse.extract.tags`).
_CUE_NONE = Cue.NONE
_CUE_NAVIGATION = Cue.NAVIGATION

_TAGS_TOKEN = re.compile(r"(?:^|[ _-])tags(?:$|[ _-])")
"""A class or id token naming a box of tags: "tags", "post-tags", "tags-wrap" (not "tag-x",
which WordPress puts on a post's whole article for each of its tags)."""

_MAX_CLASS_TAGS = 15
"""Most links of a tag box; a longer run is a site's tag cloud."""
_MAX_CLASS_TAG_WORDS = 6
"""Most words of one link of a tag box."""
_MIN_LINK_SHARE = 0.9
"""Share of a line's characters that must be link text for it to be a tag link."""


def tags_box(tokens: frozenset[str], memo: dict[frozenset[str], bool]) -> bool:
    """Whether a block's class/id tokens name a box of tags (memoised per token set)."""
    known = memo.get(tokens)
    if known is None:
        # One search over the tokens joined (a token holds no space): most token sets of
        # a page differ, and a search per token costs ten times as much.
        joined = " ".join(tokens)
        known = memo[tokens] = "tags" in joined and _TAGS_TOKEN.search(joined) is not None
    return known


def _is_tag_link(j: int, ctx: Context, memo: dict[frozenset[str], bool]) -> bool:
    """A visible, short line of link text with no cue but navigation, in a box of tags."""
    block, feat = ctx.doc.blocks[j], ctx.feats[j]
    return (
        (feat.cue is _CUE_NONE or feat.cue is _CUE_NAVIGATION)
        and 0 < feat.words <= _MAX_CLASS_TAG_WORDS
        and block.link_chars >= _MIN_LINK_SHARE * len(block.text)
        and not block.hidden
        and not block.heading_level
        and bool(block.tokens)
        and tags_box(block.tokens, memo)
    )


def class_list_parts(
    i: int, ctx: Context, memo: dict[frozenset[str], bool]
) -> tuple[list[str], tuple[int, ...]] | None:
    """The links of the tag box that opens at block ``i``, and the blocks the box spans.

    ``None`` when block ``i`` is no link of a tag box. A line of no letter or digit
    between two links (a "/" or "·" separator) is passed over. The parts are empty when
    the run has more links than :data:`_MAX_CLASS_TAGS` (a tag cloud), or one link that
    is no lower-case run of several (:func:`~newsparse.extract.tags_page.glued_tags`):
    a kicker's category, or links no case change parts ("SportsEntertainment"). The
    blocks it spans are returned still, so that the caller does not read them again.
    """
    if not _is_tag_link(i, ctx, memo):
        return None
    blocks = ctx.doc.blocks
    links = [i]
    j = i + 1
    while j < len(blocks):
        if _is_tag_link(j, ctx, memo):
            links.append(j)
        elif any(map(str.isalnum, blocks[j].text)):
            break
        j += 1
    spanned = tuple(range(i, links[-1] + 1))
    if len(links) == 1:
        return glued_tags(blocks[i].text, ctx), spanned
    if len(links) > _MAX_CLASS_TAGS:
        return [], spanned
    return [blocks[j].text for j in links], spanned
