"""Read the metadata candidates of JSON-LD scripts (schema.org articles, pages, sites).

Scripts are parsed leniently (:func:`load_jsonld`), then the objects that describe the
page are followed through graphs and main entities, and their fields are handed to an
``emit(key, value, source)`` callback in order; :mod:`newsparse.document.metadata` turns
them into :class:`~newsparse.document.MetaItem` candidates.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Iterator
from typing import Any

__all__ = ["Emit", "load_jsonld", "read_jsonld"]

Emit = Callable[[str, Any, str], None]
"""The callback that receives ``(key, value, source)`` for every candidate."""

#: schema.org types whose fields describe the article itself.
ARTICLE_TYPES = frozenset(
    {
        "Article", "NewsArticle", "AnalysisNewsArticle", "AskPublicNewsArticle",
        "BackgroundNewsArticle", "OpinionNewsArticle", "ReportageNewsArticle",
        "ReviewNewsArticle", "SatiricalArticle", "AdvertiserContentArticle", "BlogPosting",
        "LiveBlogPosting", "SocialMediaPosting", "DiscussionForumPosting", "TechArticle",
        "ScholarlyArticle", "MedicalScholarlyArticle", "Report", "APIReference",
    }
)  # fmt: skip
#: schema.org page types: their dates and names are weaker evidence than an article's.
PAGE_TYPES = frozenset({"WebPage", "ItemPage", "AboutPage", "MediaGallery"})
#: Authors of these types are not people.
ORGANIZATION_TYPES = frozenset(
    {
        "Organization", "NewsMediaOrganization", "Corporation", "EducationalOrganization",
        "GovernmentOrganization", "NGO", "OnlineBusiness", "LocalBusiness", "Brand",
        "PerformingGroup", "Project", "WebSite",
    }
)  # fmt: skip
#: JSON-LD keys followed when looking for typed objects: the graph and the page's main
#: entity. Others (``itemListElement``, ``relatedLink``...) hold *other* articles.
JSONLD_CONTAINER_KEYS = ("@graph", "mainEntity", "mainEntityOfPage", "@reverse")
#: JSON-LD objects visited per script at most (a bound against hostile documents).
MAX_JSONLD_OBJECTS = 2000
#: An HTML comment or CDATA opener before a JSON-LD script body (anchored: match() only).
JSONLD_OPENER = re.compile(r"\s*(?:<!--|(?://\s*)?<!\[CDATA\[)")
#: Closers of those wrappers, removed from the end of the stripped body.
JSONLD_CLOSERS = ("-->", "]]>", "//")
#: A comma right before a closing bracket (JSON forbids it, JavaScript allows it).
TRAILING_COMMA = re.compile(r",\s*(?=[}\]])")
#: Backslash escapes JSON does not know (``\'``, ``\-``...): the backslash is dropped.
BAD_ESCAPE = re.compile(r"""\\(?=[^"\\/bfnrtu])""")
#: Separators tolerated between JSON values concatenated in one script.
JSON_GAP = frozenset(" \t\r\n,;")

_DECODER = json.JSONDecoder(strict=False)


def read_jsonld(script: str, emit: Emit) -> None:
    """Emit the candidates of every article, page and site object in one JSON-LD script.

    Args:
        script: The text of a ``<script type="application/ld+json">`` element.
        emit: Called with ``(key, value, source)`` for every candidate, in order; the
            value is as found (a string, number, list item...), for the caller to check.
    """
    objects = list(_typed_objects(load_jsonld(script)))
    # Graphs (Yoast and others) give authors and publishers as {"@id": ...} references to
    # objects elsewhere in the graph.
    named = {
        obj["@id"]: obj for obj in objects if isinstance(obj.get("@id"), str) and "name" in obj
    }
    for obj in objects:
        types = _types(obj)
        if types & ARTICLE_TYPES:
            _article(obj, types, emit, named)
        elif types & PAGE_TYPES:
            _page(obj, emit)
        elif "WebSite" in types:
            emit("site", _unescape(obj.get("name")), "jsonld:website:name")


def load_jsonld(script: str) -> list[Any]:
    """Parse a JSON-LD script body, repairing the usual breakage; never raises.

    Handles HTML comment and CDATA wrappers, raw control characters in strings, trailing
    commas, unknown backslash escapes and several JSON values concatenated in one script.

    Args:
        script: The text of a ``<script type="application/ld+json">`` element.

    Returns:
        The top-level JSON values that could be read (possibly none).
    """
    text = _unwrap(script)
    try:
        return [_DECODER.decode(text)]
    except (ValueError, RecursionError):
        pass
    text = BAD_ESCAPE.sub("", TRAILING_COMMA.sub("", text))
    values: list[Any] = []
    position = _skip_gap(text, 0)
    while position < len(text):
        try:
            value, position = _DECODER.raw_decode(text, position)
        except (ValueError, RecursionError):
            break
        values.append(value)
        position = _skip_gap(text, position)
    return values


def _unwrap(script: str) -> str:
    """Strip white space and HTML comment or CDATA wrappers from a script body."""
    opener = JSONLD_OPENER.match(script)
    text = script[opener.end() :] if opener else script
    text = text.strip()
    while text.endswith(JSONLD_CLOSERS):
        closer = next(closer for closer in JSONLD_CLOSERS if text.endswith(closer))
        text = text[: -len(closer)].rstrip()
    return text


def _skip_gap(text: str, position: int) -> int:
    """Return the position after white space, commas and semicolons between JSON values."""
    while position < len(text) and text[position] in JSON_GAP:
        position += 1
    return position


def _typed_objects(values: list[Any]) -> Iterator[dict[str, Any]]:
    """Yield the objects reachable through top-level lists, ``@graph`` and main entities."""
    pending: list[Any] = list(reversed(values))
    visited = 0
    while pending and visited < MAX_JSONLD_OBJECTS:
        value = pending.pop()
        visited += 1
        if isinstance(value, list):
            pending.extend(reversed(value))
        elif isinstance(value, dict):
            yield value
            pending.extend(
                value[key]
                for key in reversed(JSONLD_CONTAINER_KEYS)
                if isinstance(value.get(key), dict | list)
            )


def _types(obj: dict[str, Any]) -> frozenset[str]:
    """Return an object's ``@type`` names without vocabulary prefixes."""
    raw = obj.get("@type")
    names = raw if isinstance(raw, list) else [raw]
    return frozenset(
        name.rsplit("/", 1)[-1].rsplit(":", 1)[-1] for name in names if isinstance(name, str)
    )


def _strings(value: Any) -> Iterator[Any]:
    """Yield a value, or the items of a list value (one level)."""
    if isinstance(value, list):
        yield from value
    else:
        yield value


def _unescape(value: Any) -> Any:
    """Decode HTML entities that CMSs leave in JSON-LD strings (``&#8217;``, ``&amp;``)."""
    return html.unescape(value) if isinstance(value, str) and "&" in value else value


def _article(
    obj: dict[str, Any],
    types: frozenset[str],
    emit: Emit,
    named: dict[str, dict[str, Any]],
) -> None:
    """Emit the fields of a JSON-LD article object."""
    for name in sorted(types & ARTICLE_TYPES):
        emit("type", name, "jsonld:@type")
    headline_field = "headline" if obj.get("headline") else "name"
    simple = (
        ("headline", headline_field),
        ("published", "datePublished"),
        ("published", "dateCreated"),
        ("updated", "dateModified"),
        ("section", "articleSection"),
        ("tag", "keywords"),
        ("description", "description"),
        ("url", "url"),
    )
    for key, field in simple:
        for value in _strings(obj.get(field)):
            emit(key, _unescape(value), f"jsonld:{field}")
    _language(obj, emit, "jsonld:inLanguage")
    for field in ("author", "creator"):
        for person in _strings(obj.get(field)):
            _person(_resolve(person, named), field, emit)
    for value in _strings(obj.get("publisher")):
        publisher = _resolve(value, named)
        if isinstance(publisher, dict):
            emit("site", _unescape(publisher.get("name")), "jsonld:publisher.name")
    page = obj.get("mainEntityOfPage")
    if isinstance(page, dict):
        page = page.get("@id") or page.get("url")
    emit("url", page, "jsonld:mainEntityOfPage")


def _resolve(value: Any, named: dict[str, dict[str, Any]]) -> Any:
    """Replace a nameless ``{"@id": ...}`` reference by the graph object it points to."""
    if isinstance(value, dict) and "name" not in value and isinstance(value.get("@id"), str):
        return named.get(value["@id"], value)
    return value


def _person(value: Any, field: str, emit: Emit) -> None:
    """Emit one JSON-LD author: a name string or a Person/Organization object."""
    if isinstance(value, str):
        emit("author", _unescape(value), f"jsonld:{field}")
        return
    if not isinstance(value, dict):
        return
    source = f"jsonld:{field}"
    if _types(value) & ORGANIZATION_TYPES:
        source += ":organization"
    for name in _strings(value.get("name")):
        emit("author", _unescape(name), source)


def _page(obj: dict[str, Any], emit: Emit) -> None:
    """Emit the weaker fields of a JSON-LD WebPage object."""
    for key, field in (
        ("headline", "name"),
        ("published", "datePublished"),
        ("updated", "dateModified"),
    ):
        for value in _strings(obj.get(field)):
            emit(key, _unescape(value), f"jsonld:webpage:{field}")
    _language(obj, emit, "jsonld:webpage:inLanguage")


def _language(obj: dict[str, Any], emit: Emit, source: str) -> None:
    """Emit ``inLanguage`` given as a code string or a Language object."""
    language = obj.get("inLanguage")
    if isinstance(language, dict):
        language = language.get("alternateName") or language.get("name")
    emit("lang", language, source)
