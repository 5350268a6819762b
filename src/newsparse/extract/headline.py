"""Headline candidates: declared titles confirmed by a visible block, and headline-like lines.

In a text dump the headline is a short, unpunctuated line shortly before the body,
usually just above the byline and date lines; the closer, the likelier. Declared titles
(JSON-LD, og:title, <title>) lose their " | Site" suffixes and win when the page shows
them (`headline_meta`). What a line looks like besides (a byline, a date, a credit, a
breadcrumb, a standfirst) is tested in `headline_lines` (the line's own shape) and
`headline_around` (the lines around it).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from typing import NamedTuple

import attrs

from newsparse.document import Block, BlockKind, DumpKind
from newsparse.extract import Candidate, Context
from newsparse.extract.byline_names import word_sets
from newsparse.extract.features import Cue, Features
from newsparse.extract.headline_around import (
    DATED_BELOW_REACH,
    SIGNED_REACH,
    dated_above,
    dated_below,
    followed_by_byline_or_date,
    follows_shorter_title,
    in_field_list,
    in_menu_run,
    prefixed_byline,
    short_line_score,
    signed_below,
    two_sentence_headline,
    under_sign_up,
)
from newsparse.extract.headline_lines import (
    FULL_STOP_CHARS,
    SENTENCE_BREAK,
    SENTENCE_WORDS,
    URL_LIKE,
    asks_not_credits,
    ends_clause,
    ends_with_site_name,
    glued_cjk_items,
    glued_steps,
    has_credit,
    is_breadcrumb,
    is_byline_or_date,
    link_run,
    mixed_case_copy,
    names_line,
    repeats_a_word,
    shares_slug,
    without_caps_kicker,
)
from newsparse.extract.headline_meta import (
    Declared,
    crumb_heading,
    declared_titles,
    headline_from_meta,
    kicker_variant,
    strip_site_suffix,
)
from newsparse.extract.headline_repeats import NON_WORD, demote_repeats, trail_end
from newsparse.extract.headline_slug import (
    STORY_MIN,
    one_word_key,
    outspells,
    slug_bonus,
    slug_words,
    spells_a_section,
    stems,
    story_lines,
    story_slug,
)
from newsparse.extract.headline_window import glued_menu, menu_items, teaser_box, window_end
from newsparse.extract.text_counts import CJK_CHAR

# Enum members read as module constants: on Python 3.11 an enum member read costs a
# metaclass attribute lookup (~8 times a global read), and these are read per block or line.
_BLOCK_CAPTION = BlockKind.CAPTION
_BLOCK_HEADING = BlockKind.HEADING
_CUE_CREDIT = Cue.CREDIT
_CUE_NONE = Cue.NONE
_CUE_SIDEBAR_HEADING = Cue.SIDEBAR_HEADING
_DUMP_HTML = DumpKind.HTML

__all__ = ["headline_from_meta", "headline_from_text", "strip_site_suffix"]

_WINDOW = 60
"""How many blocks before the body start are searched for the headline."""


_LONG = 16
"""Words from which a line is long for a headline (standfirsts and captions run longer)."""

_LONG_CJK = 24
"""The same for CJK text, where every two characters count as a word: CJK headlines run
to 40 characters and more."""

_SIGNED_SCORE = 1.5
"""Score given to a line over both its byline and a date (:func:`signed_below`); a line
over one of them gets 1: a teaser may stand over a date line or a name."""

_DEK_PENALTY = 1.5
"""Score taken from a line that follows a shorter headline-shaped line (a standfirst)."""


_TWO_SENTENCES_PENALTY = 1.5
"""Score taken from a long line holding two sentences (a standfirst)."""


_PIPE_PENALTY = 2.0
"""Score taken from a line holding a "|" (a page-title echo or a menu)."""


_SITE_TAIL_PENALTY = 2.0
"""Score taken from a line that ends with the site's name (a tagline or a page title)."""


_NAMES_PENALTY = 2.0
"""Score taken from a line that is only person names (a bare byline)."""

_MAX_WORDS = 40
"""Longest headline candidate, in words."""

_GLUED_MENU_PENALTY = 3.0
"""Score taken from a line made of the window's menu items glued together."""

_SPACELESS_LANGS = ("zh", "ja")
"""Languages written without spaces between words, where a spaced line may be a glued
row of links (:func:`glued_cjk_items`); the test runs on their pages only."""

_GLUED_STEPS_PENALTY = 3.0
"""Score taken from a line holding glued trail steps (a breadcrumb's penalty)."""

_FIELD_LIST_PENALTY = 2.0
"""Score taken from a "Label: value" line among others (a fact box)."""

_SENTENCE_PROSE = 0.6
"""Prose strength of a line of six words or more that ends in a stop (see features)."""

_RUNNING_TEXT_PENALTY = 3.0
"""Score taken from a body sentence that follows another one."""

_CUT_SHORT = ("..", "…")
"""Ends of a teaser cut short, which read as a sentence's stop."""


_TEASER_PENALTY = 3.0
"""Score taken from a line of a text dump's teaser box (see :func:`teaser_box`)."""


_KICKED_PENALTY = 8.0
"""Score taken from an <h1> that is a declared title plus or minus a kicker: the declared
form (from headline_from_meta) is the headline."""


_QUOTE_STOP = re.compile(r"[^\W\d_]{3}\.['\"“”‘’»]$")
"""A sentence ending inside a closing quote ('sagte: „... fortsetzen.“'): a headline may
only be the quote itself, opening with its quote mark. A match is at most five characters,
before the end or a final newline: only the last six characters are searched."""


_QUOTE_MARKS = "'\"“”„‘’‚«»"
"""Quote marks, opening or closing, in the languages of the corpus."""


_QUOTE_ENDS = ("'", '"', "“", "”", "‘", "’", "»", "\n")
"""The last characters a :data:`_QUOTE_STOP` match leaves: most lines end otherwise."""


_TIME_LED = re.compile(r"^\d{1,2}[:h.]\d{2}\b")
"""A line that opens with a clock time ("9h00 - ...", "17:45 Uhr")."""


_MARKED = re.compile(r"[>»•*·▪◦‣⁃–-]+\s")
"""A line opening with a list or quote mark and a space ("> Title", "• Item", "» More")."""

_MARK_SIGNS = frozenset(">»•*·▪◦‣⁃–-")
"""The characters a :data:`_MARKED` line opens with."""

_MARKED_PENALTY = 2.0
"""Score taken from a :data:`_MARKED` line: an item of a list (of teasers, links, facts)."""

_NAME_ROLE = re.compile(r"^(?:[A-Z][\w'’.-]+ ){1,3}?[A-Z][\w'’-]+, (?:the |a |an )?[a-z]")
"""A name, a comma and a lower-case role: the shape of a portrait caption."""

_CAPTION_WORDS = 8
"""Longest "Name, role" line read as a portrait caption, in words."""


def headline_from_text(ctx: Context) -> Iterator[Candidate[str]]:
    """Propose visible lines before (or at) the body start, scored by headline shape and place."""
    found = demote_repeats(list(_scored_lines(ctx)))
    return _settle_contenders(found, ctx.lex.navigation_lines)


def _settle_contenders(
    found: list[Candidate[str]], nav: frozenset[str]
) -> Iterator[Candidate[str]]:
    """Lower contenders holding glued trail steps; give a trail its last step as value.

    Only a line within the glued-steps penalty of the best score can lose the lead to
    it, and only a leading line's value is read: the others are not searched, which
    spares a regex pass over every line of the window. A trail whose separators were
    icons ("Home Section Headline") names the page in its last step (:func:`trail_end`).
    """
    top = max((c.score for c in found), default=0.0)
    for c in found:
        if c.score <= top - _GLUED_STEPS_PENALTY:
            yield c
        elif glued_steps(c.value):
            yield attrs.evolve(c, score=c.score - _GLUED_STEPS_PENALTY)
        else:
            step = trail_end(c.value, nav, found)
            yield attrs.evolve(c, value=step) if step else c


class _Page(NamedTuple):
    """What every line's score reads of the page: the URL's slugs, declared titles, window."""

    story: set[str]
    """Stems of the story's own slug (:func:`story_slug`)."""
    slug: set[str]
    """Stems of the whole path, or none when the story slug is empty."""
    declared: list[Declared]
    """Declared headlines and titles (:func:`declared_titles`)."""
    one_word: str
    """The slug's letters a one-word headline spells (:func:`one_word_key`)."""
    lo: int
    """First block of the window."""
    hi: int
    """The block after the window (:func:`window_end`)."""


def _page(ctx: Context) -> _Page:
    url = ctx.doc.url
    story = story_slug(url)
    # A path whose longest segment holds no words ("/politics/20241013-216478/") names only
    # its sections: section labels, not the headline, would match it.
    slug = stems(slug_words(url)) if story else set()
    declared = declared_titles(ctx) if ctx.doc.meta else []
    lo = max(0, ctx.layout.start - _WINDOW)
    return _Page(story, slug, declared, one_word_key(url), lo, window_end(ctx))


def _scored_lines(ctx: Context) -> Iterator[Candidate[str]]:
    blocks, feats, start, chrome = ctx.doc.blocks, ctx.feats, ctx.layout.start, ctx.chrome
    story, slug, declared, one_word, lo, hi = _page(ctx)
    near = 0.0
    # The window's lines upwards from its end, then the lines outside it that name the
    # story (see _far_lines), upwards over it, then downwards under it.
    order: list[int] | range = range(hi - 1, lo - 1, -1)
    far = _far_lines(ctx, story, lo, hi)
    if far:
        order = [*order, *far]
    below = _distances(ctx, lo) if far else []
    boxed, items, (heads, bullets) = (
        teaser_box(ctx, lo, hi),
        menu_items(ctx, lo, hi),
        _bullet_runs(ctx, lo, hi),
    )
    for i in order:
        block, feat = blocks[i], feats[i]
        if lo <= i < hi:
            if i < start and feat.cue is _CUE_NONE:
                near += 1.0 if feat.words > 3 else 0.25
            distance = near
        else:
            # Over the window, the lines down to the window count too; under it, all of
            # them (the window's last line is past the body start).
            distance = near + (below[i] if i < lo else below[0])
        if (chrome and chrome[i] is not None) or _rejected(i, block, feat, ctx, one_word):
            # The page chrome (a menu, an aside, a page footer, a hidden line) holds no
            # headline; it is still the neighbour that the lines around it read.
            continue
        text = block.text
        # A trail of menu words: read by the clutter penalty and the slug score alike.
        # A heading set in a breadcrumb trail is its last step (crumb_heading).
        trail = bool(declared) and crumb_heading(block, feat.folded, declared)
        crumb = trail or is_breadcrumb(feat.folded, ctx)
        score = 1.0 + 1.3 * math.log(feat.words) - 0.05 * distance
        # A standfirst bullet (_bullet_runs) is as long as a headline and nearer the byline.
        score -= (
            _length_penalty(text, feat.words)
            + _clutter_penalty(i, crumb, ctx, items)
            + (_BULLET_PENALTY if i in bullets else 0.0)
        )
        if i >= start:
            score -= _in_body_penalty(i, ctx)
        if i in boxed or under_sign_up(i, ctx):
            # A teaser box's line, or a newsletter box's pitch under its button.
            score -= _TEASER_PENALTY
        if feat.words <= 3:
            score += short_line_score(i, ctx)
        menu, caps = in_menu_run(i, ctx), text.isupper() and feat.words < 6
        if (menu or caps) and i + 1 < len(blocks) and _over_short_byline(i, ctx):
            # A line right over "By Jane Doe" is a headline, whatever its case or
            # neighbours (tested last: few lines are a menu item or upper case).
            menu = caps = False
        if menu:
            score -= 1.5
        if followed_by_byline_or_date(i, ctx) or _under_date_line(i, ctx):
            score += _SIGNED_SCORE if signed_below(i, ctx) else 1.0
        dek = (
            i not in heads
            and follows_shorter_title(i, ctx)
            and not outspells(text, blocks[i - 1].text, story)
            and not (slug and _trail_end(i - 1, ctx))
        )
        if dek:
            # A standfirst runs longer than the headline it follows.
            score -= _DEK_PENALTY
        score += _heading_score(block, trail)
        if block.heading_level and declared and kicker_variant(text, feat.folded, declared):
            score -= _KICKED_PENALTY
        if caps:
            score -= 2.0
        if slug and not (dek and _slug_blind(i - 1, story, ctx)) and not _trail_end(i, ctx):
            # A standfirst tells more of the story than its headline, so it shares more
            # words with a descriptive URL slug: when the headline above it shares some
            # too, or quotes someone, the slug cannot tell the two apart.
            # A one-word line is here because it spells the story slug: section words
            # earlier in the path do not count against it.
            score += _slug_score(
                text, crumb, story if feat.words == 1 and one_word else slug, story
            )
        value = mixed_case_copy(text, ctx, lo, hi) if text.isupper() else without_caps_kicker(text)
        yield Candidate(value=value, score=score, source=f"block:{i}", blocks=(i,))


_BULLET_MIN = 3
"""Fewest glued lines under a longer one that make a run of standfirst bullets."""

_BULLET_WORDS = 4
"""Fewest words of a standfirst bullet (shorter glued lines are menu items)."""

_GLUED_RUN_MIN = 5
"""Fewest glued headline-shaped lines that make a list of subtitles or teaser titles."""

_GLUED_RUN_WORDS = 15
"""Most words of a line of such a list."""

_BULLET_PENALTY = 1.5
"""Score taken from a standfirst bullet (see :func:`_bullet_runs`)."""


_KICKER_TOKENS = frozenset(
    {"kicker", "strapline", "topline", "overline", "dachzeile", "eyebrow", "supertitle", "roofline"}
)
"""Class/id tokens of a kicker (the topic line over a headline), ``<h1 class="strapline">``."""


def _heading_score(block: Block, trail: bool) -> float:
    """Score a heading adds: an ``<h1>`` marks the headline, unless it is a trail's step.

    ``trail`` tells whether the heading is a breadcrumb's step while the page marks its
    headline elsewhere (:func:`crumb_heading`): it counts as any other heading. So does an
    ``<h1>`` its class names a kicker (:data:`_KICKER_TOKENS`): some pages set the topic
    line in the ``<h1>`` and the headline in an ``<h2>`` under it.
    """
    if block.heading_level == 1 and not trail and block.tokens.isdisjoint(_KICKER_TOKENS):
        return 4.0
    return 1.0 if block.kind is _BLOCK_HEADING else 0.0


def _bullet_runs(ctx: Context, lo: int, hi: int) -> tuple[set[int], set[int]]:
    """The window's headlines over standfirst bullets, and the bullets.

    Some pages print a few bullet points under the headline, each a line glued to the
    one over it and shorter than the headline, which opens a paragraph; the byline or
    date line (or a credit) follows them. Each bullet is as long as a headline and
    nearer the byline, and the headline is no standfirst of a kicker over it. A list of
    teasers glued to the lines over it opens no run.
    """
    blocks, feats, dated = ctx.doc.blocks, ctx.feats, ctx.block_dates
    heads: set[int] = set()
    bullets: set[int] = set()
    h, n = lo, len(blocks)
    while h < hi:
        if not blocks[h].blank_before or feats[h].cue is not _CUE_NONE:
            h += 1  # most lines: no paragraph-opening line, no run to read
            continue
        words, j = feats[h].words, h + 1
        while (
            j < n
            # A text rendering of HTML sets a blank line between the headline and the list.
            and (j == h + 1 or not blocks[j].blank_before)
            and feats[j].cue is _CUE_NONE
            and _BULLET_WORDS <= feats[j].words < words
            and not dated[j]
            and blocks[j].text[-1:] not in FULL_STOP_CHARS
        ):
            j += 1
        if (
            j - h - 1 >= _BULLET_MIN
            and j < n
            and (feats[j].cue is not _CUE_NONE or dated[j] or is_byline_or_date(j, ctx))
            and "|" not in blocks[h].text
            and not is_breadcrumb(feats[h + 1].folded, ctx)
        ):
            heads.add(h)
            bullets.update(range(h + 1, j))
            h = j
        else:
            h += 1
    bullets.update(_glued_run_lines(ctx, lo, hi))
    return heads, bullets


def _glued_run_lines(ctx: Context, lo: int, hi: int) -> list[int]:
    """Lines of the window in a run of :data:`_GLUED_RUN_MIN` glued headline-shaped lines.

    A text dump prints a list of subtitles ("Born poor, he worked in a factory" over
    "Injured, he was never treated" over ...) or of teaser titles as lines with no blank
    line between them: the headline stands apart, not as one of several such lines (or
    glued last under them, over its byline or date line: :func:`_close_run`).
    """
    blocks, feats, dated = ctx.doc.blocks, ctx.feats, ctx.block_dates
    found: list[int] = []
    run: list[int] = []
    for j in range(lo, hi):
        if (
            feats[j].cue is _CUE_NONE
            and _BULLET_WORDS <= feats[j].words <= _GLUED_RUN_WORDS
            and not dated[j]
            and blocks[j].text[-1:] not in FULL_STOP_CHARS
        ):
            if run and (
                blocks[j].blank_before
                or run[-1] != j - 1
                # Menu lines share their opening word ("Link externo, abre ..."): no list.
                or feats[j].folded.split(" ", 1)[0] == feats[j - 1].folded.split(" ", 1)[0]
            ):
                _close_run(run, found, ctx)
                run = []
            run.append(j)
    _close_run(run, found, ctx)
    return found


def _close_run(run: list[int], found: list[int], ctx: Context) -> None:
    """Add a glued run's lines to ``found`` if it is long enough, its last one unless signed.

    The last line of a run right over its byline or date line is a headline glued under
    a list of teaser titles: it ends the list, and keeps its score.
    """
    if len(run) >= _GLUED_RUN_MIN:
        found.extend(run[:-1])
        if not followed_by_byline_or_date(run[-1], ctx):
            found.append(run[-1])


_TRAIL_STEP_WORDS = 3
"""Most words of a trail's step printed on a line of its own."""


def _trail_end(i: int, ctx: Context) -> bool:
    """True when line ``i`` closes a trail printed a step a line, in another script than the page.

    Two glued short lines over it name two sections of the path ("Local", "Bihar"), and
    the line is in Latin letters over a line that is not: the trail's last step was built
    from the story's slug, in the slug's language, so the slug cannot vouch for it; the
    headline the page shows, in its own script, follows it (not as its standfirst). A
    last step in the page's script may be the headline itself.
    """
    if i < 2 or i + 1 >= len(ctx.feats):
        return False
    blocks, feats, url = ctx.doc.blocks, ctx.feats, ctx.doc.url
    return (
        not blocks[i].blank_before
        and not blocks[i - 1].blank_before
        and blocks[i].text.isascii()
        and not blocks[i + 1].text.isascii()
        and 0 < feats[i - 1].words <= _TRAIL_STEP_WORDS
        and 0 < feats[i - 2].words <= _TRAIL_STEP_WORDS
        and spells_a_section(blocks[i - 1].text, url)
        and spells_a_section(blocks[i - 2].text, url)
        and not spells_a_section(blocks[i].text, url)
    )


def _slug_blind(i: int, story: set[str], ctx: Context) -> bool:
    """True when the URL slug cannot tell headline ``i`` from the standfirst under it.

    A headline sharing slug words (:func:`shares_slug`) shares fewer than its standfirst,
    which tells more of the story; a headline that is a quotation ("„Es bricht eine andere
    Zeit an“") shares none: the slug was made from the story, the quote is someone's words.
    """
    text = ctx.doc.blocks[i].text
    quoted = len(text) > 2 and text[0] in _QUOTE_MARKS and text[-1] in _QUOTE_MARKS
    return quoted or shares_slug(i, story, ctx)


def _under_date_line(i: int, ctx: Context) -> bool:
    """True for a headline-shaped line under its short date line (:func:`dated_above`).

    Some text dumps print the date line over the headline, and a bare name under its
    standfirst: no dated or prefixed line follows the headline, while teasers over the
    date line count it as theirs (:func:`followed_by_byline_or_date`). A date line glued
    to the line over it, with a blank line under it, is that line's (a headline's over a
    standfirst). A line in capitals is a call to action, and a line of two sentences a
    standfirst. HTML pages mark their headline otherwise.
    """
    blocks, feat = ctx.doc.blocks, ctx.feats[i]
    text = blocks[i].text
    return (
        feat.words > 3
        and ctx.doc.kind is not _DUMP_HTML
        and (not blocks[i].blank_before or bool(blocks[i - 1].blank_before))
        and dated_above(i, ctx)
        and not text.isupper()
        and SENTENCE_BREAK.search(text) is None
        and not (text.endswith("?") and _opens_interview(i, ctx))
    )


def _slug_score(text: str, crumb: bool, slug: set[str], story: set[str]) -> float:
    """The slug bonus of a line (:func:`slug_bonus`); a breadcrumb's counts the story only.

    ``crumb`` tells whether the line is a breadcrumb (:func:`is_breadcrumb`). A trail
    ("Home › Uttar Pradesh › Varanasi › Gahu") spells the path's sections by its
    nature: only the words of the story's own slug (``story``) count for it.
    """
    bonus = slug_bonus(text, slug)
    if bonus and crumb:
        return slug_bonus(text, story)
    return bonus


_SHORT_BYLINE = 5
"""Most words of a prefixed line read as a byline ("written by Regan") under a headline."""


def _over_short_byline(i: int, ctx: Context) -> bool:
    """True when the next line, glued to this one, is short and opens with a byline prefix.

    One name after the prefix ("written by Regan") is a byline too, though no person's
    name by the rules of :mod:`byline_names`.
    """
    below, feat = ctx.doc.blocks[i + 1], ctx.feats[i + 1]
    return (
        not below.blank_before
        and feat.words <= _SHORT_BYLINE
        and feat.cue is _CUE_NONE
        and ctx.lex.byline_prefix.match(feat.folded) is not None
    )


def _rejected(i: int, block: Block, feat: Features, ctx: Context, one_word: str) -> bool:
    """True for lines that cannot be a headline: hidden, cue words, sentences, dates, links.

    One word is too short for a headline, unless it is the page's <h1> or spells the
    story slug (``one_word``). ``block`` and ``feat`` are line ``i``'s. The tests have no
    side effects: the ones settled by a comparison or a C scan come first, the ones
    reading other lines (a byline or date under a two-sentence line, split names) last.
    """
    text = block.text
    return (
        block.hidden
        or block.kind is _BLOCK_CAPTION
        or (feat.cue is not _CUE_NONE and not asks_not_credits(text, feat.cue))
        or feat.words > _MAX_WORDS
        or len(text) > 300
        or (
            feat.words < 2
            and not (feat.words == 1 and block.heading_level == 1)
            and not (one_word and NON_WORD.sub("", feat.folded) == one_word)
        )
        or (feat.words >= SENTENCE_WORDS and text[-1:] in FULL_STOP_CHARS)
        # A tag cloud or a list of links set in one block (HTML only: text has no links).
        or (block.link_chars > 0 and link_run(block, feat.words, feat.folded, ctx))
        # URL_LIKE, its scan spared where neither "://" nor a leading "www." is.
        or "://" in text
        or (text.startswith("www.") and URL_LIKE.search(text) is not None)
        or (
            text.endswith(_QUOTE_ENDS)
            and _QUOTE_STOP.search(text, max(0, len(text) - 6)) is not None
            and text[0] not in _QUOTE_MARKS
        )
        or (ends_clause(text, ctx.lang) and not two_sentence_headline(i, ctx))
        or is_byline_or_date(i, ctx)
        # "US & Canada is sponsored by": a label whose logo or name followed.
        or feat.folded.endswith(word_sets(ctx.lex).preposition_ends)
        or (text[:1].isdigit() and _TIME_LED.match(text) is not None)
    )


def _marked(text: str) -> bool:
    """True for a line opening with a list or quote mark and a space (:data:`_MARKED`)."""
    return text[:1] in _MARK_SIGNS and _MARKED.match(text) is not None


def _list_item(i: int, blocks: tuple[Block, ...]) -> bool:
    """True for a marked line (:func:`_marked`), or one between two marked lines.

    Teaser lists and link lists print their items a line each behind a mark ("> Title");
    an item between two marked ones, spaced like them, lost its mark to the markup, not
    its place.
    """
    # Asked of every line of the window: the first characters rule out most lines
    # before a call or a regex scan.
    text = blocks[i].text
    if text[:1] in _MARK_SIGNS and _MARKED.match(text) is not None:
        return True
    if not 0 < i < len(blocks) - 1:
        return False
    above, below = blocks[i - 1], blocks[i + 1]
    return (
        above.text[:1] in _MARK_SIGNS
        and below.text[:1] in _MARK_SIGNS
        and blocks[i].blank_before is below.blank_before
        and _marked(above.text)
        and _marked(below.text)
    )


def _in_body_penalty(i: int, ctx: Context) -> float:
    """Score taken from a line at or past the body start, which may be misfound.

    Under the body's end, a line naming the story is a tag row or a teaser. A body
    sentence under another one is running text, however its last word ends ("... of
    2017).", "... at 5 p.m."), not a headline under a misfound start. A teaser cut short
    ("Headline ..") reads as a sentence too, but a teaser box may hold the headline: only
    a single final stop counts.
    """
    if i >= ctx.layout.end:
        return 3.5
    feats, text = ctx.feats, ctx.doc.blocks[i].text
    running = (
        i > ctx.layout.start
        and feats[i].prose >= _SENTENCE_PROSE <= feats[i - 1].prose
        and not text.endswith(_CUT_SHORT)
    )
    return 1.5 + _RUNNING_TEXT_PENALTY if running or _asked_between(i, ctx) else 1.5


def _asked_between(i: int, ctx: Context) -> bool:
    """Whether line ``i`` is a question between two sentences of the body: an interview's.

    "Why did the council wait so long?" under the introduction and over the answer is
    running text, as a sentence under a sentence is.
    """
    feats = ctx.feats
    return (
        ctx.layout.start < i < ctx.layout.end - 1
        and ctx.doc.blocks[i].text.endswith("?")
        and feats[i - 1].prose >= _SENTENCE_PROSE <= feats[i + 1].prose
    )


def _opens_interview(i: int, ctx: Context) -> bool:
    """Whether question ``i``, right over the body, opens an interview (no introduction).

    The body asks more questions, each alone between two of its sentences
    (:func:`_asked_between`), so the first is one of them, not a headline under the date.
    """
    start, end = ctx.layout.start, ctx.layout.end
    return i == start - 1 and any(_asked_between(j, ctx) for j in range(start + 1, end - 1))


def _length_penalty(text: str, words: int) -> float:
    """Score taken from a line longer than headlines run: a standfirst or a caption.

    Standfirsts are often two sentences besides ("... is possible. Here are three tips!").
    """
    long_from = _LONG_CJK if not text.isascii() and CJK_CHAR.search(text) else _LONG
    if words <= long_from:
        return 0.0
    penalty = 0.15 * (words - long_from)
    # A one- or two-word kicker ending in a stop ("Solidarité. Le centre ...") opens
    # headlines too: the first sentence must run three words.
    third = _nth_space(text, 3)
    if third > 0 and SENTENCE_BREAK.search(text, third) is not None:
        penalty += _TWO_SENTENCES_PENALTY
    return penalty


def _nth_space(text: str, n: int) -> int:
    """Index of the ``n``-th space in ``text``, or -1."""
    at = -1
    for _ in range(n):
        at = text.find(" ", at + 1)
        if at < 0:
            return -1
    return at


def _clutter_penalty(i: int, crumb: bool, ctx: Context, items: frozenset[str]) -> float:
    """Score taken from breadcrumbs, photo captions, page-title echoes, share bars, menus, lists.

    ``crumb`` tells whether the line is a breadcrumb (:func:`is_breadcrumb`); ``items``
    are the window's menu items (:func:`menu_items`).
    """
    blocks, feats = ctx.doc.blocks, ctx.feats
    text, feat = blocks[i].text, feats[i]
    penalty = 3.0 if crumb else 0.0
    # A credited photo caption, and (on top) a "Jane Roe, chief executive of Acme"
    # portrait caption.
    # A "Par Jane Doe | Desk | <date>" byline has a credit's shape but opens with a prefix.
    # A credit-shaped line that holds a date ("Jane Doe | Published on <date>") is the
    # article's byline-and-date line, not a photo's credit.
    credited = (
        i + 1 < len(blocks)
        and feats[i + 1].cue is _CUE_CREDIT
        and not prefixed_byline(i + 1, ctx)
        and not ctx.block_dates[i + 1]
    ) or has_credit(text, ctx)
    penalty += 2.0 * (
        credited
        + (feat.words <= _CAPTION_WORDS and ", " in text and _NAME_ROLE.match(text) is not None)
    )
    if "|" in text:
        # No headline holds a pipe: "Title | Site" echoes a page title, and menus and
        # share bars use it between their items.
        penalty += _PIPE_PENALTY
    if feat.words >= 6 and repeats_a_word(feat.folded, ctx):
        # Share bars and menus repeat their words ("Enviar a X Enviar a Y Enviar a Z").
        penalty += 2.0
    if in_field_list(i, ctx):
        penalty += _FIELD_LIST_PENALTY
    if _list_item(i, blocks):
        penalty += _MARKED_PENALTY
    if ends_with_site_name(feat.folded, ctx):
        # "The press release service of Acme Wire": the site's tagline or title.
        penalty += _SITE_TAIL_PENALTY
    if names_line(text, feat.words, ctx):
        penalty += _NAMES_PENALTY
    if glued_menu(feat.folded, feat.words, items) or (
        ctx.lang in _SPACELESS_LANGS and glued_cjk_items(text)
    ):
        penalty += _GLUED_MENU_PENALTY
    return penalty


def _far_lines(ctx: Context, story: set[str], lo: int, hi: int) -> list[int]:
    """Lines outside the window and the body that name the story (:func:`names_the_story`).

    Upwards from the window's top, then downwards from its end. Without a descriptive
    story slug no line outside the window can score. A body subheading may repeat the
    slug's words; only lines outside the body can be a misplaced headline, or a line of
    the body over its short date line (:func:`dated_below`): a start found on teasers
    over the headline ("Travel" / three teaser paragraphs / "Headline" / "<date>") puts
    the headline inside the body, past the window.
    """
    signed = _signed_lines(ctx, lo)
    if len(story) < STORY_MIN:
        return signed
    blocks, feats = ctx.doc.blocks, ctx.feats
    after = max(hi, ctx.layout.end)
    # The body's lines short enough for a headline and over a date line, then the lines
    # under the body: their indexes, in the order their texts follow the lines over.
    # A line with no dated line near under it is not dated below: a slice of the dates
    # rules out most body lines before the call.
    dated = ctx.block_dates
    index = [
        k
        for k in range(hi, after)
        if feats[k].words <= _MAX_WORDS
        and any(dated[k + 1 : k + DATED_BELOW_REACH])
        and dated_below(k, ctx)
    ]
    index += range(after, len(blocks))
    texts = [b.text for b in blocks[:lo]]
    texts += [blocks[k].text for k in index]
    found = story_lines(texts, story)
    over = [k for k in found if k < lo]
    if signed:
        over = sorted({*over, *signed})
    return over[::-1] + [index[k - lo] for k in found if k >= lo]


def _signed_lines(ctx: Context, lo: int) -> list[int]:
    """Lines over the window that stand right over a signature (:func:`signed_below`), upwards.

    A found body start far under the headline (charts, a video player's menus or a
    teaser column between them) leaves the headline outside the window; its byline and
    date under it still mark it. Only a dated line, or one over a dated line, can sign:
    the dates rule out most lines before the byline test.
    """
    dated, feats = ctx.block_dates, ctx.feats
    found: list[int] = []
    for j in range(lo - 1, 0, -1):
        if (dated[j] or dated[j + 1]) and prefixed_byline(j, ctx):
            # The lines over the byline not found yet: the lowest found is the last.
            stop = min(j, found[-1]) if found else j
            top = max(0, j - SIGNED_REACH)
            found += [k for k in range(stop - 1, top - 1, -1) if feats[k].cue is _CUE_NONE]
    return found


def _distances(ctx: Context, lo: int) -> list[float]:
    """Per line over the window, the distance it adds to the window's top; one more entry, 0.

    A line of more than three words counts 1, a shorter one 0.25, a cue line nothing (as
    the window's own lines count in :func:`_scored_lines`).
    """
    feats = ctx.feats
    below = [0.0] * (lo + 1)
    distance = 0.0
    for i in range(lo - 1, -1, -1):
        feat = feats[i]
        if feat.cue is _CUE_NONE:
            distance += 1.0 if feat.words > 3 else 0.25
        below[i] = distance
    return below
