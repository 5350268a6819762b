"""Collect the metadata a page declares (JSON-LD, <meta>, microdata, <time>, rel) as MetaItems.

Nothing is decided here: every declaration becomes a :class:`~newsparse.document.MetaItem`
candidate in document order, keyed by the article field it speaks for, with a ``source``
naming exactly where it came from (``"jsonld:datePublished"``, ``"meta:og:title"``,
``"itemprop:author"``, ``"rel:tag"``...) so the resolver can weigh them. Values are
whitespace-normalised strings; dates stay as written.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from typing import Any, cast

from lxml import etree

from newsparse.document import MetaItem

__all__ = ["MetaReader", "read_metadata"]

#: Elements that can carry metadata whatever their attributes (any element can also carry
#: ``itemprop``). A plain ``iter()`` with this test beats an XPath union by half.
META_TAGS = frozenset({"script", "meta", "link", "time", "a", "title"})

#: ``<meta name|property|itemprop|http-equiv>`` names (lower-cased) → MetaItem key.
META_KEYS: dict[str, str] = {
    **dict.fromkeys(
        (
            "og:title", "twitter:title", "dc.title", "dcterms.title", "title", "headline",
            "parsely-title", "sailthru.title", "citation_title",
        ),
        "headline",
    ),
    **dict.fromkeys(
        (
            "article:published_time", "og:article:published_time", "article:published",
            "og:published_time", "published_time", "article.published", "datepublished",
            "datecreated", "date", "pubdate", "publishdate", "publish-date", "publish_date",
            "publication_date", "pub_date", "dc.date", "dc.date.issued", "dc.date.created",
            "dcterms.date", "dcterms.issued", "dcterms.created", "sailthru.date",
            "parsely-pub-date", "article.created", "article_date_original",
            "original-publish-date", "citation_publication_date", "citation_date",
            "displaydate", "cxenseparse:recs:publishtime",
        ),
        "published",
    ),
    **dict.fromkeys(
        (
            "article:modified_time", "og:article:modified_time", "article:modified",
            "og:updated_time", "datemodified", "dcterms.modified", "dc.date.modified",
            "last-modified", "lastmod", "article.updated", "modified_time",
        ),
        "updated",
    ),
    **dict.fromkeys(
        (
            "author", "article:author", "og:article:author", "dc.creator", "dcterms.creator",
            "parsely-author", "sailthru.author", "byl", "citation_author", "article.author",
            "cxenseparse:author",
        ),
        "author",
    ),
    **dict.fromkeys(
        (
            "keywords", "news_keywords", "article:tag", "og:article:tag", "parsely-tags",
            "sailthru.tags", "dc.subject", "dcterms.subject",
        ),
        "tag",
    ),
    **dict.fromkeys(
        ("article:section", "og:article:section", "parsely-section", "section", "article.section"),
        "section",
    ),
    **dict.fromkeys(
        ("og:site_name", "application-name", "dc.publisher", "dcterms.publisher", "publisher"),
        "site",
    ),
    **dict.fromkeys(
        ("og:locale", "content-language", "dc.language", "dcterms.language", "language"), "lang"
    ),
    **dict.fromkeys(("og:url", "twitter:url", "parsely-link"), "url"),
    **dict.fromkeys(
        ("description", "og:description", "twitter:description", "dc.description",
         "dcterms.description"),
        "description",
    ),
    **dict.fromkeys(("og:type", "parsely-type"), "type"),
}  # fmt: skip

#: Microdata ``itemprop`` names (lower-cased) → MetaItem key.
ITEMPROP_KEYS: dict[str, str] = {
    "headline": "headline",
    "datepublished": "published",
    "datecreated": "published",
    "datemodified": "updated",
    "author": "author",
    "creator": "author",
    "keywords": "tag",
    "articlesection": "section",
    "inlanguage": "lang",
    "publisher": "site",
}
#: Microdata properties whose value is a nested item with its own ``itemprop="name"``.
ITEMPROP_NAMED = frozenset({"author", "creator", "publisher"})

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
#: Text-content values (microdata, rel links, <time>) longer than this are not metadata.
MAX_TEXT_VALUE = 300

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
#: Keyword list separators.
KEYWORD_SEPARATOR = re.compile(r"\s*[,;]\s*")
#: Values that are links, not names (``article:author`` often holds a profile URL).
URL_VALUE = re.compile(r"\A(?:https?:)?//", re.IGNORECASE)

_DECODER = json.JSONDecoder(strict=False)


def read_metadata(root: etree._Element) -> tuple[MetaItem, ...]:
    """Return every metadata candidate the page declares, in document order.

    Args:
        root: The ``<html>`` element of the parsed page.

    Returns:
        Candidates keyed ``headline``, ``title``, ``published``, ``updated``, ``author``,
        ``tag``, ``section``, ``site``, ``lang``, ``url``, ``description`` or ``type``.
        Keyword lists are split into one ``tag`` item per keyword; author values that are
        URLs are dropped (they name no one).
    """
    reader = MetaReader(root)
    reader.subtree(root)
    return tuple(reader.items)


class MetaReader:
    """Collects candidates element by element, for a walk that visits the page anyway.

    The HTML reader's own walk hands over, in document order, every element that may
    declare something (a tag of :data:`META_TAGS` or an ``itemprop`` attribute; others
    are harmless) and every subtree it skips, which saves a second walk over the tree.
    """

    __slots__ = ("items", "title_seen")

    def __init__(self, root: etree._Element) -> None:
        self.items: list[MetaItem] = []
        self.title_seen = False
        lang = root.get("lang") or root.get("xml:lang")
        if lang:
            _emit(self.items, "lang", lang, "html:lang")

    def subtree(self, top: etree._Element) -> None:
        """Read an element and all its descendants, in document order."""
        # iterwalk() rather than iter(): it holds the ancestors' proxies, and lxml frees
        # an element's proxy by walking up to the nearest ancestor that has one, which
        # under iter() is the root: time proportional to elements x depth (0.5 s of the
        # 10 MB adversarial dump against 0.1 s).
        element = self.element
        if not len(top):
            # Most skipped subtrees are one <script> or <style>: spare the walker.
            element(top)
            return
        for _, descendant in etree.iterwalk(top, events=("start",)):
            element(descendant)

    def element(self, element: etree._Element) -> None:
        """Read the declarations of one element (not of its descendants)."""
        tag = element.tag
        items = self.items
        if tag not in META_TAGS:
            if element.get("itemprop"):
                _from_itemprop(element, items)
            return
        if tag == "a":
            # The commonest tag by far, and it says something only with itemprop or rel.
            if element.get("itemprop"):
                _from_itemprop(element, items)
            if element.get("rel"):
                _from_rel(element, items)
            return
        if tag == "meta":
            _from_meta(element, items)
            return
        if tag == "script":
            if element.get("type", "").strip().lower() == "application/ld+json" and element.text:
                _from_jsonld(element.text, items)
            return
        if element.get("itemprop"):
            _from_itemprop(element, items)
        if tag == "title" and not self.title_seen:
            self.title_seen = _title(element, items)
        elif tag == "time" and not element.get("itemprop"):
            _from_time(element, items)
        elif tag == "link":
            _from_rel(element, items)


def _emit(items: list[MetaItem], key: str, value: object, source: str) -> None:
    """Append one candidate when its value is a non-empty string (or a number)."""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return
    text = " ".join(str(value).split())
    if not text or (key == "author" and URL_VALUE.match(text)):
        return
    if key == "tag":
        items.extend(
            MetaItem(key=key, value=keyword, source=source)
            for keyword in KEYWORD_SEPARATOR.split(text)
            if keyword
        )
        return
    items.append(MetaItem(key=key, value=text, source=source))


def _text_of(element: etree._Element) -> str:
    """Return an element's text content, whitespace-normalised ('' when implausibly long)."""
    text = " ".join("".join(cast("Iterator[str]", element.itertext())).split())
    return text if len(text) <= MAX_TEXT_VALUE else ""


def _title(element: etree._Element, items: list[MetaItem]) -> bool:
    """Emit the document ``<title>`` (not an SVG's); return whether this was it."""
    parent = element.getparent()
    if parent is None or parent.tag not in {"head", "html"}:
        return False
    _emit(items, "title", _text_of(element), "html:title")
    return True


def _from_meta(element: etree._Element, items: list[MetaItem]) -> None:
    """Emit the candidate a ``<meta>`` declares, if its name is one we know."""
    content = element.get("content")
    if content is None:
        return
    itemprop = element.get("itemprop")
    if itemprop:
        for prop in itemprop.split():
            key = ITEMPROP_KEYS.get(prop.lower())
            if key is not None:
                _emit(items, key, content, f"itemprop:{prop}")
    name = element.get("property") or element.get("name") or element.get("http-equiv")
    if not name:
        return
    name = name.strip().lower()
    key = META_KEYS.get(name)
    if key is not None:
        _emit(items, key, content, f"meta:{name}")


def _from_itemprop(element: etree._Element, items: list[MetaItem]) -> None:
    """Emit microdata properties of a non-``<meta>`` element."""
    for prop in element.get("itemprop", "").split():
        key = ITEMPROP_KEYS.get(prop.lower())
        if key is None:
            continue
        value = element.get("content") or element.get("datetime")
        if value is None and prop.lower() in ITEMPROP_NAMED:
            for named in element.iterdescendants():
                if named.get("itemprop") == "name":
                    value = named.get("content") or _text_of(named)
                    break
        if value is None:
            value = _text_of(element)
        _emit(items, key, value, f"itemprop:{prop}")


def _from_time(element: etree._Element, items: list[MetaItem]) -> None:
    """Emit a ``<time>`` element's machine-readable date, or its text."""
    value = element.get("datetime")
    if value:
        _emit(items, "published", value, "time:datetime")
    else:
        source = "time:pubdate" if element.get("pubdate") is not None else "time:text"
        _emit(items, "published", _text_of(element), source)


def _from_rel(element: etree._Element, items: list[MetaItem]) -> None:
    """Emit ``rel=author``/``rel=tag`` link texts and the ``rel=canonical`` URL."""
    rels = element.get("rel", "").lower().split()
    if element.tag == "link":
        if "canonical" in rels:
            _emit(items, "url", element.get("href"), "link:canonical")
        return
    if "author" in rels:
        _emit(items, "author", _text_of(element), "rel:author")
    if "tag" in rels:
        _emit(items, "tag", _text_of(element), "rel:tag")


def _from_jsonld(script: str, items: list[MetaItem]) -> None:
    """Emit the candidates of every article, page and site object in one JSON-LD script."""
    objects = list(_typed_objects(load_jsonld(script)))
    # Graphs (Yoast and others) give authors and publishers as {"@id": ...} references to
    # objects elsewhere in the graph.
    named = {
        obj["@id"]: obj for obj in objects if isinstance(obj.get("@id"), str) and "name" in obj
    }
    for obj in objects:
        types = _types(obj)
        if types & ARTICLE_TYPES:
            _article(obj, types, items, named)
        elif types & PAGE_TYPES:
            _page(obj, items)
        elif "WebSite" in types:
            _emit(items, "site", _unescape(obj.get("name")), "jsonld:website:name")


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
    items: list[MetaItem],
    named: dict[str, dict[str, Any]],
) -> None:
    """Emit the fields of a JSON-LD article object."""
    for name in sorted(types & ARTICLE_TYPES):
        _emit(items, "type", name, "jsonld:@type")
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
            _emit(items, key, _unescape(value), f"jsonld:{field}")
    _language(obj, items, "jsonld:inLanguage")
    for field in ("author", "creator"):
        for person in _strings(obj.get(field)):
            _person(_resolve(person, named), field, items)
    for value in _strings(obj.get("publisher")):
        publisher = _resolve(value, named)
        if isinstance(publisher, dict):
            _emit(items, "site", _unescape(publisher.get("name")), "jsonld:publisher.name")
    page = obj.get("mainEntityOfPage")
    if isinstance(page, dict):
        page = page.get("@id") or page.get("url")
    _emit(items, "url", page, "jsonld:mainEntityOfPage")


def _resolve(value: Any, named: dict[str, dict[str, Any]]) -> Any:
    """Replace a nameless ``{"@id": ...}`` reference by the graph object it points to."""
    if isinstance(value, dict) and "name" not in value and isinstance(value.get("@id"), str):
        return named.get(value["@id"], value)
    return value


def _person(value: Any, field: str, items: list[MetaItem]) -> None:
    """Emit one JSON-LD author: a name string or a Person/Organization object."""
    if isinstance(value, str):
        _emit(items, "author", _unescape(value), f"jsonld:{field}")
        return
    if not isinstance(value, dict):
        return
    source = f"jsonld:{field}"
    if _types(value) & ORGANIZATION_TYPES:
        source += ":organization"
    for name in _strings(value.get("name")):
        _emit(items, "author", _unescape(name), source)


def _page(obj: dict[str, Any], items: list[MetaItem]) -> None:
    """Emit the weaker fields of a JSON-LD WebPage object."""
    for key, field in (
        ("headline", "name"),
        ("published", "datePublished"),
        ("updated", "dateModified"),
    ):
        for value in _strings(obj.get(field)):
            _emit(items, key, _unescape(value), f"jsonld:webpage:{field}")
    _language(obj, items, "jsonld:webpage:inLanguage")


def _language(obj: dict[str, Any], items: list[MetaItem], source: str) -> None:
    """Emit ``inLanguage`` given as a code string or a Language object."""
    language = obj.get("inLanguage")
    if isinstance(language, dict):
        language = language.get("alternateName") or language.get("name")
    _emit(items, "lang", language, source)
