"""Checks on a visible tag list once read: site menus, run-on boxes, unmentioned tails.

A page prints its topic menu under the same heading as an article's tags, and a text
dump runs the next box on into a list: :func:`_site_menu` rejects a menu,
:func:`_cut_at_prose` and :func:`_trim_unmentioned` cut what ran on.
"""

from __future__ import annotations

import weakref
from collections import Counter

from newsparse.extract import Context
from newsparse.extract.features import Cue
from newsparse.extract.tags_page import _TEXT_OF
from newsparse.extract.tags_words import (
    _NOT_A_TAG,
    _PARTICLES,
    _SENTENCE_STOPWORDS,
    _mentioned,
    _norm,
)
from newsparse.lexicon import fold

# Enum members read as module constants: on Python 3.11 an enum member read costs a
# metaclass attribute lookup (~8 times a global read), and these are read per block or line.
_CUE_NAVIGATION = Cue.NAVIGATION
_CUE_WIDGET = Cue.WIDGET


_MENU_LINES = 3
"""Navigation lines among a heading's list that make it a site menu (:func:`_site_menu`)."""
_HEADER_MENU_ITEMS = 5
"""Fewest items of a heading's list above the headline that make it the site's menu."""

_LINE_COUNTS: list[tuple[weakref.ref[Context], Counter[str]]] = []
"""How often each block text occurs on the last page seen (:func:`_line_counts`), while its
context lives (a weak reference, for the reason
:data:`~newsparse.extract.tags_page._NORM_BODY` gives)."""


def _forget_line_counts(ref: weakref.ref[Context]) -> None:
    """Drop the line counts of a context that has died (unless a later page replaced them)."""
    if _LINE_COUNTS and _LINE_COUNTS[0][0] is ref:
        _LINE_COUNTS.clear()


def _line_counts(ctx: Context) -> Counter[str]:
    """How often each block text occurs on the page, counted once per page.

    Only pages with a heading list count (a one-entry memo, read as one tuple for the
    reason :func:`_norm_body` gives).
    """
    entry = _LINE_COUNTS[0] if _LINE_COUNTS else None
    if entry is not None and entry[0]() is ctx:
        return entry[1]
    counts = Counter(map(_TEXT_OF, ctx.doc.blocks))
    _LINE_COUNTS[:] = [(weakref.ref(ctx, _forget_line_counts), counts)]
    return counts


def _site_menu(i: int, claimed: tuple[int, ...], ctx: Context) -> bool:
    """Whether the lines under heading ``i`` are a site's topic menu, not the article's tags.

    A page prints its menu twice or more (header, footer, a drawer), each time under the
    same heading ("Themen", "Topics"); an article's tag list stands under its heading once.
    A long list above the headline is the header's menu. A list that opens with several
    navigation lines (sections, services: "Politik", "Kontakt", "Newsletter") is a menu
    too: a tag list names a section or two, and the menu a text dump runs on into comes
    at its end (:func:`_run_on_ends` trims it).
    """
    if _line_counts(ctx)[ctx.doc.blocks[i].text] > 1:
        return True
    feats = ctx.feats
    items = claimed[1:]
    headline = ctx.headline_block
    if headline is not None and claimed[-1] < headline and len(items) >= _HEADER_MENU_ITEMS:
        # A long list above the headline is the site header's menu: an article's own
        # topic lines above its headline are a kicker or a category or two.
        return True
    head = items[: (len(items) + 1) // 2]
    return sum(1 for j in head if feats[j].cue is _CUE_NAVIGATION) >= _MENU_LINES


def _trim_unmentioned(
    tags: tuple[str, ...],
    norm_body: str,
    ends: frozenset[str] | None,
    services: frozenset[str] = frozenset(),
    stopwords: frozenset[str] = frozenset(),
) -> tuple[tuple[str, ...], float]:
    """Drop the unmentioned tail of a heading's list; return it with its mentioned share.

    A text dump runs the lines after a tag list on without a break ("Share", "Sponsored
    by our partners"); those trailing lines are words the article never uses, while a
    list's true tags mostly are. Only the tail goes: an unmentioned tag inside the list
    is kept, and a list with no mentioned tag is left whole. ``ends`` (see
    :func:`_run_on_ends`) says whether the tail may go: ``None`` never, an empty set
    always, else only when a tail tag is one of its (folded) menu lines. A site-service
    line (``services``: "Kontakt", "Newsletter") that the body uses ("Kontakt hatten")
    is no evidence of a tag: it counts as unmentioned, so a menu's tail goes (inside the
    list it stays: "Datenschutz" may be a topic). Linear in the list's length.
    """
    mentioned = [fold(tag) not in services and _mentioned(tag, norm_body) for tag in tags]
    if any(mentioned) and ends is not None:
        # A tail item sharing a word with a mentioned tag ("Halloween workout") is a tag;
        # a function word (``stopwords``: "The Arctic", "The Daily") is no shared topic.
        words = {
            w
            for tag, seen in zip(tags, mentioned, strict=True)
            if seen
            for w in _norm(tag).split()
            if w not in stopwords
        }
        last = max(
            k
            for k, tag in enumerate(tags)
            if mentioned[k] or not words.isdisjoint(_norm(tag).split())
        )
        # From the last tag the body uses: a closed list loses its tail only to a menu.
        tail = tags[max(k for k, seen in enumerate(mentioned) if seen) :]
        if not ends or any(tag.casefold() in ends for tag in tail):
            tags = tags[: last + 1]
    return tags, (sum(mentioned) / len(tags) if tags else 0.0)


def _cut_at_prose(
    tags: tuple[str, ...], claimed: tuple[int, ...], ctx: Context
) -> tuple[tuple[str, ...], frozenset[str] | None]:
    """Cut a text dump's list under a heading at its first line that is no tag.

    A tag names a topic: a link (``https://``), a date ("12.10.2022 Jane Doe"), a question
    or an elided teaser title ("Was steckt dahinter?", "…"), or a phrase of two function
    words or more ("Nutzen Sie … als …", "Lo más leído por los socios") is the next box
    run on into the list, even when a blank line closed it after that box. Returns the
    list up to that line and how its unmentioned tail may go (:func:`_trim_unmentioned`):
    after a cut, as for a list that ran on.
    """
    ends = _run_on_ends(claimed, ctx)
    if len(claimed) < 3:
        return tags, ends
    stop = ctx.lex.all_stopwords
    for k, tag in enumerate(tags):
        if _NOT_A_TAG.search(tag) or (
            sum(1 for w in tag.casefold().split() if w in stop and w not in _PARTICLES)
            >= _SENTENCE_STOPWORDS
        ):
            return tags[:k], frozenset()
    return tags, ends


def _run_on_ends(claimed: tuple[int, ...], ctx: Context) -> frozenset[str] | None:
    """How a text dump's list under a heading may have run on into the lines after it.

    ``None`` for a one-line list (nothing to trim). An empty set when no blank line, no
    label line and no end of dump closes the list: it ran on into the next lines, any
    unmentioned tail may go. Else the folded menu lines ("Newsletter", "Kontakt") among
    the list's lines but its last: a list closed by a blank line keeps its tail
    ("Élections") unless a site menu ran on into it before the blank. Only site-service
    lines count as a menu: a section name ("Politique") is navigation too, but as likely
    one of the tags.
    """
    if len(claimed) < 2:
        return None
    blocks, feats = ctx.doc.blocks, ctx.feats
    after = claimed[-1] + 1
    # A label line ("Beitrag teilen:", "Share:") right after the list opens the next
    # list, and a known widget line ("Share", "Print") stopped :func:`_labelled_parts` as
    # no tag: either closes this one as a blank line would.
    if (
        after < len(blocks)
        and blocks[after].blank_before == 0
        and blocks[after].text[-1:] != ":"
        and feats[after].cue is not _CUE_WIDGET
    ):
        return frozenset()
    # The list's last line is left out: a lone service line closing the list ("Contact")
    # may be a tag still; a menu runs on for several lines.
    services = ctx.lex.service_lines
    menu = frozenset(
        blocks[j].text.casefold()
        for j in claimed[:-1]
        if feats[j].cue is _CUE_NAVIGATION and feats[j].cue_key in services
    )
    return menu or None
