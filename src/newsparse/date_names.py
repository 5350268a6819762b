"""Month names and date labels of many languages, and the regex alternation built from them.

Read by :mod:`newsparse.dates` (month-name dates with a year) and by the date field rules
(labels such as "입력" and "更新日"; day-and-month dates without a year).
"""

from __future__ import annotations

import functools
import re
import tomllib
import unicodedata
from importlib import resources
from typing import Any, TypeAlias

from newsparse.lexicon import Lexicon, fold, lexicon

__all__ = [
    "alternation",
    "date_cues",
    "day_month_pattern",
    "is_date_label",
    "last_edit_cues",
    "month_alternation",
    "month_number",
    "month_numbers",
    "year_first_month_alternation",
    "year_first_short_alternation",
]


_Trie: TypeAlias = "dict[str, _Trie]"
"""A prefix tree of characters; the key ``""`` marks the end of a word."""


def alternation(words: list[str]) -> str:
    """Return a regex matching exactly ``words``, factored by common prefix (a trie).

    ``re`` tries the branches of a plain alternation one by one at every position; with
    hundreds of month names in many languages that made date search cost microseconds per
    character. A trie tests one character class per level instead.
    """
    trie: _Trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: _Trie) -> str:
        chars = [char for char in sorted(node) if char]
        branches = [re.escape(char) + render(node[char]) for char in chars]
        if not branches:
            return ""
        optional = "" in node
        if len(branches) == 1 and not optional:
            return branches[0]
        if len(branches) > _GROUP:
            branches = _grouped(chars, branches)
        return "(?:" + "|".join(branches) + ")" + ("?" if optional else "")

    return render(trie)


_GROUP = 10
"""Branches of a trie level tried behind one character-class test (see :func:`_grouped`)."""


def _grouped(chars: list[str], branches: list[str]) -> list[str]:
    """The ``branches`` (one per first character in ``chars``) in runs behind a class test.

    With IGNORECASE, ``re`` enters every branch of a level to compare its first letter:
    the sixty first letters of the month names cost microseconds at each word tried. A
    lookahead for the run's letters skips a run at once; it matches whatever one of the
    run's branches would (the same case folding), and the runs keep the branch order, so
    the alternation matches as before.
    """
    runs = []
    for k in range(0, len(branches), _GROUP):
        letters = "".join(re.escape(char) for char in chars[k : k + _GROUP])
        runs.append(f"(?=[{letters}])(?:" + "|".join(branches[k : k + _GROUP]) + ")")
    return runs


@functools.cache
def _months_file() -> dict[str, dict[str, list[Any]]]:
    """months.toml, parsed once: three of the functions below read it."""
    text = resources.files("newsparse.lexicon").joinpath("months.toml").read_text("utf-8")
    return tomllib.loads(text)


@functools.cache
def month_numbers() -> dict[str, int]:
    """Month name → number: the cue-word lexicon's, then the date-only names of months.toml."""
    months = dict(lexicon().months)
    for data in _months_file().values():
        for key in ("months", "short_months"):
            for number, names in enumerate(data.get(key, ()), start=1):
                for name in names:
                    months.setdefault(fold(name), number)
    return months


_NUKTA_LETTERS = "".join(
    chr(c) for c in (*range(0x0958, 0x0960), 0x09DC, 0x09DD, 0x09DF, 0x0A33, 0x0A36, 0x0B5C, 0x0B5D)
)
"""Indic letters with a nukta that NFC does not compose ("य़", "য়": composition exclusions).
Pages print them as one code point or as the letter and the nukta; :func:`fold` keeps the
second, so a month name holding one is matched in both spellings (:func:`month_alternation`)."""

_COMPOSED = {unicodedata.normalize("NFD", char): char for char in _NUKTA_LETTERS}
"""A nukta letter's two code points → its one code point."""


@functools.cache
def month_alternation() -> str:
    """The regex alternation of every month name (:func:`month_numbers`), in all its spellings.

    The names are folded (NFC), so an Indic name with a nukta letter is listed once more with
    its one-code-point spelling ("জানুয়ারি" with "য়" as U+09DF or as "য" and the nukta).
    """
    names = set(month_numbers())
    for name in list(names):
        if "\u093c" in name or "\u09bc" in name or "\u0a3c" in name or "\u0b3c" in name:
            spelled = name
            for pair, char in _COMPOSED.items():
                spelled = spelled.replace(pair, char)
            names.add(spelled)
    return alternation(sorted(names))


@functools.cache
def year_first_month_alternation() -> str:
    """The regex alternation of the month names of languages that write the year first.

    Those of months.toml's entries marked ``year_first`` (Hungarian "2024. március 31.",
    Lithuanian "2024 m. kovo 31 d."): only their names are read after a year, so that a
    sentence ending in a year is not read as a date with the next one's month.
    """
    names = {
        fold(name)
        for data in _months_file().values()
        if data.get("year_first")
        for names in data.get("months", ())
        for name in names
    }
    return alternation(sorted(names))


@functools.cache
def year_first_short_alternation() -> str:
    """The regex alternation of the month abbreviations of languages that write the year first.

    months.toml's ``short_months`` ("márc", "szept": Hungarian "2024. márc. 5.").
    """
    names = {
        fold(name)
        for data in _months_file().values()
        for names in data.get("short_months", ())
        for name in names
    }
    return alternation(sorted(names))


@functools.lru_cache(maxsize=1024)
def month_number(name: str) -> int | None:
    """The number of a month name as a date pattern matched it, in any case; None if unknown.

    The patterns match case-insensitively, so the name is looked up by its case fold made
    NFC again (:func:`~newsparse.lexicon.fold`'s key: "Μαΐου" folds to three code points
    for "ΐ"). ``re`` also matches "I" and "i" to the Turkish dotless "ı": "MAYIS" and
    "mayis" fold to "mayis", which is read as "mayıs".
    """
    key = name.casefold()
    if not key.isascii():
        key = unicodedata.normalize("NFC", key)
    number = month_numbers().get(key)
    if number is None and "i" in key:
        number = _dotless_months().get(key)
    return number


@functools.cache
def _dotless_months() -> dict[str, int]:
    """The month names written with a dotless "ı" (Turkish), keyed with "i" for it."""
    return {name.replace("ı", "i"): n for name, n in month_numbers().items() if "ı" in name}


@functools.cache
def date_cues() -> tuple[frozenset[str], frozenset[str]]:
    """Folded publication and update labels of the languages in months.toml (no cue file).

    The labels of languages with a cue-word file are in the merged lexicon; these complete
    them for date lines only ("입력", "更新日").
    """
    published: set[str] = set()
    updated: set[str] = set()
    for data in _months_file().values():
        published.update(fold(w) for w in data.get("published_cues", ()))
        updated.update(fold(w) for w in data.get("updated_cues", ()))
    return frozenset(published), frozenset(updated)


def is_date_label(key: str, lex: Lexicon) -> bool:
    """Whether the folded words ``key`` are a publication or update label ("published on").

    ``lex`` gives the cue-word labels (the page's languages); :func:`date_cues` adds those of
    the languages that have only a months.toml entry.
    """
    published, updated = date_cues()
    return (
        key in lex.published_cues or key in lex.updated_cues or key in published or key in updated
    )


@functools.cache
def last_edit_cues() -> frozenset[str]:
    """Folded labels of a page's last revision ("Last updated", "Zuletzt aktualisiert").

    Those of the cue-word files (merged in :func:`~newsparse.lexicon.lexicon`) and of each
    language of months.toml. Such a label says that the page had earlier versions: unlike a
    bare "Updated", the date it labels is not the one the site prints as the story's date line.
    """
    # The cue-word files are parsed once, by the lexicon: re-reading them here with the
    # pure-Python TOML parser cost ~8 ms CPU on the first page that asked.
    cues = set(lexicon().last_edit_cues)
    for data in _months_file().values():
        cues.update(fold(w) for w in data.get("last_edit_cues", ()))
    return frozenset(cues)


@functools.cache
def day_month_pattern() -> re.Pattern[str]:
    """Day and month name without a year: "11 de mayo", "3. Mai", "Nov 18", "May 25th".

    Groups ``d`` and ``mon`` (day first), or ``d2`` and ``mon2`` (month first). A year
    after the date fails the match: such a date is :func:`newsparse.dates.find_dates`'s.
    The month is matched atomically, by its longest name only: a shorter name must not
    match where the year failed the longest ("27 tháng 11 năm 2026" is no "27 tháng 1",
    "27 tháng Mười Một, 2026" no "27 tháng Mười").
    """
    month = month_alternation()
    letter = r"(?=[^\W\d_])"
    no_year = r"(?!\s*,?\s*(?:de\s+|del\s+|năm\s+)?(?:19|20)\d\d)"
    return re.compile(
        rf"(?P<d>\d(?<![\d_]\d)\d?)(?:st|nd|rd|th|er|º|\.)?\s*(?:de\s+)?{letter}(?>(?P<mon>{month}))"
        rf"\.?(?![^\W\d_]){no_year}"
        rf"|(?<![^\W\d_]){letter}(?>(?P<mon2>{month}))\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:])"
        rf"{no_year}",
        re.IGNORECASE,
    )
