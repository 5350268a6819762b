"""Pass 2: whether a paired run is a quote, of which kind, and what attributes it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice
from typing import NamedTuple

from newsparse.extract.quotes.cjk import _cjk_who
from newsparse.extract.quotes.cues import (
    _CONNECTORS,
    _CONTEXT_CHARS,
    _MAX_SUBJECT_WORDS,
    _RELATIVES,
    _TRAILING_PUNCT,
    WORD,
    _Cues,
    _ends_sentence,
    _no_cue,
    _sentence_starts,
    _strip_auxiliaries,
    _strip_infinitive,
)
from newsparse.extract.quotes.marks import OPENING_MARK, _Piece
from newsparse.extract.quotes.names import (
    CLAUSE_EDGE,
    _after_verb,
    _Ctx,
    _is_cap,
    _label,
    _last_name,
    _noun_after,
    _noun_speaker,
    _opening_name,
    _participle_subject,
    _pronoun_who,
    _subject,
    _Who,
)
from newsparse.extract.text_counts import CJK_CHAR
from newsparse.lexicon import SENTENCE_STOPS
from newsparse.model import QuoteKind

_MAX_GAP_WORDS_DIRECT = 5


_MAX_GAP_WORDS_PARTIAL = 18


_GAP_CHARS = 200


# A paragraph this short that ends with an unpunctuated quote is a subheading.
_HEADING_WORDS = 12


CLAUSE_BREAK = re.compile(r"[!?;:]")

# A title in single quotes, or a capitalised stretch in any marks, with no sentence end in it.
_TITLE_IN_GAP = re.compile(r"‘[A-Z][^‘’.!?]*’|“[A-Z][^“”.!?]*”")

# A word as ``str.split`` sees it.
_NON_SPACE = re.compile(r"\S+")


def _breaks(text: str) -> bool:
    """True when a sentence or clause ends inside ``text`` (so it cannot hold an attribution)."""
    return CLAUSE_BREAK.search(text) is not None or len(_sentence_starts(text)) > 1


def _attribute_after(tail: str, ctx: _Ctx, *, closed: bool) -> _Who | None:
    """Attribution written after the closing mark: ``, Smith said`` / ``, said Smith``.

    ``closed`` means the quote ended its own sentence (``“… over.” He declined to ...``): then
    only a short attribution (``Smith said.``) may follow, not a new sentence.
    """
    text = tail.lstrip(" ,;–—-\u00a0")
    # Only the attribution's own sentence counts ("!..— уточнил и господин Путин.— Обмен …").
    if not text or text[0] in SENTENCE_STOPS or (closed and len(_first_sentence(text).split()) > 5):
        return None
    found = ctx.cues.pattern.finditer(text, 0, _CONTEXT_CHARS)
    match = next((m for m in found if not _no_cue(text, m, ctx.cues)), None)
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
    if kind == "own_view":
        return _pronoun_who("sing", [verb.casefold()], ctx.cues).with_verb(verb)  # "in her view"
    if kind == "impersonal":
        # "„…“, heißt es aus dem Ministerium."
        source = _source(text[match.end() :], ctx)
        return _Who(None, verb=verb, ref="none") if source is None else source.with_verb(verb)
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
        who = None
        if verb.casefold() in ctx.cues.participles and before.rstrip().endswith(","):
            # "“…” Emery retweeted the story, saying": the clause's subject, as before a quote.
            who = _participle_subject(before, ctx)
        who = who or _subject(_strip_infinitive(before, ctx.cues), ctx)
        if before.rstrip().endswith(",") and (who is None or " " not in (who.speaker or "")):
            # "“…” even within Hamas, said Matthew Levitt": the subject follows the verb.
            after = _after_verb(text[match.end() :], ctx)
            if after is not None and (
                after.ref == "name"
                or (who is None and after.ref == "np" and _determined(after.speaker, ctx))
            ):
                # "« … » sanitaire (41,5 % en 2019), note aussi la Drees": a noun phrase too.
                who = after
    return None if who is None else who.with_verb(verb)


_ARABIC_COMMA = "\u060c"

# A reference in brackets right after a closing mark: a book's short name and a chapter
# and verse or page ("(Mk 14, 21)", "(Jn 13, 27; Lk 22, 3)", "(John 3:16)", "[Al Maa-idah 8]").
_CITATION = re.compile(
    r"\s?[(\[](?:\d\s?)?[^\W\d_][\w.'’-]*(?:\s[^\W\d_][\w.'’-]*){0,2}\.?\s\d+"
    r"(?:\s?[,:]\s?\d+(?:[–-]\d+)?)?(?:;[^()\[\]]{0,40})?[)\]]"
)

# A comma or colon ending the tail (which stops at the next opening mark): the attribution
# in it introduces the quote that follows.
_OPENS_NEXT = re.compile(r"[,:]\s*$")


def _first_sentence(text: str) -> str:
    """``text`` up to its first sentence end (all of it without one)."""
    end = _SENTENCE_STOP.search(text)
    return text[: end.start()] if end else text


# A stop that ends a sentence: a full stop, question or exclamation mark, or an ellipsis,
# then a space, a dash or the end ("Путин.— Обмен", "said. More"); not "U.S." inside a name.
_SENTENCE_STOP = re.compile(r"(?<![A-Z])[.!?…]+(?=[\s—–]|$)")


def _source(clause: str, ctx: _Ctx) -> _Who | None:
    """The source an impersonal cue's clause names, if any (a noun phrase without article).

    After a source word ("Aus dem Schulministerium" -> "Schulministerium") or a document noun
    with a genitive ("In einer Stellungnahme der Familie" -> "Familie"): the capitalised words
    there, and a genitive that goes on ("aus dem Umfeld des Ministers").
    """
    cues = ctx.cues
    if not cues.sources:
        return None
    low = [t.strip(_TRAILING_PUNCT) for t in clause.casefold().split()]
    if cues.sources.isdisjoint(low) and cues.documents.isdisjoint(low):
        return None
    tokens = clause.split()
    for k, word in enumerate(low):
        if word in cues.sources:
            start = k + 1
        elif word in cues.documents and k + 1 < len(low) and low[k + 1] in cues.genitives:
            start = k + 2
        else:
            continue
        start += start < len(low) and low[start] in cues.determiners
        end = start
        while end < len(tokens) and (
            _is_cap(tokens[end])
            or (low[end] in cues.genitives and end + 1 < len(tokens) and _is_cap(tokens[end + 1]))
        ):
            end += 1
            if tokens[end - 1][-1:] in _TRAILING_PUNCT:
                break
        if end > start:
            return _Who(" ".join(tokens[start:end]).strip(_TRAILING_PUNCT), ref="np")
    return None


def _determined(phrase: str | None, ctx: _Ctx) -> bool:
    """True for a noun phrase that opens with a determiner ("der Experte")."""
    first = (phrase or "").split(None, 1)[:1]
    return bool(first) and first[0].casefold() in ctx.cues.determiners


def _reporting_clause(clause: str, ctx: _Ctx) -> _Who | None:
    """Who a source cue inside a clause ("ifølge X", "enligt X", "according to X") reports.

    The cue names the source of a report, not always the speaker: after a person opening
    the clause ("Statsminister Mette Frederiksen er ifølge Berlingske ”…”") that person
    speaks; after a relative pronoun ("en konversation som enligt åklagaren visar att ”…”")
    the quoted words are the thing's the clause describes, nobody's speech. Otherwise (the
    cue opening its clause or set off by commas) the source after the cue speaks: None here.
    """
    clause = CLAUSE_EDGE.split(clause)[-1]
    words = clause.split()
    if not words or words[-1].endswith(","):
        return None  # "…, según las autoridades, que pidieron “…”": set off, the source's
    if words[-1].casefold() in _RELATIVE_BEFORE_CUE:
        return _Who(None, ref="none")
    return _opening_name(clause.lstrip(), ctx, bridge=False)


# Relative pronouns before a source cue ("som enligt åklagaren", "which according to").
_RELATIVE_BEFORE_CUE = _RELATIVES | {"som", "that"}


def _attribute_before(head: str, ctx: _Ctx, max_gap: int, *, initial: bool = True) -> _Who | None:
    """Attribution written before the opening mark: ``Smith said:`` / ``laut Müller``.

    ``initial`` is false when ``head`` starts right after an earlier quote, inside a sentence
    ("“…,” Will Moy, chief executive …, told the BBC. “…”").
    """
    match = None
    previous = earlier = prior = 0
    # The verb must sit within ``max_gap`` words of the quote: search only that far back.
    window = max(0, len(head) - _GAP_CHARS)
    for found in ctx.cues.pattern.finditer(head, window):
        if _no_cue(head, found, ctx.cues):
            continue  # "United States"
        # The subject starts after an earlier verb ("he said he told them").
        prior = previous
        previous = match.end() if match is not None else 0
        earlier = match.start() if match is not None else 0
        match = found
    if match is None:
        return None
    gap = head[match.end() :]
    # Words as written: "U.S." and "al-Tanf" are one each ("described the idea that the U.S.
    # is training … at al-Tanf as “…”"); a lone comma or mark is none. A title quoted in the
    # gap is one ("writes in an article titled ‘Creating Safer Cities’ that “…”").
    if _written_words(_TITLE_IN_GAP.sub("T", gap)) > max_gap or _breaks(gap.rstrip(" :,")):
        return None
    verb = match.group()
    kind = ctx.cues.kinds[verb.casefold()]
    if kind == "own_view":
        return _pronoun_who("sing", [verb.casefold()], ctx.cues).with_verb(verb)  # "A ses yeux"
    if kind == "impersonal":
        # "Aus dem Schulministerium heißt es, …", "In einer Stellungnahme der Familie hieß es:"
        source = _source(head[previous : match.start()], ctx) or _source(gap, ctx)
        return _Who(None, verb=verb, ref="none") if source is None else source.with_verb(verb)
    if kind == "prep":
        who = _reporting_clause(head[previous : match.start()], ctx) or _after_verb(gap, ctx)
    else:
        who = None
        if verb.casefold() in ctx.cues.participles and head[: match.start()].rstrip().endswith(","):
            # "Boudreau gave a talk Tuesday, telling them to “…”": the sentence's subject.
            who = _participle_subject(head[: match.start()], ctx)
        inverted = ctx.cues.inversion and verb.casefold() not in ctx.cues.object_verbs
        if inverted and not gap.lstrip().startswith(","):
            who = _after_verb(gap, ctx)
            if who is not None and who.ref == "np" and who.speaker and who.speaker[0].islower():
                who = None if who.speaker.split()[0] not in ctx.cues.determiners else who
        # "He funds groups and has stated": the auxiliary is no part of the subject.
        stem = _strip_auxiliaries(_strip_infinitive(head[: match.start()], ctx.cues), ctx.cues)
        before = stem.rsplit(None, 1)[-1:]
        joined = bool(before) and before[0].casefold() in ctx.cues.conjunctions
        if joined:
            previous = 0  # "X kritisierte Y und sagte": the subject opens the sentence
            # "El ministro propone que … y recalcó": the subject is the earlier verb's.
            if earlier:
                who = who or _subject(stem[:earlier], ctx, initial=initial)
        # "Harry is said to have responded": one verb chain, whose subject is the earlier verb's.
        stem, previous = _chained(head, stem, (prior, earlier, previous, match.start()), ctx.cues)
        if previous and _in_relative(stem, previous):
            # "A source, a refugee who asked not to be named, said": the earlier verb is the
            # relative clause's, and the subject is the phrase that clause belongs to.
            previous = 0
        opening = initial and not previous
        who = who or _subject(stem[previous:], ctx, initial=opening)
        if (
            verb.casefold() in ctx.cues.participles
            and who is not None
            and who.ref == "np"
            and len((who.speaker or "").split()) > _PARTICIPLE_NP_WORDS
        ):
            # "Reid's campaign hit back hard, saying": what precedes a participle is a whole
            # clause, not a noun phrase; its subject is not read here, and nobody is guessed.
            return _Who(None, verb=verb, ref="none")
        if who is None and head[: match.start()].rstrip().endswith(","):
            who = _Who(None, ref="sing")  # ", adding “…”": the subject is the one before
        if (
            who is None
            and not previous
            and gap.rstrip()[-1:] not in SENTENCE_STOPS
            and _bare_opening(stem, ctx)
        ):
            # "Agregó que … “…”", "Además, reclama que “…”": a verb opening its sentence with
            # no subject written (Spanish, Italian, Portuguese drop it) is the last speaker's.
            who = _Who(None, ref="sing")
        if who is None and before and ctx.cues.kinds.get(before[0].casefold()) == "prep":
            # "Según entiende, “…”": the verb of the cue has no subject written; the one before.
            who = _Who(None, ref="sing")
        if who is None and joined and not initial:
            # "Albares dejó claro que “…” a ningún país, …, aunque insistió en que “…”": the
            # sentence's subject, who spoke the quote before.
            who = _Who(None, ref="said")
    return None if who is None else who.with_verb(verb)


def _chained(head: str, stem: str, cuts: tuple[int, int, int, int], cues: _Cues) -> tuple[str, int]:
    """The stem and the subject's start, over an earlier verb that chains to this one.

    ``cuts`` are the end of the verb before the earlier one, the earlier verb's start and end,
    and this verb's start. "Harry is said to have responded": the earlier "said" is joined
    by "to have", so the subject is read before it, without "is" ("Harry").
    """
    prior, earlier, previous, start = cuts
    if previous and _raised(head[previous:start], cues):
        return _without_be(head[:earlier], cues), prior
    return stem, previous


def _raised(between: str, cues: _Cues) -> bool:
    """True for an infinitive marker and auxiliaries between two speech verbs ("to have")."""
    words = between.casefold().split()
    return bool(words) and words[0] in cues.infinitive and cues.auxiliaries.issuperset(words[1:])


def _without_be(before: str, cues: _Cues) -> str:
    """``before`` without the auxiliaries and forms of "be" ending it ("Harry is" -> "Harry")."""
    text = before.rstrip()
    while True:
        cut = text.rsplit(None, 1)
        low = cut[-1].casefold()
        if len(cut) < 2 or (low not in cues.np_stop and low not in cues.auxiliaries):
            return text + " "
        text = cut[0]


# Words of the longest noun phrase read as a participle's subject ("the singer's manager").
_PARTICIPLE_NP_WORDS = 4


def _bare_opening(stem: str, ctx: _Ctx) -> bool:
    """True when nothing but adverbs stands before a speech verb in its sentence (pro-drop only).

    ``stem`` is the sentence up to the verb: empty ("Agregó que …"), sentence adverbs
    ("Además, reclama que …") or a lower-case phrase opened by a preposition ("En aquel
    momento afirmó que …").
    """
    words = [w.strip(_TRAILING_PUNCT) for w in stem.split()]
    if not ctx.cues.pro_drop or len(words) > _BARE_WORDS:
        return False
    if all(w.casefold() in ctx.cues.adverbs for w in words):
        return True
    # "En aquel momento afirmó que": a phrase of time or place in lower case, no subject.
    return words[0].casefold() in ctx.cues.np_breaks and all(w.islower() for w in words[1:])


# Words before a subject-less speech verb ("Además, también", "En aquel momento").
_BARE_WORDS = 3


def _in_relative(stem: str, verb_end: int) -> bool:
    """True when the verb ending at ``verb_end`` follows a relative pronoun in its comma part.

    "…, a Syrian refugee who feared retaliation and asked not to be identified, said": the
    clause of "asked" is the apposition's, closed by the comma before the main verb.
    """
    if not stem[verb_end:].rstrip().endswith(","):
        return False
    start = stem.rfind(",", 0, verb_end) + 1
    return any(w in _RELATIVES for w in stem[start:verb_end].casefold().split())


def _written_words(text: str) -> int:
    """The space-separated tokens of ``text`` that hold a word character."""
    return sum(1 for token in text.split() if WORD.search(token) is not None)


_OPENING_TAILS = ":：" + SENTENCE_STOPS
"""The last characters before a quote that open its sentence: a colon (Latin or CJK) or a
sentence stop of any script."""


def _opens_sentence(head: str, ctx: _Ctx) -> bool:
    """True when the quote starts a sentence, follows a colon, or follows ``he said,``."""
    text = head.rstrip(" \u00a0")
    if not text or text[-1] in _OPENING_TAILS:
        return True
    if text[-1] in ",—–-":
        words = text.split()[-6:]
        return ctx.cues.pattern.search(" ".join(words)) is not None
    return False


def _spoken(head: str, ctx: _Ctx) -> bool:
    """True when a speech verb and a comma or colon come right before the quote.

    Words in capitals there are said, not a name or a title ("protesters chanted, “Red for
    Ed,”"); a verb without the comma names its object ("called “The Lion King”").
    """
    text = head.rstrip(" \u00a0")
    if text[-1:] not in ",:":
        return False
    last = text[:-1].rsplit(None, 1)[-1:]
    if not last:
        return False
    verb = ctx.cues.pattern.fullmatch(last[0])
    return verb is not None and ctx.cues.kinds[verb.group().casefold()] == "verb"


def _name_like(text: str) -> bool:
    """True for names and titles in quote marks ("Jund al-Imam al-Hujja," or "The Lion King")."""
    stripped = text.rstrip(" ,;:")
    if stripped[-1:] in SENTENCE_STOPS:
        return False
    # Nine words decide it: a long quote's words are not all listed.
    words = [w.group() for w in islice(WORD.finditer(stripped), _NAME_LIKE_WORDS + 1)]
    if len(words) > _NAME_LIKE_WORDS:
        return False
    return all(w[0].isupper() or w[0].isdigit() or w.casefold() in _CONNECTORS for w in words)


# Words of the longest name or title in quote marks ("The Lion King").
_NAME_LIKE_WORDS = 8


class _Judged(NamedTuple):
    """The verdict on one run of pieces: its kind and its (unresolved) attribution.

    A named tuple: one is made for most pairs of marks, at a third of an attrs instance's cost.
    """

    kind: QuoteKind
    who: _Who | None
    standalone: bool
    orphan: bool = False
    """A partial quote with no cue of its own: kept only when it shares a sentence with the
    quote before it ("… « a fait passer en force » …, « la défiance … », juge Mme Binet")."""
    cited: bool = False
    """An orphan a reference in brackets follows ("„eina savo keliu“ (Mk 14, 21)"): words
    quoted from the text it cites, kept unattributed when no quote before it claims it."""


def _judge(run: list[_Piece], paragraphs: Sequence[str], ctx: _Ctx, left: int) -> _Judged | None:
    """Decide whether a run is a quote, which kind, and what attributes it."""
    first, last = run[0], run[-1]
    text = paragraphs[first.paragraph]
    if len(run) == 1:
        quoted = text[first.span[0] : first.span[1]]
        if _fewer_than_two_words(quoted):
            return None
    head = ""
    # False when the head runs on from an earlier quote of the sentence.
    initial = True
    if first.open_mark >= 0:
        begin = max(0, left, first.open_mark - _CONTEXT_CHARS)
        starts = _sentence_starts(text[begin : first.open_mark])
        head = text[begin : first.open_mark][starts[-1] :]
        initial = starts[-1] > 0 or begin != left or begin == 0 or _ends_sentence(text, left - 1)
    if len(run) == 1 and _name_like(text[first.span[0] : first.span[1]]) and not _spoken(head, ctx):
        return None
    tail = _tail(paragraphs[last.paragraph], last.close_mark + 1)
    if _ARABIC_COMMA in head or _ARABIC_COMMA in tail:
        # "، فيما تساءل آخرون": the Arabic comma parts clauses as "," does (same length).
        head, tail = head.replace(_ARABIC_COMMA, ","), tail.replace(_ARABIC_COMMA, ",")
    direct = len(run) > 1 or _opens_sentence(head, ctx)
    if not direct and (" " + head.rstrip(" ,").casefold()).endswith(ctx.cues.examples):
        return None  # "Betreffzeilen wie „…“", "a campaign called “…”": named, not said
    gap = _MAX_GAP_WORDS_DIRECT if direct else _MAX_GAP_WORDS_PARTIAL
    closed = _ends_sentence(paragraphs[last.paragraph], last.span[1])
    if not direct and len(run) == 1 and _COUNTED.match(text, last.close_mark + 1):
        return None  # "svarer ”ved ikke” (37 procent)": an answer counted, not words said
    if not direct and _names_the_speaker(head, ctx):
        return None  # "erzählt ein „ehemaliger Küchenangestellter“": who speaks, not what
    # Chinese, Japanese and Korean: particles, not words.
    who = _cjk_who(head, tail, ctx, first.span[1] - first.span[0])
    if who is None and not direct and ctx.cues.cjk_quotative:
        return None  # "「鞍替え」が検討されても": no quotative after it, a term
    if who is None:
        who = _attribute_after(tail, ctx, closed=closed)
        if who is not None and closed and _OPENS_NEXT.search(tail):
            # "Umar berkata, “… membinasakan.” Aslam berkata, “Bagaimana itu?”": a verb that
            # introduces the next quote gives way to the one introducing this quote.
            who = _attribute_before(head, ctx, gap, initial=initial) or who
    who = who or _attribute_before(head, ctx, gap, initial=initial)
    if who is None and direct:
        who = _noun_after(tail, ctx)  # "« … » Cette petite phrase d'Arnaud Montebourg"
    if who is None and _written(head, ctx):
        return None  # "A Roma spunta lo striscione shock: „…“": words written, not said
    if who is None and head.rstrip().endswith(":") and not _label(head, ctx):
        # "Bimota-Geschäftsführer Pierluigi Marconi ist ebenfalls begeistert: „…“"
        who = _noun_speaker(head, ctx)
        who = who or _opening_name(head.lstrip(), ctx, bridge=False) or _last_name(head, ctx)
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
    if who is None and not direct and _after_speech_noun(head, ctx):
        # "Саме про слова “…”", "the words “…”": someone's words, quoted as such; nobody
        # named says them here.
        return _Judged(QuoteKind.PARTIAL, _Who(None, ref="none"), standalone=False)
    if who is None and not direct:
        # "Dievas „eina savo keliu“ (Mk 14, 21)": a reference in brackets cites the text
        # quoted, a quote even where no quote before it claims it.
        cited = _CITATION.match(tail) is not None
        return _Judged(QuoteKind.PARTIAL, None, standalone=False, orphan=True, cited=cited)
    if who is None and len(run) == 1 and _heading(text, first):
        return None
    # Standing alone, or introduced by a colon without a verb ("Speaking of ...: “…”").
    standalone = who is None and (head.rstrip().endswith(":") or not head.strip())
    standalone = standalone and WORD.search(tail) is None
    kind = QuoteKind.DIRECT if direct else QuoteKind.PARTIAL
    return _Judged(kind, who, standalone)


def _after_speech_noun(head: str, ctx: _Ctx) -> bool:
    """True when ``head`` ends with a speech noun right before the quote ("про слова")."""
    last = head.rstrip().rsplit(None, 1)[-1:]
    return bool(last) and last[0].casefold() in ctx.cues.speech_nouns


# A figure in brackets right after a closing mark ("”ved ikke” (37 procent)", "“no” (41%)"):
# the quoted words are an option whose count is given, not a quote.
_COUNTED = re.compile(r"\s*\(\s*\d[\d.,]*\s*(?:%|\w+)?\s*\)")


def _names_the_speaker(head: str, ctx: _Ctx) -> bool:
    """True when a partial quote follows a speech verb and an article: it names the speaker.

    "… erzählt ein „ehemaliger Küchenangestellter“": only in languages whose subject may
    follow the verb (:attr:`_Cues.inversion`), and not after a verb naming its object.
    """
    if not ctx.cues.inversion:
        return False  # "what Obama calls the “better-than-ever” relationship": an object
    words = head.rstrip().rsplit(None, 2)[-2:]
    article = words[-1].casefold() if words else ""
    # Not a word that also opens a clause ("warns that “…”").
    if len(words) < 2 or article not in ctx.cues.determiners or article in ctx.cues.np_breaks:
        return False
    verb = ctx.cues.pattern.fullmatch(words[0])
    if verb is None or verb.group().casefold() in ctx.cues.object_verbs:
        return False  # "nannte ein „…“": what was named
    return ctx.cues.kinds[verb.group().casefold()] == "verb"


def _written(head: str, ctx: _Ctx) -> bool:
    """True when the clause before an unattributed quote names a text it is written on.

    "A Roma spunta lo striscione shock: „…“", "protesters held signs: “…”": a banner's or a
    sign's words. Only the clause after the last comma is read.
    """
    if not ctx.cues.written:
        return False
    clause = head.rsplit(",", 1)[-1]
    return any(w in ctx.cues.written for w in WORD.findall(clause.casefold()))


def _reported(head: str, quoted: str, tail: str, ctx: _Ctx) -> bool:
    """True when the sentence around a quote has a reported-speech verb form ("sei")."""
    if not ctx.cues.reported:
        return False
    words = WORD.findall(f"{head} {quoted} {tail}".casefold())
    return any(w in ctx.cues.reported for w in words)


def _fewer_than_two_words(text: str) -> bool:
    """True for fewer than two words (in Chinese, Japanese and Korean: characters).

    Two words decide it (``maxsplit``), and only a quote with fewer counts its characters.
    """
    return len(text.split(None, 2)) < 2 and len(CJK_CHAR.findall(text)) < 2


def _heading(text: str, piece: _Piece) -> bool:
    """True for a short paragraph with an unattributed quote that ends unpunctuated.

    Such a paragraph is a subheading or a teaser link: „Land hat Gutachten versäumt“,
    Kritik: „Zu langsam“, "60 bleibt 60": Feuerwehrleute protestieren, or
    Gewalt gegen Einsatzkräfte: "Das sind Menschen wie du und ich!" | mehr.
    """
    # Counts at most one word past the limit: splitting a long paragraph once per quote in it
    # made a paragraph of many quotes quadratic.
    if sum(1 for _ in islice(_NON_SPACE.finditer(text), _HEADING_WORDS + 1)) > _HEADING_WORDS:
        return False
    rest = text[piece.close_mark + 1 :].strip()
    if rest:
        return (
            len(text) <= _HEADING_CHARS
            and WORD.search(rest) is not None
            and rest.rstrip(_CLOSERS)[-1:] not in SENTENCE_STOPS
        )
    quoted = text[piece.span[0] : piece.span[1]].rstrip()
    return quoted[-1:] not in SENTENCE_STOPS


# A heading with words after its quote is this short (in characters: Chinese has no spaces).
_HEADING_CHARS = 100

# Marks and brackets that may close a sentence after its stop ("… over.)", "… over.”").
_CLOSERS = "\"'”’»“)]"


def _tail(text: str, start: int) -> str:
    """The rest of the sentence after a closing mark, up to the next opening mark."""
    window = text[start : start + _CONTEXT_CHARS]
    starts = _sentence_starts(window)
    # Every start but the first (0) ends a stop and a space: past 1.
    end = starts[1] if len(starts) > 1 else len(window)
    cut = OPENING_MARK.search(window, 0, end)
    return window[: cut.start() if cut else end]
