"""Peak memory of a parse: a page of one long paragraph holds no list of all its words.

``benchmarks.scaling`` measures the peak resident set on 1-50 MB dumps; these tests pin the
Python heap's peak (``tracemalloc``) on a smaller one-paragraph page, and check that the
piecewise folds (:mod:`newsparse.spaces`) give exactly what the one-step folds give.
"""

from __future__ import annotations

import tracemalloc
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import spaces
from newsparse.document import from_html
from newsparse.extract import byline_names
from newsparse.extract.byline_names import plain
from newsparse.spaces import by_pieces, fold_spaces

_PIECES = st.lists(
    st.sampled_from(
        ["a", "Bé", "R.", " ", "  ", "\n", "\t", "\u00a0", "\u3000", "e\u0301", ".", "ΐ", "İ"]
    ),
    max_size=80,
).map("".join)


@given(text=_PIECES, size=st.integers(1, 12))
def test_fold_spaces_is_split_and_join(text: str, size: int) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(spaces, "PIECE_CHARS", size)
        assert fold_spaces(text) == " ".join(text.split())


@given(text=_PIECES, size=st.integers(1, 12))
def test_plain_by_pieces_is_plain_at_once(text: str, size: int) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(spaces, "PIECE_CHARS", size)
        assert plain(text) == byline_names._plain(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("", id="empty"),
        pytest.param("   ", id="blank"),
        pytest.param("word " * 5000, id="words"),
        pytest.param("x" * 20_000 + " y", id="one-long-word"),
        pytest.param(" lead and trail " * 3000 + "  ", id="ends"),
    ],
)
def test_by_pieces_long_texts(text: str) -> None:
    assert by_pieces(text, lambda t: " ".join(t.split())) == " ".join(text.split())


def _heap_peak(page: str) -> int:
    """The Python heap's peak while ``page`` is parsed (after a warm-up parse)."""
    newsparse.parse("<p>warm up</p>")
    tracemalloc.start()
    try:
        newsparse.parse(page)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_one_paragraph_page_peak_stays_small() -> None:
    """The walk and the declared-author check fold the paragraph without a list of its words.

    That list took about 13 bytes a character: the Python heap's peak was 17 times the page.
    """
    page = (
        "<html><head><meta name='author' content='Jane Doe'></head><body><p>"
        + "word " * 60_000
        + "</p></body></html>"
    )
    assert _heap_peak(page) < 8 * len(page)


def test_page_bytes_are_not_held_through_the_walk(monkeypatch: pytest.MonkeyPatch) -> None:
    """The UTF-8 bytes of a ``str`` page are freed once its tree is built.

    Held by the parse until its end, they were a tenth of its peak on a 10 MB page.
    """
    page = "<html><body><script>" + "é" * 400_000 + "</script><p>Hello wörld.</p></body></html>"
    during: list[int] = []
    run = from_html._Walk.run

    def measured(walk: from_html._Walk, root: Any) -> Any:
        during.append(tracemalloc.get_traced_memory()[0])
        return run(walk, root)

    monkeypatch.setattr(from_html._Walk, "run", measured)
    newsparse.parse("<p>warm up</p>")
    tracemalloc.start()
    try:
        newsparse.parse(page)
    finally:
        tracemalloc.stop()
    # The script's 800 000 bytes are in the tree (libxml2's memory, not traced).
    assert during[0] < 200_000


_LONG_RUN = "word  " * 100_000


@pytest.mark.parametrize(
    "page",
    [
        pytest.param(f"<p>Intro <a href='/x'>{_LONG_RUN}</a></p>", id="link-text"),
        pytest.param(f"<time>{_LONG_RUN}</time><p>Body text here.</p>", id="time-element"),
        pytest.param(
            f"<span itemprop='author'>{_LONG_RUN}</span><p>Body text here.</p>", id="author"
        ),
    ],
)
def test_long_element_texts_are_folded_in_pieces(page: str) -> None:
    """A link's length and a metadata element's text fold no list of all their words."""
    page = f"<html><body>{page}</body></html>"
    assert _heap_peak(page) < 6 * len(page)
