"""Per-language attribution cues from ``quote_cues.toml`` and the text helpers they share."""

from __future__ import annotations

import functools
import importlib.resources
import re
import tomllib
from collections import Counter
from collections.abc import Sequence

import attrs

from newsparse.extract.quotes.marks import _CLOSERS
from newsparse.lexicon import SCRIPT_STOPS, SENTENCE_STOPS, longest_first


def _load_cue_data() -> dict[str, dict[str, object]]:
    resource = importlib.resources.files("newsparse.extract").joinpath("quote_cues.toml")
    return tomllib.loads(resource.read_text(encoding="utf-8"))


_CUE_DATA = _load_cue_data()


def _shared(key: str) -> frozenset[str]:
    """A language-independent word list from the ``[shared]`` table of ``quote_cues.toml``."""
    words = _CUE_DATA["shared"][key]
    assert isinstance(words, list)  # noqa: S101 - shape is pinned by the data test
    return frozenset(str(w).casefold() for w in words)


_CONTEXT_CHARS = 300


# Attribution clauses are short; longer stretches are the writer's own sentence.
_MAX_SUBJECT_WORDS = 10


# Words that may sit inside a name without a capital ("Muqtada al-Sadr", "Ursula von der Leyen").
_NAME_PARTICLES = _shared("name_particles")


_NAME_SUFFIXES = frozenset({"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"})


_RELATIVES = _shared("relatives")


_CONNECTORS = _shared("connectors")


# The lookbehind starts matches only at the start of a run of stops: without it a long run
# ("!!!!…", "....") is rescanned from every position, which is quadratic. It sits after the
# first stop (no stop before that one), so the pattern opens with a character class and the
# scan skips to the next stop in C.
_STOPS = ".!?…" + SCRIPT_STOPS
"""Sentence stops: Latin ones and those of other scripts ("।", "؟", "።")."""

SENTENCE_END = re.compile(rf"[{_STOPS}](?<![{_STOPS}][{_STOPS}])[{_STOPS}]*[\"'”’»“」]*\s+")


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
    pro_drop: bool
    """True when a verb may go without its subject ("Agregó que …"): it is the last speaker's."""
    object_verbs: frozenset[str]
    """Verbs whose following noun phrase is their object ("nannte X „…“"), never the speaker."""
    non_name: frozenset[str]
    noun_suffixes: tuple[str, ...]
    role_links: frozenset[str]
    documents: frozenset[str]
    """Nouns for texts that speak for their issuer ("the statement said")."""
    participles: frozenset[str]
    """Verbs whose subject is the sentence's ("…, telling them to “…”"): the one before."""
    written: frozenset[str]
    """Nouns for texts written on things ("banner", "striscione"): their quotes are not said."""
    age_nouns: tuple[str, ...]
    """Endings of age nouns ("-Jährige", "-year-old"): "the 45-year-old" refers back."""
    definites: frozenset[str]
    """Definite articles: with a role noun they refer back to a name ("la premier")."""
    pron_masc: frozenset[str]
    """Pronouns that refer to a man only ("he", "er")."""
    pron_fem: frozenset[str]
    """Pronouns that refer to a woman (or, like German "sie", a group), never to a man."""
    masculine: frozenset[str]
    """Titles, role nouns and articles that make a speaker a man ("Mr.", "Herr", "der")."""
    feminine: frozenset[str]
    """Titles, role nouns and articles that make a speaker a woman ("Mrs.", "Frau", "eine")."""
    feminine_suffixes: tuple[str, ...]
    """Endings of feminine role nouns ("Sprecherin")."""
    auxiliaries: frozenset[str]
    infinitive: frozenset[str]
    someone: frozenset[str]
    """Indefinite pronouns for an unnamed person ("Another said"): attributed to nobody named."""
    """Infinitive markers ("to"): "is said to have responded" is one verb chain."""
    """Auxiliary verbs between a subject and its speech verb ("He has stated")."""
    sources: frozenset[str]
    """Words before the source of an impersonal cue ("Aus dem Ministerium heißt es")."""
    genitives: frozenset[str]
    """Genitive determiners naming a document's issuer ("Stellungnahme der Familie")."""
    speech_nouns: frozenset[str] = frozenset()
    """Nouns for what someone says, naming the speaker before a colon ("L'elogio di Trump:")."""
    demonstratives: frozenset[str] = frozenset()
    """Words opening a sentence that names the quote before it ("Cette petite phrase de X")."""
    topics: frozenset[str] = frozenset()
    """Nouns that make a name before a colon a topic's label ("Il caso X:", "The X case:")."""
    separable: dict[str, re.Pattern[str]] = attrs.field(factory=dict)
    """Separable verbs ("gab") -> the pattern their particle must match after them."""
    opening_verbs: frozenset[str] = frozenset()
    """One-word speech verbs, where a verb may open a sentence before its subject (``inversion``):
    such a verb opening a run of capitalised words is no name ("Kveðst Eydís", "Dijo Ana")."""
    epithets: frozenset[str] = frozenset()
    """Person nouns ("woman", "mother"): with a definite article they refer to the person
    named last, unless that one spoke last ("says the woman who is in her late 20s")."""
    role_nouns: frozenset[str] = frozenset()
    """Nouns of a person's office or job besides titles ("jefe", "comandante", "coach"):
    with a definite article they refer back to the last speaker ("el jefe de la diplomacia")."""
    governed_endings: tuple[str, ...] = ()
    """Endings of a noun in an oblique case that no name has in the nominative (Ukrainian
    "Раді", "Комітету"): such a word opening a run of capitalised words after a preposition
    or a role noun is governed by it, not the speaker's first name."""
    case_endings: tuple[str, ...] = ()
    """Case endings a name takes in an inflecting language, longest first ("Nováka",
    "Declana" for "Novák", "Declan"): such a form refers back to the article's full name."""
    role_objects: frozenset[str] = frozenset()
    """Links besides role links that join a role noun to a name ("a spokesperson for X")."""
    cjk_verbs: tuple[str, ...] = ()
    """Speech verbs of a language written without spaces (Chinese, Japanese), longest first:
    read by :mod:`.cjk` around the quote instead of the word-based cues."""
    cjk_quotative: str = ""
    """The particle that joins a quote to its verb ("と" in "「…」と語った")."""
    cjk_roles: str = ""
    """Characters that end a role noun written before a name ("副司长姚建廷")."""
    quote_endings: tuple[str, ...] = ()
    """Endings written onto a closing mark that make the quote speech, longest first
    (Korean "“…”고 말했다", "“…”이라며"): read by :mod:`.cjk` instead of the word cues."""
    cjk_surnames: str = ""
    """One-syllable surnames (Korean "김", "이", "박" …): a three-syllable word opening
    with one, right before a title, is a full name ("이동훈 이사")."""
    topic_particles: tuple[str, ...] = ()
    """Particles that end the sentence's subject word, in the order tried (Korean "은",
    "는", then "이", "가"): the speaker is the subject they end."""
    organisations: dict[str, tuple[str, ...]] = attrs.field(factory=dict)
    """Nouns of a kind of organisation ("agency") -> the words its names end a word with."""
    """Words after which capitalised words open with a role's object ("Secretary of State")."""
    """Endings of capitalised common nouns ("-ung", "-keit"): such a word is no name."""
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
    kinds.update(dict.fromkeys(words("own_view"), "own_view"))
    separable = _separable(words("separable"))
    kinds.update(dict.fromkeys(separable, "verb"))
    # Separable verbs sit in the one trie; :func:`_no_cue` checks their particle.
    alternation = longest_first(list(kinds))
    # A lookahead on the possible first letters lets the scan skip most positions cheaply.
    initials = "".join(sorted({c for w in kinds for c in (w[0].lower(), w[0].upper())}))
    # A language read only by :mod:`.cjk` has no word cues: a pattern that matches nothing.
    cue_pattern = (
        rf"(?<![\w-])(?=[{re.escape(initials)}])(?:{alternation})(?!\w)" if kinds else r"(?!)"
    )
    return _Cues(
        pattern=re.compile(cue_pattern, re.IGNORECASE),
        separable={
            verb.casefold(): re.compile(_particle_ahead(particles), re.IGNORECASE)
            for verb, particles in separable.items()
        },
        kinds={w.casefold(): kind for w, kind in kinds.items()},
        pron_sing=folded("pron_sing"),
        pron_plur=folded("pron_plur"),
        pron_any=folded("pron_any"),
        titles=folded("titles"),
        title_suffixes=tuple(folded("title_suffixes")),
        hyphen_titles=tuple("-" + title for title in folded("titles")),
        determiners=folded("determiners"),
        # A separable verb's particle ends the speaker after it ("wies Müller darauf hin").
        np_breaks=folded("np_breaks") | (_particles(separable) - folded("determiners")),
        function=folded("function"),
        conjunctions=folded("conjunctions"),
        adverbs=folded("adverbs"),
        np_stop=folded("np_stop"),
        examples=tuple(" " + w for w in folded("examples")),
        reported=folded("reported"),
        inversion=bool(table.get("inversion", False)),
        pro_drop=bool(table.get("pro_drop", False)),
        object_verbs=folded("object_verbs"),
        noun_suffixes=tuple(folded("noun_suffixes")),
        role_links=folded("role_links"),
        documents=folded("documents"),
        participles=folded("participles"),
        written=folded("written"),
        age_nouns=tuple("-" + w for w in folded("age_nouns")),
        definites=folded("definites"),
        pron_masc=folded("pron_masc"),
        pron_fem=folded("pron_fem"),
        masculine=folded("masculine"),
        feminine=folded("feminine"),
        feminine_suffixes=tuple(folded("feminine_suffixes")),
        auxiliaries=folded("auxiliaries"),
        infinitive=folded("infinitive"),
        someone=folded("someone"),
        sources=folded("sources"),
        genitives=folded("genitives"),
        speech_nouns=folded("speech_nouns"),
        demonstratives=folded("demonstratives"),
        topics=folded("topics"),
        organisations=_organisations(table.get("organisations", {})),
        cjk_verbs=tuple(sorted(words("cjk_verbs"), key=len, reverse=True)),
        cjk_quotative=str(table.get("cjk_quotative", "")),
        cjk_roles="".join(words("cjk_roles")),
        quote_endings=tuple(sorted(words("quote_endings"), key=len, reverse=True)),
        topic_particles=tuple(words("topic_particles")),
        cjk_surnames="".join(words("cjk_surnames")),
        role_objects=folded("role_objects") | folded("role_links"),
        role_nouns=folded("role_nouns"),
        epithets=folded("epithets"),
        case_endings=tuple(sorted(folded("case_endings"), key=len, reverse=True)),
        governed_endings=tuple(folded("governed_endings")),
        opening_verbs=frozenset(
            w.casefold() for w in words("verbs") if " " not in w and table.get("inversion")
        ),
        non_name=(
            folded("determiners")
            | folded("function")
            | folded("conjunctions")
            | folded("adverbs")
            | folded("np_breaks")
            | folded("first_person")
            | folded("preps")  # "Según entiende": a cue opening the sentence is no name
        )
        - _NAME_PARTICLES,
    )


def _organisations(value: object) -> dict[str, tuple[str, ...]]:
    """The ``organisations`` table: a kind noun -> the (casefolded) words its names hold."""
    assert isinstance(value, dict)  # noqa: S101 - shape is pinned by the data test
    return {str(k).casefold(): tuple(str(w).casefold() for w in v) for k, v in value.items()}


def _separable(entries: list[str]) -> dict[str, list[str]]:
    """Separable verbs ("gab an") as their verb ("gab") and the particles it takes (["an"])."""
    found: dict[str, list[str]] = {}
    for entry in entries:
        verb, particle = entry.split()
        found.setdefault(verb, []).append(particle)
    return found


def _particles(separable: dict[str, list[str]]) -> frozenset[str]:
    return frozenset(p.casefold() for particles in separable.values() for p in particles)


def _particle_ahead(particles: list[str]) -> str:
    """A pattern for one of ``particles`` closing the verb's clause ("gab Müller an.").

    The particle must end the clause: the scan runs (possessively, in C) to the next stop,
    comma, colon or quote mark, and the word before that must be a particle. "Es gab
    „Bedenken“ an der Schule" has no separable verb.
    """
    behind = "|".join(f"(?<=\\s{re.escape(p)})" for p in particles)
    return rf"(?=[^.!?…:;,\"“”„«»\n]{{0,{_PARTICLE_CHARS}}}+(?:{behind})(?:[.!?…:;,\"“”„«»\n]|$))"


# Characters between a separable verb and its particle, at most ("wies der Minister darauf hin").
_PARTICLE_CHARS = 80


@functools.cache
def _cue_tables() -> dict[str, _Cues]:
    """Compile the per-language tables of ``quote_cues.toml`` once per process."""
    return {lang: _compile_cues(t) for lang, t in _CUE_DATA.items() if lang != "shared"}


def _guess_lang(paragraphs: Sequence[str]) -> str:
    """Pick the cue language whose function words are most frequent in the first 4 000 chars."""
    tables = _cue_tables()
    langs = _function_word_langs()
    sample = " ".join(paragraphs)[:4000].casefold()
    counts: dict[str, int] = dict.fromkeys(tables, 0)
    # Counted in C; only the distinct function words found cost Python work.
    found = Counter(WORD.findall(sample))
    for word in found.keys() & langs.keys():
        for lang in langs[word]:
            counts[lang] += found[word]
    return max(counts, key=lambda lang: (counts[lang], lang == "en"))


@functools.cache
def _function_word_langs() -> dict[str, tuple[str, ...]]:
    """Function word -> the cue languages that list it: one lookup per word of the sample."""
    langs: dict[str, tuple[str, ...]] = {}
    for lang, cues in _cue_tables().items():
        for word in cues.function:
            langs[word] = (*langs.get(word, ()), lang)
    return langs


def _strip_auxiliaries(before: str, cues: _Cues) -> str:
    """``before`` (the text before a speech verb) without the auxiliaries that end it.

    "He funds groups and has" -> "He funds groups and": the subject is read from what is left.
    """
    if not cues.auxiliaries:
        return before
    text = before.rstrip()
    while True:
        cut = text.rsplit(None, 1)
        if len(cut) < 2 or cut[1].casefold() not in cues.auxiliaries:
            break
        text = cut[0]
    if text == before.rstrip():
        return before
    # Only after a subject or a conjunction: "to have said" has none.
    last = text.rsplit(None, 1)[-1].strip(",")
    low = last.casefold()
    subject = last[:1].isupper() or low in cues.pron_sing or low in cues.pron_plur
    # Or a noun phrase with its determiner ("la présidence française avait", "the spokesman").
    subject = subject or (
        low.isalpha()
        and low not in cues.np_stop
        and low not in cues.np_breaks
        and any(w.casefold() in cues.determiners for w in text.split()[-_NP_WORDS:-1])
    )
    return text if subject or low in cues.pron_any or low in cues.conjunctions else before


def _strip_infinitive(before: str, cues: _Cues) -> str:
    """``before`` without a verb and infinitive marker ending it, after its subject.

    "“…,” he wanted to say": the subject is "he", not "he wanted to"; nothing is cut unless a
    pronoun or a capitalised word stands before the verb.
    """
    words = before.split()
    if len(words) < _INFINITIVE_CHAIN or words[-1].casefold() not in cues.infinitive:
        return before
    verb, last = words[-2], words[-3].strip(",")
    low = last.casefold()
    if not verb.isalpha() or not verb.islower() or verb in cues.auxiliaries:
        return before
    if last[:1].isupper() or low in cues.pron_sing or low in cues.pron_plur:
        return before[: before.rstrip().rfind(verb)]
    return before


# Words of a subject, a verb and an infinitive marker ("he wanted to").
_INFINITIVE_CHAIN = 3


# Words of a noun phrase read back for its determiner ("la présidence française").
_NP_WORDS = 4


def _ends_sentence(text: str, close_mark: int) -> bool:
    """True when the quote closed at ``close_mark`` ends its sentence ("“… over.” He said")."""
    # Walks back from the mark instead of slicing ``text[:close_mark]``: a copy of the
    # paragraph per quote made a paragraph of many quotes quadratic. Slice bounds as ``[:k]``.
    end = min(close_mark, len(text)) if close_mark >= 0 else max(0, len(text) + close_mark)
    i = end - 1
    while i >= 0 and text[i] in _TRAILING_MARKS:
        i -= 1
    return i < 0 or text[i] in SENTENCE_STOPS


_TRAILING_MARKS = frozenset("\"'”’»“")


_DOTTED = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
"""An abbreviation of dotted letters, its last stop stripped ("u.s", "u.k", "e.u")."""


def _sentence_starts(text: str) -> list[int]:
    starts = [0]
    size = len(text)
    for match in SENTENCE_END.finditer(text):
        end = match.end()
        stop = match.start()
        # A script without case ("।", "؟"; Arabic or Hangul after a full stop) starts its
        # sentences with any letter: only a lower-case letter goes on with the sentence.
        caseless = text[stop] in SCRIPT_STOPS
        if end >= size:
            continue
        after = text[end]
        if not (caseless or (after.isalpha() and not after.islower()) or after in _CLOSERS):
            continue
        if text[stop] == ".":
            # Only a full stop may be an abbreviation's: the word before it is read then.
            before = text[max(0, stop - 12) : stop].split()
            word = before[-1].casefold().strip(_TRAILING_PUNCT) if before else ""
            if (
                len(word) == 1
                or word in _ABBREVIATIONS
                or ("." in word and _DOTTED.fullmatch(word) is not None)
            ):
                continue  # "Mr. Smith", "William G. Gale", "U.S. Attorney Nealy Cox"
        starts.append(end)
    return starts


def _no_cue(text: str, match: re.Match[str], cues: _Cues) -> bool:
    """True when a match of the cue pattern is no cue here.

    It is part of a name (:func:`_in_name`), or a separable verb whose particle does not
    close its clause ("Es gab „Bedenken“ an der Schule"; but "„…“, gab Müller an").
    """
    if _in_name(text, match):
        return True
    particle = cues.separable.get(match.group().casefold())
    return particle is not None and particle.match(text, match.end()) is None


def _in_name(text: str, match: re.Match[str]) -> bool:
    """True for a capitalised cue right after a capitalised word: part of a name, no cue.

    The cue pattern ignores case (a verb opens a sentence capitalised), so "States" in "United
    States" or "Says" in "Simon Says" match it; after a capitalised word and one space, with
    no stop between them, such a word belongs to that name.
    """
    start = match.start()
    if start < _MIN_NAME_GAP or not text[start].isupper() or text[start - 1] != " ":
        return False
    before = text[max(0, start - _NAME_WINDOW) : start - 1].rsplit(None, 1)[-1:]
    return bool(before) and before[0][:1].isupper() and before[0][-1:].isalnum()


# Characters before a cue: a capitalised word and a space at least.
_MIN_NAME_GAP = 2

# Characters read back from a cue for the word before it.
_NAME_WINDOW = 40
