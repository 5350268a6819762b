"""Whose is a visible date: its label (publication, update, another date) and its block.

"Published", "Aktualisiert", "입력" (cue words of the lexicon and of months.toml) before the
date in its line, or alone on the line above it.
"""

from __future__ import annotations

import functools
import re
import tomllib
from importlib import resources

from newsparse.date_names import date_cues, is_date_label, last_edit_cues
from newsparse.extract import Context
from newsparse.extract.chrome import left_to_page
from newsparse.extract.features import Cue
from newsparse.lexicon import Lexicon, fold
from newsparse.model import Label

__all__ = [
    "OTHER",
    "PUBLISHED",
    "UPDATED",
    "aside",
    "byline_dated",
    "date_label",
    "day_first_label",
    "last_edit_label",
]

PUBLISHED, UPDATED, OTHER = "published", "updated", "other"
"""Kinds of date label: publication, update, and a date that is not the story's ("Joined")."""

# Enum members read as module constants: on Python 3.11 an enum member read costs a
# metaclass attribute lookup (~8 times a global read), and these are read per block or line.
_CUE_NAVIGATION_OR_COMMENT_TEXT = (Cue.NAVIGATION, Cue.COMMENT_TEXT)

_ASIDE = (Label.SIDEBAR, Label.COMMENTS)
"""Sections whose dates belong to other stories or to comments (a tuple: an enum member
hashes in Python, a tuple tests identity first)."""


_LAST_EDIT_WORDS = 4
"""Words before a date searched for a last-revision label ("zuletzt geändert am")."""


_BYLINE_DATE_WORDS = frozenset({"on", "am", "le", "el", "em", "il", "op", "den", "dne"})
"""Prepositions between a byline's name and its date: "By Jane Doe on", "Von X am", "Par X le"."""

_BYLINE_CHARS = 60
"""Longest text before a date read as a byline that opens its line (the label window)."""

_BYLINE_NAME_WORDS = 4
"""Most words of the name between a byline prefix and the preposition before the date."""


def aside(ctx: Context, i: int) -> bool:
    """True for a block whose dates are not the story's: hidden, navigation, comments, asides.

    Not for a line that only its frame element (``<aside>``) sets aside when the page chrome
    leaves that element to the article (an article-meta aside beside the headline).
    """
    return (
        ctx.doc.blocks[i].hidden
        or ctx.feats[i].cue in _CUE_NAVIGATION_OR_COMMENT_TEXT
        or (
            ctx.layout.labels[i] in _ASIDE
            and not (
                ctx.layout.reasons[i].startswith("tag:")
                and left_to_page(ctx.chrome, i, ctx.doc.blocks[i].tag_path)
            )
        )
    )


_GLUE = re.compile(r"[\s/;(]+")
"""What separates the words before a date: spaces, and the slash, semicolon or bracket that
joins the parts of a date line without a space ("28.04.2020(updated 11:14 GMT 29.04.2020)")."""

_CLOCK_WORD = re.compile(r"\d{1,2}[:.h]\d{2}(?::\d{2})?(?:[ap]\.?m\.?)?")
"""A clock time written as one word ("11:14", "9.30", "2:15pm")."""

_CLOCK_PREPOSITIONS = frozenset({"at", "um", "à", "às", "om", "alle", "kl", "klo"})
"""Folded words that put a clock time after a date label ("Updated at 3:15", "Aktualisiert um
11:14", "Mis à jour à 9h30"): dropped with the clock, so the label is read."""

_ZONE_CHARS = 4
"""Longest word after a clock time read as its am/pm or time zone ("a.m.", "GMT", "Uhr")."""

_ZONE_WORDS = 2
"""Most such words after a clock time ("2:15 pm EDT")."""


def _label_words(before: str, lex: Lexicon) -> list[str]:
    """The folded words of ``before`` that may end in a date label, weekdays dropped."""
    # "EST/Updated: Aug. 18", "9:41 AM;Posted Nov 18": a slash or a semicolon glues the
    # label to what precedes it.
    words = [w.strip(":：|,-–—()") for w in _GLUE.split(before)]
    # "Updated: Sunday, January 2": the weekday stands between the cue and the date.
    while words and (not words[-1] or words[-1] in lex.weekdays):
        words.pop()
    # "Updated 3:27 am PST, Wednesday, ...", "(updated 11:14 GMT 29.04.2020)": a clock time
    # and its zone stand between the cue and the date. Zone-like words count only before
    # a clock time, so a short word that ends a label is kept.
    k = len(words)
    while k > len(words) - _ZONE_WORDS and k and _zone_word(words[k - 1]):
        k -= 1
    if k and _CLOCK_WORD.fullmatch(words[k - 1]):
        del words[k - 1 :]
        if words and words[-1] in _CLOCK_PREPOSITIONS:
            # "Updated at 3:15 p.m. ET, March 4, 2021": the clock's preposition too.
            words.pop()
    return words


def _zone_word(word: str) -> bool:
    """True for a word that may follow a clock time: its am/pm or zone ("a.m.", "gmt")."""
    return len(word) <= _ZONE_CHARS and word.replace(".", "").isalpha()


def date_label(
    text: str, start: int, ctx: Context, above: str = "", *, byline: bool = True
) -> str | None:
    """The label of the date at ``start`` in ``text``, or ``None`` when it has none.

    One of :data:`PUBLISHED`, :data:`UPDATED` and :data:`OTHER`, read from the words before
    the date in its line, else, for a date that opens its line, from a short line ``above``
    it ("입력 :" or "Joined", then the date). With ``byline``, a byline that opens the line
    ("Von X am 21/02/2021", see :func:`byline_dated`) labels its date as the publication:
    the caller passes it for a post's meta line under the story. Above the story a
    "By X on <date>" line is a teaser's or an interview's as often as the story's: there
    it gets no label and competes as any date line near the headline does.
    """
    # Only the text before this mention: a line may hold the same date twice
    # ("Updated Nov. 19, 2019 / Original Nov. 19, 2019").
    words = _label_words(fold(text[max(0, start - 60) : start]), ctx.lex)
    sizes: tuple[int, ...] = (4, 3, 2, 1)
    own_line = bool(words)
    if not words and above:
        words = _label_words(fold(above), ctx.lex)
        if not above.rstrip().endswith((":", "：")):
            # Without a colon the line above must be the label alone: a short headline
            # ending in a cue word ("A Star Is Born", "Windows 11 Updated") labels nothing.
            sizes = (len(words),)
    published, updated = date_cues()
    for size in sizes:
        key = " ".join(words[-size:])
        if key in ctx.lex.updated_cues or key in updated:
            return UPDATED
        if key in ctx.lex.published_cues or key in published:
            return PUBLISHED
        if key in ctx.lex.other_date_cues:
            return OTHER
    if byline and own_line and start <= _BYLINE_CHARS and _byline_words(words, ctx.lex):
        return PUBLISHED
    return None


def byline_dated(text: str, start: int, lex: Lexicon) -> bool:
    """True when the date at ``start`` follows a byline that opens its line: "Von X am 21/02/2021".

    A post's meta line names its author and the day it was posted ("By Jane Doe on March
    3, 2020", "Posted by admin on"): the story's own date, wherever the layout put it.
    """
    return start <= _BYLINE_CHARS and _byline_words(_label_words(fold(text[:start]), lex), lex)


def _byline_words(words: list[str], lex: Lexicon) -> bool:
    """True for the words of a line before its date: a byline prefix, a name, a preposition.

    Not "Updated by X on" (an edit's date) nor "A post shared by Name (@handle) on" (an
    embedded post's): the prefix opens the line, and a name holds no handle or number.
    """
    if not words or words[-1] not in _BYLINE_DATE_WORDS:
        return False
    prefixes = lex.byline_prefixes
    for k in (1, 2):
        name = words[k:-1]
        if (
            1 <= len(name) <= _BYLINE_NAME_WORDS
            and " ".join(words[:k]) in prefixes
            and not any(w in lex.updated_cues for w in words[:k])
        ):
            return not any("@" in w or any(c.isdigit() for c in w) for w in name)
    return False


def last_edit_label(text: str, start: int, ctx: Context, above: str = "") -> bool:
    """True when the date at ``start`` in ``text`` is labelled as the page's last revision.

    "Last updated", "page revision: 8, last edited:", "Zuletzt geändert am:" on the line
    ``above``: the page had earlier versions. The cue may be followed by a preposition
    ("am", "on"), so any run of the last words counts.
    """
    words = _label_words(fold(text[max(0, start - 60) : start]), ctx.lex)
    if not words and above:
        words = _label_words(fold(above), ctx.lex)
    cues = last_edit_cues()
    words = words[-_LAST_EDIT_WORDS:]
    return any(
        " ".join(words[i:j]) in cues
        for i in range(len(words))
        for j in range(i + 2, len(words) + 1)
    )


@functools.cache
def _english_cues() -> frozenset[str]:
    """The folded date labels of English (en.toml): "Published", "Updated", "Posted on"."""
    text = resources.files("newsparse.lexicon").joinpath("en.toml").read_text("utf-8")
    data = tomllib.loads(text)
    return frozenset(
        fold(word)
        for key in ("published_cues", "updated_cues", "other_date_cues")
        for word in data.get(key, ())
    )


def day_first_label(text: str, start: int, ctx: Context, above: str = "") -> bool:
    """True when the date at ``start`` follows a label of a language that writes the day first.

    "Veröffentlicht am 11.03.17", "Publié le 11/03/2017", "Actualizado el 08/05/2022": the
    label is not English, and every other language of the lexicon that writes a numeric
    date with the year last (German, French, Spanish, Italian, Dutch, Portuguese, ...) puts
    the day first. Whoever wrote the label wrote the date in the label's order, whatever
    the page's language: a German date line on an English page of a .com site is 11 March.
    An English label ("Published: 11/03/17"), a label both languages use, or none tells
    nothing: the page's language and region decide (:mod:`newsparse.extract.date_order`).
    The words read are those :func:`date_label` reads; its longest cue decides.
    """
    words = _label_words(fold(text[max(0, start - 60) : start]), ctx.lex)
    sizes = range(min(4, len(words)), 0, -1)
    if not words and above:
        words = _label_words(fold(above), ctx.lex)
        # As in date_label: without a colon the line above must be the label alone.
        sizes = (
            range(min(4, len(words)), 0, -1)
            if above.rstrip().endswith((":", "："))
            else range(len(words), len(words) - 1, -1)
        )
    for size in sizes:
        key = " ".join(words[-size:])
        if is_date_label(key, ctx.lex):
            return key not in _english_cues()
    return False
