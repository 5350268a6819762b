"""Pass 3: speech events in the text, for pronouns and unattributed quotes to refer back to."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from operator import attrgetter

import attrs

from newsparse.extract.quotes.context import _NAME_TOKEN
from newsparse.extract.quotes.cues import (
    _CONTEXT_CHARS,
    _ends_sentence,
    _no_cue,
    _sentence_starts,
    _strip_auxiliaries,
)
from newsparse.extract.quotes.names import (
    _after_verb,
    _Ctx,
    _gender,
    _is_cap,
    _label,
    _opening_name,
    _participle_subject,
    _phrase,
    _subject,
    _Who,
)
from newsparse.lexicon import SENTENCE_STOPS

# Up to four capitalised words at a sentence start, e.g. "Abu Hassan Amer" in "Abu Hassan Amer,".
# Paragraphs a pronoun may look back for its referent.
_LOOK_BACK = 3


@attrs.frozen
class _Event:
    """A speech event seen in the text: someone said something at this position."""

    paragraph: int
    position: int
    who: _Who
    spoke: bool = True
    """False for a name that merely opens a sentence: a referent, but no speaker yet."""


def _paragraph_events(
    p: int, paragraphs: Sequence[str], ctx: _Ctx, spans: dict[int, list[tuple[int, int]]]
) -> list[_Event]:
    """Speech verbs outside quotes with a named subject (``X denied ...``) in paragraph ``p``.

    Also the full names that open a sentence, as referents. In text order; at one position, a
    name opening a sentence comes before a verb.
    """
    events: list[_Event] = []
    text = paragraphs[p]
    starts = _sentence_starts(text)
    inside = spans.get(p, [])
    for start in starts:
        # A sentence that opens with a full name ("Abu Hassan Amer, 44, agreed.") makes
        # that person the nearest referent for a following "he told ...". A sentence start
        # inside a quotation ("“Meth. We’re on it”") is the speaker's, not the writer's.
        if _enclosing(inside, start) is not None:
            continue
        sentence = text[start : start + 80]
        who = _opening_name(sentence, ctx)
        if who is None:
            # "En chef de la majorité, Ayrault livre bataille": the subject after a short
            # adverbial opening is the sentence's too.
            comma = sentence.find(", ", 0, _OPENING_ADVERBIAL)
            if comma < 0 or not sentence[comma + 2 : comma + 3].isupper():
                continue  # "For example, vitamin D is": no name opens the clause
            sentence = sentence[comma + 2 :]
            who = _opening_name(sentence, ctx)
            if who is None:
                continue
        # "Il caso Cecilia Sala: «…»" labels a topic: the name is no speaker of the quote.
        label, colon, _ = sentence.partition(":")
        if not (colon and _label(label, ctx)):
            events.append(_Event(p, start, who, spoke=False))
    previous = 0
    for match in ctx.cues.pattern.finditer(text):
        pos = match.start()
        verb = match.group().casefold()
        if ctx.cues.kinds[verb] != "verb" or _no_cue(text, match, ctx.cues):
            continue
        k = _enclosing(inside, pos)
        if k is not None:
            continue
        k = bisect.bisect_right(inside, (pos, len(text))) - 1
        # The subject starts after the sentence start, the last quote and the last verb
        # ("he said he told them": the subject of "told" is "he").
        opening = starts[bisect.bisect_right(starts, pos) - 1]
        left = max(opening, inside[k][1] + 1 if k >= 0 else 0, previous)
        previous = match.end()
        # After a quote the subject does not open the sentence ("“…,” Will Moy, …, told").
        after_quote = k >= 0 and left == inside[k][1] + 1 and left != opening
        initial = not after_quote or _ends_sentence(text, inside[k][1])
        clause = _strip_auxiliaries(text[max(left, pos - _CONTEXT_CHARS) : pos], ctx.cues)
        if verb in ctx.cues.participles and clause.rstrip().endswith(","):
            # "Boudreau gave a talk Tuesday, telling": the subject opens the sentence.
            who = _participle_subject(clause, ctx)
        else:
            who = _subject(clause, ctx, initial=initial)
        inverted = ctx.cues.inversion and match.group().casefold() not in ctx.cues.object_verbs
        # "…, you might struggle with heartburn, cautions Kostro Miller": a comma parts the
        # verb from the clause before it, and the name after the verb is its subject.
        inverted = inverted or clause.rstrip().endswith(",")
        if inverted and (who is None or who.ref != "name"):
            after = _after_verb(text[match.end() : match.end() + _CONTEXT_CHARS], ctx)
            who = after if after is not None and after.ref == "name" else who
        if who is not None and who.ref in _EVENT_REFS:
            # A pronoun subject ("He lamented …") is recorded too: a quote standing alone
            # after it is that pronoun's, resolved like one (:func:`_fits` skips it).
            events.append(_Event(p, pos, who))
    events.sort(key=_position)
    return _share_gender(events, ctx)


# Characters of an adverbial phrase opening a sentence before its subject ("En chef de la
# majorité, Ayrault …").
_OPENING_ADVERBIAL = 40


# Subjects a speech verb in the text is recorded with: a speaker, or a pronoun to resolve.
_EVENT_REFS = frozenset({"name", "np", "sing", "plur", "any"})


def _share_gender(events: list[_Event], ctx: _Ctx) -> list[_Event]:
    """The events with a name's gender given to its mentions in the paragraph that lack one.

    "Anna Schmidt, Sprecherin der Stadt, sagte": the name opening the sentence is a woman's
    too, so "sagte er" later refers to neither.
    """
    if len(events) < 2:
        return events
    genders: dict[str, str] = {}
    for event in events:
        gender = _gender(event.who, ctx.cues)
        if gender is not None and event.who.speaker:
            genders.setdefault(event.who.speaker, gender)
    if not genders:
        return events
    return [
        e
        if e.who.speaker not in genders or _gender(e.who, ctx.cues) is not None
        else attrs.evolve(e, who=_with_gender(e.who, genders[e.who.speaker]))
        for e in events
    ]


def _with_gender(who: _Who, gender: str) -> _Who:
    return _Who(who.speaker, who.role, who.verb, who.ref, gender)


_position = attrgetter("position")
"""An event's position (the sort key of events in text order; read in C)."""


class _Events:
    """Speech events in text order: those read from the text and those added by quotes.

    At one position the events read from the text come first, then the added ones in the
    order they came. A paragraph's text is read only when a lookup first needs its events:
    only quotes without a named speaker look events up, and in most articles few do. A lookup
    before a quote in paragraph ``p`` needs at most paragraphs ``p - _LOOK_BACK`` to ``p``
    (:func:`_nearest`, :func:`_unattributed`), and reads them nearest first, stopping as soon
    as the paragraphs read decide the answer. Reading is idempotent and the order of reads
    and additions does not change the merged list (:meth:`_merge`), so the answers are those
    with every paragraph read.
    """

    def __init__(
        self, paragraphs: Sequence[str], ctx: _Ctx, spans: dict[int, list[tuple[int, int]]]
    ) -> None:
        self._source = (paragraphs, ctx, spans)
        self._read: set[int] = set()
        self._events: list[_Event] = []
        self._keys: list[tuple[int, int]] = []

    def unattributed(self, key: tuple[int, int], *, standalone: bool) -> _Who:
        """:func:`_unattributed` at ``key``, reading only the paragraphs its answer depends on.

        It reads the event before ``key`` only when that event is in ``key``'s paragraph or,
        for a quote standing alone, the one before. So paragraph ``p`` decides when it has an
        event before ``key``, and else paragraph ``p - 1`` does; the paragraphs further back
        cannot change the answer.
        """
        p = key[0]
        self._read_before(key)
        if standalone and p > 0:
            k = bisect.bisect_left(self._keys, key)
            if not (k and self._keys[k - 1][0] == p):
                paragraphs, ctx, _ = self._source
                named = _heading_speaker(paragraphs[p - 1], ctx)
                if named is not None:
                    return named
                self._ensure(p - 1)
        return _unattributed(self._events, self._keys, key, standalone=standalone)

    def resolve(
        self, ref: str, key: tuple[int, int], mentions: _Mentions, gender: str | None = None
    ) -> _Who | None:
        """:func:`_resolve` at ``key``, reading paragraphs back from ``key``'s only as needed.

        :func:`_nearest` returns the first event that fits, going back from ``key``. Once
        paragraphs ``q`` to ``p`` are read, the events it passes before reaching an earlier
        paragraph are the ones it passes with all paragraphs read, at the same distance from
        ``key``; so a fit among them is its answer, and only failing that is ``q - 1`` read.
        """
        p = key[0]
        for q in range(p, max(0, p - _LOOK_BACK) - 1, -1):
            if q < p:
                self._ensure(q)
            else:
                self._read_before(key)
            k = bisect.bisect_left(self._keys, key)
            for event in reversed(self._events[max(0, k - _NEAREST_WINDOW) : k]):
                if event.paragraph < q:
                    break
                if _fits(ref, event, gender, self._source[1]):
                    return _gendered_after(event, key, mentions, gender) or event.who
        return _resolve(
            ref, self._events, self._keys, key, mentions, gender=gender, ctx=self._source[1]
        )

    def _read_before(self, key: tuple[int, int]) -> None:
        """Make sure the events of ``key``'s paragraph before ``key`` are in.

        A quote that opens its paragraph has none there (every event of a paragraph is at a
        position of 0 or more, and a lookup reads the events before its key): its
        paragraph is left unread. Many quotes open theirs.
        """
        if key[1] > 0:
            self._ensure(key[0])

    def _ensure(self, p: int) -> None:
        """Read paragraph ``p``'s events from the text unless they are in already."""
        if p not in self._read:
            self._read.add(p)
            self._merge(p, _paragraph_events(p, *self._source))

    def add(self, event: _Event) -> None:
        """Add an event after any event at the same position."""
        key = (event.paragraph, event.position)
        k = bisect.bisect_right(self._keys, key)
        self._keys.insert(k, key)
        self._events.insert(k, event)

    def _merge(self, p: int, found: list[_Event]) -> None:
        """Put paragraph ``p``'s text events before the events added at the same positions."""
        if not found:
            return
        lo = bisect.bisect_left(self._keys, (p,))
        hi = bisect.bisect_left(self._keys, (p + 1,), lo)
        # A stable sort of (text events, added events), each in position order.
        merged = sorted([*found, *self._events[lo:hi]], key=_position)
        self._events[lo:hi] = merged
        self._keys[lo:hi] = [(e.paragraph, e.position) for e in merged]


def _heading_speaker(text: str, ctx: _Ctx) -> _Who | None:
    """The speaker an all-capitals ``NAME: TITLE`` heading names for the quote under it.

    An interview section's heading ("KARLA TARAZONA: POR SER FAN ENAMORADA, ME CASTIGARON")
    names who speaks in the quote standing alone under it. The name is one to
    :data:`_HEADING_NAME_WORDS` words of letters, none a word the cues or the article write as
    a common word ("MÁS INFORMACIÓN:", "UPDATE:"); the heading is short and has no lower-case
    letter and no full stop at its end. The name is given as the article writes it in full,
    else capitalised word by word.
    """
    if len(text) > _HEADING_CHARS:
        return None
    head, colon, title = text.partition(":")
    if not colon:
        return _opening_full_name(text, ctx)
    if not title.strip() or text.upper() != text or text.rstrip()[-1:] in SENTENCE_STOPS:
        return None
    words = head.split()
    if not 0 < len(words) <= _HEADING_NAME_WORDS or not all(
        _HEADING_NAME_WORD.fullmatch(w) for w in words
    ):
        return None
    low = [w.casefold() for w in words]
    if any(w in ctx.cues.non_name or w in ctx.cues.titles or w in ctx.lower_words for w in low):
        return None
    name = " ".join(w.title() for w in words)
    full = ctx.surnames.get(low[-1])
    if full is not None and full.casefold() == " ".join(low):
        name = full
    return _Who(name)


def _opening_full_name(text: str, ctx: _Ctx) -> _Who | None:
    """The full name opening an all-capitals heading without a colon, as the article writes it.

    "‘BRUNELLA HORNA COME TODA TU COMIDA’" over a quote, in an article that names "Brunella
    Horna": the longest run of two to :data:`_HEADING_NAME_WORDS` opening words that is a
    full name the article gives. Without that name nothing tells where the name ends.
    """
    bare = text.strip(_HEADING_MARKS)
    if not bare or bare.upper() != bare or bare[-1:] in SENTENCE_STOPS:
        return None
    words = bare.split()[: _HEADING_NAME_WORDS + 1]
    low = [w.casefold() for w in words]
    for k in range(min(len(words) - 1, _HEADING_NAME_WORDS), 1, -1):
        if not all(_HEADING_NAME_WORD.fullmatch(w) for w in words[:k]):
            continue
        full = ctx.surnames.get(low[k - 1])
        if full is not None and full.casefold() == " ".join(low[:k]):
            return _Who(full)
    return None


# Quote marks and spaces around a heading quoted whole.
_HEADING_MARKS = "\"'“”‘’«»„‚ "


# The longest heading read for a speaker's name, in characters; words in that name at most.
_HEADING_CHARS = 120
_HEADING_NAME_WORDS = 4

# A word of a name in capitals: letters, maybe joined by a hyphen or an apostrophe.
_HEADING_NAME_WORD = re.compile(r"[^\W\d_]{2,}(?:[-'’][^\W\d_]+)*")


class _Mentions:
    """Full names mentioned outside quotes, read per paragraph only when a pronoun needs them.

    They are the referents a pronoun falls back to when no speech event fits; the fallback is
    rare, so scanning every paragraph up front would be wasted work.
    """

    def __init__(
        self, paragraphs: Sequence[str], ctx: _Ctx, spans: dict[int, list[tuple[int, int]]]
    ) -> None:
        self._paragraphs = paragraphs
        self._ctx = ctx
        self._spans = spans
        # Per (paragraph, gender): the mentions not of the other gender and their positions
        # (in text order), so that each look-up is a bisection, not a scan of the paragraph
        # (a paragraph of 10 000 names and as many pronouns was quadratic).
        self._seen: dict[tuple[int, str | None], tuple[list[int], list[_Event]]] = {}

    @property
    def ctx(self) -> _Ctx:
        """The article context the names are read with."""
        return self._ctx

    def last_before(self, key: tuple[int, int], gender: str | None = None) -> _Who | None:
        """The last name mentioned before ``key`` within ``_LOOK_BACK`` paragraphs.

        With a ``gender``, the last one not of the other gender.
        """
        found = self.last_event(key, gender)
        return found.who if found is not None else None

    def last_event(self, key: tuple[int, int], gender: str | None, since: int = 0) -> _Event | None:
        """The mention :meth:`last_before` returns, read no further back than paragraph ``since``.

        None when the last mention is in a paragraph before ``since``.
        """
        for p in range(key[0], max(since - 1, key[0] - _LOOK_BACK - 1), -1):
            positions, fitting = self._fitting(p, gender)
            n = len(fitting) if p < key[0] else bisect.bisect_left(positions, key[1])
            if n:
                return fitting[n - 1]
        return None

    def last_person(self, key: tuple[int, int], gender: str | None) -> _Who | None:
        """The last name mentioned before ``key`` as a clause's subject or a cue's, else None.

        That is a name opening its paragraph or following punctuation ("two. Saphina Ndali
        is") or a speech cue ("According to Amina Salum"). One after another word ("around
        Lindi Bus Terminal", "in New York") is more often a place or a body than a person.
        """
        pattern = self._ctx.cues.pattern
        budget = _NEAREST_WINDOW  # mentions read at most: a look-up stays bounded
        for p in range(key[0], max(-1, key[0] - _LOOK_BACK - 1), -1):
            positions, fitting = self._fitting(p, gender)
            n = len(fitting) if p < key[0] else bisect.bisect_left(positions, key[1])
            text = self._paragraphs[p]
            for event in fitting[max(0, n - budget) : n][::-1]:
                budget -= 1
                before = text[max(0, event.position - _CUE_CHARS) : event.position].rstrip()
                if not before or before[-1] in _SUBJECT_EDGE:
                    return event.who
                if any(cue.end() == len(before) for cue in pattern.finditer(before)):
                    return event.who
            if budget <= 0:
                break
        return None

    def _fitting(self, p: int, gender: str | None) -> tuple[list[int], list[_Event]]:
        """Paragraph ``p``'s mentions not of the gender other than ``gender``, with positions."""
        found = self._seen.get((p, gender))
        if found is None:
            mentions = self._seen.get((p, None))
            if mentions is None:
                text, inside = self._paragraphs[p], self._spans.get(p, [])
                events = _mentions(p, text, inside, self._ctx)
                mentions = self._seen[p, None] = ([e.position for e in events], events)
            if gender is None:
                return mentions
            events = [e for e in mentions[1] if _same_gender(gender, e, self._ctx)]
            found = self._seen[p, gender] = ([e.position for e in events], events)
        return found


# Characters read before a mention for a cue ending right before it ("According to").
_CUE_CHARS = 30

# Punctuation after which a name opens a clause ("two. Saphina Ndali is").
_SUBJECT_EDGE = frozenset('.,;:!?"”»')


def _mentions(p: int, text: str, inside: list[tuple[int, int]], ctx: _Ctx) -> list[_Event]:
    """Full names mentioned anywhere outside quotes ("…, Lehrer Rejhan Nisic moderiert.")."""
    found: list[_Event] = []
    run: list[str] = []
    at = end = 0
    for match in [*_NAME_TOKEN.finditer(text), None]:
        # Other words between two candidate tokens end the run (they are skipped in C).
        if run and (match is None or not text[end : match.start()].isspace()):
            _mention(run, p, at, ctx, found, text=text)
            run = []
        if match is None:
            break
        end = match.end()
        token = match.group()
        if _is_cap(token) and _enclosing(inside, match.start()) is None:
            at = at if run else match.start()
            run.append(token)
            # A title's dot ends no name ("Mrs. Jones").
            if not token.endswith((",", ".", ":", ";")) or token.casefold() in ctx.cues.titles:
                continue
        if run:
            _mention(run, p, at, ctx, found, text=text)
            run = []
    return found


def _mention(run: list[str], p: int, at: int, ctx: _Ctx, found: list[_Event], *, text: str) -> None:
    if len(run) >= 2:
        who = _phrase(" ".join(run), ctx)
        if who is None or who.ref != "name":
            return
        # A full name, or a surname after a title that gives a gender ("Mrs. Jones").
        if " " not in (who.speaker or "") and _gender(who, ctx.cues) is None:
            return
        before = text[max(0, at - _ARTICLE_WINDOW) : at].split()[-1:]
        word = before[0].casefold() if before else ""
        # A definite article before a name with no role ("at the World Governments Summit")
        # makes it a body, a place or an event, no person a pronoun refers to.
        if who.role is None and word in ctx.cues.definites:
            return
        if who.role is None and word.isalpha():
            # A title written in lower case right before the name ("mevrouw Anna Bakker"; not
            # an apposition, "Ford's sister, Martha Fry").
            gender = _gender(_Who(None, role=word), ctx.cues)
            who = who if gender is None else _with_gender(who, gender)
        found.append(_Event(p, at, who, spoke=False))


# Characters read before a mentioned name for an article.
_ARTICLE_WINDOW = 12


def _enclosing(inside: list[tuple[int, int]], pos: int) -> int | None:
    """Index of the quote span (sorted ``(open, close)`` marks) that contains ``pos``, if any."""
    k = bisect.bisect_right(inside, (pos, 1 << 62)) - 1
    return k if k >= 0 and inside[k][1] > pos else None


def _gendered_after(
    event: _Event, key: tuple[int, int], mentions: _Mentions, gender: str | None
) -> _Who | None:
    """A name of the pronoun's ``gender`` mentioned after ``event``, when that one has none.

    "Minister Jan de Vries sprak met mevrouw Anna Bakker. „…“, zei ze": the woman named
    later, not the speaker of unknown gender before her.
    """
    if gender is None or event.who.gender is not None:
        return None
    ctx = mentions.ctx
    if _gender(event.who, ctx.cues) is not None:
        return None
    # A mention before ``event``'s paragraph is no answer: the paragraphs before it are not read.
    last = mentions.last_event(key, gender, since=event.paragraph)
    if last is None:
        return None
    found = last.who
    if _gender(found, ctx.cues) != gender or found.speaker == event.who.speaker:
        return None
    return found if (last.paragraph, last.position) > (event.paragraph, event.position) else None


def _resolve(
    ref: str,
    events: list[_Event],
    keys: list[tuple[int, int]],
    key: tuple[int, int],
    mentions: _Mentions | None = None,
    *,
    gender: str | None = None,
    ctx: _Ctx | None = None,
) -> _Who | None:
    """The nearest earlier speech event (within ``_LOOK_BACK`` paragraphs) that fits the pronoun.

    A singular pronoun with no such event takes the last full name mentioned before it.
    """
    found = _nearest(ref, events, keys, key, gender=gender, ctx=ctx)
    if found is None and ref in {"sing", "any"} and mentions is not None:
        return mentions.last_before(key, gender)
    return found


def _nearest(
    ref: str,
    events: list[_Event],
    keys: list[tuple[int, int]],
    key: tuple[int, int],
    *,
    gender: str | None = None,
    ctx: _Ctx | None = None,
) -> _Who | None:
    k = bisect.bisect_left(keys, key)
    nearby = [
        e for e in events[max(0, k - _NEAREST_WINDOW) : k] if e.paragraph >= key[0] - _LOOK_BACK
    ]
    if gender is not None and ctx is not None:
        nearby = [e for e in nearby if _same_gender(gender, e, ctx)]
    for event in reversed(nearby):
        if _fits(ref, event):
            return event.who
    named = [e for e in nearby if e.who.speaker]
    return named[-1].who if ref == "any" and named else None


# Events a back-reference looks through, at most.
_NEAREST_WINDOW = 40


def _fits(ref: str, event: _Event, gender: str | None = None, ctx: _Ctx | None = None) -> bool:
    """True when ``event`` may be what a back-reference of kind ``ref`` refers to.

    A pronoun of one ``gender`` ("she") never refers to a speaker of the other ("Mr. Smith").
    """
    if not event.who.speaker:
        return False  # a pronoun's event ("he lamented"): no referent by itself
    if gender is not None and ctx is not None and not _same_gender(gender, event, ctx):
        return False
    if ref == "said":
        return event.spoke and event.who.ref in {"name", "np"}
    if ref == "named":  # "el jefe de la diplomacia": a person who spoke, by name
        return event.spoke and event.who.ref == "name"
    if ref in {"sing", "any"}:
        return event.who.ref == "name"
    return ref == "plur" and event.who.ref != "name"


def _same_gender(gender: str | None, event: _Event, ctx: _Ctx) -> bool:
    """False when ``event``'s speaker is of the gender other than ``gender``."""
    if gender is None:
        return True
    other = _gender(event.who, ctx.cues)
    return other is None or other == gender


def _unattributed(
    events: list[_Event], keys: list[tuple[int, int]], key: tuple[int, int], *, standalone: bool
) -> _Who:
    """Speaker of a direct quote without attribution.

    That is the last speech event before it in its paragraph (``“A,” Ward says. “B.”``), else,
    for a quote standing alone, the last one in the previous paragraph. An event with a
    pronoun subject ("He lamented …") is returned for a quote standing alone, as the pronoun
    to resolve; for another quote the last named event before it in its paragraph counts.
    """
    k = bisect.bisect_left(keys, key)
    if not standalone:
        # A pronoun's event ("he told me …") counts only before a quote standing alone: in a
        # paragraph of the writer's text the quote is more often someone else's.
        while k and events[k - 1].paragraph == key[0] and not events[k - 1].who.speaker:
            k -= 1
    if k and events[k - 1].paragraph == key[0]:
        return events[k - 1].who.with_verb(None)
    if standalone and k and events[k - 1].paragraph == key[0] - 1:
        return events[k - 1].who.with_verb(None)
    return _Who(None, ref="none")
