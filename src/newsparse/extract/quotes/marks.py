"""Pass 1: pairing quote marks within paragraphs and linking multi-paragraph quotations.

One scan over the marks of each paragraph; the pending openers form a small bounded stack,
so a paragraph of random marks stays linear.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from itertools import pairwise
from typing import NamedTuple

# Opening mark -> the marks that may close it. „ and ‚ close with either curly form (German,
# Polish); « » and ‹ › run in both directions (French vs. German/Danish usage); ” also opens
# a quote it closes itself (Swedish, Finnish, Danish: ”…”).
_CLOSERS: dict[str, str] = {
    "“": "”“",
    "”": "”",
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


#: The marks :func:`_scan` reads: :data:`QUOTE_MARK` but for an apostrophe between two
#: letters ("don't", "it’s"), which can neither close (a letter follows) nor open (a letter
#: precedes a straight one; ’ opens nothing). Such apostrophes are four in ten marks of prose.
#: :func:`_read_marks` finds the same marks without this pattern; it stays as their definition.
_READ_MARK = re.compile(r"[\"'“”‘’«»‹›„‚「」『』](?!(?<=[A-Za-z]['’])[A-Za-z])")


#: Every mark :data:`QUOTE_MARK` matches, one character each.
_MARK_CHARS = "\"'“”‘’«»‹›„‚「」『』"

#: The apostrophes :data:`_READ_MARK` skips between two ASCII letters.
_APOSTROPHES = "'’"

_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _read_marks(paragraphs: Sequence[str]) -> dict[int, list[int]]:
    """Paragraph -> the positions of the marks :data:`_READ_MARK` matches in it, in order.

    One ``str.find`` loop per mark over the paragraphs joined by line breaks: a search for
    one character runs at memory speed in C (and returns at once when the text cannot hold
    it), where a character-class scan tests every character. Only the marks found (a few
    dozen in an article) cost Python work. A line break joins the paragraphs: no ASCII
    letter, so an apostrophe at a paragraph's edge is read, as in the paragraph alone.
    """
    text = "\n".join(paragraphs)
    found: list[int] = []
    for mark in _MARK_CHARS:
        at = text.find(mark)
        if at < 0:
            continue
        if mark in _APOSTROPHES:
            letters = _ASCII_LETTERS
            while at >= 0:
                if not (text[at - 1 : at] in letters and text[at + 1 : at + 2] in letters):
                    found.append(at)
                at = text.find(mark, at + 1)
        else:
            while at >= 0:
                found.append(at)
                at = text.find(mark, at + 1)
    by_paragraph: dict[int, list[int]] = {}
    if not found:
        return by_paragraph
    found.sort()
    p, start = 0, 0
    end = len(paragraphs[0])
    for at in found:
        while at > end:  # the mark is in a later paragraph
            p += 1
            start = end + 1
            end = start + len(paragraphs[p])
        by_paragraph.setdefault(p, []).append(at - start)
    return by_paragraph


# Marks that need no context to open or close (CJK text has no spaces around them).
_CJK_MARKS = frozenset("「」『』")


OPENING_MARK = re.compile(r"[\"“„«»‹›「『‚]")


# Pending openers kept per paragraph; deeper nesting than this does not occur in prose, and the
# bound keeps the closer search O(1) on adversarial input.
_MAX_PENDING = 8


class _Scan(NamedTuple):
    """Outermost mark pairs of one paragraph, and an opener left open at its end.

    A named tuple, not an attrs class: one is made per paragraph with a mark, and a tuple
    is built at a third of the cost.
    """

    pairs: tuple[tuple[int, int], ...]
    """``(open, close)`` mark positions; ``open == -1`` for a quote carried in from before."""
    open_tail: tuple[str, int] | None
    """The unclosed opener ``(mark, position)`` after the last pair, if any."""
    reopened: bool
    """True when the paragraph starts with an opening mark."""
    nested_tail: tuple[str, int] | None = None
    """Without an open tail: the first opener left open before a pair that closed after it
    ("„Kai Judas … tarė: „Nusidėjau …“" leaves the outer „ open around the inner pair)."""


def _can_open(text: str, i: int) -> bool:
    after = text[i + 1] if i + 1 < len(text) else " "
    if text[i] in _CJK_MARKS:
        return True
    if after.isspace() and text[i] not in "«»":
        return False
    before = text[i - 1] if i > 0 else " "
    if text[i] in "\"'":
        return not before.isalnum() and (text[i] == '"' or after.isalpha())
    if text[i] == "”":  # opens only where a word starts (”Nej”), never after a letter
        return not before.isalnum()
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


def _scan(text: str, carry: str | None, marks: Sequence[int]) -> _Scan:
    """Pair the marks at ``marks`` (the positions :data:`_READ_MARK` matches, in order)."""
    pending: list[tuple[str, int]] = [(carry, -1)] if carry else []
    pairs: list[tuple[int, int]] = []
    for i in marks:
        mark = text[i]
        if mark in _ALL_CLOSERS and _can_close(text, i):
            hit = _innermost(pending, mark)
            if hit >= 0:
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
    tail = None
    for mark, i in pending:
        if i > last and i >= 0:
            tail = (mark, i)
            break
    reopened = bool(text) and text.lstrip()[:1] in _CLOSERS
    nested = None
    if tail is None:
        nested = next(((mark, i) for mark, i in pending if i >= 0), None)
    return _Scan(tuple(outer), tail, reopened, nested)


# Plain loops, not next() over a generator: a scan reads a few marks, and making the
# generator cost more than the search.
def _innermost(pending: list[tuple[str, int]], mark: str) -> int:
    """Index of the innermost pending opener that ``mark`` closes, else -1."""
    for k in range(len(pending) - 1, -1, -1):
        if mark in _CLOSERS[pending[k][0]]:
            return k
    return -1


class _Piece(NamedTuple):
    """One quoted stretch of one paragraph: mark positions and the trimmed text span.

    A named tuple, like :class:`_Scan`: one is made for every pair of marks.
    """

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


# Closing marks and spaces at a paragraph's end, left out of a piece running to that end.
_TRAILING_CLOSERS = " \u00a0" + "".join(sorted(_ALL_CLOSERS))

# Paragraphs without any mark a quotation left open may run through before a later paragraph
# closes it: two, so a stray opener cannot swallow the article.
_MAX_UNMARKED = 2


def _runs(paragraphs: Sequence[str]) -> list[list[_Piece]]:
    """Pair marks in every paragraph and link multi-paragraph quotes into runs of pieces."""
    runs: list[list[_Piece]] = []
    chain: list[_Piece] = []
    carry: str | None = None
    marks = _read_marks(paragraphs)
    unmarked = 0
    # A quotation left open around a pair nested in it: (paragraph, opener, the number of
    # runs before the nested pairs), carried into the next paragraph for a closing mark.
    held: tuple[int, int, int] | None = None
    for p, text in enumerate(paragraphs):
        here = marks.get(p)
        if (
            here is None
            and chain
            and unmarked < _MAX_UNMARKED
            and not paragraphs[chain[0].paragraph][: chain[0].open_mark].strip()
        ):
            # A paragraph with no mark inside a quotation left open: it goes on with the
            # speech when a later paragraph closes it ("“Ngiyamsaba. …" / "Ngizobuya …" /
            # "… lapha,” kusho yena."); a run never closed is dropped below. Only speech
            # opening its paragraph runs on so: a title opened inside a sentence and cut off
            # ("studiului „Etica și integritatea … ...") does not.
            unmarked += 1
            chain.append(_piece(p, text, len(text) - len(text.lstrip()) - 1, len(text)))
            continue
        if carry is None and here is None:
            # No mark and nothing carried in: no pair, no tail, and any open chain ends here
            # (as :func:`_scan` would find). Most paragraphs take this exit.
            chain = []
            continue
        scan = _scan(text, carry, here or ())
        lead = len(text) - len(text.lstrip())
        pairs = list(scan.pairs)
        tail = scan.open_tail
        carry = None
        if chain:
            if (pairs and pairs[0][0] == -1) or (
                pairs and pairs[0][0] == lead and scan.reopened and not unmarked
            ):  # closed without re-opening (after a paragraph with no mark, only so)
                runs.append([*chain, _piece(p, text, *pairs.pop(0))])
            elif not pairs and tail is not None and tail[1] == lead:  # re-opened, still open
                chain.append(_piece(p, text, tail[1], len(text)))
                carry = tail[0]
                continue
            chain = []
        unmarked = 0
        if held is not None and held[0] == p - 1 and pairs and pairs[0][0] == -1:
            # "„Kai … tarė: „Nusidėjau …“" / "Nusviedęs …, jis pasikorė“ (Mt 27, 3–5)": the
            # quotation around the nested pair closes here; the nested pair is part of it.
            del runs[held[2] :]
            before = paragraphs[held[0]]
            end = len(before.rstrip(_TRAILING_CLOSERS))
            runs.append([_piece(held[0], before, held[1], end), _piece(p, text, *pairs.pop(0))])
        held = None
        runs.extend([_piece(p, text, s, e)] for s, e in pairs if s >= 0)
        if tail is not None:
            chain = [_piece(p, text, tail[1], len(text))]
            carry = tail[0]
        elif scan.nested_tail is not None:
            mark, at = scan.nested_tail
            held = (p, at, len(runs) - sum(1 for s, _ in pairs if s > at))
            carry = mark
    runs.sort(key=lambda run: (run[0].paragraph, run[0].span[0]))
    return [run for run in runs if all(piece.span[0] < piece.span[1] for piece in run)]


#: Languages whose direct speech is a paragraph opened by a dash, the author's words set off
#: by dashes right after the speech's punctuation ("— Да,— сказал он.— Пойдём.").
DIALOGUE_LANGS = frozenset({"be", "bg", "ru", "uk"})

_DIALOGUE_DASHES = "—–"

# A dash right after a comma or a sentence end (one space between at most) ends the speech
# before it or the author's words before it; a dash after a word ("Один — для царя") is
# part of the sentence.
_DIALOGUE_CUT = re.compile(r"(?<=[,.!?…])\s?[—–](?=\s)")


def _opens_dialogue(text: str) -> bool:
    """Whether a paragraph opens with a dialogue dash and a space, no tweet's signature.

    A tweet's signature ("— Name (@handle) date") opens with a dash too and is no speech.
    """
    return (
        len(text) >= _MIN_DIALOGUE
        and text[0] in _DIALOGUE_DASHES
        and text[1].isspace()
        and "(@" not in text
    )


def _dialogue_runs(paragraphs: Sequence[str]) -> list[list[_Piece]]:
    """Dash dialogue: one run per stretch of speech in a paragraph opened by a dash.

    "— Господин премьер-министр,— продолжил Владимир Путин,— практически …": the speech
    runs to the next dash after its punctuation, the author's words to the dash after them,
    and the speech again to the next such dash or the paragraph's end. A tweet's signature
    ("— Name (@handle) date") is no speech.
    """
    runs: list[list[_Piece]] = []
    for p, text in enumerate(paragraphs):
        if not _opens_dialogue(text):
            continue
        dashes = [m.end() - 1 for m in _DIALOGUE_CUT.finditer(text)]
        remarks = _remarks(text, dashes)
        cuts = [0, *_outside(dashes, remarks), len(text)]
        j = 0  # the first remark not before the stretch; both lists are in text order
        for k in range(0, len(cuts) - 1, 2):
            low, high = cuts[k], cuts[k + 1]
            while j < len(remarks) and remarks[j][0] <= low:
                j += 1
            start = low
            while True:
                inner = j < len(remarks) and remarks[j][0] < high
                end = remarks[j][0] if inner else high
                piece = _piece(p, text, start, end)
                if piece.span[0] < piece.span[1]:
                    runs.append([piece])
                if not inner:
                    break
                after = remarks[j][1]
                # After the remark, a full stop closing the sentence it ended is no speech.
                start = after if text[after : after + 1] in ".," else after - 1
                j += 1
    return runs


_BRACKETED = re.compile(r"\([^()]*\)")


def _remarks(text: str, dashes: list[int]) -> list[tuple[int, int]]:
    """The bracketed stretches of ``text`` that hold one of the (sorted) ``dashes``.

    The author's remark in brackets ("(Речь шла о …— А. К.)") is set off from the speech
    around it; its dash ends nothing. One pass over both lists, in text order.
    """
    remarks: list[tuple[int, int]] = []
    i = 0
    for match in _BRACKETED.finditer(text):
        i = bisect.bisect_right(dashes, match.start(), i)
        if i < len(dashes) and dashes[i] < match.end():
            remarks.append((match.start(), match.end()))
    return remarks


def _outside(dashes: list[int], remarks: list[tuple[int, int]]) -> list[int]:
    """The ``dashes`` outside every remark (both sorted; one pass)."""
    kept: list[int] = []
    j = 0
    for dash in dashes:
        while j < len(remarks) and remarks[j][1] <= dash:
            j += 1
        if not (j < len(remarks) and remarks[j][0] < dash):
            kept.append(dash)
    return kept


# A dash, a space and a word.
_MIN_DIALOGUE = 3


#: Languages whose news prose sets direct speech off with spaced dashes, often hyphens, and
#: no comma before the closing one ("- Głupota ludzka przeważyła - skomentował burmistrz."),
#: at a paragraph's start or after a sentence's end.
HYPHEN_DIALOGUE_LANGS = frozenset({"pl"})

# A dash with a space after it, opening the paragraph or with a space before it too.
_SPACED_DASH = re.compile(r"(?:^|(?<= ))[-–—](?= )")

# A sentence end and a space right before an opening dash ("miasta. - Głupota").
_BEFORE_OPENING = re.compile(r"[.!?…] ")

# The word after a closing dash and its space.
_WORD_AFTER = re.compile(r"\w+")


def _hyphen_dialogue_runs(paragraphs: Sequence[str], verbs: frozenset[str]) -> list[list[_Piece]]:
    """Speech set off by spaced dashes and closed before a speech verb (one run each).

    "Interweniował burmistrz. - Głupota ludzka przeważyła - skomentował burmistrz Felipe
    Alessandri.": the speech runs from a dash opening the paragraph or following a sentence
    end to the next spaced dash, when a speech verb follows that one. Without it the stretch
    is no speech (a parenthesis set off by dashes, a list item). Each pair of neighbouring
    dashes is tried once, so a paragraph of many dashes stays linear.
    """
    runs: list[list[_Piece]] = []
    for p, text in enumerate(paragraphs):
        if " " not in text or not any(d in text for d in "-–—"):
            continue
        dashes = [m.start() for m in _SPACED_DASH.finditer(text)]
        tagged = -1
        for open_at, close_at in pairwise(dashes):
            if open_at and not _BEFORE_OPENING.match(text, open_at - 2):
                continue
            if text[open_at + 2 : open_at + 3].isspace() or text[close_at - 1] != " ":
                continue
            word = _WORD_AFTER.match(text, close_at + 2)
            if word is None or word.group().casefold() not in verbs:
                continue
            piece = _piece(p, text, open_at, close_at)
            if piece.span[0] < piece.span[1]:
                runs.append([piece])
                tagged = close_at
        if tagged >= 0:
            runs.extend(_continued(p, text, tagged))
    return runs


# A spaced dash after a sentence end: speech taken up again after its tag's sentence
# ("– …– skomentował burmistrz. – Musimy …", "– …, säger hon. – Men …").
_REOPENING = re.compile(r"[.!?…] [-–—] (?=\S)")


def _continued(p: int, text: str, tagged: int) -> list[list[_Piece]]:
    """The speech a dash takes up again after the tag at ``tagged`` ends its sentence.

    It runs to the line's end; only when no spaced dash follows (a later dash pair is a
    line of its own, read by the caller).
    """
    reopened = _REOPENING.search(text, tagged)
    if reopened is None or _SPACED_DASH.search(text, reopened.end()) is not None:
        return []
    piece = _piece(p, text, reopened.start() + 2, len(text))
    return [[piece]] if piece.span[0] < piece.span[1] else []


#: Languages whose news prose writes a speaker's words as a paragraph opened by a dash and
#: closed by the attribution after a comma ("– Jeg anerkender ønskerne, lyder det fra Mette
#: Frederiksen."), with no closing dash: Danish, Norwegian, Swedish.
TAGGED_DIALOGUE_LANGS = frozenset({"da", "no", "sv"})

# A sentence end: the end of an attribution's clause.
_TAG_BREAK = re.compile(r"[.!?…:;]\s")

# Words of the longest attribution closing a line ("lyder det fra statsminister Mette
# Frederiksen på et pressemøde").
_MAX_TAG_WORDS = 12

# Characters read after a cue for the end of its clause (twelve words and more).
_TAG_CHARS = 160


def _tagged_dialogue_runs(paragraphs: Sequence[str], cues: re.Pattern[str]) -> list[list[_Piece]]:
    """Dash lines closed by an attribution: one run per line, the speech up to the tag's comma.

    "– Jeg anerkender de ønsker, der er, og vil gerne løse problemerne, lyder det fra Mette
    Frederiksen.": the speech runs from the dash to the comma before the last speech cue
    (``cues``, the language's cue pattern) after a comma whose clause is short; a line
    without such a tag is speech to its end. What follows a tag's sentence may be the
    writer's ("…, siger hun. Så går hun hjem") and is left out. A tweet's signature
    ("— Name (@handle) date") is no speech.
    """
    runs: list[list[_Piece]] = []
    for p, text in enumerate(paragraphs):
        if not _opens_dialogue(text):
            continue
        close = len(text)
        for match in cues.finditer(text):
            if not text.endswith(", ", 0, match.start()):
                continue
            # The tag's clause: up to the sentence end after the cue, or the line's end.
            # Read at most :data:`_TAG_CHARS` ahead, so that many cues stay linear.
            stop = match.end() + _TAG_CHARS
            end = _TAG_BREAK.search(text, match.end(), stop)
            if end is None and stop < len(text):
                continue
            clause = text[match.end() : end.start() if end else len(text)]
            if len(clause.split(None, _MAX_TAG_WORDS)) <= _MAX_TAG_WORDS:
                close = match.start() - 1  # the space after the comma: the comma is spoken
                break
        if close == len(text) and not _spoken_untagged(text):
            continue  # a list item ("– 8 procent foretrækker …"), no speech
        piece = _piece(p, text, 0, close)
        if piece.span[0] < piece.span[1]:
            runs.append([piece])
            if close < len(text):
                runs.extend(_continued(p, text, close))
    return runs


def _spoken_untagged(text: str) -> bool:
    """True for a dash line without a tag that reads as speech, not as a list item.

    Speech ends with a sentence's punctuation and runs to :data:`_MIN_UNTAGGED_WORDS` words
    or more; a list item is short or left unstopped.
    """
    return (
        text.rstrip(' \u00a0"”»’')[-1:] in ".!?…"
        and len(text.split(None, _MIN_UNTAGGED_WORDS)) > _MIN_UNTAGGED_WORDS
    )


# Words (with the dash) of the shortest untagged dash line read as speech.
_MIN_UNTAGGED_WORDS = 6
