"""Speaker phrases: names with their roles split off, noun phrases, pronouns.

The article's name context (its lower-case vocabulary and full names) is built in
:mod:`.context`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterator, Sequence
from operator import and_
from typing import Protocol

import attrs

from newsparse.extract.quotes.cues import (
    _CONNECTORS,
    _MAX_SUBJECT_WORDS,
    _NAME_PARTICLES,
    _RELATIVES,
    _TRAILING_PUNCT,
    WORD,
    _Cues,
)


@attrs.frozen
class _Who:
    """A parsed attribution: who (or which pronoun), in what role, with which verb."""

    speaker: str | None
    role: str | None = None
    verb: str | None = None
    ref: str = "name"
    """``name`` or ``np`` (speaker known), ``sing``/``plur``/``any`` (a pronoun or a
    subject-less verb, to resolve), ``none`` (impersonal: nobody in particular)."""
    gender: str | None = None
    """For a pronoun: ``m`` or ``f`` when it refers to a man or a woman only ("he", "er";
    "she", "sie"), so it never resolves to a speaker of the other gender. For a speaker: the
    gender another mention of the same name in its paragraph gives (``events``)."""

    # Direct constructor calls: ``attrs.evolve`` reads the fields on every call and costs
    # several times more, and attributions are copied once or twice per quote.
    def with_verb(self, verb: str | None) -> _Who:
        """This attribution with ``verb`` (``attrs.evolve(self, verb=verb)``)."""
        return _Who(self.speaker, self.role, verb, self.ref, self.gender)

    def with_role(self, role: str | None) -> _Who:
        """This attribution with ``role`` (``attrs.evolve(self, role=role)``)."""
        return _Who(self.speaker, role, self.verb, self.ref, self.gender)


class _NameLookup(Protocol):
    """Last name (casefolded) -> the first full name that ends with it (``.context._Surnames``)."""

    def get(self, key: str) -> str | None:
        """The full name filed under ``key``, else None."""

    def __contains__(self, key: object) -> bool:
        """True when a full name is filed under ``key``."""


@attrs.define(eq=False)
class _Ctx:
    """Per-call lookups shared by the attribution helpers.

    The article's vocabulary and full names are read from its text only when first asked for:
    many articles never ask (every quote rejected, or attributed without a name lookup), and
    reading them is the costly part of quote finding.
    """

    cues: _Cues
    read_lower_words: Callable[[], Container[str]] = attrs.field(repr=False)
    """Reads :attr:`lower_words` from the article (called at most once)."""
    read_surnames: Callable[[_Ctx], _NameLookup] = attrs.field(repr=False)
    """Reads :attr:`surnames` from the article with this context (called at most once)."""
    phrases: dict[tuple[str, str | None, bool], _Who | None] = attrs.field(factory=dict, repr=False)
    """Memo of :func:`_phrase` (its result depends only on its arguments and this context,
    which is not changed once built): sentence openings and subjects repeat a name."""
    subjects: dict[tuple[str, bool], _Who | None] = attrs.field(factory=dict, repr=False)
    """Memo of :func:`_subject` (like :attr:`phrases`): a verb's subject is read for a quote
    and again for the speech events of its paragraph, often from the same text."""
    text: str = attrs.field(default="", repr=False)
    """The article's paragraphs, joined: the Korean reader looks up the full name a surname
    and a role refer to there (and in :attr:`headline`)."""
    headline: str = attrs.field(default="", repr=False)
    """The article's headline ("" when unknown)."""
    full_names: dict[tuple[str, str], str | None] = attrs.field(factory=dict, repr=False)
    """Memo of the Korean reader's full-name lookups in :attr:`text`, by surname and role
    (each lookup reads the whole text: their number is capped, see ``cjk._korean_name``)."""
    _lower_words: Container[str] | None = attrs.field(default=None, init=False, repr=False)
    _surnames: _NameLookup | None = attrs.field(default=None, init=False, repr=False)

    @property
    def lower_words(self) -> Container[str]:
        """Words the article also writes in lower case: not names when capitalised."""
        if self._lower_words is None:
            self._lower_words = self.read_lower_words()
        return self._lower_words

    @property
    def surnames(self) -> _NameLookup:
        """Last name (casefolded) -> the first full name that ends with it."""
        if self._surnames is None:
            self._surnames = self.read_surnames(self)
        return self._surnames


# Words read at a sentence start for the name that opens it.
_OPENING_WORDS = 6


CLAUSE_EDGE = re.compile(r"[;:()—–\"“”„«»]")

_WORD_BREAK = re.compile(r"[\W_]+")

# A short name or acronym in brackets after a name ("(IGGÖ)", "(CDU)", "(AfD)").
_BRACKETED_SHORT_NAME = re.compile(r"\s*\([A-ZÀ-ÖØ-Þ][\w.&-]{0,11}\)")
"""What separates the words of a subject when looking for a lone pronoun."""

_CLAUSE_BREAK = re.compile(r"[,;:!?()—–\n]|(?<!\b[A-Z])\.")
"""Punctuation that ends the name run after a speech verb; not the stop of an initial or of
an abbreviation's letter ("said William G. Gale", "said U.S. Attorney Nealy Cox")."""


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


def _not_name(token: str, cues: _Cues) -> bool:
    """True for a capitalised word that is no part of a name ("Die", "Künstliche", "Regierung")."""
    low = token.casefold()
    return low in cues.non_name or (len(low) > 5 and low.endswith(cues.noun_suffixes))


def _is_title(token: str, cues: _Cues) -> bool:
    low = token.casefold().strip(",")
    if low in cues.titles or (len(token) > 1 and token.isupper() and token.isalpha()):
        return True
    # endswith() over a tuple rejects most tokens in C; only hits check the length rule.
    if low.endswith(cues.title_suffixes) and any(
        low.endswith(s) and len(low) > len(s) + 2 for s in cues.title_suffixes
    ):
        return True
    # Every hyphen title starts with "-": a token without one skips the long endswith().
    return "-" in low and low.endswith(cues.hyphen_titles)


def _titles(tokens: Sequence[str], start: int, cues: _Cues, *, initials: bool) -> list[int]:
    """Indexes of the title tokens from ``start`` (not a first name's ``initials`` if true).

    A bare role noun right after a title belongs to it ("CDU Chef Friedrich Merz").
    """
    titles: list[int] = []
    for k in range(start, len(tokens)):
        bare = bool(titles) and titles[-1] == k - 1 and tokens[k].casefold() in cues.title_suffixes
        if (bare or _is_title(tokens[k], cues)) and not (initials and _initials(tokens, k)):
            titles.append(k)
    return titles


def _particle(tokens: Sequence[str], k: int, cues: _Cues) -> bool:
    """True when ``tokens[k]`` is a name particle there ("von", "van der", "al").

    A genitive article ("der", "des") is one only after another particle ("von der Leyen");
    alone it opens a genitive ("Sprecherin der Stadt").
    """
    low = tokens[k].casefold()
    if low not in _NAME_PARTICLES:
        return False
    return low not in cues.genitives or (k > 0 and tokens[k - 1].casefold() in _NAME_PARTICLES)


def _name_start(tokens: Sequence[str], ctx: _Ctx, *, initial: bool = True) -> int:
    """Index where the trailing run of capitalised name tokens begins (``len`` if none)."""
    i = len(tokens)
    while i > 0 and (
        _is_cap(tokens[i - 1]) or (i < len(tokens) and _particle(tokens, i - 1, ctx.cues))
    ):
        i -= 1
    while i < len(tokens) and (
        not _is_cap(tokens[i])
        or tokens[i].casefold() in ctx.cues.non_name
        # "Kveðst Eydís": a speech verb before its subject, not a first name ("Said Jalili"
        # in English, where no verb opens a statement, keeps its first name).
        or (i < len(tokens) - 1 and tokens[i].casefold() in ctx.cues.opening_verbs)
    ):
        i += 1
    # A capitalised article that may also be a name particle ("Der Analyst", but "Ursula von
    # der Leyen") opens a common noun phrase, not a name.
    if (
        i < len(tokens) - 1
        and (i == 0 or not _is_cap(tokens[i - 1]))
        and tokens[i].casefold() in ctx.cues.determiners
    ):
        i += 1
    # A sentence-initial word the article also writes in lower case ("Dazu", "Also") is no
    # name, unless dropping it would leave a lone surname ("Will Moy"). Only the phrase's
    # first word opens the sentence: after an article or any other word ("The New York
    # Times", "but the New York Times") a capitalised common word is the name's own.
    if initial and i == 0:
        while i < len(tokens) - 2 and tokens[i].casefold() in ctx.lower_words:
            i += 1
    return i


def _phrase(
    phrase: str, ctx: _Ctx, role_hint: str | None = None, *, initial: bool = False
) -> _Who | None:
    """Turn a subject phrase into a speaker: a pronoun, a name with its role, or a noun phrase."""
    key = (phrase, role_hint, initial)
    if key in ctx.phrases:
        return ctx.phrases[key]
    who = ctx.phrases[key] = _read_phrase(phrase, ctx, role_hint, initial=initial)
    return who


def _read_phrase(
    phrase: str, ctx: _Ctx, role_hint: str | None = None, *, initial: bool = False
) -> _Who | None:
    """:func:`_phrase` without its memo."""
    cues = ctx.cues
    # Soft hyphens (U+00AD) are invisible line-break hints inside words: drop them.
    tokens = phrase.replace("\u00ad", "").strip(_TRAILING_PUNCT + " \u00a0").split()
    # "but she said", "when he urged", "while some protesters chanted": the subject starts
    # after the last conjunction when a pronoun, a name or a determiner follows it; "the
    # singer and guitarist" stays whole.
    cut = [
        k
        for k, t in enumerate(tokens[:-1])
        if t.casefold() in cues.conjunctions
        and (
            _is_cap(tokens[k + 1])
            or _pronoun([tokens[k + 1].casefold()], cues)
            or (k == 0 and tokens[1].casefold() in cues.determiners)
        )
    ]
    tokens = tokens[cut[-1] + 1 :] if cut else tokens
    while len(tokens) > 1 and tokens[-1].casefold() in cues.adverbs:  # "Noem later", "He also"
        tokens = tokens[:-1]
    while len(tokens) > 1 and tokens[0].casefold() in cues.adverbs:  # "poi la premier"
        tokens = tokens[1:]
    tokens, titled = _broken(tokens, ctx)
    if titled is not None:
        return titled  # "die Ministerin für Umwelt Anna Müller"
    if not tokens or len(tokens) > _MAX_SUBJECT_WORDS:
        return None
    low = [t.casefold() for t in tokens]
    # "Another reportedly said": someone not named, attributed to nobody ("none").
    pronoun = "none" if len(low) == 1 and low[0] in cues.someone else _pronoun(low, cues)
    if pronoun:
        return _pronoun_who(pronoun, low, cues)
    # "d’après le récit qu’elle livre": the pronoun of the relative clause speaks.
    relative = next((w[3:] for w in low[1:] if w.startswith(_ELIDED_RELATIVES)), "")
    pronoun = _pronoun([relative], cues) if relative else None
    if pronoun:
        return _pronoun_who(pronoun, [relative], cues)
    if len(low) == 2 and low[0] in cues.definites and _age_noun(low[1], cues):
        return _Who(None, ref="sing")  # "sagte der 86-Jährige": the person last named
    if low[0] not in cues.determiners and (
        low[0] in cues.function or low[0] in cues.np_breaks or low[0] in cues.conjunctions
    ):
        return None
    if _stopped(tokens, low, ctx, initial=initial) or not any(c.isalpha() for c in phrase):
        return None
    if len(low) == 2 and low[0] in cues.determiners and low[1] in cues.documents:
        # "the statement said": whoever issued it, the last who spoke; when nobody spoke
        # before, the document itself ("the letter stated").
        return _Who(" ".join(tokens), ref="said")
    start = _name_start(tokens, ctx, initial=initial)
    if start == len(tokens):
        if len(tokens) == 1 and (_is_cap(tokens[0]) or low[0] in cues.determiners):
            return None
        return _np(tokens, role_hint)
    known = _known_surname(low, start, ctx)
    # "El ministro Albares": a title before the one capitalised word makes it a surname.
    if (
        low[0] in cues.determiners
        and len(tokens) - start < 2
        and not (known or (start >= 2 and _is_title(tokens[start - 1], cues)))
    ):
        return _np(tokens, role_hint)
    if (
        0 < start == len(tokens) - 1
        and low[start - 1] in cues.determiners
        and not known
        and not any(_is_cap(t) for t in tokens[: start - 1])
    ):
        # "wie eine Dame": an article before one capitalised word makes it a common noun
        # (but "Robin Biesbroek of the CDF" is a name with its affiliation).
        return _np(tokens[start - 1 :], role_hint)
    # "un proche de Pierre Moscovici", "the wife of John Smith": the name completes the noun
    # phrase, whose head is the speaker.
    complement = start >= 2 and low[start - 1] in _CONNECTORS and not _is_cap(tokens[start - 2])
    head = start - 1
    while head > 0 and low[head] in _CONNECTORS:
        head -= 1  # "président de la République": the noun before the links
    if (
        complement
        and len(tokens) - start > _OBJECT_AND_NAME
        and _is_title(tokens[head], cues)
        and all(_is_cap(t) for t in tokens[-_OBJECT_AND_NAME:])
    ):
        # "il presidente del Consiglio Giorgia Meloni": a title's object, then the name.
        complement = False
    # An elided article opens the noun phrase too ("l'avocat de Gérard Depardieu").
    determined = low[0] in cues.determiners or (
        low[0][1:2] in _ELISION and low[0][:2] in cues.determiners
    )
    if determined and complement:
        return _np(tokens, role_hint)
    titles = _titles(tokens, start, cues, initials=True)
    name_at = titles[-1] + 1 if titles else start
    if name_at >= len(tokens):
        return _np(tokens, role_hint)
    if determined and any(
        low[k] in _CONNECTORS and _is_title(tokens[k + 1], cues) for k in range(1, name_at - 1)
    ):
        # "ein Sprecher von Kanzler Olaf Scholz": the named one's title after the link makes
        # the name the complement of the noun before it, whose head is the speaker.
        return _np(tokens, role_hint)
    if 1 < name_at == start and len(tokens) - start > 2 and low[start - 1] in _CONNECTORS:
        # "Secretary of State Mike Pompeo": after "of" the run opens with the role's object.
        # A link needs a word before it: "The New York Times" opens with its article.
        name_at = len(tokens) - 2
    if any(
        _not_name(t, cues) and not (k > name_at and _surname_link(tokens, k, cues))
        for k, t in enumerate(tokens[name_at:], name_at)
    ):
        if low[0] in cues.determiners:
            return _np(tokens, role_hint)  # "die Partei des Religiösen Zionismus"
        return None  # "Vorbild Ein weit verbreiteter ...": capitalised words, but no name
    name_at += _governed_first(tokens, name_at, cues)
    role_tokens = tokens[:name_at]
    role_tokens = _without_object(role_tokens, cues)
    name_tokens, affiliation = _affiliation(tokens[name_at:], ctx)
    role = " ".join([*role_tokens, *affiliation]).strip(_TRAILING_PUNCT) or role_hint
    name = _completed(" ".join(name_tokens).strip(",;:"), role_tokens, ctx)
    return _Who(name, role or None, ref="name")


def _governed_first(tokens: list[str], name_at: int, cues: _Cues) -> int:
    """1 when the name's first word is the object of the role before it, else 0.

    "заявив голова Комітету Сергій Іонушас": a noun in an oblique case after the role
    (``governed_endings``) is the role's object, not the name's first word.
    """
    return int(
        0 < name_at < len(tokens) - _OBJECT_AND_NAME
        and not _is_cap(tokens[name_at - 1])
        and tokens[name_at].casefold().endswith(cues.governed_endings)
    )


def _without_object(role_tokens: list[str], cues: _Cues) -> list[str]:
    """The role words without their article, or an object noun before the title.

    "попросил коллегу господин Путин": in an inflecting language (``case_endings``) a noun
    before the title, after the verb, is the verb's object in its own case, no part of the
    role.
    """
    if role_tokens and role_tokens[0].casefold() in cues.determiners:
        role_tokens = role_tokens[1:]  # "the spokesman" -> "spokesman"
    if (
        cues.case_endings
        and len(role_tokens) >= _OBJECT_AND_TITLE
        and role_tokens[0].islower()
        and not _is_title(role_tokens[0], cues)
        and _is_title(role_tokens[1], cues)
    ):
        return role_tokens[1:]
    return role_tokens


# An object noun and the title after it ("коллегу господин").
_OBJECT_AND_TITLE = 2


def _completed(written: str, role_tokens: list[str], ctx: _Ctx) -> str:
    """The article's full form of a name written after its role (:func:`_canonical`).

    "die Direktorin des Klimaprogramms Samantha Burgess": the article's capitalised run took in
    the role's own noun after its link ("Klimaprogramms"), which is no part of the name.
    """
    name = _canonical(written, ctx)
    if (
        name != written
        and len(role_tokens) >= _LINKED_NOUN
        and role_tokens[-2].islower()
        and role_tokens[-1] in name.split()
    ):
        return written
    return name


def _surname_link(tokens: list[str], k: int, cues: _Cues) -> bool:
    """True for a capitalised link word closing a name run: a surname ("Amilkar Odelín Ante").

    Spanish "ante" is a preposition in lower case; written capitalised after the name's other
    capitalised words, and with only capitalised words after it, it is part of the name.
    """
    return (
        k > 0
        and tokens[k].casefold() in cues.np_breaks
        and _is_cap(tokens[k])
        and _is_cap(tokens[k - 1])
        and all(_is_cap(t) for t in tokens[k + 1 :])
    )


def _broken(tokens: list[str], ctx: _Ctx) -> tuple[list[str], _Who | None]:
    """The phrase up to its first break word, and the full name a title's object runs to.

    "eine Dame vor dem Stück" -> "eine Dame"; "die Ministerin für Umwelt Anna Müller" also
    gives Anna Müller (:func:`_titled_name`).
    """
    cues = ctx.cues
    for k in range(1, len(tokens)):
        if tokens[k].casefold() in cues.np_breaks and not _role_object(tokens, k, cues):
            if _surname_link(tokens, k, cues):
                continue  # "Amilkar Odelín Ante": a capitalised word in a name run is a name
            return tokens[:k], _titled_name(tokens, k, ctx)
    return tokens, None


def _titled_name(tokens: list[str], cut: int, ctx: _Ctx) -> _Who | None:
    """The full name after an article, a title and the title's object, else ``None``.

    "die Ministerin für Umwelt Anna Müller": Anna Müller speaks, "Ministerin für Umwelt" is
    the role.

    ``cut`` is the link after the title; the name is the phrase's last two capitalised words,
    completed by the article's full form of it.
    """
    cues = ctx.cues
    if not (
        cut - 1 == _TITLE_AT
        and len(tokens) - cut <= _TITLE_OBJECT_WORDS + _NAME_WORDS
        and len(tokens) >= cut + 1 + _NAME_WORDS
        and tokens[0].casefold() in cues.determiners
        and _is_title(tokens[1], cues)
    ):
        return None
    name = tokens[-_NAME_WORDS:]
    if not all(_is_cap(t) and not _not_name(t, cues) for t in name):
        return None
    link = tokens[cut].casefold()
    if link not in cues.role_objects and link not in _CONNECTORS:
        return None
    # "der Sprecher vor dem Landgericht Berlin Mitte": an article opens a place, no object.
    if any(t.casefold() in cues.np_stop or t.casefold() in cues.determiners for t in tokens[cut:]):
        return None
    role = " ".join(tokens[1:-_NAME_WORDS]).strip(_TRAILING_PUNCT)
    written = " ".join(name).strip(",;:")
    full = _canonical(written, ctx)
    if full != written and not set(full.split()).isdisjoint(tokens[1:-_NAME_WORDS]):
        full = written  # the article's capitalised run took in the title's object ("Umwelt")
    return _Who(full, role or None, ref="name")


# "die Ministerin für Umwelt Anna Müller": the title's place, its object's words at most and
# the name's words.
_TITLE_AT = 1
_TITLE_OBJECT_WORDS = 4
_NAME_WORDS = 2


def _initials(tokens: Sequence[str], k: int) -> bool:
    """True for two capitals right before a surname that close the phrase ("JD Vance").

    Such a pair reads as an acronym title elsewhere ("SPD", "CEO"); "US Senator X" keeps
    its title.
    """
    token = tokens[k]
    return (
        k == len(tokens) - 2
        and len(token) == _INITIALS
        and token.isalpha()
        and token.isupper()
        and tokens[-1][:1].isupper()
        and not tokens[-1].isupper()
    )


# Letters of a first name written as initials without dots ("JD", "AJ").
_INITIALS = 2


def _known_surname(low: list[str], start: int, ctx: _Ctx) -> bool:
    """True when the phrase ends in one word from ``start`` that the article gives as a surname.

    Where nouns are capitalised an article makes the word a noun ("Eine Straße"), even one
    the article also writes as part of a name ("Alt-Stralauer Straße").
    """
    if len(low) - start != 1 or low[-1].strip(",") not in ctx.surnames:
        return False
    cues = ctx.cues
    return not (cues.noun_suffixes and start > 0 and low[start - 1] in cues.determiners)


def _role_object(tokens: Sequence[str], k: int, cues: _Cues) -> bool:
    """True when the link at ``k`` joins a role noun to its object ("a spokesperson for the").

    The phrase opens with an article and a few lower-case words (the role noun), and a
    determiner follows the link ("a spokesperson for the ministry"), or a name follows a
    role link ("a spokesperson for Google"): the link belongs to the noun phrase, no break
    ends it.
    """
    if not (k <= _ROLE_OBJECT_AT and k + 1 < len(tokens)):
        return False
    link, after = tokens[k].casefold(), tokens[k + 1]
    # The object opens with a determiner, or after a role link is a name ("for Google").
    linked = after.casefold() in cues.determiners or (link in cues.role_objects and _is_cap(after))
    if tokens[0].casefold() not in cues.determiners or not linked:
        return False
    if link in _CONNECTORS and all(t.isalpha() and t.islower() for t in tokens[1:k]):
        return True
    # Where nouns are capitalised, an organisation's noun ("das Bundesamt für Strahlenschutz";
    # not "die Ministerin für Umwelt Anna Müller").
    return (
        bool(cues.noun_suffixes)
        and link in cues.role_objects
        and k == _ORGANISATION_LINK_AT
        and tokens[1].isalpha()
        and _organisation_noun(tokens[1].casefold(), cues)
    )


def _organisation_noun(low: str, cues: _Cues) -> bool:
    """True for a noun that ends with a word the names of organisations hold ("Bundesamt")."""
    return any(
        len(part) >= _MIN_ORGANISATION_PART and low.endswith(part)
        for parts in cues.organisations.values()
        for part in parts
    )


# Where an organisation noun's link stands: "das Bundesamt für".
_ORGANISATION_LINK_AT = 2

# Letters of the shortest organisation word read as a noun ending ("amt"; not "ag", "se").
_MIN_ORGANISATION_PART = 3


# The furthest a role noun's link may stand in its phrase ("a senior spokesperson for").
_ROLE_OBJECT_AT = 3


# Capitalised words after a title's link that hold its object and a name: more than two
# ("del Consiglio Giorgia Meloni"); two are the name alone ("the wife of John Smith").
_OBJECT_AND_NAME = 2


def _affiliation(tokens: Sequence[str], ctx: _Ctx) -> tuple[Sequence[str], Sequence[str]]:
    """A name split from the affiliation a particle run after it starts, if any.

    "Thomas Langhoff von der Hochschule Niederrhein" -> "Thomas Langhoff", "von der Hochschule
    Niederrhein" when the article gives "Thomas Langhoff" as a full name (its name runs stop
    at the lower-case particle); "Ursula von der Leyen" stays whole.
    """
    for k in range(2, len(tokens) - 1):
        if tokens[k][:1].islower() and tokens[k].casefold() in _NAME_PARTICLES:
            full = ctx.surnames.get(tokens[k - 1].casefold())
            if full is not None and full.split() == list(tokens[:k]):
                return tokens[:k], tokens[k:]
            return tokens, ()
    return tokens, ()


def _stopped(tokens: list[str], low: list[str], ctx: _Ctx, *, initial: bool) -> bool:
    """True when a word of :attr:`_Cues.np_stop` ("will", "is", "dass") is in the phrase.

    A capitalised one inside a sentence is no stop where it opens a full name the article
    gives ("…,” Will Moy, chief executive …, told": the first name of :attr:`_Ctx.surnames`
    ``"^will"``, and the next word its last name). At a sentence start it is the stop word
    ("What Page was doing"), and so is a short one (French "A Milwaukee": "à").
    """
    stops = ctx.cues.np_stop
    if stops.isdisjoint(low):
        return False
    for k, word in enumerate(low):
        if word in stops and (
            (initial and k == 0)
            or k + 1 == len(tokens)
            or len(word) < _MIN_FIRST_NAME
            or not _is_cap(tokens[k])
            or not _first_name(word, low[k + 1], ctx)
        ):
            return True
    return False


_MIN_FIRST_NAME = 3
"""Letters of the shortest stop word that may be a first name ("Will"; not French "A")."""


def _first_name(word: str, following: str, ctx: _Ctx) -> bool:
    """True when ``word`` opens a full name the article gives that ends with ``following``."""
    full = ctx.surnames.get("^" + word)
    return full is not None and full.casefold().rsplit(" ", 1)[-1] == following.strip(",.;:")


def _canonical(name: str, ctx: _Ctx) -> str:
    """The article's full form of a name given by its last part ("Parise" -> "Zach Parise")."""
    key = name.rsplit(" ", 1)[-1].casefold()
    full = ctx.surnames.get(key) or ctx.surnames.get("^" + key)
    if full and len(full) > len(name) and (f" {name} " in f" {full} "):
        return full
    endings = ctx.cues.case_endings
    if not endings:
        return name
    # The full name filed under the word as written, then under its stem ("Ибрагимом" ->
    # "ибрагим"): the written words end with that name's, as written or inflected; a word
    # before them ("Spokojený Tomáš Souček", "Малайзии Анваром Ибрагимом") is an adjective
    # or a genitive, no part of the name.
    stems = (key[: -len(e)] for e in endings if key.endswith(e) and len(key) - len(e) >= _MIN_STEM)
    for found in (full, *(ctx.surnames.get(stem) for stem in stems)):
        if found and (_inflected_tail(name, found, endings) or _inflects(name, found, endings)):
            return found
    return name


def _inflected_tail(name: str, full: str, endings: tuple[str, ...]) -> bool:
    """True when ``name`` ends with the words of ``full``, as written or inflected.

    And differs from it: "Малайзии Анваром Ибрагимом", "Spokojený Tomáš Souček".
    """
    written = name.casefold().split()
    known = full.casefold().split()
    if len(known) < _FULL_NAME or len(written) < len(known) or written == known:
        return False
    return all(
        word == base or (word.startswith(base) and word[len(base) :] in endings)
        for word, base in zip(written[-len(known) :], known, strict=True)
    )


_FULL_NAME = 2
"""Words of the shortest full name."""

_MIN_STEM = 3
"""Letters of the shortest name stem a case ending is read after ("Nováka" -> "Novák")."""


def _inflects(name: str, full: str, endings: tuple[str, ...]) -> bool:
    """True when ``name`` is an inflected form of the end of ``full`` ("Nováka": "Jan Novák").

    Every written word is the matching last word of ``full`` or it with a case ending, and
    one has an ending ("Declana Rice" of "Declan Rice").
    """
    if not endings:
        return False
    written = name.casefold().split()
    known = full.casefold().split()
    if len(written) > len(known) or written == known[-len(written) :]:
        return False
    return all(
        word == base or (word.startswith(base) and word[len(base) :] in endings)
        for word, base in zip(written, known[-len(written) :], strict=True)
    )


def _np(tokens: list[str], role: str | None) -> _Who:
    return _Who(" ".join(tokens), role, ref="np")


def _pronoun(low: list[str], cues: _Cues) -> str | None:
    words = [w for w in _WORD_BREAK.split(" ".join(low)) if w and w not in {"a", "t"}]
    if len(words) != 1:
        return None
    word = words[0]
    if word in cues.pron_sing:
        return "sing"
    if word in cues.pron_plur:
        return "plur"
    return "any" if word in cues.pron_any else None


# French relative pronouns elided before a pronoun ("qu’elle", "qu'il").
_ELIDED_RELATIVES = ("qu’", "qu'")


def _age_noun(word: str, cues: _Cues) -> bool:
    """True for an age noun: digits, a hyphen and an ending of :attr:`_Cues.age_nouns`."""
    if not cues.age_nouns or not word[:1].isdigit() or not word.endswith(cues.age_nouns):
        return False
    return word.split("-", 1)[0].isdigit()


def _pronoun_who(ref: str, low: list[str], cues: _Cues) -> _Who:
    """A pronoun's attribution, with the gender the pronoun gives ("she" -> ``f``)."""
    words = set(_WORD_BREAK.split(" ".join(low)))
    gender = "m" if not words.isdisjoint(cues.pron_masc) else None
    gender = "f" if not words.isdisjoint(cues.pron_fem) else gender
    return _Who(None, ref=ref, gender=gender)


def _gender(who: _Who, cues: _Cues) -> str | None:
    """``m`` or ``f`` when a speaker's role or noun phrase gives a gender, else None.

    A name's role ("Mrs.", "Frau", "Sprecherin") decides, never the name's own words ("Le
    Pen", "von der Leyen"); a noun phrase's article and nouns do too ("eine Dame").
    """
    if who.gender is not None:
        return who.gender
    # Articles inside a role or a noun phrase belong to its complements ("Sprecherin der
    # Stadt"); only the one opening a noun phrase is the speaker's ("der Analyst").
    words = [w for w in (who.role or "").casefold().split() if w not in cues.determiners]
    if who.ref == "np" and who.speaker:
        np = who.speaker.casefold().split()
        words += np[:1] + [w for w in np[1:] if w not in cues.determiners]
    if not words:
        return None
    bare = [w.strip(_TRAILING_PUNCT) for w in words]
    male = any(w in cues.masculine for w in (*words, *bare))
    female = any(w in cues.feminine for w in (*words, *bare)) or any(
        len(w) > _MIN_SUFFIXED and w.endswith(cues.feminine_suffixes) for w in bare
    )
    if male == female:
        return None
    return "m" if male else "f"


# Letters of the shortest role noun read for a feminine ending ("Autorin", not "Erin").
_MIN_SUFFIXED = 5


def _subject(before: str, ctx: _Ctx, *, initial: bool = False) -> _Who | None:
    """The speaker named right before a speech verb (``Pentagon spokesman X said``).

    Memoised in ``ctx.subjects``; :func:`_read_subject` reads it.
    """
    key = (before, initial)
    subjects = ctx.subjects
    if key in subjects:
        return subjects[key]
    who = _read_subject(before, ctx, initial=initial)
    if who is not None and who.ref == "np" and who.speaker:
        # "She passes in the street …": a pronoun opening the phrase is the subject, the
        # words after it its verb ("She passes" is no speaker).
        first = who.speaker.split(None, 1)[0].casefold()
        kind = _pronoun([first], ctx.cues)
        if kind:
            who = _pronoun_who(kind, [first], ctx.cues)
    subjects[key] = who
    return who


def _read_subject(before: str, ctx: _Ctx, *, initial: bool = False) -> _Who | None:
    """:func:`_subject` without its memo: the speaker named right before a speech verb.

    Comma-separated appositions are searched backwards for a name ("Omar Lamrani, a senior
    analyst at Stratfor, the intelligence firm, told ..."); the segments after the name give
    its role. ``initial`` marks a clause that starts a sentence, where a capitalised word the
    article also writes in lower case ("But", "Dazu") is not a name.
    """
    if "(" in before:
        # "Die Islamische Glaubensgemeinschaft (IGGÖ), die offizielle Vertretung …,": a short
        # name in brackets ends no clause.
        before = _BRACKETED_SHORT_NAME.sub("", before)
    clause = CLAUSE_EDGE.split(before)[-1]
    last_word = clause.rsplit(None, 1)[-1:]
    if last_word and last_word[0].casefold() in ctx.cues.conjunctions:
        # "Bennett kritisierte Gideon Sa’ar, …, und sagte": the verb shares the subject that
        # opens the clause, which may be a pronoun ("She didn’t give a date, but said"). A
        # clause joined by a comma and a conjunction opens its own subject ("Путин хотел
        # встать, но Анвар Ибрагим покачал головой и запротестовал").
        own = _joined_clause(clause, ctx.cues)
        if own is not None:
            who = _clause_subject(own, ctx)
            if who is not None and who.ref == "name":
                return who
        return _clause_subject(clause, ctx) or _opening_np(clause, ctx)
    segs = [s.strip() for s in clause.split(",")]
    while segs and not segs[-1]:
        segs.pop()
    if not segs:
        return None
    relative = _relative_antecedent(segs, ctx)
    if relative is not None:
        return relative
    tail = segs[-1].rsplit(None, 1)[-1:]
    if len(segs) > 1 and len(segs[-1].split()) > 1 and _pronoun(tail, ctx.cues):
        # "c’est François Fillon, dont il ne cite pas le nom quand il dénonce": a pronoun
        # right before the verb is its subject, not the name the clause is about.
        return _phrase(tail[0], ctx)
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
            if all(w.casefold() in ctx.cues.adverbs for w in later):
                role = None  # "su mamá, Mirtha Sánchez, siempre decía": no role
            return named.with_role(named.role or role or None)
        if (
            named is not None
            and named.ref == "np"
            and first in _RELATIVES
            and k == len(segs) - 2
            and _determined_np(named, ctx)
        ):
            # "Un habitant du camp, qui a demandé à ne pas être nommé, a déclaré": the noun
            # phrase the relative clause before the verb belongs to.
            return named
    last = segs[-1]
    if before.rstrip().endswith(","):
        # "Al respecto, señaló:", "Sin embargo, señaló que", "Su objetivo, dijo, fue": where
        # the subject may follow the verb, a comma parts the verb from the short lone phrase
        # opening the clause, an adverbial or the object's, not the subject; the verb's
        # subject is the one before ("El ministro, Paulo Rangel, describió": an apposition's
        # name is). "The company, however, said": the part before the adverbs.
        if len(segs) == 1 and ctx.cues.inversion and len(last.split()) <= _ADVERBIAL_WORDS:
            return None
        if len(segs) > 1 and all(w.casefold() in ctx.cues.adverbs for w in last.split()):
            return _phrase(segs[-2], ctx, initial=initial and len(segs) == _AFTER_ADVERBS)
    if (
        len(segs) >= 2
        and last[:1].islower()
        # "…, a bit higher than gas, the economist replies": a part with its own definite
        # article is a whole noun phrase, no continuation of the one before ("a study by X, a
        # think tank, concluded" is one).
        and last.split()[0].casefold() not in ctx.cues.definites
        and segs[-2].split()[:1]
        and segs[-2].split()[0].casefold() in ctx.cues.determiners
    ):
        joined = _phrase(f"{segs[-2]}, {last}", ctx)
        if joined is not None:
            return joined
    return _phrase(last, ctx, initial=initial and len(segs) == 1)


# Comma parts of "The company, however, said": the subject's, then the adverbs'.
_AFTER_ADVERBS = 2

# Words of the longest adverbial opening a clause before ", verb" ("Por otra parte").
_ADVERBIAL_WORDS = 4


def _joined_clause(clause: str, cues: _Cues) -> str | None:
    """The last clause after ", <conjunction> " in ``clause`` (before its final word), else None."""
    at = clause.rfind(", ", 0, len(clause.rstrip()) - 1)
    while at >= 0:
        rest = clause[at + 2 :].split(None, 1)
        if len(rest) == _WORD_AND_REST and rest[0].casefold() in cues.conjunctions:
            return rest[1]
        at = clause.rfind(", ", 0, at)
    return None


# A conjunction and the clause after it.
_WORD_AND_REST = 2


def _determined_np(who: _Who, ctx: _Ctx) -> bool:
    """True for a noun phrase that opens with an article ("a Syrian refugee", "Una portavoz")."""
    first = (who.speaker or "").split(None, 1)[:1]
    return bool(first) and first[0].casefold() in ctx.cues.determiners


def _relative_antecedent(segs: Sequence[str], ctx: _Ctx) -> _Who | None:
    """The name a relative pronoun before the verb refers to ("Brenda Shaughnessy, who said").

    That is the full name (two words or more) that ends the comma part before the relative
    pronoun ("… praised by the poet Brenda Shaughnessy, who tweeted"), when the last part holds
    only the pronoun and adverbs ("who recently").
    """
    if len(segs) < _RELATIVE_PARTS:
        return None
    words = segs[-1].casefold().split()
    if not words or words[0] not in _RELATIVES:
        return None
    if any(w not in ctx.cues.adverbs for w in words[1:]):
        return None
    tokens = segs[-2].split()
    start = _name_start(tokens, ctx, initial=False)
    if start >= len(tokens):
        return None
    who = _phrase(" ".join(tokens[start:]), ctx)
    if who is None or who.ref != "name" or " " not in (who.speaker or ""):
        return None
    return who


# Comma parts of a relative clause's subject: the name's, then the relative pronoun's.
_RELATIVE_PARTS = 2


def _clause_subject(clause: str, ctx: _Ctx) -> _Who | None:
    """The pronoun or full name that opens a clause, as the subject a later verb shares.

    "She didn’t give a date, but said …", "Boudreau gave a talk Tuesday, telling them …".
    """
    opening = clause.split(None, 1)[:1]
    if not opening:
        return None
    pronoun = _pronoun([opening[0].casefold()], ctx.cues)
    if pronoun:
        return _pronoun_who(pronoun, [opening[0].casefold()], ctx.cues)
    return _opening_name(clause.lstrip(), ctx, bridge=False)


def _participle_subject(clause: str, ctx: _Ctx) -> _Who | None:
    """The subject a participle after a comma shares: the nearest comma part opened by one.

    "If Trump read it, Schwartz would have been surprised, telling Mayer": Schwartz, not the
    subordinate clause's Trump; "Boudreau gave a talk Tuesday, telling them": Boudreau.
    """
    parts = clause.split(",")
    for part in reversed(parts[:-1] if len(parts) > 1 else parts):
        who = _clause_subject(part.strip(), ctx) or _lone_name_subject(part, ctx)
        if who is not None:
            return who
    return None


def _lone_name_subject(part: str, ctx: _Ctx) -> _Who | None:
    """The lone name opening a clause before its verb ("Emery retweeted the story").

    A capitalised word and a lower-case one after it: that name is the clause's subject. Two
    names joined by a conjunction ("Dale and Martha disputed") name two people, not one: no
    speaker is guessed.
    """
    tokens = part.split(None, 3)[:3]
    if len(tokens) < _LONE_NAME_TOKENS or not _is_cap(tokens[0]) or not tokens[1].islower():
        return None
    low = tokens[1].casefold()
    if low in ctx.cues.conjunctions and _is_cap(tokens[2]):
        return _Who(None, ref="none")
    if low in ctx.cues.np_breaks or low in ctx.cues.adverbs or tokens[0].endswith(_NOT_ALONE):
        return None  # "Monday in Paris", "Reid's campaign": no name standing alone
    who = _phrase(tokens[0], ctx, initial=True)
    return who if who is not None and who.ref == "name" else None


# A role's last two words: a link in lower case and its capitalised noun ("des Klimaprogramms").
_LINKED_NOUN = 2

# Tokens read by :func:`_lone_name_subject`: the name, the word after it and one more.
_LONE_NAME_TOKENS = 3
# Endings of a capitalised word that is no lone subject: a comma, a possessive ("Reid's").
_NOT_ALONE = (",", "'s", "’s", "'", "’")


def _opening_np(clause: str, ctx: _Ctx) -> _Who | None:
    """A noun phrase opening a clause, up to a relative pronoun ("Una portavoz … que dirige")."""
    taken: list[str] = []
    for k, token in enumerate(clause.split()[:_OPENING_WORDS]):
        low = token.casefold()
        # A relative pronoun ends it, but not as the article that opens it ("Der Städtetag").
        if (k and low in _RELATIVES) or low in ctx.cues.np_stop:
            break
        taken.append(token.rstrip(","))
        if token.endswith(","):
            break
    if not taken or taken[0].casefold() not in ctx.cues.determiners:
        return None
    who = _phrase(" ".join(taken), ctx)
    return who if who is not None and who.ref == "np" else None


def _is_role(segment: str, ctx: _Ctx) -> bool:
    """True for an apposition that names a role, not a person ("CEO of Take-Two")."""
    tokens = segment.split()
    return any(t[:1].islower() and not _particle(tokens, k, ctx.cues) for k, t in enumerate(tokens))


def _after_verb(after: str, ctx: _Ctx) -> _Who | None:
    """The speaker named right after a verb or cue (``said Smith``, ``so Müller``)."""
    text = after.lstrip(" -\u00a0")
    text = text.removeprefix("t-")
    segs = _CLAUSE_BREAK.split(text, maxsplit=2)
    tokens = segs[0].split()
    while tokens and tokens[0].casefold() in ctx.cues.adverbs:
        tokens = tokens[1:]
    if tokens and ctx.cues.kinds.get(tokens[0].casefold()) == "verb":
        if len(tokens) == 1:
            return None  # "Según entiende, “…”": the verb's subject is not written
        tokens = tokens[1:]  # "según contó la integrante de Coendu": the verb's subject
    if tokens and tokens[0].casefold() in ctx.cues.np_breaks:
        # "sagte am Montag Anna Schmidt", "dijo en una entrevista Ana García": a short phrase
        # of time or place, then the name closing the clause.
        return _name_after_phrase(tokens, ctx) if ctx.cues.inversion else None
    if not tokens:
        return None
    if tokens[0].islower() and tokens[0] in ctx.cues.np_stop:
        # "apuntan que la presencia de … Washington": a clause, no speaker ("said Will
        # Tjernlund" is one).
        return None
    pronoun = _pronoun([tokens[0].casefold()], ctx.cues)
    if pronoun:  # "erklärt er aus seiner Rolle heraus"
        return _pronoun_who(pronoun, [tokens[0].casefold()], ctx.cues)
    whole = True
    for k in range(1, len(tokens)):
        if k == 1 and tokens[k] in ctx.cues.np_stop:
            # "enligt åklagaren visar på att …": a one-word noun phrase after the cue ends at
            # the verb of the clause it opens (a longer run with a verb is a clause, no one).
            tokens, whole = tokens[:k], False
            break
        if tokens[k].casefold() in ctx.cues.adverbs and _is_cap(tokens[k - 1]):
            # "kommenterede statsminister Mette Frederiksen også meningsmålingen": an adverb
            # after the name ends the subject; the object follows.
            tokens, whole = tokens[:k], False
            break
        follows = tokens[k + 1] if k + 1 < len(tokens) else ""
        conjunction = tokens[k].casefold() in ctx.cues.conjunctions and follows[:1].islower()
        if tokens[k].casefold() in ctx.cues.np_breaks or conjunction:  # "Smotrich und betonte"
            if not conjunction and _role_object(tokens, k, ctx.cues):
                continue  # "said a spokesperson for the ministry"
            titled = None if conjunction else _titled_name(tokens, k, ctx)
            if titled is not None:
                return titled  # "sagte die Ministerin für Umwelt Anna Müller"
            tokens, whole = tokens[:k], False
            break
    tokens = _name_tail_cut(tokens, ctx.cues)
    hint = None
    # Only a comma joins an apposition, and only one right after the phrase: after a full stop
    # the next sentence has begun, and in "sagt Trommer und zeigt auf den Markgrafendamm, der
    # …" the comma follows another clause.
    comma = whole and len(segs) > 1 and text[len(segs[0])] == ","
    determined = tokens[0].casefold() in ctx.cues.determiners
    if comma and (determined or _bare_role(tokens, ctx)):
        # "apunta el presidente de la Organización Médica Colegial, Juan José Rodríguez
        # Sendín": a role, then the name in apposition.
        named = _phrase(segs[1], ctx)
        if named is not None and named.ref == "name" and " " in (named.speaker or ""):
            return named.with_role(named.role or " ".join(tokens[determined:]))
    if comma:
        rest = segs[1].split()
        if rest and rest[0].casefold() in ctx.cues.determiners:
            hint = " ".join(rest[1:]) or None
    return _phrase(" ".join(tokens), ctx, role_hint=hint)


def _name_after_phrase(tokens: list[str], ctx: _Ctx) -> _Who | None:
    """The full name that ends ``tokens`` after a short phrase opened by a preposition.

    The name is the article's full name for the last token when the tokens end with it, else
    the last two capitalised tokens ("am Montag Anna Schmidt": not "Montag Anna Schmidt").
    The phrase before it is at most :data:`_PHRASE_WORDS` words with no speech verb.
    """
    run = 0
    while run < len(tokens) and _is_cap(tokens[-1 - run]):
        run += 1
    if run < _ROLE_PHRASE_WORDS:
        return None
    words = [t.rstrip(".") for t in tokens[-run:]]
    full = ctx.surnames.get(words[-1].casefold())
    size = len(full.split()) if full else 0
    if not (
        0 < size <= run and [w.casefold() for w in words[-size:]] == (full or "").casefold().split()
    ):
        size = _ROLE_PHRASE_WORDS
    phrase = tokens[: len(tokens) - size]
    if len(phrase) > _PHRASE_WORDS or any(ctx.cues.pattern.fullmatch(t) for t in phrase):
        return None
    last = phrase[-1].casefold()
    cues = ctx.cues
    if last in cues.np_breaks or last in cues.role_objects or last in cues.determiners:
        return None  # "dijo en la sede del Partido Popular": the place's name, no speaker
    who = _phrase(" ".join(words[-size:]), ctx)
    return who if who is not None and who.ref == "name" and " " in (who.speaker or "") else None


# Words of a phrase of time or place between a verb and its subject ("en una entrevista").
_PHRASE_WORDS = 4


def _bare_role(tokens: list[str], ctx: _Ctx) -> bool:
    """True for a role without an article before an apposition: a title, then lower-case words.

    "understreger formand for Naalakkersuisut, Múte B. Egede, ”…”": the name follows the comma.
    """
    return (
        len(tokens) > 1
        and tokens[0][:1].islower()
        and tokens[0].casefold() in ctx.cues.titles
        and tokens[1].casefold() in ctx.cues.role_objects
    )


def _name_tail_cut(tokens: list[str], cues: _Cues) -> list[str]:
    """``tokens`` without the lower-case words after a name that opens them.

    After a speech verb, a name ends where the words after it are all lower case ("sagt Liat
    dann leise", "said Liat quietly"): they tell how or when, not who. A name particle inside
    the name stays ("Ursula von der Leyen"), and a phrase that opens in lower case ("a
    spokesperson for the ministry") is left whole.
    """
    if not tokens or not _is_cap(tokens[0]) or tokens[0].casefold() in cues.non_name:
        return tokens
    last = max(k for k, t in enumerate(tokens) if _is_cap(t))
    tail = tokens[last + 1 :]
    if tail and all(t[:1].islower() for t in tail):
        return tokens[: last + 1]
    return tokens


def _opening_name(text: str, ctx: _Ctx, *, bridge: bool = True) -> _Who | None:
    """The name that opens a sentence ("Bimota-Geschäftsführer Pierluigi Marconi ist ...").

    The opening runs to the first comma, or to the first lower-case word after a capitalised
    one, so a role written before the name stays in ("Wild defenseman Ryan Suter, who ...").
    A lone surname counts when the article gives the full name elsewhere ("Boudreau gave").
    """
    tokens = text.split(" ", _OPENING_WORDS)[:_OPENING_WORDS]
    caps = [_is_cap(t) for t in tokens]
    # Cheap test first: a full name needs two capitalised words in a row or a known surname.
    # (and_ over the pairs runs in C: most sentence openings fail this test.)
    if not any(map(and_, caps, caps[1:])) and not any(
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
            if bridged and not _is_cap(token) and token.casefold() in ctx.cues.np_stop:
                # "Früher mussten Trommer und …": a verb is no role; the name follows it.
                taken = []
                continue
            taken.append(token.rstrip(","))
            if token.endswith(",") or not WORD.fullmatch(token.rstrip(",.").replace("-", "")):
                break
        if taken and _is_cap(taken[-1]):
            who = _phrase(" ".join(taken), ctx, initial=True)
            if who is not None and who.ref == "name" and " " in (who.speaker or ""):
                return None if _opened_first_name(who.speaker or "", ctx) else who
            if who is not None and who.ref == "name" and _mononym(who.speaker or "", ctx):
                return who  # "Jėzus išties turėjo galią": a name the article gives alone
    return None


def _opened_first_name(name: str, ctx: _Ctx) -> bool:
    """True for a sentence's opening particle before a first name ("Von Liat fehlte …").

    The article gives "Liat" as the first name of a full name ("Liat Atzili"), so the
    particle is the preposition; a surname keeps its particle ("Von der Leyen").
    """
    parts = name.split()
    return (
        len(parts) == _OPENED_NAME
        and parts[0].casefold() in _NAME_PARTICLES
        and "^" + parts[1].casefold() in ctx.surnames
    )


# Words of a particle and a first name ("Von Liat").
_OPENED_NAME = 2


def _mononym(name: str, ctx: _Ctx) -> bool:
    """True for a one-word name the article files as a full name ("Jėzus").

    :class:`.context._Surnames` files one so only after a capitalised adverb opening a
    sentence ("Tik Jėzus to vengė": "Only Jesus …").
    """
    return " " not in name and ctx.surnames.get(name.casefold()) == name


def _last_name(head: str, ctx: _Ctx) -> _Who | None:
    """The last full name in a clause before a colon ("…, wie Präsident Hiroshi Ito preist:")."""
    runs: list[list[str]] = [[]]
    # Runs opened right after a preposition ("в Раді Венедіктова"), by their first word.
    governed: set[int] = set()
    previous = ""
    for token in head.split():
        low = token.casefold()
        if not runs[-1] and _is_cap(token) and previous in ctx.cues.np_breaks:
            governed.add(id(runs[-1]))
        previous = low
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
    last = named[-1]
    if id(last) in governed and last[0].casefold().endswith(ctx.cues.governed_endings):
        # "На виступі в Раді Венедіктова заявила:": the preposition's noun, then the speaker.
        who = _phrase(" ".join(last[1:]), ctx)
        return who if who is not None and who.ref == "name" else None
    # A run that is no name may be the role in apposition after it ("… Guim Roda, der
    # aktuelle Team-Manager von KRT, zu Wort:"): the name before it is read then.
    for run in reversed(named[-_APPOSITION_RUNS:]):
        who = _phrase(" ".join(run), ctx)
        if who is not None and who.ref == "name" and " " in (who.speaker or ""):
            return who
    return None


def _label(head: str, ctx: _Ctx) -> bool:
    """True when the clause before a colon labels a topic by a name, naming no speaker.

    It is a topic noun with the name after it ("Il caso Cecilia Sala:", "L'affaire Cécile
    Kohler :", "Der Fall Maja Tanner:") or, in English, before it ("The Cecilia Sala case:"),
    maybe after an article: like :func:`_last_name`'s name right before the colon, no
    predicate follows the name.
    """
    topics = ctx.cues.topics
    tokens = head.strip().rstrip(":").split()
    if not topics or not _MIN_NOUN_CLAUSE <= len(tokens) <= _MAX_NOUN_CLAUSE:
        return False
    low = [t.casefold() for t in tokens]
    first = low[0]
    if first[1:2] in _ELISION and len(first) > 2:
        low[0], tokens = first[2:], [tokens[0][2:], *tokens[1:]]  # "L'affaire"
    elif first in ctx.cues.determiners:
        low, tokens = low[1:], tokens[1:]
    if len(tokens) < _MIN_NOUN_CLAUSE:
        return False
    if low[0] in topics:
        name = tokens[1:]  # "caso Cecilia Sala"
    elif low[-1] in topics:
        name = tokens[:-1]  # "Cecilia Sala case"
    else:
        return False
    return _is_cap(name[0]) and _is_cap(name[-1])


def _noun_speaker(head: str, ctx: _Ctx) -> _Who | None:
    """The speaker a speech noun names before a colon ("L'elogio di Trump:", "Trump's answer:").

    The clause before the colon is only the noun, maybe after an article, with the name as its
    genitive ("La réponse d'Élisabeth Borne :", "The answer of Jon Tester:") or, in English,
    as a possessive before it ("Trump's answer:"). Anything else is the writer's sentence.
    """
    nouns = ctx.cues.speech_nouns
    tokens = head.strip().rstrip(":").split()
    if not nouns or not _MIN_NOUN_CLAUSE <= len(tokens) <= _MAX_NOUN_CLAUSE:
        return None
    low = [t.casefold() for t in tokens]
    k = 1 if low[0] in ctx.cues.determiners else 0
    noun = low[k]
    if noun[1:2] in _ELISION and noun[:1] in "ld":
        noun = noun[2:]  # "L'elogio"
    if noun in nouns and k + 1 < len(tokens):
        rest = _genitive(tokens[k + 1 :])
        if rest is None:
            return None
    elif k == 0 and len(tokens) >= _MIN_NOUN_CLAUSE and low[-1] in nouns:
        owner = tokens[-2]
        if not owner.endswith(("'s", "’s")):
            return None
        rest = [*tokens[:-2], owner[:-2]]  # "Trump's answer"
    else:
        return None
    if not all(_is_cap(t) or t.casefold() in _NAME_PARTICLES for t in rest):
        return None
    who = _phrase(" ".join(rest), ctx)
    return who if who is not None and who.ref == "name" else None


def _genitive(tokens: Sequence[str]) -> list[str] | None:
    """The words after a speech noun's genitive link ("di Trump", "d'Élisabeth Borne")."""
    low = tokens[0].casefold()
    if low in _CONNECTORS and len(tokens) > 1:
        return list(tokens[1:])  # "di Trump", "of Jon Tester"
    if low[:1] == "d" and low[1:2] in _ELISION and len(low) > 2:
        return [tokens[0][2:], *tokens[1:]]  # "d'Élisabeth Borne"
    return None


def _noun_after(tail: str, ctx: _Ctx) -> _Who | None:
    """The speaker a sentence after a quote names as its words' ("« … » Cette phrase de X").

    The sentence opens with a demonstrative, at most two lower-case adjectives and a speech
    noun ("Cette petite phrase d'Arnaud Montebourg, au Wall Street Journal, augure…"); the
    capitalised words of its genitive are the name.
    """
    cues = ctx.cues
    tokens = tail.split(None, _MAX_NOUN_CLAUSE)[:_MAX_NOUN_CLAUSE]
    if not cues.demonstratives or not tokens or tokens[0].casefold() not in cues.demonstratives:
        return None
    k = 1
    while k < _NOUN_AFTER_AT and k < len(tokens) and tokens[k].casefold() not in cues.speech_nouns:
        if not tokens[k].isalpha() or not tokens[k].islower():
            return None
        k += 1
    if k + 1 >= len(tokens) or tokens[k].casefold() not in cues.speech_nouns:
        return None
    rest = _genitive(tokens[k + 1 :])
    if not rest:
        return None
    name: list[str] = []
    for token in rest:
        if not (_is_cap(token) or token.casefold() in _NAME_PARTICLES):
            break
        name.append(token.rstrip(",;:"))
        if token[-1:] in ",;:":
            break
    if not name or not _is_cap(name[-1]):
        return None
    who = _phrase(" ".join(name), ctx)
    return who if who is not None and who.ref == "name" else None


# The speech noun after a demonstrative sits at most this far in ("Cette petite phrase").
_NOUN_AFTER_AT = 4


# Apostrophes of an elided article or preposition ("L'elogio", "d'Élisabeth").
_ELISION = frozenset("'’")

# Words of a speech-noun clause before a colon: the noun and a name at least, and at most an
# article, the noun, a preposition and a name of five words.
_MIN_NOUN_CLAUSE = 2
_MAX_NOUN_CLAUSE = 8


# Capitalised runs read back from a colon for the name (the last, and a role run after it).
_APPOSITION_RUNS = 2


def _role_referent(
    who: _Who, paragraphs: Sequence[str], key: tuple[int, int], ctx: _Ctx
) -> _Who | None:
    """The full name a definite role noun phrase refers back to ("la premier" -> "Giorgia Meloni").

    The phrase is a definite article and one lower-case role noun; the name is the last full name
    written right after that noun, maybe after one or two lower-case adjectives ("La premier
    italiana Giorgia Meloni"; not "source inside the Rukban camp"), within
    :data:`_ROLE_LOOK_BACK` paragraphs before the quote.
    """
    noun = _definite_noun(who, ctx)
    if noun is None:
        return None
    cues = ctx.cues
    found: _Who | None = None
    for text in _looked_back(paragraphs, key):
        start = text.find(noun)
        while start >= 0:
            end = start + len(noun)
            whole = (start == 0 or not text[start - 1].isalnum()) and not text[
                end : end + 1
            ].isalnum()
            tokens = text[end : end + _ROLE_WINDOW].split()[:_OPENING_WORDS] if whole else []
            k = 0
            while k < _ROLE_ADJECTIVES and k < len(tokens) and tokens[k].isalpha():
                low = tokens[k]
                if not low.islower() or low in cues.np_breaks or low in cues.determiners:
                    break
                if low in _CONNECTORS or low in cues.conjunctions or low in cues.np_stop:
                    break
                if cues.pattern.fullmatch(low) is not None:
                    break  # "a reporter asked Montoya-Lewis": a verb, not an adjective
                k += 1
            if k < len(tokens) and _is_cap(tokens[k]):
                named = _opening_name(" ".join(tokens[k:]), ctx, bridge=False)
                found = named or found
            start = text.find(noun, end)
    return found


# Words of a definite role phrase ("la premier", "the senator").
_ROLE_PHRASE_WORDS = 2


def _definite_noun(who: _Who, ctx: _Ctx) -> str | None:
    """The lower-case noun of a speaker written as a definite article and one noun."""
    words = (who.speaker or "").split()
    if len(words) != _ROLE_PHRASE_WORDS or words[0].casefold() not in ctx.cues.definites:
        return None
    noun = words[1]
    return noun if noun.isalpha() and noun.islower() else None


def _looked_back(paragraphs: Sequence[str], key: tuple[int, int]) -> Iterator[str]:
    """The texts a referent is looked for in, oldest first.

    The :data:`_ROLE_LOOK_BACK` paragraphs before the quote's, then its own up to the quote.
    """
    p, at = key
    for q in range(max(0, p - _ROLE_LOOK_BACK), p + 1):
        yield paragraphs[q] if q < p else paragraphs[q][: max(at, 0)]


# Paragraphs a role phrase looks back for the name it refers to.
_ROLE_LOOK_BACK = 5

# Lower-case words (adjectives) between a role noun and its name ("premier italiana").
_ROLE_ADJECTIVES = 2

# Characters read after a role noun for its name.
_ROLE_WINDOW = 120


def _body_referent(
    who: _Who, paragraphs: Sequence[str], key: tuple[int, int], ctx: _Ctx
) -> _Who | None:
    """The proper name a definite common noun refers back to ("the center").

    The phrase is a definite article and one lower-case noun; the name is the last run of
    capitalised words that ends with that noun capitalised, within :data:`_ROLE_LOOK_BACK`
    paragraphs before the quote ("the Storm Prediction Center has outlined …"; not "the
    Philippine Bureau of Fisheries", whose name goes on).
    """
    noun = _definite_noun(who, ctx)
    if noun is None:
        return None
    head = noun.capitalize()
    found: str | None = None
    for text in _looked_back(paragraphs, key):
        start = text.find(head)
        while start >= 0:
            end = start + len(head)
            if (start == 0 or not text[start - 1].isalnum()) and not text[end : end + 1].isalnum():
                taken: list[str] = []
                for token in reversed(text[max(0, start - _ROLE_WINDOW) : start].split()):
                    if len(taken) == _BODY_WORDS or not _is_cap(token) or not token.isalpha():
                        break
                    taken.append(token)
                while taken and taken[-1].casefold() in ctx.cues.determiners:
                    taken.pop()  # "The Storm Prediction Center" opening a sentence
                # A name that goes on after a role link ("Bureau of Fisheries …") is read
                # whole nowhere here: the noun phrase is kept.
                following = text[end : end + _ROLE_WINDOW].split()[:1]
                if taken and not (following and following[0] in ctx.cues.role_links):
                    found = " ".join([*reversed(taken), head])
            start = text.find(head, end)
    return _Who(found, ref="np") if found else None


# Capitalised words before the head noun of a body's name ("Storm Prediction Center").
_BODY_WORDS = 4


def _kind_referent(
    who: _Who, paragraphs: Sequence[str], key: tuple[int, int], ctx: _Ctx
) -> _Who | None:
    """The organisation a definite noun of its kind refers back to ("the agency").

    The phrase is a definite article and a noun of :attr:`_Cues.organisations`; the name is
    the last run of capitalised words (joined by links such as "of") holding one of that
    kind's words, within :data:`_ROLE_LOOK_BACK` paragraphs before the quote ("the National
    Weather Service's Storm Prediction Center. The agency warns that “…”"). When the noun
    itself is written capitalised there ("the Philippine Bureau of …", "the bureau"),
    :func:`_body_referent` decides instead.
    """
    words = (who.speaker or "").split()
    if len(words) != _ROLE_PHRASE_WORDS or words[0].casefold() not in ctx.cues.definites:
        return None
    heads = ctx.cues.organisations.get(words[1].casefold())
    if not heads:
        return None
    own = words[1].capitalize()
    compounds = bool(ctx.cues.noun_suffixes)  # "Bundesamt", "Gesundheitsministerium"
    found: str | None = None
    for text in _looked_back(paragraphs, key):
        for run in _capital_runs(text, ctx):
            if own in run:
                return None
            at = _head_at(run, heads, compounds=compounds)
            if at is not None:
                # "Shares of Apple Inc.": a head after a role link starts the name after it.
                links = [k for k in range(at) if run[k].casefold() in ctx.cues.role_links]
                name = run[links[-1] + 1 :] if links else run
                if len(name) >= _MIN_BODY_WORDS or compounds:
                    found = " ".join(name)
    return _Who(found, ref="np") if found else None


def _person_role(who: _Who, ctx: _Ctx) -> str | None:
    """The gender ("m", "f" or "") of a definite role phrase naming a person's office, else None.

    "El jefe de la diplomacia española", "la integrante de Coendu", "o comandante": a definite
    article and a title or role noun (:attr:`_Cues.titles`, :attr:`_Cues.role_nouns`), with
    any words after it. Such a phrase is how an article goes on about the person who spoke
    last; the gender its article or noun gives keeps it from a speaker of the other.
    """
    words = (who.speaker or "").split()
    if len(words) < _ROLE_PHRASE_WORDS:
        return None
    cues = ctx.cues
    article, noun = words[0].casefold(), words[1].casefold()
    if article not in cues.definites or not (noun in cues.titles or noun in cues.role_nouns):
        return None
    if article in cues.feminine or noun in cues.feminine or noun.endswith(cues.feminine_suffixes):
        return "f"
    return "m" if article in cues.masculine or noun in cues.masculine else ""


def _capital_runs(text: str, ctx: _Ctx) -> Iterator[list[str]]:
    """Runs of capitalised words, with links between two ("Ministry of Health") kept in.

    Punctuation after a word ends its run; a possessive ("Service’s") ends it before the
    next ("Storm Prediction Center"). Function words opening a run ("The", "On") are dropped.
    """
    run: list[str] = []
    for token in text.split():
        word = token.strip(_TRAILING_PUNCT)
        possessive = word.endswith(("'s", "’s"))
        if possessive:
            word = word[:-2]
        if word and _is_cap(word):
            low = word.casefold()
            if not run and (low in ctx.cues.non_name or low in ctx.cues.determiners):
                continue
            # An abbreviation keeps its dot ("Apple Inc."), a sentence end does not.
            run.append(word + "." if token.startswith(word + ".") and low in _ABBREVIATED else word)
        elif run and word.casefold() in _CONNECTORS and token == word:
            run.append(word)
            continue
        else:
            yield from _trimmed(run)
            run = []
            continue
        if possessive or token != word:
            yield from _trimmed(run)
            run = []
    yield from _trimmed(run)


def _trimmed(run: list[str]) -> Iterator[list[str]]:
    while run and not _is_cap(run[-1]):
        run = run[:-1]
    if run:
        yield run


def _head_at(run: list[str], heads: tuple[str, ...], *, compounds: bool) -> int | None:
    """Index of the first word of ``run`` that is one of ``heads``.

    With ``compounds`` a word ending with one counts ("Bundesamt"). None when there is none
    or the run is a lone head ("Ministry").
    """
    for k, word in enumerate(run):
        low = word.casefold().rstrip(".")
        if low in heads:
            return k if len(run) >= _MIN_BODY_WORDS else None
        if compounds and any(low.endswith(h) and len(h) >= _MIN_COMPOUND_HEAD for h in heads):
            return k
    return None


# Company suffixes written with a dot.
_ABBREVIATED = frozenset({"co", "corp", "inc", "ltd"})


# Words of an organisation's name at least ("Federal Aviation Administration"; not "Ministry").
_MIN_BODY_WORDS = 2

# Letters of a head word that may end a compound ("Bundes-amt"; not "ag" in "Tag").
_MIN_COMPOUND_HEAD = 3
