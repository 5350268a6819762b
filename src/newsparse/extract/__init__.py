"""Rule protocol shared by the field extractors: Field, Candidate, Context and NamedRule.

A rule is a plain function ``rule(ctx) -> Iterable[Candidate]`` proposing values for one
field, each with a score, the evidence source and the blocks it would consume. The
parser runs every rule of a field and :mod:`newsparse.resolve` picks the winner, so that
metadata, visible text and profiles compete on one scale and every decision is
explainable.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable, Mapping, Sequence
from operator import attrgetter
from typing import Any, Generic, TypeVar

import attrs

from newsparse.dates import PAGE_CALENDAR_LANGS, DateMention, find_dates_each, with_page_calendar
from newsparse.document import Block, Document
from newsparse.extract.features import Features
from newsparse.extract.layout import Layout
from newsparse.lexicon import Lexicon
from newsparse.model import Label
from newsparse.relative_dates import with_relative

__all__ = ["Candidate", "Context", "Field", "NamedRule", "Rule", "find_block_dates"]

T = TypeVar("T")

_TEXT = attrgetter("text")


class Field(enum.Enum):
    """Article fields that are decided by competing candidates."""

    HEADLINE = "headline"
    PUBLISHED = "published"
    UPDATED = "updated"
    AUTHORS = "authors"
    TAGS = "tags"
    DATELINE = "dateline"
    SITE = "site"


@attrs.frozen(kw_only=True)
class Candidate(Generic[T]):
    """A proposed value for a field."""

    value: T
    """The proposed value, already in the field's output type."""
    score: float
    """Confidence on a common scale: about 1 for weak evidence, 10+ for declared metadata
    confirmed by visible text. Candidates at or below 0 never win."""
    source: str
    """Where it came from, e.g. ``"jsonld:headline"`` or ``"block:3"``."""
    blocks: tuple[int, ...] = ()
    """Blocks this value was read from; they take the field's label if it wins."""
    raw: str | None = None
    """The text as written, when the value was normalised (dates)."""


def find_block_dates(
    blocks: Sequence[Block],
    lang: str | None = None,
    fetched: dt.date | None = None,
    clock: dt.date | None = None,
) -> tuple[Sequence[DateMention], ...]:
    """The date mentions of every block (:func:`~newsparse.dates.find_dates`), index for index.

    On a page in ``lang`` with a calendar of its own (Persian, Thai) its numeric dates are
    read too (:func:`~newsparse.dates.with_page_calendar`). A page ``fetched`` on a known
    day dates nothing after it: two-digit years and the page calendar's dates are read
    against that day, not today. That day is the page's clock, and the relative stamps of
    its short lines ("3 hours ago", "vor 2 Tagen") are read against it
    (:func:`~newsparse.relative_dates.with_relative`; ``clock`` is the fetch instant when
    the caller knows it, else ``fetched``). Without a clock a stamp is no date.

    The page dates, date, headline, byline and dateline rules all ask about the same
    lines: reading each block once per parse spares the memo look-ups and list copies.
    """
    found = find_dates_each(map(_TEXT, blocks), fetched.year if fetched is not None else None)
    if lang in PAGE_CALENDAR_LANGS:
        found = with_page_calendar([_TEXT(b) for b in blocks], found, lang, fetched)
    if fetched is not None:
        found = with_relative([_TEXT(b) for b in blocks], found, clock or fetched)
    return tuple(found)


def _own_block_dates(ctx: Context) -> tuple[Sequence[DateMention], ...]:
    return find_block_dates(ctx.doc.blocks, ctx.lang, ctx.fetched)


@attrs.frozen(kw_only=True)
class Context:
    """Everything a rule may read: the document, per-block features and the layout."""

    doc: Document
    """The document being parsed."""
    lex: Lexicon
    """Cue words of every language."""
    feats: tuple[Features, ...]
    """Features of ``doc.blocks``, index for index."""
    layout: Layout
    """The body region and first block labels."""
    lang: str | None
    """Detected or declared language of the page."""
    fetched: dt.date | None = None
    """The date the page was fetched (no date may be later), when the caller knows it."""
    site_names: frozenset[str] = frozenset()
    """Folded names of the site (declared site name, domain labels): never authors."""
    date_order: Mapping[str, bool] = attrs.field(factory=dict)
    """For each numeric date separator, whether the page's unambiguous dates put the day first."""
    latest_date: dt.date | None = None
    """The latest unambiguous date written anywhere on the page."""
    block_dates: tuple[Sequence[DateMention], ...] = attrs.field(
        default=attrs.Factory(_own_block_dates, takes_self=True)
    )
    """Date mentions of ``doc.blocks``, index for index (:func:`find_block_dates`); read
    them, never change them. Computed from ``doc`` when not given."""
    chrome: tuple[Label | None, ...] = ()
    """The page chrome's label of each block (:func:`~newsparse.extract.chrome.chrome_labels`),
    ``None`` for the page proper; empty when the page has none (every text dump). The
    headline scan passes over the chrome, and the byline scan over menus and asides."""
    headline_block: int | None = None
    """Block of the decided headline, for the rules of later fields (dates sit under it);
    ``None`` while the headline is being decided or when it is not a visible block."""


Rule = Callable[[Context], Iterable[Candidate[Any]]]
"""A field rule: proposes candidates for one field."""


@attrs.frozen
class NamedRule:
    """A rule with a name, so that rule tables can be edited by name."""

    name: str
    """Unique name within its field's rule list."""
    rule: Rule
    """The function."""
