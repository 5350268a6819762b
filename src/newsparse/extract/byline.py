"""Author candidates: prefixed and dated byline lines, name lines near the body, declared authors.

A line is cut into pieces at separators ("|", "•", "/", spaced dashes), dates and times;
the piece a prefix opens ("By", "Von", "Par") is the byline, else the first piece.
Names are cleaned without mangling case: roles after a comma, e-mail addresses,
@handles and "Updated" tails are cut; "A and B" and "A, B & C" are split. A bare name
line counts when a date or an e-mail address sits beside it, a label line ("Author:")
precedes it or it signs the body. Staff words ("Staff", "Redaktion"), agencies and the
site's own name are not persons: they are the author only as a last resort, when they
are the only byline the page has (a prefixed or dated line, or a declared author).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from newsparse.dates import find_dates
from newsparse.document import DumpKind
from newsparse.extract import Candidate, Context
from newsparse.extract.features import Cue
from newsparse.lexicon import Lexicon, fold

__all__ = ["Byline", "authors_from_meta", "authors_from_text", "read_byline", "split_names"]

_WINDOW = 60
"""Blocks before the body start searched for bylines."""
_OTHER_WINDOW = 15
"""Largest distance from the body start of an agency or desk byline."""
_TAIL_WINDOW = 30
"""Blocks after the body end searched for a prefixed signature ("Posted by ...")."""
_TAIL_NEAR = 5
"""Blocks after the body end searched for a bare signature or an author box."""

_EMAIL = re.compile(r"(?<!\S)[^\s@]+@[^\s@]+\.\w+")
"""An e-mail address; starts only at a word start, so long runs of symbols stay linear."""
_EMAIL_LINE = re.compile(r"[^\s@]+@[^\s@]+\.\w+$")
"""A line that is one e-mail address."""
_HANDLE = re.compile(r"@\w+")
"""A social handle, also glued to a name ("Jane Doe@janedoe"); e-mails are removed first."""
_URLISH = re.compile(r"https?://\S+|www\.\S+")
_TIME = re.compile(
    r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?:\s*[aApP]\.?[mM]\.?)?(?:\s+(?:Uhr|[A-Z]{2,4})\b)?"
)
"""A clock time with its am/pm and zone or "Uhr" ("4:00 AM EDT", "14:07 Uhr")."""
_TAIL = re.compile(r"(?:\s+[|/•·]|\s+[-–—]\s|\d).*$")
"""A byline's tail: after a separator, a spaced dash or the first digit ("Jane Doe | 3h")."""
_PIECE = re.compile(r"\s*[|•·/–—]\s*|\s+-\s+")
"""Separators between the parts of a byline line ("Jane Doe | Outlet · Posted ...")."""
_LEAD = " /|:·•-–—>»*#"
"""Decoration stripped from the start of a byline piece ("// By Jane Doe")."""
_COUNT_TAIL = re.compile(r"[^\W\d_]\s+\d{1,3}\s+[^\W\d_]{2,}")
"""A name followed by a small count and a word ("Jane Doe 1 day ago", "Jane Doe 3 min read")."""
_ATTRIBUTION = ("—", "–", "-", "―")
"""Dashes that open the attribution under a quote or an embedded post, not a byline."""
_DIGIT = re.compile(r"\d")
_GLUED_PREFIX = re.compile(r"([a-z]{2,4})(?=[A-ZÀ-Þ][a-zà-ÿ])")
"""A short lower-case word glued to a capitalised one ("bySauli")."""
_MAX_PIECES = 8
_MAX_BARE_WORDS = 8
"""Longest unprefixed byline piece ("Jane Doe, John Roe and Max Mustermann")."""
"""Pieces of one line searched for a byline prefix."""

_GLUED = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ])")
"""A lower-to-upper case step inside a word: "JamesStaff" (a name glued to a role)."""

_GLUED_OK = re.compile(r"^(?:Mc|Mac|De|Di|Da|Van|Von|La|Le|O')", re.IGNORECASE)
"""Name prefixes that legitimately step from lower to upper case (McDonald, DeShawn)."""

_SPLIT = re.compile(r"\s*(?:,|;|\s&\s|\s\+\s|\s/\s)\s*")
"""Separators between several names in one byline."""

_NAME_TOKEN = re.compile(r"^(?:[^\W\d_][\w'’.-]*)$")
_BAD_TOKEN_END = ("..", "-")
"""Token ends that no name has ("Min..", "Ober-")."""
"""One token of a personal name: starts with a letter."""

_NAME_STOPWORDS = frozenset({"dan", "will", "per", "ma", "su", "ha", "bo", "jo"})
"""Function words of some language that are also given names ("Dan Goodin", "Will Smith")."""

_PARTICLES = frozenset(
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


class _WordSets(NamedTuple):
    """Unions of lexicon lists that byline reading looks words up in."""

    date_cues: frozenset[str]
    """Labels before a published or updated date."""
    name_stops: frozenset[str]
    """Words that end a name: roles and date labels."""
    menu_lines: frozenset[str]
    """Whole lines that are navigation or widgets."""
    not_in_names: frozenset[str]
    """Words that never occur in a name: date labels, navigation and widget words."""


_SETS: list[tuple[Lexicon, _WordSets]] = []
"""The unions of the last lexicon seen (building them per line cost more than the rest)."""


def _word_sets(lex: Lexicon) -> _WordSets:
    if _SETS and _SETS[0][0] is lex:
        return _SETS[0][1]
    dates = lex.published_cues | lex.updated_cues
    menus = lex.navigation_lines | lex.widget_lines
    sets = _WordSets(
        date_cues=dates,
        name_stops=lex.role_words | dates,
        menu_lines=menus,
        not_in_names=dates | menus,
    )
    _SETS[:] = [(lex, sets)]
    return sets


def _is_name(tokens: list[str], lex: Lexicon) -> bool:
    """True for a plausible personal name: 2–5 tokens, capitalised except particles."""
    if not 2 <= len(tokens) <= 5:
        return False
    capitals = 0
    for token in tokens:
        if not _NAME_TOKEN.match(token) or token.endswith(_BAD_TOKEN_END):
            return False
        if token[0].isupper():
            capitals += 1
        elif token.casefold() not in _PARTICLES and not token.startswith(("al-", "el-")):
            return False
        folded = token.casefold()
        if (
            folded in lex.all_stopwords
            and folded not in _PARTICLES
            and not (folded in _NAME_STOPWORDS and token.istitle())
        ):
            # Function words ("DAS ERWARTEN WIR", "Bei Protesten") do not occur in names.
            return False
    return capitals >= 2


def _strip_prefix(text: str, lex: Lexicon) -> tuple[str, bool]:
    """Remove a leading byline prefix ("By", "Von:", "bySauli Giliard"); say whether one was."""
    text = text.lstrip(_LEAD)
    folded = text.casefold()
    match = lex.byline_prefix.match(folded)
    if match is not None:
        prefix = match.group()[:-1]
        rest = text[len(prefix) :]
        # A label noun ("Text", "Author") is a prefix only with a colon ("Text Edge Style"
        # is a menu); a preposition ("By", "Von", "written by") needs none.
        if rest.lstrip(" \u00a0")[:1] == ":" or _preposition(prefix, lex):
            rest = rest.lstrip(" :\u00a0")
            if rest:
                return rest, True
    elif text[:1].islower():
        # "bySauli Giliard": a lower-case preposition glued to a capitalised name.
        glued = _GLUED_PREFIX.match(text)
        word = glued.group(1).casefold() if glued is not None else ""
        if word in lex.byline_prefixes and _preposition(word, lex):
            return text[len(word) :], True
    return text, False


def _preposition(prefix: str, lex: Lexicon) -> bool:
    return prefix.rsplit(" ", 1)[-1] in lex.all_stopwords


def _pieces(text: str) -> tuple[list[str], bool]:
    """Cut a line into the stretches between separators, dates and times.

    Returns the non-empty pieces and whether a date or time was among the cuts.
    """
    text = _EMAIL.sub(" ", text)
    text = _URLISH.sub(" ", text)
    text = _HANDLE.sub(" ", text)
    dated = False
    mentions = find_dates(text)
    if mentions:
        dated = True
        cut = []
        last = 0
        for mention in mentions:
            cut.append(text[last : mention.start])
            last = mention.end
        cut.append(text[last:])
        text = " | ".join(cut)
    text, times = _TIME.subn(" | ", text)
    pieces = [p.strip(_LEAD + " ") for p in _PIECE.split(text)]
    return [p for p in pieces if p], dated or times > 0


def _clean_part(part: str, lex: Lexicon, site_names: frozenset[str]) -> str | None:
    month_day = lex.month_day.search(part) if _DIGIT.search(part) else None
    if month_day is not None:
        part = part[: month_day.start()]
    part = _TAIL.sub("", part).strip()
    if part.endswith(":"):
        return None  # "Reading Time: 3 min": a label, not a name
    part, _ = _strip_prefix(part, lex)
    part = " ".join(_name_tokens(part.strip(" -–—|:()[]").split(), lex, site_names))
    folded = fold(part)
    if not part or folded in lex.staff_words or _is_site(folded, site_names):
        return None
    cue_words = _word_sets(lex).not_in_names
    if any(w in cue_words for w in folded.split()):
        return None
    if any(word in lex.staff_words for word in folded.split()) and len(folded.split()) <= 3:
        return None
    return part if _is_name(part.split(), lex) else None


def _is_site(folded: str, site_names: frozenset[str]) -> bool:
    """True when a folded name is the site's ("Daily Planet" for daily-planet.example)."""
    return (
        folded in site_names
        or folded.replace(" ", "-") in site_names
        or folded.replace(" ", "") in site_names
    )


def _name_tokens(tokens: list[str], lex: Lexicon, site_names: frozenset[str]) -> list[str]:
    """Keep the leading tokens of a name: stop at a role, date cue, site name or glued role.

    Month and short weekday words do not stop a name (Jan, April, Di are names too): the
    dates they belong to were removed before.
    """
    stops = _word_sets(lex).name_stops
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
    pieces, dated = _pieces(" ".join(text.split()))
    chosen, chosen_at, prefixed = (pieces[0] if pieces else ""), 0, False
    for k, piece in enumerate(pieces[:_MAX_PIECES]):
        rest, found = _strip_prefix(piece, lex)
        if found:
            chosen, chosen_at, prefixed = rest, k, True
            break
    names = _names_in(chosen, lex, site_names)
    other = None
    if names:
        pass
    elif prefixed:
        if chosen_at == 0 or dated:
            other = _other_byline(chosen, lex)
    else:
        # "Reuters, Washington", "MND Staff": an agency or a desk alone before any place.
        first = _SPLIT.split(_TAIL.sub("", chosen), maxsplit=1)[0].strip(" ()[]-–—|:,")
        folded = fold(first)
        if folded in lex.agencies or (
            len(folded.split()) <= 3 and any(w in lex.staff_words for w in folded.split())
        ):
            other = first
    # "Jane Doe | Published 4 months ago": a date cue in a later piece dates the line too.
    cues = _word_sets(lex).date_cues
    dated = dated or any(fold(p).split(" ", 1)[0] in cues for p in pieces[1:_MAX_PIECES])
    words = chosen.count(" ") + 1
    return Byline(names=tuple(names), prefixed=prefixed, dated=dated, other=other, words=words)


def _names_in(piece: str, lex: Lexicon, site_names: frozenset[str]) -> list[str]:
    """Split one byline piece into names; stop at the first part that is no name.

    "By Jane Doe, Senior Writer, Science Desk": what follows a role is affiliation.
    """
    words = piece.split(" ")
    # Replace conjunction words by a comma so one separator pattern splits everything.
    joined = " ".join("," if w.casefold() in lex.author_conjunctions else w for w in words)
    names: list[str] = []
    seen: set[str] = set()
    for part in _SPLIT.split(joined):
        if not part:
            continue
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
    return names


def _other_byline(piece: str, lex: Lexicon) -> str | None:
    """The non-person a prefix introduces: an agency, a desk or a user handle, if short."""
    rest = _TAIL.sub("", piece).strip(" ()[]-–—|:,")
    rest = _SPLIT.split(rest, maxsplit=1)[0] if rest else rest
    folded = fold(rest)
    tokens = folded.split()
    if not tokens or len(tokens) > 4 or folded in _word_sets(lex).menu_lines:
        return None
    if folded in lex.agencies or folded in lex.staff_words:
        return rest
    if any(t in lex.staff_words for t in tokens) or len(tokens) == 1:
        # "HLNF Staff Report", "Regan": only with a prefix, and only as a last resort.
        return rest if tokens[0] not in lex.all_stopwords and len(folded) >= 3 else None
    if any(t in lex.all_stopwords for t in tokens[tokens[0] in lex.name_articles :]):
        return None  # "KleineGrüneMonster Ein Kommentar": the name ran into a widget
    return rest if all(w[:1].isupper() for w in rest.split()) else None


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


_BYLINE_TOKENS = frozenset(
    {"author", "authors", "byline", "autor", "autoren", "auteur", "writer", "by-line"}
)
"""Class/id tokens of HTML elements that hold a byline."""


def _could_be_names(text: str, lex: Lexicon) -> bool:
    """Cheap test before cleaning: the part before any tail holds no ordinary lower-case word."""
    tokens = _TAIL.sub("", text).split()
    while tokens and tokens[-1].casefold() in lex.all_stopwords:
        tokens.pop()  # "Jane Doe am <date>": the word before the date goes with it
    return not any(
        token[:1].islower()
        and token.casefold() not in _PARTICLES
        and token.casefold() not in lex.author_conjunctions
        for token in tokens
    )


def authors_from_text(ctx: Context) -> Iterator[Candidate[tuple[str, ...]]]:
    """Propose bylines from visible lines around the body start and right after its end."""
    blocks, feats, layout = ctx.doc.blocks, ctx.feats, ctx.layout
    head = range(max(0, layout.start - _WINDOW), min(len(blocks), layout.start + 20))
    tail = range(max(head.stop, layout.end - 1), min(len(blocks), layout.end + _TAIL_WINDOW))
    for i in (*head, *tail):
        block, feat = blocks[i], feats[i]
        if block.hidden or feat.cue not in (Cue.NONE, Cue.CREDIT):
            continue
        far = layout.start + 10 <= i < head.stop or i > layout.end + _TAIL_NEAR
        if far and not ctx.lex.byline_prefix.match(feat.folded):
            # Deeper into the body or below it ("Posted by Jane Doe at 2:33 PM" under a
            # blog post), only a line opening with a prefix may be a byline.
            continue
        if feat.words > 25 and (
            feat.words > 60 or i >= layout.start or not ctx.lex.byline_prefix.match(feat.folded)
        ):
            # "By Jane Doe, a deputy editor who has covered ... for a decade."
            continue
        marked = bool(block.tokens & _BYLINE_TOKENS)
        found = _line_byline(i, ctx, marked)
        if found is None:
            continue
        byline, labelled = found
        strong = byline.prefixed or labelled or marked
        if not byline.names:
            distance = abs(layout.start - i)
            # "Posted on <date> by admin" may also sit under the body; "by Taboola" may not.
            near = (i < layout.end and distance <= _OTHER_WINDOW) or (
                byline.prefixed and byline.dated
            )
            if byline.other and near and (strong or byline.dated or _next_to_date(i, ctx)):
                # A desk or an agency is the author only when nothing better is found; a
                # prefix and a date on one line ("Posted on <date> by admin") are a byline.
                score = (2.5 if byline.prefixed and byline.dated else 0.8) - 0.02 * distance
                yield Candidate(
                    value=(byline.other,), score=score, source=f"agency:{i}", blocks=(i,)
                )
            continue
        if i >= layout.end:
            score = _tail_score(i, byline, labelled, ctx)
        else:
            score = _head_score(i, byline, labelled, ctx)
        if score is None:
            continue
        if marked:
            score += 2.0
        elif ctx.doc.kind is DumpKind.HTML and not (byline.prefixed or labelled):
            score -= 2.0  # unmarked in HTML: weaker than a declared person
        claimed = tuple(j for j in head if j != i and feats[j].folded == feat.folded)
        yield Candidate(value=byline.names, score=score, source=f"block:{i}", blocks=(i, *claimed))


def _line_byline(i: int, ctx: Context, marked: bool) -> tuple[Byline, bool] | None:
    """Read block ``i`` as a byline; also say whether a label line ("Author:") precedes it."""
    block, lex = ctx.doc.blocks[i], ctx.lex
    labelled = i > 0 and ctx.feats[i - 1].folded in lex.byline_prefixes
    # A label line ("Author of the article:") gives the names of the next line.
    text, html = block.text, ctx.doc.kind is DumpKind.HTML
    if not (
        labelled or marked or text[:1].islower() or lex.byline_prefix.search(ctx.feats[i].folded)
    ):
        # Cheap tests first: without a prefix, a byline needs a date (digits) or a line
        # of capitalised words; most lines near the body are neither.
        digits = _DIGIT.search(text) is not None
        if not digits and (html or not _worth_reading(i, ctx) or not _could_be_names(text, lex)):
            return None
    byline = read_byline(text, lex, ctx.site_names)
    if byline.prefixed or labelled or marked:
        return byline, labelled
    if ctx.feats[i].cue is Cue.CREDIT and (not byline.dated or _names_a_credit(block.text, lex)):
        return None  # "Foto: Jane Doe", "© Agency/Jane Doe"; "Jane Doe | <date>" is kept
    if html and not (byline.dated and byline.names):
        # HTML marks bylines; an unmarked name-shaped line is a menu or a caption, unless
        # a date shares its line ("3 May 2024 Jane Doe": a blog's entry meta).
        return None
    if not byline.names:
        return (byline, False) if byline.other else None
    if (byline.words > _MAX_BARE_WORDS and not byline.dated) or block.text.startswith(_ATTRIBUTION):
        return None  # a title-case sentence, or the attribution under a quote
    if not _could_be_names(block.text, lex) and (not byline.dated or ctx.feats[i].prose > 0):
        # Lower-case words before any separator make a sentence, unless a date closes a
        # line that is no prose ("Jane Doe, professor at the university, <date>").
        return None
    return byline, False


def _worth_reading(i: int, ctx: Context) -> bool:
    """Whether an undated, unprefixed line can score.

    It can near the body start or end, or with a date or an e-mail address at most two
    lines away.
    """
    start, end = ctx.layout.start, ctx.layout.end
    if start - 10 <= i < start + 6 or end - 1 <= i <= end:
        return True
    blocks = ctx.doc.blocks
    nearby = blocks[max(0, i - 2) : i + 3]
    return any(_DIGIT.search(b.text) or "@" in b.text for b in nearby)


def _names_a_credit(text: str, lex: Lexicon) -> bool:
    """True when a line says it credits a picture ("Foto: ...", "© ...", "... | Photo")."""
    folded = fold(text)
    if "©" in folded or "(c)" in folded:
        return True
    return any(p.split(":", 1)[0].strip() in lex.credit_cues for p in _PIECE.split(folded))


def _head_score(i: int, byline: Byline, labelled: bool, ctx: Context) -> float | None:
    """Score a byline near the body start: prefixes and dates beside the name count most."""
    distance = abs(ctx.layout.start - i)
    if byline.prefixed or labelled:
        score = 5.0 - 0.05 * distance
    elif byline.dated or _next_to_date(i, ctx):
        # "Jane Doe" above or below "3 May 2024": the name of a dated byline block.
        score = 4.0 - 0.1 * distance
    elif i < ctx.layout.start + 6:
        score = 3.0 - 0.3 * distance
        counted = _COUNT_TAIL.search(ctx.doc.blocks[i].text) is not None
        if not counted and _menu_neighbours(i, ctx):
            # A menu item; "Jane Doe 1 day ago" or "Jane Doe 3 min read" is a meta line.
            score -= 2.0
        paragraphs = sum(f.prose >= 0.5 for f in ctx.feats[ctx.layout.start : i])
        if len(byline.names) == 1 and paragraphs:
            # One bare name-shaped line after a paragraph is a sub-heading; after only one
            # it may still follow a standfirst.
            if paragraphs > 1:
                return None
            score -= 1.5
    else:
        return None
    if i > ctx.layout.start:
        # Inside the body, further lines are more likely teasers and quoted cards.
        score -= 0.1 * (i - ctx.layout.start)
    return score


def _tail_score(i: int, byline: Byline, labelled: bool, ctx: Context) -> float | None:
    """Score a signature or author box right after the body ("Jane Doe" under the text)."""
    if byline.prefixed or labelled:
        return 2.0
    if i <= ctx.layout.end and not _menu_neighbours(i, ctx):
        return 0.5
    return None


def _next_to_date(i: int, ctx: Context) -> bool:
    """True when a short dated line is next to block ``i``, or one label line away.

    "Jane Doe / Ideas / 11.14.2019": a section or role label may sit in between.
    """
    blocks, feats = ctx.doc.blocks, ctx.feats
    if i + 1 < len(blocks) and _EMAIL_LINE.match(blocks[i + 1].text):
        return True  # "Jane Doe / jane.doe@example.org": the author's own address
    for step in (-1, 1):
        j = i + step
        if (
            0 <= j < len(blocks)
            and feats[j].words <= 3
            and feats[j].cue in (Cue.NONE, Cue.NAVIGATION)
            and not _is_dated(blocks[j].text, ctx.lex)
            and not _names_in(blocks[j].text, ctx.lex, ctx.site_names)
        ):
            j += step
        if 0 <= j < len(blocks) and feats[j].words <= 20 and _is_dated(blocks[j].text, ctx.lex):
            # A dated line with its own prefix ("Posted on <date> by admin") is the byline.
            return not read_byline(blocks[j].text, ctx.lex).prefixed
    return False


def _is_dated(text: str, lex: Lexicon) -> bool:
    """True for a line with a clock time, a full date or a month and day ("Mar 27")."""
    return bool(_TIME.search(text) or lex.month_day.search(text) or find_dates(text))


def _menu_neighbours(i: int, ctx: Context) -> bool:
    """True when the previous and next lines are short items of the same list (a menu)."""
    feats, blocks = ctx.feats, ctx.doc.blocks
    if i == 0 or i + 1 >= len(blocks) or blocks[i].blank_before or blocks[i + 1].blank_before:
        return False
    return feats[i - 1].words <= 3 and feats[i + 1].words <= 3


_OUTLET_MAX_WORDS = 5
"""Longest declared non-person byline kept as a last resort (longer is a sentence)."""


def _outlet_byline(value: str, lex: Lexicon) -> bool:
    """True for a declared author that may stand as an outlet or desk byline."""
    folded = fold(value)
    if not folded or len(value) > 60 or len(folded.split()) > _OUTLET_MAX_WORDS:
        return False
    if folded in _word_sets(lex).menu_lines or not any(c.isalpha() for c in value):
        return False  # a menu word, or a numeric user id ("105092")
    return not _URLISH.search(value) and "@" not in value


def authors_from_meta(ctx: Context) -> Iterator[Candidate[tuple[str, ...]]]:
    """Propose declared authors (JSON-LD persons first; organisations only as a last resort)."""
    by_source: dict[str, list[str]] = {}
    for item in ctx.doc.meta_values("author"):
        by_source.setdefault(item.source, []).append(item.value)
    visible = " ".join(b.text for b in ctx.doc.blocks[: ctx.layout.start + 3]).casefold()
    for source, values in by_source.items():
        names: list[str] = []
        for value in values:
            names.extend(n for n in split_names(value, ctx.lex, ctx.site_names) if n not in names)
        if not names:
            # A declared outlet, desk or agency ("ORF.at", "MND Staff") names no person, but
            # when it is the only byline the page has it is the author: lowest score, so any
            # person found elsewhere wins.
            fallback = dict.fromkeys(
                " ".join(v.split()) for v in values if _outlet_byline(v, ctx.lex)
            )
            if fallback:
                score = 0.6 if source == "jsonld:author" else 0.5
                if "organization" in source:
                    score = 0.4
                yield Candidate(value=tuple(fallback), score=score, source=source)
            continue
        score = 5.5 if source.startswith("jsonld") else 4.0
        if "organization" in source:
            score = 0.5
        if all(n.casefold() in visible for n in names):
            score += 2.0
        yield Candidate(value=tuple(names), score=score, source=source)
