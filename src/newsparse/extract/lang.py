"""Language identification from writing system and function-word counts.

CJK, Arabic, Cyrillic and other scripts decide alone; Latin-script text is scored by how
many of its words are stopwords of each language in the lexicon. Cheap (one pass over at
most a few thousand characters) and good enough to pick date and name conventions.
"""

from __future__ import annotations

import re
from collections import Counter

from newsparse.extract.text_counts import cp1252_bytes
from newsparse.lexicon import Lexicon

__all__ = ["detect_language"]

_WORD = re.compile(r"[^\W\d_]+")
_SAMPLE = 3000
_MIN_HITS = 5
_MAX_INDEXES = 8
"""Lexicons whose stopword index is kept (the parser uses one; tests build a few)."""

_SCRIPTS: tuple[tuple[int, int, str], ...] = (
    (0x3040, 0x30FF, "ja"),
    (0xAC00, 0xD7AF, "ko"),
    (0x0600, 0x06FF, "ar"),
    (0x0400, 0x04FF, "ru"),
    (0x0590, 0x05FF, "he"),
    (0x0E00, 0x0E7F, "th"),
    (0x0900, 0x097F, "hi"),
    (0x0980, 0x09FF, "bn"),
    (0x0370, 0x03FF, "el"),
    (0x4E00, 0x9FFF, "zh"),
)
"""Code-point ranges of scripts that identify a language (kana before Han: Japanese uses both).

Devanagari is read as Hindi (Marathi and Nepali share it); its vowel signs are no letters
to :data:`_WORD`, so function words could not be counted in it."""

_SCRIPT_CHARS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(f"[{chr(lo)}-{chr(hi)}]"), lang) for lo, hi, lang in _SCRIPTS
)
"""One character class per script: the ranges are disjoint, so each character counts once."""

_ABOVE_LATIN = re.compile(r"[^\x00-\u036f]+")
"""Runs of characters from Greek up: Latin text with accents and curly quotes has few."""

_ANY_SCRIPT = re.compile("[" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi, _ in _SCRIPTS) + "]")
"""A character of any identifying script: most non-ASCII samples (Latin text with curly
quotes and dashes) hold none, and one search rules out every script count."""


def detect_language(text: str, lex: Lexicon) -> str | None:
    """Return an ISO 639-1 code for ``text``, or ``None`` when unsure."""
    sample = text[:_SAMPLE]
    if not sample.isascii() and _ANY_SCRIPT.search(sample):
        counts = _script_counts(sample)
        if counts:
            lang, count = max(counts.items(), key=lambda kv: kv[1])
            if counts.get("ja", 0) >= 20:
                return "ja"
            if count >= len(sample) * 0.1:
                if lang == "ru":
                    return _cyrillic(sample, lex)
                return _arabic_script(sample, lex) if lang == "ar" else lang
    # Count each distinct stopword once, then add up its occurrences per language: a few
    # dozen look-ups instead of one per word and language. Only the stopwords are counted
    # (the filter runs in C); the other words only add to the total.
    words = _folded_tokens(sample)
    total = len(words)
    index = _stopword_index(lex)
    # One look-up per distinct stopword of the sample, not one set intersection per
    # language: the languages sharing a word ("de", "la") add it up.
    stops = Counter(filter(index.__contains__, words))
    hits = dict.fromkeys(lex.stopwords, 0)
    for word, count in stops.items():
        for lang in index[word]:
            hits[lang] += count
    best, best_hits = None, 0
    # In the lexicon's order: the first of equally scored languages wins.
    for lang, lang_hits in hits.items():
        if lang_hits > best_hits:
            best, best_hits = lang, lang_hits
    if best_hits < _MIN_HITS or best_hits < total * 0.08:
        return None
    return best


_INDEXES: dict[int, tuple[Lexicon, dict[str, tuple[str, ...]]]] = {}
"""Stopword → languages, per lexicon (by identity: a lexicon holds dicts, it has no hash)."""


def _stopword_index(lex: Lexicon) -> dict[str, tuple[str, ...]]:
    """Each stopword of ``lex`` with the languages that list it, in the lexicon's order."""
    cached = _INDEXES.get(id(lex))
    if cached is not None and cached[0] is lex:
        return cached[1]
    index: dict[str, list[str]] = {}
    for lang, stops in lex.stopwords.items():
        for word in stops:
            index.setdefault(word, []).append(lang)
    if len(_INDEXES) > _MAX_INDEXES:
        _INDEXES.clear()
    _INDEXES[id(lex)] = (lex, {word: tuple(langs) for word, langs in index.items()})
    return _INDEXES[id(lex)][1]


def _by_function_words(sample: str, lex: Lexicon, first: str, other: str) -> str:
    """``other`` when more of the sample's words are its function words, else ``first``.

    Splits two languages that share a script: Russian and Ukrainian (Cyrillic), Arabic
    and Persian (Persian spells its own function words with "ی" and "ک").
    """
    words = _folded_words(sample)
    seen = words.keys()
    first_count, other_count = (
        sum(map(words.__getitem__, seen & lex.stopwords.get(lang, frozenset())))
        for lang in (first, other)
    )
    return other if other_count > first_count else first


def _cyrillic(sample: str, lex: Lexicon) -> str:
    """Russian or Ukrainian, by function words: the two share the script and many letters."""
    return _by_function_words(sample, lex, "ru", "uk")


def _arabic_script(sample: str, lex: Lexicon) -> str:
    """Arabic or Persian, by function words."""
    return _by_function_words(sample, lex, "ar", "fa")


def _fold_table() -> tuple[bytes, tuple[tuple[str, str], ...]]:
    """A cp1252 byte table for :func:`_folded_words`, and the letters it cannot fold.

    A letter of :data:`_WORD` maps to the byte of its case fold, every other byte to a
    space; the letters whose case fold is no one cp1252 character ("ß" → "ss", "µ" → "μ")
    stay, to be replaced after decoding.
    """
    table = bytearray(b" " * 256)
    rest: list[tuple[str, str]] = []
    for byte in range(256):
        try:
            char = bytes([byte]).decode("cp1252")
        except UnicodeDecodeError:
            continue
        if not _WORD.fullmatch(char):
            continue
        folded = char.casefold()
        try:
            code = folded.encode("cp1252")
        except UnicodeEncodeError:
            code = b""
        if len(code) == 1:
            table[byte] = code[0]
        else:
            table[byte] = byte
            rest.append((char, folded))
    return bytes(table), tuple(rest)


_FOLD_TABLE, _UNFOLDED = _fold_table()


def _folded_words(sample: str) -> Counter[str]:
    """How often each case-folded letter run of ``sample`` occurs (:func:`_folded_tokens`)."""
    return Counter(_folded_tokens(sample))


def _folded_tokens(sample: str) -> list[str]:
    """The case-folded letter runs of ``sample``, in order.

    ``list(map(str.casefold, _words(sample)))``: a sample that cp1252 can hold (most
    Western text) is cut into its letter runs and case-folded on bytes, by one table,
    instead of word by word.
    """
    data = cp1252_bytes(sample)
    if not data:
        return list(map(str.casefold, _words(sample)))
    text = data.translate(_FOLD_TABLE).decode("cp1252")
    for char, folded in _UNFOLDED:
        if char in text:
            text = text.replace(char, folded)
    return text.split()


def _words(sample: str) -> list[str]:
    """The letter runs of ``sample``, as ``_WORD.findall(sample)``.

    Most space-separated tokens are all letters and are a run as they are; only the others
    (punctuation, digits) go through the regex, which costs more per character than a split.
    """
    words: list[str] = []
    for token in sample.split():
        if token.isalpha():
            words.append(token)
        else:
            words += _WORD.findall(token)
    return words


def _script_counts(sample: str) -> dict[str, int]:
    """Characters of each identifying script in ``sample``, scripts in order of first use.

    The order matters: :func:`max` keeps the first of equal counts, the script seen first.
    """
    found: list[tuple[int, str, int]] = []
    # Only the characters past the Latin blocks can count; their order is kept.
    sample = "".join(_ABOVE_LATIN.findall(sample))
    for chars, lang in _SCRIPT_CHARS:
        first = chars.search(sample)
        if first is not None:
            found.append((first.start(), lang, len(chars.findall(sample, first.start()))))
    found.sort()
    return {lang: count for _, lang, count in found}
