"""demote_repeats against a plain pairwise reference of its rules.

The implementation tallies only the repeated keys and searches only keys found more than
once in the joined keys; this reference compares every pair, so the shortcuts must not
change a score or a value.
"""

from __future__ import annotations

import math

import attrs
from hypothesis import given
from hypothesis import strategies as st

from newsparse.extract import Candidate
from newsparse.extract.headline_lines import CRUMB
from newsparse.extract.headline_repeats import NON_WORD, demote_repeats


def _reference(found: list[Candidate[str]]) -> list[Candidate[str]]:
    """The rules of :func:`demote_repeats`, every pair of candidates compared."""
    keys = [NON_WORD.sub("", c.value.casefold()) for c in found]
    keys = [k if len(k) >= 12 else "" for k in keys]
    first: dict[str, int] = {}
    best: dict[str, float] = {}
    fullest: dict[str, str] = {}
    for n, c in enumerate(found):
        key = keys[n]
        if not key:
            continue
        if key not in first or c.blocks[0] < found[first[key]].blocks[0]:
            first[key] = n
        best[key] = max(best.get(key, c.score), c.score)
        if len(c.value) > len(fullest.get(key, "")) and not c.value.endswith(("...", "…")):
            fullest[key] = c.value
    out = []
    for n, c in enumerate(found):
        key = keys[n]
        repeated = key in first and found[first[key]].value != c.value
        inner = [k for k in first if k != key and k in key]
        margin = math.inf if len(CRUMB.findall(c.value)) >= 2 else 2.0
        wraps = any(best[k] >= c.score - margin for k in inner)
        score = c.score - 3.0 if repeated or wraps else c.score
        full = fullest.get(key, "")
        inside = len(full) > len(c.value) and (full[0], full[-1]) == (c.value[0], c.value[-1])
        out.append(attrs.evolve(c, score=score, value=full if inside else c.value))
    return out


_PARTS = ["Council approves", "new budget", "Home", " » ", ": ", "COUNCIL", "…", "Share"]


@given(
    st.lists(
        st.tuples(
            st.lists(st.sampled_from(_PARTS), min_size=1, max_size=5).map("".join),
            st.floats(-5, 10, allow_nan=False),
            st.integers(0, 6),
        ),
        max_size=12,
    )
)
def test_demote_repeats_matches_pairwise_reference(
    lines: list[tuple[str, float, int]],
) -> None:
    found = [Candidate(value=v, score=s, source=f"block:{b}", blocks=(b,)) for v, s, b in lines]
    got = [(c.value, c.score) for c in demote_repeats(found)]
    assert got == [(c.value, c.score) for c in _reference(found)]
