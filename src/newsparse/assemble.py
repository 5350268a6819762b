"""Decisions → Article: label every block, collect the body, build segments and the verdict.

The last stage of a parse (see :mod:`newsparse.parser`): the layout's block labels are
overwritten by the winning field candidates, and the article is read off the labels.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from operator import attrgetter
from typing import Any

from newsparse.document import Document
from newsparse.extract import Candidate, Context, Field
from newsparse.extract.dateline import left_above
from newsparse.extract.features import WORD_STOP
from newsparse.extract.quotes import find_quotes
from newsparse.model import Article, Label, Paragraphs, Segment, Verdict, segments
from newsparse.resolve import Decision

__all__ = ["assemble"]

_FIELD_LABEL: dict[Field, Label] = {
    Field.HEADLINE: Label.HEADLINE,
    Field.PUBLISHED: Label.DATE,
    Field.UPDATED: Label.DATE,
    Field.AUTHORS: Label.BYLINE,
    Field.TAGS: Label.TAGS,
}

_BODY = Label.BODY
"""Read once per block: a module constant, as an enum member lookup costs ~8 times more."""

_TEXT = attrgetter("text")
_LINES = attrgetter("lines")


def _value(decisions: Mapping[Field, Decision], field: Field) -> Candidate[Any] | None:
    decision = decisions.get(field)
    return decision.winner if decision is not None else None


def assemble(
    doc: Document,
    ctx: Context,
    decisions: Mapping[Field, Decision],
    url: str | None,
    *,
    quotes: bool,
) -> Article:
    """Build the article from the field decisions and the layout's block labels.

    Args:
        doc: The parsed document.
        ctx: The extraction context (layout, language).
        decisions: The decision of every field.
        url: The ``url=`` hint of the parse, if any.
        quotes: Whether to look for quotations in the body.

    Returns:
        The article, with one segment per block.
    """
    layout = ctx.layout
    labels = list(layout.labels)
    reasons = list(layout.reasons)
    for field, label in _FIELD_LABEL.items():
        winner = _value(decisions, field)
        if winner is None:
            continue
        for i in winner.blocks:
            if field is Field.UPDATED and labels[i] is _BODY and _told_update(i, ctx):
                continue  # the update's day is read; the note stays in the story
            labels[i] = label
            reasons[i] = f"{field.value}:{winner.source}"
    _label_shown_date(decisions.get(Field.PUBLISHED), ctx, labels, reasons)
    headline = _value(decisions, Field.HEADLINE)
    if headline is not None and headline.blocks and layout.start < headline.blocks[0] < layout.end:
        # The headline sits inside the found region: what precedes it is not this article.
        for i in range(layout.start, headline.blocks[0]):
            if labels[i] is _BODY:
                labels[i], reasons[i] = Label.UNKNOWN, "before-headline"
    dateline = _value(decisions, Field.DATELINE)
    if dateline is not None and dateline.blocks:
        # The dateline opens the story: a deck, a caption or a meta line over its paragraph
        # is none of the story's paragraphs.
        for i in range(layout.start, dateline.blocks[0]):
            if labels[i] is _BODY and left_above(i, ctx):
                labels[i], reasons[i] = Label.UNKNOWN, "before-dateline"
    body = Paragraphs(doc.blocks[i].text for i in range(len(labels)) if labels[i] is _BODY)
    published = _value(decisions, Field.PUBLISHED)
    updated = _value(decisions, Field.UPDATED)
    authors = _value(decisions, Field.AUTHORS)
    tags = _value(decisions, Field.TAGS)
    lang = ctx.lang
    segments = _segments(doc, labels, reasons)
    verdict = _verdict(headline is not None, len(body))
    return Article(
        headline=headline.value if headline else None,
        published=published.value if published else None,
        updated=updated.value
        if updated and (not published or updated.value != published.value)
        else None,
        published_raw=published.raw if published else None,
        authors=authors.value if authors else (),
        tags=tags.value if tags else (),
        dateline=dateline.value if dateline else None,
        body=body,
        quotes=find_quotes(body, lang=lang, headline=headline.value if headline else None)
        if quotes
        else (),
        lang=lang,
        url=url or _first_meta(doc, "url"),
        site=_first_meta(doc, "site"),
        segments=segments,
        verdict=verdict,
    )


_DATE_LINE_WORDS = 8
"""Most words of a line that shows the published date ("Published August 11, 2025")."""

_UPDATE_LINE_WORDS = 12
"""Most words of an update line ("Updated: March 5, 2024 at 10:12 a.m. EST")."""


def _told_update(i: int, ctx: Context) -> bool:
    """True for a paragraph that tells of an update, no update line.

    An editor's note ("Editor's note: This story was updated on March 5, 2024 to include a
    statement from the council.") dates the update, but it is a sentence the publisher
    prints in the article's text: more words than an update line holds, ending as a
    sentence ends (a word's full stop: "PUBLISHED: ... 4:56 p.m. | UPDATED: ... 6:00 p.m."
    is two date lines).
    """
    return (
        ctx.feats[i].words > _UPDATE_LINE_WORDS
        and WORD_STOP.search(ctx.doc.blocks[i].text) is not None
    )


def _label_shown_date(
    decision: Decision | None, ctx: Context, labels: list[Label], reasons: list[str]
) -> None:
    """Label the page's own date line when metadata, not that line, won the date.

    The line that shows the winning day ("Published August 11, 2025") is a losing candidate
    then, and would keep its layout label: a body paragraph under a long headline. Only a
    short line at the body's top counts, so a lead that names the day ("LONDON, Aug 11
    (Reuters) - ...") and a dated video caption inside the article stay in the body.
    """
    winner = decision.winner if decision is not None else None
    if winner is None or winner.blocks:
        return
    day = _day(winner.value)
    for candidate in decision.ranked[1:] if decision is not None else ():
        if (
            candidate.score > 0
            and len(candidate.blocks) == 1
            and _day(candidate.value) == day
            and ctx.feats[candidate.blocks[0]].words <= _DATE_LINE_WORDS
            and labels[candidate.blocks[0]] is _BODY
            # The line that dates the page sits at the body's top (under a standfirst at
            # most); one further down dates a video or an update inside the article
            # ("(Published Monday, Nov. 18, 2019)").
            and labels[: candidate.blocks[0]].count(_BODY) <= 1
        ):
            labels[candidate.blocks[0]] = Label.DATE
            reasons[candidate.blocks[0]] = f"published:{candidate.source}"
            return


def _day(value: object) -> object:
    """The calendar day of a date or datetime value (a datetime's own, not UTC's)."""
    return value.date() if isinstance(value, dt.datetime) else value


def _first_meta(doc: Document, key: str) -> str | None:
    values = doc.meta_values(key)
    return values[0].value if values else None


def _segments(doc: Document, labels: list[Label], reasons: list[str]) -> tuple[Segment, ...]:
    """One segment per block (``labels`` and ``reasons`` are indexed like the blocks)."""
    blocks = doc.blocks
    if len(blocks) != len(labels):
        msg = f"{len(blocks)} blocks but {len(labels)} labels"
        raise ValueError(msg)
    return segments(labels, map(_TEXT, blocks), map(_LINES, blocks), reasons)


def _verdict(has_headline: bool, paragraphs: int) -> Verdict:
    reasons = [
        f"body:{paragraphs}-paragraphs",
        "headline:found" if has_headline else "headline:missing",
    ]
    return Verdict(
        is_article=paragraphs >= 2 or (has_headline and paragraphs >= 1), reasons=tuple(reasons)
    )
