"""Headline candidates: declared titles confirmed by a visible block, and headline-like lines.

In a text dump the headline is a short, unpunctuated line shortly before the body,
usually just above the byline and date lines; the closer, the likelier. Declared titles
(JSON-LD, og:title, <title>) lose their " | Site" suffixes and win when the page shows
them (`headline_meta`).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterator

import attrs

from newsparse.dates import find_dates
from newsparse.document import BlockKind
from newsparse.extract import Candidate, Context
from newsparse.extract.byline import split_names
from newsparse.extract.features import CJK_CHAR, Cue
from newsparse.extract.headline_meta import (
    KICKER_WORDS,
    declared_titles,
    headline_from_meta,
    kicker_variant,
    strip_site_suffix,
)
from newsparse.extract.headline_slug import (
    names_the_story,
    one_word_key,
    slug_bonus,
    slug_overlap,
    slug_words,
    stems,
    story_slug,
)

__all__ = ["headline_from_meta", "headline_from_text", "strip_site_suffix"]

_WINDOW = 60
"""How many blocks before the body start are searched for the headline."""

_SENTENCE_WORDS = 16
"""A line of this many words ending in a period is a sentence, whatever precedes the period
("... launched Disney+."), not a headline."""

_LONG = 16
"""Words from which a line is long for a headline (standfirsts and captions run longer)."""

_LONG_CJK = 24
"""The same for CJK text, where every two characters count as a word: CJK headlines run
to 40 characters and more."""

_DEK_PENALTY = 1.5
"""Score taken from a line that follows a shorter headline-shaped line (a standfirst)."""

_DEK_CHAIN = 2
"""Standfirst lines under a headline that are told apart, one after another."""

_PIPE_PENALTY = 2.0
"""Score taken from a line holding a "|" (a page-title echo or a menu)."""

_DATELINE_WORDS = 14
"""Longest line read as the date line under a headline, in words."""

_SITE_TAIL_PENALTY = 2.0
"""Score taken from a line that ends with the site's name (a tagline or a page title)."""

_SITE_NAME_MIN = 5
"""Shortest site name looked for at the end of a line; shorter labels end words by chance."""

_SITE_NAME_MAX = 80
"""Characters of a line's end compared with site names."""

_MAX_WORDS = 40
"""Longest headline candidate, in words."""

_FIELD_LIST_PENALTY = 2.0
"""Score taken from a "Label: value" line among others (a fact box)."""

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

_KICKED_PENALTY = 8.0
"""Score taken from an <h1> that is a declared title plus or minus a kicker: the declared
form (from headline_from_meta) is the headline."""

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

_FIELD_LABEL = re.compile(r"[^\W\d_][^\W_]*(?:[ -][^\W\d_]+){0,2}:(?:\s|$)")
"""A line led by a short label and a colon ("ISO-Zahl: 640", "Date: ..."), in a fact box."""

_CLOCK_AFTER = re.compile(r"\W{0,4}(?:[^\W\d]{1,3}\s)?\d{1,2}[:h]\d{2}\b")
"""A clock time right after a date ("27 OCT 2012 - 12:14", "1 mars 2019 à 12:54"): a
timestamp, which no headline carries."""

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


def _in_menu_run(i: int, ctx: Context) -> bool:
    """True when both neighbours are one- to three-word lines with no gap: a menu.

    A short date line under the line ("May 3, 2024") is its dateline, not a menu item.
    """
    blocks, feats = ctx.doc.blocks, ctx.feats
    if i == 0 or i + 1 >= len(blocks):
        return False
    return (
        feats[i - 1].words <= 3
        and feats[i + 1].words <= 3
        and blocks[i].blank_before == 0
        and blocks[i + 1].blank_before == 0
        and not find_dates(blocks[i + 1].text)
    )


def _dated_below(i: int, ctx: Context) -> bool:
    """True when the next line is a short line holding a date, and the one after is not.

    A list of dates under a short line ("Any date", "10/12/2010", "10/11/2010") is a
    date picker or an archive menu, not a dateline.
    """
    blocks, feats = ctx.doc.blocks, ctx.feats
    j = i + 1
    return (
        j < len(blocks)
        and feats[j].words <= _DATELINE_WORDS
        and bool(find_dates(blocks[j].text))
        and not (j + 1 < len(blocks) and find_dates(blocks[j + 1].text))
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
    fullest: dict[str, str] = {}
    for n, c in enumerate(found):
        key = keys[n]
        if len(key) < _REPEAT_MIN:
            continue
        if key not in first or c.blocks[0] < found[first[key]].blocks[0]:
            first[key] = n
        best[key] = max(best.get(key, c.score), c.score)
        # A teaser copy cut short ("Headline…") adds dots, not the headline's punctuation.
        if len(c.value) > len(fullest.get(key, "")) and not c.value.endswith(("...", "…")):
            fullest[key] = c.value
    for n, c in enumerate(found):
        key = keys[n]
        # A copy with other punctuation or case (not the same text) is the flattened one.
        repeated = key in first and found[first[key]].value != c.value
        # A line that wraps a plausible candidate adds a crumb, kicker or widget text; a
        # breadcrumb trail ("Home » Section » Headline") wraps its last step at any score.
        margin = math.inf if len(_CRUMB.findall(c.value)) >= 2 else _REPEAT_MARGIN
        wraps = any(k != key and k in key and best[k] >= c.score - margin for k in first)
        score = c.score - _REPEAT_PENALTY if repeated or wraps else c.score
        # The copies say the same words: the one that kept its punctuation ("Kicker:
        # Headline") is how the headline is written, wherever the winner stands.
        full = fullest.get(key, "")
        # Only punctuation inside counts: a copy led by "> " or wrapped in quotes is a
        # teaser link or a quotation of the headline.
        inside = len(full) > len(c.value) and (full[0], full[-1]) == (c.value[0], c.value[-1])
        value = full if inside else c.value
        changed = score != c.score or value != c.value
        yield attrs.evolve(c, score=score, value=value) if changed else c


def _scored_lines(ctx: Context) -> Iterator[Candidate[str]]:
    blocks, feats, start = ctx.doc.blocks, ctx.feats, ctx.layout.start
    story = story_slug(ctx.doc.url)
    # A path whose longest segment holds no words ("/politics/20241013-216478/") names only
    # its sections: section labels, not the headline, would match it.
    slug = stems(slug_words(ctx.doc.url)) if story else set()
    declared = declared_titles(ctx) if ctx.doc.meta else []
    one_word = one_word_key(ctx.doc.url)
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
            start <= i < ctx.layout.end or not names_the_story(block.text, story)
        ):
            continue
        if _rejected(i, ctx, one_word):
            continue
        text = block.text
        score = 1.0 + 1.3 * math.log(feat.words) - 0.05 * distance
        long_from = _LONG_CJK if not text.isascii() and CJK_CHAR.search(text) else _LONG
        if feat.words > long_from:
            # Standfirsts and captions run longer than headlines.
            score -= 0.15 * (feat.words - long_from)
        score -= _clutter_penalty(i, ctx)
        if i >= start:
            score -= 1.5
        if feat.words <= 3 and not _dated_below(i, ctx):
            # Menu items are short; a short headline stands over its date line.
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
        if block.heading_level and declared and kicker_variant(feat.folded, declared):
            score -= _KICKED_PENALTY
        if text.isupper() and feat.words < 6:
            score -= 2.0
        if slug and not (dek and _shares_slug(i - 1, story, ctx)):
            # A standfirst tells more of the story than its headline, so it shares more
            # words with a descriptive URL slug: when the headline above it shares some
            # too, the slug cannot tell the two apart.
            # A one-word line is here because it spells the story slug: section words
            # earlier in the path do not count against it.
            score += slug_bonus(text, story if feat.words == 1 and one_word else slug)
        value = _mixed_case_copy(text, ctx, lo, hi) if text.isupper() else text
        yield Candidate(value=value, score=score, source=f"block:{i}", blocks=(i,))


def _rejected(i: int, ctx: Context, one_word: str) -> bool:
    """True for lines that cannot be a headline: hidden, cue words, sentences, dates, URLs.

    One word is too short for a headline, unless it is the page's <h1> or spells the
    story slug (``one_word``).
    """
    block, feat = ctx.doc.blocks[i], ctx.feats[i]
    text = block.text
    return (
        block.hidden
        or block.kind is BlockKind.CAPTION
        or (feat.cue is not Cue.NONE and not _asks_not_credits(text, feat.cue))
        or feat.words > _MAX_WORDS
        or (
            feat.words < 2
            and not (feat.words == 1 and block.heading_level == 1)
            and not (one_word and _NON_WORD.sub("", feat.folded) == one_word)
        )
        or (_TRAILING_PERIOD.search(text) is not None and not _two_sentence_headline(i, ctx))
        or (_QUOTE_STOP.search(text) is not None and text[0] not in "'\"“”„‘’‚«»")
        or len(text) > 300
        or (text.endswith(".") and feat.words >= _SENTENCE_WORDS)
        or _is_byline_or_date(text, feat.folded, ctx)
        or _URL_LIKE.search(text) is not None
        or _TIME_LED.match(text) is not None
    )


def _clutter_penalty(i: int, ctx: Context) -> float:
    """Score taken from breadcrumbs, photo captions, page-title echoes and share bars."""
    blocks, feats = ctx.doc.blocks, ctx.feats
    text, feat = blocks[i].text, feats[i]
    penalty = 3.0 if _is_breadcrumb(feat.folded, ctx) else 0.0
    # A credited photo caption, and (on top) a "Jane Roe, chief executive of Acme"
    # portrait caption.
    penalty += 2.0 * (
        ((i + 1 < len(blocks) and feats[i + 1].cue is Cue.CREDIT) or _has_credit(text, ctx))
        + (feat.words <= _CAPTION_WORDS and _NAME_ROLE.match(text) is not None)
    )
    if "|" in text:
        # No headline holds a pipe: "Title | Site" echoes a page title, and menus and
        # share bars use it between their items.
        penalty += _PIPE_PENALTY
    if feat.words >= 6 and _repeats_a_word(feat.folded):
        # Share bars and menus repeat their words ("Enviar a X Enviar a Y Enviar a Z").
        penalty += 2.0
    if _in_field_list(i, ctx):
        penalty += _FIELD_LIST_PENALTY
    if _ends_with_site_name(feat.folded, ctx):
        # "The press release service of Acme Wire": the site's tagline or title.
        penalty += _SITE_TAIL_PENALTY
    return penalty


def _in_field_list(i: int, ctx: Context) -> bool:
    """True for a "Label: value" line between two more: a fact box or a spec sheet.

    ("Exposure: 60 x 3 minutes" between "ISO: 640" and "Date: 31/08/2019".) A kicker
    before a headline ("Energy: ...") has no such neighbours.
    """
    blocks = ctx.doc.blocks
    return (
        0 < i < len(blocks) - 1
        and _FIELD_LABEL.match(blocks[i].text) is not None
        and _FIELD_LABEL.match(blocks[i - 1].text) is not None
        and _FIELD_LABEL.match(blocks[i + 1].text) is not None
    )


def _ends_with_site_name(folded: str, ctx: Context) -> bool:
    """True when a line ends with the site's name (spaces ignored), of five or more letters.

    Host names ("example.net") are left out: a post about the site itself names its
    domain ("15 years of example.net"); a tagline ends with the brand ("... of Acme Wire").
    """
    tail = folded.replace(" ", "")[-_SITE_NAME_MAX:]
    return any(
        len(name) >= _SITE_NAME_MIN and "." not in name and tail.endswith(name)
        for name in ctx.site_names
    )


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


def _shares_slug(i: int, slug: set[str], ctx: Context) -> bool:
    """True when block ``i`` is a headline-length line sharing words with the story slug."""
    text = ctx.doc.blocks[i].text
    return (
        ctx.feats[i].words >= KICKER_WORDS
        and not _URL_LIKE.search(text)
        and slug_overlap(text, slug) >= _SLUG_SHARED
    )


def _follows_shorter_title(i: int, ctx: Context, depth: int = 0) -> bool:
    """True when this line is a standfirst after its headline.

    The line before is a shorter, headline-shaped line that itself opens a run: it follows
    a menu, a short line or a date line; or it is a standfirst itself, as a second, longer
    standfirst line follows the first.
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
            or (depth < _DEK_CHAIN and _follows_shorter_title(i - 1, ctx, depth + 1))
        )
        and not _TRAILING_PERIOD.search(prev.text)
        and "|" not in prev.text
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
    if dates and (dates[0].start <= 2 or any(_CLOCK_AFTER.match(text, d.end) for d in dates)):
        return True
    return bool(dates) and (
        len(folded.split()) <= 12 or sum(m.end - m.start for m in dates) >= 0.3 * len(text)
    )
