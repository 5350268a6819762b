"""Shortcuts of the block weights agree with the tests they stand in for."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.extract.features import Cue, Features
from newsparse.extract.weights import _BAR_CUES, _is_box_group


def _feature(cue: Cue, prose: float) -> Features:
    return Features(folded="x", words=1, prose=prose, cue=cue)


@given(st.lists(st.tuples(st.sampled_from(list(Cue)), st.sampled_from([0.0, 0.5])), max_size=7))
def test_every_box_holds_a_widget_or_sign_up_line(lines: list[tuple[Cue, float]]) -> None:
    # _take_boxes skips a run without such a line: it can hold no box.
    feats = tuple(_feature(cue, prose) for cue, prose in lines)
    group = list(range(len(feats)))
    if group and _is_box_group(group, feats):
        assert any(feat.cue in _BAR_CUES for feat in feats)
