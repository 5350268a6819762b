"""Frozen output types: Article, Quote, Segment, and their JSON mapping.

Every field states its format contract. ``None`` means *unknown*, never "absent";
collections are tuples and empty when nothing was found. All types are immutable,
hashable where their fields are, and picklable, so they cross process boundaries.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections import deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import repeat
from typing import Any, cast

import attrs

__all__ = [
    "Article",
    "Label",
    "Paragraphs",
    "Quote",
    "QuoteKind",
    "Segment",
    "Verdict",
]


class Label(enum.Enum):
    """What a segment of the input was judged to be."""

    HEADLINE = "headline"
    DATE = "date"
    BYLINE = "byline"
    TAGS = "tags"
    DATELINE = "dateline"
    BODY = "body"
    CAPTION = "caption"
    WIDGET = "widget"
    NAVIGATION = "navigation"
    COMMENTS = "comments"
    SIDEBAR = "sidebar"
    BOILERPLATE = "boilerplate"
    UNKNOWN = "unknown"


class QuoteKind(enum.Enum):
    """Whether a quotation is a whole quoted statement or a fragment woven into a sentence."""

    DIRECT = "direct"
    PARTIAL = "partial"


class Paragraphs(tuple[str, ...]):
    """A tuple of body paragraphs with a ``.text`` view joined by blank lines."""

    __slots__ = ()

    @property
    def text(self) -> str:
        r"""The paragraphs joined by one blank line (``"\\n\\n"``); ``""`` when empty."""
        return "\n\n".join(self)


def slot_setters(cls: type, *names: str) -> tuple[Callable[[Any, Any], None], ...]:
    """Return the slot setters of an attrs slotted class, in the order of ``names``.

    For the fast builders of objects made once per block: a frozen attrs ``__init__`` sets
    each attribute by name through ``object.__setattr__`` (bypassing the frozen
    ``__setattr__``); calling the slot descriptors directly costs half as much.

    Raises:
        TypeError: ``names`` are not exactly the class's fields (a field was added or
            renamed: the builder that asked must set it too).
    """
    fields = {field.name for field in attrs.fields(cls)}
    if set(names) != fields or len(names) != len(fields):
        msg = f"{cls.__name__} has fields {sorted(fields)}, a fast builder sets {sorted(names)}"
        raise TypeError(msg)
    return tuple(cls.__dict__[name].__set__ for name in names)


def draft_class(cls: type) -> type[Any]:
    """Return a plain slotted class laid out as the frozen attrs slotted class ``cls``.

    For the fast builders of objects made once per block, field by field: a frozen class
    sets each field through a call (``object.__setattr__`` or a slot setter, a few hundred
    instructions each), where a plain slotted class stores it with one specialised
    bytecode. A builder fills a draft and then turns it into a ``cls`` by assigning
    ``draft.__class__ = cls``, which Python allows between classes of the same layout:
    the result is an ordinary, frozen ``cls`` instance. ``cls`` must be made with
    ``weakref_slot=False`` (Python 3.11 refuses ``__class__`` assignment between classes
    that hold a ``__weakref__`` slot).

    Raises:
        TypeError: ``cls``'s layout is not the draft's (a ``__weakref__`` or other extra
            slot): drafts could not become ``cls`` instances.
    """
    names = tuple(field.name for field in attrs.fields(cls))
    draft = type(f"{cls.__name__}Draft", (), {"__slots__": names, "__module__": cls.__module__})
    probe = draft()
    try:
        probe.__class__ = cls
    except TypeError as error:
        msg = f"{cls.__name__} is not laid out as a plain class of slots {names}: {error}"
        raise TypeError(msg) from None
    return draft


def _strings(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _quotes(value: Iterable[Quote]) -> tuple[Quote, ...]:
    return tuple(value)


def _segments(value: Iterable[Segment]) -> tuple[Segment, ...]:
    return tuple(value)


def _paragraphs(value: Iterable[str]) -> Paragraphs:
    return value if isinstance(value, Paragraphs) else Paragraphs(value)


@attrs.frozen(kw_only=True)
class Segment:
    """One stretch of the input (a line, or a block of an HTML page) and what it was judged to be.

    Segments are in input order. For text dumps every line with visible characters
    belongs to exactly one segment; for HTML every visible text block does.
    """

    label: Label
    """The judgement for this stretch."""
    text: str
    """The stretch's text, whitespace-normalised (runs of spaces folded, stripped)."""
    lines: tuple[int, int]
    """Source line range ``(first, last)``, 0-based and inclusive, in the decoded input."""
    reason: str = ""
    """Short machine-friendly reason for the label, e.g. ``"cue:comments-heading"``."""


_new = Segment.__new__
_set_label, _set_text, _set_lines, _set_reason = slot_setters(
    Segment, "label", "text", "lines", "reason"
)


def segment(label: Label, text: str, lines: tuple[int, int], reason: str) -> Segment:
    """Build a :class:`Segment` as ``Segment(...)`` does, at half the cost (one per block)."""
    built = _new(Segment)
    _set_label(built, label)
    _set_text(built, text)
    _set_lines(built, lines)
    _set_reason(built, reason)
    return built


def build_all(
    cls: type, count: int, fields: Iterable[tuple[Callable[[Any, Any], None], Iterable[Any]]]
) -> tuple[Any, ...]:
    """Build ``count`` instances of an attrs slotted class, setting each field over all of them.

    ``fields`` pairs each slot setter (:func:`slot_setters`, every field of the class) with
    the values of that field, in instance order (a ``repeat`` for a shared default). Each
    field is set by one ``map`` of its setter: the loops run in C, with no Python call per
    instance.
    """
    new = cast("Callable[[type], Any]", cls.__new__)
    built = list(map(new, repeat(cls, count)))
    for setter, values in fields:
        # deque(maxlen=0) runs an iterator to its end without keeping what it yields.
        deque(map(setter, built, values), maxlen=0)
    return tuple(built)


def segments(
    labels: Sequence[Label],
    texts: Iterable[str],
    lines: Iterable[tuple[int, int]],
    reasons: Sequence[str],
) -> tuple[Segment, ...]:
    """Build one :class:`Segment` per item of the parallel sequences, as :func:`segment` does.

    Built by :func:`build_all`. ``texts`` and ``lines`` must hold as many items as
    ``labels`` (they are read lazily, from the document's blocks).
    """
    if len(labels) != len(reasons):
        msg = f"{len(labels)} labels but {len(reasons)} reasons"
        raise ValueError(msg)
    return build_all(
        Segment,
        len(labels),
        ((_set_label, labels), (_set_text, texts), (_set_lines, lines), (_set_reason, reasons)),
    )


@attrs.frozen(kw_only=True)
class Quote:
    """A quotation in the body and who said it."""

    text: str
    """The quoted words without the enclosing marks, exactly as in the paragraph."""
    speaker: str | None = None
    """Canonical speaker name or noun phrase (``"Jonathan R. Hoffman"``); ``None`` if unstated."""
    speaker_role: str | None = None
    """Title or role given with the speaker (``"Pentagon spokesman"``), else ``None``."""
    verb: str | None = None
    """The attribution verb as written (``"said"``, ``"sagte"``), else ``None``."""
    paragraph: int = 0
    """Index into ``Article.body`` of the paragraph that holds (the start of) the quote."""
    span: tuple[int, int] = (0, 0)
    """Character range ``[start, end)`` of ``text`` in ``Article.body[paragraph]``."""
    kind: QuoteKind = QuoteKind.DIRECT
    """Direct (a whole statement) or partial (a fragment inside the writer's sentence)."""


@attrs.frozen(kw_only=True)
class Verdict:
    """Whether the page looks like an article, and why."""

    is_article: bool = False
    """True when a headline or a body of real paragraphs was found."""
    reasons: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    """Short reasons for the verdict, e.g. ``("body:12-paragraphs", "headline:found")``."""


def _date_or_none(value: object) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    msg = f"expected datetime.date or datetime.datetime, got {type(value).__name__}"
    raise TypeError(msg)


@attrs.frozen(kw_only=True)
class Article:
    """The parsed article. Immutable; ``None`` = unknown, empty tuple = none found."""

    headline: str | None = None
    """Headline as shown on the page: whitespace-normalised, NFC, no site-name suffix."""
    published: dt.date | None = attrs.field(default=None, converter=_date_or_none)
    """Publication date: a ``datetime.date``, or a tz-aware ``datetime`` when a time with
    zone is known. Never a string; never later than the page's own latest date."""
    updated: dt.date | None = attrs.field(default=None, converter=_date_or_none)
    """Last-modified date, same format as ``published``; ``None`` when not stated."""
    published_raw: str | None = None
    """The date text the ``published`` value was read from, as written."""
    authors: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    """Person names in byline order: no "By", no roles, emails or dates; case preserved;
    deduplicated case-insensitively."""
    tags: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    """Topic tags in page order, deduplicated case-insensitively, each trimmed."""
    dateline: str | None = None
    """Place line that opens the body (``"ERBIL, Kurdistan Region"``), without the dash.
    The first body paragraph keeps it."""
    body: Paragraphs = attrs.field(factory=Paragraphs, converter=_paragraphs)
    """Body paragraphs in order: each stripped, whitespace-normalised, non-empty; section
    sub-headings included; captions, widgets and sidebars excluded."""
    quotes: tuple[Quote, ...] = attrs.field(default=(), converter=_quotes)
    """Quotations found in ``body``, in order of appearance."""
    lang: str | None = None
    """ISO 639-1 code of the text's language, declared or detected; ``None`` if unsure."""
    url: str | None = None
    """The page URL: the ``url=`` hint, else a canonical URL the page declares."""
    site: str | None = None
    """Publisher or site name, when declared or given by a profile."""
    segments: tuple[Segment, ...] = attrs.field(default=(), converter=_segments, repr=False)
    """Every input stretch with its label, in input order (see :class:`Segment`)."""
    verdict: Verdict = attrs.field(factory=Verdict)
    """Article-or-not verdict with its reasons."""

    @property
    def text(self) -> str:
        """Body paragraphs joined by blank lines."""
        return self.body.text

    @property
    def is_article(self) -> bool:
        """Shortcut for ``verdict.is_article``."""
        return self.verdict.is_article

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict: dates as ISO strings, enums as their values."""
        return {
            "headline": self.headline,
            "published": _iso(self.published),
            "updated": _iso(self.updated),
            "published_raw": self.published_raw,
            "authors": list(self.authors),
            "tags": list(self.tags),
            "dateline": self.dateline,
            "body": list(self.body),
            "quotes": [_quote_to_dict(q) for q in self.quotes],
            "lang": self.lang,
            "url": self.url,
            "site": self.site,
            "segments": [
                {"label": s.label.value, "text": s.text, "lines": list(s.lines), "reason": s.reason}
                for s in self.segments
            ],
            "verdict": {
                "is_article": self.verdict.is_article,
                "reasons": list(self.verdict.reasons),
            },
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """Rebuild an Article from :meth:`to_dict` output (the inverse mapping)."""
        verdict = data.get("verdict") or {}
        return cls(
            headline=data.get("headline"),
            published=_from_iso(data.get("published")),
            updated=_from_iso(data.get("updated")),
            published_raw=data.get("published_raw"),
            authors=tuple(data.get("authors") or ()),
            tags=tuple(data.get("tags") or ()),
            dateline=data.get("dateline"),
            body=Paragraphs(data.get("body") or ()),
            quotes=tuple(_quote_from_dict(q) for q in data.get("quotes") or ()),
            lang=data.get("lang"),
            url=data.get("url"),
            site=data.get("site"),
            segments=tuple(
                Segment(
                    label=Label(s["label"]),
                    text=s["text"],
                    lines=(int(s["lines"][0]), int(s["lines"][1])),
                    reason=s.get("reason", ""),
                )
                for s in data.get("segments") or ()
            ),
            verdict=Verdict(
                is_article=bool(verdict.get("is_article", False)),
                reasons=tuple(verdict.get("reasons") or ()),
            ),
        )

    def to_json(self, *, indent: int | None = None) -> str:
        """Serialise :meth:`to_dict` as JSON (UTF-8 text, non-ASCII kept)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_json(cls, text: str) -> Article:
        """Parse JSON written by :meth:`to_json`."""
        return cls.from_dict(json.loads(text))


def _iso(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _from_iso(value: str | None) -> dt.date | None:
    if value is None:
        return None
    if "T" in value:
        return dt.datetime.fromisoformat(value)
    return dt.date.fromisoformat(value)


def _quote_to_dict(q: Quote) -> dict[str, Any]:
    return {
        "text": q.text,
        "speaker": q.speaker,
        "speaker_role": q.speaker_role,
        "verb": q.verb,
        "paragraph": q.paragraph,
        "span": list(q.span),
        "kind": q.kind.value,
    }


def _quote_from_dict(d: Mapping[str, Any]) -> Quote:
    return Quote(
        text=d["text"],
        speaker=d.get("speaker"),
        speaker_role=d.get("speaker_role"),
        verb=d.get("verb"),
        paragraph=int(d.get("paragraph", 0)),
        span=(int(d["span"][0]), int(d["span"][1])),
        kind=QuoteKind(d.get("kind", "direct")),
    )
