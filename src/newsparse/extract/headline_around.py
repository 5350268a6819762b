"""Neighbourhood tests for headline candidates: what the lines around a line say about it.

:mod:`newsparse.extract.headline` scores the lines before the body; the tests here read a
line's neighbours (a byline or a date line under it, a menu around it, a shorter title
over it, a fact box it sits in), each on its own. Tests of a line's own shape are in
:mod:`newsparse.extract.headline_lines`.
"""

from __future__ import annotations

import re
import weakref

from newsparse.extract import Context
from newsparse.extract.byline import split_names
from newsparse.extract.byline_lines import only_names, word_sets
from newsparse.extract.byline_names import cjk_name, is_name
from newsparse.extract.features import Cue
from newsparse.extract.headline_lines import (
    FULL_STOP_CHARS,
    SENTENCE_BREAK,
    SENTENCE_WORDS,
    ends_clause,
    has_byline_prefix,
    is_breadcrumb,
    is_byline_or_date,
)
from newsparse.extract.headline_meta import KICKER_WORDS

# Enum members read as module constants: on Python 3.11 an enum member read costs a
# metaclass attribute lookup (~8 times a global read), and these are read per block or line.
_CUE_NONE = Cue.NONE
_CUE_WIDGET = Cue.WIDGET
_CUE_NAVIGATION = Cue.NAVIGATION
_CUE_SIDEBAR_HEADING = Cue.SIDEBAR_HEADING


_DEK_CHAIN = 1
"""Standfirst lines over the one asked about that a chain passes: a headline and two
standfirst lines at most (:func:`follows_shorter_title`). Teasers each a word longer than
the last would make a longer chain of the headline under them."""

_SHORT_HEADLINE = 10
"""A line of fewer words right over its byline, under a kicker, is a headline: no standfirst."""

SIGNED_REACH = 4
"""Lines under a headline searched for its signature (:func:`signed_below`): a standfirst,
a photo and its caption may stand between."""

_DATELINE_WORDS = 14
"""Longest line read as the date line under a headline, in words."""

_BELOW_LINES = 4
"""Lines under a headline searched for its byline or date line."""

_BELOW_WIDGETS = 6
"""Share-bar lines skipped on top of those: a bar ("Share", "Tweet", "Email") often
stands between the headline and its byline."""

DATED_BELOW_REACH = _BELOW_WIDGETS + 3
"""Lines from a line to past the last one :func:`dated_below` may find dated: a line
with no dated line among the next ``DATED_BELOW_REACH - 1`` is not dated below."""


_FIELD_LABEL = re.compile(r"[^\W\d_][^\W_]*(?:[ -][^\W\d_]+){0,2}:(?:\s|$)")
"""A line led by a short label and a colon ("ISO-Zahl: 640", "Date: ..."), in a fact box."""

_NAME_LINE_WORDS = 4
"""Longest line read as a site's name or a rubric over the headline, in words."""

_NAME_WORDS = 4
"""Longest bare name line read as a short headline's byline, in words ("Felix von Arnim")."""

_LONG_WORD = re.compile(r"[^\W\d_]{4,}")

_HANDLE_BYLINE = re.compile(r"[^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*){1,3},? @\w+$")
"""A name and the author's social handle ("Jane Doe, @janedoe"): a byline without prefix."""
"""A word of four letters or more: particles ("de", "du", "of", "am") are shorter."""


def in_menu_run(i: int, ctx: Context) -> bool:
    """True when both neighbours are one- to three-word lines with no gap: a menu.

    A short date line under the line ("May 3, 2024") is its dateline, not a menu item; a
    longer line over a share button or over a short line over a date ("Jane Doe" / "May 3,
    2024") is a headline.
    """
    blocks, feats = ctx.doc.blocks, ctx.feats
    if i == 0 or i + 1 >= len(blocks):
        return False
    return (
        feats[i - 1].words <= 3
        and feats[i + 1].words <= 3
        and blocks[i].blank_before == 0
        and blocks[i + 1].blank_before == 0
        and not ctx.block_dates[i + 1]
        and not (
            # A short headline over a share bar and its date line.
            (feats[i + 1].cue is _CUE_WIDGET and dated_below(i, ctx))
            or (
                feats[i].words > 3
                and (
                    feats[i + 1].cue is _CUE_WIDGET
                    or (
                        feats[i + 1].cue is _CUE_NONE
                        and dated_below(i + 1, ctx)
                        and bool(split_names(blocks[i + 1].text, ctx.lex))
                    )
                )
            )
        )
    )


def dated_below(i: int, ctx: Context) -> bool:
    """True when a short dated line is next (or under a byline or share bar), and none follows.

    A list of dates under a short line ("Any date", "10/12/2010", "10/11/2010") is a
    date picker or an archive menu, not a dateline; a labelled date after the dateline
    ("Updated on <date>") is its second date, not a list item.
    """
    dated, feats = ctx.block_dates, ctx.feats
    j = i + 1
    stop = min(len(dated), j + _BELOW_WIDGETS)
    while j < stop and feats[j].cue is _CUE_WIDGET:
        j += 1  # a share bar between the headline and its date line
    if (
        j + 1 < len(dated)
        and feats[j].words <= _DATELINE_WORDS
        and not dated[j]
        and (
            has_byline_prefix(feats[j].folded, ctx)
            or only_names(ctx.doc.blocks[j].text, ctx.lex, ctx.site_names)
        )
    ):
        j += 1  # "By Jane Doe" or "Jane Doe and John Roe" between the headline and its date
    return (
        j < len(dated)
        and feats[j].words <= _DATELINE_WORDS
        and bool(dated[j])
        and not (
            j + 1 < len(dated)
            and dated[j + 1]
            and not _opens_with_date_cue(feats[j + 1].folded, ctx)
        )
    )


def dated_above(i: int, ctx: Context) -> bool:
    """True when the line right over this one, glued to it, is a short date line.

    Some pages print the rubric and the date over the headline ("World" / "14.05.2025,
    20:28" / "Light touch"), and the headline under its date line is as short as one over
    it.
    """
    return (
        i > 0
        and ctx.doc.blocks[i].blank_before <= 1
        and bool(ctx.block_dates[i - 1])
        and ctx.feats[i - 1].words <= _DATELINE_WORDS
    )


def _short_title_under_date(i: int, ctx: Context) -> bool:
    """True for a line under its date line that opens with a letter: a short headline.

    A link under a date line opens with an arrow or a bullet ("↓ Comments").
    """
    return ctx.doc.blocks[i].text[:1].isalpha() and dated_above(i, ctx)


def short_line_score(i: int, ctx: Context) -> float:
    """Score given to a line of three words or fewer: a menu item, unless dated around.

    Menu items are short; a short headline stands over its date line or byline, or under
    its date line (a name there, "Jane Doe", is the byline).
    """
    # Most short lines follow no date line: one list read settles them.
    if (
        i > 0
        and ctx.block_dates[i - 1]
        and dated_above(i, ctx)
        and not split_names(ctx.doc.blocks[i].text, ctx.lex)
    ):
        return 1.0
    return 0.0 if dated_below(i, ctx) or over_byline(i, ctx) or over_name_line(i, ctx) else -1.5


def over_name_line(i: int, ctx: Context) -> bool:
    """True when a short line not shaped as a name stands over a line that is one name.

    A short headline over its bare byline, the two a paragraph each ("Landkreis prüft
    Schulschließungen" over "Felix von Arnim"): the name line is the byline, capitalised
    but for its particles, where the headline holds an ordinary lower-case word. A
    title-case line ("Council Approves Budget") is name-shaped too, so it reads nothing.
    """
    j = i + 1
    blocks = ctx.doc.blocks
    if j >= len(blocks) or blocks[j].blank_before > 1 or ctx.feats[j].words > _NAME_WORDS:
        return False
    # Most short lines are menu items, capitalised throughout: one scan settles them.
    words = blocks[i].text.split()
    if not any(word[0].islower() for word in words):
        return False
    text = blocks[j].text
    return (
        is_name(text.split(), ctx.lex)
        and not is_name(words, ctx.lex)
        and split_names(text, ctx.lex, ctx.site_names) == [text]
    )


def over_byline(i: int, ctx: Context) -> bool:
    """True when the next line, glued to this one, is a byline: a prefix and names, or names."""
    j = i + 1
    if (
        j >= len(ctx.doc.blocks)
        or ctx.doc.blocks[j].blank_before
        or ctx.feats[j].words > _DATELINE_WORDS
    ):
        return False
    text, folded = ctx.doc.blocks[j].text, ctx.feats[j].folded
    if has_byline_prefix(folded, ctx):
        return bool(split_names(text, ctx.lex))
    return only_names(text, ctx.lex, ctx.site_names)


def signed_below(i: int, ctx: Context) -> bool:
    """True when the first dated or byline-prefixed line under line ``i`` signs the article.

    "By Jane Doe" with its date ("By Jane Doe March 11, 2015", or "Sept. 25, 2018" on the
    next line) signs the article, and the headline stands over it, a standfirst or a photo
    caption between them at most (:data:`SIGNED_REACH`). A teaser over the headline has
    its own date line, or the headline's, under it first.
    """
    dated, feats, prefix = ctx.block_dates, ctx.feats, ctx.lex.byline_prefix
    for j in range(i + 1, min(len(dated) - 1, i + 1 + SIGNED_REACH)):
        if prefix.match(feats[j].folded) is not None:
            return signature(j, ctx)
        if dated[j]:
            return False
    return False


def signature(j: int, ctx: Context) -> bool:
    """True for a prefixed byline (:func:`prefixed_byline`) that is dated or over a date line."""
    dated = ctx.block_dates
    return bool(dated[j] or (j + 1 < len(dated) and dated[j + 1])) and prefixed_byline(j, ctx)


def prefixed_byline(j: int, ctx: Context) -> bool:
    """True for a short line that opens with a byline prefix and names a person."""
    folded = ctx.feats[j].folded
    return (
        ctx.feats[j].words <= _DATELINE_WORDS
        and has_byline_prefix(folded, ctx)
        and bool(split_names(ctx.doc.blocks[j].text, ctx.lex))
    )


def _opens_with_date_cue(folded: str, ctx: Context) -> bool:
    """True for a line led by a date label ("updated", "last updated:", "aktualisiert am")."""
    words = folded.split(" ", 2)
    cues = word_sets(ctx.lex).date_cues
    return words[0].rstrip(":") in cues or " ".join(words[:2]).rstrip(":") in cues


def followed_by_byline_or_date(i: int, ctx: Context) -> bool:
    """True when a short dated or byline-prefixed line is among the next few lines.

    A byline prefix alone on its line ("By" over "Jane Doe") counts: dumps of HTML often
    print the prefix and the linked name on lines of their own. Each line under a
    candidate is tested once a page (:func:`_byline_or_date_lines`): the candidates of a
    window read the same few lines under them.
    """
    feats = ctx.feats
    marks = _byline_or_date_lines(ctx)
    stop = min(len(ctx.doc.blocks), i + 1 + _BELOW_LINES + _BELOW_WIDGETS)
    left = _BELOW_LINES
    for j in range(i + 1, stop):
        mark = marks.get(j)
        if mark is None:
            mark = marks[j] = _byline_or_date_line(j, ctx)
        if mark:
            return True
        if feats[j].cue is not _CUE_WIDGET:
            left -= 1
            if not left:
                return False
    return False


_MARKS: list[tuple[weakref.ref[Context], dict[int, bool]]] = []
"""Per line of the page asked about, :func:`_byline_or_date_line`'s answer, while its context
lives: a weak reference, so that the memo does not keep the last page (its document, features
and dates) alive after its parse (:func:`_forget_marks` drops it with the context)."""


def _forget_marks(ref: weakref.ref[Context]) -> None:
    """Drop the memo of a context that has died (unless a later page's memo replaced it)."""
    if _MARKS and _MARKS[0][0] is ref:
        _MARKS.clear()


def _byline_or_date_lines(ctx: Context) -> dict[int, bool]:
    """The answers of :func:`_byline_or_date_line` found so far for ``ctx``'s page.

    Kept for the page's lines, blocks, dates and lexicon, which a context shares with
    the contexts evolved from it: a page asks about the same lines many times. The memo
    lives as long as the context that made it, no longer.
    """
    if _MARKS:
        ref, marks = _MARKS[0]
        last = ref()
        if (
            last is not None
            and last.feats is ctx.feats
            and last.block_dates is ctx.block_dates
            and last.lex is ctx.lex
            and last.doc.blocks is ctx.doc.blocks
        ):
            return marks
    marks = {}
    _MARKS[:] = [(weakref.ref(ctx, _forget_marks), marks)]
    return marks


def _byline_or_date_line(j: int, ctx: Context) -> bool:
    """True for a short dated line, a byline prefix (alone or opening the line), a handle.

    A name followed by the author's social handle ("Jane Doe, @janedoe") is a byline. A
    dated byline of three names, one with particles ("Par Mathieu de La Roche, Hélène
    Rousseau et Mathieu Rousseau | Publié le 16 mars 2014"), runs longer than a date line
    and is one still (:func:`~newsparse.extract.headline_lines.is_byline_or_date`).
    """
    feat = ctx.feats[j]
    if feat.words > _DATELINE_WORDS:
        return (
            bool(ctx.block_dates[j])
            and ctx.lex.byline_prefix.match(feat.folded) is not None
            and is_byline_or_date(j, ctx)
        )
    return (
        bool(ctx.block_dates[j])
        or ctx.lex.byline_prefix.match(feat.folded) is not None
        or (feat.words == 1 and feat.folded in word_sets(ctx.lex).prefixes)
        or ("@" in feat.folded and _HANDLE_BYLINE.match(ctx.doc.blocks[j].text) is not None)
        or bool(cjk_name(feat.folded.split(" "), ctx.lex))
    )


def in_field_list(i: int, ctx: Context) -> bool:
    """True for a "Label: value" line between two more: a fact box or a spec sheet.

    ("Exposure: 60 x 3 minutes" between "ISO: 640" and "Date: 31/08/2019".) A kicker
    before a headline ("Energy: ...") has no such neighbours.
    """
    blocks = ctx.doc.blocks
    # A label needs its colon: most lines hold none, settled in C.
    return (
        0 < i < len(blocks) - 1
        and ":" in blocks[i].text
        and _FIELD_LABEL.match(blocks[i].text) is not None
        and _FIELD_LABEL.match(blocks[i - 1].text) is not None
        and _FIELD_LABEL.match(blocks[i + 1].text) is not None
    )


def two_sentence_headline(i: int, ctx: Context) -> bool:
    """True for a short line of two sentences between a kicker or menu and a byline.

    Some headlines are a statement and its turn ("X fell. Why you shouldn't worry."), so
    they end in a period; the short line over them, the byline under them and their
    length set them apart from the body's first sentences, captions and footers.
    """
    text = ctx.doc.blocks[i].text
    return (
        (i == 0 or ctx.feats[i - 1].words <= 3)
        and text[-1:] in FULL_STOP_CHARS
        and ctx.feats[i].words < SENTENCE_WORDS
        and SENTENCE_BREAK.search(text[:-1]) is not None
        and followed_by_byline_or_date(i, ctx)
    )


def under_sign_up(i: int, ctx: Context) -> bool:
    """True for a line glued under a sign-up button ("Abonnez-vous", "Subscribe now").

    A newsletter or paywall box prints its button, then its pitch ("Recevez chaque matin
    l'essentiel de l'actualité"): the pitch is the box's text, not a title. The button is
    one of the lexicon's ``sign_up_buttons`` ("Sign up", "Jetzt anmelden"), or a widget line
    holding a box phrase. A share or print button is neither: a headline glued under a share
    bar is no pitch.
    """
    if i < 1 or ctx.doc.blocks[i].blank_before:
        return False
    feat = ctx.feats[i - 1]
    if feat.folded in ctx.lex.sign_up_buttons:
        return not _menu_entry(i - 1, ctx)
    # Few lines stand glued under a widget line: the phrase scan runs for those only.
    return feat.cue is _CUE_WIDGET and _box_phrase(feat.folded, ctx)


def _box_phrase(folded: str, ctx: Context) -> bool:
    """Whether a folded line holds a sign-up box's phrase (a boilerplate phrase)."""
    return any(p in folded for p in ctx.lex.boilerplate_phrases)


def _menu_entry(i: int, ctx: Context) -> bool:
    """Whether line ``i`` is glued under a menu entry ("Log in" over "Subscribe Now").

    A site menu ends in its "Subscribe" link, and the headline may be printed right under
    it; a sign-up box's button stands under the box's heading or pitch ("Newsletter"),
    which holds a box phrase.
    """
    above = ctx.feats[i - 1] if i > 0 and not ctx.doc.blocks[i].blank_before else None
    return above is not None and above.cue is _CUE_NAVIGATION and not _box_phrase(above.folded, ctx)


def follows_shorter_title(i: int, ctx: Context, depth: int = 0) -> bool:
    """True when this line is a standfirst after its headline.

    The line before is a shorter, headline-shaped line (fewer words, or as many and fewer
    characters) that itself opens a run: it follows a menu, a short line or a date line;
    or it is a standfirst itself, as a second, longer standfirst line follows the first.
    """
    if i < 2:
        return False
    blocks, feats = ctx.doc.blocks, ctx.feats
    prev, feat = blocks[i - 1], feats[i - 1]
    return (
        not prev.hidden
        and blocks[i].blank_before <= 1
        and feat.cue is _CUE_NONE
        and (
            feat.words < feats[i].words
            or (feat.words == feats[i].words and len(prev.text) < len(blocks[i].text))
        )
        # Most lines settle on the word count; a short title must stand under its date.
        and (feat.words >= 4 or (feat.words >= 2 and _short_title_under_date(i - 1, ctx)))
        and sum(c.isalpha() for c in prev.text) >= 0.5 * len(prev.text)
        # A line right under "Read also" is a teaser link, not this line's headline, and
        # one under a sign-up button is the box's pitch.
        and feats[i - 2].cue is not _CUE_SIDEBAR_HEADING
        and not under_sign_up(i - 1, ctx)
        and (
            feats[i - 2].words <= 3
            or feats[i - 2].cue is not _CUE_NONE
            or is_byline_or_date(i - 2, ctx)
            or (depth < _DEK_CHAIN and follows_shorter_title(i - 1, ctx, depth + 1))
        )
        and not ends_clause(prev.text, ctx.lang)
        and "|" not in prev.text
        and not is_breadcrumb(feat.folded, ctx)
        and not is_byline_or_date(i - 1, ctx)
        and not _name_over_headline(i, ctx)
        and not _kicker_over_headline(i, ctx)
    )


def _capitalised(text: str) -> bool:
    """True when every word of four letters or more opens with a capital ("Le Courrier du Soir")."""
    words = _LONG_WORD.findall(text)
    return bool(words) and all(w[0].isupper() for w in words)


def _name_over_headline(i: int, ctx: Context) -> bool:
    """True when the line over line ``i`` is a name (a site's, a rubric's), not its headline.

    A site name or rubric between the menu and the headline ("Le Courrier du Soir") is
    short and capitalised like a proper name; the headline under it is written in
    sentence case and stands right over its date line or byline, as headlines do. On an
    unsigned page the name may instead be glued under the menu with the headline printed
    apart under it, ending no clause as a standfirst does: a French name runs to four
    words with its article and particles ("La Gazette de l'Ouest") and would make a
    standfirst of the headline, where an English one ("The Western Gazette") is too short.
    """
    blocks, feats = ctx.doc.blocks, ctx.feats
    return (
        feats[i - 1].words <= _NAME_LINE_WORDS
        and _capitalised(blocks[i - 1].text)
        and not _capitalised(blocks[i].text)
        and (
            over_byline(i, ctx)
            or followed_by_byline_or_date(i, ctx)
            or (
                blocks[i].blank_before > 0
                and not blocks[i - 1].blank_before
                and not ends_clause(blocks[i].text, ctx.lang)
            )
        )
    )


def _kicker_over_headline(i: int, ctx: Context) -> bool:
    """True when line ``i`` is a short headline over its signature, and the line over it a kicker.

    A kicker or rubric over the headline ("Sur vos écrans cette semaine") is shorter than
    it, as a headline is shorter than its standfirst; but a standfirst runs to
    :data:`_SHORT_HEADLINE` words or more, and the dated byline (:func:`signature`: "Par
    Jane Doe — <date>") stands right under the headline (a blank line between them in a
    text rendering of HTML). A bare name under a short second line leaves it a standfirst.
    """
    feats = ctx.feats
    return (
        feats[i - 1].words <= KICKER_WORDS
        and feats[i].words < _SHORT_HEADLINE
        and i + 1 < len(feats)
        and signature(i + 1, ctx)
    )
