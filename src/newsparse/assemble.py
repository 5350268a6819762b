"""Decisions → Article: label every block, collect the body, build segments and the verdict.

The last stage of a parse (see :mod:`newsparse.parser`): the layout's block labels are
overwritten by the winning field candidates, and the article is read off the labels.
"""

from __future__ import annotations

from collections.abc import Mapping
from operator import attrgetter
from typing import Any

from newsparse.document import Document
from newsparse.extract import Candidate, Context, Field
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
            labels[i] = label
            reasons[i] = f"{field.value}:{winner.source}"
    headline = _value(decisions, Field.HEADLINE)
    if headline is not None and headline.blocks and layout.start < headline.blocks[0] < layout.end:
        # The headline sits inside the found region: what precedes it is not this article.
        for i in range(layout.start, headline.blocks[0]):
            if labels[i] is _BODY:
                labels[i], reasons[i] = Label.UNKNOWN, "before-headline"
    body = Paragraphs(doc.blocks[i].text for i in range(len(labels)) if labels[i] is _BODY)
    published = _value(decisions, Field.PUBLISHED)
    updated = _value(decisions, Field.UPDATED)
    authors = _value(decisions, Field.AUTHORS)
    tags = _value(decisions, Field.TAGS)
    dateline = _value(decisions, Field.DATELINE)
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
        quotes=find_quotes(body, lang=lang) if quotes else (),
        lang=lang,
        url=url or _first_meta(doc, "url"),
        site=_first_meta(doc, "site"),
        segments=segments,
        verdict=verdict,
    )


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
