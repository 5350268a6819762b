"""Reading the parts of a byline piece: person names, desks, affiliations and sign-offs.

:mod:`newsparse.extract.byline_lines` cuts a line (with :mod:`newsparse.extract.byline_pieces`)
and remembers its readings; this module reads one piece: which of its comma or conjunction
parts are person names (:func:`read_names`), which desk, agency or handle it names instead
(:func:`opening_desk`, :func:`other_byline`), and the names a dated sign-off closes a story with.
"""

from __future__ import annotations

import re

from newsparse.dates import find_dates
from newsparse.extract.byline_names import (
    LEGAL_FORMS,
    ORG_NOUNS,
    PARTICLES,
    cjk_name,
    cjk_role_names,
    is_name,
    is_site,
    name_token,
    name_tokens,
    without_agency,
    word_sets,
)
from newsparse.extract.byline_pieces import DIGIT, TAIL, split_parts, strip_prefix
from newsparse.lexicon import SCRIPT_STOPS, Lexicon, fold

__all__ = [
    "dated_handle",
    "domain_byline",
    "opening_desk",
    "other_byline",
    "read_names",
    "signoff_names",
    "site_signoff",
    "trailing_name",
]


def _clean_part(part: str, lex: Lexicon, site_names: frozenset[str]) -> str | None:
    """One part as a clean person name, or ``None`` when it is no name (a role, desk, site)."""
    if len(part.split(None, 1)) < 2:
        # A name has two words, and every cut below keeps a substring, which has no more
        # words than the part: a one-word part ("Quiz", "von") is no name.
        return None
    month_day = lex.month_day.search(part) if DIGIT.search(part) else None
    if month_day is not None:
        part = part[: month_day.start()]
    part = TAIL.sub("", part).strip()
    if part.endswith(":"):
        return None  # "Reading Time: 3 min": a label, not a name
    part, _ = strip_prefix(part, lex)
    words = part.strip(" -–—|:()[]").split()
    if words and ("\u4e00" <= words[0][0] <= "\u9fff" or "\uac00" <= words[0][0] <= "\ud7a3"):
        # Han or Hangul: no case to read a name by, only a role word beside it.
        return cjk_name(words, lex) or None
    # A name keeps its first word and has two or more: most parts fail here, before the
    # word-by-word reading (every test below only rejects, so their order is free).
    if len(words) < 2 or not name_token(words[0], lex):
        return None
    if any(w.casefold() in LEGAL_FORMS for w in words):
        return None  # "Web Commerce GmbH": a firm (read whole: "GmbH" reads as glued words)
    tokens = name_tokens(words, lex, site_names)
    half = len(tokens) // 2
    if half >= 2 and len(tokens) == 2 * half and tokens[:half] == tokens[half:]:
        tokens = tokens[:half]  # "Jane Doe Jane Doe": a link's text and its image's alt text
    if len(tokens) > 2:
        tokens = without_agency(tokens, lex)
    if not tokens or tokens[-1].casefold() in ORG_NOUNS:
        return None  # "Ottawa School Transportation Authority": a public body, no person
    part = " ".join(tokens)
    if not is_name(part.split(), lex):
        return None
    folded = fold(part)
    if folded in lex.staff_words or folded in lex.agencies:
        return None  # "Associated Press" is two capitalised words but no person
    if is_site(folded, site_names) or _site_account(tokens, site_names):
        return None
    cue_words = word_sets(lex).not_in_names
    if any(w in cue_words for w in folded.split()):
        return None
    if any(_staff_word(word, lex) for word in folded.split()) and len(folded.split()) <= 3:
        return None
    return part


_SITE_HEAD = 4
"""Fewest letters of a site name's head that a site account opens with ("Ilanga")."""


def _site_account(tokens: list[str], site_names: frozenset[str]) -> bool:
    """True for a site's staff account: the site's name and an initial ("Ilanga D").

    A site whose address runs its words together ("ilanganews.co.za") signs its desk's
    stories with the name's head and a letter; the letter is no surname.
    """
    if len(tokens) != 2 or len(tokens[1].rstrip(".")) != 1 or len(tokens[0]) < _SITE_HEAD:
        return False
    head = tokens[0].casefold()
    return any(name.startswith(head) for name in site_names)


_AGENCY_GLUED = re.compile(r"([a-z]{2,5})(?=[A-Z])")
"""A lower-case agency short name glued to a capitalised desk ("dpaMM-Redaktion")."""


def _staff_word(word: str, lex: Lexicon) -> bool:
    """True for a staff word, also as a compound's last part ("MM-Redaktion", "Metro-Staff")."""
    return word in lex.staff_words or ("-" in word and word.rsplit("-", 1)[1] in lex.staff_words)


def opening_desk(chosen: str, lex: Lexicon) -> str | None:
    """The agency or desk a piece opens with ("Reuters, Washington", "MND Staff"), or None."""
    first = split_parts(TAIL.sub("", chosen), maxsplit=1)[0].strip(" ()[]-–—|:,")
    folded = fold(first)
    if folded in lex.agencies:
        return first
    words = folded.split()
    if len(words) <= 3:
        for k, word in enumerate(words):
            if word in lex.staff_words:
                return first
            if _staff_word(word, lex):
                # A compound desk ("MM-Redaktion") ends the desk's name: a place follows
                # it unseparated ("MM-Redaktion Palma"). An agency before it, spaced or
                # glued on ("dpa MM-Redaktion", "dpaMM-Redaktion"), is the story's source.
                kept = first.split()[: k + 1]
                glued = _AGENCY_GLUED.match(kept[-1])
                if glued is not None and glued.group(1).casefold() in lex.agencies:
                    return kept[-1][glued.end(1) :]
                if k > 0 and fold(" ".join(kept[:-1])) in lex.agencies:
                    return kept[-1]
                return " ".join(kept)
    return None


_HANDLE_WORD = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]+(?:[A-ZÀ-Þ][a-zà-ÿ]+)+")
"""A user name of capitalised words run together ("HansEhrlich", "KleineGrüneMonster")."""


def dated_handle(chosen: str, lex: Lexicon) -> str | None:
    """The user name an unprefixed dated line opens with ("HansEhrlich 17.10.2019"), or None.

    ``chosen`` is the line's first piece, cut before the date: one word of capitalised
    words run together is a user's handle (a forum's or a deal site's poster), not a
    menu entry ("WhatsApp" and the lexicon's other menu and widget words are left out).
    """
    if _HANDLE_WORD.fullmatch(chosen) is None or fold(chosen) in word_sets(lex).not_in_names:
        return None
    return chosen


_DOMAIN = re.compile(r"(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,6}")
"""A bare domain name ("uncut-news.ch"): a site credited by its address."""


def domain_byline(chosen: str) -> str | None:
    """The domain name an unprefixed piece is ("uncut-news.ch"), or None.

    A site printed by its address between a headline and its date credits the site (a
    blog's or an aggregator's own account): a desk, the author only as a last resort.
    """
    return chosen if "." in chosen and _DOMAIN.fullmatch(chosen) is not None else None


_SIGNOFF_PARTS = re.compile(r"\s*[,/]\s*")
"""The joints of a desk's sign-off: "red, ORF.at/Agenturen"."""


def site_signoff(text: str, lex: Lexicon) -> str | None:
    """The site address a desk's sign-off names ("red, ORF.at/Agenturen": ORF.at), or None.

    The line is staff words, agencies and one domain name, joined by commas and slashes:
    the desk signs for the site it names by its address, the author as a last resort.
    """
    parts = _SIGNOFF_PARTS.split(text)
    if len(parts) < 2:
        return None
    domains = [p for p in parts if "." in p and _DOMAIN.fullmatch(p.lower()) is not None]
    if len(domains) != 1:
        return None
    others = [fold(p) for p in parts if p is not domains[0]]
    if all(p in lex.staff_words or p in lex.agencies for p in others):
        return domains[0]
    return None


def read_names(piece: str, lex: Lexicon, site_names: frozenset[str]) -> tuple[str, ...]:
    """Split one byline piece into names; stop at the first part that is no name (unmemoised)."""
    if "\u4e00" <= piece[:1] <= "\u9fff" or "\uac00" <= piece[:1] <= "\ud7a3":
        # Han or Hangul: one reporter word may credit several names ("记者 张建国 赵娜").
        credited = cjk_role_names(piece, lex)
        if credited:
            return credited
    words = piece.split(" ")
    # Replace conjunction words by a comma so one separator pattern splits everything.
    joined = " ".join("," if w.casefold() in lex.author_conjunctions else w for w in words)
    names: list[str] = []
    seen: set[str] = set()
    for part in split_parts(joined):
        if not part:
            continue
        if names and _affiliation(part, lex):
            # "Jane Doe, AP Auto Writer", "Jane Doe, Associated Press": the byline ends;
            # "Jane Doe, John Smith Staff Writers": the last name stands before the role.
            name = _named_before_role(part, lex, site_names)
            if name is not None and name.casefold() not in seen:
                names.append(name)
            break
        name = _clean_part(part, lex, site_names)
        if name is None:
            if not names or " " in part.strip():
                # A byline starts with a name; after names, a role or an affiliation ends
                # it (a lone word may be a place between two names).
                break
            continue
        if name.casefold() not in seen:
            seen.add(name.casefold())
            names.append(name)
    return tuple(names)


def _named_before_role(part: str, lex: Lexicon, site_names: frozenset[str]) -> str | None:
    """The name that opens a part before its first role or agency word, if any.

    "John Smith Staff Writers", "LAURE BRETTON Envoyés spéciaux à Toulouse": the byline's
    last name, and the role the names share printed after it without a comma.
    """
    words = part.split()
    for k, word in enumerate(words):
        folded = fold(word).strip(".,")
        if _role_word(folded, lex) or folded in lex.agencies:
            return _clean_part(" ".join(words[:k]), lex, site_names) if k >= 2 else None
    return None


def _role_word(word: str, lex: Lexicon) -> bool:
    """Whether a folded word is a role word, or its plural ("writers", "envoyés")."""
    return word in lex.role_words or (word[-1:] == "s" and word[:-1] in lex.role_words)


def _affiliation(part: str, lex: Lexicon) -> bool:
    """True for a part after a name that holds a role word or names an agency."""
    folded = fold(part)
    if folded in lex.agencies:
        return True
    return any(_role_word(w.strip(".,"), lex) or w in lex.agencies for w in folded.split())


def other_byline(piece: str, lex: Lexicon) -> str | None:
    """The non-person a prefix introduces: an agency, a desk or a user handle, if short."""
    rest = TAIL.sub("", piece).strip(" ()[]-–—|:,")
    rest = split_parts(rest, maxsplit=1)[0] if rest else rest
    folded = fold(rest)
    tokens = folded.split()
    if len(tokens) > 1 and tokens[-1] in lex.all_stopwords:
        # "Posted by jdoe on <date>": the word before the cut date goes with the date.
        tokens.pop()
        rest = rest.rsplit(None, 1)[0]
        folded = " ".join(tokens)
    if not tokens or len(tokens) > 4 or folded in word_sets(lex).menu_lines:
        return None
    if folded in lex.agencies or folded in lex.staff_words:
        return rest
    if any(t in lex.staff_words for t in tokens) or len(tokens) == 1:
        # "HLNF Staff Report", "Regan": only with a prefix, and only as a last resort.
        return rest if tokens[0] not in lex.all_stopwords and len(folded) >= 3 else None
    if any(t in lex.all_stopwords for t in tokens[tokens[0] in lex.name_articles :]):
        # "KleineGrüneMonster Ein Kommentar": the name ran into a widget; a user name of
        # words run together still stands out before it.
        first = rest.split(None, 1)[0]
        return first if _HANDLE_WORD.fullmatch(first) is not None else None
    return rest if all(w[:1].isupper() for w in rest.split()) else None


_SIGNOFF = re.compile(r"\(([^()]{5,160})\)\s*$")
"""A closing parenthesis at the end of a paragraph (searched in the paragraph's tail only)."""


def signoff_names(text: str, lex: Lexicon, site_names: frozenset[str]) -> tuple[str, ...]:
    """Return the authors a dated sign-off closes a story with, or ().

    "... (Jane Doe aus Berlin, John Roe, 3.5.2024)": names and a date in a parenthesis that
    ends the paragraph. Every part before the date must be a name once a place after a
    lower-case word is cut ("aus Berlin"): "(APA, 3.5.2024)" or a remark is no sign-off.
    """
    match = _SIGNOFF.search(text[-170:]) if text.endswith(")") else None
    if match is None:
        return ()
    inner = match.group(1)
    mentions = find_dates(inner) if DIGIT.search(inner) else []
    if not mentions or inner[mentions[-1].end :].strip(" .,;"):
        return ()  # no date, or the date does not close the parenthesis
    names: list[str] = []
    for part in inner[: mentions[-1].start].split(","):
        words = part.split()
        for k, word in enumerate(words):
            if word[:1].islower() and word.casefold() not in PARTICLES:
                words = words[:k]
                break
        name = _clean_part(" ".join(words), lex, site_names) if words else None
        if name is None:
            if part.strip():
                return ()
            continue
        names.append(name)
    return tuple(dict.fromkeys(names))


_TRAILING_NAME = re.compile(
    r"[.!?。！？" + SCRIPT_STOPS + r"][\"”’)»]? ([^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*){1,2})$"
)
"""Two or three words without a full stop after a paragraph's last sentence (its stop of
any script: :data:`~newsparse.lexicon.SCRIPT_STOPS`)."""


def trailing_name(text: str, lex: Lexicon, site_names: frozenset[str]) -> str:
    """Return the name a paragraph is signed with after its last sentence, or "".

    "... hates CNN. Peter Weber": the author's name run into the paragraph it signs
    (a blog's post ending in a signature). The words after the sentence's end must read
    as one person's name; a sentence ends with a full stop, so an unfinished one does not
    count.
    """
    if not text[-1:].isalpha():
        return ""
    match = _TRAILING_NAME.search(text[-80:])
    if match is None:
        return ""
    return _clean_part(match.group(1), lex, site_names) or ""
