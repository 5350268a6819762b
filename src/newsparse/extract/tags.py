"""Tag candidates: the visible tag lists of a page, and its declared keywords.

The entry points of the tags field. :func:`tags_from_text` walks the page's lines once
and proposes every list a tag label, a tag heading or hashtags mark (the line readers are
in :mod:`~newsparse.extract.tags_lines`, the checks on a read list in
:mod:`~newsparse.extract.tags_checks`), and in a text dump the unlabelled topic runs
around the body (:mod:`~newsparse.extract.tags_trailing`). :func:`tags_from_meta`
(:mod:`~newsparse.extract.tags_meta`) proposes the tags the page declares in its
metadata. Run-together tag lines are split by :func:`split_run_together`
(:mod:`~newsparse.extract.tags_words`). The names the rest of the code and the tests use
stay importable from here.
"""

from __future__ import annotations

from collections.abc import Iterator

from newsparse.document import DumpKind
from newsparse.extract import Candidate, Context
from newsparse.extract.features import Cue
from newsparse.extract.tags_checks import _cut_at_prose, _site_menu, _trim_unmentioned
from newsparse.extract.tags_class import (
    _MAX_CLASS_TAG_WORDS,
    _MIN_LINK_SHARE,
    class_list_parts,
    tags_box,
)
from newsparse.extract.tags_lines import (
    _MIN_INNER_COMMAS,
    _SENTENCE_ENDS,
    _labelled_parts,
    _plain_line_parts,
    _topic_heading,
    _topic_parts,
)
from newsparse.extract.tags_meta import declared_tags, tags_from_meta
from newsparse.extract.tags_page import (
    _GUESSED_SCORE,
    _glued_label_pattern,
    _label_heads,
    _list_tags,
    _norm_body,
)
from newsparse.extract.tags_trailing import _line_over_body, _trailing_topics
from newsparse.extract.tags_words import _mentioned, split_run_together
from newsparse.model import Label

# Enum members read as module constants: on Python 3.11 an enum member read costs a
# metaclass attribute lookup (~8 times a global read), and these are read per block or line.
_CUE_NONE = Cue.NONE
_CUE_TAGS = Cue.TAGS
_CUE_NAVIGATION = Cue.NAVIGATION
_CUE_SIDEBAR = Cue.SIDEBAR_HEADING
_CUE_CREDIT = Cue.CREDIT
_CUE_WIDGET = Cue.WIDGET
_DUMP_HTML = DumpKind.HTML
_LABEL_NAVIGATION = Label.NAVIGATION

__all__ = ["declared_tags", "split_run_together", "tags_from_meta", "tags_from_text"]


_MAX_GLUED_WORDS = 30

_PARTIAL_LIST_SCORE = 3.9
_EVIDENCE_BONUS = 0.5

_MAX_CHECKED_LISTS = 50
"""Tag lists read on one page (see :func:`tags_from_text`); a real page has a handful."""
_MAX_COLON_LABEL_CHECKS = 10
"""Colon-only labelled lines ("More: ...") checked against the body on one page; most are
teasers that fail the check, so :data:`_MAX_CHECKED_LISTS` does not count them. Each
check may search the body some twenty times (one per word run of the line): the corpus
checks one line at most, on one page."""


def tags_from_text(ctx: Context) -> Iterator[Candidate[tuple[str, ...]]]:
    """Propose tags from tag lines and lists.

    A labelled line ("Tags: a, b"), the short lines under a "Tags" heading, a label run
    together with its first tag ("TagsFuelCell Running"), or a hashtag line; in a text
    dump, weakly, an unlabelled run of topics under the body (:func:`_trailing_topics`).
    """
    yield from _listed_tags(ctx)
    if ctx.doc.kind is not _DUMP_HTML:
        yield from _trailing_topics(ctx)
        over = _line_over_body(ctx)
        if over is not None:
            yield over


def _listed_tags(ctx: Context) -> Iterator[Candidate[tuple[str, ...]]]:
    """The tag lists of :func:`tags_from_text` that a label, a heading or hashtags mark."""
    declared: frozenset[str] | None = None  # computed once, on the first list scored
    for i, parts, claimed, guessed, boxed in _read_lists(ctx):
        # A box's first line is its first link, no heading a menu repeats.
        if not boxed and len(claimed) > 1 and not guessed and _site_menu(i, claimed, ctx):
            continue
        tags = _list_tags(parts, ctx)
        if not tags or ctx.layout.labels[i] is _LABEL_NAVIGATION:
            continue
        shown = _shown_tags(i, tags, claimed, ctx)
        if shown is None:
            continue
        tags, score = shown
        if declared is None:
            declared = declared_tags(ctx)
        score = _declared_score(score, tags, claimed, declared, ctx)
        if guessed:
            # Tag boundaries guessed from a run of words lose to any declared list.
            score = min(score, _GUESSED_SCORE)
        yield Candidate(value=tags, score=score, source=f"block:{i}", blocks=claimed)


def _read_lists(ctx: Context) -> Iterator[tuple[int, list[str], tuple[int, ...], bool, bool]]:
    """The candidate tag lists of a page's lines, in page order, as they are read.

    Each is (its line, its parts, the lines it claims, whether its tag boundaries are
    guessed from a run of words, whether it is an unlabelled box of tag links). Lists that
    read no parts are not yielded; a list's lines are not read again as another list's.
    """
    feats = ctx.feats
    checked = 0  # tag lists read so far
    searches = [_MAX_COLON_LABEL_CHECKS]  # colon-only labels left to check against the body
    glued = _glued_label_pattern(ctx.lex.tag_labels)
    heads = _label_heads(ctx.lex.tag_labels)
    html = ctx.doc.kind is _DUMP_HTML
    blocks = ctx.doc.blocks
    boxes: dict[frozenset[str], bool] = {}  # whether a token set names a tag box
    read_to = -1  # the last block a list read so far spans
    # An article's box of tag links stands in or under it; the site header's link lists
    # over it are menus (and most of a page's links): they are not tested.
    box_start = ctx.layout.start
    for i, feat in enumerate(feats):
        if checked >= _MAX_CHECKED_LISTS:
            # Reading a list searches the whole body (splitting run-together tags, the
            # mention check): a bounded number keeps a page of thousands of tag lines
            # linear. The lists after it are not read.
            break
        # The line tests stand inline, on locals: they run on every line of the page.
        cue = feat.cue
        if cue is _CUE_TAGS:
            parts, claimed, guessed = _labelled_parts(i, ctx)
            boxed = False
            checked += 1
        else:
            text = blocks[i].text
            if (
                (
                    cue is _CUE_SIDEBAR
                    # Only a line ending in a colon may be a colon-only label
                    # (:func:`_topic_heading`).
                    or ((cue is _CUE_NONE or cue is _CUE_WIDGET) and text[-1:] == ":")
                )
                and (limits := _topic_heading(i, ctx)) is not None
            ):
                topics = _topic_parts(i, ctx, *limits)
                if topics is None:
                    continue
                parts, claimed, guessed = topics
                boxed = False
            elif (
                (
                    cue is _CUE_NONE
                    and feat.words <= _MAX_GLUED_WORDS
                    # HTML keeps labels apart: there only hashtag lines are looked at.
                    and (not html or text[:1] == "#")
                    # Most lines open with two ASCII letters no label opens with ("Th" does,
                    # "An" does not) and hold no pipe: a set lookup rejects them here.
                    and (
                        heads is None
                        or not (head := text[:2]).isascii()
                        or head.lower() in heads
                        or head[:1] == "#"
                        or "|" in text
                        # A post-meta line whose label stands inside it
                        # (:func:`_inner_label_parts`).
                        or (
                            not html
                            and text[-1:] not in _SENTENCE_ENDS
                            and text.count(",") >= _MIN_INNER_COMMAS
                        )
                    )
                )
                or (cue is _CUE_CREDIT and not html and "|" in text)
            ):
                found = _plain_line_parts(i, ctx, glued, heads, searches)
                if found is None:
                    continue  # neither a hashtag line nor a label in the line: most lines
                parts, claimed, guessed = found
                boxed = False
            elif (
                html
                and i > read_to
                and i >= box_start
                and feat.words <= _MAX_CLASS_TAG_WORDS
                and (cue is _CUE_NONE or cue is _CUE_NAVIGATION)
                # Most lines are no link text, and most links stand in no box of tags:
                # both are tested here, before a call.
                and (block := blocks[i]).link_chars >= _MIN_LINK_SHARE * len(text)
                and (
                    known
                    if (known := boxes.get(tokens := block.tokens)) is not None
                    else tags_box(tokens, boxes)
                )
                and (box := class_list_parts(i, ctx, boxes)) is not None
            ):
                # An unlabelled box of tag links (class="post-tags"); a labelled list
                # spanning it was read at its label.
                parts, claimed = box
                guessed, boxed = False, True
            else:
                continue
            checked += 1
        if claimed:
            read_to = max(read_to, *claimed)
        if parts:  # else a list read empty: nothing to score
            yield i, parts, claimed, guessed, boxed


def _shown_tags(
    i: int, tags: tuple[str, ...], claimed: tuple[int, ...], ctx: Context
) -> tuple[tuple[str, ...], float] | None:
    """The tags of the list read at line ``i`` that a page shows, with their first score.

    A list near the article's start scores more than one far above it. In a text dump the
    list is cut where prose starts and trimmed of words the body does not mention (None
    when none is left); the share of its tags the article uses adds to the score.
    """
    score = 5.0 if i >= ctx.layout.start - 30 else 3.0
    if ctx.doc.kind is _DUMP_HTML:
        return tags, score
    tags, ends = _cut_at_prose(tags, claimed, ctx)
    # The folded body is built once per page (:func:`_norm_body` keeps it).
    tags, shown = _trim_unmentioned(
        tags, _norm_body(ctx), ends, ctx.lex.service_lines, ctx.lex.all_stopwords
    )
    if not tags:
        return None
    # Of two visible lists (a menu under "Topics", the tags under "Tags"), the one
    # whose words the article uses is its tag list: the share breaks the tie.
    return tags, score + _EVIDENCE_BONUS * shown


def _declared_score(
    score: float,
    tags: tuple[str, ...],
    claimed: tuple[int, ...],
    declared: frozenset[str],
    ctx: Context,
) -> float:
    """The score of a visible tag list (``score`` so far) weighed against the declared tags.

    A visible list that shares nothing with the declared tags is a menu; one that shares
    most of them scores above them. No declared tags, or the site's keywords declared on
    every page (:func:`_site_keywords`), leave the score as it is.
    """
    # Only a list that would outscore the declared ones asks whether they are the
    # site's keywords (the question folds the body, which an HTML page does not need).
    if not declared or (score >= 5.0 and _site_keywords(declared, tags, ctx)):
        return score
    shared = sum(1 for t in tags if t.lstrip("#").casefold() in declared) / len(tags)
    score = 5.0 + shared if shared >= 0.3 else 2.0
    if ctx.doc.kind is _DUMP_HTML and (
        (shared < 1.0 and len(claimed) > 1) or (shared == 1.0 and len(tags) == 1 < len(declared))
    ):
        # Links under an HTML heading that differ from the declared tags are
        # a partial rendering of them (hidden words), and a lone tag shown of
        # several declared is their lead: the declared list is cleaner or fuller.
        score = min(score, _PARTIAL_LIST_SCORE)
    return score


_MAX_SITE_KEYWORD_SHARE = 0.3
"""Most of the declared tags the body may use for them to be the site's keywords."""


def _site_keywords(declared: frozenset[str], tags: tuple[str, ...], ctx: Context) -> bool:
    """Whether the declared tags are the site's keywords, and a visible list the article's.

    A site may declare the same keywords on every page ("politics, society, sports"):
    words the article hardly uses (under :data:`_MAX_SITE_KEYWORD_SHARE` of them), while
    the visible list names what it is about (the body uses one of its tags or more: a
    film's cast and title may be named once, and not in the words of the tag).
    Then the declared tags neither confirm nor refute the visible list.

    On the corpus the declared lists so judged have the body use 0 to 25% of them
    (0/8, 1/16, 1/9, 1/4); the lists the body uses more of name the article (10/19).
    """
    shared = sum(1 for t in tags if t.lstrip("#").casefold() in declared)
    if shared:
        return False
    norm_body = _norm_body(ctx)
    if not any(_mentioned(tag, norm_body) for tag in tags):
        return False
    used = sum(1 for tag in declared if _mentioned(tag, norm_body))
    return used < _MAX_SITE_KEYWORD_SHARE * len(declared)
