"""Repeated headline candidates: copies, wrappers and trails of another candidate.

:mod:`newsparse.extract.headline` scores each line on its own; a page shows its headline
more than once (a breadcrumb trail, a share bar, a flattened or upper-case copy), and the
copies are told apart here, once every line has its score.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Iterator
from itertools import accumulate

import attrs

from newsparse.extract import Candidate
from newsparse.extract.headline_lines import CRUMB

__all__ = ["NON_WORD", "demote_repeats", "trail_end"]

NON_WORD = re.compile(r"[\W_]+")
"""Everything but letters and digits: the key under which repeated lines compare."""

_REPEAT_MIN = 12
"""Shortest key (letters and digits) compared for repeats; shorter lines repeat by chance."""

_REPEAT_PENALTY = 3.0
"""Score taken from a line that wraps another candidate or repeats an earlier one."""

_REPEAT_MARGIN = 2.0
"""A wrapped line counts when it scores at most this much below its wrapper."""


def demote_repeats(found: list[Candidate[str]]) -> Iterator[Candidate[str]]:
    """Lower lines that repeat another candidate with extras, or repeat an earlier one.

    Pages show the headline again in breadcrumbs ("Home » Section » Headline"), share bars
    ("Share ... for: Headline"), video players ("Headline Back to video") or a second,
    flattened copy ("Kicker Headline" for "Kicker: Headline"). The bare, first copy is the
    headline. The window bounds the candidates, so the pairwise check stays small.
    """
    # A value folding to fewer than _REPEAT_MIN characters has a shorter key, which is
    # never compared: it is left empty, unread.
    keys = [
        NON_WORD.sub("", folded) if len(folded) >= _REPEAT_MIN else ""
        for folded in [c.value.casefold() for c in found]
    ]
    first: dict[str, int] = {}
    best: dict[str, float] = {}
    fullest: dict[str, str] = {}
    for n, c in enumerate(found):
        key = keys[n]
        if len(key) < _REPEAT_MIN:
            continue
        if key not in first or c.blocks[0] < found[first[key]].blocks[0]:
            first[key] = n
        best[key] = max(best.get(key, c.score), c.score)
        # A teaser copy cut short ("Headline…") adds dots, not the headline's punctuation.
        if len(c.value) > len(fullest.get(key, "")) and not c.value.endswith(("...", "…")):
            fullest[key] = c.value
    wrapped = _wrapped(keys, first)
    for n, c in enumerate(found):
        key = keys[n]
        # A copy with other punctuation or case (not the same text) is the flattened one.
        repeated = key in first and found[first[key]].value != c.value
        # A line that wraps a plausible candidate adds a crumb, kicker or widget text; a
        # breadcrumb trail ("Home » Section » Headline") wraps its last step at any score.
        # Only a wrapping line needs its crumbs counted.
        inner = wrapped.get(n, ())
        wraps = False
        if inner:
            margin = math.inf if len(CRUMB.findall(c.value)) >= 2 else _REPEAT_MARGIN
            wraps = any(best[k] >= c.score - margin for k in inner)
        score = c.score - _REPEAT_PENALTY if repeated or wraps else c.score
        # The copies say the same words: the one that kept its punctuation ("Kicker:
        # Headline") is how the headline is written, wherever the winner stands.
        full = fullest.get(key, "")
        # Only punctuation inside counts: a copy led by "> " or wrapped in quotes is a
        # teaser link or a quotation of the headline.
        inside = len(full) > len(c.value) and (full[0], full[-1]) == (c.value[0], c.value[-1])
        value = full if inside else c.value
        changed = score != c.score or value != c.value
        yield attrs.evolve(c, score=score, value=value) if changed else c


def _wrapped(keys: list[str], first: dict[str, int]) -> dict[int, list[str]]:
    """Per candidate (by position), the other keys of ``first`` its own key holds.

    The keys are joined, and each key of ``first`` is looked for once in the whole: the
    pairs of candidates are not compared one by one. Keys hold letters and digits only,
    so no key spans the separator; a candidate counts a key once.
    """
    joined = "\0".join(keys)
    starts = list(map(int.__add__, accumulate(map(len, keys), initial=0), range(len(keys) + 1)))
    wrapped: dict[int, list[str]] = {}
    for k in first:
        at = joined.find(k)
        while at >= 0:
            n = bisect_right(starts, at) - 1
            if keys[n] != k:
                wrapped.setdefault(n, []).append(k)
            at = joined.find(k, starts[n + 1])
    return wrapped


def trail_end(value: str, nav: frozenset[str], found: list[Candidate[str]]) -> str:
    """The last step of "Home Section Headline", when it is another candidate; else "".

    Trails whose separators were icons print their steps with spaces only: a navigation
    word (``nav``) leads them, and the last step, the page's headline, is a line of its
    own too (of any length: "Plejaden, M45").
    """
    first, _, rest = value.partition(" ")
    if not rest or first.casefold() not in nav:
        return ""  # most lines: no navigation word leads them
    keys = {NON_WORD.sub("", c.value.casefold()) for c in found}
    words = value.split()
    for n in range(2, len(words)):
        tail = " ".join(words[n:])
        if NON_WORD.sub("", tail.casefold()) in keys:
            return tail
    return ""
