"""Character-level counts of a block's text: words, CJK characters, upper-case letters.

These run on every block of every page, so Western text (anything cp1252 can hold) is
counted on bytes with translation tables rather than character by character.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Sequence
from encodings import cp1252

__all__ = ["CJK_CHAR", "case_counts", "cp1252_bytes", "is_cjk_char", "mostly_upper", "word_count"]

_MARK_BLOCKS = (
    (0x0300, 0x036F),  # combining diacritics (decomposed Latin, Greek, Cyrillic)
    (0x0590, 0x08FF),  # Hebrew points (niqqud, cantillation), Arabic harakat, Syriac, Thaana
    (0x0900, 0x0DFF),  # the Indic scripts, Devanagari to Sinhala
)
"""Blocks whose combining marks sit inside words of spaced scripts. Thai, Lao, Khmer and
Myanmar are left out: they write no spaces between words, so their marks are no guide."""

_JOINERS = "\u200c\u200d"
"""Zero-width non-joiner and joiner, which Indic text writes inside words ("मध्\u200dय")."""


def _marks() -> str:
    """The combining marks (Mn, Mc, Me) of :data:`_MARK_BLOCKS` and the joiners.

    None of them is a word character to ``re``, so the word pattern's classes stay disjoint.
    """
    return _JOINERS + "".join(
        chr(code)
        for low, high in _MARK_BLOCKS
        for code in range(low, high + 1)
        if unicodedata.category(chr(code)) in ("Mn", "Mc", "Me")
    )


_MARK = f"[{re.escape(_marks())}]"

_WORD_PART = rf"[^\W_]++(?:{_MARK}++[^\W_]*+)*+"

_WORD = re.compile(rf"{_WORD_PART}(?:[-'’]{_WORD_PART})*")
"""A word: letters/digits, with inner hyphens or apostrophes (al-Sadr, don't). Combining
marks are no word characters to ``re`` (its words are ``str.isalnum``), yet a Devanagari
vowel sign is part of its word ("समस्तीपुर" is one word, not four); a mark only continues
a word, and the quantifiers are possessive: the pattern never backtracks."""


def is_cjk_char(char: str) -> bool:
    """Return True for Han, Hiragana, Katakana and Hangul characters."""
    code = ord(char)
    return (
        0x3040 <= code <= 0x30FF
        or 0x3400 <= code <= 0x9FFF
        or 0xAC00 <= code <= 0xD7AF
        or 0xF900 <= code <= 0xFAFF
    )


CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")
"""Han, kana and Hangul characters (the ranges of :func:`is_cjk_char`)."""


def _cp1252_chars() -> list[str]:
    """The character of every cp1252 byte (``""`` for the five undefined bytes)."""
    chars = []
    for byte in range(256):
        try:
            chars.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            chars.append("")
    return chars


_CP1252_CHARS = _cp1252_chars()
"""cp1252 covers ASCII, Latin-1 letters and the curly quotes and dashes of Western text:
most lines encode to it, and its bytes can then be classed by table, not one by one."""


def _class_table(chars: Sequence[str]) -> bytes:
    """A byte table for :func:`word_count`: word character → ``a``, joiner → ``-``, else space.

    ``chars[byte]`` is the character a byte stands for (``""`` for none); the classes are
    taken from :data:`_WORD`'s own character set.
    """
    word_char = re.compile(r"[^\W_]")
    table = bytearray(b" " * 256)
    for byte, char in enumerate(chars):
        if char and word_char.fullmatch(char):
            table[byte] = ord("a")
        elif char and char in "-'’":
            table[byte] = ord("-")
    return bytes(table)


_WORD_CLASSES = _class_table(_CP1252_CHARS)
"""Word classes of cp1252 bytes."""

_LATIN1_WORD_CLASSES = _class_table([chr(byte) for byte in range(256)])
"""Lines of one-byte characters (ASCII and Latin-1: ``é``, ``ß``, no curly quotes) encode to
Latin-1 by a copy, where the cp1252 codec looks every character up in its table."""


_charmap_encode = codecs.charmap_encode
_CP1252_TABLE = cp1252.encoding_table


def cp1252_bytes(text: str) -> bytes:
    """Return ``text`` encoded as cp1252, or ``b""`` when it holds other characters.

    The codec's own encoder is called, as ``text.encode("cp1252")`` calls it after a
    look-up of the codec by name and a Python-level call, each dearer than the encoding
    of a line. It drops the characters cp1252 lacks (``"ignore"``, handled inside the codec)
    rather than raise: cp1252 writes one byte per character, so a shorter result means the
    text held others, and no exception is raised and caught per non-Western line.
    """
    if text.isascii():
        return text.encode()
    data = _charmap_encode(text, "ignore", _CP1252_TABLE)[0]
    return data if len(data) == len(text) else b""


_cp1252 = cp1252_bytes


def _marked_words(marks: bytes) -> int:
    """Count the words of a text classed by :data:`_WORD_CLASSES` (``a``, ``-``, space).

    Every word starts where a word character follows a non-word one. (The byte tests are
    written as ``45 in marks`` and ``marks[0] == 97``: ``b"-" in marks`` first tries the
    byte string as an integer and raises and clears a ``TypeError``, dearer than the search,
    and ``startswith`` parses its arguments from a format string.)
    """
    first = marks[0] == 97  # "a"
    if 45 in marks:  # "-"
        # A joiner between two word characters continues the word ("al-Sadr", "don't").
        # One pass misses the second joiner of "a-b-c" (its "b" was taken); two suffice.
        marks = marks.replace(b"a-a", b"aaa").replace(b"a-a", b"aaa")
        return marks.count(b" a") + marks.count(b"-a") + first
    return marks.count(b" a") + first


_SHORT_CHARS = 16
"""Texts shorter than this are short lines for :func:`word_count`: in ASCII it splits them at
spaces first (a menu entry or a button is often one word or a few), and one that needs the
cp1252 codec is left to the regex, faster on so few characters."""


def word_count(text: str) -> int:
    """Count words; each pair of CJK characters counts as one word (no spaces in CJK)."""
    # Text that cp1252 can hold (most Western lines) is counted on bytes, without building
    # the word list: every word starts where a word character follows a non-word one.
    if text.isascii():
        if len(text) < _SHORT_CHARS:
            if text.isalnum():
                # One run of ASCII letters and digits ("Politics", "2024"): one word.
                return 1
            tokens = text.split()
            if "".join(tokens).isalnum():
                # Runs of ASCII letters and digits between spaces ("Log in"): one word each
                # (for ASCII, ``isalnum`` is the class ``[^\W_]`` of :data:`_WORD`).
                return len(tokens)
        data = text.encode()
    else:
        data = text.encode("latin-1", "ignore")
        if len(data) == len(text):
            return _marked_words(data.translate(_LATIN1_WORD_CLASSES))
        size = len(text)
        if size < _SHORT_CHARS or len(data) * 2 < size:
            # A short line of other characters ("S’abonner") is counted faster by the
            # regex; half the characters or more outside Latin-1 is no Western line
            # (Cyrillic, CJK...), which the cp1252 codec would drop one by one.
            data = b""
        else:
            data = _charmap_encode(text, "ignore", _CP1252_TABLE)[0]
            if len(data) != size:
                data = b""
    if data:
        return _marked_words(data.translate(_WORD_CLASSES))
    words = len(_WORD.findall(text))
    cjk = len(CJK_CHAR.findall(text)) if not text.isascii() else 0
    if cjk:
        # A CJK run matches _WORD as one long "word"; re-weigh it by characters.
        return max(words, cjk // 2 + words // 2)
    return words


_CP1252_UPPER = bytes(b for b, char in enumerate(_CP1252_CHARS) if char.isupper())
_CP1252_LETTERS = bytes(b for b, char in enumerate(_CP1252_CHARS) if char.isalpha())
_CP1252_LOWER = bytes(
    b for b, char in enumerate(_CP1252_CHARS) if char.islower() and char.isalpha()
)
_ASCII_UPPER = bytes(range(ord("A"), ord("Z") + 1))
_ASCII_LETTERS = _ASCII_UPPER + _ASCII_UPPER.lower()
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def case_counts(text: str) -> tuple[int, int]:
    """Return how many characters of ``text`` are upper case and how many are letters.

    Text that cp1252 can hold is counted by deleting bytes (each byte is one character, so
    ``isupper`` and ``isalpha`` are properties of the byte); otherwise the ASCII part is
    counted so and only the other characters are tested one by one.
    """
    data = _cp1252(text)
    if data:
        size = len(data)
        upper = size - len(data.translate(None, _CP1252_UPPER))
        return upper, size - len(data.translate(None, _CP1252_LETTERS))
    if not text:
        return 0, 0
    data = text.encode("ascii", "ignore")
    size = len(data)
    if size * 2 < len(text):
        # Mostly non-ASCII (Cyrillic, CJK...): collecting the rest would cost more.
        return sum(map(str.isupper, text)), sum(map(str.isalpha, text))
    upper = size - len(data.translate(None, _ASCII_UPPER))
    letters = size - len(data.translate(None, _ASCII_LETTERS))
    rest = "".join(_NON_ASCII.findall(text))
    upper += sum(map(str.isupper, rest))
    letters += sum(map(str.isalpha, rest))
    return upper, letters


def mostly_upper(text: str) -> bool:
    """Whether more than 60% of the letters of ``text`` are upper case (:func:`case_counts`).

    A text that cp1252 can hold is first tested by its lower-case letters alone (one byte
    deletion, not two): where they are 40% of its characters or more, the upper-case
    letters, at most the rest, are at most 60% of the letters (each lower-case letter is a
    letter that is not upper case). Prose, most of what is tested, is decided so.
    """
    data = _cp1252(text)
    if data:
        size = len(data)
        lower = size - len(data.translate(None, _CP1252_LOWER))
        if 5 * lower >= 2 * size:
            return False
    upper, letters = case_counts(text)
    return upper / (letters or 1) > 0.6
