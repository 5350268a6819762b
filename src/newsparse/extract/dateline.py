"""Dateline: the place line that opens a news body ("ERBIL, Kurdistan Region — ...").

A dateline starts the first body paragraph with an upper-case place name, optionally a
region after a comma and an agency in brackets, then a dash. Only the place part is
returned; the paragraph keeps its full text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsparse.extract import Candidate, Context
from newsparse.model import Label

__all__ = ["dateline_from_body", "dateline_place"]

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


_FIRST_BLOCKS = 3
"""A dateline opens one of the first body blocks (a caption or byline may come first)."""


def dateline_place(text: str) -> str | None:
    """Return the place of a dateline that opens ``text`` ("ERBIL, Kurdistan Region"), else None."""
    match = _DATELINE.match(text[:120])
    if match is None:
        return None
    place = match["place"].strip()
    first = place.split(",")[0].split()
    return place if first and all(w.isupper() for w in first) else None


def dateline_from_body(ctx: Context) -> Iterator[Candidate[str]]:
    """Propose the dateline of the first body paragraph, if it has one."""
    layout = ctx.layout
    tried = 0
    for i in range(layout.start, layout.end):
        if layout.labels[i] is not Label.BODY:
            continue
        place = dateline_place(ctx.doc.blocks[i].text)
        if place:
            yield Candidate(value=place, score=5.0 - tried, source=f"block:{i}")
            return
        tried += 1
        if tried == _FIRST_BLOCKS:
            return
