"""Choose one value per field from competing candidates, and record why.

The highest score wins (profile weights multiply scores by source prefix); ties keep rule
order. Candidates at or below zero never win. The full ranking is kept for
``parse_and_explain``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from newsparse.extract import Candidate

__all__ = ["Decision", "decide"]


@attrs.frozen(kw_only=True)
class Decision:
    """The ranked candidates of one field; ``winner`` is the first, if it scored above zero."""

    ranked: tuple[Candidate[Any], ...]
    """Candidates by descending (weighted) score."""

    @property
    def winner(self) -> Candidate[Any] | None:
        """The chosen candidate, or ``None`` when no candidate scored above zero."""
        if self.ranked and self.ranked[0].score > 0:
            return self.ranked[0]
        return None


def _weight(candidate: Candidate[Any], weights: Mapping[str, float]) -> Candidate[Any]:
    for prefix, factor in weights.items():
        if candidate.source.startswith(prefix):
            return attrs.evolve(candidate, score=candidate.score * factor)
    return candidate


def decide(
    candidates: Iterable[Candidate[Any]], weights: Mapping[str, float] | None = None
) -> Decision:
    """Rank candidates by score (stable for ties) after applying source weights."""
    pool = [_weight(c, weights) for c in candidates] if weights else list(candidates)
    ranked = sorted(pool, key=lambda c: -c.score)
    return Decision(ranked=tuple(ranked))
