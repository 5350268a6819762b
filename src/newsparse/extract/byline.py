"""Author candidates: "By"-prefixed lines, name-only lines near the headline, declared authors.

Names are cleaned without mangling case: prefixes ("By", "Von"), roles after a comma,
e-mail addresses, @handles, dates and "| Updated" tails are cut; "A and B" and
"A, B & C" are split; staff words ("Staff", "Redaktion") and the site's own name are
rejected unless... never: they name no person.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsparse.dates import find_dates
from newsparse.document import DumpKind
from newsparse.extract import Candidate, Context
from newsparse.extract.features import Cue
from newsparse.lexicon import Lexicon, fold

__all__ = ["authors_from_meta", "authors_from_text", "split_names"]

_WINDOW = 30
"""Blocks before the body start searched for bylines."""

_EMAIL = re.compile(r"(?<!\S)[^\s@]+@[^\s@]+\.\w+")
"""An e-mail address; starts only at a word start, so long runs of symbols stay linear."""
_HANDLE = re.compile(r"(?<!\w)@\w+")
_URLISH = re.compile(r"https?://\S+|www\.\S+")
_TIME = re.compile(r"\b\d{1,2}:\d{2}\b.*$")
_TAIL = re.compile(r"(?:\s+[|/•·]|\s+[-–—]\s|\d).*$")
"""A byline's tail: after a separator, a spaced dash or the first digit ("Jane Doe | 3h")."""

_GLUED = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ])")
"""A lower-to-upper case step inside a word: "JamesStaff" (a name glued to a role)."""

_GLUED_OK = re.compile(r"^(?:Mc|Mac|De|Di|Da|Van|Von|La|Le|O')", re.IGNORECASE)
"""Name prefixes that legitimately step from lower to upper case (McDonald, DeShawn)."""

_SPLIT = re.compile(r"\s*(?:,|;|\s&\s|\s\+\s|\s/\s)\s*")
"""Separators between several names in one byline."""

_NAME_TOKEN = re.compile(r"^(?:[^\W\d_][\w'’.-]*)$")
"""One token of a personal name: starts with a letter."""

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


def _is_name(tokens: list[str], lex: Lexicon) -> bool:
    """True for a plausible personal name: 2–5 tokens, capitalised except particles."""
    if not 2 <= len(tokens) <= 5:
        return False
    capitals = 0
    for token in tokens:
        if not _NAME_TOKEN.match(token):
            return False
        if token[0].isupper():
            capitals += 1
        elif token.casefold() not in _PARTICLES and not token.startswith(("al-", "el-")):
            return False
        if token.casefold() in lex.all_stopwords and token.casefold() not in _PARTICLES:
            # Function words ("DAS ERWARTEN WIR", "Bei Protesten") do not occur in names.
            return False
    return capitals >= 2


def _strip_prefix(text: str, lex: Lexicon) -> tuple[str, bool]:
    folded = text.casefold()
    for prefix in lex.byline_prefixes:
        if folded.startswith(prefix) and len(text) > len(prefix) + 1:
            rest = text[len(prefix) :]
            if rest[:1] in (" ", ":", "\u00a0"):
                return rest.lstrip(" :\u00a0"), True
    return text, False


def _after_dated_prefix(text: str, lex: Lexicon) -> str | None:
    """Return the byline part that follows a date in one line, if any.

    "Veröffentlicht am 03.02.2022 von Sarah Schnieder" gives "von Sarah Schnieder".
    """
    mentions = find_dates(text)
    if not mentions:
        return None
    rest = text[mentions[0].end :]
    match = lex.byline_prefix.search(rest.casefold())
    if match is None or match.start() > 12:
        return None
    return rest[match.start() :]


def _clean_part(part: str, lex: Lexicon, site_names: frozenset[str]) -> str | None:
    part = _EMAIL.sub("", part)
    part = _URLISH.sub("", part)
    part = _HANDLE.sub("", part)
    part = _TIME.sub("", part)
    for mention in find_dates(part):
        part = part.replace(mention.raw, " ")
    month_day = lex.month_day.search(part)
    if month_day is not None:
        part = part[: month_day.start()]
    part = _TAIL.sub("", part)
    part, _ = _strip_prefix(part.strip(), lex)
    part = " ".join(_name_tokens(part.strip(" -–—|:()[]").split(), lex, site_names))
    folded = fold(part)
    if not part or folded in lex.staff_words or folded in site_names:
        return None
    cue_words = lex.published_cues | lex.updated_cues | lex.navigation_lines | lex.widget_lines
    if any(w in cue_words for w in folded.split()):
        return None
    if any(word in lex.staff_words for word in folded.split()) and len(folded.split()) <= 3:
        return None
    return part if _is_name(part.split(), lex) else None


def _name_tokens(tokens: list[str], lex: Lexicon, site_names: frozenset[str]) -> list[str]:
    """Keep the leading tokens of a name: stop at a role, date cue, site name or glued role.

    Month and short weekday words do not stop a name (Jan, April, Di are names too): the
    dates they belong to were removed before.
    """
    stops = lex.role_words | lex.published_cues | lex.updated_cues
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


def split_names(text: str, lex: Lexicon, site_names: frozenset[str] = frozenset()) -> list[str]:
    """Split a byline into clean person names, in order, deduplicated case-insensitively.

    Args:
        text: A byline such as ``"By Jane Doe and John Roe, Staff Writers"``.
        lex: Cue words (prefixes, conjunctions, staff words).
        site_names: Folded site names to reject.

    Returns:
        The names found (possibly none).
    """
    text, _ = _strip_prefix(" ".join(text.split()), lex)
    words = text.split(" ")
    # Replace conjunction words by a comma so one separator pattern splits everything.
    joined = " ".join("," if w.casefold() in lex.author_conjunctions else w for w in words)
    names: list[str] = []
    seen: set[str] = set()
    for part in _SPLIT.split(joined):
        name = _clean_part(part, lex, site_names)
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            names.append(name)
    return names


def _agency(text: str, lex: Lexicon) -> str | None:
    """The news agency a byline names when it names nothing else ("By Reuters", "(dpa)")."""
    rest, _ = _strip_prefix(" ".join(text.split()), lex)
    rest = _TAIL.sub("", rest).strip(" ()[]-–—|:,")
    return rest if fold(rest) in lex.agencies else None


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
    """Propose bylines from visible lines before the body and in its first and last blocks."""
    blocks, feats, layout = ctx.doc.blocks, ctx.feats, ctx.layout
    start = layout.start
    lo = max(0, start - _WINDOW)
    window = [*range(lo, min(len(blocks), start + 10))]
    for i in window:
        block, feat = blocks[i], feats[i]
        if block.hidden or feat.cue not in (Cue.NONE, Cue.CREDIT) or feat.words > 25:
            continue
        text = block.text
        _, prefixed = _strip_prefix(text, ctx.lex)
        if not prefixed:
            dated = _after_dated_prefix(text, ctx.lex)
            if dated is not None:
                text, prefixed = dated, True
        marked = bool(block.tokens & _BYLINE_TOKENS)
        if not prefixed and not marked and not _could_be_names(text, ctx.lex):
            continue
        names = split_names(text, ctx.lex, ctx.site_names)
        if not names:
            agency = _agency(text, ctx.lex) if prefixed or marked else None
            if agency:
                # An agency is the author only when nothing better is found: low score.
                yield Candidate(value=(agency,), score=0.8, source=f"agency:{i}", blocks=(i,))
            continue
        if not prefixed and not marked and ctx.doc.kind is DumpKind.HTML:
            # HTML marks bylines; an unmarked name-shaped line is a menu or a caption.
            continue
        if not prefixed and feat.words > 12:
            continue
        distance = abs(start - i)
        if not prefixed and i >= start + 6:
            continue
        score = 5.0 - 0.05 * distance if prefixed else 3.0 - 0.3 * distance
        if marked:
            score += 2.0
        if not prefixed and _menu_neighbours(i, ctx):
            score -= 2.0
        claimed = tuple(j for j in window if j != i and feats[j].folded == feat.folded)
        yield Candidate(value=tuple(names), score=score, source=f"block:{i}", blocks=(i, *claimed))


def _menu_neighbours(i: int, ctx: Context) -> bool:
    """True when the previous and next lines are short items of the same list (a menu)."""
    feats, blocks = ctx.feats, ctx.doc.blocks
    if i == 0 or i + 1 >= len(blocks) or blocks[i].blank_before or blocks[i + 1].blank_before:
        return False
    return feats[i - 1].words <= 3 and feats[i + 1].words <= 3


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
            # A declared organisation or agency is the author only when no person is found.
            fallback = [
                v for v in values if "organization" in source or fold(v) in ctx.lex.agencies
            ]
            if fallback and len(fallback[0]) <= 60:
                yield Candidate(value=(" ".join(fallback[0].split()),), score=0.5, source=source)
            continue
        score = 5.5 if source.startswith("jsonld") else 4.0
        if "organization" in source:
            score = 0.5
        if all(n.casefold() in visible for n in names):
            score += 2.0
        yield Candidate(value=tuple(names), score=score, source=source)
