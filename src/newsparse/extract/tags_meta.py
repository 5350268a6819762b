"""Declared tags: article:tag and keywords meta, JSON-LD keywords, rel=tag links, sections.

Each declared value is cleaned (CMS prefixes, identifiers, flags and machine categories
dropped, run-together values split at their separators), the site's own name is taken
out, and each source's list is proposed with a score by source; a page's declared
sections are a weak fallback.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from newsparse.extract import Candidate, Context
from newsparse.extract.features import is_cjk_char
from newsparse.extract.tags_page import _norm_body
from newsparse.extract.tags_words import _SEPARATORS, _dedupe, _mentioned
from newsparse.lexicon import fold

_GUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.IGNORECASE)
"""Identifiers that CMSs put among keywords."""

_LABEL_PREFIX = re.compile(
    r"""^(?:[\w ]{0,20}\bcategory              # "Category:", "Primary category:"
         |sections?|topics?|tags?|organizations?|persons?|locations?)
        \s*[:/]\s*""",
    re.IGNORECASE | re.VERBOSE,
)
"""CMS prefixes on declared keywords: "Category: Travel", "sections/sverige", "topic/x"."""

_INDEX_PREFIX = re.compile(r"^\(\d+\)\s*")
"""A bracketed number opening a declared keyword: a CMS's index or count, not the tag's."""
_MACHINE = re.compile(r"^nlp\b", re.IGNORECASE)
"""Machine-generated categories ("NLP Category: General") are not the editors' tags."""
_MAX_SECTION_CHARS = 40
_META_SCORES = {"rel": 5.5, "jsonld": 4.5, "meta": 4.0}
"""Scores of declared tag lists by source (others 3.5): rel=tag links are the visible ones."""


def _clean_declared(value: str) -> list[str]:
    """Split and clean one declared keyword value; drop identifiers, flags, machine categories."""
    if _MACHINE.match(value) or _GUID.match(value.strip()):
        return []
    value = _LABEL_PREFIX.sub("", value.strip())
    parts = [p for p in _SEPARATORS.split(value) if p]
    if len(parts) == 1 and " " in value and all(map(is_cjk_char, value.replace(" ", "")[:4])):
        # CJK keyword lists are separated by spaces (words themselves have none).
        parts = value.split()
    # An underscore joins the words of a CMS flag ("editors_pick", "_commerce"), never a tag's;
    # a bracketed number opening a keyword is the CMS's index or count ("(1) 無料記事", "(2)").
    return [
        tag
        for p in parts
        if not _GUID.match(p) and "_" not in p and (tag := _INDEX_PREFIX.sub("", p))
    ]


def _without_site_names(tags: tuple[str, ...], site_names: frozenset[str]) -> tuple[str, ...]:
    """Drop the site's own name (or its short form, "Planet" of "Planet Digital") from keywords.

    CMSs add the publication's name and domain to every page's keywords; they tag the
    site, not the article.
    """
    return tuple(
        tag
        for tag in tags
        if not any(
            name.startswith(folded) and 2 * len(folded) >= len(name)
            for folded in (fold(tag),)
            for name in site_names
        )
    )


_MIN_HOST_LABEL_CHARS = 3
"""Shortest label of a URL's host that may spell a site's name ("wdr", "nzz"; not "de")."""


def _host_spelled(names: frozenset[str], url: str | None) -> frozenset[str]:
    """The names that a label of the URL's host spells ("heise online" on heise.de)."""
    host = (urlsplit(url).hostname or "").casefold() if url else ""
    labels = [
        label
        for label in host.split(".")[:-1]
        if len(label) >= _MIN_HOST_LABEL_CHARS and label != "www"
    ]
    return frozenset(
        name
        for name in names
        for joined in (name.replace(" ", ""),)
        if any(
            label in joined or (len(joined) >= _MIN_HOST_LABEL_CHARS and joined in label)
            for label in labels
        )
    )


def _site_names_of(ctx: Context) -> frozenset[str]:
    """The site's names to take out of its keywords, without a section posing as one.

    A site may declare a section's name as its own ("Security", the og:site_name of a
    section on heise.de): when the URL's host spells another declared name ("heise
    online"), a declared name it does not spell is that section's, which is a tag.
    The names the host itself gives (its labels, its domain) always stay.
    """
    declared = frozenset(fold(item.value) for item in ctx.doc.meta_values("site"))
    spelled = _host_spelled(declared, ctx.doc.url)
    if not spelled:
        return ctx.site_names
    host_names = ctx.site_names - declared
    return host_names | spelled


def declared_tags(ctx: Context) -> frozenset[str]:
    """Folded tags the page declares in its metadata (for confirming visible tag lists)."""
    return frozenset(
        t.casefold() for item in ctx.doc.meta_values("tag") for t in _clean_declared(item.value)
    )


def _adds_topics(wide: tuple[str, ...], narrow: frozenset[str], ctx: Context) -> bool:
    """Whether most of the tags a declared list adds to a narrower one are names the body uses.

    A lone common word occurs in any body ("business", "ideas": a section's name): only
    a phrase or a capitalised word ("Public Service", "Ireland") the body uses is evidence.
    """
    extra = [tag for tag in wide if tag.casefold() not in narrow]
    norm_body = _norm_body(ctx)
    named = sum(
        1 for tag in extra if (" " in tag or tag[:1].isupper()) and _mentioned(tag, norm_body)
    )
    return 2 * named > len(extra)


def tags_from_meta(ctx: Context) -> Iterator[Candidate[tuple[str, ...]]]:
    """Propose declared tags (article:tag, JSON-LD keywords, rel=tag links); sections weakly."""
    by_source: dict[str, list[str]] = {}
    # Words for news itself ("News", "ニュース") are in every page's keywords: no tag.
    generic = ctx.lex.generic_tags
    for item in ctx.doc.meta_values("tag"):
        by_source.setdefault(item.source.split(":")[0], []).extend(
            tag for tag in _clean_declared(item.value) if tag.casefold() not in generic
        )
    names: frozenset[str] | None = None  # the site's names, read when a keyword is one
    lists: dict[str, tuple[str, ...]] = {}
    for source, values in by_source.items():
        tags = _dedupe(values)
        kept = _without_site_names(tags, ctx.site_names)
        if len(kept) < len(tags):
            if names is None:
                names = _site_names_of(ctx)
            kept = _without_site_names(tags, names)
        if kept:
            lists[source] = kept
    scores = {source: _META_SCORES.get(source, 3.5) for source in lists}
    folded = {source: frozenset(map(str.casefold, tags)) for source, tags in lists.items()}
    boosts = dict.fromkeys(lists, 0.0)
    for narrow, wide in itertools.permutations(lists, 2):
        if len(lists[narrow]) > 1 and folded[narrow] < folded[wide]:
            # A list that another source's holds whole, with more, is the editors' own:
            # the longer one adds the CMS's flags and sections ("paywall exclude", "web",
            # "gear"), words the article never uses. When it adds topics the article
            # names ("Mary Lou McDonald", "Northern Ireland"), the longer one is the fuller.
            if _adds_topics(lists[wide], folded[narrow], ctx):
                boosts[wide] = max(boosts[wide], scores[narrow] + 0.1)
            else:
                boosts[narrow] = max(boosts[narrow], scores[wide] + 0.1)
    for source, tags in lists.items():
        yield Candidate(value=tags, score=max(scores[source], boosts[source]), source=source)
    sections = _dedupe(
        [
            v
            for item in ctx.doc.meta_values("section")
            for v in _clean_declared(item.value)
            # A "section" of sentence length is a CMS filling the field with the headline.
            if len(v) <= _MAX_SECTION_CHARS and v.casefold() not in generic
        ]
    )
    if sections:
        # A section is a coarse tag: used only when the page declares no tags.
        yield Candidate(value=sections, score=1.0, source="section")
