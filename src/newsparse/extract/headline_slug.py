"""URL slugs as headline evidence: the words of a page's path and of its story segment.

Scrapers know the URL of the page they fetched; its last descriptive path segment
usually spells the headline ("/council-approves-new-budget/12345/"). These helpers turn
a URL into word stems and measure how much of a line the slug vouches for.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from itertools import accumulate
from urllib.parse import unquote, urlsplit

__all__ = [
    "STORY_MIN",
    "names_the_story",
    "one_word_key",
    "outspells",
    "slug_bonus",
    "slug_overlap",
    "slug_words",
    "spells_a_section",
    "stems",
    "story_lines",
    "story_slug",
]

_ONE_WORD_SLUG = 6
"""Fewest letters of a story slug that a one-word line must spell to be a candidate."""

STORY_MIN = 3
"""Stems a segment before an id needs to be the story slug rather than a section name."""

_FAR_SLUG_SHARE = 0.6
"""Share of a story slug's stems a line outside the window must hold to be a candidate.
Headlines reword some slug words ("autobus" for "transport") or drop them, and a far
line is still scored on its slug share and distance: three fifths keep chance out."""

_SLUG_WORD = re.compile(r"[^\W\d_]{3,}")
"""Words of three or more letters in a headline line."""

_SLUG_TOKEN = re.compile(r"[^\W_]+")
"""Letters and digits between separators in a URL path segment."""

_SLUG_LETTERS = re.compile(r"[^\W\d_]{3,}")
"""A whole slug token of three or more letters; a token mixing in digits is an id."""

_FILE_SUFFIX = re.compile(r"\.(?:s?html?|php\d?|aspx?|jspx?|cms|cfm)$", re.IGNORECASE)
"""A page file extension at the end of a URL path segment: no word of the story."""

_GENERIC_SEGMENTS = frozenset({"index", "amp", "default"})
"""Last path segments that name a file or an output format ("/story-words/amp"), not a story."""


_SEGMENTS: list[tuple[str, tuple[tuple[str, ...], ...]]] = []
"""The path words of the last URL read: a page's headline rule reads them three times."""


def _path_segments(url: str) -> tuple[tuple[str, ...], ...]:
    """The words of each segment of a URL's path, the last generic segment dropped.

    The path is percent-decoded first, so non-Latin slugs ("/%D0%BF%D1%83.../") keep their
    words. File extensions (".html"), tokens that mix letters and digits (ids such as
    "OYT1T50218" or "c708a8fb") and a trailing "/amp" or "index" are no words of the story.
    """
    last = _SEGMENTS[0] if _SEGMENTS else None
    if last is not None and last[0] == url:
        return last[1]
    found = _read_segments(url)
    _SEGMENTS[:] = [(url, found)]
    return found


def _read_segments(url: str) -> tuple[tuple[str, ...], ...]:
    segments = [p for p in unquote(urlsplit(url).path).split("/") if p]
    if segments:
        segments[-1] = _FILE_SUFFIX.sub("", segments[-1])
        if segments[-1].casefold() in _GENERIC_SEGMENTS:
            segments.pop()
    return tuple(
        tuple(t.casefold() for t in _SLUG_TOKEN.findall(segment) if _SLUG_LETTERS.fullmatch(t))
        for segment in segments
    )


def spells_a_section(text: str, url: str | None) -> bool:
    """True when a line's words are those of one of the URL path's section segments.

    A trail printed a step a line ("Local", "Bihar", "Samastipur") spells the sections
    of the path ("/local/bihar/samastipur/news/<story>"); the story's own segment, last,
    is no section.
    """
    if not url:
        return False
    words = tuple(t.casefold() for t in _SLUG_TOKEN.findall(text) if _SLUG_LETTERS.fullmatch(t))
    return bool(words) and words in _path_segments(url)[:-1]


def slug_words(url: str | None) -> frozenset[str]:
    """Return the folded words of a URL's path (headline evidence)."""
    if not url:
        return frozenset()
    return frozenset(w for words in _path_segments(url) for w in words)


def stems(words: Iterable[str]) -> set[str]:
    """Five-letter stems, so that "tornadoes" in a headline meets "tornado" in a slug."""
    return {w.casefold()[:5] for w in words}


def story_slug(url: str | None) -> set[str]:
    """Word stems of the last segment of a URL path: the story's own slug.

    Earlier segments name sections ("/smart-news/", "/the-control-of-nature/"), which
    kickers and section labels over the headline repeat. After a last segment without
    words (an id), the slug is the last segment of at least three words, if any: shorter
    ones are section names ("/politics-government/20241013-216478/").
    """
    return stems(_story_words(url))


def _story_words(url: str | None) -> tuple[str, ...]:
    """The words of the path segment :func:`story_slug` reads, in order."""
    if not url:
        return ()
    for n, words in enumerate(reversed(_path_segments(url))):
        if (n == 0 and words) or len(stems(words)) >= STORY_MIN:
            return words
    return ()


def one_word_key(url: str | None) -> str:
    """The letters of the story slug, when they are long enough to be a one-word headline.

    A one-word line is no headline ("Home", "Sport"), unless it spells the whole slug:
    "/words/maudlin.html" over "maudlin", "/bielerseewinterhechte--1026" over
    "Bielersee-Winterhechte".
    """
    key = "".join(_story_words(url))
    return key if len(key) >= _ONE_WORD_SLUG else ""


def names_the_story(text: str, story: set[str]) -> bool:
    """True when a line holds nearly all the words of a descriptive story slug.

    The headline can sit far from the found body start (a long teaser column between
    them, or a layout that puts the article under the page's fold); such a line is
    still the headline's best evidence, wherever it is.
    """
    if len(story) < STORY_MIN or len(text) > 300:
        return False
    need = _FAR_SLUG_SHARE * len(story)
    # Every stem a line shares is a substring of it: counting those first is a cheap
    # bound that skips splitting the many lines that share too few.
    lowered = text.casefold()
    if sum(stem in lowered for stem in story) < need:
        return False
    return slug_overlap(text, story) >= need


def story_lines(texts: list[str], story: set[str]) -> list[int]:
    """Indexes of the ``texts`` that :func:`names_the_story`, in order.

    The lines far from the body are many and nearly none names the story: each stem is
    looked for once in the lines joined, and only the lines holding enough stems are read
    on their own.
    """
    if len(story) < STORY_MIN or not texts:
        return []
    joined = "\n".join(texts)
    lowered = joined.casefold()
    folded = texts
    if len(lowered) != len(joined):
        # Case folding lengthened a text ("ß" to "ss"): offsets are counted per folded text.
        folded = [text.casefold() for text in texts]
        lowered = "\n".join(folded)
    # Where each text starts in the joined string: its offset plus one separator each.
    starts = list(map(int.__add__, accumulate(map(len, folded), initial=0), range(len(texts) + 1)))
    hits: dict[int, int] = {}
    for stem in story:
        # A stem is letters only: it never spans a separator, and a hit belongs to one
        # text; the search resumes at the next text, as a text counts a stem once.
        at = lowered.find(stem)
        while at >= 0:
            k = bisect_right(starts, at) - 1
            hits[k] = hits.get(k, 0) + 1
            at = lowered.find(stem, starts[k + 1])
    need = _FAR_SLUG_SHARE * len(story)
    return sorted(
        k
        for k, count in hits.items()
        if count >= need and len(texts[k]) <= 300 and slug_overlap(texts[k], story) >= need
    )


_DEK_RATIO = 1.5
"""A standfirst runs this many times the words of its headline, or more."""


def outspells(text: str, above: str, story: set[str]) -> bool:
    """True when ``text`` holds every stem of a descriptive story slug, ``above`` half or fewer.

    A standfirst tells more of the story than its headline, but the slug spells the
    headline: a line spelling all of it under a line nearly as long that spells little
    ("Tech More: Google Larry Page", a kicker, a tag row) is the headline, not a
    standfirst. A line running much longer may be a standfirst the slug was made from.
    """
    if len(story) < STORY_MIN or len(text.split()) >= _DEK_RATIO * len(above.split()):
        return False
    return slug_overlap(text, story) == len(story) and 2 * slug_overlap(above, story) <= len(story)


def slug_bonus(text: str, slug: set[str]) -> float:
    """Score for a line that shares two or more (or all) of the URL slug's stems."""
    overlap = slug_overlap(text, slug)
    if overlap >= 2 or overlap == len(slug):
        return 6.0 * overlap / len(slug)
    return 0.0


def slug_overlap(text: str, slug: set[str]) -> int:
    """How many word stems of ``text`` the URL slug holds."""
    if text.isascii():
        # ASCII case-folds letter for letter: the words of the folded line are the folded
        # words, and one fold serves them all.
        return len({w[:5] for w in _SLUG_WORD.findall(text.lower())} & slug)
    return len(stems(_SLUG_WORD.findall(text)) & slug)
