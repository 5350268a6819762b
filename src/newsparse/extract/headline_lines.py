"""Line-shape tests for headline candidates: bylines, dates, credits, crumbs, clause ends.

:mod:`newsparse.extract.headline` scores the lines before the body; the tests here say
what else a line looks like, each on its own, from its own text (and the site's name or
the URL's slug). Tests that read the lines around it (menus, bylines and dates under it,
standfirsts) are in :mod:`newsparse.extract.headline_around`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from itertools import accumulate

from newsparse.document import Block
from newsparse.extract import Context
from newsparse.extract.byline import split_names
from newsparse.extract.byline_lines import only_names, read_byline
from newsparse.extract.features import Cue
from newsparse.extract.headline_meta import KICKER_WORDS
from newsparse.extract.headline_slug import slug_overlap
from newsparse.lexicon import SCRIPT_STOPS

# An enum member read as a module constant: on Python 3.11 an enum member read costs a
# metaclass attribute lookup (~8 times a global read), and this is read per block or line.
_CUE_CREDIT = Cue.CREDIT

SENTENCE_WORDS = 16
"""A line of this many words ending in a period is a sentence, whatever precedes the period
("... launched Disney+."), not a headline."""

_SITE_NAME_MIN = 5
"""Shortest site name looked for at the end of a line; shorter labels end words by chance."""

_SITE_NAME_MAX = 80
"""Characters of a line's end compared with site names."""

_SLUG_SHARED = 2
"""Slug stems a headline must share for the standfirst under it to lose its slug bonus."""

_NAMES_LINE_WORDS = 16
"""Longest line read as a list of names: five three-word names and their joints."""

_SCRIPT_CLAUSE_ENDS = "।॥۔։።။។៕،؛"
"""The full stops of :data:`~newsparse.lexicon.SCRIPT_STOPS` (not its question marks: a
headline may ask) and the Arabic comma and semicolon ("،", "؛")."""

_TRAILING_PERIOD = re.compile(
    r"(?:[^\W\d_]{3}\.|\s[a-zß-öø-ÿ]{2}\.|\s\d{4}\.|[:;,。、．" + _SCRIPT_CLAUSE_ENDS + "])$"
)
"""Headlines do not end a sentence or a clause (abbreviations like "U.S." are fine), in
Latin, CJK ("。", "、") or other scripts' punctuation ("।", the danda; "۔", "።", "،"); a
lower-case two-letter word before the period ends a sentence too ("... am Dienstag an.",
"... said it is up."), and so does a year ("... since the start of 2017."): a body sentence
read as a headline hides the body."""


def ends_clause(text: str, lang: str | None = None) -> bool:
    """True when :data:`_TRAILING_PERIOD` finds a sentence or clause end in ``text``.

    A match is at most six characters (" 2017."), before the end or a final newline: only
    the last seven characters are searched, not every position of the line. On a page in
    a language of :data:`_SEMICOLON_ASKS` (``lang``, the page's, decided once) a final ";"
    asks a question, as "?" does: no clause end ("Τι αλλάζει στις συντάξεις;").
    """
    return (
        text.endswith(_CLAUSE_ENDS)
        and _TRAILING_PERIOD.search(text, max(0, len(text) - 7)) is not None
        and not (lang in _SEMICOLON_ASKS and text.rstrip("\n").endswith(";"))
    )


_SEMICOLON_ASKS = frozenset({"el"})
"""Languages whose question mark is ";": Greek (U+037E, which pages mostly type as the
ASCII ";", U+003B; Unicode makes the two canonically equivalent)."""


_CLAUSE_ENDS = (".", ":", ";", ",", "。", "、", "．", *_SCRIPT_CLAUSE_ENDS, "\n")
"""The last characters a :data:`_TRAILING_PERIOD` match leaves (it may stand before a
final newline): most lines end otherwise, settled in C before the pattern's search."""


SENTENCE_BREAK = re.compile(
    r"[.?!。！？" + SCRIPT_STOPS + r"]"
    r"(?:(?<=[^\W\d_]{3}[.?!]) |(?<=[^\W\d_][。！？])\s?|(?<=\S[" + SCRIPT_STOPS + r"]) )"
    r"[^\W\d_]"
)
"""The end of one sentence and the start of the next, inside a line: a Latin stop after a word
of three letters (not an initial or "U.S."), a CJK one (no space after it) or a stop of
:data:`~newsparse.lexicon.SCRIPT_STOPS` ("...किया। पुलिस ...": an Indic word's vowel signs are
no letters to the pattern, so any character before it counts). The match starts at the stop,
so ``re`` skips to the next stop in C; the word before it is read by lookbehinds."""

FULL_STOPS = (".", "。", *_SCRIPT_CLAUSE_ENDS.rstrip("،؛"))
"""The full stops that end a statement: the Latin and CJK ones and the full stops of
:data:`~newsparse.lexicon.SCRIPT_STOPS` (not the Arabic comma and semicolon of
:data:`_SCRIPT_CLAUSE_ENDS`, not a question mark). ``text.endswith(FULL_STOPS)`` is the
headline rules' "ends in a full stop"."""

FULL_STOP_CHARS = frozenset(FULL_STOPS)
""":data:`FULL_STOPS` as a set of characters: ``text[-1:] in FULL_STOP_CHARS`` is
``text.endswith(FULL_STOPS)`` at the cost of one lookup, not one comparison a stop."""

URL_LIKE = re.compile(r"^(?:https?://|www\.)\S+$|://")
"""A line that is (or holds) a URL."""

CRUMB = re.compile(r"\s?[›»>]\s?|\s[|/]\s|\s\d\s")
"""Breadcrumb separators between menu words ("Home › World", "Home>Politics", "Home 9 News")."""

_CRUMB_CHAR = re.compile(r"[›»>|/\d]")
"""A character every breadcrumb separator holds: a line without one has no separator."""

_GUILLEMETS = re.compile(r"«[^«»]*»|»[^«»]*«")
"""A title or quote set in French (``«Vape Wave»``) or German (``»Tatort«``) quote marks:
marks that enclose words, no breadcrumb separators."""

_CLOCK_AFTER = re.compile(r"\W{0,4}(?:[^\W\d]{1,3}\s)?\d{1,2}[:h]\d{2}\b")
"""A clock time right after a date ("27 OCT 2012 - 12:14", "1 mars 2019 à 12:54"): a
timestamp, which no headline carries."""

_PAREN = re.compile(r"[(（]([^()（）]{1,80})[)）]")
"""Bracketed asides, where photo captions keep their credits: "(Credit: AP/Name)"."""

_LABEL = re.compile(r"(?<!\w)([^\W\d_]{4,}):\s")
"""A word used as a label ("Photograph: ", "Foto: "); credit labels mark captions."""

_JA_PHOTO_ASIDE = re.compile(r"\d{1,2}日[、,][^、,]{1,30}で")
"""The aside of a Japanese photo caption: when and where the picture was taken
("記者会見する担当者（2日、東京都内で）"), no headline's."""

_CREDIT_TAIL = re.compile(r"\([^()/]*[^\W\d_]\s?/\s?[^\W\d_][^()/]*\)$")
"""A closing "(Name/Agency)" aside, the shape of a photo credit ("(Jane Roe/AFP)")."""


def ends_with_site_name(folded: str, ctx: Context) -> bool:
    """True when a line ends with the site's name (spaces ignored), of five or more letters.

    Host names ("example.net") are left out: a post about the site itself names its
    domain ("15 years of example.net"); a tagline ends with the brand ("... of Acme Wire").
    """
    names = _tail_names(ctx.site_names)
    return bool(names) and folded.replace(" ", "")[-_SITE_NAME_MAX:].endswith(names)


_TAIL_NAMES: list[tuple[frozenset[str], tuple[str, ...]]] = []
"""The site names :func:`ends_with_site_name` looks for, of the last site names seen."""


def _tail_names(site_names: frozenset[str]) -> tuple[str, ...]:
    """The site names of five letters or more that are no host names, as one tuple.

    A tuple for one ``str.endswith`` call; kept for the last site names seen, as a page
    asks about many lines.
    """
    if _TAIL_NAMES and _TAIL_NAMES[0][0] is site_names:
        return _TAIL_NAMES[0][1]
    names = tuple(n for n in site_names if len(n) >= _SITE_NAME_MIN and "." not in n)
    _TAIL_NAMES[:] = [(site_names, names)]
    return names


_ASKS = ("?", "!", "？", "！", "؟", "፧", "\u037e")
"""The question and exclamation marks of every script (Latin, CJK, Arabic, Ethiopic, Greek)."""


def asks_not_credits(text: str, cue: Cue) -> bool:
    """True for a "credit" (a slash between words) that ends in "?" or "!": a headline.

    "Can fish feel pain / suffer?" has the slash of "Name / Agency", but no photo credit
    asks or exclaims.
    """
    return cue is _CUE_CREDIT and text.endswith(_ASKS) and not text.startswith("©")


def mixed_case_copy(text: str, ctx: Context, lo: int, hi: int) -> str:
    """The same words as written elsewhere in the window, when a copy is not upper-case.

    Style sheets upper-case headlines on screen ("HOMEMADE PEAR JAM"); a breadcrumb or a
    second copy often keeps the case the headline was written in.

    The window's lines are lower-cased once, joined by newlines, and the line is looked
    for in the whole: each window line's first copy is read in order, as a line-by-line
    search would. A line holding a newline, or a window whose lower-casing changes a
    length, is searched line by line (:func:`_mixed_case_by_line`).
    """
    lowered = text.lower()
    if len(lowered) != len(text):
        return text
    others = [b.text for b in ctx.doc.blocks[lo:hi]]
    joined = "\n".join(others)
    folded = joined.lower()
    if "\n" in text or len(folded) != len(joined):
        return _mixed_case_by_line(text, lowered, others)
    size = len(text)
    at = folded.find(lowered)
    if at < 0:
        return text  # most lines: no copy at all, settled in one C scan
    starts = list(map(int.__add__, accumulate(map(len, others), initial=0), range(len(others) + 1)))
    while at >= 0:
        # No copy spans a separator (the line holds no newline): it is line k's first.
        k = bisect_right(starts, at) - 1
        if not joined[at : at + size].isupper():
            return joined[at : at + size]
        at = folded.find(lowered, starts[k + 1])
    return text


def _mixed_case_by_line(text: str, lowered: str, others: list[str]) -> str:
    """:func:`mixed_case_copy` one window line (``others``) at a time."""
    for other in others:
        folded = other.lower()
        at = folded.find(lowered) if len(folded) == len(other) else -1
        if at >= 0 and not other[at : at + len(text)].isupper():
            return other[at : at + len(text)]
    return text


def shares_slug(i: int, slug: set[str], ctx: Context) -> bool:
    """True when block ``i`` is a headline-length line sharing words with the story slug."""
    text = ctx.doc.blocks[i].text
    return (
        ctx.feats[i].words >= KICKER_WORDS
        and not URL_LIKE.search(text)
        and slug_overlap(text, slug) >= _SLUG_SHARED
    )


def repeats_a_word(folded: str, ctx: Context) -> bool:
    """True when one word makes up at least 30% of the words, three times or more.

    Stopwords do not count: a short Spanish or French headline repeats its articles ("el
    informe sobre el agua"), where a share bar repeats its verb ("Enviar a ...").
    """
    words = folded.split()
    if len(set(words)) > len(words) - 2:
        return False  # no word stands three times: most lines, settled in C
    stop = ctx.lex.all_stopwords
    counts = Counter(w for w in words if w not in stop)
    top = max(counts.values(), default=0)
    return top >= 3 and top >= 0.3 * len(words)


def has_credit(text: str, ctx: Context) -> bool:
    """True when a bracketed aside or a "Photo: Name" label holds a photo credit: a caption."""
    # Each pattern needs a literal ("(" or ":"), and most lines hold neither: test for it
    # in C before scanning with a pattern.
    paren = "(" in text or "（" in text
    if paren and _CREDIT_TAIL.search(text):
        return True
    if "/" in text and _agency_tail(text, ctx):
        return True
    for match in _LABEL.finditer(text) if ":" in text else ():
        label = match[1].casefold()
        if label.startswith(_label_cues(ctx.lex.credit_cues)):
            return True
    for match in _PAREN.finditer(text) if paren else ():
        inner = match[1].casefold()
        if any(cue in inner for cue in ctx.lex.credit_cues) or "撮影" in inner:
            return True
        if _JA_PHOTO_ASIDE.fullmatch(inner):
            return True
    return False


_LABEL_CUES: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
"""The credit cues of the last lexicon seen that a label may open with, as one tuple."""


def _label_cues(cues: tuple[str, ...]) -> tuple[str, ...]:
    """The credit ``cues`` of four letters or more, as one tuple for ``str.startswith``.

    Kept for the last cues seen: a page asks about many lines.
    """
    if _LABEL_CUES and _LABEL_CUES[0][0] is cues:
        return _LABEL_CUES[0][1]
    found = tuple(cue for cue in cues if len(cue) >= 4)
    _LABEL_CUES[:] = [(cues, found)]
    return found


_GLUED_STEPS = re.compile(
    r"[a-zß-öø-ÿ]{2}[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,}[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,}[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]"
)
"""Four capitalised words glued without spaces ("NewsLocalBiharPatna", "CosplayReviewShop"
after "Reel"): menu or breadcrumb steps whose separators were icons or styling. Names glue
two or three ("YouTube", "PlayStation", "DevSecOps")."""


_CAPS_KICKER = re.compile(r"(?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]{2,} ){2,5}(?=[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ])")
"""Two to five upper-case words of three letters or more before a capitalised word: a
kicker printed on the headline's line ("CHILDHOOD SWEETHEART Who is ...")."""

_KICKED_REST = 4
"""Fewest words a headline keeps after its upper-case kicker is cut."""


def without_caps_kicker(text: str) -> str:
    """The line without an upper-case kicker glued before a headline in mixed case.

    Style sheets set the kicker apart (colour, size) and the dump glues it on; acronyms
    are shorter ("US", "UK", "EU") or stand alone, and an upper-case headline has no
    mixed-case rest.
    """
    if not text[1:2].isupper():
        return text  # most lines: the second letter settles it
    match = _CAPS_KICKER.match(text)
    if match is None:
        return text
    rest = text[match.end() :]
    return rest if len(rest.split()) >= _KICKED_REST and not rest.isupper() else text


def glued_steps(text: str) -> bool:
    """True when a line holds four capitalised words glued together: a menu or trail."""
    return _GLUED_STEPS.search(text) is not None


def _agency_tail(text: str, ctx: Context) -> bool:
    """True for a line closed by a bare "Name/Agency" credit ("... Jane Roe/Reuters").

    Captions glue the photographer and the agency after their sentence; a headline with
    a slash joins words or figures ("2024/25", "AC/DC"), not a credit word.
    """
    head, _, agency = text.rpartition("/")
    if not head[-1:].isalpha() or not head[-1:].islower():
        return False  # "AC/DC", "2024/25": no photographer's name before the slash
    agency = agency.strip().casefold()
    return any(agency == cue or agency.startswith(f"{cue} ") for cue in ctx.lex.credit_cues)


_HAN_KANA = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
"""Han and kana characters: scripts written without spaces between words (Hangul is not)."""

_HANGUL = re.compile(r"[\uac00-\ud7af]")
"""Hangul syllables: Korean spaces its words, so a spaced Korean line is a plain line."""

_GLUED_ITEMS = 3
"""Fewest space-separated Han or kana segments that make a line a glued list of links."""


def glued_cjk_items(text: str) -> bool:
    """True for a Chinese or Japanese line of three or more space-separated phrases.

    Chinese and Japanese write no spaces between words: a headline holds one phrase, or
    two ("停戦「最も合意に近い」 最終案に双方同意か"). A text dump of a menu or a teaser
    row glues its links with spaces ("人民网智慧党建体验中心 828企业服务平台 人民云"), each
    link a phrase of its own.
    """
    if text.count(" ") < _GLUED_ITEMS - 1 or text.isascii():
        return False  # most lines: too few spaces, or no CJK at all
    parts = text.split()
    return (
        len(parts) >= _GLUED_ITEMS
        and all(_HAN_KANA.search(part) is not None for part in parts)
        and _HANGUL.search(text) is None
    )


def is_breadcrumb(folded: str, ctx: Context) -> bool:
    """A trail of menu words: a navigation word first and separators between words."""
    if _CRUMB_CHAR.search(folded) is None:
        return False  # most lines: no separator can match
    if "«" in folded:
        # Quote marks around a title are no separators: the words they enclose are left.
        folded = _GUILLEMETS.sub(" ", folded)
    first = folded.split(" ", 1)[0]
    return len(CRUMB.findall(folded)) >= 2 or (
        first in ctx.lex.navigation_lines and bool(CRUMB.search(folded))
    )


_LINK_RUN_WORDS = 5
"""Fewest words of a line read as a run of link texts (:func:`link_run`)."""

_LINK_RUN_SHARE = 0.6
"""Least share of a link run's characters that sit inside links."""

_LINK_RUN_STOP_SHARE = 8
"""Fewest words per stopword of a link run: more stopwords make a sentence."""


def link_run(block: Block, words: int, folded: str, ctx: Context) -> bool:
    """True for an HTML line of many short link texts: a tag cloud, or a list of links.

    A block of ``words`` words (``folded`` folded) that is mostly link text, with at least
    one character outside the links per space between its words, holds a link every word
    or two: the spaces between the links. A headline is one link at most, so its text is
    all link or little of it; a menu's run of link texts ("This week's words ciceronian
    maudlin hermetic ...") holds no sentence either: one stopword in eight words at most
    (:data:`_LINK_RUN_STOP_SHARE`), where a headline behind an unlinked kicker ("Exclusive:
    <a>Mayor defends the budget</a>") has its articles and prepositions. Headings are
    left to their mark.
    """
    linked, size = block.link_chars, len(block.text)
    if words < _LINK_RUN_WORDS or block.heading_level or linked < _LINK_RUN_SHARE * size:
        return False
    if size - linked < words - 1:
        return False
    stop = ctx.lex.all_stopwords
    return sum(w in stop for w in folded.split()) * _LINK_RUN_STOP_SHARE <= words


def names_line(text: str, words: int, ctx: Context) -> bool:
    """True for a line that is nothing but two or more names ("Jane Doe and John Roe").

    A bare byline reads like a short title-case line, and under a headline it is as close
    to the date and the body; headlines name people among other words.
    """
    return words <= _NAMES_LINE_WORDS and only_names(text, ctx.lex, ctx.site_names)


def has_byline_prefix(folded: str, ctx: Context) -> bool:
    """True when a folded line opens with a byline prefix ("by", "von", "par")."""
    return ctx.lex.byline_prefix.match(folded) is not None


def is_byline_or_date(i: int, ctx: Context) -> bool:
    """Lines that open with a byline prefix or hold a full date are not headlines.

    A dated line longer than a date line's twelve words is one still when the date
    fills much of it, or when only names stand before the date (and its publication
    label): a bare byline of three names, one with particles ("François de La Roche,
    Camille Lefèvre et Étienne Lefèvre · 5 octobre 2023", "... · Publicado el 15/09/2023"),
    runs past twelve words.
    """
    text, folded = ctx.doc.blocks[i].text, ctx.feats[i].folded
    if has_byline_prefix(folded, ctx) and len(folded.split()) <= 20 and split_names(text, ctx.lex):
        return True
    if "\uff1a" in text and len(text) <= _HAN_META_CHARS and read_byline(text, ctx.lex).prefixed:
        return True  # "来源：人民网 作者：张伟": a label inside a CJK meta line credits a name
    dates = ctx.block_dates[i]
    if not dates:
        return False
    if dates[0].start <= 2 or any(_CLOCK_AFTER.match(text, d.end) for d in dates):
        return True
    return (
        len(folded.split()) <= 12
        or sum(m.end - m.start for m in dates) >= 0.3 * len(text)
        or only_names(_unlabelled(text[: dates[0].start], ctx), ctx.lex, ctx.site_names)
    )


_HAN_META_CHARS = 60
"""Most characters of a CJK meta line whose inner label credits an author."""

_LABEL_WORDS = 3
"""Most words of a publication label between a bare byline and its date ("Publicado el")."""


def _unlabelled(before: str, ctx: Context) -> str:
    """The text before a date without the joints and publication label closing it.

    "Paula Fernández, Ana Belén López y Sergio Martínez Ruiz · Publicado el" gives the names.
    """
    before = before.rstrip(_DATE_JOINTS)
    words = before.split()
    cues = ctx.lex.published_cues
    for k in range(min(_LABEL_WORDS, len(words) - 1), 0, -1):
        if " ".join(words[-k:]).casefold() in cues:
            return " ".join(words[:-k]).rstrip(_DATE_JOINTS)
    return before


_DATE_JOINTS = " \t·•|,;:–—-"
"""What joins a bare byline to the date after it ("Jane Doe, John Roe · 5 May 2023")."""
