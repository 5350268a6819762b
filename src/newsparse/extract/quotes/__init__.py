"""Quotation spans and speaker attribution inside body paragraphs.

:func:`find_quotes` works in three passes, each linear in the text length:

1. **Pairing.** One scan over the quote marks of each paragraph pairs openers with closers
   (“ ” ‘ ’ " ' « » ‹ › „ “ ‚ ‘ 「 」 『 』, in either direction where a language reverses them).
   Straight marks and apostrophes are told apart by the characters around them. The pending
   openers form a small bounded stack, so a paragraph of random marks stays linear.
2. **Classification.** Only outermost pairs count. A pair that opens a sentence (or follows a
   colon or an attribution such as ``he said,``) is a *direct* quote; one inside the writer's
   sentence is *partial* and is kept only when a speech verb attributes it, when it shares
   its sentence with an attributed quote, or when :func:`_rescue` finds its speaker (a
   heading echoing the next paragraph's quote; a clause quoted in a sentence opened by an
   earlier speaker). Single words and name- or title-like strings (``“Jund al-Imam
   al-Hujja,”``) are never quotes.
3. **Attribution.** A speech verb from ``quote_cues.toml`` next to the quote (after it, then
   before it) gives the verb and the subject: a name with its title or role split off, a noun
   phrase, or a pronoun. Pronouns, subject-less verbs (Spanish ``dijo``) and quotes standing
   alone in a paragraph are resolved against the speech events seen so far (a quote standing
   alone under an all-capitals ``NAME: TITLE`` heading is that name's); a gendered
   pronoun ("she", "er") skips a speaker whose title, role or article gives the other gender.
   A definite role phrase ("la premier") takes the name written after that role earlier, a
   definite noun ("the center") the body's name it ended earlier ("Storm Prediction Center"),
   a definite title or role noun with any complement ("el jefe de la diplomacia española")
   the last named speaker, and an own-view cue ("in her view", "à ses yeux") the last
   speaker. In a pro-drop language (``pro_drop`` in the cue data) a speech verb opening its
   sentence with no subject written ("Agregó que “…”") is the last speaker's too. A source
   cue ("according to", "ifølge", "enligt") names the speaker after it, unless a person
   opens its clause ("Mette Frederiksen er ifølge Berlingske ”…”" is Frederiksen's) or a
   relative pronoun comes right before it (the quoted words are then the thing's).

**Dash dialogue.** In a language that writes direct speech as a paragraph opened by a dash
(Russian and the other Cyrillic-script languages, :data:`.marks.DIALOGUE_LANGS`), each stretch
of speech in "— Да,— сказал он.— Пойдём." is a direct quote, the author's words between the
dashes its attribution; marks inside such a line are part of it. Polish news prose
(:data:`.marks.HYPHEN_DIALOGUE_LANGS`) sets speech off with spaced dashes, often hyphens, at a
paragraph's start or after a sentence end, with no comma before the closing dash ("- Głupota
ludzka przeważyła - skomentował burmistrz."): such a stretch is a direct quote only when a
speech verb follows its closing dash. Danish, Norwegian and Swedish
(:data:`.marks.TAGGED_DIALOGUE_LANGS`) open a speaker's line with a dash and close it with
the attribution after a comma ("– Jeg anerkender ønskerne, lyder det fra Mette Frederiksen."):
the speech runs to that comma, or to the line's end without one; an impersonal tag naming no
source ("…, lyder det.") is the last speaker's.

A quotation that runs over several paragraphs (an opening mark left open at the end of a
paragraph and continued by a paragraph that re-opens it, or that closes it without re-opening)
is returned as **one Quote per paragraph piece**, in order, all of kind ``DIRECT`` and sharing the
speaker, role and verb found around the whole run. A run that is never closed is dropped.

Modules: :mod:`.marks` (pairing), :mod:`.attribution` (classification and attribution next
to the quote), :mod:`.names` (speaker phrases), :mod:`.context` (the article's full names and
lower-case words), :mod:`.events` (speech events for back-references), :mod:`.cues` (the
per-language data of ``quote_cues.toml``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import attrs

from newsparse.extract.quotes.attribution import _breaks, _judge, _Judged, _written_words
from newsparse.extract.quotes.context import _make_ctx
from newsparse.extract.quotes.cues import WORD, _cue_tables, _guess_lang, _sentence_starts
from newsparse.extract.quotes.events import (
    _Event,
    _Events,
    _Mentions,
)
from newsparse.extract.quotes.marks import (
    DIALOGUE_LANGS,
    HYPHEN_DIALOGUE_LANGS,
    QUOTE_MARK,
    TAGGED_DIALOGUE_LANGS,
    _dialogue_runs,
    _hyphen_dialogue_runs,
    _Piece,
    _runs,
    _tagged_dialogue_runs,
)
from newsparse.extract.quotes.names import (
    _body_referent,
    _Ctx,
    _kind_referent,
    _opening_name,
    _person_role,
    _role_referent,
    _Who,
)
from newsparse.lexicon import SCRIPT_STOPS, SENTENCE_STOPS
from newsparse.model import Quote, QuoteKind

__all__ = ["QUOTE_MARK", "find_quotes"]


def find_quotes(
    paragraphs: Sequence[str], *, lang: str | None = None, headline: str | None = None
) -> tuple[Quote, ...]:
    """Find the quotations in an article body and attribute them to their speakers.

    Args:
        paragraphs: The article body, one paragraph per item (``Article.body``).
        lang: ISO 639-1 code of the text; guessed from function words when ``None`` or when
            no cues exist for it.
        headline: The article's headline, if known: a full name written only there completes
            a surname the body gives alone ("Noem" -> "Kristi Noem"). Ignored in title case.

    Returns:
        The quotes in order of appearance. ``paragraphs[q.paragraph][slice(*q.span)] == q.text``
        holds for every quote; a quotation that runs over several paragraphs yields one
        ``DIRECT`` quote per paragraph piece, all with the same speaker, role and verb.
    """
    runs, dialogue = _with_dialogue(_runs(paragraphs), paragraphs, lang)
    if not runs:
        # No quotation: skip the vocabulary and name context, the costly part.
        return ()
    tables = _cue_tables()
    cues = tables.get((lang or "").casefold()[:2]) or tables[_guess_lang(paragraphs)]
    ctx = _make_ctx(paragraphs, cues, headline)
    spans: dict[int, list[tuple[int, int]]] = {}
    for run in runs:
        for piece in run:
            spans.setdefault(piece.paragraph, []).append((piece.open_mark, piece.close_mark))
    events = _Events(paragraphs, ctx, spans)
    mentions = _Mentions(paragraphs, ctx, spans)
    last_close: dict[int, int] = {}
    quotes: list[Quote] = []
    # Orphans no quote before them claims, waiting for an attributed quote later in their
    # sentence ("… « a fait passer en force » …, « la défiance … », juge Mme Binet"); each
    # leads to the next ("El primer objetivo es “…”, que ha hecho de Gaza “…”, seguido de
    # “…”, señaló").
    waiting: list[_Piece] = []
    # Every single-piece orphan, for a last look at those no quote claimed (:func:`_rescue`).
    unclaimed: list[_Piece] = []
    for run in runs:
        first = run[0]
        judged = _judge(run, paragraphs, ctx, last_close.get(first.paragraph, -1) + 1)
        key = (first.paragraph, first.open_mark)
        judged = _spoken_line(judged) if key in dialogue else judged
        if judged is None:
            continue
        if judged.orphan:
            # Kept only in the sentence of the quote before it, with that quote's speaker.
            previous = quotes[-1] if quotes else None
            if previous is None or not _same_sentence(paragraphs, previous, first):
                if judged.cited:
                    # Quoted from the text its reference cites: nobody's speech here.
                    quotes.extend(_quote(p, paragraphs, _UNNAMED, judged.kind) for p in run)
                    last_close[run[-1].paragraph] = run[-1].close_mark
                    continue
                waiting = _wait(paragraphs, waiting, run, unclaimed)
                continue
            waiting = []
            who = _Who(previous.speaker, previous.speaker_role, previous.verb)
            quotes.extend(_quote(piece, paragraphs, who, judged.kind) for piece in run)
            last_close[run[-1].paragraph] = run[-1].close_mark
            continue
        orphans, waiting = waiting, []
        who = judged.who or events.unattributed(key, standalone=judged.standalone)
        if who.ref in {"sing", "plur", "any", "said"}:
            found = events.resolve(who.ref, key, mentions, who.gender)
            who = found.with_verb(who.verb) if found else who
        elif who.ref == "np":
            named = _np_referent(
                who,
                judged.who is not None,
                key,
                paragraphs=paragraphs,
                events=events,
                mentions=mentions,
            )
            who = named.with_verb(who.verb) if named else who
        if who.speaker:
            # The speaker was last heard where the run ends (a quote over several paragraphs).
            end = (run[-1].paragraph, max(run[-1].open_mark, 0))
            events.add(_Event(end[0], end[1], who.with_verb(None)))
            if orphans and judged.who is not None and _leads_to(paragraphs, orphans[-1], first):
                quotes.extend(_quote(o, paragraphs, who, QuoteKind.PARTIAL) for o in orphans)
        quotes.extend(_quote(piece, paragraphs, who, judged.kind) for piece in run)
        last_close[run[-1].paragraph] = run[-1].close_mark
    return tuple(_rescue(unclaimed, _shared_lines(quotes, dialogue), paragraphs, ctx))


# The attribution of a quote that nobody named says.
_UNNAMED = _Who(None, ref="none")


def _with_dialogue(
    runs: list[list[_Piece]], paragraphs: Sequence[str], lang: str | None
) -> tuple[list[list[_Piece]], set[tuple[int, int]]]:
    """The runs with the lines of dash dialogue added, and the keys of those lines.

    Only in a language written so (:data:`DIALOGUE_LANGS`: ``lang``, else the cue language
    guessed when a paragraph opens with a dash; :data:`HYPHEN_DIALOGUE_LANGS` and
    :data:`TAGGED_DIALOGUE_LANGS`: ``lang``). A
    pair of marks inside a line of dialogue is part of it ("— Я спросил: «…»"), no quote of
    its own.
    """
    code = (lang or "").casefold()[:2]
    if code in HYPHEN_DIALOGUE_LANGS:
        spoken = _hyphen_dialogue_runs(paragraphs, _cue_tables()[code].opening_verbs)
    elif code in TAGGED_DIALOGUE_LANGS:
        spoken = _tagged_dialogue_runs(paragraphs, _cue_tables()[code].pattern)
    else:
        if code not in DIALOGUE_LANGS:
            if code in _cue_tables() or not any(p[:1] in "—–" for p in paragraphs):
                return runs, set()
            if _guess_lang(paragraphs) not in DIALOGUE_LANGS:
                return runs, set()
        spoken = _dialogue_runs(paragraphs)
    if not spoken:
        return runs, set()
    # The lines' spans in text order (sorted by paragraph, then start; they do not overlap):
    # a run is inside one when the last line starting at or before it reaches past it.
    lines = [(line[0].paragraph, *line[0].span) for line in spoken]
    kept = []
    for run in runs:
        at = (run[0].paragraph, run[0].span[0])
        k = bisect.bisect_right(lines, (*at, 1 << 62)) - 1
        if not (k >= 0 and lines[k][0] == at[0] and lines[k][2] > at[1]):
            kept.append(run)
    merged = sorted([*kept, *spoken], key=lambda run: (run[0].paragraph, run[0].span[0]))
    return merged, {(line[0].paragraph, line[0].open_mark) for line in spoken}


def _np_referent(
    who: _Who,
    written: bool,
    key: tuple[int, int],
    *,
    paragraphs: Sequence[str],
    events: _Events,
    mentions: _Mentions,
) -> _Who | None:
    """The named speaker a noun-phrase speaker refers to, else None.

    ``written`` is true when the phrase is this quote's own attribution, not one inherited
    from a quote before ("The president admitted …" then a quote standing alone).
    """
    ctx = mentions.ctx
    # "la premier" after "La premier italiana Giorgia Meloni": the name given that role.
    named = _role_referent(who, paragraphs, key, ctx)
    # "the center" after "the Storm Prediction Center": the body of that name.
    named = named or _body_referent(who, paragraphs, key, ctx)
    # "The agency warns" after "the Federal Aviation Administration": that body.
    named = named or _kind_referent(who, paragraphs, key, ctx)
    if named is None and written:
        # "says the woman who is in her late 20s": the person named last, not the one who
        # spoke last.
        named = _epithet_referent(who, key, events, mentions, ctx)
    gender = None if named or not written else _person_role(who, ctx)
    if gender is not None:
        # "El jefe de la diplomacia española recalcó": the person who spoke last.
        named = events.resolve("named", key, mentions, gender or None)
    return named


def _epithet_referent(
    who: _Who, key: tuple[int, int], events: _Events, mentions: _Mentions, ctx: _Ctx
) -> _Who | None:
    """The person an epithet speaker refers to ("the woman", "the mother of four"), else None.

    A definite article and a person noun (``epithets`` in the cue data), with any words after
    it: the last full name mentioned before the quote, of the gender the noun gives. Not the
    one who spoke last: a writer goes on about a speaker by name ("Dempsey said … the man
    wrote" is the patient, not Dempsey), so then the epithet stays as written.
    """
    words = (who.speaker or "").casefold().split()
    cues = ctx.cues
    if len(words) < _EPITHET_WORDS or words[0] not in cues.definites:
        return None
    if words[1] not in cues.epithets:
        return None
    gender = "f" if words[1] in cues.feminine else "m" if words[1] in cues.masculine else None
    named = mentions.last_person(key, gender)
    if named is None or not named.speaker:
        return None
    last = events.resolve("said", key, mentions)
    if last is not None and last.speaker == named.speaker:
        return None
    return named


# An article and a person noun ("the woman").
_EPITHET_WORDS = 2


def _shared_lines(quotes: list[Quote], dialogue: set[tuple[int, int]]) -> list[Quote]:
    """The quotes, a line of dialogue's unattributed stretches given its speaker.

    One dash line is one speaker's ("— … (remark). …,— добавил он."): a stretch with no
    speaker takes the one another stretch of its paragraph names.
    """
    if not dialogue:
        return quotes
    lines = {p for p, _ in dialogue}
    named: dict[int, Quote] = {}
    for quote in quotes:
        if quote.paragraph in lines and quote.speaker and quote.paragraph not in named:
            named[quote.paragraph] = quote
    return [
        attrs.evolve(
            quote,
            speaker=named[quote.paragraph].speaker,
            speaker_role=named[quote.paragraph].speaker_role,
            verb=named[quote.paragraph].verb,
        )
        if quote.speaker is None and quote.paragraph in named
        else quote
        for quote in quotes
    ]


def _spoken_line(judged: _Judged | None) -> _Judged:
    """The verdict on a line of dash dialogue: direct speech whatever its head.

    Unattributed (the author's words of its paragraph name nobody), it is the last speaker's:
    a dialogue goes on with whoever spoke last until the author names another.
    """
    if judged is None or judged.orphan or judged.who is None or judged.who.ref == "none":
        # "– …, lyder det." ("it goes"): an impersonal tag naming no source is the last
        # speaker's too.
        verb = judged.who.verb if judged is not None and judged.who is not None else None
        return _Judged(QuoteKind.DIRECT, _Who(None, verb=verb, ref="said"), standalone=False)
    return judged._replace(kind=QuoteKind.DIRECT)


def _wait(
    paragraphs: Sequence[str], waiting: list[_Piece], run: list[_Piece], unclaimed: list[_Piece]
) -> list[_Piece]:
    """The orphans waiting after orphan ``run``: it joins the chain it continues, if any.

    A single-piece orphan is also noted in ``unclaimed``; a run over paragraphs ends the chain.
    """
    if len(run) > 1:
        return []
    first = run[0]
    unclaimed.append(first)
    if waiting and _leads_to(paragraphs, waiting[-1], first):
        # In place: copying the chain for each link was quadratic in a long chain.
        waiting.append(first)
        return waiting
    return [first]


def _rescue(
    unclaimed: list[_Piece], quotes: list[Quote], paragraphs: Sequence[str], ctx: _Ctx
) -> list[Quote]:
    """The quotes with the partial quotes no cue claimed but their context attributes.

    * An echo: a heading-like paragraph quotes words that the next paragraph's quote holds
      in the same order ("8h41 - Le Premier ministre veut donner « un nouvel élan » …" before
      "…, affirme qu'il souhaite « donner un nouvel élan » …"): that quote's speaker's.
    * A sentence opened by a person who spoke an earlier quote ("José Manuel Albares tampoco
      ha cerrado la puerta a sanciones contra aquellos que “no creen en la solución …”"): a
      quote of three words or more that follows a word opening a clause is that person's.
    """
    if not unclaimed:
        return quotes
    claimed = {(q.paragraph, q.span) for q in quotes}
    found: list[Quote] = []
    said = _Said(quotes)
    for piece in unclaimed:
        if (piece.paragraph, piece.span) in claimed:
            continue
        who = _echoed(piece, said, paragraphs) or _spoken_before(piece, said, paragraphs, ctx)
        who = who or _after_speakers_sentence(piece, said, paragraphs, ctx)
        if who is not None:
            found.append(_quote(piece, paragraphs, who, QuoteKind.PARTIAL))
    if not found:
        return quotes
    return sorted([*quotes, *found], key=_order)


def _order(quote: Quote) -> tuple[int, int]:
    return quote.paragraph, quote.span[0]


class _Said:
    """The quotes found, looked up by paragraph and by speaker name, indexed on first use.

    :func:`_rescue` asks once per unclaimed piece; scanning every quote each time was
    quadratic on a page of thousands of quotes.
    """

    def __init__(self, quotes: list[Quote]) -> None:
        self._quotes = quotes
        self._by_paragraph: dict[int, list[Quote]] | None = None
        self._first: dict[str, Quote] | None = None
        self._heading: dict[int, bool] = {}

    def heading_like(self, p: int, text: str) -> bool:
        """Whether paragraph ``p`` (``text``) is short and unstopped, as a heading is.

        Decided once a paragraph: a long one holds many pieces (counting its words for
        each was quadratic).
        """
        found = self._heading.get(p)
        if found is None:
            found = self._heading[p] = not (
                len(text.split()) > _ECHO_HEADING_WORDS
                or text.rstrip(_CLOSING)[-1:] in SENTENCE_STOPS
            )
        return found

    def in_paragraph(self, p: int) -> list[Quote]:
        """The quotes of paragraph ``p``, in order."""
        if self._by_paragraph is None:
            self._by_paragraph = {}
            for quote in self._quotes:
                self._by_paragraph.setdefault(quote.paragraph, []).append(quote)
        return self._by_paragraph.get(p, [])

    def first_by(self, name: str) -> Quote | None:
        """The first quote whose speaker is ``name`` or a longer name ending in it."""
        if self._first is None:
            self._first = {}
            for quote in self._quotes:
                speaker = quote.speaker or ""
                self._first.setdefault(speaker, quote)
                space = speaker.find(" ")
                while space >= 0:
                    self._first.setdefault(speaker[space + 1 :], quote)
                    space = speaker.find(" ", space + 1)
        return self._first.get(name)


def _echoed(piece: _Piece, said: _Said, paragraphs: Sequence[str]) -> _Who | None:
    """The speaker of the next paragraph's quote that holds ``piece``'s words, in a heading."""
    text = paragraphs[piece.paragraph]
    if not said.heading_like(piece.paragraph, text):
        return None
    words = WORD.findall(text[piece.span[0] : piece.span[1]].casefold())
    if len(words) < 2:
        return None  # "「脱獄」": a term
    for quote in said.in_paragraph(piece.paragraph + 1):
        if _in_order(words, WORD.findall(quote.text.casefold())):
            return _Who(quote.speaker, quote.speaker_role, quote.verb)
    return None


# A heading that echoes a quote of the next paragraph has at most this many words.
_ECHO_HEADING_WORDS = 24

# Marks that may close a heading after its last word.
_CLOSING = "\"'”’»“)] "


def _in_order(words: list[str], within: list[str]) -> bool:
    """True when ``words`` occur in ``within`` in the same order (not necessarily together)."""
    rest = iter(within)
    return all(word in rest for word in words)


def _spoken_before(piece: _Piece, said: _Said, paragraphs: Sequence[str], ctx: _Ctx) -> _Who | None:
    """The speaker of an earlier quote who opens the sentence of ``piece`` by name.

    The sentence is looked for in the :data:`_OPENING_CHARS` before the quote: one opened
    further back has no name close enough to speak it (and reading every piece's whole
    paragraph up to it was quadratic in a long paragraph).
    """
    text = paragraphs[piece.paragraph]
    if len(WORD.findall(text[piece.span[0] : piece.span[1]])) < _MIN_SPOKEN_WORDS:
        return None
    begin = max(0, piece.open_mark - _OPENING_CHARS)
    head = text[begin : piece.open_mark]
    before = head.rsplit(None, 1)[-1:]
    if not before or before[0].casefold() not in _CLAUSE_OPENERS:
        return None
    start = _sentence_starts(head)[-1]
    if start == 0 and begin > 0:
        return None
    opening = _opening_name(head[start:], ctx)
    if opening is None or not opening.speaker:
        return None
    quote = said.first_by(opening.speaker)
    if quote is None or (quote.paragraph, quote.span[0]) >= (piece.paragraph, piece.span[0]):
        return None
    return _Who(quote.speaker or "", quote.speaker_role)


# Characters before a quote that :func:`_spoken_before` reads for its sentence's opening.
_OPENING_CHARS = 1000


# Words a quote needs to be its sentence's opening speaker's without a speech verb.
_MIN_SPOKEN_WORDS = 3

# Words that open a clause right before such a quote: the quote is that clause (a scare quote
# or a title after "getting", "like" or "called" is no one's words).
_CLAUSE_OPENERS = frozenset(["che", "dass", "daß", "que", "qui", "quien", "quienes", "that"])


def _after_speakers_sentence(
    piece: _Piece, said: _Said, paragraphs: Sequence[str], ctx: _Ctx
) -> _Who | None:
    """The speaker of the quote whose sentence ``piece``'s follows, after a short opening.

    "“Our country is doing nothing,” Slemp said. As a parent, “we're supposed to …”": the
    sentence holds no subject or verb before the quote, only an adverbial phrase and a comma,
    so the words go on being the last speaker's. The quote before must be in the same
    paragraph, attributed, and end the sentence before this one.
    """
    text = paragraphs[piece.paragraph]
    if len(WORD.findall(text[piece.span[0] : piece.span[1]])) < _MIN_SPOKEN_WORDS:
        return None
    # The last quote ending before this one (a bisection: a paragraph may hold thousands).
    quotes = said.in_paragraph(piece.paragraph)
    k = bisect.bisect_left(quotes, piece.open_mark, key=lambda q: q.span[1])
    if k == 0 or not quotes[k - 1].speaker:
        return None
    previous = quotes[k - 1]
    if piece.open_mark - previous.span[1] > _ATTRIBUTION_AND_OPENING_CHARS:
        return None
    between = text[previous.span[1] : piece.open_mark]
    starts = _sentence_starts(between)
    if len(starts) != _TWO_SENTENCES:
        return None  # not the very next sentence
    opening = between[starts[-1] :].rstrip()
    words = opening.split()
    if (
        not opening.endswith(",")
        or len(words) > _OPENING_PHRASE_WORDS
        or not words[0][:1].isupper()
        or ctx.cues.pattern.search(opening) is not None
        or any(_is_name_word(w) for w in words[1:])
    ):
        return None
    return _Who(previous.speaker, previous.speaker_role)


def _is_name_word(word: str) -> bool:
    """True for a capitalised word (a name may be the sentence's subject)."""
    return word[:1].isupper()


# The quote's sentence and the one before it (the attribution of the earlier quote).
_TWO_SENTENCES = 2

# Characters of the longest attribution and opening phrase between the two quotes.
_ATTRIBUTION_AND_OPENING_CHARS = 300

# Words of the longest adverbial opening ("As a parent,", "In the end,").
_OPENING_PHRASE_WORDS = 4


def _same_sentence(paragraphs: Sequence[str], previous: Quote, piece: _Piece) -> bool:
    """True when ``piece`` opens in the sentence where ``previous`` closed, a few words on."""
    if previous.paragraph != piece.paragraph or previous.span[1] >= piece.open_mark:
        return False
    if previous.text.rstrip()[-1:] in SENTENCE_STOPS:
        return False  # the quote before ended its sentence ("… the world." The goal is a “…”)
    gap = paragraphs[piece.paragraph][previous.span[1] + 1 : piece.open_mark]
    return _written_words(gap) <= _MAX_LINK_WORDS and not _breaks(gap.strip(" ,;–—-"))


def _leads_to(paragraphs: Sequence[str], orphan: _Piece, piece: _Piece) -> bool:
    """True when ``orphan`` sits in the sentence where ``piece`` opens, a few words before."""
    if orphan.paragraph != piece.paragraph or orphan.close_mark >= piece.open_mark:
        return False
    text = paragraphs[piece.paragraph]
    if text[orphan.span[0] : orphan.span[1]].rstrip()[-1:] in SENTENCE_STOPS:
        return False
    gap = text[orphan.close_mark + 1 : piece.open_mark]
    if _STOP.search(gap) is not None:
        return False  # "(„Eine Welt für Julius“) würdigte ihn. „…“, sagte er": a new sentence
    return _written_words(gap) <= _MAX_LINK_WORDS and not _breaks(gap.strip(" ,;–—-"))


# A full stop (or ! ? …) before a space or the end.
_STOP = re.compile(r"[.!?…" + SCRIPT_STOPS + r"](?:\s|$)")


# Words between two quotes of one sentence ("…” and that “…"), as written: "(65 %)" is one.
_MAX_LINK_WORDS = 15


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
