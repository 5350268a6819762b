"""White space folded in bounded memory: ``" ".join(text.split())`` of a long text, piecewise.

``text.split()`` builds a string object and a list slot for every word: about 13 bytes of
Python heap per character of ordinary prose, held at once. On a page of one long line (a
10 MB paragraph) that list is the parse's peak. :func:`fold_spaces` gives the same result
from pieces of :data:`PIECE_CHARS` characters cut at spaces, so only one piece's words are
ever held; :func:`by_pieces` applies any such word-level fold piecewise.
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["PIECE_CHARS", "by_pieces", "fold_spaces"]

PIECE_CHARS = 8192
"""Characters folded at a time (the piece runs on to the next space)."""


def _fold(text: str) -> str:
    return " ".join(text.split())


def by_pieces(text: str, fold: Callable[[str], str]) -> str:
    """Return ``fold(text)`` for a ``fold`` that keeps words and joins them with one space.

    ``fold`` must map a text to its words (after any per-character or per-word change)
    joined by single spaces, and leave a plain space a word boundary: then the text cut at
    spaces into pieces folds to the pieces' non-empty folds joined by a space, which is
    what is returned. A short text is folded at once.

    Args:
        text: The text.
        fold: The fold, e.g. ``lambda t: " ".join(t.split())``.

    Returns:
        ``fold(text)``.
    """
    size = len(text)
    if size <= PIECE_CHARS:
        return fold(text)
    parts: list[str] = []
    start = 0
    while start < size:
        cut = text.find(" ", start + PIECE_CHARS)
        if cut < 0:
            cut = size
        part = fold(text[start:cut])
        if part:
            parts.append(part)
        start = cut
    return " ".join(parts)


def fold_spaces(text: str) -> str:
    """Return ``" ".join(text.split())``, holding the words of one piece of it at a time."""
    return _fold(text) if len(text) <= PIECE_CHARS else by_pieces(text, _fold)
