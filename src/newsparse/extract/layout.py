"""Body region and block labels: where the article's running text is, and what the rest is.

The body is the contiguous run of blocks with the most prose mass: every block scores its
prose characters, and every run of non-prose lines a penalty that grows faster than its
length (one sub-heading costs little; a menu of twenty links separates two regions; the
weights are :mod:`newsparse.extract.weights`'s). A maximum-sum segment search picks the
region in one linear pass. Section headings such as "Comments" or "The Latest" are
barriers no region crosses, unless article prose resumes right after their teasers (an
in-article "Related" box, a fixed cost). Prose under such a heading weighs a quarter:
after article prose, up to the section's end; before any, in a text dump, up to the first
blank line (a "Most read" box above the article, where the region never starts). Page
patterns found by :mod:`newsparse.extract.patterns` (comment threads without a heading,
photo galleries, teaser lists) bound the body or weigh nothing; on HTML pages,
:mod:`newsparse.extract.container` lets boxes set into the article container be crossed
and trims the region's ends to the container. Blocks inside the region are then labelled
(body, caption, widget...), and blocks outside get the label of the section they sit in
(:mod:`newsparse.extract.block_labels`).
"""

from __future__ import annotations

import bisect

import attrs

from newsparse.dates import find_dates
from newsparse.document import DROP_CAP, Block
from newsparse.extract.block_labels import Marks, article_copies, label_blocks
from newsparse.extract.container import (
    container_holes,
    container_lead,
    container_tail,
    trim_tail,
)
from newsparse.extract.features import Cue, Features
from newsparse.extract.patterns import (
    closed_boxes,
    comment_thread,
    dated_list_tail,
    gallery_lines,
    glued_teasers,
    kicker_cards,
    labelled_teasers,
    list_tail,
)
from newsparse.extract.patterns import separators as page_separators
from newsparse.extract.weights import BARRIER, block_weights
from newsparse.model import Label

__all__ = ["Layout", "Structure", "find_layout", "prose_under"]


@attrs.frozen(kw_only=True)
class Layout:
    """Where the body is and a first label for every block."""

    start: int
    """Index of the first body block (== ``end`` when there is no body)."""
    end: int
    """Index one past the last body block."""
    labels: tuple[Label, ...]
    """One label per block (body blocks are ``Label.BODY``)."""
    reasons: tuple[str, ...]
    """One short reason per block."""


@attrs.frozen(kw_only=True)
class Structure:
    """Per-block evidence from page structure (HTML), applied on top of text features.

    Built by :func:`newsparse.extract.structure.read_structure`; text dumps have none.
    """

    weight: tuple[float, ...]
    """Multiplier of each block's prose weight: >1 means "inside the article container"
    (the layout relies on it), <1 link-dense or boilerplate-named containers, 1.0 no evidence."""
    aside: tuple[Label | None, ...]
    """A label for blocks that structure alone places outside the article (navigation,
    sidebar, comments, widget, boilerplate), else ``None``."""
    reasons: tuple[str, ...] = ()
    """Short reason per block for ``aside`` labels (empty strings elsewhere)."""
    chrome: tuple[Label | None, ...] = ()
    """The page chrome's label of each block (:func:`~newsparse.extract.chrome.chrome_labels`),
    ``None`` for the page proper; empty when the page has no chrome."""


def _article_over_sections(
    weights: list[float], heading: int, best: tuple[int, int, float]
) -> tuple[int, int, float]:
    """The article above the page's sections, when one stands there, else ``best``.

    ``heading`` opens the sections (a "Comments" or "Most read" heading under article
    prose): the prose under it, a teaser box's or a comment's, weighs a quarter and may
    still outweigh a short article (two long teaser sentences under one short article
    sentence), which a reader reads first all the same.
    """
    above = _best_segment(weights[:heading])
    return above if above[2] > 0 else best


def _glued_box(blocks: tuple[Block, ...], heading: int, end: int) -> bool:
    """Whether the lines under ``heading`` up to ``end`` are glued to it and to each other.

    A teaser box prints its heading and its teasers as one block of lines ("Lo último" and
    the sentences under it); the article going on under a heading is printed a paragraph
    a line, apart.
    """
    return all(not blocks[k].blank_before for k in range(heading + 1, end))


def _best_segment(weights: list[float]) -> tuple[int, int, float]:
    """Return ``(start, end, total)`` of the maximum-sum contiguous segment (Kadane)."""
    best = (0, 0, 0.0)
    start, total = 0, 0.0
    for i, w in enumerate(weights):
        if total <= 0:
            start, total = i, w
        else:
            total += w
        if total > best[2]:
            best = (start, i + 1, total)
    return best


def _headed(thread: int, feats: tuple[Features, ...]) -> bool:
    """Whether a "Comments" heading, then only its notice lines, stands over ``thread``.

    Such a thread has its heading: a second one on its first name line would be a barrier
    inside the comments block, which then could not be crossed as a whole (a text dump's
    comments above the article, :mod:`newsparse.extract.weights`).
    """
    i = thread - 1
    while i >= 0 and feats[i].cue is Cue.COMMENT_TEXT:
        i -= 1
    return i >= 0 and feats[i].cue is Cue.COMMENT_HEADING


def find_layout(
    blocks: tuple[Block, ...],
    feats: tuple[Features, ...],
    structure: Structure | None = None,
    *,
    floor: int = 0,
) -> Layout:
    """Find the body region and label every block.

    On an HTML page with chrome (:mod:`newsparse.extract.chrome`), the region is found and
    the blocks labelled among the page proper and the chrome's cue lines alone (see
    :func:`_framed_layout`).

    Args:
        blocks: The document's blocks.
        feats: Their features, index for index.
        structure: Structural evidence (HTML pages), or ``None``.
        floor: The first block the region may start at (the block under the headline,
            when a first layout found nothing but teasers over it: see
            :func:`prose_under`).
    """
    if structure is not None and structure.chrome:
        return _framed_layout(blocks, feats, structure, floor)
    return _find_layout(blocks, feats, structure, floor)


def _find_layout(
    blocks: tuple[Block, ...],
    feats: tuple[Features, ...],
    structure: Structure | None,
    floor: int,
) -> Layout:
    """:func:`find_layout` over the given blocks, all of them."""
    thread = comment_thread(blocks, feats)
    if thread is not None and feats[thread].cue is Cue.NONE and not _headed(thread, feats):
        # The thread's first line bounds the body like a "Comments" heading.
        feats = (
            *feats[:thread],
            attrs.evolve(feats[thread], cue=Cue.COMMENT_HEADING, cue_key="thread"),
            *feats[thread + 1 :],
        )
    separators = page_separators(blocks, feats)
    boxes = closed_boxes(blocks, feats, structure, separators)
    gallery = gallery_lines(blocks, feats)
    teasers = glued_teasers(blocks, feats) | labelled_teasers(blocks, feats)
    if structure is None:
        teasers |= kicker_cards(blocks, feats)
    holes = container_holes(blocks, feats, structure) if structure is not None else frozenset()
    listed: set[int] = set()
    furniture: set[int] = set()
    comments: dict[int, int] = {}
    dialog: set[int] = set()
    charts: set[int] = set()
    sections: list[int] = []
    weights = block_weights(
        blocks,
        feats,
        structure,
        boxes=boxes,
        gallery=gallery,
        teasers=teasers,
        separators=separators,
        holes=holes,
        listed=listed,
        furniture=furniture,
        comments=comments,
        dialog=dialog,
        charts=charts,
        sections=sections,
    )
    # A text dump prints the page's machine-readable article body as a line; in HTML it
    # sits in a script or a hidden element.
    copies = article_copies(blocks, feats) if structure is None else []
    for i in copies:
        weights[i] = 0.0
    if floor:
        start, end, total = _first_run(weights, floor)
    else:
        start, end, total = _best_segment(weights)
        if sections and start > sections[0] and _glued_box(blocks, sections[0], end):
            start, end, total = _article_over_sections(weights, sections[0], (start, end, total))
    tail: frozenset[int] = frozenset()
    if total <= 0:
        start = end = 0
    else:
        start = _skip_list_box(weights, listed, start, end)
        end = _closing_paragraphs(weights, blocks, feats, furniture, end)
        end = _cut_at_tags(weights, feats, start, end)
        end = list_tail(blocks, feats, start, end)
        if structure is not None:
            end = trim_tail(structure, start, end)
            end = container_tail(blocks, feats, structure, end)
            start = container_lead(blocks, feats, structure, start, end)
        else:
            tail_end = dated_list_tail(blocks, feats, end)
            tail = frozenset(range(end, tail_end))
            end = tail_end
            start = _drop_cap_start(blocks, weights, start, end)
            start = _question_lead(blocks, feats, start, end)
    marks = Marks(
        boxes=boxes,
        gallery=gallery,
        teasers=teasers,
        separators=separators,
        holes=holes,
        comments=comments,
        dialog=frozenset(dialog),
        tail=tail,
        charts=frozenset(charts),
        copies=frozenset(copies),
    )
    labels, reasons = label_blocks(blocks, feats, structure, start, end, marks)
    if structure is not None and structure.chrome:
        labels, reasons = _chrome_labels(structure.chrome, labels, reasons)
    return Layout(start=start, end=end, labels=labels, reasons=reasons)


_NO_CUE = Cue.NONE
_COMMENT_CUES = (Cue.COMMENT_HEADING, Cue.COMMENT_TEXT)
_SECTION_HEADING = Cue.SIDEBAR_HEADING
_CHROME_ASIDES = (Label.WIDGET, Label.COMMENTS)
"""Structure labels that a chrome line keeps (see :data:`_CHROME_KEPT`)."""


def _framed_layout(
    blocks: tuple[Block, ...], feats: tuple[Features, ...], structure: Structure, floor: int
) -> Layout:
    """:func:`find_layout` of an HTML page with chrome: the chrome's plain lines left out.

    A chrome line without a cue (a menu entry, an aside's teaser, a hidden copy) takes its
    chrome label whatever the layout says of it, and it never weighs as prose: it only
    stands between the lines around it. The region search and the labels run without such
    lines (a third of an HTML page's blocks), as if the page proper and the chrome's cue
    lines (a sidebar or comments heading that bounds a section, a tag, share or menu line)
    were all there is. So a hidden line or a share bar in an aside no longer parts the
    article's lead from the paragraphs under it. A left-out line gets its chrome label (a
    hidden one keeps its ``hidden`` reason), but a share bar's or comment box's line by
    its element's name keeps that label, as a line in a comments section after the body.
    """
    chrome = structure.chrome
    kept = [i for i, label in enumerate(chrome) if label is None or feats[i].cue is not _NO_CUE]
    count = len(blocks)
    if len(kept) == count:
        return _find_layout(blocks, feats, structure, floor)
    sub = Structure(
        weight=tuple([structure.weight[i] for i in kept]),
        aside=tuple([structure.aside[i] for i in kept]),
        reasons=tuple([structure.reasons[i] for i in kept]) if structure.reasons else (),
        chrome=tuple([chrome[i] for i in kept]),
    )
    # The first kept block at or after the floor.
    low = bisect.bisect_left(kept, floor) if floor else 0
    layout = _find_layout(
        tuple([blocks[i] for i in kept]), tuple([feats[i] for i in kept]), sub, low
    )
    start, end = layout.start, layout.end
    if start < end:
        start, end = kept[start], kept[end - 1] + 1
    elif start:
        start = end = kept[start] if start < len(kept) else count
    labels: list[Label] = [Label.UNKNOWN] * count
    reasons = [_CHROME_REASON] * count
    for k, i in enumerate(kept):
        labels[i] = layout.labels[k]
        reasons[i] = layout.reasons[k]
    aside, aside_reasons = structure.aside, structure.reasons
    comments = False  # whether a comments section runs (after the body)
    for i in range(count):
        label = chrome[i]
        if label is None or feats[i].cue is not _NO_CUE:
            if i >= end:
                cue = feats[i].cue
                if cue in _COMMENT_CUES:
                    comments = True
                elif cue is _SECTION_HEADING:
                    comments = False
            continue
        named = aside[i]
        if blocks[i].hidden:
            labels[i], reasons[i] = label, _HIDDEN_REASON
        elif named is not None and named in _CHROME_ASIDES:
            labels[i] = named
            reasons[i] = aside_reasons[i] if aside_reasons else "structure"
        elif comments and named is None and i >= end:
            labels[i], reasons[i] = Label.COMMENTS, "section:comments"
        else:
            labels[i] = label
    return Layout(start=start, end=end, labels=tuple(labels), reasons=tuple(reasons))


_CHROME_KEPT = (Label.TAGS, Label.WIDGET, Label.COMMENTS)
"""Labels that a chrome block keeps when the layout gave it one: a tag list's line (which
the tag readers read), a widget's, a comment box's. Any other label (a caption, an unknown
line, a navigation, sidebar or boilerplate guess) gives way to the chrome's label."""

_HIDDEN_REASON = "hidden"
"""The reason of a hidden block's label (:func:`~newsparse.extract.block_labels.label_blocks`)."""

_CHROME_REASON = "chrome"
"""The reason of a chrome block's label (:func:`_chrome_labels`)."""


def _chrome_labels(
    chrome: tuple[Label | None, ...], labels: tuple[Label, ...], reasons: tuple[str, ...]
) -> tuple[tuple[Label, ...], tuple[str, ...]]:
    """Give each chrome block its chrome label, but a tag, widget or comments line.

    A menu's, aside's or page footer's line, or a hidden one, is the page's furniture, and
    its element says which: it takes the chrome's label (a menu line is navigation, not a
    caption; a page footer's copyright line boilerplate, its links navigation), unless
    the layout found a tag, widget or comments line in it (a share bar in an aside stays
    a widget, a tag list's label line a tag line).
    """
    new_labels = list(labels)
    new_reasons = list(reasons)
    for i, label in enumerate(chrome):
        if label is not None and new_labels[i] not in _CHROME_KEPT:
            new_labels[i] = label
            # (a hidden block keeps its reason: segments tell hidden text by it)
            new_reasons[i] = _HIDDEN_REASON if reasons[i] == _HIDDEN_REASON else _CHROME_REASON
    return tuple(new_labels), tuple(new_reasons)


def _first_run(weights: list[float], floor: int) -> tuple[int, int, float]:
    """Return ``(start, end, total)`` of the article's run under the block before ``floor``.

    The region starts at the first line with mass from ``floor`` on (the article's lead
    under its headline) and ends where the sum from there is greatest.
    """
    start = floor
    while start < len(weights) and weights[start] <= 0:
        start += 1
    best = (start, start, 0.0)
    total = 0.0
    for i in range(start, len(weights)):
        total += weights[i]
        if total > best[2]:
            best = (start, i + 1, total)
    return best


def prose_under(layout: Layout, headline: int, blocks: tuple[Block, ...]) -> bool:
    """Whether the region keeps the ``headline`` block's article, or may keep it.

    What precedes the headline is no part of its article, so a region that reaches the
    headline from teasers over it and keeps no body block under it (the teasers
    outweighing the article's short lead before a list) leaves the article bodiless; so
    does a region wholly over the headline, unless a copy of the headline stands over
    that region's end (the article printed once more over its page's footer, or a sticky
    header repeating its title), and so does a region of the headline alone (a long
    headline outweighing a one-sentence lead under its meta lines). In those cases the
    region is looked for again under the headline (``find_layout(..., floor=...)``).
    """
    if layout.end <= headline:
        text = blocks[headline].text
        return any(block.text == text for block in blocks[: layout.end])
    if not layout.start < headline:
        return layout.start > headline or layout.end > headline + 1
    return Label.BODY in layout.labels[headline + 1 : layout.end]


def _drop_cap_start(blocks: tuple[Block, ...], weights: list[float], start: int, end: int) -> int:
    """Start a text dump's region at its paragraph opening with a drop cap, if any.

    Only an article's opening paragraph is set with a drop cap (the text reader marks it,
    :data:`newsparse.document.DROP_CAP`). Lines above it that the region took (a standfirst
    over the date line and a caption) are no part of the running text; but with more than
    one paragraph of prose above it, the drop cap opens a later section and the region
    keeps its start.
    """
    above = 0
    for i in range(start, end):
        if blocks[i].tokens and DROP_CAP in blocks[i].tokens:
            return i
        if weights[i] > 0:
            above += 1
            if above > 1:
                return start
    return start


_QUESTION_MARKS = ("?", "？", "؟")
"""Marks that end an interview's question line."""
_QUESTION_WORDS = 4
"""Fewest words of an interview's question line (no bare "Why?" kicker)."""


def _question(block: Block, feat: Features) -> bool:
    """Whether a text dump's line is a plain question of four words or more (no prose)."""
    return (
        feat.cue is Cue.NONE
        and feat.prose == 0
        and feat.words >= _QUESTION_WORDS
        and not block.hidden
        and block.text.endswith(_QUESTION_MARKS)
    )


def _question_lead(
    blocks: tuple[Block, ...], feats: tuple[Features, ...], start: int, end: int
) -> int:
    """Start a text dump's region at an interview's first question right above it.

    An interview prints its questions as plain lines over the answers; a question reads as
    no prose (a headline's shape), so the region opens at the first answer. When a later
    question stands in the region over an answer, printed as the first one is (apart from
    the lines around it or glued to them alike: the interview's shape), the question right
    above the region is the interview's first, when it stands under a dated line (the
    article's date line; a headline asking a question stands over no date).
    """
    q = start - 1
    if q <= 0 or not _question(blocks[q], feats[q]) or not find_dates(blocks[q - 1].text):
        # Under the article's date line, not right under its headline.
        return start
    shape = (bool(blocks[q].blank_before), bool(blocks[start].blank_before))
    for i in range(start + 1, end - 1):
        if (
            _question(blocks[i], feats[i])
            and feats[i + 1].prose > 0
            and (bool(blocks[i].blank_before), bool(blocks[i + 1].blank_before)) == shape
        ):
            return q
    return start


def _skip_list_box(weights: list[float], listed: set[int], start: int, end: int) -> int:
    """Start the region after a list box above the article that it would start in.

    A "Most read" box printed right above the headline (no blank line between them) runs
    on to the headline and date lines: its teasers' quarter weight can outweigh those
    lines' cost, and the region would take the teasers for the article's first paragraphs.
    The region starts at the first line with some mass after the box, if any.
    """
    if start not in listed:
        return start
    i = start
    while i < end and (i in listed or weights[i] <= 0):
        i += 1
    return i if i < end else start


def _cut_at_tags(weights: list[float], feats: tuple[Features, ...], start: int, end: int) -> int:
    """End the region at its first tag line when less prose follows that line than precedes it.

    Tags ("Tags: ...", "Filed under: ...") close an article; the prose after them is an
    author's bio, a teaser or a notice, which costs little to cross when the tag line
    stands alone. A tag line above most of the region's prose (some pages list tags under
    the headline) cuts nothing.
    """
    cut, before, after = end, 0.0, 0.0
    for i in range(start, end):
        if feats[i].cue is Cue.TAGS and cut == end:
            cut = i
        elif weights[i] > 0:
            if cut == end:
                before += weights[i]
            else:
                after += weights[i]
    return cut if after < before else end


def _closing_paragraphs(
    weights: list[float],
    blocks: tuple[Block, ...],
    feats: tuple[Features, ...],
    furniture: set[int],
    end: int,
) -> int:
    """End the region after the article's closing paragraphs that a box cuts off.

    A sign-up box, share bar or ad line costs a fixed price, which a short last
    paragraph ("The vote is on Friday.") weighs less than. When only such furniture (and
    weightless lines, and a sub-heading printed apart right over the prose) stands between
    the region's end and prose that runs, without any other line, to the page's end, to a
    section heading, to the article's tag line or to a share bar glued under its last line
    (the article's own, "Share", "Print"), or to more furniture and then the page's end or
    a section heading, that prose closes the article: the region takes it. Teasers and
    comments under a box are no such prose: a page goes on after them (a menu, a footer),
    or a heading heads them.
    """
    n = len(weights)
    k = end
    while (
        k < n
        and weights[k] <= 0
        and (
            k in furniture
            or weights[k] == 0
            or (k > end and _subheading(k, weights, blocks, feats))
        )
    ):
        k += 1
    if k in (end, n) or weights[k] <= 0:
        return end
    m = k
    while m < n and weights[m] >= 0:
        m += 1
    p = m
    while p < n and p in furniture:
        p += 1
    if (
        p < n
        and weights[p] > BARRIER
        and feats[m].cue is not Cue.TAGS
        and not (m in furniture and feats[m].cue is Cue.WIDGET and not blocks[m].blank_before)
    ):
        return end
    return m


def _subheading(
    k: int, weights: list[float], blocks: tuple[Block, ...], feats: tuple[Features, ...]
) -> bool:
    """Whether plain line ``k``, printed apart, is a sub-heading right over a paragraph."""
    return (
        k + 1 < len(weights)
        and blocks[k].blank_before > 0
        and feats[k].cue is Cue.NONE
        and feats[k].prose == 0
        and weights[k + 1] > 0
    )
