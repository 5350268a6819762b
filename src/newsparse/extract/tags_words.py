"""Tag words: split a run-together tag line by the body's evidence; phrase and mention tests.

A text dump often runs a tag list together ("Tags: Jund al-Imam al Hujja Muqtada al-Sadr
troops expulsion"). Such a line is split by dynamic programming over its words: a
segment that occurs as a phrase in the body text scores by its length, a lower-case
word the body uses scores less, a segment of uniform capitalisation of a word or two
less again (longer ones lose), and every segment costs a constant, so the best split
prefers body phrases and then short, case-consistent tags. A list names each tag once:
a word the line repeats pairs up with a neighbour ("Web Scraping ... Data Scraping").
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence

from newsparse.extract.features import is_cjk_char

_SEPARATORS = re.compile(r"\s*(?:[,;|•·#]|\s/\s)\s*")
"""Explicit tag separators."""

_LINE_SEPARATORS = re.compile(r"\s*(?:[,;|•·#、，،]|\s/\s)\s*")
"""Explicit separators of a labelled tag line, CJK and Arabic commas too ("タグ：教育、民生",
"الوسوم: الحكومة، الاقتصاد"; a keywords list in the metadata may hold a phrase with one)."""

_WORD = re.compile(r"\w+")

_DIGIT = re.compile(r"\d")

_LETTER = re.compile(r"[^\W\d_]")

_BODY_WORD_SCORE = 1.2

_MIN_SHORT_RUN_WORDS = 3
"""Fewest words of a tag line to split; under :data:`_MIN_INLINE_WORDS`, only into pieces
the article uses each (:func:`_inline_links`)."""

_MAX_TAG_WORDS = 6
_MAX_REPEAT_TAG_WORDS = 2
"""Longest segment a word the tag line repeats scores in as a phrase (:func:`_segment_score`)."""
_MAX_LINE_WORDS = 80
_NOT_A_TAG = re.compile(r"://|^www\.|\d{1,2}[./]\d{1,2}[./]\d{2,4}|[?…]$|\.\.\.$")
"""A link, a date, a question or an elided title: a teaser or a link line, never a tag."""
_SENTENCE_STOPWORDS = 2
"""Function words (name particles aside: "Ursula von der Leyen") that make a line a phrase."""
_STEM_CHARS = 4
"""Letters two words of one stem share at their start (:func:`_shared_stems`)."""

_MIN_GLUED_WORD_CHARS = 3
_MAX_GLUED_WORD_CHARS = 24


def _norm(text: str) -> str:
    """Fold to lower-case words separated by single spaces, padded, for phrase lookups."""
    # The words joined by single spaces: what replacing every run of non-word characters
    # (whitespace among them) by one space and stripping the ends gives, a fifth faster.
    return " " + " ".join(_WORD.findall(text.casefold())) + " "


def _case_class(word: str) -> str:
    """The case of a word's first letter ("upper", "lower"), or "other" with no letter."""
    # Most words open with their first letter: the loop ends at once.
    for char in word:
        if char.isalpha():
            return "upper" if char.isupper() else "lower"
    return "other"


_PARTICLES = frozenset(
    {"al", "of", "the", "de", "van", "von", "and", "for", "in", "bin", "la", "le", "el", "da"}
)


def _segment_score(
    words: list[str], body: str, long_run: bool = False, repeated: bool = False
) -> float:
    phrase = _norm(" ".join(words))
    if repeated:
        # A word the line repeats (:func:`_pairs_with_repeat`) paired with a neighbour
        # of its case scores as a phrase would; alone, as a word without evidence.
        # Variants of one stem ("Datascraping Data") are tags apart, as below.
        if len(words) == 1:
            return 0.5
        if _prefixed(words):
            return -1.0 * len(words)
        if len({_case_class(w) for w in words}) == 1:
            return 2.0 * len(words)
    # A lone common word occurs in any body; only names and phrases count as evidence, and
    # a phrase that opens on a particle ("de la", "de la luz" of "Precio de la luz") is the
    # tail of a tag, no tag of its own.
    evidence = words[0][:1].isupper() or (len(words) > 1 and words[0].casefold() not in _PARTICLES)
    if len(phrase) > 2 and phrase in body:
        if evidence:
            return 2.0 * len(words)
        if long_run:
            # A lower-case word the body uses is weak evidence (any body has common words),
            # but in a long lower-case run ("books romance author reader genre") words
            # the body never joins are tags of their own: scored over half the segment
            # cost each, they split where a phrase would not. A run of two between
            # capitalised tags ("troops expulsion") stays one tag.
            return _BODY_WORD_SCORE
    if len(words) > 1 and _shared_stems(words):
        # Words of one stem side by side ("Laufen Laufschuh", "Datascraping Data") are
        # variants a tag list gives apart, not one tag.
        return -1.0 * len(words)
    classes = [_case_class(w) for w in words if w.casefold().split("-")[0] not in _PARTICLES]
    if (
        long_run
        and classes == ["lower", "lower"]
        and phrase[:-1] not in body
        and phrase.upper() != phrase
    ):
        # Two words of a long lower-case run that the body never joins ("genre
        # exclusivebooks") score as one word without evidence: a word the body uses
        # splits off as a tag of its own, and the other stands alone. An inflected form
        # of the pair in the body ("donald trump" of "Donald Trumps") joins them; a
        # script without case (Arabic) has no lower-case run.
        return 0.5
    if len(set(classes)) <= 1:
        # A tag of a word or two is the common case; past two words a run of same-case
        # words the body never uses together is more likely several tags than one.
        return 0.5 * len(words) if len(words) <= 2 else 1.0 - 0.5 * (len(words) - 2)
    if classes[0] == "upper" and set(classes[1:]) == {"lower"}:
        # Sentence case ("Precio de la luz", "Cambio climático") is one tag, weaker evidence.
        return 0.3 * len(words)
    return -1.0 * len(words)


def _shared_stems(words: Sequence[str]) -> bool:
    """Whether two neighbouring words open with the same :data:`_STEM_CHARS` letters."""
    stems = [w[:_STEM_CHARS].casefold() if len(w) > _STEM_CHARS else "" for w in words]
    return any(a and a == b for a, b in itertools.pairwise(stems))


def _prefixed(words: Sequence[str]) -> bool:
    """Whether a word opens with its neighbour or shares its stem ("Datascraping Data")."""
    folded = [w.casefold() for w in words]
    return _shared_stems(words) or any(
        a.startswith(b) or b.startswith(a) for a, b in itertools.pairwise(folded)
    )


def split_run_together(line: str, body: str) -> list[str]:
    """Split a tag line with no separators into tags, using ``body`` as evidence.

    Args:
        line: The tag words, label removed.
        body: Text of the article body.

    Returns:
        The tags in order.
    """
    return _split_words(line, _norm(body))


def _split_words(line: str, norm_body: str) -> list[str]:
    """:func:`split_run_together` with the body already folded by :func:`_norm`."""
    words = line.split()[:_MAX_LINE_WORDS]
    n = len(words)
    long_runs = _long_case_runs(words)
    repeats = _repeated_words(words, norm_body)
    best: list[float] = [0.0] + [float("-inf")] * n
    back = [0] * (n + 1)
    for end in range(1, n + 1):
        for size in range(1, min(_MAX_TAG_WORDS, end) + 1):
            begin = end - size
            long_run = size <= 2 and all(long_runs[begin:end])
            repeated = (
                size <= _MAX_REPEAT_TAG_WORDS
                and any(repeats[begin:end])
                and _pairs_with_repeat(words[begin:end], repeats[begin:end], norm_body)
            )
            segment = _segment_score(words[begin:end], norm_body, long_run, repeated)
            score = best[begin] + segment - 1.0
            if score > best[end]:
                best[end], back[end] = score, begin
    tags: list[str] = []
    end = n
    while end > 0:
        tags.append(" ".join(words[back[end] : end]))
        end = back[end]
    return tags[::-1]


def _repeated_words(words: list[str], norm_body: str) -> list[int]:
    """How each word of the line repeats: 0 once, 1 twice or more, 2 twice or more unexplained.

    An occurrence that forms a phrase of the body with a neighbour ("City Budget") is
    accounted for; a word whose occurrences but one are accounted for (1) may be a tag
    alone too ("Council Budget City Budget"), one with more left (2) belongs to several
    tags of more words (see :func:`_pairs_with_repeat`). A name particle and a number
    are never counted.
    """
    folded = [w.casefold() for w in words]
    if len(set(folded)) == len(folded):
        return [0] * len(words)  # most lines: no word twice
    counts = Counter(folded)
    repeated = [
        counts[w] > 1 and w.split("-")[0] not in _PARTICLES and _LETTER.search(w) is not None
        for w in folded
    ]
    if not any(repeated):
        return [0] * len(words)
    in_phrases: Counter[str] = Counter()
    pairs = [_norm(f"{a} {b}") in norm_body for a, b in itertools.pairwise(folded)]
    for k, word in enumerate(folded):
        if repeated[k] and ((k > 0 and pairs[k - 1]) or (k < len(pairs) and pairs[k])):
            in_phrases[word] += 1
    return [
        (2 if counts[w] - in_phrases[w] > 1 else 1) if seen else 0
        for w, seen in zip(folded, repeated, strict=True)
    ]


def _pairs_with_repeat(words: list[str], repeats: list[int], norm_body: str) -> bool:
    """Whether a segment is a word the line repeats with its partner in one tag.

    A tag list names a tag once: a word it gives twice or more, unaccounted for by
    phrases of the body (2 in :func:`_repeated_words`), belongs to a tag of several
    words in one place at least ("Web Scraping ... Data Scraping"). One accounted for
    but once (1: "Google Search ... Search Engine") pairs up with a neighbour the body
    never uses, which has no evidence of standing alone.
    """
    if len(words) == 1:
        return repeats[0] == 2
    if 2 in repeats:
        return True
    return any(
        state == 1 and _norm(other) not in norm_body
        for state, other in ((repeats[0], words[1]), (repeats[1], words[0]))
    )


def _long_case_runs(words: list[str]) -> list[bool]:
    """Whether each word stands in a run of three same-case words or more (two passes).

    A name particle ("al-Sadr", "von") belongs to a name, not to a run of lower-case tags.
    """
    classes = [
        "particle" if w.casefold().split("-")[0] in _PARTICLES else _case_class(w) for w in words
    ]
    lengths = [1] * len(words)
    for k in range(1, len(words)):
        if classes[k] == classes[k - 1]:
            lengths[k] = lengths[k - 1] + 1
    for k in range(len(words) - 2, -1, -1):
        if classes[k] == classes[k + 1]:
            lengths[k] = lengths[k + 1]
    return [length >= _MIN_SHORT_RUN_WORDS for length in lengths]


def _dedupe(tags: list[str]) -> tuple[str, ...]:
    seen: set[str] = set()
    out: list[str] = []
    for raw in tags:
        tag = " ".join(raw.split()).strip(" .:")
        if tag and tag.casefold() not in seen and len(tag) <= 80:
            seen.add(tag.casefold())
            out.append(tag)
    return tuple(out)


def _mentions(tag: str, norm_body: str) -> int:
    """How often the body (folded by :func:`_norm`) uses a tag as a phrase (:func:`_mentioned`)."""
    phrase = _norm(tag)
    if not _LETTER.search(phrase):
        return 0
    if len(phrase) > 2 and is_cjk_char(phrase[1]):
        return norm_body.count(phrase.strip())
    return norm_body.count(phrase)


def _mentioned(tag: str, norm_body: str) -> bool:
    """Whether the body (folded by :func:`_norm`) uses the tag as a phrase.

    CJK text has no spaces between words: there a tag is looked up as a plain substring.
    A number ("224", a comment count) occurs in any body and proves nothing.
    """
    phrase = _norm(tag)
    if not _LETTER.search(phrase):
        return False
    if phrase in norm_body:
        return True
    return len(phrase) > 2 and is_cjk_char(phrase[1]) and phrase.strip() in norm_body


def _glued_words(text: str, norm_body: str) -> list[str]:
    """Cut a space-less lower-case run into the fewest words of the body, else ``[]``.

    Each word holds :data:`_MIN_GLUED_WORD_CHARS` letters or more and occurs in the body
    (folded by :func:`_norm`) as a word of its own. Dynamic programming over the run's
    characters, each word at most :data:`_MAX_GLUED_WORD_CHARS` long: linear in the run.
    """
    vocabulary = frozenset(norm_body.split())
    n = len(text)
    best: list[int] = [0] + [n + 1] * n
    back = [0] * (n + 1)
    for end in range(_MIN_GLUED_WORD_CHARS, n + 1):
        for begin in range(max(0, end - _MAX_GLUED_WORD_CHARS), end - _MIN_GLUED_WORD_CHARS + 1):
            if best[begin] + 1 < best[end] and text[begin:end] in vocabulary:
                best[end], back[end] = best[begin] + 1, begin
    if best[n] > n:
        return []
    words: list[str] = []
    end = n
    while end > 0:
        words.append(text[back[end] : end])
        end = back[end]
    return words[::-1]
