"""Reading one line as a byline: its pieces, prefix and date, its names, and a memo of readings.

:mod:`newsparse.extract.byline` decides which lines are bylines; this module reads one,
on the pieces :mod:`newsparse.extract.byline_pieces` cuts it into, with the names and
desks :mod:`newsparse.extract.byline_parts` reads from a piece. The patterns the pieces
module shares (``DIGIT``, ``PIECE``, ``TIME``, ``URLISH``) stay importable from here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple, TypeVar

from newsparse.extract.byline_names import (
    PARTICLES,
    caseless_names,
    cjk_name,
    cjk_names,
    word_sets,
)
from newsparse.extract.byline_parts import (
    dated_handle,
    domain_byline,
    opening_desk,
    other_byline,
    read_names,
)
from newsparse.extract.byline_pieces import (
    DIGIT,
    JOINT,
    PIECE,
    TAIL,
    TIME,
    URLISH,
    cut_pieces,
    strip_prefix,
)
from newsparse.lexicon import Lexicon, fold

__all__ = [
    "DIGIT",
    "PIECE",
    "TIME",
    "URLISH",
    "Byline",
    "LineHead",
    "could_be_names",
    "finish_byline",
    "names_in",
    "only_names",
    "read_byline",
    "read_head",
    "recalled_byline",
    "split_names",
    "word_sets",
]

_WIDE = str.maketrans(
    {"：": ": ", "、": ", ", "，": ", ", "（": " (", "）": ") ", "【": " | ", "】": " | "}
)
"""Full-width punctuation of CJK bylines as the ASCII the reading expects ("责编：A、B")."""
_HAN_LABEL = re.compile(r"(?<=\S)\s+(?=[\u4e00-\u9fff]{2,4}: )")
"""The space before a Han label inside a line ("来源：人民网 作者：张伟"): each label opens a
piece of its own, as a separator would set it apart."""
_DOT_LABEL = re.compile(r"([\u4e00-\u9fff]{1,4})・(?![\u4e00-\u9fff]{1,2}[\s/／])")
"""A Han label opening a line, the middle dot after it standing for its colon ("文・山田太郎",
Japanese "text by"); a byline prefix only if the lexicon lists it. Not before a second label
("文・写真 山田太郎", text and photos) nor a surname spaced from the given name, which a
Han byline cannot tell from two names."""
_WIRE_PLACE = re.compile(r"^\s*\([^()=\s]{1,12}=[^()=]{1,20}\)\s*")
"""The place and agency a Korean wire story opens its byline with ("(서울=연합뉴스)")."""
_PAIRED_LABEL = re.compile(r"([\u4e00-\u9fff]{1,4}・[\u4e00-\u9fff]{1,4})[\s\u3000]+")
"""Two Han labels joined by the middle dot, then a space standing for their colon ("写真・文
山田太郎", photos and text by): a byline prefix only if the lexicon lists the pair."""
_MAX_PIECES = 8
"""Pieces of one line searched for a byline prefix."""


class Byline(NamedTuple):
    """What one line says about authors."""

    names: tuple[str, ...]
    """Clean person names, in order."""
    prefixed: bool
    """A byline prefix ("By", "Von") introduced the names."""
    dated: bool
    """The line also holds a date or a time ("Jane Doe | 3 May 2024")."""
    other: str | None
    """When no person is named: the desk, agency or handle the prefix introduces
    ("By Reuters", "von Redaktion", "written by Regan"), else ``None``."""
    words: int
    """Words in the piece the names were read from."""


_T = TypeVar("_T")

_MEMO_SIZE = 4096
"""Lines remembered per reading function before its memo starts over."""


class _Memo(NamedTuple):
    """Readings of lines under one lexicon, keyed by line text and site names.

    The headline and byline rules ask about the same lines (a page asks about each
    line's names about twice); the readings are pure, so they are computed once.
    """

    lex: Lexicon
    read: dict[tuple[str, frozenset[str]], Byline]
    only: dict[tuple[str, frozenset[str]], bool]
    names: dict[tuple[str, frozenset[str]], tuple[str, ...]]


_MEMOS: list[_Memo] = []
"""The memo of the last lexicon seen."""


def _memo(lex: Lexicon) -> _Memo:
    if _MEMOS and _MEMOS[0].lex is lex:
        return _MEMOS[0]
    memo = _Memo(lex, {}, {}, {})
    _MEMOS[:] = [memo]
    return memo


def _recall(
    memo: dict[tuple[str, frozenset[str]], _T],
    read: Callable[[str, Lexicon, frozenset[str]], _T],
    text: str,
    lex: Lexicon,
    site_names: frozenset[str],
) -> _T:
    """``read(text, lex, site_names)``, remembered in ``memo``; a full memo starts over."""
    key = (text, site_names)
    found = memo.get(key)
    if found is None:
        if len(memo) >= _MEMO_SIZE:
            memo.clear()
        found = memo[key] = read(text, lex, site_names)
    return found


def read_byline(text: str, lex: Lexicon, site_names: frozenset[str] = frozenset()) -> Byline:
    """Read one line as a byline.

    The line is cut at separators ("|", "•", "/", spaced dashes), dates and times. The
    piece a prefix opens is the byline ("Do 25.04.24 | 14:07 | Von Eva Muster"); without
    a prefix only the first piece is ("Jane Doe · Outlet · Posted: ...").

    Args:
        text: One visible line or a declared author value.
        lex: Cue words (prefixes, conjunctions, staff and role words).
        site_names: Folded site names to reject.

    Returns:
        The names and what else the line shows.
    """
    return _recall(_memo(lex).read, _read_byline, text, lex, site_names)


class LineHead(NamedTuple):
    """What a line says before its names are read: the first half of :func:`read_byline`.

    Cutting the line is cheap next to reading names; a caller that rejects most unprefixed
    lines on their date and their first piece alone (see ``byline._line_byline``) reads
    the names of the few it keeps with :func:`finish_byline`.
    """

    pieces: list[str]
    """The line's pieces (see :func:`cut_pieces`)."""
    chosen: str
    """The piece the names are read from, its prefix stripped."""
    chosen_at: int
    """Index of ``chosen`` among the pieces."""
    prefixed: bool
    """A byline prefix opened ``chosen``."""
    cut_dated: bool
    """A date or a time was among the cuts."""
    dated: bool
    """As :attr:`Byline.dated`: a cut date or time, or a date cue opening a later piece."""

    @property
    def words(self) -> int:
        """As :attr:`Byline.words`."""
        return self.chosen.count(" ") + 1

    def desk(self, lex: Lexicon) -> str | None:
        """The agency or desk an unprefixed ``chosen`` opens with (``None`` when prefixed).

        On a dated line, also the user handle it opens with (see ``dated_handle``). It is
        the byline's ``other`` when no name is read.
        """
        if self.prefixed:
            return None
        desk = opening_desk(self.chosen, lex)
        if desk is None and self.chosen_at == 0:
            if self.cut_dated:
                desk = dated_handle(self.chosen, lex)  # "HansEhrlich 17.10.2019, 13:56 Uhr"
            if desk is None and len(self.pieces) == 1:
                desk = domain_byline(self.chosen)  # "uncut-news.ch" over the date line
        return desk


def read_head(text: str, lex: Lexicon) -> LineHead:
    """Cut one line and find its prefix, date and desk word: all but the names."""
    if not text.isascii():
        if "・" in text:
            dotted = _DOT_LABEL.match(text)
            if dotted is not None and dotted[1] in word_sets(lex).prefixes:
                text = f"{dotted[1]}: {text[dotted.end() :]}"  # "文・山田太郎": "文: 山田太郎"
            elif (paired := _PAIRED_LABEL.match(text)) and paired[1] in word_sets(lex).prefixes:
                text = f"{paired[1]}: {text[paired.end() :]}"  # "写真・文 山田太郎"
        text = text.translate(_WIDE)
        if "=" in text:
            # "(서울=연합뉴스) 홍길동 기자 =": a Korean wire byline, its place and agency
            # before the name, and the sign it ends with.
            text = _WIRE_PLACE.sub("", text).rstrip().removesuffix("=")
        if ": " in text:
            text = _HAN_LABEL.sub(" | ", text)
    pieces, dated = cut_pieces(" ".join(text.split()))
    chosen, chosen_at, prefixed = (pieces[0] if pieces else ""), 0, False
    for k, piece in enumerate(pieces[:_MAX_PIECES]):
        rest, found = strip_prefix(piece, lex, bare_label=dated and k > 0)
        if found:
            chosen, chosen_at, prefixed = rest, k, True
            break
    # "Jane Doe | Published 4 months ago": a date cue in a later piece dates the line too.
    cues = word_sets(lex).date_cues
    full = dated or any(fold(p).split(" ", 1)[0] in cues for p in pieces[1:_MAX_PIECES])
    if not prefixed and dated and len(pieces) > 1 and fold(chosen) in cues:
        # "Posted on <date> Jane Doe": the first piece is the date's label alone.
        chosen, chosen_at = pieces[1], 1
    return LineHead(pieces, chosen, chosen_at, prefixed, dated, full)


def finish_byline(
    text: str, head: LineHead, lex: Lexicon, site_names: frozenset[str] = frozenset()
) -> Byline:
    """:func:`read_byline` of ``text``, whose :func:`read_head` is ``head``; remembered."""
    return _recall(
        _memo(lex).read, lambda _, lx, names: _finish(head, lx, names), text, lex, site_names
    )


def recalled_byline(text: str, lex: Lexicon, site_names: frozenset[str]) -> Byline | None:
    """The remembered :func:`read_byline` of ``text``, or ``None`` when not read yet."""
    return _memo(lex).read.get((text, site_names))


def _read_byline(text: str, lex: Lexicon, site_names: frozenset[str]) -> Byline:
    return _finish(read_head(text, lex), lex, site_names)


def _finish(head: LineHead, lex: Lexicon, site_names: frozenset[str]) -> Byline:
    chosen, prefixed = head.chosen, head.prefixed
    # A piece without a space is one word: no name (see byline_parts), read or not.
    names = _names_in(chosen, lex, site_names) if " " in chosen else ()
    if not names and not prefixed and not chosen.isascii() and " " not in chosen:
        # "山田太郎記者": a Han or Hangul name with its reporter word glued on.
        glued = cjk_name([chosen], lex)
        names = (glued,) if glued else ()
    if prefixed and not names:
        names = cjk_names(chosen) or caseless_names(chosen, lex)
    other = None
    if names:
        pass
    elif prefixed:
        if head.chosen_at == 0 or head.cut_dated:
            other = other_byline(chosen, lex)
    else:
        other = head.desk(lex)
    # Positional: a NamedTuple built from keywords costs three times as much.
    return Byline(tuple(names), prefixed, head.dated, other, head.words)


def names_in(piece: str, lex: Lexicon, site_names: frozenset[str]) -> list[str]:
    """Split one byline piece into names; stop at the first part that is no name.

    "By Jane Doe, Senior Writer, Science Desk": what follows a role is affiliation.
    """
    return list(_names_in(piece, lex, site_names))


def _names_in(piece: str, lex: Lexicon, site_names: frozenset[str]) -> tuple[str, ...]:
    return _recall(_memo(lex).names, read_names, piece, lex, site_names)


def split_names(text: str, lex: Lexicon, site_names: frozenset[str] = frozenset()) -> list[str]:
    """Split a byline into clean person names, in order, deduplicated case-insensitively.

    Args:
        text: A byline such as ``"By Jane Doe and John Roe, Staff Writers"``.
        lex: Cue words (prefixes, conjunctions, staff words).
        site_names: Folded site names to reject.

    Returns:
        The names found (possibly none).
    """
    return list(read_byline(text, lex, site_names).names)


def could_be_names(text: str, lex: Lexicon) -> bool:
    """Cheap test before cleaning: the part before any tail holds no ordinary lower-case word."""
    if text.istitle() or text.isupper():
        # No word of the line opens with a lower-case letter (title case: lower-case
        # letters only follow cased ones): settled in C, without reading the words.
        return True
    tokens = TAIL.sub("", text).split()
    while tokens and tokens[-1].casefold() in lex.all_stopwords:
        tokens.pop()  # "Jane Doe am <date>": the word before the date goes with it
    return not any(
        token[:1].islower()
        and token.casefold() not in PARTICLES
        and token.casefold() not in lex.author_conjunctions
        for token in tokens
    )


def only_names(text: str, lex: Lexicon, site_names: frozenset[str] = frozenset()) -> bool:
    """True for a line that is two or more person names and their joints, nothing else.

    "Jane Doe, John Roe and Max Muster" is a bare byline however long; one "name" is any
    two or three capitalised words (a short title-case headline), so it does not count.
    """
    # Asked ~40 times a page, mostly about lines already read: the memo is looked up here,
    # without the two calls of _recall.
    found = _MEMOS[0].only.get((text, site_names)) if _MEMOS and _MEMOS[0].lex is lex else None
    if found is None:
        found = _recall(_memo(lex).only, _only_names, text, lex, site_names)
    return found


def _only_names(text: str, lex: Lexicon, site_names: frozenset[str]) -> bool:
    tokens = text.split()
    # Two names of two or more words each: fewer than four words cannot be names alone.
    # Nor can a line without a joint: without a separator character or a conjunction
    # word, split_parts finds one part, so names_in finds one name at most.
    if (
        len(tokens) < 4
        or (
            JOINT.search(text) is None
            and lex.author_conjunctions.isdisjoint(text.casefold().split())
        )
        or not could_be_names(text, lex)
    ):
        return False
    names = _names_in(" ".join(tokens), lex, site_names)
    if len(names) < 2:
        return False
    # Every other token joins two names: "and", "et", "&", "+".
    joints = sum(
        t.casefold() in lex.author_conjunctions or not any(c.isalnum() for c in t) for t in tokens
    )
    return sum(n.count(" ") + 1 for n in names) + joints == len(tokens)
