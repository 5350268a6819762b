"""Publication and update date candidates from the visible text and the URL.

Visible dates near the headline and byline compete with declared ones (JSON-LD,
``article:published_time``, ``<time>``: :mod:`newsparse.extract.date_meta`) and with a date
in the URL path. A numeric date that reads both ways (03-04-2019) takes its reading by
page evidence (:mod:`newsparse.extract.date_order`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from itertools import compress
from typing import TypeAlias
from urllib.parse import urlsplit

import attrs

from newsparse.dates import DateMention, find_compact_date
from newsparse.extract import Candidate, Context
from newsparse.extract.date_labels import (
    OTHER,
    PUBLISHED,
    UPDATED,
    aside,
    byline_dated,
    date_label,
    day_first_label,
    last_edit_label,
)
from newsparse.extract.date_meta import declared_days, published_from_meta, updated_from_meta
from newsparse.extract.date_order import (
    latest_possible,
    page_dates,
    reads_dot_month_first,
    reads_slash_month_first,
    resolve,
)
from newsparse.extract.date_teaser import date_of_own_teaser
from newsparse.extract.date_yearless import dates_without_year
from newsparse.extract.features import WORD_STOP, Cue
from newsparse.lexicon import SCRIPT_STOPS, fold
from newsparse.model import Label

__all__ = [
    "page_dates",
    "published_from_meta",
    "published_from_text",
    "published_from_url",
    "updated_from_meta",
    "updated_from_text",
]

_WINDOW = 40
"""Blocks before the body start searched for the date line. A share panel prints a line
or two per network between the date line and the body, thirty lines and more."""

_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-]([01]?\d)(?:[/-]([0-3]?\d))?(?:/|$|-)")
"""A date in a URL path: /2019/08/27/ or /2019-08-27- (the day may be missing)."""

_URL_SCORE = 5.8
"""A full date in the URL path is set when the story is filed and rarely disagrees with the
publication date; it outranks visible dates (teasers, comments, print editions) but not
article metadata."""

_TWEET_SIGNATURE = re.compile(r"\(@\w{1,30}\)\W{0,3}$")
"""The "(@handle)" right before the date that signs an embedded social-media post."""

_DATE_LINE_WORDS = 12
"""A line of at most this many words holding a date is a date (or byline) line."""

_FAR = 60
"""Blocks before the body start searched for a labelled date line."""

_AHEAD = 12
"""Blocks after the body start searched: the date line may follow a standfirst and a caption."""

_AFTER = 25
"""Blocks after the body end searched for a footer date line. Past the body's last line only
a labelled date counts ("published 28.01.2022"); it may follow a tag list or a share bar."""

_CLOSING_CHARS = 3
"""Characters that may follow a date that closes its paragraph (")", ".")."""

_GLUED_NEAR = 3
"""Blocks from the body start or headline where a paragraph may end with a glued date line."""

_SENTENCE_END = frozenset('.?!…"”»' + SCRIPT_STOPS)
"""Characters that end a sentence (or a quotation closing it), in any script ("।", "؟")."""

_ABOVE_HEADLINE = 3
"""Blocks above the decided headline searched when it lies outside the body window: a date
line may precede the headline ("Section · date", then the headline)."""

_COMMENT_LINES = 12
"""Lines above a date over the headline searched for the comments heading of its box."""

_UNDER_HEADLINE = 6
"""Blocks under the decided headline searched when it lies outside the body window: the date
line follows the headline, a standfirst, a byline and a caption."""

_TEASER_DATES = 2
"""More date lines than this around a headline make it a teaser list, not an article head."""

_LABEL = re.compile(r"(?<!\w)([^\W\d_]{4,}):\s")
"""A word used as a label ("Bild: ", "Photo: ")."""

_CUE_MIN = 4
"""Shortest credit cue matched as a label prefix; shorter ones ("ap") prefix common words."""

_CREDIT_PENALTY = 1.0
"""Score taken from a date in a line with a credit label: it dates a photo or a clip."""

_LABEL_WORDS = 4
"""A line of at most this many words right above a date line may be its label."""

_SHOWN_EDIT_BONUS = 3.0
"""Score added to a visible date that is the declared modification day and no declared
publication day (see :func:`_candidate`): a date line near the headline then outranks the
declared publication (6 to 7), a date far from it does not."""

_CAPTION_WORDS_BEFORE = 6
"""Words before a date that make it part of a sentence rather than of a labelled line."""

_CAPTION_WORDS_AFTER = 2
"""Words after a date that make the sentence go on past it ("..., in Columbia, S.C.")."""

_CAPTION_SPAN = 120
"""Characters on each side of a date searched for those words."""

_UPDATE_NOTE = re.compile(r"\s*[:：]\s*\w")
"""What follows the date of an update note: a colon, then the note's text."""

_CLAUSE_WORDS = 6
"""Fewest words before an unlabelled date on its line that tell it in a sentence."""

_CLAUSE_LOWER = 3
"""Fewest lower-case words among them: a clause's verb and function words, not a byline."""

_CLAUSE_WORD_CHARS = 3
"""Fewest characters of a lower-case word counted in a clause."""

_FIELD_SEPARATORS = frozenset("|·•/")
"""Characters that part a meta line's fields ("Jane Doe | 3 March 2020")."""

_SHOWN_UPDATE_SCORE = 1.0
"""Score of an update date shown near the headline as the publication date: below every
other publication candidate (the URL's 5.8, metadata 6 and up)."""

_CITED_SOURCE = re.compile(r"[\"“”»«]\s?\((?:[^\W\d_][^(),\"“”»«]{0,60}),\s?$")
"""A quoted title, then a bracket that opens on the cited source's name and a comma: what
precedes a cited work's date ('"Title" (Dong-A Ilbo, ')."""

_SIDEBAR = Label.SIDEBAR
_COMMENT_HEADING = Cue.COMMENT_HEADING

_CITED_MIN = 6
"""Fewest characters before a cited work's date: a quote, a bracket, a name, a comma."""

_YEAR_WORD = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
"""A year written in a headline."""

_Declared: TypeAlias = tuple[dict[dt.date, dt.date], dict[dt.date, dt.date]]
"""The declared publication instants and edit days (:func:`declared_days`)."""


def _url_month(url: str | None) -> tuple[int, int] | None:
    """Return the (year, month) of a URL path that names a month but no day (/2019/10/slug)."""
    if not url:
        return None
    match = _URL_DATE.search(urlsplit(url).path)
    if match is None or match[3] or not 1 <= int(match[2]) <= 12:
        return None
    return int(match[1]), int(match[2])


def _text_candidates(ctx: Context, *, updated: bool) -> Iterator[Candidate[dt.date]]:
    evidence, latest = ctx.date_order, ctx.latest_date
    month = _url_month(ctx.doc.url)
    # The page's default order of an ambiguous date, per separator.
    orders = {"/": reads_slash_month_first(ctx), ".": reads_dot_month_first(ctx)}
    blocks, feats, start = ctx.doc.blocks, ctx.feats, ctx.layout.start
    lo = max(0, start - _WINDOW)
    hi = min(len(blocks), start + _AHEAD, max(ctx.layout.end, start + 1))
    end = ctx.layout.end
    # The last body lines and the few lines after the body: footers that date the story.
    tail = range(max(hi, end - 2), min(len(blocks), end + _AFTER))
    # Further up, only labelled dates count: a body start found too late leaves the
    # "Published ..." line far above it, among teasers whose dates carry no label.
    far = range(max(0, start - _FAR), lo)
    zone = _head_zone(ctx)
    near = _headline_range(ctx, zone, lo, hi)
    # The teaser-list test reads a dozen lines: run it only when the zone is used.
    teasers = _teaser_list(ctx, zone) if near else None
    if teasers:
        zone = near = range(0)
    declared: _Declared | None = None  # read on the first candidate only
    own_meta = _post_meta_line(ctx, tail)
    for i in (*far, *range(lo, hi), *tail, *near):
        mentions = ctx.block_dates[i]
        # Most lines hold no date: test that before the aside test's three look-ups.
        if not mentions or (aside(ctx, i) and i != own_meta) or _comment_over_headline(ctx, i):
            continue
        block = blocks[i]
        # Once per line, not per mention: a line may hold thousands of dates.
        credited = _credit_label(block.text, ctx)
        above = blocks[i - 1].text if i and feats[i - 1].words <= _LABEL_WORDS else ""
        for rank, mention in enumerate(mentions):
            label = date_label(
                block.text, mention.start, ctx, above if rank == 0 else "", byline=i >= start
            )
            if label == OTHER or (label == UPDATED) != updated:
                continue
            if _TWEET_SIGNATURE.search(block.text, max(0, mention.start - 40), mention.start):
                # "— Name (@handle) November 18, 2019" signs an embedded post.
                continue
            if label is None and (
                (i < lo and i not in near)
                # "The Social Security Act was signed into law on August 14, 1935": a
                # story highlight or a teaser tells a date over the body, no date line.
                or (i < start and _told_in_clause(block.text, mention, ctx))
            ):
                continue
            if i > end and label != PUBLISHED:
                # Past the body's first following line only a labelled date is the story's;
                # unlabelled ones date teasers of other stories.
                continue
            order = _month_first(
                orders.get(mention.numeric_separator, False),
                label,
                block.text,
                mention,
                ctx,
                above if rank == 0 else "",
            )
            date = resolve(
                mention,
                ctx,
                evidence,
                latest,
                month,
                slash_month_first=order,
                dot_month_first=order,
            )
            if date is None or (month is not None and (date.year, date.month) != month):
                # A visible date outside the URL's month dates another story.
                continue
            distance = min(abs(start - i), abs(i - end)) if i in tail else abs(start - i)
            head = ctx.headline_block
            if head is not None and i in near:
                distance = min(distance, abs(i - head))
            elif head is not None and i > head and i in zone:
                # The date line follows the headline closely, wherever the body starts (a
                # date above it inside the body window may be a teaser's); the body start
                # stays the firmer anchor, so it wins a tie.
                if teasers is None:
                    teasers = _teaser_list(ctx, zone)
                if not teasers:
                    distance = min(distance, i - head + 1)
            score = _score(
                ctx,
                i,
                mention,
                rank,
                distance,
                tail=i in tail,
                credited=credited,
                meta=i == own_meta,
            )
            if score is None:
                continue
            if declared is None:
                declared = declared_days(ctx)
            yield _candidate(
                declared, date, score, i, mention, shows_edit=not updated and len(mentions) == 1
            )


def _comment_over_headline(ctx: Context, i: int) -> bool:
    """True for a comment's date: over the headline, under a comments heading, over prose.

    A comments box set over the article is no section the layout labels (only lines after
    the body take their heading's label), and a comment's date alone on its line outscores
    a labelled date line under the headline. A menu's "Forum" link over the story's date
    line has no sentence under that line.
    """
    head = ctx.headline_block
    if head is None or i >= head:
        return False
    feats = ctx.feats
    return any(feats[j].prose > 0 for j in range(i + 1, head)) and any(
        feats[j].cue is _COMMENT_HEADING for j in range(max(0, i - _COMMENT_LINES), i)
    )


def _month_first(  # noqa: PLR0917 -- the date's line, label and page default
    order: bool, label: str | None, text: str, mention: DateMention, ctx: Context, above: str
) -> bool:
    """True when an ambiguous numeric date of ``text`` reads month first, page evidence aside.

    ``order`` is the page's default for the date's separator (its language and region); a
    label of a language that writes the day first ("Veröffentlicht am 11.03.17" on an
    English page) overrides it (:func:`~newsparse.extract.date_labels.day_first_label`).
    """
    return order and (label is None or not day_first_label(text, mention.start, ctx, above))


def _post_meta_line(ctx: Context, tail: range) -> int:
    """The block of the post's meta line after the body, when a list there holds it; else -1.

    A blog theme prints "Von X am 21/02/2021. Abgelegt unter Israel." under the story, at
    times after a list of related posts that makes the layout take it for a sidebar line.
    Dates in a sidebar are other stories'; a byline's date there is the story's when it is
    the only dated line of the sidebar after the body (a teaser list dates each teaser).
    """
    found = -1
    dated, labels = ctx.block_dates, ctx.layout.labels
    # Most lines hold no date: compress passes over them in C.
    for i in compress(tail, dated[tail.start : tail.stop]):
        mentions = dated[i]
        if labels[i] is not _SIDEBAR:
            continue
        if found >= 0:
            return -1
        block = ctx.doc.blocks[i]
        if block.hidden or ctx.feats[i].cue is not Cue.NONE:
            return -1
        if len(mentions) > 1 or not byline_dated(block.text, mentions[0].start, ctx.lex):
            return -1
        found = i
    return found


def _candidate(
    declared: _Declared,
    date: dt.date,
    score: float,
    i: int,
    mention: DateMention,
    *,
    shows_edit: bool,
) -> Candidate[dt.date]:
    """The candidate of a visible date of block ``i``, given the page's declared dates.

    A visible date that agrees with a declared publication instant takes it as its value:
    the page shows the day, its metadata the time. A visible publication date that is
    the declared modification day, and no declared publication day, outranks the declared
    publication when it is the only date of its line (``shows_edit``): the page dates
    itself by its last edit (the revision a wiki shows, a story republished under a new
    date) and readers take that date as the story's. A line that shows two dates ("5
    January ( modified 6 January )") shows the publication beside the edit.
    """
    instants, edits = declared
    value = instants.get(date, date)
    if shows_edit and date in edits:
        value = edits[date]
        score += _SHOWN_EDIT_BONUS
    return Candidate(value=value, score=score, source=f"block:{i}", blocks=(i,), raw=mention.raw)


def _score(
    ctx: Context,
    i: int,
    mention: DateMention,
    rank: int,
    distance: int,
    *,
    tail: bool,
    credited: bool,
    meta: bool = False,
) -> float | None:
    """Score a visible date mention of block ``i``; None when it cannot date the story.

    ``meta`` marks the post's meta line (:func:`_post_meta_line`): its date opens a line of
    prose ("Von X am 21/02/2021. Abgelegt unter ...") yet is no date the story tells.
    """
    text, feat = ctx.doc.blocks[i].text, ctx.feats[i]
    if i < ctx.layout.start and feat.prose > 0.5 and _caption_sentence(text, mention, feat.words):
        # Above the body, a sentence that tells a date is a photo caption ("... speaks
        # during a campaign stop, Tuesday, Nov. 19, 2019, in Columbia.") or a teaser.
        return None
    if i < ctx.layout.start and _citation(text, mention):
        # 'Article: "Whatever It Takes" (Dong-A Ilbo, 2003-04-08)': a cited work's date.
        return None
    score = 4.0 - 0.1 * distance - 0.5 * rank
    if len(mention.raw) >= 0.5 * len(text) or feat.words <= _DATE_LINE_WORDS:
        score += 1.5
    if (
        i >= ctx.layout.start
        and not meta
        and feat.prose > 0.5
        and not (distance <= _GLUED_NEAR and not tail and _closes_paragraph(text, mention, ctx))
    ):
        if not tail and feat.words > 2 * _DATE_LINE_WORDS:
            # A date in a paragraph of the story is what the story tells, not when.
            return None
        if tail and mention.start == 0 and feat.words > _DATE_LINE_WORDS:
            # The last lines end with the date that signs them ("... (Name, 3.5.2024)");
            # a sentence after the date is a teaser under its date.
            return None
        score -= 2.5
    if tail:
        score -= 1.0
    if credited:
        # "Audio: ... | 24.04.2024 | Bild: Name": the date of a photo or clip.
        score -= _CREDIT_PENALTY
    return score


def _citation(text: str, mention: DateMention) -> bool:
    """True for a date that closes a bracketed source after a quoted title: a reference.

    '"Whatever It Takes for Good Acting" (Dong-A Ilbo, 2003-04-08)' dates the cited work:
    the quoted title, then the publisher and the date in brackets.
    """
    if not text.startswith(")", mention.end) or mention.start < _CITED_MIN:
        return False
    return (
        _CITED_SOURCE.search(text, max(0, mention.start - _CAPTION_SPAN), mention.start) is not None
    )


def _caption_sentence(text: str, mention: DateMention, words: int) -> bool:
    """True when the date is told in a sentence: a paragraph, or a date inside a long line.

    A date line is short, or opens or closes its line, or follows a short label or byline;
    a caption tells the date after half a dozen words and goes on after it.
    """
    if words <= _DATE_LINE_WORDS:
        return False
    # Only the text near the date is read: a line may hold thousands of dates.
    before = text[max(0, mention.start - _CAPTION_SPAN) : mention.start]
    if mention.start <= _CAPTION_SPAN and not before.strip():
        # A date that opens its line ("March 18, 2015 Security forces secure the area
        # ..."): a dated item, read as before.
        return False
    if words > 2 * _DATE_LINE_WORDS:
        return True
    after = text.count(" ", mention.end, mention.end + _CAPTION_SPAN)
    return before.count(" ") >= _CAPTION_WORDS_BEFORE and after >= _CAPTION_WORDS_AFTER


def _told_in_clause(text: str, mention: DateMention, ctx: Context) -> bool:
    """True when an unlabelled date follows a clause on its line: a sentence tells it.

    A date line holds a label, a byline or a weekday before its date; a sentence puts
    :data:`_CLAUSE_WORDS` words or more before it, :data:`_CLAUSE_LOWER` of them lower-case
    (its verb and function words: "... was signed into law on August 14, 1935"). A byline's
    names and desk ("Jane Doe, Staff Writer, Daily Planet") are capitalised, and a line
    opening with a byline prefix is read as a byline.
    """
    span = text[max(0, mention.start - _CAPTION_SPAN) : mention.start]
    # Only the words of the date's own sentence or field: "... What's the secret to its
    # recovery?Monday, 6 January 2020" is a standfirst with its date line glued on, "María
    # García y María de la Fuente | 1 de enero de 2005" a byline and its date.
    for k in range(len(span) - 1, -1, -1):
        if span[k] in _SENTENCE_END or span[k] in _FIELD_SEPARATORS:
            span = span[k + 1 :]
            break
    before = span.split()
    if len(before) < _CLAUSE_WORDS:
        return False
    # Words of three letters or more: a name's particles ("de la", "y") are shorter.
    lower = sum(1 for word in before if word[:1].islower() and len(word) >= _CLAUSE_WORD_CHARS)
    return lower >= _CLAUSE_LOWER and ctx.lex.byline_prefix.match(fold(text)) is None


def _closes_paragraph(text: str, mention: DateMention, ctx: Context) -> bool:
    """True for a date line glued after a paragraph's last sentence.

    A text rendering may join the standfirst and the date line under it: "... What's the
    secret to its recovery? Monday, 6 January 2020". A date told in a sentence follows a
    word ("on 6 January 2020"), not a sentence end.
    """
    if len(text) - mention.end > _CLOSING_CHARS:
        return False
    words = text[max(0, mention.start - 60) : mention.start].split()
    while words and fold(words[-1]).strip(",") in ctx.lex.weekdays:
        words.pop()
    return bool(words) and words[-1][-1] in _SENTENCE_END


def _head_zone(ctx: Context) -> range:
    """Blocks around the decided headline where its date line sits.

    The date line follows the headline closely (under a standfirst, a byline, a caption),
    wherever the found body start lies.
    """
    head = ctx.headline_block
    if head is None:
        return range(0)
    return range(
        max(0, head - _ABOVE_HEADLINE), min(len(ctx.doc.blocks), head + _UNDER_HEADLINE + 1)
    )


def _teaser_list(ctx: Context, zone: range) -> bool:
    """True when the headline's ``zone`` is a teaser list: too many of its lines hold a date.

    Title, date, title, date: there a line that won the headline is one teaser among many
    and the dates around it are theirs.
    """
    dated = ctx.block_dates
    return sum(1 for i in zone if dated[i]) > _TEASER_DATES


def _headline_range(ctx: Context, zone: range, lo: int, hi: int) -> range:
    """The part of the headline's ``zone`` that the body window [lo, hi) leaves out.

    The found body start can sit far under the real headline (a standfirst, a gallery, a
    share bar between them); the date line still follows the headline closely.
    """
    head = ctx.headline_block
    if not zone or head is None or lo <= head < hi:
        return range(0)
    first, last = zone.start, zone.stop
    if first < lo < last:
        # Overlapping windows: only the part outside [lo, hi) is new.
        return range(first, lo)
    if first < hi < last:
        return range(hi, last)
    return range(first, last)


def _credit_label(text: str, ctx: Context) -> bool:
    """True when the line holds a credit label ("Bild: ", "Photo: "): a media caption."""
    for match in _LABEL.finditer(text):
        label = match[1].casefold()
        if any(label.startswith(cue) for cue in ctx.lex.credit_cues if len(cue) >= _CUE_MIN):
            return True
    return False


def published_from_text(ctx: Context) -> Iterator[Candidate[dt.date]]:
    """Propose visible dates near the headline (and at the body's end) as the publication date."""
    return _visible(ctx, updated=False)


def updated_from_text(ctx: Context) -> Iterator[Candidate[dt.date]]:
    """Propose visible dates labelled "Updated" as the update date."""
    return _visible(ctx, updated=True)


def _visible(ctx: Context, *, updated: bool) -> Iterator[Candidate[dt.date]]:
    dated = False
    for candidate in _text_candidates(ctx, updated=updated):
        dated = True
        yield candidate
    if not (dated or updated):
        # A fallback that reads every block: only for a page without a visible date line.
        for candidate in date_of_own_teaser(ctx):
            dated = True
            yield candidate
    month = _url_month(ctx.doc.url)
    if month is not None:
        # "Publicado el 11 de mayo" under a URL's /2022/5/: the year is the URL's.
        for candidate in dates_without_year(ctx, month, updated=updated):
            dated = True
            yield candidate
    if not (dated or updated):
        yield from _shown_update(ctx)


def _shown_update(ctx: Context) -> Iterator[Candidate[dt.date]]:
    """The update date of the article's head as its publication date, when none is shown.

    Many sites print a single date line, "Updated Thu, 16 Apr 2020" or "Actualizado el
    08/05/2022", on a story that was never revised: its day is the publication day. The
    candidate scores below any declared date or URL date, so it only dates a page that
    gives no other.
    """
    best = max(_text_candidates(ctx, updated=True), key=lambda c: c.score, default=None)
    if best is None or best.blocks[0] >= ctx.layout.start + _AHEAD:
        return
    i = best.blocks[0]
    text, above = ctx.doc.blocks[i].text, ctx.doc.blocks[i - 1].text if i else ""
    at = text.find(best.raw or "")
    if last_edit_label(text, at, ctx, above):
        # "Last updated", "last edited": a revision stamp, the page had earlier versions.
        return
    if (at >= 0 and _UPDATE_NOTE.match(text, at + len(best.raw or ""))) or (
        ctx.feats[i].words > _DATE_LINE_WORDS and WORD_STOP.search(text) is not None
    ):
        # "UPDATE, March 4, 2021: The council later reversed its vote.", "This article was
        # amended on March 9, 2024 to correct ...": an editor's note telling what changed
        # since the story was published, some time before.
        return
    head = ctx.headline_block
    year = best.value.year
    if head is not None and any(
        int(y) < year for y in _YEAR_WORD.findall(ctx.doc.blocks[head].text)
    ):
        # "The 21 best movies of 2017", updated the next year: the story is older.
        return
    yield attrs.evolve(best, score=_SHOWN_UPDATE_SCORE, source=f"update-{best.source}")


def published_from_url(ctx: Context) -> Iterator[Candidate[dt.date]]:
    """Propose a full date written in the URL path (/2019/08/27/ or 20190827)."""
    if not ctx.doc.url:
        return
    path = urlsplit(ctx.doc.url).path
    match = _URL_DATE.search(path)
    date: dt.date | None = None
    if match and match[3]:
        try:
            date = dt.date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            date = None
    if date is None:
        date = find_compact_date(path)
    if date is not None and date <= latest_possible(ctx):
        yield Candidate(value=date, score=_URL_SCORE, source="url", raw=path)
