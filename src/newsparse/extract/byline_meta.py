"""Declared author candidates (JSON-LD, meta tags, ``rel=author``), weighed against the page.

A declared person who also appears on the visible page outranks one who does not; a
declared outlet, desk or agency is kept only as a last resort, with the lowest scores, so
any person found on the page or in another declaration wins.
"""

from __future__ import annotations

from collections.abc import Iterator

from newsparse.extract import Candidate, Context
from newsparse.extract.byline_lines import URLISH, split_names, word_sets
from newsparse.extract.byline_names import cjk_names, is_site, plain
from newsparse.extract.byline_pieces import strip_prefix
from newsparse.lexicon import Lexicon, fold

__all__ = ["authors_from_meta"]

_ORGANIZATION = ":organization"
"""Source suffix of a declared author typed as an organisation (JSON-LD "@type")."""

_VISIBLE_CHECK_CHARS = 20_000_000
"""Most characters the seen-on-the-page bonus may scan (declared names x visible text): a
page declaring thousands of authors, all printed at its top, made the check quadratic.
Past it no bonus is given (real pages stay far below: a few names, a few kB of text)."""

_OUTLET_MAX_WORDS = 5
"""Longest declared non-person byline kept as a last resort (longer is a sentence)."""

_MAX_DECLARED = 12
"""Most persons one declaration may name and still be the article's byline. A longer list
is the site's roster or a teaser grid's authors ("itemprop=author" on every card), not who
wrote this article (real bylines stay far below: the corpus's longest names four)."""


def _outlet_byline(value: str, lex: Lexicon) -> bool:
    """True for a declared author that may stand as an outlet or desk byline."""
    folded = fold(value)
    if not folded or len(value) > 60 or len(folded.split()) > _OUTLET_MAX_WORDS:
        return False
    if folded in word_sets(lex).menu_lines or not any(c.isalpha() for c in value):
        return False  # a menu word, or a numeric user id ("105092")
    return not URLISH.search(value) and "@" not in value


def _declared_cjk_names(values: list[str], site_names: frozenset[str]) -> list[str]:
    """The Han or Hangul names declared, when every value is one or more of them, else [].

    These scripts have no case, so :func:`split_names` finds no name in them; a declared
    author of two to four Han or Hangul characters ("松岡大地") is a person as surely as a
    declared "Jane Doe". Outlets mostly run longer or hold kana ("朝日新聞デジタル"); a
    short one ("中央日报") is the site's own name (og:site_name, the publisher's name), as
    :func:`split_names` rejects it in Latin script: it stays an outlet byline.
    """
    found: dict[str, None] = {}
    for value in values:
        names = cjk_names(value)
        if not names or any(is_site(fold(n), site_names) for n in names):
            return []
        found.update(dict.fromkeys(names))
    return list(found)


def _seen_plain(name: str, visible: str, plain_visible: list[str]) -> bool:
    """True when ``name`` is printed in ``visible`` in another spelling (see ``plain``).

    ``plain_visible`` holds the plain visible text once read: most declared names are
    found as they are, and the page's text is only read again for the others.
    """
    if not plain_visible:
        plain_visible.append(plain(visible))
    return plain(name) in plain_visible[0]


def authors_from_meta(ctx: Context) -> Iterator[Candidate[tuple[str, ...]]]:
    """Propose declared authors (JSON-LD persons first; organisations only as a last resort)."""
    by_source: dict[str, list[str]] = {}
    # One declared list by source, its organisations and others together, in page order.
    declared: dict[str, list[str]] = {}
    for item in ctx.doc.meta_values("author"):
        by_source.setdefault(item.source, []).append(item.value)
        declared.setdefault(item.source.removesuffix(_ORGANIZATION), []).append(item.value)
    visible = " ".join(b.text for b in ctx.doc.blocks[: ctx.layout.start + 3]).casefold()
    plain_visible: list[str] = []  # the visible text as plain() reads it, on first use
    for source, values in by_source.items():
        # A dict keeps the first of repeated names in order; a list tested with ``in`` made
        # a page declaring thousands of authors quadratic.
        unique: dict[str, None] = {}
        for value in values:
            if fold(value) in ctx.site_names:
                # The declared publisher or site name given as the author too ("Deutsche
                # Welle (www.dw.com)" in both): an outlet, whatever names it reads as.
                continue
            unique.update(dict.fromkeys(split_names(value, ctx.lex, ctx.site_names)))
        names = list(unique)
        if not names:
            names = _declared_cjk_names(values, ctx.site_names)
        if len(names) > _MAX_DECLARED:
            continue  # a roster (see _MAX_DECLARED), not this article's byline
        if not names:
            # A declared outlet, desk or agency ("Example.at", "Metro Staff") names no person, but
            # when it is the only byline the page has it is the author: lowest score, so any
            # person found elsewhere wins. A JSON-LD list of an agency (typed "Organization")
            # and a desk (untyped) is one byline: the untyped part stands for the whole list.
            listed = declared[source] if source + _ORGANIZATION in by_source else values
            # The outlet without a byline prefix ("Par sudinfo.be").
            fallback = dict.fromkeys(
                " ".join(strip_prefix(v, ctx.lex)[0].split())
                for v in listed
                if _outlet_byline(v, ctx.lex)
            )
            if fallback:
                score = 0.6 if source == "jsonld:author" else 0.5
                if "organization" in source:
                    score = 0.4
                yield Candidate(value=tuple(fallback), score=score, source=source)
            continue
        score = 5.5 if source.startswith("jsonld") else 4.0
        if "organization" in source:
            score = 0.5
        if len(names) * len(visible) <= _VISIBLE_CHECK_CHARS and all(
            n.casefold() in visible or _seen_plain(n, visible, plain_visible) for n in names
        ):
            score += 2.0
        yield Candidate(value=tuple(names), score=score, source=source)
