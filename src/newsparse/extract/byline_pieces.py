"""Cutting a byline line into pieces: separators, dates, times, addresses and prefixes.

:mod:`newsparse.extract.byline_lines` reads a line from the pieces cut here (its names by
:mod:`newsparse.extract.byline_parts`); the patterns are shared with
:mod:`newsparse.extract.byline` (a line's digits, times and separators).
"""

from __future__ import annotations

import re

from newsparse.dates import calendar_date_spans, find_dates
from newsparse.extract.byline_names import word_sets
from newsparse.lexicon import Lexicon

__all__ = [
    "DIGIT",
    "JOINT",
    "PIECE",
    "TAIL",
    "TIME",
    "URLISH",
    "cut_pieces",
    "split_parts",
    "strip_prefix",
]

_EMAIL = re.compile(r"(?<!\S)[^\s@]+@[^\s@]+\.\w+")
"""An e-mail address; starts only at a word start, so long runs of symbols stay linear."""
_HANDLE = re.compile(r"@\w+")
"""A social handle, also glued to a name ("Jane Doe@janedoe"); e-mails are removed first."""
URLISH = re.compile(r"https?://\S+|www\.\S+")
"""A web address."""
TIME = re.compile(
    r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?:\s*[aApP]\.?[mM]\.?)?"
    r"(?:\s+(?:(?:Uhr|[A-Z]{2,4})\b|\([A-Z]{2,4}\)))?"
)
"""A clock time with its am/pm and zone or "Uhr" ("4:00 AM EDT", "01:34 PM (IST)", "14:07 Uhr")."""
TAIL = re.compile(r"[\s\d](?:(?<=\d)|(?<=\s)\s*(?:[|/•·]|[-–—]\s)).*$")
r"""A byline's tail: after a separator, a spaced dash or the first digit ("Jane Doe | 3h").

That is ``(?:\s+[|/•·]|\s+[-–—]\s|\d).*$``, written to open with one character class
(a digit, or the first space before the separator), so the scan skips to candidates in C."""
PIECE = re.compile(r"[\s|•·/–—](?:(?<=[|•·/–—])\s*|(?<=\s)\s*[|•·/–—]\s*|(?<=\s)\s*-\s+)")
r"""Separators between the parts of a byline line ("Jane Doe | Outlet · Posted ...").

That is ``\s*[|•·/–—]\s*|\s+-\s+``, written to open with one character class (the
separator, or the first space before it), so the scan skips to candidates in C."""
_LEAD = " /|:·•-–—>»*#\u200e\u200f"
"""Decoration stripped from the start of a byline piece ("// By Jane Doe"), and the
direction marks a right-to-left line opens with."""
DIGIT = re.compile(r"\d")
"""Any digit: a line without one holds no date or time."""
_GLUED_PREFIX = re.compile(r"([a-z]{2,4}|[A-Z][a-z]{1,7})(?=[A-ZÀ-Þ][a-zà-ÿ])")
"""A short word glued to a capitalised one ("bySauli", "AuthorAndreas")."""

_SPLIT = re.compile(r"[\s,;](?:(?<=[,;])\s*|(?<=\s)\s*(?:[,;]|(?<=\s)[&+/]\s)\s*)")
r"""Separators between several names in one byline.

That is ``\s*(?:,|;|\s&\s|\s\+\s|\s/\s)\s*``, written to open with one character class
(the comma or semicolon, or the first space before the separator), so the scan skips to
candidates in C instead of trying the whole pattern at every character."""
JOINT = re.compile(r"[,;&+/]")
"""A character one of the :data:`_SPLIT` separators needs."""


def split_parts(text: str, maxsplit: int = 0) -> list[str]:
    """Split a byline at the joints between names (``_SPLIT.split``).

    Most texts hold no separator character, and one C scan says so.
    """
    return _SPLIT.split(text, maxsplit) if JOINT.search(text) else [text]


def strip_prefix(text: str, lex: Lexicon, bare_label: bool = False) -> tuple[str, bool]:
    """Remove a leading byline prefix ("By", "Von:", "bySauli Giliard"); say whether one was.

    With ``bare_label`` a label noun needs no colon (after a date on a dated line).
    """
    text = text.lstrip(_LEAD)
    folded = text.casefold()
    match = lex.byline_prefix.match(folded)
    if match is not None:
        prefix = match.group()[:-1]
        rest = text[len(prefix) :]
        # A label noun ("Text", "Author") is a prefix only with a colon ("Text Edge Style"
        # is a menu); a preposition ("By", "Von", "written by") needs none, nor does a
        # label after a date ("Posted on <date> Author Jane Doe").
        if bare_label or rest.lstrip(" \u00a0")[:1] == ":" or _preposition(prefix, lex):
            rest = rest.lstrip(" :\u00a0")
            if rest:
                return rest, True
    else:
        # "bySauli Giliard": a lower-case preposition glued to a capitalised name;
        # "AuthorAndreas Kalt": a label glued to it (the glue stands in for the colon).
        glued = _GLUED_PREFIX.match(text)
        if glued is not None:
            word = glued.group(1)
            if word.casefold() in word_sets(lex).prefixes and (
                word.istitle() or _preposition(word, lex)
            ):
                return text[len(word) :], True
    return text, False


def _preposition(prefix: str, lex: Lexicon) -> bool:
    # A verb ("Escribe Jane Doe") needs no colon either.
    return prefix.rsplit(" ", 1)[-1] in lex.all_stopwords or prefix in lex.byline_verbs


def cut_pieces(text: str) -> tuple[list[str], bool]:
    """Cut a line into the stretches between separators, dates and times.

    Returns the non-empty pieces and whether a date or time was among the cuts.
    """
    # Each pattern needs a literal ("@", "http"/"www.", ":"): most lines hold none of them.
    if "@" in text:
        text = _EMAIL.sub(" ", text)
    if "http" in text or "www." in text:
        text = URLISH.sub(" ", text)
    if "@" in text:
        text = _HANDLE.sub(" ", text)
    dated = False
    spans: list[tuple[int, int]] | None = None
    # A page calendar's numeric date ("علی رضایی ۱۴۰۵/۰۹/۰۶"), which find_dates leaves to
    # the page's language, is a cut all the same.
    if ("/" in text or "-" in text or "." in text) and (more := calendar_date_spans(text)):
        spans = sorted({*((m.start, m.end) for m in find_dates(text)), *more})
    elif mentions := find_dates(text):
        spans = [(m.start, m.end) for m in mentions]
    if spans:
        dated = True
        cut = []
        last = 0
        for start, end in spans:
            if start < last:
                continue  # inside the previous date
            cut.append(text[last:start])
            last = end
        cut.append(text[last:])
        text = " | ".join(cut)
    text, times = TIME.subn(" | ", text) if ":" in text else (text, 0)
    pieces = [p.strip(_LEAD + " ") for p in PIECE.split(text)]
    return [p for p in pieces if p], dated or times > 0
