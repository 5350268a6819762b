"""Repeated headline candidates: copies, wrappers and trails of another candidate.

:mod:`newsparse.extract.headline` scores each line on its own; a page shows its headline
more than once (a breadcrumb trail, a share bar, a flattened or upper-case copy), and the
copies are told apart here, once every line has its score.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
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


def demote_repeats(found: list[Candidate[str]]) -> list[Candidate[str]]:
    """Lower lines that repeat another candidate with extras, or repeat an earlier one.

    Pages show the headline again in breadcrumbs ("Home » Section » Headline"), share bars
    ("Share ... for: Headline"), video players ("Headline Back to video") or a second,
    flattened copy ("Kicker Headline" for "Kicker: Headline"). The bare, first copy is the
    headline. The window bounds the candidates, so the pairwise check stays small.

    Most lines neither repeat nor wrap another: only the repeated keys are tallied, and
    only the lines holding a repeated key or wrapping another are read again; the others
    are returned as they came.
    """
    # A key shorter than _REPEAT_MIN is never compared: it is left empty, unread (a key
    # is no longer than its folded value).
    keys: list[str] = []
    for c in found:
        folded = c.value.casefold()
        key = NON_WORD.sub("", folded) if len(folded) >= _REPEAT_MIN else ""
        keys.append(key if len(key) >= _REPEAT_MIN else "")
    first: dict[str, int] = {}
    later: list[int] = []
    for n, key in enumerate(keys):
        if key:
            if key in first:
                later.append(n)
            else:
                first[key] = n
    # Tallies of the repeated keys only, over their copies in order: a key of one line
    # scores that line's score, and its value is its fullest.
    best: dict[str, float] = {}
    fullest: dict[str, str] = {}
    touched: set[int] = set()
    for n in later:
        key, c = keys[n], found[n]
        if key not in best:
            m = first[key]
            touched.add(m)
            best[key] = found[m].score
            if not found[m].value.endswith(("...", "…")):
                fullest[key] = found[m].value
        touched.add(n)
        if c.blocks[0] < found[first[key]].blocks[0]:
            first[key] = n
        best[key] = max(best[key], c.score)
        # A teaser copy cut short ("Headline…") adds dots, not the headline's punctuation.
        if len(c.value) > len(fullest.get(key, "")) and not c.value.endswith(("...", "…")):
            fullest[key] = c.value
    wrapped = _wrapped(keys, first, best)
    touched.update(wrapped)
    out = list(found)
    for n in touched:
        c, key = found[n], keys[n]
        # A copy with other punctuation or case (not the same text) is the flattened one.
        repeated = key in best and found[first[key]].value != c.value
        # A line that wraps a plausible candidate adds a crumb, kicker or widget text; a
        # breadcrumb trail ("Home » Section » Headline") wraps its last step at any score.
        # Only a wrapping line needs its crumbs counted.
        inner = wrapped.get(n, ())
        wraps = False
        if inner:
            margin = math.inf if len(CRUMB.findall(c.value)) >= 2 else _REPEAT_MARGIN
            wraps = any(
                (best[k] if k in best else found[first[k]].score) >= c.score - margin for k in inner
            )
        score = c.score - _REPEAT_PENALTY if repeated or wraps else c.score
        # The copies say the same words: the one that kept its punctuation ("Kicker:
        # Headline") is how the headline is written, wherever the winner stands.
        full = fullest.get(key, "")
        # Only punctuation inside counts: a copy led by "> " or wrapped in quotes is a
        # teaser link or a quotation of the headline.
        inside = len(full) > len(c.value) and (full[0], full[-1]) == (c.value[0], c.value[-1])
        value = full if inside else c.value
        if score != c.score or value != c.value:
            out[n] = attrs.evolve(c, score=score, value=value)
    return out


def _wrapped(
    keys: list[str], first: dict[str, int], repeated: dict[str, float]
) -> dict[int, list[str]]:
    """Per candidate (by position), the other keys of ``first`` its own key holds.

    The keys are joined, and each key of ``first`` is looked for once in the whole: the
    pairs of candidates are not compared one by one. Keys hold letters and digits only,
    so no key spans the separator; a candidate counts a key once. A key of one line
    (not in ``repeated``) found once in the whole is only that line's own: it is counted,
    not searched for.
    """
    joined = "\0".join(keys)
    wrapped: dict[int, list[str]] = {}
    starts: list[int] = []
    for k in first:
        if k not in repeated and joined.count(k) == 1:
            continue
        if not starts:
            starts = list(
                map(int.__add__, accumulate(map(len, keys), initial=0), range(len(keys) + 1))
            )
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
