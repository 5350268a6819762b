"""Linear-time regressions found by an adversarial hunt for quadratic inputs.

Each test counts operations (calls of the inner step that was repeated) on two sizes of
one hostile shape and checks that doubling the input about doubles the count: no
wall-clock thresholds, so the tests do not flake on a loaded machine.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest

import newsparse
from newsparse.extract import quotes as quotes_module
from newsparse.extract import tags_lines
from newsparse.extract.quotes import events
from newsparse.extract.quotes.marks import _Piece as Piece


@contextmanager
def _counting(module: Any, name: str, *, chars: bool = False) -> Iterator[list[int]]:
    """Count the calls of ``module.name`` while the block runs (with ``chars``, the
    characters of their first argument)."""
    original = getattr(module, name)
    calls = [0]

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls[0] += len(args[0]) if chars else 1
        return original(*args, **kwargs)

    setattr(module, name, counted)
    try:
        yield calls
    finally:
        setattr(module, name, original)


def _growth(
    build: Callable[[int], str], module: Any, name: str, n: int, *, chars: bool = False
) -> float:
    """Calls of ``module.name`` parsing ``build(2 n)`` over those parsing ``build(n)``."""
    counts = []
    for size in (n, 2 * n):
        dump = build(size)
        with _counting(module, name, chars=chars) as calls:
            newsparse.parse(dump)
        counts.append(calls[0])
    assert counts[0] > 0, "the shape no longer reaches the counted step"
    return counts[1] / counts[0]


def _surname(i: int) -> str:
    return "Do" + "".join("abcdefghijklmnopqrstuvwxyz"[(i // 26**k) % 26] for k in range(3))


def _names_and_pronouns(n: int) -> str:
    """One paragraph (lines glued by single newlines) of ``n`` named speakers, each followed
    by a pronoun's clause that looks back for the last fitting name."""
    return "Headline of the story\n\n" + "".join(
        f"Jean {_surname(i)} a déclaré que « la situation est grave ». "
        "Il a ajouté que « rien ne change ».\n"
        for i in range(n)
    )


@pytest.mark.parametrize("n", [300])
def test_pronoun_referents_are_looked_up_in_linear_time(n: int) -> None:
    # Each pronoun's referent search filtered every name of its paragraph by gender: 10 000
    # names and pronouns in one paragraph (1 MB) took 18 s, 4x the input 13x the time.
    growth = _growth(_names_and_pronouns, events, "_same_gender", n)
    assert growth < 2.5, growth


def _body_then_teasers(n: int) -> str:
    """``n`` paragraphs, then ``n`` "READ MORE: <title>" lines (a colon-only tag label)."""
    body = "".join(
        f"The minister said on Tuesday that plan {i} would cut energy prices for families.\n\n"
        for i in range(n)
    )
    teasers = "".join(f"READ MORE: Council approves transit plan number {i}\n" for i in range(n))
    return "Headline of the story\n\n" + body + teasers


def test_colon_label_lines_search_the_body_a_bounded_number_of_times() -> None:
    # Every "READ MORE:" line split its title by searching the whole body for each word
    # run: 3 000 paragraphs over 3 000 such lines took 31 s at 1 MB (4x the input, 15x
    # the time). A page checks at most _MAX_COLON_LABEL_CHECKS of them.
    growth = _growth(_body_then_teasers, tags_lines, "_split_words", 200)
    assert growth < 1.2, growth


def _clause_quotes_one_paragraph(n: int) -> str:
    """One paragraph of ``n`` unattributed quotes, each after a clause opener ("que")."""
    return "Headline of the story\n\n" + "".join(
        f"Jean {_surname(i)} parle de ceux que “nous sommes ici maintenant” et " for i in range(n)
    )


def test_unclaimed_quotes_read_a_bounded_window_before_them() -> None:
    # The last look at unclaimed partial quotes read each one's paragraph from its start
    # (the sentence search, the heading word count): 4 000 such quotes in one paragraph
    # (400 KB) took 26 s, 4x the input 17x the time.
    growth = _growth(
        _clause_quotes_one_paragraph, quotes_module, "_sentence_starts", 200, chars=True
    )
    assert growth < 2.5, growth


class _CountingText(str):
    """A paragraph that counts the characters its ``split``/``rsplit`` calls read."""

    read = 0

    def split(self, sep: str | None = None, maxsplit: int = -1) -> list[str]:  # type: ignore[override]
        _CountingText.read += len(self)
        return str(self).split(sep, maxsplit)

    def rsplit(self, sep: str | None = None, maxsplit: int = -1) -> list[str]:  # type: ignore[override]
        _CountingText.read += len(self)
        return str(self).rsplit(sep, maxsplit)


def test_a_long_paragraphs_heading_echo_test_reads_no_whole_paragraph() -> None:
    # The echo test counted a paragraph's words with a split per unclaimed piece: a
    # paragraph of 80 000 scare quotes took 73 s at 1 MB, 4x the input 11x the time (and
    # Chinese quotes without spaces as bad). Each paragraph is judged once now.
    text = _CountingText("a “b c d” e " * 1_000)
    said = quotes_module._Said([])
    _CountingText.read = 0
    for k in range(100):
        piece = Piece(0, 2 + 12 * k, 8 + 12 * k, (3 + 12 * k, 8 + 12 * k))
        assert quotes_module._echoed(piece, said, [text]) is None
    assert _CountingText.read <= len(text)


def test_a_chain_of_orphan_quotes_grows_in_place() -> None:
    # Each orphan leading to the next copied the whole chain: quadratic in the chain.
    text = "a “b c d” e " * 100
    marks = [k for k, c in enumerate(text) if c in "“”"]
    pieces = [Piece(0, o, c, (o + 1, c)) for o, c in itertools.pairwise(marks) if text[o] == "“"]
    waiting: list[Piece] = []
    chains = []  # kept alive, so that the ids are of distinct lists
    for piece in pieces:
        waiting = quotes_module._wait([text], waiting, [piece], [])
        chains.append(waiting)
    assert len(waiting) == len(pieces)
    assert len({id(chain) for chain in chains}) == 1
