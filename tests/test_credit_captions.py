"""A caption sentence with its photo credit glued on after a pipe is a caption, not body."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.document import BlockKind, text_block
from newsparse.extract.features import Cue, describe
from newsparse.lexicon import lexicon

_SENTENCE = "Thousands of residents lined the harbour road to watch the new ferry arrive on Monday."


@pytest.mark.parametrize(
    "tail",
    ["| AP Photo", "| AP Photo Close", "| Reuters", "| Getty Images", "| Photo: Jane Doe"],
)
def test_a_sentence_with_a_credit_tail_is_a_credit(tail: str) -> None:
    block = text_block(0, f"{_SENTENCE} {tail}", (0, 0), BlockKind.TEXT, 1)
    assert describe(block, lexicon()).cue is Cue.CREDIT


@pytest.mark.parametrize(
    "text",
    [
        _SENTENCE,
        f"{_SENTENCE} | Sports desk notes",  # a pipe, but no credit word after it
        f"{_SENTENCE} | Reutersville council",  # the cue must end at a word boundary
        f"Thousands lined the road | AP Photo of the ferry {_SENTENCE}",  # no sentence end
    ],
)
def test_a_sentence_without_a_credit_tail_is_no_credit(text: str) -> None:
    block = text_block(0, text, (0, 0), BlockKind.TEXT, 1)
    assert describe(block, lexicon()).cue is not Cue.CREDIT


def test_a_credited_caption_under_the_headline_stays_out_of_the_body() -> None:
    paragraphs = [
        "The harbour authority opened the new ferry terminal on Monday after two years of "
        "building work and several delays caused by storms.",
        "Officials said the terminal would handle twice as many passengers as the old one "
        "and cut waiting times for commuters.",
    ]
    dump = "\n\n".join(
        ["New ferry terminal opens in the harbour", f"{_SENTENCE} | AP Photo Close", *paragraphs]
    )
    article = newsparse.parse(dump)
    assert article.body == tuple(paragraphs)
