"""Dateline: the place line that opens a news body ("ERBIL, Kurdistan Region — ...").

A dateline starts the first body paragraph with an upper-case place name, optionally a
region after a comma and an agency in brackets, then a dash. Only the place part is
returned; the paragraph keeps its full text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsparse.document import DumpKind
from newsparse.extract import Candidate, Context
from newsparse.extract.features import WORD_STOP
from newsparse.lexicon import fold, lexicon
from newsparse.model import Label

# Enum members read as module constants: on Python 3.11 an enum member read costs a
# metaclass attribute lookup (~8 times a global read), and these are read per block or line.
_LABEL_BODY = Label.BODY
_DUMP_HTML = DumpKind.HTML

__all__ = ["dateline_from_body", "dateline_place", "left_above"]

_DATELINE = re.compile(
    r"""^(?P<place>
          [^\W\d_][^\W\d_'’.-]*(?:[\s.'’-]+[^\W\d_][^\W\d_'’.-]*){0,3}   # PLACE (up to 4 words)
          (?:,\s*[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,3})?       # , Region
        )
        \s*(?:\((?P<agency>[^()]{1,30})\))?                            # (Reuters)
        \s*(?:[—–]|--|\s-)\s+\S""",
    re.VERBOSE,
)
"""Place words, optional ", Region", optional "(Agency)", then a dash and the text."""

_AGENCY_NAME = re.compile(r"[^\W\d_]+(?:[ &.][^\W\d_]+){0,2}\.?")
"""An agency's name in a title-case dateline's brackets: up to three words of letters."""


_NOTE_LABEL = re.compile(r"(?:[^\W\d_][\w'’]*\s){0,3}[^\W\d_][\w'’]*\s?:\s")
"""A note's label: up to four words, then a colon ("Editor's note: ", "Note de la rédaction : ")."""

_FIRST_BLOCKS = 3
"""A dateline opens one of the first body blocks (a caption or byline may come first)."""

_MAX_BLOCKS = 6
"""Body blocks looked at in all, byline and date lines included: never deep in the body."""

_META_WORDS = 20
"""A byline or date line that the body region took in is short."""


def dateline_place(text: str) -> str | None:
    """Return the place of a dateline that opens ``text`` ("ERBIL, Kurdistan Region"), else None.

    The place is written in capitals; a place in title case ("Washington (CNN) --",
    "Berlin (dpa) -") is a dateline only with the agency in brackets after it, since a
    capitalised word before a dash opens many a sentence ("Meanwhile — ...").
    """
    match = _DATELINE.match(text[:120])
    if match is None:
        return None
    place = match["place"].strip()
    first = place.split(",")[0].split()
    if not first:
        return None
    if all(w.isupper() for w in first):
        return place
    agency = match["agency"]
    if agency is None or not all(w[0].isupper() for w in first):
        return None
    agency = agency.strip()
    if fold(agency) in lexicon().agencies:
        return place
    # "(CNN)", "(Reuters)": a capitalised name; not a party and state ("(R-Texas)").
    return place if agency[:1].isupper() and _AGENCY_NAME.fullmatch(agency) else None


def _is_meta(i: int, ctx: Context) -> bool:
    """True for a byline or date line ("By Jane Roe | March 3, 2020") inside the body region.

    Such a line stands above the story's first paragraph: it does not count among the
    paragraphs tried, so a caption and a meta line cannot push the dateline out of reach.
    """
    feat = ctx.feats[i]
    if feat.words > _META_WORDS:
        return False
    return bool(ctx.lex.byline_prefix.match(feat.folded)) or bool(ctx.block_dates[i])


def left_above(i: int, ctx: Context) -> bool:
    """Whether body block ``i``, above the dateline's paragraph, is left out of the story.

    The dateline opens the story: in a text dump a block over its paragraph is a deck, a
    caption or a meta line ("Democrats will tout the program ..." / "Washington (CNN) --
    Democrats pledged ..."). An HTML page marks its captions, so a paragraph it prints
    there is the story's standfirst: only a byline or date line (:func:`_is_meta`) goes.
    """
    if _editors_note(i, ctx):
        return False
    return ctx.doc.kind is not _DUMP_HTML or _is_meta(i, ctx)


def _editors_note(i: int, ctx: Context) -> bool:
    """True for an editor's note or a correction, which the story prints over its text.

    It opens with a short label and a colon ("Correction: An earlier version ...",
    "Anmerkung der Redaktion: ..."), or tells a date in a sentence ("This article was
    amended on March 9, 2024 to correct ..."): a meta line ends with its date or time.
    """
    text = ctx.doc.blocks[i].text
    if _NOTE_LABEL.match(text):
        return True
    return bool(ctx.block_dates[i]) and WORD_STOP.search(text) is not None


def dateline_from_body(ctx: Context) -> Iterator[Candidate[str]]:
    """Propose the dateline that opens one of the first body paragraphs, if there is one.

    Captions and credits carry other labels and are passed over; byline and date lines are
    passed over without counting (:func:`_is_meta`). The candidate's block is the dateline's
    paragraph: the story opens there (:func:`newsparse.assemble.assemble` leaves out the
    body blocks above it that :func:`left_above` names).
    """
    layout = ctx.layout
    tried = seen = 0
    for i in range(layout.start, layout.end):
        if layout.labels[i] is not _LABEL_BODY:
            continue
        place = dateline_place(ctx.doc.blocks[i].text)
        if place:
            yield Candidate(value=place, score=5.0 - tried, source=f"block:{i}", blocks=(i,))
            return
        seen += 1
        tried += not _is_meta(i, ctx)
        if tried == _FIRST_BLOCKS or seen == _MAX_BLOCKS:
            return
