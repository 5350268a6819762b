"""Unicode's Stream-Safe Text Format: over-long runs of combining marks broken up.

Canonical reordering during NFC/NFD normalisation sorts each run of non-starters, which is
quadratic in the run's length; :func:`stream_safe` inserts a COMBINING GRAPHEME JOINER
after every :data:`MAX_NON_STARTERS` non-starters in a row (UAX #15), so that every later
normalisation stays linear. Ordinary pages hold no such run, so the work is in ruling it
out fast: on the text (:func:`stream_safe`) or, for UTF-8 input, on its bytes
(:func:`utf8_may_have_long_run`).
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["MAX_NON_STARTERS", "stream_safe", "utf8_may_have_long_run"]

#: Consecutive non-starters (combining marks) allowed before a COMBINING GRAPHEME JOINER
#: is inserted, as in Unicode's Stream-Safe Text Format (UAX #15): canonical reordering
#: during NFC/NFD sorts each run of non-starters, which is quadratic in the run's length,
#: so a "Zalgo" run of 100 000 marks would otherwise stall every later normalisation.
MAX_NON_STARTERS = 30


def _non_starter_ranges(start: int, stop: int) -> list[tuple[int, int]]:
    """Return the ranges of non-starters (non-zero combining class) in ``[start, stop)``."""
    ranges: list[tuple[int, int]] = []
    for code in range(start, stop):
        if unicodedata.combining(chr(code)):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    return ranges


#: Ranges of non-starters in the BMP and in the Supplementary Multilingual Plane (Unicode
#: assigns none above it), computed once for the tables below.
_BMP_NON_STARTERS = _non_starter_ranges(0, 0x10000)
_ASTRAL_NON_STARTERS = _non_starter_ranges(0x10000, 0x20000)


def _run_candidate_class() -> str:
    """Return a character class that holds every non-starter, for a fast first scan.

    ``re`` tests a class of BMP ranges as one bitmap lookup, but dozens of astral ranges
    one by one (ten times slower on every character of every page). Unicode assigns
    non-starters only up to the Supplementary Multilingual Plane, so the astral ones are
    covered by the one range from the first to the last of them; that range also holds
    some starters (historic scripts), which :func:`_stream_safe` tells apart exactly.
    """
    bmp, astral = _BMP_NON_STARTERS, _ASTRAL_NON_STARTERS
    ranges = [*bmp, (astral[0][0], astral[-1][1])]
    return "[" + "".join(f"{chr(a)}-{chr(b)}" for a, b in ranges) + "]"


def _unit_marks() -> bytes:
    """Return a ``bytes.translate`` table marking UTF-16 high bytes that may start a non-starter.

    Marked: the 256-code-point blocks that hold any BMP non-starter, and the surrogates
    (every astral character, and lone surrogates).
    """
    marked = set(range(0xD8, 0xE0))
    for first, last in _BMP_NON_STARTERS:
        marked.update(range(first >> 8, (last >> 8) + 1))
    return bytes(1 if high in marked else 0 for high in range(256))


def _utf8_marks() -> bytes:
    """Return a ``bytes.translate`` table marking UTF-8 bytes that may be part of a non-starter.

    Marked: every continuation byte, and the lead bytes whose code points (64 of them for
    a two-byte lead, 4096 for a three-byte one) include a non-starter.
    """
    marked = set(range(0x80, 0xC0))
    for first, last in (*_BMP_NON_STARTERS, *_ASTRAL_NON_STARTERS):
        marked.update(chr(code).encode("utf-8")[0] for code in range(first, last + 1))
    return bytes(1 if byte in marked else 0 for byte in range(256))


_CANDIDATE = _run_candidate_class()
#: :func:`_unit_marks`, built once.
UNIT_MARKS = _unit_marks()
#: What :data:`UNIT_MARKS` turns a run of more than :data:`MAX_NON_STARTERS` marked code
#: units into.
MARKED_RUN = b"\x01" * (MAX_NON_STARTERS + 1)
#: :func:`_utf8_marks`, built once.
UTF8_MARKS = _utf8_marks()
#: What :data:`UTF8_MARKS` turns the UTF-8 bytes of more than :data:`MAX_NON_STARTERS`
#: non-starters in a row into (each takes two bytes at least).
MARKED_UTF8_RUN = b"\x01" * (2 * (MAX_NON_STARTERS + 1))
#: Stride of the first, sampled look at UTF-8 bytes (:func:`utf8_may_have_long_run`).
UTF8_SAMPLE_STEP = 8
#: What :data:`UTF8_MARKS` turns the samples of a :data:`MARKED_UTF8_RUN` into: every
#: stretch of ``n`` bytes holds ``n // step`` samples in a row, wherever it starts.
MARKED_UTF8_SAMPLES = b"\x01" * (len(MARKED_UTF8_RUN) // UTF8_SAMPLE_STEP)
#: A run of more than :data:`MAX_NON_STARTERS` characters that may all be non-starters.
#: (Spelled ``XX{30,}`` rather than ``X{31,}``: a leading class lets ``re`` skip ahead with
#: its fast prefix scan, three times faster on ordinary pages.)
LONG_NON_STARTER_RUN = re.compile(f"{_CANDIDATE}{_CANDIDATE}{{{MAX_NON_STARTERS},}}")
#: A necessary condition for :data:`LONG_NON_STARTER_RUN`: every non-starter is at or above
#: U+0300, so such a run is first of all a run of that many characters from U+0300 up. A
#: class of one range is tested faster than the long candidate class (0.62 against 0.86
#: ms per corpus page), and pages without such a run (most pages not in CJK script) then
#: skip the exact scan; a page with one pays only this scan up to its first run. Checked
#: only on texts that pass the cheaper :func:`_may_have_long_run`.
LONG_HIGH_RUN = re.compile(f"[\u0300-\U0010ffff][\u0300-\U0010ffff]{{{MAX_NON_STARTERS}}}")
#: The first astral non-starter: the candidate class is exact below it (see
#: :func:`_run_candidate_class`).
_FIRST_ASTRAL_NON_STARTER = chr(_ASTRAL_NON_STARTERS[0][0])
#: Inserted into over-long runs of non-starters; a starter, so it blocks reordering.
COMBINING_GRAPHEME_JOINER = "\u034f"


def stream_safe(text: str) -> str:
    """Break runs of more than :data:`MAX_NON_STARTERS` combining marks with a joiner.

    Args:
        text: Decoded text.

    Returns:
        The text in Unicode's Stream-Safe Text Format, so that normalising it is linear.
    """
    if not _may_have_long_run(text) or LONG_HIGH_RUN.search(text) is None:
        return text
    return LONG_NON_STARTER_RUN.sub(_stream_safe, text)


def _may_have_long_run(text: str) -> bool:
    """Tell whether a text may hold more than :data:`MAX_NON_STARTERS` non-starters in a row.

    A necessary condition checked at C speed (a regex scan costs about 3 ns a character, a
    third of the time of HTML sniffing): every character of such a run is a UTF-16 code
    unit, or two, whose high byte :data:`UNIT_MARKS` marks, so the high bytes of the text
    in UTF-16 then hold a run of that many marked bytes. Latin, Cyrillic, CJK ideographs
    and Hangul fall in unmarked blocks or break such runs with spaces and ASCII markup.
    """
    units = text.encode("utf-16-le", "surrogatepass")[1::2].translate(UNIT_MARKS)
    return MARKED_RUN in units


def _stream_safe(match: re.Match[str]) -> str:
    """Insert a grapheme joiner after every :data:`MAX_NON_STARTERS` consecutive non-starters."""
    run = match.group()
    if max(run) < _FIRST_ASTRAL_NON_STARTER:
        # The class is exact below the astral range: every character is a non-starter, so
        # the joiner goes after every MAX_NON_STARTERS of them (one join, no loop in Python).
        step = MAX_NON_STARTERS
        return COMBINING_GRAPHEME_JOINER.join([run[i : i + step] for i in range(0, len(run), step)])
    out: list[str] = []
    count = 0
    for char in run:
        if unicodedata.combining(char):
            count += 1
            if count > MAX_NON_STARTERS:
                out.append(COMBINING_GRAPHEME_JOINER)
                count = 1
        else:
            count = 0
        out.append(char)
    return "".join(out)


def utf8_may_have_long_run(data: bytes) -> bool:
    """Tell whether UTF-8 bytes may hold more than :data:`MAX_NON_STARTERS` non-starters in a row.

    A necessary condition, three times faster than the check on the decoded text: every
    byte of such a run is one that :data:`UTF8_MARKS` marks, and each non-starter takes two
    bytes at least. It also holds for the text decoded with replacement characters (a
    starter) and with CR/LF folded, but not once NUL characters are removed, which joins
    the runs around them.

    Every :data:`UTF8_SAMPLE_STEP`-th byte is looked at first: a run of marked bytes makes
    a run of marked samples, so pages without one (nine in ten) skip the full translation
    of their bytes at an eighth of its cost.
    """
    if MARKED_UTF8_SAMPLES not in data[::UTF8_SAMPLE_STEP].translate(UTF8_MARKS):
        return False
    return MARKED_UTF8_RUN in data.translate(UTF8_MARKS)
