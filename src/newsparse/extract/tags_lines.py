"""Tag line readers: labelled lines, lists under a tag heading, hashtag and post-meta lines.

Each reader returns a list's parts (tags before cleaning), the blocks it claims and
whether the tag boundaries were guessed (a run of words split by the body's evidence):
"Tags: a, b" and the short lines under a "Tags" heading (:func:`_labelled_parts`), a
topic heading's links (:func:`_topic_parts`), and a line with no tag cue that holds a
list (:func:`_plain_line_parts`: hashtags, a label run into its first tag, a colon-only
label, a blog's post-meta line).
"""

from __future__ import annotations

import functools
import itertools
import re

from newsparse.document import Block, DumpKind
from newsparse.extract import Context
from newsparse.extract.features import Cue
from newsparse.extract.tags_page import (
    _MAX_INLINE_WORDS,
    _MAX_SHARED_LABEL_TAG_WORDS,
    _glued_label_pattern,
    _inline_links,
    _line_parts,
    _norm_body,
)
from newsparse.extract.tags_words import (
    _LINE_SEPARATORS,
    _MAX_LINE_WORDS,
    _MAX_TAG_WORDS,
    _MIN_SHORT_RUN_WORDS,
    _SENTENCE_STOPWORDS,
    _SEPARATORS,
    _mentioned,
    _norm,
    _split_words,
)
from newsparse.lexicon import SCRIPT_STOPS, fold
from newsparse.model import Label

# Enum members read as module constants: on Python 3.11 an enum member read costs a
# metaclass attribute lookup (~8 times a global read), and these are read per block or line.
_CUE_NONE = Cue.NONE
_CUE_NONE_OR_NAVIGATION = (Cue.NONE, Cue.NAVIGATION)
_CUE_SIDEBAR = Cue.SIDEBAR_HEADING
_DUMP_HTML = DumpKind.HTML
_LABEL_NAVIGATION = Label.NAVIGATION


_MAX_COLON_TAG_WORDS = 4
"""Most words of a line in a list under a colon-only label ("Jewish Supreme Court Justices")."""
_MAX_COLON_LABEL_CHARS = 12
"""Where the colon of a colon-only label on its list's line stands at the latest ("Read more:")."""


def _plain_line_parts(
    i: int,
    ctx: Context,
    glued: re.Pattern[str] | None,
    heads: frozenset[str] | None,
    searches: list[int] | None = None,
) -> tuple[list[str], tuple[int, ...], bool] | None:
    """The tags of a line with no tag cue (:func:`_unlabelled_parts`), else ``None``.

    A hashtag line, a line that a label runs into, a colon-only label followed by its
    list (:func:`_colon_label_parts`), or (text dumps) a blog's post-meta
    line that holds its tags after a pipe ("Posted in News | Tags: a, b | Permalink");
    such a line ending in a name-like segment ("| Permalink") reads as a photo credit
    ("Photo | Reuters"), so credit lines come here too, and only their pipe is read.
    ``searches`` (one count, decremented) bounds how many colon-only labels a page may
    check against its body (see :func:`_colon_label_parts`).
    """
    text = ctx.doc.blocks[i].text
    if (
        ctx.feats[i].cue is _CUE_NONE
        and (
            text[:1] == "#"
            or (
                glued is not None
                # Most lines open with two ASCII letters no label opens with ("Th" does,
                # "An" does not): a set lookup rejects them before the label trie.
                and (heads is None or not text[:2].isascii() or text[:2].lower() in heads)
                and glued.match(text) is not None
            )
        )
    ):
        return _unlabelled_parts(i, ctx, glued)
    if (
        ctx.feats[i].cue is _CUE_NONE
        and ":" in text[:_MAX_COLON_LABEL_CHARS]
        and ctx.doc.kind is not _DUMP_HTML
    ):
        found = _colon_label_parts(text, ctx, searches)
        if found is not None:
            parts, guessed = found
            return parts, (i,), guessed
    if ctx.doc.kind is _DUMP_HTML:
        return None
    # The pipe test passes few lines to the label trie.
    parts = _piped_label_parts(text, glued) if "|" in text else []
    if not parts and text.count(",") >= _MIN_INNER_COMMAS:
        parts = _inner_label_parts(text, ctx)
    return (parts, (i,), False) if parts else None


def _colon_label_parts(
    text: str, ctx: Context, searches: list[int] | None = None
) -> tuple[list[str], bool] | None:
    """The tags after a colon-only label on the same line ("More: The Arctic Ice Climate Change").

    A dump that puts the label and its links on one line reads as a text dump's label
    over a list of them does (:func:`_topic_heading`): two topics or more, each of a
    topic's length and opening with a letter, run together ones split by the body's
    evidence. A label's words also open sentences, link lines and teasers' titles
    ("Read more: Two diagnosed with plague in Beijing"): only a list of one function
    word at most, whose every topic the body uses, counts. Returns the tags and
    whether their boundaries were guessed, else ``None``. Each check searches the whole
    body, and most such lines are teasers that fail it: when ``searches`` (a one-item
    count) is spent, the line is not checked, so that a page of thousands of "Read more:"
    lines stays linear.
    """
    colon = text.find(":")
    if fold(text[:colon]) not in ctx.lex.tag_colon_labels:
        return None
    rest = text[colon + 1 :].strip()
    words = rest.casefold().split()
    stop = ctx.lex.all_stopwords
    if (
        len(words) > _MAX_INLINE_WORDS
        # Function words ("with", "in") make it a teaser's title (:func:`_cut_at_prose`).
        or sum(1 for w in words if w in stop) >= _SENTENCE_STOPWORDS
    ):
        return None
    if searches is not None:
        if searches[0] <= 0:
            return None
        searches[0] -= 1
    norm_body = _norm_body(ctx)
    parts = [p for p in _SEPARATORS.split(rest) if p]
    guessed = len(parts) == 1
    if guessed:
        parts = _split_words(rest, norm_body)
    if len(parts) < 2 or not all(
        len(part.split()) <= _MAX_COLON_TAG_WORDS
        and part[:1].isalpha()
        and _mentioned(part, norm_body)
        for part in parts
    ):
        return None
    return parts, guessed


def _topic_heading(i: int, ctx: Context) -> tuple[int, int] | None:
    """The limits of a heading that heads topic links or teaser titles, else ``None``.

    A text dump's related heading that is also a tag label ("Mehr zum Thema"), or a
    label that counts only with its colon ("More:", "Read more:", a widget line without
    it), over a list of two lines or more: one short line under a related heading is as
    likely the first teaser's author ("Jane Doe"). Returns the most words of a topic
    line and the fewest lines of the list (:func:`_topic_parts`).
    """
    feat = ctx.feats[i]
    if feat.cue is _CUE_SIDEBAR:
        html = ctx.doc.kind is _DUMP_HTML
        if not html and feat.cue_key in ctx.lex.tag_labels:
            return _MAX_SHARED_LABEL_TAG_WORDS, 2
        return None
    text = ctx.doc.blocks[i].text
    if (
        text[-1:] == ":"
        and feat.words <= _MAX_SHARED_LABEL_TAG_WORDS
        and fold(text) in ctx.lex.tag_colon_labels
    ):
        return _MAX_COLON_TAG_WORDS, 2
    return None


def _topic_parts(
    i: int, ctx: Context, most_words: int, fewest_items: int
) -> tuple[list[str], tuple[int, ...], bool] | None:
    """The tags under a heading that heads topic links or teaser titles, else ``None``.

    Only a list of topic-length worded lines is tags (not titles, not a count "11"):
    each line holds at most ``most_words`` words, and the list ``fewest_items`` lines or more.
    """
    parts, claimed, guessed = _labelled_parts(i, ctx)
    if (
        guessed
        or len(claimed) <= fewest_items
        or not all(map(functools.partial(_topic_line, ctx, most_words), claimed[1:]))
    ):
        return None
    return parts, claimed, guessed


def _topic_line(ctx: Context, most_words: int, j: int) -> bool:
    """A line of a topic's length that opens with a letter ("China", "Künstliche Intelligenz")."""
    return ctx.feats[j].words <= most_words and ctx.doc.blocks[j].text[:1].isalpha()


def _labelled_parts(i: int, ctx: Context) -> tuple[list[str], tuple[int, ...], bool]:
    """Tags of a "Tags: a, b" line, or of the short lines under a "Tags" heading.

    Also returns whether the tag boundaries were guessed (a run of words split by evidence).
    """
    blocks, feats = ctx.doc.blocks, ctx.feats
    feat, text = feats[i], blocks[i].text
    colon = text.find(":")
    if colon < 0:
        colon = text.find("\uff1a")  # a CJK label's full-width colon ("タグ：教育")
    rest = text[colon + 1 :].strip() if colon >= 0 and feat.folded != feat.cue_key else ""
    if rest:
        split, guessed = _split_line(rest, ctx)
        return split, (i,), guessed
    parts: list[str] = []
    claimed = [i]
    html = ctx.doc.kind is _DUMP_HTML
    if not html and i + 1 < len(blocks):
        inline = _inline_links(blocks[i + 1].text, feats[i + 1].words, ctx)
        if inline:
            return inline, (i, i + 1), True
    for j in range(i + 1, min(len(blocks), i + 40)):
        if feats[j].words > 8 or feats[j].cue not in _CUE_NONE_OR_NAVIGATION:
            if j == i + 1 and _is_link_run(j, ctx):
                # An HTML tag cloud whose links came out as one line: split it like a dump's.
                return _split_words(blocks[j].text, _norm_body(ctx)), (i, j), True
            break
        # A list ends at a blank line (text) or where its container ends (HTML), unless the
        # page puts each tag in a container of its own: a link of the first tag's shape.
        if html:
            ends = blocks[j].container != blocks[i + 1].container and not _same_shape(
                blocks[j], blocks[i + 1]
            )
        else:
            ends = blocks[j].blank_before > 0
        # A text dump runs the next label on ("Share:"): a line ending in a colon opens a new list.
        if j > i + 1 and (ends or (not html and blocks[j].text[-1:] == ":")):
            break
        parts.extend(_line_parts(blocks[j].text))
        claimed.append(j)
    return parts, tuple(claimed), False


def _same_shape(block: Block, first: Block) -> bool:
    """Whether HTML ``block`` is a tag link in a container shaped as the ``first`` tag's.

    "Tagi:" over one ``div.link`` per tag: the same tag path and class tokens, all link.
    """
    return (
        block.link_chars == len(block.text)
        and block.tag_path == first.tag_path
        and block.tokens == first.tokens
    )


def _unlabelled_parts(
    i: int, ctx: Context, glued: re.Pattern[str] | None
) -> tuple[list[str], tuple[int, ...], bool]:
    """Tags of a "#a #b" hashtag line, or (text dumps) a line whose label runs into its first tag.

    HTML keeps the label in its own element; there a glued line is a heading or a teaser.
    """
    text = ctx.doc.blocks[i].text
    if text.startswith("#"):
        parts = _line_parts(text)
        if len(parts) >= 2 and all(len(p.split()) <= _MAX_TAG_WORDS for p in parts):
            return parts, (i,), False
        return [], (), False
    if glued is None or ctx.doc.kind is _DUMP_HTML:
        return [], (), False
    found = glued.match(text)
    if found is None:
        return [], (), False
    rest = text[found.end() :]
    if rest[:1] == " ":
        # "Getaggt mit Derek Jarman, The Garden": a label and a list of capitalised
        # names, not a sentence that opens with a label's words ("More on that, later").
        # Hashtags after the label ("แท็ก #การเมือง #เศรษฐกิจ") mark their tags in any
        # script; a script without capitals (Thai, CJK) has no capital to look for.
        hashtags = rest.lstrip()[:1] == "#"
        parts = [p for p in _SEPARATORS.split(rest.strip()) if p]
        if len(parts) >= 2 and all(
            (hashtags or _capital(p[:1])) and len(p.split()) <= _MAX_TAG_WORDS for p in parts
        ):
            return parts, (i,), False
        # "Tags FuelCell Laufen New Balance Running": inline tag links after the label,
        # split as a line of them is (no sentence passes: see :func:`_inline_links`).
        inline = _inline_links(rest.strip(), len(rest.split()), ctx)
        return inline, ((i,) if inline else ()), bool(inline)
    if not rest[:1].isupper():
        return [], (), False
    parts, guessed = _split_line(rest, ctx)
    return parts, (i,), guessed


def _capital(char: str) -> bool:
    """Whether ``char`` opens a name: a capital, or a letter of a caseless script (Thai, CJK)."""
    return char.isupper() or (char.isalpha() and char == char.swapcase())


_MIN_INNER_COMMAS = 2
"""Fewest commas of a line whose tag label stands inside it (:func:`_inner_label_parts`)."""
_SENTENCE_ENDS = ".!?:" + SCRIPT_STOPS
"""Last characters of a line that closes as a sentence does (no post-meta line of tags)."""
_MAX_INNER_LEAD_WORDS = 3
"""Most words before a tag label inside a line ("Kategorien Notizen Schlagworte a, b")."""


def _inner_label_parts(text: str, ctx: Context) -> list[str]:
    """The tags after a capitalised tag label inside a blog's post-meta line, else ``[]``.

    A text dump runs a post's meta links together: "KategorienNotizenSchlagworteblogs,
    internet, reflexion" (categories, then the tags after their label, the label glued to
    the words on either side), or with spaces. The label opens with a capital, after a
    space or at a join of a lower-case letter and that capital, behind a lead of
    :data:`_MAX_INNER_LEAD_WORDS` words at most; a comma-separated list of two tags or
    more follows it, none of a sentence's length, with fewer than two function words
    all told, not closed as a sentence is. A sentence that names topics ("Die Themen
    Klima, Verkehr und Energie stehen an.") is no such line.
    """
    glued = _glued_label_pattern(ctx.lex.tag_labels)
    if glued is None or text[-1:] in _SENTENCE_ENDS:
        return []
    # The label opens within the lead's words or the one it is glued to: only the
    # capitals of that stretch are tried, each with the label trie anchored there (a
    # search of the trie from the second character costs more: it tries every place).
    pieces = text.split(None, _MAX_INNER_LEAD_WORDS + 1)
    reach = len(text) - len(pieces[-1]) if len(pieces) > _MAX_INNER_LEAD_WORDS + 1 else len(text)
    for start in range(1, reach):
        char, before = text[start], text[start - 1]
        if not char.isupper() or not (before.isspace() or before.islower()):
            continue
        found = glued.match(text, start)
        if found is None:
            continue
        rest = text[found.end() :].lstrip(" :")
        parts = [p for p in _SEPARATORS.split(rest) if p]
        stop = ctx.lex.all_stopwords
        words = rest.casefold().split()
        if (
            len(parts) >= _MIN_INNER_COMMAS
            and all(len(p.split()) <= _MAX_COLON_TAG_WORDS for p in parts)
            and sum(1 for w in words if w in stop) < _SENTENCE_STOPWORDS
        ):
            return parts
        return []
    return []


def _piped_label_parts(text: str, glued: re.Pattern[str] | None) -> list[str]:
    """Tags of the first segment after a pipe that a tag label opens ("| Tags: a, b |").

    The label ends in a colon, or a space before a list of two tags or more ("| Tagged
    a, b |"): a segment that merely opens with a label's word ("| More on that") is no list.
    """
    if glued is None:
        return []
    for piece in itertools.islice(text.split("|"), 1, None):
        segment = piece.strip()
        found = glued.match(segment)
        if found is None:
            continue
        rest = segment[found.end() :]
        colon = rest[:1] == ":"
        if not colon and rest[:1] != " ":
            continue
        parts = [p for p in _SEPARATORS.split(rest[1:].strip()) if p]
        if (colon and parts) or len(parts) >= 2:
            return parts
    return []


_HAN_KANA = r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]+"
"""A run of Chinese or Japanese characters (kana, Han)."""

_HAN_KANA_RUN = re.compile(rf"{_HAN_KANA}(?: {_HAN_KANA})+")
"""Runs of Chinese or Japanese characters parted by single spaces: these scripts write a
phrase without spaces, so after a tag label a space parts two tags ("关键词：教育 民生").
Not Hangul, which spaces the words of one tag ("서울 시장")."""


_THAI_RUN = re.compile(r"[\u0e00-\u0e7f]+(?: [\u0e00-\u0e7f]+)+")
"""Runs of Thai parted by single spaces: Thai writes a phrase without spaces, so after a tag
label a space parts two tags ("แท็ก: การเมือง เศรษฐกิจ"), or a first name from a surname."""


def _thai_tags(words: list[str], norm_body: str) -> list[str]:
    """The tags of a spaced Thai run: each word, or a pair the body writes as one phrase.

    A person's tag is a first name and a surname apart ("ประยุทธ์ จันทร์โอชา"), which the
    story prints together; two topics ("การเมือง เศรษฐกิจ") are no phrase of it.
    """
    tags: list[str] = []
    k = 0
    while k < len(words):
        pair = " ".join(words[k : k + 2])
        if k + 1 < len(words) and _norm(pair).strip() in norm_body:
            tags.append(pair)
            k += 2
        else:
            tags.append(words[k])
            k += 1
    return tags


def _split_line(rest: str, ctx: Context) -> tuple[list[str], bool]:
    """Split a tag line at its separators, else by words; say whether it was a guess."""
    parts = [p for p in _LINE_SEPARATORS.split(rest) if p]
    if len(parts) == 1 and " " in rest and not rest.isascii():
        if _HAN_KANA_RUN.fullmatch(rest):
            return rest.split(" "), False
        if _THAI_RUN.fullmatch(rest):
            return _thai_tags(rest.split(), _norm_body(ctx)), False
    words = len(rest.split())
    if len(parts) == 1 and words > _MIN_SHORT_RUN_WORDS:
        return _split_words(rest, _norm_body(ctx)), True
    if len(parts) == 1 and words == _MIN_SHORT_RUN_WORDS:
        short = _inline_links(rest, words, ctx)
        if short:
            return short, True
    return parts, False


def _is_link_run(j: int, ctx: Context) -> bool:
    """A block of nothing but link text, of tag-list length, not in a menu."""
    block = ctx.doc.blocks[j]
    return (
        ctx.feats[j].words <= _MAX_LINE_WORDS
        and block.link_chars >= 0.9 * len(block.text)
        and ctx.layout.labels[j] is not _LABEL_NAVIGATION
    )
