"""Page-level tag helpers shared by the line readers: the folded body and list cleaning.

The body folded once per page for phrase lookups (:func:`_norm_body`, a weak one-entry
memo), the cleaning of a visible list's parts into tags (:func:`_list_tags`: camel-case
runs split, counters dropped), the split of a line of inline tag links
(:func:`_inline_links`) and the tag-label patterns (:func:`_glued_label_pattern`).
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
import weakref

from newsparse.document import DumpKind
from newsparse.extract import Context
from newsparse.extract.features import is_cjk_char
from newsparse.extract.tags_words import (
    _DIGIT,
    _LETTER,
    _MIN_SHORT_RUN_WORDS,
    _SEPARATORS,
    _dedupe,
    _glued_words,
    _mentioned,
    _norm,
    _shared_stems,
    _split_words,
)
from newsparse.lexicon import fold, longest_first
from newsparse.model import Label

# Enum members read as module constants: on Python 3.11 an enum member read costs a
# metaclass attribute lookup (~8 times a global read), and these are read per block or line.
_DUMP_HTML = DumpKind.HTML
_LABEL_BODY = Label.BODY


_HASHTAGS = re.compile(r"\s*(?=#\w)")
"""Where a line of hashtags ("#Flooding #City_budget") splits: before each ``#``."""

_WORD_START = re.compile(r"\w")

_COUNT = re.compile(r"\(?\d[\d.,]*\)?")
"""A number, bracketed or not ("0", "(42)", "438.3"), as counters show one."""
_ROUNDED_COUNT = re.compile(r"(?:\d+[.,]\d+|\d{2,})\s*[KkMm]")
"""A count in thousands or millions ("438.3K", "17K"; not a "4K" screen)."""

_GUESSED_SCORE = 3.0

_MAX_SHARED_LABEL_TAG_WORDS = 3
_MIN_INLINE_WORDS = 4

_MAX_INLINE_WORDS = 30

_MIN_GLUED_CHARS = 16
"""Shortest space-less lower-case tag that may be several run together (:func:`_glued_words`)."""

_TEXT_OF = operator.attrgetter("text")

_NORM_BODY: list[tuple[weakref.ref[Context], str]] = []
"""The folded body of the last context seen (:func:`_norm_body`), while that context lives:
a weak reference, so that the memo does not keep the last page (its document, features and
layout) alive after its parse (:func:`_forget_norm_body` drops it with the context)."""


def _forget_norm_body(ref: weakref.ref[Context]) -> None:
    """Drop the folded body of a context that has died (unless a later page replaced it)."""
    if _NORM_BODY and _NORM_BODY[0][0] is ref:
        _NORM_BODY.clear()


def _norm_body(ctx: Context) -> str:
    """The body text folded by :func:`_norm`, built once per page.

    Several tag lists of a page are checked against the body; the one-entry memo
    refers to the context itself (weakly), so an identity match cannot be a different
    page. The entry is read once, as one tuple: parses in other threads may replace it in
    between, and a check and a read of two different entries would hand over another
    page's body.
    """
    entry = _NORM_BODY[0] if _NORM_BODY else None
    if entry is not None and entry[0]() is ctx:
        return entry[1]
    layout = ctx.layout
    start, end = layout.start, layout.end
    # compress/map pick the body blocks in C: a body has hundreds of blocks.
    is_body = map(operator.is_, layout.labels[start:end], itertools.repeat(_LABEL_BODY))
    text = " ".join(itertools.compress(map(_TEXT_OF, ctx.doc.blocks[start:end]), is_body))
    norm = _norm(text)
    _NORM_BODY[:] = [(weakref.ref(ctx, _forget_norm_body), norm)]
    return norm


def _line_parts(text: str) -> list[str]:
    """The tags of one line of a visible list, split at its separators.

    A line of hashtags ("#北朝鮮", "#Flooding #Bridges") keeps each tag's ``#``, as the page
    shows it; a ``#`` before a space is a bullet ("# Bridges# Budget") and goes.
    """
    if text[:1] == "#" and _WORD_START.match(text, 1):
        return [tag for p in _HASHTAGS.split(text) if (tag := p.rstrip(" ,;|•·"))]
    return [p.strip() for p in _SEPARATORS.split(text) if p.strip()]


def _list_tags(parts: list[str], ctx: Context) -> tuple[str, ...]:
    """The tags of a visible list's parts: camel-case runs split, duplicates and counts dropped.

    A count ("0" comments, "224"), a lone separator ("/") or a letter of an A-Z index is
    never a tag (a Han character may be one). Declared keywords keep theirs: a CMS may
    tag a story with a number or a year.
    """
    tags = _dedupe([t for part in parts for t in _split_camel(part, ctx)])
    return tuple(
        tag
        for tag in tags
        if _LETTER.search(tag)
        and (len(tag) > 1 or is_cjk_char(tag))
        and (_DIGIT.search(tag) is None or not _is_counter(tag, ctx))
    )


def _is_counter(tag: str, ctx: Context) -> bool:
    """Whether a tag holding a digit is a counter: "438.3K" views, "Kommentieren0", "(42) Comments".

    A count with a thousands or millions suffix, or a widget or comments link with its
    count, is a page's furniture; a tag merely holding a number ("10 GB", "Saison
    2022-2023") is kept.
    """
    if _ROUNDED_COUNT.fullmatch(tag):
        return True
    folded = fold(_COUNT.sub(" ", tag))
    lex = ctx.lex
    return folded in lex.widget_lines or folded in lex.comment_headings


def _inline_links(text: str, words: int, ctx: Context) -> list[str]:
    """Tags of a text dump's line of inline tag links, run together ("Diktatur Buch Philippinen").

    Block-level tag links come out one a line; inline ones come out as one line of
    words that the splitter cuts into several tags. A one-a-line list's first tag
    ("Celebrity Relationships And Break Ups") stays whole under the splitter and is left
    to the caller.
    """
    if not _MIN_SHORT_RUN_WORDS <= words <= _MAX_INLINE_WORDS or _SEPARATORS.search(text):
        return []
    norm_body = _norm_body(ctx)
    tags = _split_words(text, norm_body)
    # A tag cloud or a sentence also splits; most inline tags are words the article uses,
    # and none opens or ends on a function word ("News e ultime notizie oggi da ...").
    stop = ctx.lex.all_stopwords
    if any(w[0].casefold() in stop or w[-1].casefold() in stop for w in map(str.split, tags)):
        return []
    mentioned = sum(_mentioned(tag, norm_body) for tag in tags)
    if words < _MIN_INLINE_WORDS:
        # A short run is as likely one tag ("New Balance"): it splits only into words the
        # article uses each ("Australian Laos Thai").
        return tags if len(tags) >= 2 and mentioned == len(tags) else []
    # Variants of one stem side by side ("Laufen", "Laufschuh") are one topic.
    topics = len(tags) - sum(map(_shared_stems, itertools.pairwise(tags)))
    return tags if len(tags) >= 2 and 2 * mentioned >= topics else []


@functools.cache
def _glued_label_pattern(labels: frozenset[str]) -> re.Pattern[str] | None:
    """A tag label at the start of a line, longest first ("More about", "Tags")."""
    if not labels:
        return None
    # A trie that tries the longest label first, as a flat longest-first alternation would.
    return re.compile(longest_first(sorted(labels)), re.IGNORECASE)


@functools.cache
def _label_heads(labels: frozenset[str]) -> frozenset[str] | None:
    """The lower-cased two-ASCII-character openings of lines :func:`_glued_label_pattern` may match.

    An ASCII line opening outside this set opens no label, so the trie (a test per label
    initial, about a microsecond a line) need not run. ``None`` (no filter) when a label is
    shorter than two characters. Each label character contributes the ASCII characters that
    match it case-insensitively as the regex engine sees it (the Kelvin sign matches "k").
    """
    if not labels or min(map(len, labels)) < 2:
        return None
    return frozenset(
        a + b for label in labels for a in _ascii_twins(label[0]) for b in _ascii_twins(label[1])
    )


@functools.cache
def _ascii_twins(char: str) -> frozenset[str]:
    """The lower-cased ASCII characters that match ``char`` under ``re.IGNORECASE``."""
    pattern = re.compile(re.escape(char), re.IGNORECASE)
    return frozenset(c.lower() for c in map(chr, range(128)) if pattern.fullmatch(c))


def _split_camel(tag: str, ctx: Context) -> list[str]:
    """Split a space-less tag of several capitalised words ("BauteileLötenReparieren").

    A text dump that drops the spaces between tag links runs them together; one inner
    capital ("FuelCell", "iPhone") is a name, two or more are tags. HTML keeps its links
    apart by case, so there only a lower-case run is split (:func:`glued_tags`: links
    printed with nothing between them); a hashtag never is, its capitals join its words
    ("#EndeZuEndeVerschlüsselung").
    """
    if " " in tag or tag[:1] == "#":
        return [tag]
    words = glued_tags(tag, ctx)
    if words:
        return words
    if ctx.doc.kind is _DUMP_HTML:
        return [tag]
    cuts = [k for k in range(1, len(tag)) if tag[k - 1].islower() and tag[k].isupper()]
    if len(cuts) < 2:
        return [tag]
    bounds = [0, *cuts, len(tag)]
    return [tag[a:b] for a, b in itertools.pairwise(bounds)]


def glued_tags(tag: str, ctx: Context) -> list[str]:
    """The tags of a space-less lower-case run of tags ("booksromanceauthorreader"), else ``[]``.

    Tag links printed with nothing between them read as one word: it is cut into the
    fewest words the body uses or the page declares as tags (a declared tag's words
    joined: "exclusivebooks"), when there are :data:`_MIN_SHORT_RUN_WORDS` or more.
    """
    if len(tag) < _MIN_GLUED_CHARS or not tag.isalpha() or not tag.islower():
        return []
    declared = " ".join(
        part.casefold().replace(" ", "")
        for item in ctx.doc.meta_values("tag")
        for part in _SEPARATORS.split(item.value)
    )
    words = _glued_words(tag, f"{_norm_body(ctx)}{declared}")
    return words if len(words) >= _MIN_SHORT_RUN_WORDS else []
