"""Declared publication and update dates: JSON-LD, OpenGraph/article meta, itemprop, <time>.

Each source has a trust score; independent kinds of metadata that agree confirm each other,
and a "published" instant that merely copies the declared modification instant is demoted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from newsparse.dates import parse_declared
from newsparse.extract import Candidate, Context
from newsparse.extract.date_order import latest_possible

__all__ = ["declared_days", "published_from_meta", "updated_from_meta"]

_SOURCE_SCORES: tuple[tuple[str, float], ...] = (
    ("jsonld:datePublished", 6.0),
    ("jsonld:dateModified", 6.0),
    ("meta:article:published_time", 6.0),
    ("meta:og:article:published_time", 6.0),
    ("meta:article:modified_time", 6.0),
    ("itemprop:datePublished", 5.5),
    ("itemprop:dateModified", 5.5),
    ("jsonld:", 5.0),
    ("itemprop:", 4.8),
    ("meta:dc", 4.5),
    ("meta:date", 4.5),
    ("meta:", 4.8),
    ("time:", 4.0),
)
"""Trust in each declared-date source: article metadata first; a bare <time> (which also
dates sidebar items and comments) last."""

_MODIFIED_PENALTY = 1.0
"""Score taken from a declared publication instant that equals the modification instant."""

_SAME_NEWS_DAY = dt.timedelta(days=1)
"""An edit at most this far from the declared publication day is no new date of the story:
a correction just after midnight, or one instant written in two time zones."""

_MAX_TIME_ELEMENTS = 3
"""Only the first few <time> elements of a page are candidates; later ones date other items."""


def _meta(ctx: Context, key: str) -> Iterator[Candidate[dt.date]]:
    found: list[tuple[dt.date, float, str, str]] = []
    times = 0
    limit = latest_possible(ctx)
    for item in ctx.doc.meta_values(key):
        date = parse_declared(item.value, ctx.lang)
        if date is None:
            continue
        day = date.date() if isinstance(date, dt.datetime) else date
        if day > limit:
            continue
        if item.source.startswith("time:"):
            times += 1
            if times > _MAX_TIME_ELEMENTS:
                continue
        score = next((s for prefix, s in _SOURCE_SCORES if item.source.startswith(prefix)), 4.0)
        found.append((date, score, item.source, item.value))
    if key == "published":
        found = _demote_modified(ctx, found)
    agree: dict[dt.date, set[str]] = {}
    for date, _, source, _ in found:
        day = date.date() if isinstance(date, dt.datetime) else date
        agree.setdefault(day, set()).add(source.split(":")[0])
    for date, score, source, raw in found:
        day = date.date() if isinstance(date, dt.datetime) else date
        # Independent kinds of metadata (JSON-LD, <meta>, <time>) that agree confirm each other.
        bonus = 0.3 * (len(agree[day]) - 1)
        yield Candidate(value=date, score=score + bonus, source=source, raw=raw)


def _demote_modified(
    ctx: Context, found: list[tuple[dt.date, float, str, str]]
) -> list[tuple[dt.date, float, str, str]]:
    """Lower a "published" instant that is the page's declared modification instant.

    Some CMSs fill ``article:published_time`` with the last edit; when another source
    declares a different instant (with a time), that one is the publication.
    """
    modified = {
        value
        for item in ctx.doc.meta_values("updated")
        if isinstance(value := parse_declared(item.value, ctx.lang), dt.datetime)
    }
    if not modified:
        return found
    copies = [isinstance(d, dt.datetime) and d in modified for d, _, _, _ in found]
    others = [isinstance(d, dt.datetime) and d not in modified for d, _, _, _ in found]
    if not any(copies) or not any(others):
        # Only an instant with a time tells a copy of the edit from the publication.
        return found
    return [
        (d, score - _MODIFIED_PENALTY if copy else score, source, raw)
        for (d, score, source, raw), copy in zip(found, copies, strict=True)
    ]


def declared_days(ctx: Context) -> tuple[dict[dt.date, dt.date], dict[dt.date, dt.date]]:
    """The declared publication instants, and the declared edits far from the publication.

    Returns two maps from a day to a declared value of that day: the publication instants
    (with a time and zone; the first of each day), and the modification dates (an instant
    when one is declared) more than a day from every declared publication day, when some
    entry declares one. (An edit the next day, or one instant written in two time zones,
    does not re-date a story.) A "published" instant that copies a modification instant
    (see :func:`_demote_modified`) declares no publication day, nor does a ``<time>``
    element (it also dates teasers and comments).
    """
    modified: dict[dt.date, dt.date] = {}
    for item in ctx.doc.meta_values("updated"):
        value = parse_declared(item.value, ctx.lang)
        if value is None:
            continue
        day = value.date() if isinstance(value, dt.datetime) else value
        if isinstance(modified.get(day), dt.datetime):
            continue
        modified[day] = value
    instants: dict[dt.date, dt.date] = {}
    published: set[dt.date] = set()
    for item in ctx.doc.meta_values("published"):
        value = parse_declared(item.value, ctx.lang)
        if isinstance(value, dt.datetime):
            instants.setdefault(value.date(), value)
            if modified.get(value.date()) == value:
                continue
        if value is not None and not item.source.startswith("time:"):
            published.add(value.date() if isinstance(value, dt.datetime) else value)
    edits = {
        day: value
        for day, value in modified.items()
        if published and min(abs(day - other) for other in published) > _SAME_NEWS_DAY
    }
    return instants, edits


def published_from_meta(ctx: Context) -> Iterator[Candidate[dt.date]]:
    """Propose declared publication dates (JSON-LD, OpenGraph, <time>, meta)."""
    return _meta(ctx, "published")


def updated_from_meta(ctx: Context) -> Iterator[Candidate[dt.date]]:
    """Propose declared modification dates."""
    return _meta(ctx, "updated")
