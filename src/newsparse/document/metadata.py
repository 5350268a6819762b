"""Collect the metadata a page declares (JSON-LD, <meta>, microdata, <time>, rel, hCard).

Nothing is decided here: every declaration becomes a :class:`~newsparse.document.MetaItem`
candidate in document order, keyed by the article field it speaks for, with a ``source``
naming exactly where it came from (``"jsonld:datePublished"``, ``"meta:og:title"``,
``"itemprop:author"``, ``"rel:tag"``, ``"hcard:author"``...) so the resolver can weigh
them. Values are whitespace-normalised strings; dates stay as written.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator
from typing import cast

from lxml import etree

from newsparse.document import MetaItem
from newsparse.document.jsonld import load_jsonld, read_jsonld
from newsparse.spaces import fold_spaces

__all__ = ["MetaReader", "jsonld_in_text", "load_jsonld", "read_metadata"]

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

#: Text-content values (microdata, rel links, <time>) longer than this are not metadata.
MAX_TEXT_VALUE = 300

#: Markup elements (links with ``rel``, ``<time>``, microdata) read per page, at most. Real
#: pages have up to a few hundred (tag clouds, teaser lists with dates, microdata on every
#: comment: a corpus page at most 344); a 10 MB dump has tens of thousands, each an
#: element read and a candidate every rule weighs again, that only repeat what the first
#: ones declared. Declarations (``<meta>``, ``<link>``, JSON-LD, ``<title>``) are always
#: read.
MAX_MARKUP_ELEMENTS = 2000

#: Keyword list separators.
KEYWORD_SEPARATOR = re.compile(r"\s*[,;]\s*")
#: Values that are links, not names (``article:author`` often holds a profile URL).
URL_VALUE = re.compile(r"\A(?:https?:)?//", re.IGNORECASE)


MAX_TEXT_JSONLD = 8
"""``"@context"`` keys of a text dump tried at most as JSON-LD objects (a bound against
hostile input: each try may read to the end of the dump)."""

_CONTEXT_KEY = '"@context"'
"""The key a JSON-LD object opens with."""

_OPENER_SPAN = 200
"""Characters searched back from a ``"@context"`` key for the brace opening its object."""

_TEXT_DECODER = json.JSONDecoder(strict=False)


def jsonld_in_text(text: str) -> tuple[tuple[MetaItem, ...], tuple[tuple[int, int], ...]]:
    """Return the candidates of the JSON-LD objects a text dump holds whole, and their spans.

    A dump of a page's source with its tags gone keeps its scripts: an object that opens
    with ``"@context"`` (after its brace) and parses as JSON to its closing brace is read
    as a ``<script type="application/ld+json">`` body would be, when its headline is also
    shown in the dump outside the object (an example object quoted by an article is not
    the page's). At most
    :data:`MAX_TEXT_JSONLD` keys are tried, so the search stays linear in the dump.

    Args:
        text: The decoded text dump.

    Returns:
        Candidates as :func:`read_metadata` gives them (none for most dumps), and the
        ``(start, end)`` character offsets of each object read.
    """
    items: list[MetaItem] = []
    spans: list[tuple[int, int]] = []
    position = 0
    for _ in range(MAX_TEXT_JSONLD):
        at = text.find(_CONTEXT_KEY, position)
        if at < 0:
            break
        position = at + len(_CONTEXT_KEY)
        start = text.rfind("{", max(0, at - _OPENER_SPAN), at)
        if start < 0 or text[start + 1 : at].strip():
            continue
        try:
            end = _TEXT_DECODER.raw_decode(text, start)[1]
        except (ValueError, RecursionError):
            continue
        found: list[MetaItem] = []
        read_jsonld(text[start:end], functools.partial(_emit, found))
        if _shown_headline(found, text, start, end):
            items.extend(found)
        spans.append((start, end))
        position = end
    return tuple(items), tuple(spans)


def _shown_headline(found: list[MetaItem], text: str, start: int, end: int) -> bool:
    """Whether an object's headline is also shown in the dump, outside the object.

    A script of the page that the dump kept describes the page the dump shows; an object
    whose headline is shown nowhere else (a schema.org example quoted by an article about
    markup, a teaser's object) speaks for no field.
    """
    for item in found:
        if item.key == "headline" and (
            text.find(item.value, 0, start) >= 0 or text.find(item.value, end) >= 0
        ):
            return True
    return False


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
    reader.subtree(root, hcards=True)
    return tuple(reader.items)


class MetaReader:
    """Collects candidates element by element, for a walk that visits the page anyway.

    The HTML reader's own walk hands over, in document order, every element that may
    declare something (a tag of :data:`META_TAGS` or an ``itemprop`` attribute; others
    are harmless) and every subtree it skips, which saves a second walk over the tree.
    """

    __slots__ = ("items", "markup_left", "title_seen")

    def __init__(self, root: etree._Element) -> None:
        self.items: list[MetaItem] = []
        self.title_seen = False
        self.markup_left = MAX_MARKUP_ELEMENTS
        lang = root.get("lang") or root.get("xml:lang")
        if lang:
            _emit(self.items, "lang", lang, "html:lang")

    def subtree(self, top: etree._Element, *, hcards: bool = False) -> None:
        """Read an element and all its descendants, in document order.

        With ``hcards`` it also reads hCard authors (see :meth:`hcard`); the HTML reader's
        walk reads those of the visible elements itself, and leaves them out of the
        subtrees it skips (scripts, SVG, form controls: none holds a byline).
        """
        # iterwalk() rather than iter(): it holds the ancestors' proxies, and lxml frees
        # an element's proxy by walking up to the nearest ancestor that has one, which
        # under iter() is the root: time proportional to elements x depth (0.5 s of the
        # 10 MB adversarial dump against 0.1 s).
        element = self.element
        if not len(top):
            # Most skipped subtrees are one <script> or <style>: spare the walker.
            element(top)
            return
        # Other tags declare something only with itemprop (see element()): tested here,
        # without the call, for the many <path>, <g>, <use>... of an inline SVG.
        tags = META_TAGS
        for _, descendant in etree.iterwalk(top, events=("start",)):
            if descendant.tag in tags or descendant.get("itemprop"):
                element(descendant)
            if hcards and "vcard" in (descendant.get("class") or ""):
                self.hcard(descendant)

    def element(self, element: etree._Element) -> None:
        """Read the declarations of one element (not of its descendants)."""
        tag = element.tag
        items = self.items
        if tag not in META_TAGS or tag == "a":
            # The commonest tag by far is "a", and it says something only with itemprop or
            # rel; other tags here only with itemprop.
            itemprop = element.get("itemprop")
            rel = tag == "a" and element.get("rel")
            if (itemprop or rel) and self._take():
                if itemprop:
                    _from_itemprop(element, items)
                if rel:
                    _from_rel(element, items)
            return
        if tag == "meta":
            _from_meta(element, items)
            return
        if tag == "script":
            if element.get("type", "").strip().lower() == "application/ld+json" and element.text:
                read_jsonld(element.text, functools.partial(_emit, items))
            return
        if tag == "time" and not self._take():
            return
        if element.get("itemprop"):
            _from_itemprop(element, items)
        if tag == "title" and not self.title_seen:
            self.title_seen = _title(element, items)
        elif tag == "time" and not element.get("itemprop"):
            _from_time(element, items)
        elif tag == "link":
            _from_rel(element, items)

    def hcard(self, element: etree._Element) -> None:
        """Read an hCard author: an element whose classes hold both ``author`` and ``vcard``.

        The hAtom microformat (WordPress themes print it in every post's byline:
        ``<span class="author vcard"><a class="url fn n">tlow</a></span>``) declares the
        entry's author as ``rel=author`` does; the name is the text of its ``fn`` part, or
        the whole element's. A reader's comment marks its writer ``comment-author vcard``
        (not this token), but themes also nest an ``author vcard`` in a comment: one inside
        an element whose class or id names a comment is left out. The caller has seen
        "vcard" in the element's attributes (a substring test, so most elements pay nothing).
        """
        tokens = (element.get("class") or "").lower().split()
        if "vcard" not in tokens or "author" not in tokens or not self._take():
            return
        for depth, parent in enumerate(element.iterancestors()):
            if depth == _ITEM_DEPTH:
                break
            if (
                "comment" in (parent.get("class") or "").lower()
                or "comment" in (parent.get("id") or "").lower()
            ):
                return
        named = element
        for count, part in enumerate(element.iterdescendants()):
            if count == _HCARD_PARTS:
                break
            if "fn" in (part.get("class") or "").split():
                named = part
                break
        _emit(self.items, "author", _text_of(named), "hcard:author")

    def _take(self) -> bool:
        """Count one markup element read; false once :data:`MAX_MARKUP_ELEMENTS` were."""
        self.markup_left -= 1
        return self.markup_left >= 0


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
    # Most links and <time> elements hold one text node: spare them the iterator.
    raw = "".join(cast("Iterator[str]", element.itertext())) if len(element) else element.text or ""
    text = fold_spaces(raw)
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
        if key == "author" and _of_a_comment(element):
            continue  # a commenter ("UserComments" > "creator"), not the article's author
        value = element.get("content") or element.get("datetime")
        if value is None and prop.lower() in ITEMPROP_NAMED:
            for named in element.iterdescendants():
                if named.get("itemprop") == "name":
                    value = named.get("content") or _text_of(named)
                    break
        if value is None:
            value = _text_of(element)
        _emit(items, key, value, f"itemprop:{prop}")


_COMMENT_TYPES = ("comment", "usercomments")
"""Last path segments (lower-cased) of schema.org item types that are a reader's comment."""

_ITEM_DEPTH = 32
"""Ancestors searched for the item a property belongs to (a comment's writer sits a few
levels under its item)."""

_HCARD_PARTS = 16
"""Descendants of an hCard searched for its ``fn`` (formatted name) part."""


def _of_a_comment(element: etree._Element) -> bool:
    """True when the microdata item a property belongs to is a comment.

    The item is the nearest enclosing element with ``itemscope``; its ``itemtype``
    ("https://schema.org/UserComments") says what it is. Only the nearest
    ``_ITEM_DEPTH`` ancestors are read, so that many author properties deep in a page
    without items cost linear time, not elements x depth.
    """
    for depth, parent in enumerate(element.iterancestors()):
        if depth == _ITEM_DEPTH:
            break
        if parent.get("itemscope") is not None:
            kind = parent.get("itemtype", "").rstrip("/").rsplit("/", 1)[-1].lower()
            return kind in _COMMENT_TYPES
    return False


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
        # WordPress marks a post's category links rel="category tag": sections, not tags.
        if "category" in rels:
            _emit(items, "section", _text_of(element), "rel:category")
        else:
            _emit(items, "tag", _text_of(element), "rel:tag")
