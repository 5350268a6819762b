"""Headline candidates: declared titles confirmed by a visible block, and headline-like lines.

In a text dump the headline is a short, unpunctuated line shortly before the body,
usually just above the byline and date lines; the closer, the likelier. Declared titles
(JSON-LD, og:title, <title>) lose their " | Site" suffixes and win when the page shows
them.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterator
from typing import NamedTuple
from urllib.parse import urlsplit

import attrs

from newsparse.dates import find_dates
from newsparse.document import BlockKind
from newsparse.extract import Candidate, Context
from newsparse.extract.byline import split_names
from newsparse.extract.features import Cue
from newsparse.lexicon import fold

__all__ = ["headline_from_meta", "headline_from_text", "strip_site_suffix"]

_WINDOW = 60
"""How many blocks before the body start are searched for the headline."""

_SENTENCE_WORDS = 16
"""A line of this many words ending in a period is a sentence, whatever precedes the period
("... launched Disney+."), not a headline."""

_DEK_PENALTY = 1.5
"""Score taken from a line that follows a shorter headline-shaped line (a standfirst)."""

_HEADLINE_BASE = 5.0
"""Base score of a declared headline (JSON-LD headline, og:title...)."""

_TITLE_BASE = 2.5
"""Base score of a page title (<title>): often a section or site name around the headline."""

_NON_WORD = re.compile(r"[\W_]+")
"""Everything but letters and digits: the key under which repeated lines compare."""

_REPEAT_MIN = 12
"""Shortest key (letters and digits) compared for repeats; shorter lines repeat by chance."""

_REPEAT_PENALTY = 3.0
"""Score taken from a line that wraps another candidate or repeats an earlier one."""

_REPEAT_MARGIN = 2.0
"""A wrapped line counts when it scores at most this much below its wrapper."""

_SLUG_SHARED = 2
"""Slug stems a headline must share for the standfirst under it to lose its slug bonus."""

_STORY_MIN = 3
"""Stems a segment before an id needs to be the story slug rather than a section name."""

_FAR_SLUG_SHARE = 0.75
"""Share of a story slug's stems a line outside the window must hold to be a candidate."""

_KICKER_WORDS = 5
"""Longest kicker (topic label in front of a headline) that is told apart, in words."""

_KICKER_ENDS = " :-–—|·•»"
"""Punctuation between a kicker and its headline."""

_KICKED_PENALTY = 8.0
"""Score taken from an <h1> that is a declared title plus or minus a kicker: the declared
form (from headline_from_meta) is the headline."""

_SITE_SEPARATOR = re.compile(r"\s+[|–—•·:»-]\s+|\s+[|]\s*|\s*[|]\s+")
"""Separators between a title and a site name in ``<title>`` ("Headline | Site")."""

_SLUG_WORD = re.compile(r"[^\W\d_]{3,}")
"""Words of three or more letters in a URL path."""

_TRAILING_PERIOD = re.compile(r"(?:[^\W\d_]{3}\.|[:;,。、．])$")
"""Headlines do not end a sentence or a clause (abbreviations like "U.S." are fine), in
Latin or in CJK punctuation ("。", "、")."""

_QUOTE_STOP = re.compile(r"[^\W\d_]{3}\.['\"“”‘’»]$")
"""A sentence ending inside a closing quote ('sagte: „... fortsetzen.“'): a headline may
only be the quote itself, opening with its quote mark."""

_SENTENCE_BREAK = re.compile(r"[^\W\d_]{3}[.?!] [^\W\d_]")
"""The end of one sentence and the start of the next, inside a line."""

_URL_LIKE = re.compile(r"^(?:https?://|www\.)\S+$|://")
"""A line that is (or holds) a URL."""

_CRUMB = re.compile(r"\s?[›»>]\s?|\s[|/]\s|\s\d\s")
"""Breadcrumb separators between menu words ("Home › World", "Home>Politics", "Home 9 News")."""

_TIME_LED = re.compile(r"^\d{1,2}[:h.]\d{2}\b")
"""A line that opens with a clock time ("9h00 - ...", "17:45 Uhr")."""

_PAREN = re.compile(r"[(（]([^()（）]{1,80})[)）]")
"""Bracketed asides, where photo captions keep their credits: "(Credit: AP/Name)"."""


_NAME_ROLE = re.compile(r"^(?:[A-Z][\w'’.-]+ ){1,3}?[A-Z][\w'’-]+, (?:the |a |an )?[a-z]")
"""A name, a comma and a lower-case role: the shape of a portrait caption."""

_CAPTION_WORDS = 8
"""Longest "Name, role" line read as a portrait caption, in words."""

_LABEL = re.compile(r"(?<!\w)([^\W\d_]{4,}):\s")
"""A word used as a label ("Photograph: ", "Foto: "); credit labels mark captions."""

_CREDIT_TAIL = re.compile(r"\([^()/]*[^\W\d_]\s?/\s?[^\W\d_][^()/]*\)$")
"""A closing "(Name/Agency)" aside, the shape of a photo credit ("(Jane Roe/AFP)")."""


def strip_site_suffix(title: str, site_names: frozenset[str]) -> str:
    """Drop a trailing (or leading) " | Site" part from a declared title."""
    parts = _SITE_SEPARATOR.split(title)
    if len(parts) < 2:
        return title
    if site_names:
        kept = [
            p for p in parts if fold(p) not in site_names and not _looks_like_domain(p, site_names)
        ]
        if kept and len(kept) < len(parts):
            return " - ".join(kept) if len(kept) > 1 else kept[0]
    longest = max(parts, key=len)
    if len(longest) >= 0.5 * len(title):
        return longest
    return title


def _looks_like_domain(part: str, site_names: frozenset[str]) -> bool:
    folded = fold(part).replace(" ", "")
    return any(name.replace(" ", "") == folded for name in site_names)


def slug_words(url: str | None) -> frozenset[str]:
    """Return the folded words of a URL's path (headline evidence)."""
    if not url:
        return frozenset()
    path = urlsplit(url).path
    return frozenset(
        w.casefold() for w in _SLUG_WORD.findall(path.replace("-", " ").replace("_", " "))
    )


def _stems(words: list[str] | frozenset[str]) -> set[str]:
    """Five-letter stems, so that "tornadoes" in a headline meets "tornado" in a slug."""
    return {w.casefold()[:5] for w in words}


def _in_menu_run(i: int, ctx: Context) -> bool:
    """True when both neighbours are one- to three-word lines with no gap: a menu."""
    blocks, feats = ctx.doc.blocks, ctx.feats
    if i == 0 or i + 1 >= len(blocks):
        return False
    return (
        feats[i - 1].words <= 3
        and feats[i + 1].words <= 3
        and blocks[i].blank_before == 0
        and blocks[i + 1].blank_before == 0
    )


def _followed_by_byline_or_date(i: int, ctx: Context) -> bool:
    for j in range(i + 1, min(len(ctx.doc.blocks), i + 5)):
        text, folded = ctx.doc.blocks[j].text, ctx.feats[j].folded
        if ctx.feats[j].words <= 14 and (find_dates(text) or _has_byline_prefix(folded, ctx)):
            return True
    return False


def headline_from_text(ctx: Context) -> Iterator[Candidate[str]]:
    """Propose visible lines before (or at) the body start, scored by headline shape and place."""
    return _demote_repeats(list(_scored_lines(ctx)))


def _demote_repeats(found: list[Candidate[str]]) -> Iterator[Candidate[str]]:
    """Lower lines that repeat another candidate with extras, or repeat an earlier one.

    Pages show the headline again in breadcrumbs ("Home » Section » Headline"), share bars
    ("Share ... for: Headline"), video players ("Headline Back to video") or a second,
    flattened copy ("Kicker Headline" for "Kicker: Headline"). The bare, first copy is the
    headline. The window bounds the candidates, so the pairwise check stays small.
    """
    keys = [_NON_WORD.sub("", c.value.casefold()) for c in found]
    first: dict[str, int] = {}
    best: dict[str, float] = {}
    for n, c in enumerate(found):
        key = keys[n]
        if len(key) < _REPEAT_MIN:
            continue
        if key not in first or c.blocks[0] < found[first[key]].blocks[0]:
            first[key] = n
        best[key] = max(best.get(key, c.score), c.score)
    for n, c in enumerate(found):
        key = keys[n]
        # A copy with other punctuation or case (not the same text) is the flattened one.
        repeated = key in first and found[first[key]].value != c.value
        # A line that wraps a plausible candidate adds a crumb, kicker or widget text; a
        # breadcrumb trail ("Home » Section » Headline") wraps its last step at any score.
        margin = math.inf if len(_CRUMB.findall(c.value)) >= 2 else _REPEAT_MARGIN
        wraps = any(k != key and k in key and best[k] >= c.score - margin for k in first)
        yield attrs.evolve(c, score=c.score - _REPEAT_PENALTY) if repeated or wraps else c


def _scored_lines(ctx: Context) -> Iterator[Candidate[str]]:
    blocks, feats, start = ctx.doc.blocks, ctx.feats, ctx.layout.start
    story = story_slug(ctx.doc.url)
    # A path whose longest segment holds no words ("/politics/20241013-216478/") names only
    # its sections: section labels, not the headline, would match it.
    slug = _stems(slug_words(ctx.doc.url)) if story else set()
    declared = _declared_titles(ctx) if ctx.doc.meta else []
    lo = max(0, start - _WINDOW)
    hi = min(len(blocks), start + 3) if start < len(blocks) else len(blocks)
    distance = 0.0
    for i in _line_order(len(blocks), hi):
        block, feat = blocks[i], feats[i]
        if i < start and feat.cue is Cue.NONE:
            distance += 1.0 if feat.words > 3 else 0.25
        if not lo <= i < hi and (
            # A body subheading may repeat the slug's words; only lines outside the body
            # can be a misplaced headline.
            start <= i < ctx.layout.end or not _names_the_story(block.text, story)
        ):
            continue
        if (
            block.hidden
            or block.kind is BlockKind.CAPTION
            or (feat.cue is not Cue.NONE and not _asks_not_credits(block.text, feat.cue))
            or (not 2 <= feat.words <= 40 and not (feat.words == 1 and block.heading_level == 1))
        ):
            continue
        text = block.text
        if (
            (_TRAILING_PERIOD.search(text) and not _two_sentence_headline(i, ctx))
            or (_QUOTE_STOP.search(text) and text[0] not in "'\"“”„‘’‚«»")
            or len(text) > 300
            or (text.endswith(".") and feat.words >= _SENTENCE_WORDS)
        ):
            continue
        if (
            _is_byline_or_date(text, feat.folded, ctx)
            or _URL_LIKE.search(text)
            or _TIME_LED.match(text)
        ):
            continue
        score = 1.0 + 1.3 * math.log(feat.words) - 0.05 * distance
        if feat.words > 16:
            # Standfirsts and captions run longer than headlines.
            score -= 0.15 * (feat.words - 16)
        if _is_breadcrumb(feat.folded, ctx):
            score -= 3.0
        # A credited photo caption, and (on top) a "Jane Roe, chief executive of Acme"
        # portrait caption.
        score -= 2.0 * (
            ((i + 1 < len(blocks) and feats[i + 1].cue is Cue.CREDIT) or _has_credit(text, ctx))
            + (feat.words <= _CAPTION_WORDS and _NAME_ROLE.match(text) is not None)
        )
        if feat.words >= 6 and _repeats_a_word(feat.folded):
            # Share bars and menus repeat their words ("Enviar a X Enviar a Y Enviar a Z").
            score -= 2.0
        if i >= start:
            score -= 1.5
        if feat.words <= 3:
            score -= 1.5
        if _in_menu_run(i, ctx):
            score -= 1.5
        if _followed_by_byline_or_date(i, ctx):
            score += 1.0
        dek = _follows_shorter_title(i, ctx)
        if dek:
            # A standfirst runs longer than the headline it follows.
            score -= _DEK_PENALTY
        if block.heading_level == 1:
            score += 4.0
        elif block.kind is BlockKind.HEADING:
            score += 1.0
        if block.heading_level and declared and _kicker_variant(feat.folded, declared):
            score -= _KICKED_PENALTY
        if text.isupper() and feat.words < 6:
            score -= 2.0
        if slug and not (dek and _shares_slug(i - 1, story, ctx)):
            # A standfirst tells more of the story than its headline, so it shares more
            # words with a descriptive URL slug: when the headline above it shares some
            # too, the slug cannot tell the two apart.
            score += _slug_bonus(text, slug)
        value = _mixed_case_copy(text, ctx, lo, hi) if text.isupper() else text
        yield Candidate(value=value, score=score, source=f"block:{i}", blocks=(i,))


def _asks_not_credits(text: str, cue: Cue) -> bool:
    """True for a "credit" (a slash between words) that ends in "?" or "!": a headline.

    "Can fish feel pain / suffer?" has the slash of "Name / Agency", but no photo credit
    asks or exclaims.
    """
    return cue is Cue.CREDIT and text.endswith(("?", "!")) and not text.startswith("©")


def _two_sentence_headline(i: int, ctx: Context) -> bool:
    """True for a short line of two sentences between a kicker or menu and a byline.

    Some headlines are a statement and its turn ("X fell. Why you shouldn't worry."), so
    they end in a period; the short line over them, the byline under them and their
    length set them apart from the body's first sentences, captions and footers.
    """
    text = ctx.doc.blocks[i].text
    return (
        (i == 0 or ctx.feats[i - 1].words <= 3)
        and text.endswith(".")
        and ctx.feats[i].words < _SENTENCE_WORDS
        and _SENTENCE_BREAK.search(text[:-1]) is not None
        and _followed_by_byline_or_date(i, ctx)
    )


def _line_order(count: int, hi: int) -> Iterator[int]:
    """Block indexes upwards from the end of the window, then the blocks under it."""
    yield from range(hi - 1, -1, -1)
    yield from range(hi, count)


def _names_the_story(text: str, story: set[str]) -> bool:
    """True when a line holds nearly all the words of a descriptive story slug.

    The headline can sit far from the found body start (a long teaser column between
    them, or a layout that puts the article under the page's fold); such a line is
    still the headline's best evidence, wherever it is.
    """
    if len(story) < _STORY_MIN or len(text) > 300:
        return False
    overlap = _slug_overlap(text, story)
    return overlap >= _FAR_SLUG_SHARE * len(story)


def _mixed_case_copy(text: str, ctx: Context, lo: int, hi: int) -> str:
    """The same words as written elsewhere in the window, when a copy is not upper-case.

    Style sheets upper-case headlines on screen ("HOMEMADE PEAR JAM"); a breadcrumb or a
    second copy often keeps the case the headline was written in.
    """
    lowered = text.lower()
    if len(lowered) != len(text):
        return text
    for j in range(lo, hi):
        other = ctx.doc.blocks[j].text
        folded = other.lower()
        at = folded.find(lowered) if len(folded) == len(other) else -1
        if at >= 0 and not other[at : at + len(text)].isupper():
            return other[at : at + len(text)]
    return text


def _slug_bonus(text: str, slug: set[str]) -> float:
    """Score for a line that shares two or more (or all) of the URL slug's stems."""
    overlap = _slug_overlap(text, slug)
    if overlap >= 2 or overlap == len(slug):
        return 6.0 * overlap / len(slug)
    return 0.0


def _slug_overlap(text: str, slug: set[str]) -> int:
    """How many word stems of ``text`` the URL slug holds."""
    return len(_stems(_SLUG_WORD.findall(text)) & slug)


def story_slug(url: str | None) -> set[str]:
    """Word stems of the last segment of a URL path: the story's own slug.

    Earlier segments name sections ("/smart-news/", "/the-control-of-nature/"), which
    kickers and section labels over the headline repeat. After a last segment without
    words (an id), the slug is the last segment of at least three words, if any: shorter
    ones are section names ("/politics-government/20241013-216478/").
    """
    if not url:
        return set()
    for n, segment in enumerate(reversed([p for p in urlsplit(url).path.split("/") if p])):
        stems = _stems(_SLUG_WORD.findall(segment.replace("-", " ").replace("_", " ")))
        if (n == 0 and stems) or len(stems) >= _STORY_MIN:
            return stems
    return set()


def _shares_slug(i: int, slug: set[str], ctx: Context) -> bool:
    """True when block ``i`` is a headline-length line sharing words with the story slug."""
    text = ctx.doc.blocks[i].text
    return (
        ctx.feats[i].words >= _KICKER_WORDS
        and not _URL_LIKE.search(text)
        and _slug_overlap(text, slug) >= _SLUG_SHARED
    )


def _follows_shorter_title(i: int, ctx: Context) -> bool:
    """True when this line is a standfirst after its headline.

    The line before is a shorter, headline-shaped line that itself opens a run: it follows
    a menu, a short line or a date line.
    """
    if i < 2:
        return False
    blocks, feats = ctx.doc.blocks, ctx.feats
    prev, feat = blocks[i - 1], feats[i - 1]
    before = blocks[i - 2]
    return (
        not prev.hidden
        and blocks[i].blank_before <= 1
        and feat.cue is Cue.NONE
        and 4 <= feat.words < feats[i].words
        and sum(c.isalpha() for c in prev.text) >= 0.5 * len(prev.text)
        and (
            feats[i - 2].words <= 3
            or feats[i - 2].cue is not Cue.NONE
            or _is_byline_or_date(before.text, feats[i - 2].folded, ctx)
        )
        and not _TRAILING_PERIOD.search(prev.text)
        and not _is_breadcrumb(feat.folded, ctx)
        and not _is_byline_or_date(prev.text, feat.folded, ctx)
    )


def _repeats_a_word(folded: str) -> bool:
    """True when one word makes up at least 30% of the words, three times or more."""
    counts = Counter(folded.split())
    top = max(counts.values(), default=0)
    return top >= 3 and top >= 0.3 * sum(counts.values())


def _has_credit(text: str, ctx: Context) -> bool:
    """True when a bracketed aside or a "Photo: Name" label holds a photo credit: a caption."""
    if _CREDIT_TAIL.search(text):
        return True
    for match in _LABEL.finditer(text):
        label = match[1].casefold()
        if any(label.startswith(cue) for cue in ctx.lex.credit_cues if len(cue) >= 4):
            return True
    for match in _PAREN.finditer(text):
        inner = match[1].casefold()
        if any(cue in inner for cue in ctx.lex.credit_cues) or "撮影" in inner:
            return True
    return False


def _is_breadcrumb(folded: str, ctx: Context) -> bool:
    """A trail of menu words: a navigation word first and separators between words."""
    first = folded.split(" ", 1)[0]
    return len(_CRUMB.findall(folded)) >= 2 or (
        first in ctx.lex.navigation_lines and bool(_CRUMB.search(folded))
    )


def _has_byline_prefix(folded: str, ctx: Context) -> bool:
    return ctx.lex.byline_prefix.match(folded) is not None


def _is_byline_or_date(text: str, folded: str, ctx: Context) -> bool:
    """Lines that open with a byline prefix or hold a full date are not headlines."""
    if _has_byline_prefix(folded, ctx) and len(folded.split()) <= 20 and split_names(text, ctx.lex):
        return True
    dates = find_dates(text)
    if dates and dates[0].start <= 2:
        return True
    return bool(dates) and (
        len(folded.split()) <= 12 or sum(m.end - m.start for m in dates) >= 0.3 * len(text)
    )


class _Declared(NamedTuple):
    value: str
    folded: str
    source: str
    base: float
    whole: bool


def _declared_titles(ctx: Context) -> list[_Declared]:
    """Declared headlines and titles, site suffixes removed."""
    found: list[_Declared] = []
    for item in ctx.doc.meta:
        if item.key not in ("headline", "title"):
            continue
        value = (
            strip_site_suffix(item.value, ctx.site_names)
            if item.key == "title" or "og:" in item.source
            else item.value
        )
        value = " ".join(value.split())
        if value:
            base = _HEADLINE_BASE if item.key == "headline" else _TITLE_BASE
            # A declared headline kept whole can tell a kicker; a page title, or a value
            # that lost a part as a site name, cannot.
            whole = item.key == "headline" and value == " ".join(item.value.split())
            found.append(_Declared(value, fold(value), item.source, base, whole))
    return found


def _kicker_pair(longer: str, shorter: str) -> bool:
    """True when ``longer`` is ``shorter`` behind a short kicker ("Kultur: Title").

    Also true for the same words with a space lost or added (markup between two words
    renders as "Title:Subtitle"): the declared form keeps the space.
    """
    if longer != shorter and longer.replace(" ", "") == shorter.replace(" ", ""):
        return True
    if len(longer) <= len(shorter) or not longer.endswith(shorter):
        return False
    kicker = longer[: len(longer) - len(shorter)]
    if kicker[-1:].isalnum():
        return False
    words = kicker.strip(_KICKER_ENDS).split()
    return 1 <= len(words) <= _KICKER_WORDS


def _kicker_variant(folded: str, declared: list[_Declared]) -> bool:
    """True when a heading is a declared headline (not a page title) behind a kicker."""
    return any(d.whole and _kicker_pair(folded, d.folded) for d in declared)


def headline_from_meta(ctx: Context) -> Iterator[Candidate[str]]:
    """Propose declared headlines; a match with a visible block both raises and claims it."""
    declared = _declared_titles(ctx)
    if not declared:
        # Text dumps declare nothing: skip folding every block.
        return
    visible: dict[str, int] = {}
    for block in ctx.doc.blocks:
        if not block.hidden and len(block.text) < 400:
            # The first block showing the title is the headline; later ones are teasers.
            visible.setdefault(fold(block.text), block.index)
    headings = [(fold(b.text), b.index) for b in ctx.doc.blocks if b.heading_level and not b.hidden]
    for value, folded, source, base, whole in declared:
        index = visible.get(folded)
        if index is not None:
            bonus = 4.0 if ctx.doc.blocks[index].heading_level == 1 else 3.0
            yield Candidate(
                value=ctx.doc.blocks[index].text,
                score=base + bonus,
                source=source,
                blocks=(index,),
            )
            continue
        kicked = next((i for h, i in headings if _kicker_pair(h, folded)), None) if whole else None
        if kicked is not None:
            # A heading of the page is this headline behind a kicker ("Kultur: ..."): the declared
            # form is the headline, and the heading is where it shows.
            yield Candidate(value=value, score=base + 3.5, source=source, blocks=(kicked,))
        else:
            yield Candidate(value=value, score=base - 1.0, source=source)
