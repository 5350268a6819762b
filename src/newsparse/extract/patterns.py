"""Page patterns that bound or interrupt an article: boxes, threads, teasers, galleries.

Teaser boxes between paragraphs, comment threads without a heading, lists of teasers,
photo galleries, short separator lines a template repeats between paragraphs, the
tail of an enumerated list the article began, and a dated list that closes a text dump's
article.

Each detector reads the blocks once (a few lines of look-ahead at most) and returns the
lines it recognises; :mod:`newsparse.extract.layout` decides what they cost.
"""

from __future__ import annotations

import itertools
import operator
import re
from collections import Counter
from typing import TYPE_CHECKING, NamedTuple

from newsparse.date_names import day_month_pattern
from newsparse.dates import find_dates
from newsparse.document import Block, BlockKind
from newsparse.extract.features import ICON_KEY, Cue, Features, ends_sentence, is_time_stamp
from newsparse.extract.text_counts import mostly_upper
from newsparse.lexicon import fold, lexicon

# Enum members read as module constants: on Python 3.11 an enum member read costs a
# metaclass attribute lookup (~8 times a global read), and these are read per block or line.
_CUE_NONE = Cue.NONE
_CUE_NONE_OR_CREDIT = (Cue.NONE, Cue.CREDIT)
_CUE_SIDEBAR_HEADING = Cue.SIDEBAR_HEADING
_CUE_WIDGET = Cue.WIDGET
_AD_SLOT_CUES = (Cue.WIDGET, Cue.BOILERPLATE, Cue.NAVIGATION)
"""Cues of the lines of an ad slot ("Advertisement", "Story continues below") or a teaser's
section kicker ("News") in a box."""
_SECTIONS_END_NOT = (Cue.NONE, Cue.CREDIT, Cue.SIDEBAR_HEADING)
"""Cues of a line under an article's last section that goes on with the page, not the
article's end (:func:`_one_paragraph_sections`)."""
_CUE_OF = operator.attrgetter("cue")
_TEXT_OF = operator.attrgetter("text")

if TYPE_CHECKING:
    from newsparse.extract.layout import Structure
    from newsparse.model import Label

__all__ = [
    "closed_boxes",
    "comment_thread",
    "gallery_lines",
    "glued_teasers",
    "kicker_cards",
    "labelled_teasers",
]

_BOX_MAX_LINES = 16
"""A sidebar heading closes a box only if article prose resumes within this many lines."""

_BOX_MAX_LINES_INSIDE = 24
"""The same, for a heading right under a paragraph: a "Most popular" box set into an
article prints a kicker, a title and an author line per teaser (six teasers run to 19
lines). A heading further from the prose above it (under a byline and a tag list) keeps
:data:`_BOX_MAX_LINES`: the region's start is at stake there, not a break in the article."""

_BOX_AFTER_PARAGRAPH = 2
"""Most lines from the last paragraph to a heading that counts as right under it, not
counting a text dump's widget lines between them (a gallery's arrow icons)."""

_BOX_SKIPPED_WIDGETS = 4
"""Most widget lines between the last paragraph and a heading that the count skips."""

_BOX_RESUME_WORDS = 40
"""Words two consecutive prose paragraphs need to count as the article resuming."""

_CLOCK = re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?![\d:])")
"""A clock time ("6:34", "07:52"): comment headers stamp every comment with one."""

_SLIDE = re.compile(r"(\d{1,3}) ?(?:/|of) ?(\d{1,3})(?!\d)")
"""A slide counter at the start of a gallery caption: "1/50", "2 of 4", "3of4"."""

_LABELLED_SLIDE = re.compile(
    r"(?:Image|Photo|Picture|Slide|Bild|Foto|Imagen|Immagine) "
    r"(\d{1,3}) (?:of|von|de|di|sur) (\d{1,3})(?!\d)"
)
"""A slide counter printed with its label: "Image 2 of 5", "Bild 3 von 12", "Foto 1 de 8",
"Photo 3 sur 12"."""

_SLIDE_LABEL_INITIALS = frozenset("IPSBF")
"""First letters of the labels of :data:`_LABELLED_SLIDE` (most lines start otherwise)."""

_SLIDE_GAP = 6
"""Most lines between two slide counters of one gallery."""

_GLUE = re.compile(r"[A-Z](?:(?<=[a-z0-9][A-Z])|(?<=[a-z0-9][?!.'’\"”][A-Z]))(?=[a-z])")
"""A capitalised word that a lower-case letter (or a closing stop) runs into: "OptionsThe".
The match is the capital; the pattern starts with it, so ``re`` skips to capitals (rare
in prose) instead of trying every lower-case letter."""

_GLUED_DATELINE = re.compile(r" ([A-Z][A-Z.]+(?: [A-Z][A-Z.]+){0,3}): [A-Z]")
"""An upper-case dateline ("NEW DELHI: The") after a space: a teaser card's headline runs
into its blurb, which opens with the story's dateline (a ticker or a teaser list)."""

_GLUE_SPAN = 150
"""Teaser titles end within this many characters."""

_TEASER_GAP = 2
"""Most lines between two teaser cards of one list."""

_TITLE_SHARE = 0.8
"""Share of a teaser title's words (of 4+ letters) that are capitalised (English title case)."""

_THREAD_GAP = 12
"""Most lines between two comment headers of one thread."""

_THREAD_HEADERS = 3
"""Comment headers in a row that make a thread (one or two are an article's own stamps)."""

_ITEM_NUMBER = re.compile(r"(\d{1,3})[.)] ")
"""The number of an enumerated list item: "7) ", "12. "."""

_ITEM_GAP = 2
"""Most lines between two items of one enumerated list (a link on its own line)."""

_DATED_ITEMS = 4
"""Fewest lines of a dated list under an article (a tour's dates, a schedule)."""

_DATED_ITEM_WORDS = (3, 20)
"""Fewest and most words of a dated list's line ("June 9 -- Coral Sky Amphitheatre, FL")."""

_DATED_INTRO_WORDS = 12
"""Most words of the line that announces a dated list ("The band's tour dates:")."""

_SEPARATOR_REPEATS = 3
"""Times a short line must recur on a page to be a separator ("Article content")."""

_SEPARATOR_WORDS = 3
"""Most words of a separator line."""

_PARAGRAPH_WORDS = 15
"""Fewest words of a paragraph on either side of a separator."""

_CUT_SHORT = ("…", "...")
"""Ends of a teaser's blurb cut short (an article's sentence ends with a stop)."""

_HEADLINE_PROSE = 0.5
"""Most prose score of a text line without a final stop (features._prose): a headline shape."""


def _is_paragraph(block: Block, feat: Features) -> bool:
    return feat.prose > 0 and feat.cue is _CUE_NONE and not block.hidden


_LIST_ITEM = BlockKind.LIST_ITEM


class _BoxHeading(NamedTuple):
    """What the walk of :func:`closed_boxes` knows of a heading before reading its box."""

    line: int
    """The heading's line."""
    inside: bool
    """Whether the heading stands right under a paragraph (a box set into the article)."""
    reach: int
    """Most lines (but passed-over ones) from the heading to the article resuming."""
    asides: tuple[Label | None, ...] | None
    """The structure's aside labels when it places the heading in an aside: the box is that
    aside."""
    one: bool
    """Whether the heading introduces a link or two ("Read also"): the next paragraph
    after them resumes the article ("Most read" lists teasers that a paragraph-like blurb
    may follow)."""
    under_link: bool
    """Whether a text dump prints "Read also" under its link (glued to a plain line that is
    no paragraph) and apart from the line below: the box is the link and the heading (keyed
    by the link), and a sentence printed apart under it resumes the article."""
    listed: bool
    """Whether the box is a list glued under its heading, whose sentences are blurbs until
    a blank line ("Most read" at the end)."""
    spaced: bool
    """Whether the last paragraph above the heading was printed after a blank line."""
    under_prose: bool
    """Whether article prose came before the heading."""
    over: bool
    """Whether a text dump prints the box over the article (no sentence above it but
    headline-shaped lines) with a sentence glued under the heading: a list of sentences
    ("Key points:") that its first blank line ends."""


def closed_boxes(
    blocks: tuple[Block, ...],
    feats: tuple[Features, ...],
    structure: Structure | None = None,
    separators: frozenset[int] = frozenset(),
) -> dict[int, int]:
    """Map each sidebar heading that opens a box inside the article to the box's end.

    A text dump's "Read also" printed under its link (glued to it, the next paragraph apart)
    maps the link line instead: the box starts there and ends under the heading.

    Pages put "Related articles" or "Read also" boxes between two paragraphs: the heading,
    a few teaser lines, then the article goes on. Such a heading closes its box when the
    article resumes (:func:`_resumes`) within a few lines (more when the heading stands
    right under a paragraph); teasers alternate headline and blurb lines and never do. The
    box's own heading printed again over its next teasers continues the box; any other cue
    line (share button, sign-up, another heading) leaves the box open, but for a share bar
    in a text dump's box right under a paragraph (an embedded gallery's "Facebook",
    "Twitter"... buttons, two widget lines or more), and so does, in a
    text dump, a "Read also" box printed without blank lines whose sentence is one of its
    blurbs (:func:`_glued_teaser`). In a text dump, a sub-heading printed apart from the
    teasers and glued over the paragraph that resumes the article is the article's
    (:func:`_glued_subheading`); so is, under a list printed without blank lines, a sentence
    printed apart over the article's last lines or a sub-headed section
    (:func:`_over_subheading`, :func:`_heads_article`); and, under a box over the article
    glued under its heading, a sentence printed apart over a sub-headed section (the lead).
    An open heading ends the body as before. When structure places the heading in an aside,
    the box is that aside: it ends at the first line outside it. Separator lines
    (``separators``, "Article content") divide nothing: the walk passes over them; and a
    template that prints them prints ad slots and teaser kickers into its boxes set under a
    paragraph, which the box goes on past.
    """
    boxes: dict[int, int] = {}
    if _CUE_SIDEBAR_HEADING not in map(_CUE_OF, feats):
        # No heading opens a box (half the pages): the walk below would only track paragraphs.
        return boxes
    inline = lexicon().inline_headings
    spaced = False  # whether the last paragraph so far was printed after a blank line
    last_paragraph = -len(feats)  # index of the last paragraph so far
    sentence = False  # whether a paragraph so far ended in a stop (no headline's shape)
    for i, feat in enumerate(feats):
        if feat.cue is not _CUE_SIDEBAR_HEADING:
            if _is_paragraph(blocks[i], feat):
                spaced = bool(blocks[i].blank_before)
                last_paragraph = i
                sentence = sentence or (
                    feat.prose > _HEADLINE_PROSE and not _meta_line(blocks[i], feat)
                )
            continue
        heading = _box_heading(
            i, last_paragraph, spaced, blocks, feats, structure, inline, sentence=sentence
        )
        box = _box_end(heading, blocks, feats, structure, separators)
        if box is not None:
            boxes[box[0]] = box[1]
    return boxes


def _meta_line(block: Block, feat: Features) -> bool:
    """Whether paragraph-like line ``block`` is an article's meta line, no sentence.

    A byline and date line ("Written by Jane Doe, Staff Writer | Published: Jan. 1, 2005",
    "Jane Doe and John Roe - Date: Aug. 6, 2022") reads as prose by its words, but it names
    a date and opens with a byline prefix or ends in no stop: a reader sees the article's
    header, not its text.
    """
    return (
        lexicon().byline_prefix.match(feat.folded) is not None or not ends_sentence(block.text)
    ) and bool(find_dates(block.text))


def _box_heading(  # noqa: PLR0917 -- the walk's state at the heading, in and out
    i: int,
    last_paragraph: int,
    spaced: bool,
    blocks: tuple[Block, ...],
    feats: tuple[Features, ...],
    structure: Structure | None,
    inline: frozenset[str],
    *,
    sentence: bool,
) -> _BoxHeading:
    """What sidebar heading ``i`` says of its box (:class:`_BoxHeading`).

    ``last_paragraph`` is the last paragraph above it (negative when there is none) and
    ``spaced`` whether a blank line came before that paragraph; ``inline`` are the keys of
    the headings that introduce a link or two ("Read also"); ``sentence`` whether a
    paragraph above it ends in a stop.
    """
    feat = feats[i]
    inside = _box_gap(i, last_paragraph, feats, text=structure is None) <= _BOX_AFTER_PARAGRAPH
    reach = _BOX_MAX_LINES_INSIDE if inside else _BOX_MAX_LINES
    asides = structure.aside if structure is not None and structure.aside[i] else None
    one = structure is None and feat.cue_key in inline
    under_link = (
        one
        and i > 0
        and not blocks[i].blank_before
        and feats[i - 1].cue is _CUE_NONE
        and feats[i - 1].words > 0
        and not _is_paragraph(blocks[i - 1], feats[i - 1])
    )
    # A list box glued under its heading in an article printed with blank lines between
    # paragraphs: its sentences are blurbs until a blank line ("Most read" at the end).
    # So in an article whose last paragraph is glued to the one above, when a blank line
    # sets the heading apart from that paragraph: the gap ends the article's run.
    # An ad slot between them (widget lines printed apart) sets nothing apart.
    apart = (inside and bool(blocks[i].blank_before)) and all(
        feats[k].cue is _CUE_WIDGET and blocks[k].blank_before for k in range(last_paragraph + 1, i)
    )
    # A text dump's box over the article (no sentence above it) whose first line, glued
    # under it, is a sentence lists sentences ("Key points:"): its first blank line ends it.
    # So does a box whose first teaser is dated: a bare date line, then its sentence.
    over = structure is None and not sentence and feat.cue_key not in inline
    first = _dated_teaser(i + 1, blocks, feats) if over else i + 1
    over = over and first < len(blocks) and not blocks[first].blank_before
    over = over and feats[first].prose > _HEADLINE_PROSE and feats[first].cue is _CUE_NONE
    listed = (spaced or apart or over) and feat.cue_key not in inline
    return _BoxHeading(
        i, inside, reach, asides, one, under_link, listed, spaced, last_paragraph >= 0, over
    )


def _dated_teaser(k: int, blocks: tuple[Block, ...], feats: tuple[Features, ...]) -> int:
    """Line ``k``, or the line under it when ``k`` is a bare date line glued on.

    A box's first teaser glued under its heading may open with its date ("Dec. 14, 2017")
    over its sentence: the sentence is the teaser's first line of prose.
    """
    if (
        k < len(blocks)
        and not blocks[k].blank_before
        and feats[k].prose == 0
        and 0 < feats[k].words <= _DATE_LINE_WORDS
        and find_dates(blocks[k].text)
    ):
        return k + 1
    return k


def _box_end(
    heading: _BoxHeading,
    blocks: tuple[Block, ...],
    feats: tuple[Features, ...],
    structure: Structure | None,
    separators: frozenset[int],
) -> tuple[int, int] | None:
    """The box under ``heading`` as (its first line's key, its end), or None if open.

    The walk reads the lines under the heading until the article resumes (the box closes)
    or a line of another page section shows that it does not (the box stays open).
    """
    i, inside, reach, asides, one, under_link, listed, spaced, under_prose, over = heading
    text = structure is None
    folded = feats[i].folded
    # "Read also" printed without blank lines ends at its first blank line when the
    # article's last paragraph follows, or a sentence over a sub-headed section (its link
    # may print a blurb, which ends ``one``).
    read_also = one
    last_line = i  # the box ends after its last teaser line
    items = False  # whether the box's lines so far are a list under its heading
    # Whether a text dump prints the box without a blank line since its heading.
    tight = text
    # Icon and share-bar lines that the walk passes over in a text dump's box right
    # under a paragraph take no room of its reach.
    end = i + 1 + reach
    for j in range(i + 1, len(blocks)):
        if j >= end:
            break
        if j in separators:
            continue
        feat = feats[j]
        if feat.cue is _CUE_SIDEBAR_HEADING and feat.folded == folded:
            # The same heading again ("Related" over each pair of teasers): one box.
            last_line = j
            continue
        if _leaves_box(j, feats, text=text, inside=inside, separators=separators):
            # Share buttons, sign-up lines: a page section, not a teaser box; but an ad
            # slot over the article going on closes a box set into it.
            if inside and text and _ad_over_paragraph(j, blocks, feats):
                return i, last_line + 1
            return None
        if (
            under_link
            and j == i + 1
            and blocks[j].blank_before
            and _resumes_alone(j, blocks, feats)
        ):
            # The box is the link over the heading and the heading.
            return i - 1, i + 1
        if inside and text and feat.cue is _CUE_WIDGET:
            end += 1
        if over and tight and last_line > i and blocks[j].blank_before:
            # A list glued under its heading over the article ends at its first blank line.
            return i, last_line + 1
        # The first line after the blank line that closes a glued list box.
        after_list = listed and inside and tight and last_line > i and blocks[j].blank_before
        glued_box = tight and last_line > i and bool(blocks[j].blank_before)
        if (after_list or (one and glued_box)) and (
            _heads_article(j, blocks, feats)
            or (after_list and _one_paragraph_sections(j, blocks, feats, heading=i))
        ):
            # A sub-heading over the article's next paragraph closes the list.
            return i, last_line + 1
        if (
            read_also
            and tight
            and j > i + 1
            and blocks[j].blank_before
            and _date_over_article(j, blocks, feats)
        ):
            # "Read also" and its lines glued over the story's date line printed apart.
            return i, j
        tight = tight and not blocks[j].blank_before
        teaser = asides[j] is not None if asides else not _is_paragraph(blocks[j], feat)
        # Right under "Read also" a long line without a final stop is the linked headline.
        teaser = teaser or (one and tight and j == i + 1 and feat.prose <= _HEADLINE_PROSE)
        teaser = teaser or (listed and tight)
        # A list right under the heading is the box's ("Key points"), and a line that is
        # no list item after it closes the box (a list of one container's items; the
        # items of another list are read as any line).
        listed_item = blocks[j].kind is _LIST_ITEM
        item = (
            listed_item and (j == i + 1 or items) and blocks[j].container == blocks[i + 1].container
        )
        if items and not listed_item:
            return i, last_line + 1
        items = item
        teaser = teaser or item
        ended = bool(after_list or (read_also and glued_box))
        # A sentence glued under "Read also" is its blurb when the heading or the paragraph
        # above it was printed apart (a heading printed apart under glued paragraphs ends
        # their run as a blank line between paragraphs would).
        if teaser or (
            one
            and tight
            and (last_line > i or spaced or blocks[i].blank_before)
            and _glued_teaser(j, blocks, feats)
        ):
            last_line = j
        elif (
            (one and last_line > i)
            or (
                ended
                and (
                    _last_paragraph(j, blocks, feats)
                    or _over_subheading(j, blocks, feats, heading=i)
                )
            )
            or _resumes(j, blocks, feats, inside=inside, skip=separators, ended=ended)
            # A text dump's box over the article glued under its heading: a sentence
            # printed apart over a sub-headed section is the article's lead.
            or (text and not inside and glued_box and _over_subheading(j, blocks, feats, heading=i))
        ):
            end_line = _resumed_end(
                i, j, last_line, blocks, feats, text=text, inside=inside, under_prose=under_prose
            )
            return i, end_line
        else:
            one = False  # a teaser sentence: the box may hold more of them
    return None


def _leaves_box(
    j: int,
    feats: tuple[Features, ...],
    *,
    text: bool,
    inside: bool,
    separators: frozenset[int],
) -> bool:
    """Whether cue line ``j`` under a box's heading belongs to another page section.

    Share buttons and sign-up lines leave the box; teaser lines and credits do not. A
    template that prints separator lines between its paragraphs prints ad slots into its
    boxes too, and a text dump's box set into the article holds an embedded gallery's
    share bar and icons: the box goes on over both.
    """
    cue = feats[j].cue
    return (
        cue not in _CUE_NONE_OR_CREDIT
        and not (separators and inside and cue in _AD_SLOT_CUES)
        and not (inside and text and _passed_widget(j, feats))
    )


def _resumed_end(
    i: int,
    j: int,
    last_line: int,
    blocks: tuple[Block, ...],
    feats: tuple[Features, ...],
    *,
    text: bool,
    inside: bool,
    under_prose: bool,
) -> int:
    """End of the box whose heading is ``i`` when the article resumes at ``j``.

    ``last_line`` is the box's last teaser line; ``text`` tells a text dump (no structure);
    ``inside`` a box set between paragraphs; ``under_prose`` whether article prose came
    before the heading.
    """
    above = not inside and text
    end = last_line + 1
    if not above and text and last_line == j - 1 and _glued_subheading(j, i, blocks, feats):
        end -= 1
    if text and (under_prose or above) and (blocks[i].blank_before or i == 0):
        # Under article prose or over the article: a list glued down to the page's next
        # section.
        end = _glued_to_section(i, j, blocks, feats, above=above) or end
    return _above_end(i, j, end, blocks, feats) if above else end


def _glued_to_section(
    i: int, j: int, blocks: tuple[Block, ...], feats: tuple[Features, ...], *, above: bool
) -> int:
    """End of a text dump's box (heading at ``i``) glued down to the page's next section, or 0.

    The heading is printed apart under the article's prose (below its share bar, say) and
    its lines run without a blank line past ``j``, where the article seemed to resume, to a
    cue line printed apart (a comments or sidebar heading) or to the page's end: the lines
    are all the box's (a "Most read" list of long titles and sentences), as no article
    resumes under it. (A paragraph glued to a box printed apart could not be split from the
    box's last teaser by any reader.) Over the article (``above``; the heading printed apart
    or on the page's first line), the line printed apart may be a plain line that is no
    paragraph too: the article's headline or a sub-heading; but lines glued down to the
    page's end are the article's (a dump printed without blank lines).
    """
    n = len(blocks)
    k = i + 1
    while k < min(n, j + _BOX_MAX_LINES) and not blocks[k].blank_before:
        k += 1
    if k <= j + 1:
        return 0
    if (k == n and not above) or (
        k < n
        and blocks[k].blank_before
        and (
            feats[k].cue is not _CUE_NONE
            or (above and feats[k].words > 0 and not _is_paragraph(blocks[k], feats[k]))
        )
    ):
        return k
    return 0


def _above_end(
    i: int, j: int, end: int, blocks: tuple[Block, ...], feats: tuple[Features, ...]
) -> int:
    """End of a text dump's box above the article (heading at ``i``) that resumes at ``j``.

    ``end`` is the end of the box's teaser lines. A box glued under its heading ends at the
    first blank line, before or right after ``j``: its sentences are its teasers' blurbs,
    as a "Most read" list's above the article (the weights read them so too). A sentence
    printed after a blank line two lines above ``j`` is the article's lead
    (:func:`_lead_above`).
    """
    glued = not any(blocks[k].blank_before for k in range(i + 1, j))
    if glued and (blocks[j].blank_before or blocks[j + 1].blank_before):
        return j if blocks[j].blank_before else j + 1
    return j - 2 if _lead_above(j, i, blocks, feats) else end


def _lead_above(j: int, i: int, blocks: tuple[Block, ...], feats: tuple[Features, ...]) -> bool:
    """Whether a text dump's box above the article (heading at ``i``) ends at ``j - 2``.

    The article resumes at ``j`` under one plain line (a sub-heading, an author line),
    itself under a sentence printed after a blank line: that sentence is the article's lead
    or standfirst, not a teaser's blurb (the lines of a list box are glued together; a
    photo caption's credit line is a cue line; a blurb may be cut short: "…").
    """
    k = j - 2
    return (
        k > i
        and bool(blocks[k].blank_before)
        and _is_paragraph(blocks[k], feats[k])
        and not blocks[k].text.endswith(_CUT_SHORT)
        and feats[j - 1].cue is _CUE_NONE
        and not _is_paragraph(blocks[j - 1], feats[j - 1])
    )


def _last_paragraph(j: int, blocks: tuple[Block, ...], feats: tuple[Features, ...]) -> bool:
    """Whether sentence ``j`` is an article's last paragraph: the page or a section ends below.

    The next line is a cue line (a footer, a comments or sidebar heading, share buttons) or
    there is none; a teaser's blurb is cut short ("…") or followed by the next teaser.
    """
    if feats[j].prose <= _HEADLINE_PROSE or blocks[j].text.endswith(_CUT_SHORT):
        return False
    return j + 1 == len(blocks) or feats[j + 1].cue not in _CUE_NONE_OR_CREDIT


def _glued_subheading(
    j: int, i: int, blocks: tuple[Block, ...], feats: tuple[Features, ...]
) -> bool:
    """Whether the line over paragraph ``j`` is its sub-heading, not the box's last teaser.

    A text dump's box (heading at ``i``) closes where the article resumes at ``j``; a plain
    line right over ``j``, glued to it and printed apart from the teasers above, heads the
    article's next section. So does such a line printed apart from ``j`` too, under a box
    printed without blank lines (a list glued under its heading): the list's lines are
    glued together, the article's printed apart.
    """
    k = j - 1
    return (
        k > i + 1
        and bool(blocks[k].blank_before)
        and (not blocks[j].blank_before or not any(blocks[t].blank_before for t in range(i + 1, k)))
        and feats[k].cue is _CUE_NONE
        and feats[k].words > 0
        and not _is_paragraph(blocks[k], feats[k])
    )


def _heads_article(j: int, blocks: tuple[Block, ...], feats: tuple[Features, ...]) -> bool:
    """Whether plain line ``j`` is a sub-heading over paragraphs that resume the article.

    The paragraph under it is the article's last (:func:`_last_paragraph`) or a paragraph
    follows it: teasers alternate a title and one blurb, a section runs on.
    """
    k = j + 1
    return (
        k < len(blocks)
        and feats[j].cue is _CUE_NONE
        and feats[j].words > 0
        and not _is_paragraph(blocks[j], feats[j])
        and _is_paragraph(blocks[k], feats[k])
        and (
            _last_paragraph(k, blocks, feats)
            or (k + 1 < len(blocks) and _is_paragraph(blocks[k + 1], feats[k + 1]))
        )
    )


def _one_paragraph_sections(
    j: int, blocks: tuple[Block, ...], feats: tuple[Features, ...], *, heading: int = -1
) -> bool:
    """Whether plain line ``j`` heads the article's last sections, of one paragraph each.

    Each section is a sub-heading printed apart and one sentence under it; the last one
    closes the article: the page ends under it, or furniture does (share buttons, tags, a
    comments heading), unless a section runs on over two paragraphs. Teasers printed apart
    alternate a title and a blurb alike, but a teaser box is a page section: another box's
    heading follows it, or more plain lines (readability/herald-sun-1 ends so). Under the
    box whose heading is ``heading``, sections that run to another box's heading are the
    article's still when each keeps to the story above the box (:func:`_keep_to_story`).
    """
    n = len(blocks)
    k = j
    while (
        k + 1 < n
        and k - j < _BOX_MAX_LINES
        and blocks[k].blank_before
        and feats[k].cue is _CUE_NONE
        and feats[k].words > 0
        and not _is_paragraph(blocks[k], feats[k])
        and _is_paragraph(blocks[k + 1], feats[k + 1])
        and feats[k + 1].prose > _HEADLINE_PROSE
        and not blocks[k + 1].text.endswith(_CUT_SHORT)
    ):
        k += 2
    return k > j and (
        k == n
        or feats[k].cue not in _SECTIONS_END_NOT
        # A section of two paragraphs or more: the article runs on.
        or _is_paragraph(blocks[k], feats[k])
        # Sections over another box's heading that keep to the story above the box.
        or (
            heading > 0
            and feats[k].cue is _CUE_SIDEBAR_HEADING
            and _keep_to_story(range(j + 1, k, 2), heading, blocks, feats)
        )
    )


_STEM = 5
"""Letters of a word's stem in :func:`_keep_to_story` ("expand", "expansion")."""
_STORY_STEMS = 2
"""Fewest stems a section's sentence shares with the story above a box (:func:`_keep_to_story`)."""
_WORD = re.compile(r"[^\W\d_]{4,}")
"""A word of four letters or more."""


def _stems(text: str, stop: frozenset[str]) -> set[str]:
    """The stems of the words of four letters and more of folded ``text``, but stopwords."""
    return {w[:_STEM] for w in _WORD.findall(text) if w not in stop}


def _keep_to_story(
    sentences: range, heading: int, blocks: tuple[Block, ...], feats: tuple[Features, ...]
) -> bool:
    """Whether every sentence in ``sentences`` talks of the story above box ``heading``.

    Each shares word stems with the article's paragraphs above the box: an article's
    sections go on with its story, while teasers printed apart (a title, a blurb) each
    change the subject.
    """
    stop = lexicon().all_stopwords
    story: set[str] = set()
    for t in range(heading):
        if _is_paragraph(blocks[t], feats[t]):
            story |= _stems(feats[t].folded, stop)
    return all(len(_stems(feats[t].folded, stop) & story) >= _STORY_STEMS for t in sentences)


_DATE_LINE_WORDS = 6
"""Most words of a bare date line ("01.08.2017", "Tuesday, 1 August 2017, 10:15")."""


def _date_over_article(j: int, blocks: tuple[Block, ...], feats: tuple[Features, ...]) -> bool:
    """Whether line ``j`` is a bare date line over the article printed apart under it.

    A short line of no prose that names a date, then a paragraph printed apart that is the
    article's last one (:func:`_last_paragraph`) or stands over a sub-headed section
    (:func:`_over_subheading`).
    """
    k = j + 1
    return (
        feats[j].prose == 0
        and 0 < feats[j].words <= _DATE_LINE_WORDS
        and k < len(blocks)
        and bool(blocks[k].blank_before)
        and _is_paragraph(blocks[k], feats[k])
        and bool(find_dates(blocks[j].text))
        and (_last_paragraph(k, blocks, feats) or _over_subheading(k, blocks, feats))
    )


def _over_subheading(
    j: int, blocks: tuple[Block, ...], feats: tuple[Features, ...], *, heading: int = -1
) -> bool:
    """Whether sentence ``j`` stands over a sub-heading printed apart, over the article.

    The article's sub-headed sections: its paragraph, a blank line, a plain line (the
    sub-heading), then paragraphs that resume the article (:func:`_resumes`), its last
    paragraph or a paragraph more (:func:`_heads_article`), or more sections of one
    paragraph (:func:`_one_paragraph_sections`). Under a list box printed without blank
    lines, a sentence printed apart is then the article's, not a blurb of one more teaser:
    teasers printed apart alternate a title and a blurb.
    """
    k = j + 1
    if k + 1 >= len(blocks) or not blocks[k].blank_before:
        return False
    return (
        _heads_article(k, blocks, feats)
        or _one_paragraph_sections(k, blocks, feats, heading=heading)
        or (
            feats[k].cue is _CUE_NONE
            and feats[k].words > 0
            and not _is_paragraph(blocks[k], feats[k])
            and _is_paragraph(blocks[k + 1], feats[k + 1])
            and _resumes(k + 1, blocks, feats, inside=True, ended=True)
        )
    )


def _ad_over_paragraph(j: int, blocks: tuple[Block, ...], feats: tuple[Features, ...]) -> bool:
    """Whether widget lines from ``j`` on are an ad slot over the article going on.

    The slot is printed apart from the box above it (after a blank line), as the article's
    own ad slots are, and the article resumes under it: its last paragraph
    (:func:`_last_paragraph`), paragraphs that resume it as they would right under the
    box (:func:`_resumes`), a paragraph over a sub-headed section (:func:`_over_subheading`),
    a sub-heading over either (:func:`_heads_article`), or sections of one paragraph
    (:func:`_one_paragraph_sections`). An ad line glued under a teaser is the box's, and the
    sentence under it may be another teaser's.
    """
    k = j
    while k < len(blocks) and feats[k].cue is _CUE_WIDGET:
        k += 1
    if k == j or not blocks[j].blank_before or k == len(blocks):
        return False
    if not _is_paragraph(blocks[k], feats[k]):
        return _heads_article(k, blocks, feats) or _one_paragraph_sections(k, blocks, feats)
    return (
        _last_paragraph(k, blocks, feats)
        or _resumes(k, blocks, feats, inside=True, ended=True)
        or _over_subheading(k, blocks, feats)
    )


def _resumes(
    j: int,
    blocks: tuple[Block, ...],
    feats: tuple[Features, ...],
    *,
    inside: bool,
    skip: frozenset[int] = frozenset(),
    ended: bool = False,
) -> bool:
    """Whether the article resumes at line ``j`` of a box, which is followed by a paragraph.

    Two lines of some length resume it. So do three paragraphs in a row that end like
    sentences, however short (some outlets write one-sentence paragraphs), under a box
    right below a paragraph (``inside``), or anywhere when each is printed after a blank
    line (a box above the article, over a sub-heading and short paragraphs): teasers
    alternate a title with a blurb, a list of bare titles has no final stops, and a list's
    items are printed without blank lines between them. Under a box right below a
    paragraph whose lines have visibly ended above ``j`` (``ended``: a blank line under a
    list printed without blank lines, an ad slot or a sub-heading printed apart), two
    sentences resume it when the article's end, more prose or a sub-headed section follows
    them (its last two paragraphs, short ones); right under a heading, teasers printed
    apart may be two sentences over the page's end. Separator lines (``skip``)
    between the paragraphs divide nothing; nor, between short paragraphs, do ad slots
    (:func:`_ad_slot`).
    """
    after = j + 1
    while after in skip:
        after += 1
    if after >= len(blocks) or not _is_paragraph(blocks[after], feats[after]):
        return _ad_slot(after, blocks, feats) and _short_resume(
            j, blocks, feats, inside, skip, ended=ended
        )
    if feats[j].words + feats[after].words >= _BOX_RESUME_WORDS:
        return True
    return _short_resume(j, blocks, feats, inside, skip, ended=ended)


def _short_resume(
    j: int,
    blocks: tuple[Block, ...],
    feats: tuple[Features, ...],
    inside: bool,
    skip: frozenset[int],
    *,
    ended: bool,
) -> bool:
    """Whether short paragraphs from line ``j`` on resume the article (:func:`_resumes`).

    The paragraphs are read past separator lines (``skip``) and ad slots (:func:`_ad_slot`).
    """
    after = _next_line(j, blocks, feats, skip)
    if after >= len(blocks) or not _is_paragraph(blocks[after], feats[after]):
        return False
    third = _next_line(after, blocks, feats, skip)
    if (
        ended
        and inside
        and _sentence(j, blocks, feats)
        and _sentence(after, blocks, feats)
        and (
            # Two sentences over the page's end (a footer, a heading), a third paragraph or
            # a sub-heading over the article's next section.
            _last_paragraph(after, blocks, feats)
            or (
                third < len(blocks)
                and (
                    _is_paragraph(blocks[third], feats[third])
                    or _heads_article(third, blocks, feats)
                )
            )
        )
    ):
        return True
    lines = (j, after, third)
    return (
        third < len(blocks)
        and (inside or all(blocks[k].blank_before for k in lines))
        and all(
            _is_paragraph(blocks[k], feats[k]) and feats[k].prose > _HEADLINE_PROSE for k in lines
        )
    )


def _sentence(j: int, blocks: tuple[Block, ...], feats: tuple[Features, ...]) -> bool:
    """Whether line ``j`` is a paragraph that ends like a sentence, not cut short ("…")."""
    return (
        _is_paragraph(blocks[j], feats[j])
        and feats[j].prose > _HEADLINE_PROSE
        and not blocks[j].text.endswith(_CUT_SHORT)
    )


def _resumes_alone(j: int, blocks: tuple[Block, ...], feats: tuple[Features, ...]) -> bool:
    """Whether paragraph ``j`` is the article's by itself: a sentence, or a long paragraph.

    A paragraph of :data:`_BOX_RESUME_WORDS` words is no teaser's blurb even without a
    stop the features know (Hindi ends its sentences with "।").
    """
    return _sentence(j, blocks, feats) or (
        _is_paragraph(blocks[j], feats[j])
        and feats[j].words >= _BOX_RESUME_WORDS
        and not blocks[j].text.endswith(_CUT_SHORT)
    )


def _ad_slot(k: int, blocks: tuple[Block, ...], feats: tuple[Features, ...]) -> bool:
    """Whether line ``k`` is an ad slot between two paragraphs: a lone widget line apart.

    Pages print "Advertisement" between an article's paragraphs, after a blank line and
    before one; it divides nothing.
    """
    return (
        k < len(blocks)
        and feats[k].cue is _CUE_WIDGET
        and bool(blocks[k].blank_before)
        and k + 1 < len(blocks)
        and bool(blocks[k + 1].blank_before)
        and _is_paragraph(blocks[k + 1], feats[k + 1])
    )


def _next_line(
    j: int, blocks: tuple[Block, ...], feats: tuple[Features, ...], skip: frozenset[int]
) -> int:
    """The line after ``j``, past separator lines (``skip``) and ad slots (:func:`_ad_slot`)."""
    k = j + 1
    while k < len(blocks) and (k in skip or _ad_slot(k, blocks, feats)):
        k += 1
    return k


def _glued_teaser(j: int, blocks: tuple[Block, ...], feats: tuple[Features, ...]) -> bool:
    """Whether sentence ``j`` of a text dump's box printed without blank lines is a teaser.

    Such a box's lines run on to the next blank line (or the page's end): when they are
    all plain lines, the sentence is one of its blurbs ("Read also", a headline, a blurb,
    a headline). A widget or cue line glued on below (an embed's placeholder, an ad slot)
    shows the article going on when a paragraph follows those cue lines; a share button
    or a sign-up line with no paragraph after it closes the page's article, and the
    sentence above it is the box's blurb. So is one under which the next teaser's title
    (a plain line that is no sentence) comes before the cue lines: headline, blurb,
    headline, then the page's share button over its article.
    """
    reach = min(len(blocks), j + 1 + _BOX_MAX_LINES)
    title = False  # whether a teaser title came under the sentence
    for k in range(j + 1, reach):
        if blocks[k].blank_before:
            return True
        if feats[k].cue is not _CUE_NONE:
            return title or not _paragraph_after_cues(k, reach, blocks, feats)
        title = title or (feats[k].prose == 0 and feats[k].words > 1)
    return j + _BOX_MAX_LINES >= len(blocks) - 1


def _paragraph_after_cues(
    k: int, reach: int, blocks: tuple[Block, ...], feats: tuple[Features, ...]
) -> bool:
    """Whether the first line after the cue lines from ``k`` on (before ``reach``) is prose."""
    while k < reach and feats[k].cue is not _CUE_NONE:
        k += 1
    return k < reach and _is_paragraph(blocks[k], feats[k])


def _is_comment_header(i: int, blocks: tuple[Block, ...], feats: tuple[Features, ...]) -> bool:
    """A short dated, time-stamped line right after a one- to three-word name line."""
    return (
        i > 0
        and feats[i].words <= 10
        and feats[i - 1].words <= 3
        and feats[i - 1].prose == 0
        and feats[i - 1].cue is _CUE_NONE
        and _dated_clock(blocks[i].text)
    )


def _dated_clock(text: str) -> bool:
    """A clock time with a day or age beside it ("Nov 19, 2019 at 6:34", "2 days ago 07:52").

    A clock alone is a media player's "Current Time 0:00".
    """
    found = _CLOCK.search(text)
    return found is not None and any(map(str.isdigit, text[: found.start()] + text[found.end() :]))


def comment_thread(blocks: tuple[Block, ...], feats: tuple[Features, ...]) -> int | None:
    """Return the first line of a comment thread that has no heading, or ``None``.

    Comment threads print a name line and a time-stamped line over every comment
    ("joe says:" / "November 19, 2019 at 6:44 am"); a page whose "Comments" heading is
    missing or unrecognised still repeats that header. Three headers, each at most a
    few lines after the previous one, make a thread; it starts at the first name line.
    """
    headers: list[int] = []
    for i in range(1, len(blocks)):
        # A clock needs a colon: the cheap test first, on every line of the page.
        if ":" not in blocks[i].text or not _is_comment_header(i, blocks, feats):
            continue
        if headers and i - headers[-1] > _THREAD_GAP:
            headers.clear()
        headers.append(i)
        if len(headers) == _THREAD_HEADERS:
            return headers[0] - 1
    return None


def glued_teasers(blocks: tuple[Block, ...], feats: tuple[Features, ...]) -> frozenset[int]:
    """Teaser lines whose title-case headline runs into its blurb: "Strong WR OptionsThe 49ers".

    Teaser cards put title and blurb in inline elements, so the dump joins them without a
    space. One such line may be a brand name ("CrowdStrike"); teasers come in lists, so a
    line counts only with another one at most two lines away.
    """
    found = [
        i
        for i, block in enumerate(blocks)
        if feats[i].prose > 0
        and feats[i].words >= 8
        and (_glued_title(block.text) or _glued_dateline(block.text))
    ]
    near = {i for a, b in itertools.pairwise(found) if b - a <= _TEASER_GAP for i in (a, b)}
    return frozenset(near)


_KICKER_WORDS = 6
"""Most words of a teaser card's kicker ("REINDEER GAMES", "A NATIONAL TRAGEDY")."""

_CARD_TITLE_WORDS = (3, 20)
"""Fewest and most words of a teaser card's title."""

_CARD_TITLE_PROSE = 0.6
"""Most prose score of a card's title: a short sentence at most ("Quickly Collect Signatures.
Anywhere And On Any Device.")."""

_BLURB_WORDS = 12
"""Fewest words of a blurb that reads as no prose (a question: "What is it like to ...?")."""

_CARD_HEADER_LINES = 3
"""Most lines of a card's glued header: its kicker, its title and a line of meta."""

_CARDS = 3
"""Fewest teaser cards in a row that make a feed (one or two may be an article's)."""

_CARD_GAP = 2
"""Most lines from a card's blurb to the next card's kicker."""


def kicker_cards(blocks: tuple[Block, ...], feats: tuple[Features, ...]) -> frozenset[int]:
    """The lines of a text dump's feed of teaser cards: kicker, title, meta line, blurb.

    A feed under the article ("More stories") prints each teaser as a card: a kicker in
    capitals ("A NATIONAL TRAGEDY", no lower-case letter), the story's title under it,
    maybe a line of meta (its source and section) under that, then a one-paragraph blurb
    after a blank line. The blurbs weigh as prose and the headers cost a short run: a long
    feed outweighs the costs and extends the article. An article's sub-heading is one
    line over several paragraphs; :data:`_CARDS` cards in a row, each with a single
    paragraph, are a feed.
    """
    found: set[int] = set()
    # A kicker is upper case: read in C over the page, the test leaves a few lines.
    kickers = list(itertools.compress(itertools.count(), map(str.isupper, map(_TEXT_OF, blocks))))
    if len(kickers) < _CARDS:
        return frozenset()
    run: list[list[int]] = []
    after = 0  # the line after the last card found
    for i in kickers:
        card = _card(i, blocks, feats) if after <= i < len(blocks) - 2 else None
        if card is None:
            continue
        if run and card[0] - run[-1][-1] > _CARD_GAP:
            if len(run) >= _CARDS:
                found.update(j for lines in run for j in lines)
            run = []
        run.append(card)
        after = card[-1] + 1
    if len(run) >= _CARDS:
        found.update(j for lines in run for j in lines)
    return frozenset(found)


def _card(i: int, blocks: tuple[Block, ...], feats: tuple[Features, ...]) -> list[int] | None:
    """The lines of the teaser card whose kicker is line ``i``, if it opens one."""
    kicker, title = feats[i], feats[i + 1]
    if (
        kicker.prose
        or not 1 <= kicker.words <= _KICKER_WORDS
        or not _CARD_TITLE_WORDS[0] <= title.words <= _CARD_TITLE_WORDS[1]
        or title.prose > _CARD_TITLE_PROSE
        or mostly_upper(blocks[i + 1].text)
        or is_time_stamp(blocks[i].text)  # a live blog's entry stamp ("21:05 BST")
    ):
        return None
    # The blurb: the first sentence or long line under the title, after a blank line (a
    # line of meta between them).
    blurb = i + 2
    while blurb < len(blocks) and not (_blurb(feats[blurb]) and blocks[blurb].blank_before):
        if feats[blurb].prose or blurb - i >= _CARD_HEADER_LINES:
            return None
        blurb += 1
    if blurb >= len(blocks) or (blurb + 1 < len(blocks) and not blocks[blurb + 1].blank_before):
        # No blurb, or one glued to more lines: an article's paragraphs under a sub-heading.
        return None
    return list(range(i, blurb + 1))


def _blurb(feat: Features) -> bool:
    """Whether a line under a card's title can be its blurb: prose, or a long line."""
    return bool(feat.prose) or (feat.words >= _BLURB_WORDS and feat.cue is _CUE_NONE)


_TEASER_LABEL_CHARS = 28
"""Most characters before the colon of a teaser label ("Das könnte Sie auch interessieren")."""

_TEASER_TITLE_WORDS = 30
"""Most words of the headline after a teaser label."""


def labelled_teasers(blocks: tuple[Block, ...], feats: tuple[Features, ...]) -> frozenset[int]:
    """Lines that link another story under a label: "READ MORE: <its headline>".

    "Read also: ...", "Lire aussi : ...", "Lesen Sie auch: ..." (the lexicon's
    ``teaser_labels``) then a title: a capital or a digit first, at most
    :data:`_TEASER_TITLE_WORDS` words, no final period. Set into the running text, such a
    line is a teaser, not the article's sub-heading or paragraph; a sentence after the label
    ("Related: the company said on Monday that...") is the article's.
    """
    labels = lexicon().teaser_labels
    found = []
    for i, block in enumerate(blocks):
        text = block.text
        # The colon first: most lines have none near their start.
        colon = text.find(":", 0, _TEASER_LABEL_CHARS)
        if colon < 0 or feats[i].cue not in _CUE_NONE_OR_CREDIT:
            continue
        title = text[colon + 1 :].strip()
        if fold(text[:colon]) in labels and _title_like(title):
            found.append(i)
    return frozenset(found)


def _title_like(title: str) -> bool:
    """A headline shape: a capital or digit first, a few words, no final period."""
    first = next((c for c in title if c.isalnum()), "")
    return (
        (first.isupper() or first.isdigit())
        and 1 < len(title.split()) <= _TEASER_TITLE_WORDS
        and (not title.endswith(".") or title.endswith(".."))
    )


def _glued_title(text: str) -> bool:
    for found in _GLUE.finditer(text, 0, _GLUE_SPAN):
        title = text[: found.start()].split()
        if len(title) < 3 or len(title[-1].rstrip("?!.'’\"”")) < 5:
            continue
        if len(text[found.start() :].split()) < 5:
            return False
        long = [w for w in title if len(w) >= 4]
        capitalised = sum(1 for w in long if w[0].isupper() or w[0].isdigit())
        if long and capitalised >= _TITLE_SHARE * len(long):
            return True
    return False


def _glued_dateline(text: str) -> bool:
    """A headline of 3+ words (not all upper case) run into a blurb that opens with a dateline.

    An article's own dateline opens its first paragraph; one after a headline-long run of
    words is a teaser card's.
    """
    # The colon first: most lines have none where a dateline could stand.
    if text.find(": ", 0, _GLUE_SPAN + 30) < 0:
        return False
    found = _GLUED_DATELINE.search(text, 0, _GLUE_SPAN + 30)
    if found is None:
        return False
    title = text[: found.start()]
    return len(title.split()) >= 3 and not title.isupper()


def gallery_lines(blocks: tuple[Block, ...], feats: tuple[Features, ...]) -> frozenset[int]:
    """Lines of photo galleries: slides counted "1/50", "2/50"... and their captions.

    A gallery embedded in an article can hold more prose than the article itself; its
    counters give it away. A run needs at least three counters 1, 2, 3... of one total;
    the caption line after the last counter belongs to it, or, when the counters close
    their slides, the first slide's lines over the first counter (:func:`_close_gallery`).
    A counter may carry its label ("Image 1 of 5", :data:`_LABELLED_SLIDE`).
    """
    lines: set[int] = set()
    run: list[int] = []  # indices of the current run's counters
    total = expected = 0
    for i, block in enumerate(blocks):
        first = block.text[:1]
        if first.isdigit():
            found = _SLIDE.match(block.text)
        elif first in _SLIDE_LABEL_INITIALS:
            found = _LABELLED_SLIDE.match(block.text)
        else:
            continue
        if found is None:
            continue
        number, count = int(found[1]), int(found[2])
        if run and number == expected and count == total and i - run[-1] <= _SLIDE_GAP:
            run.append(i)
            expected += 1
            continue
        _close_gallery(run, blocks, feats, lines)
        run, total, expected = ([i], count, 2) if number == 1 and count >= 3 else ([], 0, 0)
    _close_gallery(run, blocks, feats, lines)
    return frozenset(lines)


def _close_gallery(
    run: list[int], blocks: tuple[Block, ...], feats: tuple[Features, ...], lines: set[int]
) -> None:
    if len(run) < 3:
        return
    first, second = run[0], run[1]
    span = second - first
    if first >= span and feats[first - 1].cue is Cue.CREDIT is feats[second - 1].cue:
        # Each counter closes its slide ("A caption." / "Photo: Jane Doe" / "1 / 12"): a
        # photo credit stands over the first counter as over the second, so the first
        # slide's lines are the ones over the first counter, and the line after the last
        # counter is the page's own.
        lines.update(range(first - span + 1, run[-1] + 1))
        return
    last = run[-1]
    # A bare counter line ("4/50 Title") has its caption on the next line.
    end = last + 2 if last + 1 < len(blocks) and len(blocks[last].text) < 80 else last + 1
    lines.update(range(run[0], end))


def _is_long_paragraph(feat: Features) -> bool:
    """A prose line of a paragraph's length (teaser titles and blurbs run shorter)."""
    return feat.prose > 0 and feat.words >= _PARAGRAPH_WORDS


def separators(blocks: tuple[Block, ...], feats: tuple[Features, ...]) -> frozenset[int]:
    """Short lines a page repeats between paragraphs: "Article content", "Story".

    Templates print such a line around every ad slot or paragraph group; it divides
    nothing. It counts only where it stands right between two paragraphs: a menu entry
    or a teaser list's source label ("Reuters") recurs as often, but among short lines.
    Lines with a digit and cue lines are never separators.
    """
    # A separator recurs between two long paragraphs: the lines there are few, and most
    # pages have no line there that recurs often enough, so no other line need be read.
    paragraphs = [i for i, feat in enumerate(feats) if _is_long_paragraph(feat)]
    between = Counter(
        feats[a + 1].folded
        for a, b in itertools.pairwise(paragraphs)
        if b == a + 2 and _may_separate(blocks[a + 1], feats[a + 1])
    )
    if not between or max(between.values()) < _SEPARATOR_REPEATS:
        return frozenset()
    return frozenset(
        i
        for i in range(1, len(blocks) - 1)
        if _may_separate(blocks[i], feats[i]) and between[feats[i].folded] >= _SEPARATOR_REPEATS
    )


def _may_separate(block: Block, feat: Features) -> bool:
    """A short line without prose, cue or digit (tests ordered to reject most lines first)."""
    return (
        feat.words <= _SEPARATOR_WORDS
        and feat.prose == 0
        and feat.cue is _CUE_NONE
        and not any(map(str.isdigit, block.text))
    )


def _item_number(block: Block) -> int:
    found = _ITEM_NUMBER.match(block.text) if block.text[:1].isdigit() else None
    return int(found[1]) if found else 0


def list_tail(blocks: tuple[Block, ...], feats: tuple[Features, ...], start: int, end: int) -> int:
    """Extend the region over the rest of an enumerated list that the article began.

    A listicle's items are mostly short lines, so the list's tail never pays for itself.
    When the region ends on item n (after item n - 1), or on a sentence announcing a list
    (a colon), items n + 1, n + 2... (from 1) that follow within a line or two of each
    other, and that nothing else marks, are the article.
    """
    number = _item_number(blocks[end - 1])
    before = range(max(start, end - 1 - _ITEM_GAP), end - 1)
    if blocks[end - 1].text.endswith(":"):
        number = 0
    elif number < 2 or not any(_item_number(blocks[k]) == number - 1 for k in before):
        return end
    j = end
    while j < len(blocks) and j - end < _ITEM_GAP and feats[j].cue is _CUE_NONE:
        if not blocks[j].hidden and _item_number(blocks[j]) == number + 1:
            number += 1
            end = j + 1
        j += 1
    return end


def dated_list_tail(blocks: tuple[Block, ...], feats: tuple[Features, ...], end: int) -> int:
    """Extend a text dump's region over a dated list right under the article's last line.

    A tour's or a schedule's dates close some articles, one short line each ("June 9 --
    Coral Sky Amphitheatre, West Palm Beach, FL"), announced or not by a short line ("Tour
    dates:"): no line of it is prose, so the list never pays for itself. At least
    :data:`_DATED_ITEMS` distinct lines in a row that open with a day and a month name
    (:func:`newsparse.date_names.day_month_pattern`) and that nothing else marks are the
    article's. A teaser list stamps its headlines with dates at their end or on lines of
    their own; a comment thread's dates stand under names.
    """
    n = len(blocks)
    j = end
    if j < n and feats[j].cue is _CUE_NONE and not _dated_item(blocks[j], feats[j]):
        if not 0 < feats[j].words <= _DATED_INTRO_WORDS or blocks[j].hidden:
            return end
        j += 1
    seen: set[str] = set()
    k = j
    while (
        k < n
        and feats[k].cue is _CUE_NONE
        and blocks[k].text not in seen
        and _dated_item(blocks[k], feats[k])
    ):
        seen.add(blocks[k].text)
        k += 1
    return k if k - j >= _DATED_ITEMS else end


def _dated_item(block: Block, feat: Features) -> bool:
    """Whether a line opens with a day and a month name, in a list line's few words."""
    low, high = _DATED_ITEM_WORDS
    return (
        low <= feat.words <= high
        and not block.hidden
        and day_month_pattern().match(block.text) is not None
    )


def _box_gap(i: int, last_paragraph: int, feats: tuple[Features, ...], *, text: bool) -> int:
    """Lines from the last paragraph to heading ``i``.

    In a text dump (``text``), a few widget lines between them count none: under a
    gallery's title and arrow icons, "Leia Mais" opens a box right under the paragraph.
    """
    gap = i - last_paragraph
    if text and _BOX_AFTER_PARAGRAPH < gap <= _BOX_AFTER_PARAGRAPH + _BOX_SKIPPED_WIDGETS:
        gap -= sum(feats[k].cue is _CUE_WIDGET for k in range(last_paragraph + 1, i))
    return gap


def _passed_widget(j: int, feats: tuple[Features, ...]) -> bool:
    """Whether widget line ``j`` is a share bar's button or an icon's label.

    A box set into a text dump's article goes on over both: "Facebook" next to "Twitter"
    (:func:`_in_share_bar`), "Ícone fechar".
    """
    feat = feats[j]
    return _in_share_bar(j, feats) or (feat.cue is _CUE_WIDGET and feat.cue_key == ICON_KEY)


def _in_share_bar(j: int, feats: tuple[Features, ...]) -> bool:
    """Whether widget line ``j`` stands next to another: a share bar's button ("Facebook")."""
    return feats[j].cue is _CUE_WIDGET and (
        (j > 0 and feats[j - 1].cue is _CUE_WIDGET)
        or (j + 1 < len(feats) and feats[j + 1].cue is _CUE_WIDGET)
    )
