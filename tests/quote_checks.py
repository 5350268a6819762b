"""Shared checks of the quote tests: the one quote a text holds, and its quotes as
``(text, speaker)`` pairs."""

from __future__ import annotations

from newsparse.extract.quotes import find_quotes
from newsparse.model import Quote


def only_quote(paragraphs: list[str], lang: str) -> Quote:
    """The single quote ``find_quotes`` finds in ``paragraphs`` (fails unless exactly one)."""
    quotes = find_quotes(paragraphs, lang=lang)
    assert len(quotes) == 1, quotes
    return quotes[0]


def quote_pairs(paragraphs: list[str], lang: str) -> list[tuple[str, str | None]]:
    """Every quote ``find_quotes`` finds in ``paragraphs``, as ``(text, speaker)``."""
    return [(q.text, q.speaker) for q in find_quotes(paragraphs, lang=lang)]
