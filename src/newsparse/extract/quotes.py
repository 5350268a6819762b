"""Quotation spans and speaker attribution inside body paragraphs.

:func:`find_quotes` works in three passes, each linear in the text length:

1. **Pairing.** One scan over the quote marks of each paragraph pairs openers with closers
   (“ ” ‘ ’ " ' « » ‹ › „ “ ‚ ‘ 「 」 『 』, in either direction where a language reverses them).
   Straight marks and apostrophes are told apart by the characters around them. The pending
   openers form a small bounded stack, so a paragraph of random marks stays linear.
2. **Classification.** Only outermost pairs count. A pair that opens a sentence (or follows a
   colon or an attribution such as ``he said,``) is a *direct* quote; one inside the writer's
   sentence is *partial* and is kept only when a speech verb attributes it. Single words and
   name- or title-like strings (``“Jund al-Imam al-Hujja,”``) are never quotes.
3. **Attribution.** A speech verb from ``quote_cues.toml`` next to the quote (after it, then
   before it) gives the verb and the subject: a name with its title or role split off, a noun
   phrase, or a pronoun. Pronouns, subject-less verbs (Spanish ``dijo``) and quotes standing
   alone in a paragraph are resolved against the speech events seen so far.

A quotation that runs over several paragraphs (an opening mark left open at the end of a
paragraph and continued by a paragraph that re-opens it, or that closes it without re-opening)
is returned as **one Quote per paragraph piece**, in order, all of kind ``DIRECT`` and sharing the
speaker, role and verb found around the whole run. A run that is never closed is dropped.

The module is longer than the style guide's smell threshold because the three passes share
small private types; splitting them would expose those types for no caller's benefit.
"""

from __future__ import annotations

import bisect
import functools
import importlib.resources
import itertools
import re
import tomllib
from collections.abc import Sequence

import attrs

from newsparse.model import Quote, QuoteKind

__all__ = ["find_quotes"]


def _load_cue_data() -> dict[str, dict[str, object]]:
    resource = importlib.resources.files("newsparse.extract").joinpath("quote_cues.toml")
    return tomllib.loads(resource.read_text(encoding="utf-8"))


_CUE_DATA = _load_cue_data()


def _shared(key: str) -> frozenset[str]:
    """A language-independent word list from the ``[shared]`` table of ``quote_cues.toml``."""
    words = _CUE_DATA["shared"][key]
    assert isinstance(words, list)  # noqa: S101 - shape is pinned by the data test
    return frozenset(str(w).casefold() for w in words)


# Opening mark -> the marks that may close it. „ and ‚ close with either curly form (German,
# Polish); « » and ‹ › run in both directions (French vs. German/Danish usage).
_CLOSERS: dict[str, str] = {
    "“": "”“",
    "„": "“”",
    "‚": "‘’",
    "‘": "’",
    "«": "»",
    "»": "«",
    "‹": "›",
    "›": "‹",
    '"': '"',
    "'": "'",
    "「": "」",
    "『": "』",
}
_ALL_CLOSERS = frozenset("".join(_CLOSERS.values()))
QUOTE_MARK = re.compile(r"[\"'“”‘’«»‹›„‚「」『』]")
# Marks that need no context to open or close (CJK text has no spaces around them).
_CJK_MARKS = frozenset("「」『』")
# Pending openers kept per paragraph; deeper nesting than this does not occur in prose, and the
# bound keeps the closer search O(1) on adversarial input.
_MAX_PENDING = 8
# Attribution clauses are short; longer stretches are the writer's own sentence.
_MAX_SUBJECT_WORDS = 10
_MAX_GAP_WORDS_DIRECT = 5
_MAX_GAP_WORDS_PARTIAL = 18
_CONTEXT_CHARS = 300
_GAP_CHARS = 200
# A paragraph this short that ends with an unpunctuated quote is a subheading.
_HEADING_WORDS = 12
# Words that may sit inside a name without a capital ("Muqtada al-Sadr", "Ursula von der Leyen").
_NAME_PARTICLES = _shared("name_particles")
_NAME_SUFFIXES = frozenset({"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"})
_RELATIVES = _shared("relatives")
# The lookbehind starts matches only at the start of a run of stops: without it a long run
# ("!!!!…", "....") is rescanned from every position, which is quadratic.
SENTENCE_END = re.compile(r"(?<![.!?…])[.!?…]+[\"'”’»“」]*\s+")
WORD = re.compile(r"\w+")
_ABBREVIATIONS = _shared("abbreviations")
_TRAILING_PUNCT = ".,;:!?…\"'“”‘’«»()[]"


@attrs.frozen
class _Cues:
    """The attribution vocabulary of one language, compiled once."""

    pattern: re.Pattern[str]
    kinds: dict[str, str]
    pron_sing: frozenset[str]
    pron_plur: frozenset[str]
    pron_any: frozenset[str]
    titles: frozenset[str]
    title_suffixes: tuple[str, ...]
    hyphen_titles: tuple[str, ...]
    """``"-" + title`` for every title ("Vize-Präsident"), for one C-level ``endswith``."""
    determiners: frozenset[str]
    np_breaks: frozenset[str]
    function: frozenset[str]
    conjunctions: frozenset[str]
    adverbs: frozenset[str]
    np_stop: frozenset[str]
    examples: tuple[str, ...]
    """Words before a partial quote that make it an example or a name (``such as``)."""
    reported: frozenset[str]
    """Verb forms of reported speech ("sei"): a partial quote near one is the last speaker's."""
    inversion: bool
    object_verbs: frozenset[str]
    """Verbs whose following noun phrase is their object ("nannte X „…“"), never the speaker."""
    non_name: frozenset[str]
    """Function words that are never part of a name, even capitalised ("Doch", "Die", "Ein")."""


def _compile_cues(table: dict[str, object]) -> _Cues:
    def words(key: str) -> list[str]:
        value = table.get(key, [])
        assert isinstance(value, list)  # noqa: S101 - shape is pinned by the data test
        return [str(v) for v in value]

    def folded(key: str) -> frozenset[str]:
        # Casefolded like the tokens they are compared with ("außerhalb" -> "ausserhalb").
        return frozenset(w.casefold() for w in words(key))

    kinds = dict.fromkeys(words("verbs"), "verb")
    kinds.update(dict.fromkeys(words("preps"), "prep"))
    kinds.update(dict.fromkeys(words("impersonal"), "impersonal"))
    alternation = "|".join(re.escape(w) for w in sorted(kinds, key=len, reverse=True))
    # A lookahead on the possible first letters lets the scan skip most positions cheaply.
    initials = "".join(sorted({c for w in kinds for c in (w[0].lower(), w[0].upper())}))
    return _Cues(
        pattern=re.compile(
            rf"(?<![\w-])(?=[{re.escape(initials)}])(?:{alternation})(?!\w)", re.IGNORECASE
        ),
        kinds={w.casefold(): kind for w, kind in kinds.items()},
        pron_sing=folded("pron_sing"),
        pron_plur=folded("pron_plur"),
        pron_any=folded("pron_any"),
        titles=folded("titles"),
        title_suffixes=tuple(folded("title_suffixes")),
        hyphen_titles=tuple("-" + title for title in folded("titles")),
        determiners=folded("determiners"),
        np_breaks=folded("np_breaks"),
        function=folded("function"),
        conjunctions=folded("conjunctions"),
        adverbs=folded("adverbs"),
        np_stop=folded("np_stop"),
        examples=tuple(" " + w for w in folded("examples")),
        reported=folded("reported"),
        inversion=bool(table.get("inversion", False)),
        object_verbs=folded("object_verbs"),
        non_name=(
            folded("determiners")
            | folded("function")
            | folded("conjunctions")
            | folded("adverbs")
            | folded("np_breaks")
        )
        - _NAME_PARTICLES,
    )


@functools.cache
def _cue_tables() -> dict[str, _Cues]:
    """Compile the per-language tables of ``quote_cues.toml`` once per process."""
    return {lang: _compile_cues(t) for lang, t in _CUE_DATA.items() if lang != "shared"}


def _guess_lang(paragraphs: Sequence[str]) -> str:
    """Pick the cue language whose function words are most frequent in the first 4 000 chars."""
    tables = _cue_tables()
    sample = " ".join(paragraphs)[:4000].casefold()
    counts: dict[str, int] = dict.fromkeys(tables, 0)
    for match in WORD.finditer(sample):
        word = match.group()
        for lang, cues in tables.items():
            if word in cues.function:
                counts[lang] += 1
    return max(counts, key=lambda lang: (counts[lang], lang == "en"))


# ---------------------------------------------------------------------------------------------
# Pass 1: pairing marks


@attrs.frozen
class _Scan:
    """Outermost mark pairs of one paragraph, and an opener left open at its end."""

    pairs: tuple[tuple[int, int], ...]
    """``(open, close)`` mark positions; ``open == -1`` for a quote carried in from before."""
    open_tail: tuple[str, int] | None
    """The unclosed opener ``(mark, position)`` after the last pair, if any."""
    reopened: bool
    """True when the paragraph starts with an opening mark."""


def _can_open(text: str, i: int) -> bool:
    after = text[i + 1] if i + 1 < len(text) else " "
    if text[i] in _CJK_MARKS:
        return True
    if after.isspace() and text[i] not in "«»":
        return False
    before = text[i - 1] if i > 0 else " "
    if text[i] in "\"'":
        return not before.isalnum() and (text[i] == '"' or after.isalpha())
    return not (text[i] in "‘" and before.isalpha())


def _can_close(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    if text[i] in _CJK_MARKS:
        return True
    if before.isspace() and text[i] not in "«»‹›":
        return False
    after = text[i + 1] if i + 1 < len(text) else " "
    # An apostrophe between letters ("don’t") closes nothing.
    return not (text[i] in "’'‘" and after.isalpha())


def _scan(text: str, carry: str | None) -> _Scan:
    pending: list[tuple[str, int]] = [(carry, -1)] if carry else []
    pairs: list[tuple[int, int]] = []
    for match in QUOTE_MARK.finditer(text):
        mark, i = match.group(), match.start()
        if mark in _ALL_CLOSERS and _can_close(text, i):
            hit = next(
                (k for k in range(len(pending) - 1, -1, -1) if mark in _CLOSERS[pending[k][0]]),
                None,
            )
            if hit is not None:
                pairs.append((pending[hit][1], i))
                del pending[hit:]
                continue
        if mark in _CLOSERS and _can_open(text, i):
            pending.append((mark, i))
            if len(pending) > _MAX_PENDING:
                del pending[0]
    outer: list[tuple[int, int]] = []
    for start, end in sorted(pairs):
        if not outer or start > outer[-1][1]:
            outer.append((start, end))
    last = outer[-1][1] if outer else -2
    tail = next(((m, i) for m, i in pending if i > last and i >= 0), None)
    reopened = bool(text) and text.lstrip()[:1] in _CLOSERS
    return _Scan(pairs=tuple(outer), open_tail=tail, reopened=reopened)


@attrs.frozen
class _Piece:
    """One quoted stretch of one paragraph: mark positions and the trimmed text span."""

    paragraph: int
    open_mark: int
    close_mark: int
    span: tuple[int, int]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _piece(p: int, text: str, open_mark: int, close_mark: int) -> _Piece:
    return _Piece(p, open_mark, close_mark, _trim(text, open_mark + 1, close_mark))


def _runs(paragraphs: Sequence[str]) -> list[list[_Piece]]:
    """Pair marks in every paragraph and link multi-paragraph quotes into runs of pieces."""
    runs: list[list[_Piece]] = []
    chain: list[_Piece] = []
    carry: str | None = None
    for p, text in enumerate(paragraphs):
        scan = _scan(text, carry)
        lead = len(text) - len(text.lstrip())
        pairs = list(scan.pairs)
        tail = scan.open_tail
        carry = None
        if chain:
            if (pairs and pairs[0][0] == -1) or (
                pairs and pairs[0][0] == lead and scan.reopened
            ):  # closed without re-opening
                runs.append([*chain, _piece(p, text, *pairs.pop(0))])
            elif not pairs and tail is not None and tail[1] == lead:  # re-opened, still open
                chain.append(_piece(p, text, tail[1], len(text)))
                carry = tail[0]
                continue
            chain = []
        runs.extend([_piece(p, text, s, e)] for s, e in pairs if s >= 0)
        if tail is not None:
            chain = [_piece(p, text, tail[1], len(text))]
            carry = tail[0]
    runs.sort(key=lambda run: (run[0].paragraph, run[0].span[0]))
    return [run for run in runs if all(piece.span[0] < piece.span[1] for piece in run)]


# ---------------------------------------------------------------------------------------------
# Pass 2 and 3: classification and attribution


@attrs.frozen
class _Who:
    """A parsed attribution: who (or which pronoun), in what role, with which verb."""

    speaker: str | None
    role: str | None = None
    verb: str | None = None
    ref: str = "name"
    """``name`` or ``np`` (speaker known), ``sing``/``plur``/``any`` (a pronoun or a
    subject-less verb, to resolve), ``none`` (impersonal: nobody in particular)."""


@attrs.frozen
class _Event:
    """A speech event seen in the text: someone said something at this position."""

    paragraph: int
    position: int
    who: _Who
    spoke: bool = True
    """False for a name that merely opens a sentence: a referent, but no speaker yet."""


@attrs.frozen
class _Ctx:
    """Per-call lookups shared by the attribution helpers."""

    cues: _Cues
    lower_words: frozenset[str]
    """Words the article also writes in lower case: not names when capitalised."""
    surnames: dict[str, str]
    """Last name (casefolded) -> the first full name that ends with it."""


def _sentence_starts(text: str) -> list[int]:
    starts = [0]
    for match in SENTENCE_END.finditer(text):
        end = match.end()
        if end >= len(text) or not (text[end].isupper() or text[end] in _CLOSERS):
            continue
        before = text[max(0, match.start() - 12) : match.start()].split()
        word = before[-1].casefold().strip(_TRAILING_PUNCT) if before else ""
        if text[match.start()] == "." and (len(word) == 1 or word in _ABBREVIATIONS):
            continue
        starts.append(end)
    return starts


def _is_cap(token: str) -> bool:
    first = token[:1]
    if not first.isalpha():
        return False
    # The common cases decide on the first letter; only hyphenated lower-case-first tokens
    # ("al-Assad", "ex-Minister") look at their other parts.
    if first.isupper():
        # An elided article before a common noun ("L’imprenditore", "D’après") is no name.
        return not (token[1:2] in "'’" and token[1:2] and token[2:3].islower())
    return "-" in token and any(part[:1].isupper() for part in token.split("-"))


def _is_title(token: str, cues: _Cues) -> bool:
    low = token.casefold().strip(",")
    if low in cues.titles or (len(token) > 1 and token.isupper() and token.isalpha()):
        return True
    # endswith() over a tuple rejects most tokens in C; only hits check the length rule.
    if low.endswith(cues.title_suffixes) and any(
        low.endswith(s) and len(low) > len(s) + 2 for s in cues.title_suffixes
    ):
        return True
    return low.endswith(cues.hyphen_titles)


def _name_start(tokens: list[str], ctx: _Ctx, *, initial: bool = True) -> int:
    """Index where the trailing run of capitalised name tokens begins (``len`` if none)."""
    i = len(tokens)
    while i > 0 and (
        _is_cap(tokens[i - 1]) or (i < len(tokens) and tokens[i - 1].casefold() in _NAME_PARTICLES)
    ):
        i -= 1
    while i < len(tokens) and (not _is_cap(tokens[i]) or tokens[i].casefold() in ctx.cues.non_name):
        i += 1
    # A sentence-initial word the article also writes in lower case ("Dazu", "Also") is no
    # name, unless dropping it would leave a lone surname ("Will Moy").
    while initial and i < len(tokens) - 2 and tokens[i].casefold() in ctx.lower_words:
        i += 1
    return i


def _phrase(
    phrase: str, ctx: _Ctx, role_hint: str | None = None, *, initial: bool = False
) -> _Who | None:
    """Turn a subject phrase into a speaker: a pronoun, a name with its role, or a noun phrase."""
    cues = ctx.cues
    tokens = phrase.strip(_TRAILING_PUNCT + " \u00a0").split()
    # "but she said", "when he urged": the subject starts after the last conjunction when a
    # pronoun or a name follows it; "the singer and guitarist" stays whole.
    cut = [
        k
        for k, t in enumerate(tokens[:-1])
        if t.casefold() in cues.conjunctions
        and (_is_cap(tokens[k + 1]) or _pronoun([tokens[k + 1].casefold()], cues))
    ]
    tokens = tokens[cut[-1] + 1 :] if cut else tokens
    while len(tokens) > 1 and tokens[-1].casefold() in cues.adverbs:  # "Noem later", "He also"
        tokens = tokens[:-1]
    while len(tokens) > 1 and tokens[0].casefold() in cues.adverbs:  # "poi la premier"
        tokens = tokens[1:]
    breaks = [k for k in range(1, len(tokens)) if tokens[k].casefold() in cues.np_breaks]
    tokens = tokens[: breaks[0]] if breaks else tokens  # "eine Dame vor dem Stück"
    if not tokens or len(tokens) > _MAX_SUBJECT_WORDS:
        return None
    low = [t.casefold() for t in tokens]
    pronoun = _pronoun(low, cues)
    if pronoun:
        return _Who(None, ref=pronoun)
    if low[0] not in cues.determiners and (
        low[0] in cues.function or low[0] in cues.np_breaks or low[0] in cues.conjunctions
    ):
        return None
    if any(w in cues.np_stop for w in low) or not any(c.isalpha() for c in phrase):
        return None
    start = _name_start(tokens, ctx, initial=initial)
    if start == len(tokens):
        if len(tokens) == 1 and (_is_cap(tokens[0]) or low[0] in cues.determiners):
            return None
        return _np(tokens, role_hint)
    known = len(tokens) - start == 1 and low[-1].strip(",") in ctx.surnames
    if low[0] in cues.determiners and len(tokens) - start < 2 and not known:
        return _np(tokens, role_hint)
    titles = [k for k in range(start, len(tokens)) if _is_title(tokens[k], cues)]
    name_at = titles[-1] + 1 if titles else start
    if name_at >= len(tokens):
        return _np(tokens, role_hint)
    if 0 < name_at == start and len(tokens) - start > 2 and low[start - 1] in _CONNECTORS:
        # "Secretary of State Mike Pompeo": after "of" the run opens with the role's object.
        name_at = len(tokens) - 2
    if any(t.casefold() in cues.non_name for t in tokens[name_at:]):
        return None  # "Vorbild Ein weit verbreiteter ...": capitalised words, but no name
    role_tokens = tokens[:name_at]
    if role_tokens and role_tokens[0].casefold() in cues.determiners:
        role_tokens = role_tokens[1:]
    role = " ".join(role_tokens).strip(_TRAILING_PUNCT) or role_hint
    name = _canonical(" ".join(tokens[name_at:]).strip(",;:"), ctx)
    return _Who(name, role or None, ref="name")


def _canonical(name: str, ctx: _Ctx) -> str:
    """The article's full form of a name given by its last part ("Parise" -> "Zach Parise")."""
    key = name.rsplit(" ", 1)[-1].casefold()
    full = ctx.surnames.get(key) or ctx.surnames.get("^" + key)
    if full and len(full) > len(name) and (f" {name} " in f" {full} "):
        return full
    return name


def _np(tokens: list[str], role: str | None) -> _Who:
    return _Who(" ".join(tokens), role, ref="np")


def _pronoun(low: list[str], cues: _Cues) -> str | None:
    words = [w for w in re.split(r"[\W_]+", " ".join(low)) if w and w not in {"a", "t"}]
    if len(words) != 1:
        return None
    word = words[0]
    if word in cues.pron_sing:
        return "sing"
    if word in cues.pron_plur:
        return "plur"
    return "any" if word in cues.pron_any else None


def _subject(before: str, ctx: _Ctx, *, initial: bool = False) -> _Who | None:
    """The speaker named right before a speech verb (``Pentagon spokesman X said``).

    Comma-separated appositions are searched backwards for a name ("Omar Lamrani, a senior
    analyst at Stratfor, the intelligence firm, told ..."); the segments after the name give
    its role. ``initial`` marks a clause that starts a sentence, where a capitalised word the
    article also writes in lower case ("But", "Dazu") is not a name.
    """
    clause = CLAUSE_EDGE.split(before)[-1]
    last_word = clause.rsplit(None, 1)[-1:]
    if last_word and last_word[0].casefold() in ctx.cues.conjunctions:
        # "Bennett kritisierte Gideon Sa’ar, …, und sagte": the verb shares the subject that
        # opens the clause.
        return _opening_name(clause.lstrip(), ctx, bridge=False)
    segs = [s.strip() for s in clause.split(",")]
    while segs and not segs[-1]:
        segs.pop()
    if not segs:
        return None
    for k in range(len(segs) - 2, max(-1, len(segs) - 5), -1):
        later = segs[k + 1].split()
        first = later[0].casefold() if later else ""
        lead_word = first in ctx.cues.determiners or first in _RELATIVES
        if _pronoun([first], ctx.cues):
            break
        age = segs[k + 1].isdigit()  # "Jamil Al Saadouni, 58, told ..."
        if not (lead_word or age or segs[k + 1][:1].islower() or _is_role(segs[k + 1], ctx)):
            break
        named = _phrase(segs[k], ctx, initial=initial and k == 0)
        if named is not None and named.ref == "name":
            role = None if first in _RELATIVES else " ".join(later[first in ctx.cues.determiners :])
            return attrs.evolve(named, role=named.role or role or None)
    last = segs[-1]
    if (
        len(segs) >= 2
        and last[:1].islower()
        and segs[-2].split()[:1]
        and segs[-2].split()[0].casefold() in ctx.cues.determiners
    ):
        return _phrase(f"{segs[-2]}, {last}", ctx)
    return _phrase(last, ctx, initial=initial and len(segs) == 1)


def _is_role(segment: str, ctx: _Ctx) -> bool:
    """True for an apposition that names a role, not a person ("CEO of Take-Two")."""
    return any(t[:1].islower() and t.casefold() not in _NAME_PARTICLES for t in segment.split())


def _after_verb(after: str, ctx: _Ctx) -> _Who | None:
    """The speaker named right after a verb or cue (``said Smith``, ``so Müller``)."""
    text = after.lstrip(" -\u00a0")
    text = text.removeprefix("t-")
    segs = re.split(r"[,.;:!?()—–\n]", text, maxsplit=2)
    tokens = segs[0].split()
    while tokens and tokens[0].casefold() in ctx.cues.adverbs:
        tokens = tokens[1:]
    if not tokens or tokens[0].casefold() in ctx.cues.np_breaks:
        return None
    pronoun = _pronoun([tokens[0].casefold()], ctx.cues)
    if pronoun:  # "erklärt er aus seiner Rolle heraus"
        return _Who(None, ref=pronoun)
    for k in range(1, len(tokens)):
        follows = tokens[k + 1] if k + 1 < len(tokens) else ""
        conjunction = tokens[k].casefold() in ctx.cues.conjunctions and follows[:1].islower()
        if tokens[k].casefold() in ctx.cues.np_breaks or conjunction:  # "Smotrich und betonte"
            tokens = tokens[:k]
            break
    hint = None
    if len(segs) > 1:
        rest = segs[1].split()
        if rest and rest[0].casefold() in ctx.cues.determiners:
            hint = " ".join(rest[1:]) or None
    return _phrase(" ".join(tokens), ctx, role_hint=hint)


def _breaks(text: str) -> bool:
    """True when a sentence or clause ends inside ``text`` (so it cannot hold an attribution)."""
    return CLAUSE_BREAK.search(text) is not None or len(_sentence_starts(text)) > 1


CLAUSE_EDGE = re.compile(r"[;:()—–\"“”„«»]")
CLAUSE_BREAK = re.compile(r"[!?;:]")


def _attribute_after(tail: str, ctx: _Ctx, *, closed: bool) -> _Who | None:
    """Attribution written after the closing mark: ``, Smith said`` / ``, said Smith``.

    ``closed`` means the quote ended its own sentence (``“… over.” He declined to ...``): then
    only a short attribution (``Smith said.``) may follow, not a new sentence.
    """
    text = tail.lstrip(" ,;–—-\u00a0")
    if not text or text[0] in ".!?" or (closed and len(text.split()) > 5):
        return None
    match = ctx.cues.pattern.search(text, 0, _CONTEXT_CHARS)
    if match is None:
        return None
    if match.start() > 0 and text.split()[0].casefold() in ctx.cues.conjunctions:
        return None
    before = text[: match.start()]
    limit = _MAX_SUBJECT_WORDS * (3 if "," in before else 1)
    if _breaks(before) or len(before.split()) > limit:
        return None
    verb = match.group()
    kind = ctx.cues.kinds[verb.casefold()]
    if kind == "impersonal":
        return _Who(None, verb=verb, ref="none")
    who: _Who | None
    if kind == "prep" and before.strip(" ,"):
        # "„…“ fokussieren, so Trump.": a cue closing the sentence after a comma, but only
        # with a speaker after it ("so schnell wie möglich" is no attribution).
        late = before.rstrip().endswith(",") and not closed
        who = _after_verb(text[match.end() :], ctx) if late else None
        if who is None or (who.ref == "np" and not _determined(who.speaker, ctx)):
            return None
    elif kind == "prep" or not before.strip(" ,"):
        who = _after_verb(text[match.end() :], ctx) or _Who(None, ref="sing")
    else:
        who = _subject(before, ctx)
        if before.rstrip().endswith(",") and (who is None or " " not in (who.speaker or "")):
            # "“…” even within Hamas, said Matthew Levitt": the subject follows the verb.
            after = _after_verb(text[match.end() :], ctx)
            who = after if after is not None and after.ref == "name" else who
    return None if who is None else attrs.evolve(who, verb=verb)


def _determined(phrase: str | None, ctx: _Ctx) -> bool:
    """True for a noun phrase that opens with a determiner ("der Experte")."""
    first = (phrase or "").split(None, 1)[:1]
    return bool(first) and first[0].casefold() in ctx.cues.determiners


def _attribute_before(head: str, ctx: _Ctx, max_gap: int) -> _Who | None:
    """Attribution written before the opening mark: ``Smith said:`` / ``laut Müller``."""
    match = None
    previous = 0
    # The verb must sit within ``max_gap`` words of the quote: search only that far back.
    window = max(0, len(head) - _GAP_CHARS)
    for found in ctx.cues.pattern.finditer(head, window):
        # The subject starts after an earlier verb ("he said he told them").
        previous = match.end() if match is not None else 0
        match = found
    if match is None:
        return None
    gap = head[match.end() :]
    if len(WORD.findall(gap)) > max_gap or _breaks(gap.rstrip(" :,")):
        return None
    verb = match.group()
    kind = ctx.cues.kinds[verb.casefold()]
    if kind == "impersonal":
        return _Who(None, verb=verb, ref="none")
    if kind == "prep":
        who = _after_verb(gap, ctx)
    else:
        who = None
        inverted = ctx.cues.inversion and verb.casefold() not in ctx.cues.object_verbs
        if inverted and not gap.lstrip().startswith(","):
            who = _after_verb(gap, ctx)
            if who is not None and who.ref == "np" and who.speaker and who.speaker[0].islower():
                who = None if who.speaker.split()[0] not in ctx.cues.determiners else who
        before = head[: match.start()].rsplit(None, 1)[-1:]
        if before and before[0].casefold() in ctx.cues.conjunctions:
            previous = 0  # "X kritisierte Y und sagte": the subject opens the sentence
        who = who or _subject(head[previous : match.start()], ctx, initial=not previous)
        if who is None and head[: match.start()].rstrip().endswith(","):
            who = _Who(None, ref="sing")  # ", adding “…”": the subject is the one before
    return None if who is None else attrs.evolve(who, verb=verb)


def _opens_sentence(head: str, ctx: _Ctx) -> bool:
    """True when the quote starts a sentence, follows a colon, or follows ``he said,``."""
    text = head.rstrip(" \u00a0")
    if not text or text[-1] in ":.!?…":
        return True
    if text[-1] in ",—–-":
        words = text.split()[-6:]
        return ctx.cues.pattern.search(" ".join(words)) is not None
    return False


def _name_like(text: str) -> bool:
    """True for names and titles in quote marks ("Jund al-Imam al-Hujja," or "The Lion King")."""
    stripped = text.rstrip(" ,;:")
    if stripped[-1:] in ".!?…":
        return False
    words = WORD.findall(stripped)
    if len(words) > 8:
        return False
    return all(w[0].isupper() or w[0].isdigit() or w.casefold() in _CONNECTORS for w in words)


_CONNECTORS = _shared("connectors")


def _make_ctx(paragraphs: Sequence[str], cues: _Cues) -> _Ctx:
    """Collect the article's lower-case vocabulary and its full names, in one linear pass."""
    lower_words: set[str] = set()
    surnames: dict[str, str] = {}
    # The vocabulary is much smaller than the text: test each distinct word once.
    lower_words.update(w for w in set(WORD.findall("\n".join(paragraphs))) if w[0].islower())
    probe = _Ctx(cues, frozenset(lower_words), {})
    for text in paragraphs:
        run: list[str] = []
        # After "of" a run opens with the role's object: "Secretary of State Mike Pompeo".
        linked = False
        for raw in [*text.split(), "."]:
            if raw[:1].islower() and "-" not in raw:
                # Fast path: a lower-case word ends any run of name tokens.
                if len(run) >= 2:
                    _add_full_name(run[linked and len(run) > 2 :], probe, surnames)
                run = []
                linked = raw in _CONNECTORS and raw not in cues.determiners
                continue
            token = raw.strip("\"'“”‘’«»„‚()[]")
            if "'" in token or "’" in token:
                token = POSSESSIVE.sub("", token)
            if (
                token
                and _is_cap(token)
                and (not token.endswith((".", ",", ":", ";")) or _INITIAL.fullmatch(token))
            ):
                run.append(token)  # an initial ("James P. Kennedy") does not end the name
                continue
            if token and _is_cap(token.rstrip(".,:;")) and len(token.rstrip(".,:;")) > 1:
                run.append(token.rstrip(".,:;"))
            if len(run) >= 2:
                # A full name has two tokens or more; shorter runs add nothing.
                _add_full_name(run[linked and len(run) > 2 :], probe, surnames)
            run = []
            linked = False
    return _Ctx(cues, frozenset(lower_words), surnames)


def _add_full_name(run: list[str], ctx: _Ctx, surnames: dict[str, str]) -> None:
    start = _name_start(run, ctx)
    titles = [k for k in range(start, len(run)) if _is_title(run[k], ctx.cues)]
    name = run[(titles[-1] + 1 if titles else start) :]
    if any(t.casefold() in ctx.cues.non_name for t in name):
        return
    if len(name) > 3 and not any(_name_glue(t) for t in name[1:]):
        # A long run of capitals is more often a place or body before a name than one name;
        # particles, initials and suffixes ("Abu Anas Al Saud", "James P. Kennedy Jr.") glue.
        name = name[-2:]
    if len(name) >= 2:
        full = " ".join(name)
        keys = [name[-1].casefold(), "^" + name[0].casefold()]  # "Phil" -> "Phil Foden"
        if name[-1].casefold() in _NAME_SUFFIXES and len(name) >= 3:  # "James P. Kennedy Jr."
            keys.append(name[-2].casefold())
        for key in keys:
            known = surnames.get(key)
            # A longer form that contains the known one wins ("George Guido Lombardi").
            if known is None or (len(full) > len(known) and f" {known} " in f" {full} "):
                surnames[key] = full


def _name_glue(token: str) -> bool:
    """True for name parts that join a long name: particles, initials, suffixes."""
    low = token.casefold()
    return low in _NAME_PARTICLES or low in _NAME_SUFFIXES or (len(low) == 2 and low[1] == ".")


def _opening_name(text: str, ctx: _Ctx, *, bridge: bool = True) -> _Who | None:
    """The name that opens a sentence ("Bimota-Geschäftsführer Pierluigi Marconi ist ...").

    The opening runs to the first comma, or to the first lower-case word after a capitalised
    one, so a role written before the name stays in ("Wild defenseman Ryan Suter, who ...").
    A lone surname counts when the article gives the full name elsewhere ("Boudreau gave").
    """
    tokens = text.split(" ", _OPENING_WORDS)[:_OPENING_WORDS]
    caps = [_is_cap(t) for t in tokens]
    # Cheap test first: a full name needs two capitalised words in a row or a known surname.
    if not any(a and b for a, b in itertools.pairwise(caps)) and not any(
        c and t.rstrip(",.").casefold() in ctx.surnames for t, c in zip(tokens, caps, strict=True)
    ):
        return None
    # First up to a lower-case word after a capitalised one; failing that, over a role word
    # that a name follows ("Wild defenseman Ryan Suter").
    for bridging in (False, True)[: 1 + bridge]:
        taken: list[str] = []
        for k, token in enumerate(tokens):
            follows = tokens[k + 1] if k + 1 < len(tokens) else ""
            bridged = bridging and _is_cap(follows)
            if not _is_cap(token) and taken and _is_cap(taken[-1]) and not bridged:
                break
            taken.append(token.rstrip(","))
            if token.endswith(",") or not WORD.fullmatch(token.rstrip(",.").replace("-", "")):
                break
        if taken and _is_cap(taken[-1]):
            who = _phrase(" ".join(taken), ctx, initial=True)
            if who is not None and who.ref == "name" and " " in (who.speaker or ""):
                return who
    return None


def _text_events(
    paragraphs: Sequence[str],
    ctx: _Ctx,
    spans: dict[int, list[tuple[int, int]]],
    near: set[int],
) -> list[_Event]:
    """Speech verbs outside quotes with a named subject (``X denied ...``), in text order.

    Only the paragraphs in ``near`` (those a quote may refer back to) are read.
    """
    events: list[_Event] = []
    for p in sorted(near):
        text = paragraphs[p]
        starts = _sentence_starts(text)
        inside = spans.get(p, [])
        for start in starts:
            # A sentence that opens with a full name ("Abu Hassan Amer, 44, agreed.") makes
            # that person the nearest referent for a following "he told ...". A sentence start
            # inside a quotation ("“Meth. We’re on it”") is the speaker's, not the writer's.
            if _enclosing(inside, start) is not None:
                continue
            who = _opening_name(text[start : start + 80], ctx)
            if who is not None:
                events.append(_Event(p, start, who, spoke=False))
        previous = 0
        for match in ctx.cues.pattern.finditer(text):
            pos = match.start()
            if ctx.cues.kinds[match.group().casefold()] != "verb":
                continue
            k = _enclosing(inside, pos)
            if k is not None:
                continue
            k = bisect.bisect_right(inside, (pos, len(text))) - 1
            # The subject starts after the sentence start, the last quote and the last verb
            # ("he said he told them": the subject of "told" is "he").
            left = max(
                starts[bisect.bisect_right(starts, pos) - 1],
                inside[k][1] + 1 if k >= 0 else 0,
                previous,
            )
            previous = match.end()
            who = _subject(text[max(left, pos - _CONTEXT_CHARS) : pos], ctx, initial=True)
            inverted = ctx.cues.inversion and match.group().casefold() not in ctx.cues.object_verbs
            if inverted and (who is None or who.ref != "name"):
                after = _after_verb(text[match.end() : match.end() + _CONTEXT_CHARS], ctx)
                who = after if after is not None and after.ref == "name" else who
            if who is not None and who.ref in {"name", "np"}:
                events.append(_Event(p, pos, who))
    events.sort(key=lambda e: (e.paragraph, e.position))
    return events


def _enclosing(inside: list[tuple[int, int]], pos: int) -> int | None:
    """Index of the quote span (sorted ``(open, close)`` marks) that contains ``pos``, if any."""
    k = bisect.bisect_right(inside, (pos, 1 << 62)) - 1
    return k if k >= 0 and inside[k][1] > pos else None


def _resolve(
    ref: str, events: list[_Event], keys: list[tuple[int, int]], key: tuple[int, int]
) -> _Who | None:
    """The nearest earlier speech event (within ``_LOOK_BACK`` paragraphs) that fits the pronoun."""
    k = bisect.bisect_left(keys, key)
    nearby = [e for e in events[max(0, k - 40) : k] if e.paragraph >= key[0] - _LOOK_BACK]
    for event in reversed(nearby):
        if ref == "said" and event.spoke and event.who.ref == "name":
            return event.who
        if ref in {"sing", "any"} and event.who.ref == "name":
            return event.who
        if ref == "plur" and event.who.ref != "name":
            return event.who
    return nearby[-1].who if ref == "any" and nearby else None


@attrs.frozen
class _Judged:
    """The verdict on one run of pieces: its kind and its (unresolved) attribution."""

    kind: QuoteKind
    who: _Who | None
    standalone: bool


def _judge(run: list[_Piece], paragraphs: Sequence[str], ctx: _Ctx, left: int) -> _Judged | None:
    """Decide whether a run is a quote, which kind, and what attributes it."""
    first, last = run[0], run[-1]
    text = paragraphs[first.paragraph]
    if len(run) == 1:
        quoted = text[first.span[0] : first.span[1]]
        if _word_count(quoted) < 2 or _name_like(quoted):
            return None
    head = ""
    if first.open_mark >= 0:
        starts = _sentence_starts(
            text[max(0, left, first.open_mark - _CONTEXT_CHARS) : first.open_mark]
        )
        head = text[max(0, left, first.open_mark - _CONTEXT_CHARS) : first.open_mark][starts[-1] :]
    tail = _tail(paragraphs[last.paragraph], last.close_mark + 1)
    direct = len(run) > 1 or _opens_sentence(head, ctx)
    if not direct and (" " + head.rstrip(" ,").casefold()).endswith(ctx.cues.examples):
        return None  # "Betreffzeilen wie „…“", "a campaign called “…”": named, not said
    gap = _MAX_GAP_WORDS_DIRECT if direct else _MAX_GAP_WORDS_PARTIAL
    closed = paragraphs[last.paragraph][: last.span[1]].rstrip("\"'”’»“")[-1:] in ".!?…"
    who = _attribute_after(tail, ctx, closed=closed) or _attribute_before(head, ctx, gap)
    if who is None and head.rstrip().endswith(":"):
        # "Bimota-Geschäftsführer Pierluigi Marconi ist ebenfalls begeistert: „…“"
        who = _opening_name(head.lstrip(), ctx, bridge=False) or _last_name(head, ctx)
    if who is None and not direct and head.strip().casefold() in ctx.cues.conjunctions:
        # “Fund our schools,” and “Put kids first,”: coordinated with the quote before it.
        return _Judged(QuoteKind.PARTIAL, None, standalone=False)
    if (
        who is None
        and not direct
        and _reported(head, text[first.span[0] : first.span[1]], tail, ctx)
    ):
        # "Bondi sei „klug und durchsetzungsfähig“": reported speech of the last speaker.
        return _Judged(QuoteKind.PARTIAL, _Who(None, ref="said"), standalone=False)
    if who is None and not direct:
        return None
    if who is None and len(run) == 1 and _heading(text, first):
        return None
    # Standing alone, or introduced by a colon without a verb ("Speaking of ...: “…”").
    standalone = who is None and (head.rstrip().endswith(":") or not head.strip())
    standalone = standalone and WORD.search(tail) is None
    kind = QuoteKind.DIRECT if direct else QuoteKind.PARTIAL
    return _Judged(kind, who, standalone)


def _reported(head: str, quoted: str, tail: str, ctx: _Ctx) -> bool:
    """True when the sentence around a quote has a reported-speech verb form ("sei")."""
    if not ctx.cues.reported:
        return False
    words = WORD.findall(f"{head} {quoted} {tail}".casefold())
    return any(w in ctx.cues.reported for w in words)


def _last_name(head: str, ctx: _Ctx) -> _Who | None:
    """The last full name in a clause before a colon ("…, wie Präsident Hiroshi Ito preist:")."""
    runs: list[list[str]] = [[]]
    for token in head.split():
        low = token.casefold()
        # A particle that is also an article here ("das") joins only after another ("von der").
        particle = low in _NAME_PARTICLES and (
            low not in ctx.cues.determiners or (runs[-1][-1:] and runs[-1][-1] in _NAME_PARTICLES)
        )
        if _is_cap(token) or (runs[-1] and particle):
            runs[-1].append(token)
            if token.endswith((",", ":", ";")):
                runs.append([])
        elif runs[-1]:
            runs.append([])
    named = [r for r in runs if len(r) >= 2]
    # The name must be followed by its predicate: "Il caso Cecilia Sala: «…»" is a label.
    if not named or named[-1][-1] == head.rsplit(maxsplit=1)[-1]:
        return None
    who = _phrase(" ".join(named[-1]), ctx)
    return who if who is not None and who.ref == "name" and " " in (who.speaker or "") else None


def _word_count(text: str) -> int:
    """Whitespace-separated words; for Chinese, Japanese and Korean, the characters count."""
    return max(len(text.split()), len(CJK_CHAR.findall(text)))


def _heading(text: str, piece: _Piece) -> bool:
    """True for a short paragraph ending in an unattributed, unpunctuated quote.

    Such a paragraph is a subheading: „Land hat Gutachten versäumt“, or Kritik: „Zu langsam“.
    """
    rest = text[piece.close_mark + 1 :].strip()
    quoted = text[piece.span[0] : piece.span[1]].rstrip()
    return not rest and quoted[-1:] not in ".!?…" and len(text.split()) <= _HEADING_WORDS


def _tail(text: str, start: int) -> str:
    """The rest of the sentence after a closing mark, up to the next opening mark."""
    window = text[start : start + _CONTEXT_CHARS]
    starts = _sentence_starts(window)
    end = next((s for s in starts if s > 1), len(window))
    cut = OPENING_MARK.search(window, 0, end)
    return window[: cut.start() if cut else end]


# Up to four capitalised words at a sentence start, e.g. "Abu Hassan Amer" in "Abu Hassan Amer,".
# Paragraphs a pronoun may look back for its referent.
_LOOK_BACK = 3
# Words read at a sentence start for the name that opens it.
_OPENING_WORDS = 6
CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
POSSESSIVE = re.compile(r"['’]s?(?=[.,:;]?$)")
_INITIAL = re.compile(r"[^\W\d_]\.")
OPENING_MARK = re.compile(r"[\"“„«»‹›「『‚]")


def _unattributed(
    events: list[_Event], keys: list[tuple[int, int]], key: tuple[int, int], *, standalone: bool
) -> _Who:
    """Speaker of a direct quote without attribution.

    That is the last speech event before it in its paragraph (``“A,” Ward says. “B.”``), else,
    for a quote standing alone, the last one in the previous paragraph.
    """
    k = bisect.bisect_left(keys, key)
    if k and events[k - 1].paragraph == key[0]:
        return attrs.evolve(events[k - 1].who, verb=None)
    if standalone and k and events[k - 1].paragraph == key[0] - 1:
        return attrs.evolve(events[k - 1].who, verb=None)
    return _Who(None, ref="none")


def find_quotes(paragraphs: Sequence[str], *, lang: str | None = None) -> tuple[Quote, ...]:
    """Find the quotations in an article body and attribute them to their speakers.

    Args:
        paragraphs: The article body, one paragraph per item (``Article.body``).
        lang: ISO 639-1 code of the text; guessed from function words when ``None`` or when
            no cues exist for it.

    Returns:
        The quotes in order of appearance. ``paragraphs[q.paragraph][slice(*q.span)] == q.text``
        holds for every quote; a quotation that runs over several paragraphs yields one
        ``DIRECT`` quote per paragraph piece, all with the same speaker, role and verb.
    """
    runs = _runs(paragraphs)
    if not runs:
        # No quotation: skip the vocabulary and name context, the costly part.
        return ()
    tables = _cue_tables()
    cues = tables.get((lang or "").casefold()[:2]) or tables[_guess_lang(paragraphs)]
    ctx = _make_ctx(paragraphs, cues)
    spans: dict[int, list[tuple[int, int]]] = {}
    for run in runs:
        for piece in run:
            spans.setdefault(piece.paragraph, []).append((piece.open_mark, piece.close_mark))
    # Speech events matter only up to _LOOK_BACK paragraphs before a quote: skip the rest.
    near = {p for q in spans for p in range(max(0, q - _LOOK_BACK), q + 1)}
    events = _text_events(paragraphs, ctx, spans, near)
    keys = [(e.paragraph, e.position) for e in events]
    last_close: dict[int, int] = {}
    quotes: list[Quote] = []
    for run in runs:
        first = run[0]
        judged = _judge(run, paragraphs, ctx, last_close.get(first.paragraph, -1) + 1)
        if judged is None:
            continue
        key = (first.paragraph, first.open_mark)
        who = judged.who or _unattributed(events, keys, key, standalone=judged.standalone)
        if who.ref in {"sing", "plur", "any", "said"}:
            found = _resolve(who.ref, events, keys, key)
            who = attrs.evolve(found, verb=who.verb) if found else who
        if who.speaker:
            # The speaker was last heard where the run ends (a quote over several paragraphs).
            end = (run[-1].paragraph, max(run[-1].open_mark, 0))
            k = bisect.bisect_right(keys, end)
            keys.insert(k, end)
            events.insert(k, _Event(end[0], end[1], attrs.evolve(who, verb=None)))
        quotes.extend(_quote(piece, paragraphs, who, judged.kind) for piece in run)
        last_close[run[-1].paragraph] = run[-1].close_mark
    return tuple(quotes)


def _quote(piece: _Piece, paragraphs: Sequence[str], who: _Who, kind: QuoteKind) -> Quote:
    start, end = piece.span
    return Quote(
        text=paragraphs[piece.paragraph][start:end],
        speaker=who.speaker,
        speaker_role=who.role,
        verb=who.verb,
        paragraph=piece.paragraph,
        span=(start, end),
        kind=kind,
    )
