"""Person names in bylines: what a name looks like, and the word sets byline reading uses.

:mod:`newsparse.extract.byline_lines` cuts a line into pieces; this module says which
tokens of a piece make a personal name.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import NamedTuple

from newsparse.lexicon import Lexicon
from newsparse.spaces import by_pieces

__all__ = [
    "PARTICLES",
    "bio_name",
    "bracket_signoff",
    "caseless_names",
    "cjk_name",
    "cjk_names",
    "cjk_role_names",
    "is_name",
    "is_site",
    "name_token",
    "name_tokens",
    "plain",
    "split_run",
    "word_sets",
]

_GLUED = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ])")
"""A lower-to-upper case step inside a word: "JamesStaff" (a name glued to a role)."""

_GLUED_OK = re.compile(r"^(?:Mc|Mac|De|Di|Da|Van|Von|La|Le|O')", re.IGNORECASE)
"""Name prefixes that legitimately step from lower to upper case (McDonald, DeShawn)."""

_NAME_TOKEN = re.compile(r"^(?:[^\W\d_][\w'’.-]*)$")
"""One token of a personal name: starts with a letter."""
_BAD_TOKEN_END = ("..", "-")
"""Token ends that no name has ("Min..", "Ober-")."""

_NAME_STOPWORDS = frozenset(
    {"dan", "will", "per", "ma", "su", "ha", "bo", "jo", "han", "till", "sina", "hun", "kun"}
    | {"kan", "noe", "ke"}
)
"""Function words of some language that are also given names ("Dan Goodin", "Will Smith",
"Till Eckert", "Sina Doe"): a capitalised token of these may stand in a name."""

PARTICLES = frozenset(
    {
        "al",
        "al-",
        "bin",
        "ibn",
        "de",
        "del",
        "della",
        "der",
        "di",
        "da",
        "dos",
        "du",
        "la",
        "le",
        "van",
        "von",
        "zu",
        "ter",
        "ten",
        "y",
        "e",
        "el",
        "mc",
        "st.",
        "abu",
        "ben",
        "do",
        "das",
    }
)
"""Lower-case name particles (van, von, al, de...)."""


LEGAL_FORMS = frozenset(
    {"gmbh", "ag", "kg", "ug", "e.v.", "ltd", "ltd.", "inc", "inc.", "llc", "plc", "corp."}
    | {"s.a.", "s.l.", "srl", "s.r.l.", "s.p.a.", "b.v.", "n.v.", "s.a.s."}
)
"""Legal forms of companies, folded: a name holding one ("Web Commerce GmbH", "Example
Media Ltd.") is a firm's, not a person's (a web agency declared as a page's author)."""

ORG_NOUNS = frozenset(
    {"authority", "agency", "council", "department", "ministry", "association", "commission"}
    | {"committee", "institute", "foundation", "federation", "university", "administration"}
)
"""Nouns that end an organisation's English name, folded: a name ending with one ("Ottawa
School Transportation Authority", "State Tax Commission") is a body's, not a person's."""

_SECOND_PARTICLES = frozenset({"der"})
"""Particles that stand in a name only after another particle ("von der", "van der")."""


class _WordSets(NamedTuple):
    """Unions of lexicon lists that byline reading looks words up in."""

    date_cues: frozenset[str]
    """Labels before a published or updated date."""
    name_stops: frozenset[str]
    """Words that end a name: roles and date labels."""
    menu_lines: frozenset[str]
    """Whole lines that are navigation or widgets."""
    not_in_names: frozenset[str]
    """Words that never occur in a name: date labels, navigation and widget words, and the
    lexicon's non-name words (greetings, "via", "blog")."""
    credits: frozenset[str]
    """Photo-credit labels ("photo", "tangkapan layar"): a name never opens with one."""
    credit_heads: frozenset[str]
    """First words of the credit labels of two words ("tangkapan", "getty")."""
    prefixes: frozenset[str]
    """The byline prefixes as a set (the lexicon keeps them longest first, for scanning)."""
    preposition_ends: tuple[str, ...]
    """One-word byline prefixes that are function words, after a space (" by", " von",
    " par"): a line ending with one ("... is sponsored by") is a label cut from what it
    introduces. A tuple, for one ``str.endswith`` call."""


_SETS: list[tuple[Lexicon, _WordSets]] = []
"""The unions of the last lexicon seen (building them per line cost more than the rest)."""


def word_sets(lex: Lexicon) -> _WordSets:
    """Return the word-set unions of ``lex`` (cached for the last lexicon seen)."""
    if _SETS and _SETS[0][0] is lex:
        return _SETS[0][1]
    dates = lex.published_cues | lex.updated_cues
    menus = lex.navigation_lines | lex.widget_lines
    sets = _WordSets(
        date_cues=dates,
        name_stops=lex.role_words | dates,
        menu_lines=menus,
        not_in_names=dates | menus | lex.non_name_words,
        credits=frozenset(lex.credit_cues),
        credit_heads=frozenset(c.split()[0] for c in lex.credit_cues if " " in c),
        prefixes=frozenset(lex.byline_prefixes),
        preposition_ends=tuple(
            " " + p for p in lex.byline_prefixes if " " not in p and p in lex.all_stopwords
        ),
    )
    _SETS[:] = [(lex, sets)]
    return sets


_CJK_NAME = re.compile(r"[\u4e00-\u9fff\uac00-\ud7a3]{2,4}")
"""A personal name in Han or Hangul: two to four syllables, no spaces ("김혜진", "焦鹏")."""


def cjk_name(tokens: list[str], lex: Lexicon) -> str:
    """Return the Han or Hangul name of a two-token byline beside a reporter word, or "".

    These scripts have no case, so :func:`is_name` cannot tell a name from a word; the role
    word makes it safe: "김혜진 기자" (Korean puts it after the name), "记者 焦鹏" (Chinese
    before). Only a short run of the name's own script counts, and only the two tokens.
    """
    if len(tokens) == 1:
        return _glued_role_name(tokens[0], lex)
    if len(tokens) != 2:
        return ""
    first, second = tokens
    if second in lex.role_words and _CJK_NAME.fullmatch(first):
        return first
    if first in lex.role_words and _CJK_NAME.fullmatch(second):
        return second
    return ""


_GLUED_NAME = re.compile(r"[\u4e00-\u9fff\uac00-\ud7a3]{3,4}")
"""A name with a reporter word glued after it ("山田太郎記者", "홍길동기자"): three or four
syllables, as most Japanese and Korean names have; two are as often a desk or a modifier
("摄影记者", photo reporter; "央视记者", CCTV's reporter)."""

_DESK_ENDS = frozenset("社报報台网網部局闻聞信")
"""Last characters of a news organisation or desk, not of a name: agency or company (社),
paper (报, 報, 闻, 聞), station (台), site (网, 網), desk (部), bureau (局), news service (信)."""

_GLUED_NAME_AFTER = re.compile(r"[\u4e00-\u9fff]{2,3}")
"""A Chinese name after a reporter word glued before it: two or three Han characters."""

_MOST_PRECEDED_CHARS = 3
"""Most characters of a Chinese name after a glued reporter word ("记者欧阳" is a surname)."""

_LEAST_GLUED_CHARS = 5
"""Fewest characters of a name with its reporter word glued after it ("山田太郎記者")."""

_MOST_GLUED_CHARS = 8
"""Most characters of a name with its reporter word glued on."""


def _glued_role_name(token: str, lex: Lexicon) -> str:
    """The name of ``token`` when it is a Han or Hangul name glued to a reporter word, or "".

    "山田太郎記者" (Japanese), "홍길동기자" (Korean): the reporter word ends the token and
    what precedes it is a :data:`_GLUED_NAME` that ends as no desk does (:data:`_DESK_ENDS`:
    not "新华社记者"). The longest reporter word decides ("本报记者" alone is a role).
    """
    if not 4 <= len(token) <= _MOST_GLUED_CHARS or token in lex.role_words:
        return ""
    for cut in (4, 3, 2):
        # "记者张三": a Chinese reporter word glued before a name of two or three characters
        # that opens with a common family name (a noun after it is no name: "记者招待会").
        if token[:cut] in lex.role_words:
            name = token[cut:]
            short = 2 <= len(name) <= _MOST_PRECEDED_CHARS
            glued = short and _GLUED_NAME_AFTER.fullmatch(name) is not None
            return name if glued and name[0] in lex.surnames else ""
    if len(token) < _LEAST_GLUED_CHARS:
        return ""
    for cut in (4, 3, 2):
        if token[-cut:] in lex.role_words:
            name = token[:-cut]
            glued = _GLUED_NAME.fullmatch(name) is not None and name[-1] not in _DESK_ENDS
            return name if glued else ""
    return ""


_CASELESS_JOINT = re.compile(r"[,،;؛]")
"""Separators between the names of a byline in a script without case (the Arabic comma and
semicolon too)."""

_CASELESS_NAME_WORDS = range(2, 5)
"""Words of one name in a script without case: "علی رضایی", "محمد بن سلمان آل سعود"."""

_JOINERS = frozenset("\u200c\u200d\u0640")
"""Characters inside a word of a script without case that are no letters: the zero-width
non-joiner and joiner (Persian "‌"), the Arabic tatweel."""


def _caseless_word(word: str) -> bool:
    """True for a word of letters (and their marks) of a script without case.

    No Latin, Greek or Cyrillic letter, no digit, no punctuation.
    """
    if not word[0].isalpha() or word[0].isascii() or word[0].upper() != word[0].lower():
        return False
    return all(
        c in _JOINERS
        or (c.isalpha() and c.upper() == c.lower())
        or unicodedata.category(c)[0] == "M"
        for c in word
    )


def caseless_names(piece: str, lex: Lexicon) -> tuple[str, ...]:
    """The names a byline prefix introduces in a script without case, or ().

    Arabic, Persian, Hebrew and the Indic scripts have no capitals to tell a name from other
    words (:func:`is_name`); the prefix ("بقلم:", "نویسنده:", "लेखक:") is the evidence, as a
    reporter word is for Han and Hangul (:func:`cjk_name`). Each name is two to four words
    of that script, none a function word or a cue word; names are parted by commas and
    conjunctions ("و"). The first part that is no name ends the byline; a first part that
    is none reads nothing.
    """
    # A right-to-left line may wrap its names in direction marks (U+200E, U+200F).
    words = piece.strip(" ()[]\u200e\u200f").split()
    if not words or not _caseless_word(words[0]):
        return ()
    for k, word in enumerate(words):
        if any(map(str.isdigit, word)):
            # A date the line's cuts did not know ("۰۵/۰۹/۱۴۰۳" of a page calendar) ends it.
            words = words[:k]
            break
    sets = word_sets(lex)
    joined = " ".join(_part_words(words, lex))
    names: list[str] = []
    for part in _CASELESS_JOINT.split(joined):
        tokens = part.split()
        if not tokens and names:
            continue
        if (
            len(tokens) not in _CASELESS_NAME_WORDS
            or not all(map(_caseless_word, tokens))
            or any(t in lex.all_stopwords or t in sets.not_in_names for t in tokens)
            or part.strip() in lex.staff_words
            or part.strip() in lex.agencies
        ):
            break
        if (name := " ".join(tokens)) not in names:
            names.append(name)
    return tuple(names)


def _part_words(words: list[str], lex: Lexicon) -> list[str]:
    """``words`` with a comma for each conjunction, alone ("و") or glued to a name ("وأحمد").

    A glued one parts two names of two words at least ("محمد علي وأحمد حسن"), and not a
    name that opens with its letter (:attr:`Lexicon.conjunction_names`: "وليد").
    """
    out: list[str] = []
    run = 0  # words of the current name
    for k, word in enumerate(words):
        if word in lex.author_conjunctions:
            out.append(",")
            run = 0
            continue
        if (
            run >= 2
            and len(word) > 3
            and word[0] in lex.author_conjunctions
            and word not in lex.conjunction_names
            and k + 1 < len(words)
            and words[k + 1] not in lex.author_conjunctions
            and not _CASELESS_JOINT.search(word)
        ):
            out += (",", word[1:])
            run = 1
        else:
            out.append(word)
            run = 0 if _CASELESS_JOINT.search(word) else run + 1
    return out


_CJK_JOINT = re.compile(r"[\s,;]+")
"""Separators between the names of a Han or Hangul byline ("、" and "，" read as commas)."""

_MOST_CJK_NAMES = 8
"""Most names of one Han or Hangul byline."""


def cjk_role_names(piece: str, lex: Lexicon) -> tuple[str, ...]:
    """Return the Han or Hangul names one reporter word credits together, or ().

    Chinese papers print the word once before all the reporters ("本报记者 张建国 赵娜"),
    Japanese ones once after them ("山田直樹、中村直樹 記者"): every other part must be a
    short run of those scripts, as :func:`cjk_name` asks of a single name. Two names at
    least (one is :func:`cjk_name`'s).
    """
    parts = [p for p in _CJK_JOINT.split(piece.strip(" ()[]")) if p]
    if len(parts) < 3 or len(parts) > _MOST_CJK_NAMES + 1:
        return ()
    if parts[0] in lex.role_words:
        names = parts[1:]
    elif parts[-1] in lex.role_words:
        names = parts[:-1]
    else:
        return ()
    if not all(_CJK_NAME.fullmatch(p) for p in names):
        return ()
    return tuple(dict.fromkeys(names))


_BRACKET_SIGNOFF = re.compile(r"【([^【】]{3,60})】$")
"""A Japanese sign-off in lenticular brackets closing a paragraph ("。【エルサレム松岡大地】")."""

_BRACKET_PART = re.compile(
    r"(?:[\u30a1-\u30fa\u30fc]{2,}|[\u4e00-\u9fff]{1,4}・)?([\u4e00-\u9fff]{2,5})"
)
"""One reporter of a bracketed sign-off: a place in katakana or in Han before "・"
("エルサレム", "大阪・"), then the name in Han ("松岡大地")."""

_HAN_ONLY_NAME = re.compile(r"[\u4e00-\u9fff]{3,4}")
"""A reporter named without a place: three or four Han characters. Two read as an agency
or a desk ("共同", "時事"), and five and more as a place run into a name."""


def bracket_signoff(text: str) -> tuple[str, ...]:
    """Return the reporters a Japanese story signs off with in 【】 brackets, or ().

    Japanese papers close a story with where and by whom it was written, names joined by
    "、" ("【エルサレム松岡大地、カイロ金子淳】"). Every part must be a place and a Han name,
    or a bare three- or four-character name: a bracketed heading ("【時系列で見る】") or
    a promotion holds kana or other words.
    """
    match = _BRACKET_SIGNOFF.search(text, max(0, len(text) - 62)) if text.endswith("】") else None
    if match is None:
        return ()
    names: list[str] = []
    for part in match.group(1).split("、"):
        found = _BRACKET_PART.fullmatch(part)
        bare = found is not None and found.start(1) == 0
        if found is None or (bare and not _HAN_ONLY_NAME.fullmatch(part)):
            return ()
        names.append(found.group(1))
    return tuple(dict.fromkeys(names))


def cjk_names(piece: str) -> tuple[str, ...]:
    """Return the Han or Hangul names a byline prefix introduces ("责编：牛镛、岳弘彬"), or ().

    Only after a prefix, and only when every part is a short run of those scripts: a name
    has no spaces in them, so a longer part is a phrase and the piece no byline.
    """
    parts = [p for p in _CJK_JOINT.split(piece.strip(" ()[]")) if p]
    if not parts or len(parts) > 8 or not all(_CJK_NAME.fullmatch(p) for p in parts):
        return ()
    return tuple(dict.fromkeys(parts))


def is_name(tokens: list[str], lex: Lexicon) -> bool:
    """True for a plausible personal name: 2–5 tokens, capitalised except particles."""
    if not 2 <= len(tokens) <= 5:
        return False
    sets = word_sets(lex)
    first = tokens[0].casefold()
    if first in sets.credits or (
        first in sets.credit_heads and f"{first} {tokens[1].casefold()}" in sets.credits
    ):
        return False  # "Tangkapan Layar TVRI" (a screenshot's credit), "Foto Jane Doe"
    if len(tokens[-1]) > _SUFFIX_MAX and tokens[-1].endswith("."):
        return False  # a sentence's end ("Internatskolan Lundsberg."), not "Jr." or "R."
    if all(len(t.rstrip(".")) < 2 for t in tokens):
        return False  # initials only: share icons' letters ("F T W M"), no surname
    capitals = 0
    for k, token in enumerate(tokens):
        if not name_token(token, lex):
            return False
        if token in _SECOND_PARTICLES and (k == 0 or tokens[k - 1].casefold() not in PARTICLES):
            # "von der Leyen", "van der Berg"; "Reaktionen der Opposition" is a heading.
            return False
        capitals += token[0].isupper()
    return capitals >= 2


_SUFFIX_MAX = 4
"""Longest last token of a name that ends in a period: "Jr.", "Snr.", an initial."""

_RUN_TOKENS = 4
"""Fewest tokens of a name that may be two names run together ("Jane Doe Gear Team")."""


def split_run(name: str, texts: Sequence[str], lex: Lexicon) -> list[str]:
    """Split a long name into the names it runs together, when the page names them apart.

    A byline printed without separators ("SCOTT GILBERTSON GEAR TEAM") reads as one name.
    A two- or three-token head that the page (its blocks' ``texts``) names more often than
    the whole ("Scott Gilbertson is a senior writer ...", "Photograph: Scott Gilbertson") is
    a name of its own; the rest must be a name too. A long name the page always writes whole
    ("Carlos Alberto Garcia Lopez") stays one. The head's words read as the given names of
    another person ("dijo Ana Belén Sánchez", the byline's "Ana Belén García y ...") are no
    evidence: "Ana Belén Martínez Ruiz" is one name with two surnames.
    """
    tokens = name.split()
    if len(tokens) < _RUN_TOKENS:
        return [name]
    folded_texts = [text.casefold() for text in texts]
    page = " ".join(folded_texts)
    whole = page.count(name.casefold())
    names: list[str] = []
    at = 0
    while len(tokens) - at >= _RUN_TOKENS:
        for size in (3, 2):
            head = tokens[at : at + size]
            if is_name(head, lex) and _named_apart(tokens, at, size, texts, folded_texts) > whole:
                names.append(" ".join(head))
                at += size
                break
        else:
            break
    rest = tokens[at:]
    return [*names, " ".join(rest)] if names and is_name(rest, lex) else [name]


_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
"""A word of a name ("Ana", "O'Brien", "Martínez-Ruiz"), to read the word after a head."""


def _named_apart(
    tokens: list[str], at: int, size: int, texts: Sequence[str], folded_texts: list[str]
) -> int:
    """How often the page names ``tokens[at:at + size]``, not as another person's given names.

    The head followed on its line by a capitalised word or a name particle other than the
    long name's own next word ("Ana Belén Sánchez", "Ana Belén de la Fuente" against "Ana
    Belén Martínez Ruiz") names someone else.
    """
    head = [t.casefold() for t in tokens[at : at + size]]
    folded_head = " ".join(head)
    named = others = 0
    own_next = tokens[at + size].casefold()
    for text, folded_text in zip(texts, folded_texts, strict=True):
        if folded_head not in folded_text:
            continue
        named += folded_text.count(folded_head)
        words = list(_WORD.finditer(text))
        folded = [w.group().casefold() for w in words]
        for i in range(len(words) - size):
            if folded[i : i + size] != head:
                continue
            after = words[i + size]
            gap = text[words[i + size - 1].end() : after.start()]
            if (
                (after.group()[0].isupper() or folded[i + size] in PARTICLES)
                and gap.strip(" ") == ""
                and folded[i + size] != own_next
            ):
                others += 1
    return named - others


def name_token(token: str, lex: Lexicon) -> bool:
    """True for a token that may stand in a personal name (see :func:`is_name`)."""
    if not _NAME_TOKEN.match(token) or token.endswith(_BAD_TOKEN_END):
        return False
    folded = token.casefold()
    if not token[0].isupper() and folded not in PARTICLES and not token.startswith(("al-", "el-")):
        return False
    # Function words ("DAS ERWARTEN WIR", "Bei Protesten") do not occur in names.
    return not (
        folded in lex.all_stopwords
        and folded not in PARTICLES
        and not (folded in _NAME_STOPWORDS and token.istitle())
    )


def without_agency(tokens: list[str], lex: Lexicon) -> list[str]:
    """Cut an agency run onto a name's end ("Tom Davies Associated Press"), if one is.

    A name keeps its first two tokens: "Jane Doe" is cut from "Jane Doe AP", not "Jane".
    """
    for k in range(2, len(tokens)):
        if " ".join(tokens[k:]).casefold() in lex.agencies:
            return tokens[:k]
    return tokens


def plain(text: str) -> str:
    """A name's text as its other spellings share it: case, accents and dots set aside.

    "Jeré Longman" and "JERE LONGMAN", "R.C. Baker" and "R. C. Baker" read the same: a
    declared author printed on the page in another spelling is still the one printed.
    """
    # A long text (the visible text of a page of one paragraph) is read a piece at a time:
    # the words of all of it at once would take about 13 times its size.
    return by_pieces(text, _plain)


def _plain(text: str) -> str:
    text = text.casefold()
    if not text.isascii():
        text = "".join(
            c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
        )
    return " ".join(text.replace(".", " ").split())


def is_site(folded: str, site_names: frozenset[str]) -> bool:
    """True when a folded name is the site's ("Daily Planet" for daily-planet.example)."""
    return (
        folded in site_names
        or folded.replace(" ", "-") in site_names
        or folded.replace(" ", "") in site_names
    )


def name_tokens(tokens: list[str], lex: Lexicon, site_names: frozenset[str]) -> list[str]:
    """Keep the leading tokens of a name: stop at a role, date cue, site name or glued role.

    Month and short weekday words do not stop a name (Jan, April, Di are names too): the
    dates they belong to were removed before.
    """
    stops = word_sets(lex).name_stops
    kept: list[str] = []
    for token in tokens:
        folded = token.casefold().strip(".,")
        if folded in stops or folded in site_names or (len(folded) > 3 and folded in lex.weekdays):
            break
        pieces = _GLUED.split(token)
        if len(pieces) > 1 and len(kept) >= 1 and not _GLUED_OK.match(token):
            kept.append(pieces[0])
            break
        kept.append(token)
    while kept and kept[-1].casefold() in lex.all_stopwords:
        kept.pop()
    if kept and kept[0].casefold() in lex.name_articles:
        return []
    return kept


_BIO_GAP = 5
"""Most words between the name opening an author's bio and its role word."""


def bio_name(text: str, lex: Lexicon) -> str:
    """Return the person an author's bio opens with ("Jane Doe is a staff writer at ..."), or "".

    The name (two to four tokens, the longest that reads as a name) is followed by a
    function word ("is", "ist", "est"), then, within a few words, by a role word; only
    function words and capitalised words (a desk: "an Ideas contributor") stand between.
    A handle after the name is skipped. A sentence about a person in the story ("Jane Doe
    told the staff ...", "United Nations spokesman ...") has other words after the name.
    """
    head = text[:160]
    words = head.split(None, 10)[:10]
    if "@" in head:
        words = [w for w in words if not w.startswith(("@", "(@"))]
    if len(words) < 3 or not (words[1][:1].isupper() or words[1] in PARTICLES):
        return ""  # most paragraphs: "The council ...", "Jane said ..."
    for size in (4, 3, 2):
        # The function word first: one set lookup, where the name test reads every token.
        if (
            len(words) <= size
            or words[size].casefold() not in lex.all_stopwords
            or not is_name(words[:size], lex)
        ):
            continue
        # A name printed twice ("Jane Doe Jane Doe is ..."): a photo's alt text before it.
        name = words[:2] if size == 4 and words[:2] == words[2:4] else words[:size]
        for word in words[size : size + _BIO_GAP]:
            folded = word.casefold().strip(".,;:()")
            if folded in lex.role_words:
                return " ".join(name)
            if not (folded in lex.all_stopwords or word[:1].isupper()):
                break
        return ""
    return ""
