"""Language identification from writing system and function-word counts.

CJK, Arabic, Cyrillic and other scripts decide alone; Latin-script text is scored by how
many of its words are stopwords of each language in the lexicon. Cheap (one pass over at
most a few thousand characters) and good enough to pick date and name conventions.
"""

from __future__ import annotations

import re

from newsparse.lexicon import Lexicon

__all__ = ["detect_language"]

_WORD = re.compile(r"[^\W\d_]+")
_SAMPLE = 3000
_MIN_HITS = 5

_SCRIPTS: tuple[tuple[int, int, str], ...] = (
    (0x3040, 0x30FF, "ja"),
    (0xAC00, 0xD7AF, "ko"),
    (0x0600, 0x06FF, "ar"),
    (0x0400, 0x04FF, "ru"),
    (0x0590, 0x05FF, "he"),
    (0x0E00, 0x0E7F, "th"),
    (0x0370, 0x03FF, "el"),
    (0x4E00, 0x9FFF, "zh"),
)
"""Code-point ranges of scripts that identify a language (kana before Han: Japanese uses both)."""


def detect_language(text: str, lex: Lexicon) -> str | None:
    """Return an ISO 639-1 code for ``text``, or ``None`` when unsure."""
    sample = text[:_SAMPLE]
    if not sample.isascii():
        counts: dict[str, int] = {}
        for ch in sample:
            code = ord(ch)
            if code < 0x0370:
                continue
            for lo, hi, lang in _SCRIPTS:
                if lo <= code <= hi:
                    counts[lang] = counts.get(lang, 0) + 1
                    break
        if counts:
            lang, count = max(counts.items(), key=lambda kv: kv[1])
            if counts.get("ja", 0) >= 20:
                return "ja"
            if count >= len(sample) * 0.1:
                return lang
    words = [w.casefold() for w in _WORD.findall(sample)]
    best, best_hits = None, 0
    for lang, stops in lex.stopwords.items():
        hits = sum(1 for w in words if w in stops)
        if hits > best_hits:
            best, best_hits = lang, hits
    if best_hits < _MIN_HITS or best_hits < len(words) * 0.08:
        return None
    return best
