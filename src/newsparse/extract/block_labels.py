"""Block labels: what each block of a page is, once the body region is known.

:func:`newsparse.extract.layout.find_layout` finds the body region; this module labels
every block. Page patterns come first (a closed teaser box, a gallery slide, a glued
teaser, a separator, a box set into the article container), then what structure places
outside the article, then the block's place: inside the region prose is body and cue lines
take their cue's label; after it, blocks under a comments or sidebar heading take that
section's label. Last, a short body block over a photo credit becomes a caption and a body
block repeated verbatim is kept once.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from itertools import compress
from operator import attrgetter
from typing import TYPE_CHECKING

import attrs

from newsparse.date_names import month_number
from newsparse.document import Block, BlockKind
from newsparse.extract.container import lead_heading
from newsparse.extract.features import (
    AGENCY_KEY,
    CAPTION_KEY,
    CREDIT_FREE_TAILS,
    CUE_MAX_WORDS,
    Cue,
    Features,
    ends_sentence,
    glued_credit,
)
from newsparse.lexicon import lexicon, occurrence_pattern
from newsparse.model import Label

if TYPE_CHECKING:
    from newsparse.extract.layout import Structure

__all__ = ["Marks", "article_copies", "is_form_field", "label_blocks", "over_credit"]

_TAG_PATH_OF = attrgetter("tag_path")
"""A block's tag path (empty in a text dump)."""

_TEXT_OF = attrgetter("text")
"""A block's text."""

_CUE_LABEL: dict[Cue, Label] = {
    Cue.WIDGET: Label.WIDGET,
    Cue.NAVIGATION: Label.NAVIGATION,
    Cue.BOILERPLATE: Label.BOILERPLATE,
    Cue.COMMENT_HEADING: Label.COMMENTS,
    Cue.COMMENT_TEXT: Label.COMMENTS,
    Cue.SIDEBAR_HEADING: Label.SIDEBAR,
    Cue.TAGS: Label.TAGS,
    Cue.CREDIT: Label.CAPTION,
}

# Enum members read as module constants: on Python 3.11 ``Label.BODY`` costs a metaclass
# attribute lookup (several times a global read), and the loops here read some per block.
_NONE = Cue.NONE
_COMMENT_HEADING = Cue.COMMENT_HEADING
_COMMENT_TEXT = Cue.COMMENT_TEXT
_SIDEBAR_HEADING = Cue.SIDEBAR_HEADING
_CREDIT = Cue.CREDIT
_BODY = Label.BODY
_CAPTION = Label.CAPTION
_SIDEBAR = Label.SIDEBAR
_COMMENTS = Label.COMMENTS
_BOILERPLATE = Label.BOILERPLATE
_UNKNOWN = Label.UNKNOWN
_CAPTION_KIND = BlockKind.CAPTION

_CUE_REASONS: dict[tuple[int, str], tuple[Label, str]] = {}
"""Label and reason of each (cue, cue word) seen: the reason string is built once."""

_CUE_REASONS_MAX = 4096
"""Entries kept before :data:`_CUE_REASONS` is emptied (cue words come from the lexicon
and profiles, so it rarely fills)."""

_CAPTION_MAX_WORDS = 29
"""Words a body block stays under for a following photo credit to make it a caption (a
paragraph of 29 words over a credit is the article's: a photo sits between paragraphs)."""

_FILE_PHOTO = re.compile(
    r"""
    # "FILE - Pupils ...", "Jane Doe, File - FILE - ..."
    (?:[^\W\d_][^.!?]{0,40}[-–—]\s)?FILE\s?[-–—]\s
    # "In this March 2, 2011 file photo, ..."
    | In\sthis\s.{0,50}?\b[Ff]ile\s(?:photo|image|picture)\b
    """,
    re.VERBOSE,
)
"""The mark that opens a news agency's caption of an archive picture (AP's "FILE - " and "In
this <date> file photo"): read at a body block's start, it makes the block a caption."""

_FILE_PHOTO_CHARS = 120
"""Characters of a body block's opening that :data:`_FILE_PHOTO` reads."""

_DATED_CAPTION = re.compile(
    r"""
    (?:(?P<month>[^\W\d_]{3,12})\.?\s(?:[0-3]?\d)        # "Apr. 8", "March 3"
    | (?:[0-3]?\d)\.?\s(?P<month2>[^\W\d_]{3,12})\.?)   # "8 April", "8. April"
    (?:,?\s(?:19|20)\d\d)?                              # ", 2010"
    :\s+[^\W\d_]                                         # ": President Obama signs ..."
    """,
    re.VERBOSE,
)
"""A photo caption's date lead: a day and a month name (and a year), a colon, then the
caption's sentence ("Apr. 8: President Obama signs the treaty ...")."""

_CREDIT_MAX_WORDS = 8
"""Fewest words of a credit-shaped line that names more than a picture's source: a caption
carrying its own credit ("Actors on set | Image: Jane Doe") or a labelled teaser ("WATCH |
<a headline>"), which makes no caption of the block above it."""

_AD_NOTICE_WORDS = 30
"""Most words of an ad slot's placeholder line."""

_FIELD_WORDS = 2
"""Most words of a comment form's field label or button ("Name", "Post Comment")."""

_FORM_LINES = 6
"""Most lines of a comment form under its box's notices."""

_FORM_CUES = (Cue.NONE, Cue.WIDGET)
"""Cues of a comment form's lines (a field label, an "Email" or "Send" button)."""


@attrs.frozen(kw_only=True)
class Marks:
    """Blocks that page patterns (:mod:`newsparse.extract.patterns`) set apart."""

    boxes: dict[int, int]
    """Each closed box's heading, mapped to the box's end."""
    gallery: frozenset[int]
    """Slides of photo galleries."""
    teasers: frozenset[int]
    """Teasers glued into the running text."""
    separators: frozenset[int]
    """Separator lines repeated between paragraphs."""
    holes: frozenset[int]
    """Lines of boxes set into the HTML article container."""
    comments: dict[int, int] = attrs.field(factory=dict)
    """Each comments heading of a text dump, mapped to the end of the box the article goes on
    under (0 when the heading bounds the article)."""
    dialog: frozenset[int] = frozenset()
    """Lines of a text dump's paywall dialog set into the article."""
    tail: frozenset[int] = frozenset()
    """Lines of a dated list that closes a text dump's article (the region's last lines)."""
    charts: frozenset[int] = frozenset()
    """Lines of charts printed between paragraphs (axis labels, values, title, units)."""
    copies: frozenset[int] = frozenset()
    """Blocks that print the article again as one line (:func:`article_copies`)."""


def label_blocks(  # noqa: PLR0917 -- the layout's region and the page's parallel arrays
    blocks: tuple[Block, ...],
    feats: tuple[Features, ...],
    structure: Structure | None,
    start: int,
    end: int,
    marks: Marks,
) -> tuple[tuple[Label, ...], tuple[str, ...]]:
    """Label every block, given the body region ``[start, end)``; return labels and reasons."""
    if len(blocks) != len(feats):
        msg = f"{len(blocks)} blocks but {len(feats)} features"
        raise ValueError(msg)
    # Each block's label by its place (a pure function of the block and its neighbours),
    # then the few blocks that patterns or structure mark take theirs instead. A block
    # outside the region that is neither hidden nor a cue line keeps the first label.
    count = len(blocks)
    labels = [_UNKNOWN] * count
    reasons = ["outside-body"] * count
    for i in range(count):
        feat = feats[i]
        if blocks[i].hidden:
            labels[i], reasons[i] = _BOILERPLATE, "hidden"
        elif feat.cue is not _NONE:
            labels[i], reasons[i] = _cue_label(feat)
        elif start <= i < end:
            if feat.prose > 0:
                labels[i], reasons[i] = _BODY, "prose"
            elif i in marks.tail:
                labels[i], reasons[i] = _BODY, "list-tail"
            elif i in marks.charts:
                labels[i], reasons[i] = _CAPTION, "chart"
            else:
                labels[i], reasons[i] = _plain_line(i, blocks, feats, start, end)
    for i, (label, reason) in _pattern_labels(blocks, feats, structure, start, end, marks).items():
        labels[i] = label
        reasons[i] = reason
    for i in marks.copies:
        if not blocks[i].hidden:
            labels[i], reasons[i] = _BOILERPLATE, "article-copy"
    _drop_ad_notices(labels, reasons, feats, start, end)
    if structure is None:
        _label_read_more_teasers(labels, reasons, blocks, feats, start, end)
    _label_sections(labels, reasons, feats, end)
    _mark_captions(labels, reasons, blocks, feats, start, end)
    _drop_duplicates(labels, reasons, blocks, start, end)
    _drop_article_copy(labels, reasons, blocks, start, end)
    return tuple(labels), tuple(reasons)


def _pattern_labels(  # noqa: PLR0917 -- label_blocks's own arguments
    blocks: tuple[Block, ...],
    feats: tuple[Features, ...],
    structure: Structure | None,
    start: int,
    end: int,
    marks: Marks,
) -> dict[int, tuple[Label, str]]:
    """Labels that page patterns and structure give, before a block's place is looked at.

    Only the few blocks that some pattern marks or structure sets aside are read; a block
    whose patterns all fail their conditions gets none and is labelled by its place.
    """
    boxed = _boxed_lines(marks.boxes, start, end)
    found: dict[int, tuple[Label, str]] = {}
    for j in _boxed_lines(marks.comments, start, end):
        # A comment's name, date and sentence inside the region (its cue lines have theirs).
        if feats[j].cue is _NONE:
            found[j] = _COMMENTS, "comment-box"
    for i in boxed.union(marks.gallery, marks.teasers, marks.separators, marks.holes, marks.dialog):
        block = blocks[i]
        if i in marks.dialog:
            if feats[i].cue is _NONE:
                found[i] = _BOILERPLATE, "paywall-dialog"
        elif i in boxed:
            found[i] = _SIDEBAR, "box"
        elif i in marks.gallery and not block.hidden:
            found[i] = _CAPTION, "gallery"
        elif i in marks.teasers and start <= i < end:
            found[i] = _SIDEBAR, "teaser"
        elif i in marks.separators:
            found[i] = _BOILERPLATE, "separator"
        elif i in marks.holes and start <= i < end and block.kind is not BlockKind.HEADING:
            found[i] = _BOILERPLATE, "container-hole"
    if structure is None:
        return found
    reasons = structure.reasons
    for i, label in enumerate(structure.aside):
        # Structure's label, unless a pattern labelled the block or it is a cue line.
        if label is not None and i not in found and feats[i].cue is _NONE and not blocks[i].hidden:
            found[i] = label, reasons[i] if reasons else "structure"
    return found


def _boxed_lines(boxes: dict[int, int], start: int, end: int) -> set[int]:
    """Lines of closed boxes that fall inside the body region (heading and teasers)."""
    return {j for i, stop in boxes.items() if start <= i < end for j in range(i, min(stop, end))}


def _plain_line(
    i: int, blocks: tuple[Block, ...], feats: tuple[Features, ...], start: int, end: int
) -> tuple[Label, str]:
    """The label of a visible line inside the region that has neither cue nor prose."""
    block, feat = blocks[i], feats[i]
    if block.kind is BlockKind.CAPTION:
        return _CAPTION, "caption-element"
    if _in_box(i, blocks, feats):
        return _BOILERPLATE, "box-line"
    if _in_comment_form(i, blocks, feats):
        return _COMMENTS, "comment-form"
    if start < i < end - 1 and 1 <= feat.words <= 20:
        return _BODY, "subheading"
    if i == start and lead_heading(block, feat):
        return _BODY, "lead-heading"
    if i == start and block.kind is BlockKind.TEXT and block.text.endswith("?"):
        # An interview's first question, where the region starts (container_lead).
        return _BODY, "lead-question"
    if block.kind in (BlockKind.LIST_ITEM, BlockKind.QUOTE, BlockKind.PRE, BlockKind.TABLE_CELL):
        return _BODY, block.kind.value
    return _UNKNOWN, "short-line-in-body"


def is_form_field(j: int, blocks: tuple[Block, ...], feats: tuple[Features, ...]) -> bool:
    """Whether plain line ``j`` is a form's field label or button ("Name", "E-Mail", "Submit").

    A word or two, no digit, that the lexicon lists as a form's line (``form_labels``): a
    sub-heading printed apart under a comments box's notice lines has a field label's shape,
    and only its words tell the two apart.
    """
    feat = feats[j]
    return (
        feat.words <= _FIELD_WORDS
        and feat.prose == 0
        and feat.cue is _NONE
        and feat.folded in lexicon().form_labels
        and not any(map(str.isdigit, blocks[j].text))
    )


def _in_comment_form(i: int, blocks: tuple[Block, ...], feats: tuple[Features, ...]) -> bool:
    """Whether field label ``i`` is in the form under a comments box's notice lines."""
    if not is_form_field(i, blocks, feats):
        return False
    j = i - 1
    while j >= max(0, i - _FORM_LINES) and feats[j].words <= _FIELD_WORDS and feats[j].prose == 0:
        if feats[j].cue not in _FORM_CUES:
            break
        j -= 1
    return j >= 0 and feats[j].cue is _COMMENT_TEXT


_BOX_CUES = frozenset({Cue.WIDGET, Cue.NAVIGATION, Cue.BOILERPLATE})
"""Cues of the lines of a sign-up box or share bar ("Newsletter", "Subscribe", "Share")."""


def _in_box(i: int, blocks: tuple[Block, ...], feats: tuple[Features, ...]) -> bool:
    """Whether a short line without prose is glued to a sign-up box, ad or button line.

    A sign-up box prints its pitch ("Enter your email address") between its "Newsletter"
    and "Subscribe" lines with no blank line, an ad slot its caption under its label, a
    teaser its title over its "Read more" button: the line is the box's, not a
    sub-heading. (A sub-heading printed right under an "Advertisement" line is lost: on
    the corpus such lines are more often the ad's. Over a share bar of several buttons it
    stays a sub-heading.)
    """
    if i > 0 and not blocks[i].blank_before and feats[i - 1].cue in _BOX_CUES:
        return True
    after = i + 1
    return (
        after < len(blocks)
        and not blocks[after].blank_before
        and feats[after].cue in _BOX_CUES
        and not _glued_button(after + 1, blocks, feats)
    )


def _glued_button(i: int, blocks: tuple[Block, ...], feats: tuple[Features, ...]) -> bool:
    """Whether block ``i`` is a share or ad button glued to the block above it."""
    return i < len(blocks) and not blocks[i].blank_before and feats[i].cue is Cue.WIDGET


def _cue_label(feat: Features) -> tuple[Label, str]:
    """The label and reason of a cue line (the reason string is made once per cue word)."""
    # Members are singletons: their id is a cheap key (Enum.__hash__ is Python code).
    key = id(feat.cue), feat.cue_key
    found = _CUE_REASONS.get(key)
    if found is None:
        if len(_CUE_REASONS) >= _CUE_REASONS_MAX:
            _CUE_REASONS.clear()
        found = _CUE_REASONS[key] = _CUE_LABEL[feat.cue], f"cue:{feat.cue.value}:{feat.cue_key}"
    return found


def _drop_ad_notices(
    labels: list[Label], reasons: list[str], feats: tuple[Features, ...], start: int, end: int
) -> None:
    """A body line holding an ad slot's placeholder notice is boilerplate.

    Labelled here, once the layout is decided: the notice reads as prose, and as prose it
    closes the boxes and runs of the page's patterns (a cue would reopen them).
    """
    notices = lexicon().ad_notices
    if not notices:
        return
    finder = _notice_finder(notices)
    for i in range(start, end):
        if (
            labels[i] is _BODY
            and feats[i].words <= _AD_NOTICE_WORDS
            and finder.search(feats[i].folded)
        ):
            labels[i] = _BOILERPLATE
            reasons[i] = "ad-notice"


def _label_read_more_teasers(  # noqa: PLR0917 -- label_blocks's parallel arrays and region
    labels: list[Label],
    reasons: list[str],
    blocks: tuple[Block, ...],
    feats: tuple[Features, ...],
    start: int,
    end: int,
) -> None:
    """The headlines glued under a text dump's "Read more" label are teasers, not the body.

    A template sets a "Read More" box of links into the article: the label, then one
    headline a line with no blank line between them ("Procurement explores five-day office
    return: documents"). A headline of ten words and more reads as prose; it ends like no
    sentence, and the box ends at the first line that does (or has a cue, or stands apart),
    or at a sub-heading that the article resumes under.
    """
    teaser_labels = lexicon().teaser_labels
    i = start
    while i < end:
        if feats[i].cue is _NONE or feats[i].cue_key not in teaser_labels:
            i += 1
            continue
        j = i + 1
        while (
            j < end
            and not blocks[j].blank_before
            and feats[j].cue is _NONE
            and not ends_sentence(blocks[j].text)
        ):
            if labels[j] is _BODY:
                if feats[j].prose == 0:
                    # A sub-heading of the article, glued under the box ("5. Beware the
                    # hairdryer"): the article goes on.
                    break
                labels[j] = _SIDEBAR
                reasons[j] = "read-more-teaser"
            j += 1
        i = j


@functools.cache
def _notice_finder(notices: tuple[str, ...]) -> re.Pattern[str]:
    """Finds whether some ad notice occurs in a folded line (one search, not one per notice).

    Anchored at each notice's rarest character (:func:`~newsparse.lexicon.occurrence_pattern`):
    the notices of every language are many, and most body lines are searched.
    """
    return occurrence_pattern(notices)


def _label_sections(
    labels: list[Label], reasons: list[str], feats: tuple[Features, ...], end: int
) -> None:
    """After the body, every block under a comments/sidebar heading takes that section's label."""
    section: Label | None = None
    reason = ""
    for i in range(end, len(labels)):
        cue = feats[i].cue
        if cue is _COMMENT_HEADING or cue is _COMMENT_TEXT:
            section, reason = _COMMENTS, "section:comments"
        elif cue is _SIDEBAR_HEADING:
            section, reason = _SIDEBAR, "section:sidebar"
        label = labels[i]
        if section is not None and (label is _UNKNOWN or label is _BODY):
            labels[i] = section
            reasons[i] = reason
        elif label is _UNKNOWN:
            labels[i] = _BOILERPLATE
            reasons[i] = "after-body"


def _mark_captions(  # noqa: PLR0917 -- private helper over the layout's parallel arrays
    labels: list[Label],
    reasons: list[str],
    blocks: tuple[Block, ...],
    feats: tuple[Features, ...],
    start: int,
    end: int,
) -> None:
    """A short body block right before a photo credit is that photo's caption.

    Not before a caption that carries its own credit (a sentence closed by "(AP Photo/...)"):
    the block above it is the article's. An HTML body block that a photo credit closes
    (:func:`~newsparse.extract.features.glued_credit`) is a caption printed as a paragraph.
    """
    for i in range(max(start, 1), end):
        if (
            feats[i].cue is _CREDIT
            and labels[i - 1] is _BODY
            and over_credit(i - 1, feats)
            and _captions(i, blocks, feats)
        ):
            labels[i - 1] = _CAPTION
            reasons[i - 1] = "before-credit"
        elif labels[i] is _BODY and (
            blocks[i].kind is _CAPTION_KIND or _opens_file_photo(blocks[i].text)
        ):
            labels[i] = _CAPTION
            reasons[i] = "caption-element" if blocks[i].kind is _CAPTION_KIND else "file-photo"
    _mark_dated_caption(labels, reasons, blocks, feats, start, end)
    lex = lexicon()
    # Only HTML blocks have a tag path: the blocks of a text dump are skipped in C.
    for i in compress(range(start, end), map(_TAG_PATH_OF, blocks[start:end])):
        # Most body blocks end in a stop, where no credit is glued: that test goes first.
        text = blocks[i].text
        if (
            labels[i] is _BODY
            and text[-1:] not in CREDIT_FREE_TAILS
            and feats[i].words <= CUE_MAX_WORDS
            and glued_credit(text, lex)
        ):
            labels[i] = _CAPTION
            reasons[i] = "credit-glued"


def _mark_dated_caption(  # noqa: PLR0917 -- private helper over the layout's parallel arrays
    labels: list[Label],
    reasons: list[str],
    blocks: tuple[Block, ...],
    feats: tuple[Features, ...],
    start: int,
    end: int,
) -> None:
    """The body's first block is a photo caption when it opens with a date lead.

    "Apr. 8: President Obama signs the New START treaty ...": a text dump prints the lead
    picture's caption, dated by its day and a colon, over the story's first paragraph.
    A short block only, with a body block under it that opens otherwise: a chronology
    ("Jan. 5: ...", "Jan. 6: ...") dates each of its entries so.
    """
    first = next((i for i in range(start, end) if labels[i] is _BODY), -1)
    if first < 0 or feats[first].words >= _CAPTION_MAX_WORDS:
        return
    after = next((i for i in range(first + 1, end) if labels[i] is _BODY), -1)
    if after < 0 or not _opens_dated_caption(blocks[first].text):
        return
    if _opens_dated_caption(blocks[after].text):
        return
    labels[first] = _CAPTION
    reasons[first] = "dated-caption"


def _opens_dated_caption(text: str) -> bool:
    """Whether ``text`` opens with a caption's date lead (:data:`_DATED_CAPTION`)."""
    match = _DATED_CAPTION.match(text)
    return match is not None and month_number(match["month"] or match["month2"]) is not None


def _opens_file_photo(text: str) -> bool:
    """Whether a block opens with an agency's archive-picture mark (:data:`_FILE_PHOTO`).

    "FILE - Mike and Jane Doe tend to their son ...", "Jane Doe, File - FILE - In this March
    2, 2011 file photo, ...": the caption of a file photo, which a text dump prints over the
    lead like a paragraph; no article's sentence opens so.
    """
    # Both marks hold "FILE" or "ile ": a substring test (in C) spares most blocks the regex.
    head = text[:_FILE_PHOTO_CHARS]
    return ("FILE" in head or "ile " in head) and _FILE_PHOTO.match(head) is not None


def _captions(i: int, blocks: tuple[Block, ...], feats: tuple[Features, ...]) -> bool:
    """Whether credit line ``i`` makes a caption of the body block above it: not when hidden.

    A hidden credit marks no visible photo.
    """
    return not blocks[i].hidden


_OWN_CREDIT_KEYS = (CAPTION_KEY, AGENCY_KEY)
"""Cue keys of credit lines that make no caption of the block above them: a caption that
carries its own credit, and a bare "Jane Doe/Getty Images" (printed over its caption as often
as under it)."""


def over_credit(i: int, feats: tuple[Features, ...]) -> bool:
    """Whether block ``i`` is short and right over a photo credit: that photo's caption.

    Not over a caption that carries its own credit (a sentence closed by "(AP Photo/...)"),
    nor over a bare "Name/Agency" credit (:data:`_OWN_CREDIT_KEYS`), nor over a line of
    the credit's shape that runs longer than credits do (:data:`_CREDIT_MAX_WORDS`) unless
    it opens as a byline ("By Jane Doe | Agency Name").
    """
    return (
        i + 1 < len(feats)
        and feats[i + 1].cue is _CREDIT
        and feats[i + 1].cue_key not in _OWN_CREDIT_KEYS
        and (
            feats[i + 1].words < _CREDIT_MAX_WORDS
            # "By Jane Doe | Agency Name": a credit line naming its photographer.
            or lexicon().byline_prefix.match(feats[i + 1].folded) is not None
        )
        and feats[i].words < _CAPTION_MAX_WORDS
    )


_COPY_MIN_CHARS = 1000
"""Fewest characters of a body block that may be a copy of the article's paragraphs."""

_COPY_PARAGRAPHS = 3
"""Fewest earlier paragraphs that a block copies to be the article's copy."""

_COPY_PREFIX = 60
"""Characters of an earlier paragraph's opening looked for in a copy."""


_COPY_LOOKS = 48
"""Most earlier paragraphs whose openings are looked for in one long block, nearest first.

The article's paragraphs are the prose right above its copy (metadata lines between hold
no prose); the bound keeps a page of many long blocks linear (each look scans the block)."""

_COPY_BLOCKS = 32
"""Most long blocks of a page examined as a copy: a page prints its article again once."""


def _copies(texts: list[str], eligible: list[bool]) -> list[int]:
    """Indexes into ``texts`` of blocks copying the openings of earlier eligible ones.

    A block of :data:`_COPY_MIN_CHARS` characters or more copies the article when it holds
    the :data:`_COPY_PREFIX`-character openings of :data:`_COPY_PARAGRAPHS` earlier
    eligible blocks (at least that long), among the :data:`_COPY_LOOKS` nearest; at most
    :data:`_COPY_BLOCKS` long blocks are examined, so the work stays linear in the page.
    """
    found: list[int] = []
    openings: list[str] = []
    examined = 0
    for i, text in enumerate(texts):
        if len(text) >= _COPY_MIN_CHARS and examined < _COPY_BLOCKS and openings:
            examined += 1
            hits = 0
            for opening in reversed(openings[-_COPY_LOOKS:]):
                if opening in text:
                    hits += 1
                    if hits >= _COPY_PARAGRAPHS:
                        found.append(i)
                        break
        if eligible[i] and len(text) >= _COPY_PREFIX:
            openings.append(text[:_COPY_PREFIX])
    return found


def article_copies(blocks: tuple[Block, ...], feats: tuple[Features, ...]) -> list[int]:
    """The blocks that copy the prose paragraphs above them: the article printed again.

    As :func:`_drop_article_copy` reads them, before the body region is known: a block of
    :data:`_COPY_MIN_CHARS` characters or more holding the openings of
    :data:`_COPY_PARAGRAPHS` earlier prose blocks or more (:func:`_copies`). The layout
    weighs such a block as nothing: its mass would stretch the region over the page's
    metadata lines (dates, image addresses) printed between the article and its copy.
    """
    texts = list(map(_TEXT_OF, blocks))
    if not texts or max(map(len, texts)) < _COPY_MIN_CHARS:
        return []
    return _copies(texts, [f.prose > 0 for f in feats])


def _drop_article_copy(
    labels: list[Label], reasons: list[str], blocks: tuple[Block, ...], start: int, end: int
) -> None:
    """A body block that copies the article's paragraphs above it is no paragraph.

    Some dumps print the page's machine-readable article body (schema.org ``articleBody``)
    as one line under the article: a block of :data:`_COPY_MIN_CHARS` characters or more
    that holds the openings of :data:`_COPY_PARAGRAPHS` earlier body paragraphs or more
    repeats the article (:func:`_copies`).
    """
    if start >= end or max(map(len, map(_TEXT_OF, blocks[start:end]))) < _COPY_MIN_CHARS:
        # Most articles hold no block that long (the longest is found in C).
        return
    body = [i for i in range(start, end) if labels[i] is _BODY]
    texts = [blocks[i].text for i in body]
    for k in _copies(texts, [True] * len(texts)):
        labels[body[k]] = _BOILERPLATE
        reasons[body[k]] = "article-copy"


def _drop_duplicates(
    labels: list[Label], reasons: list[str], blocks: tuple[Block, ...], start: int, end: int
) -> None:
    """A body block repeated verbatim (pull quotes, teasers shown twice) is kept only once."""
    body = [i for i in range(start, end) if labels[i] is _BODY]
    # Texts that casefold alike hold as many spaces (casefolding maps no character to a
    # space, nor a space to another): only blocks sharing their count of spaces with
    # another are folded and compared.
    spaces = [blocks[i].text.count(" ") for i in body]
    shared = {n for n, blocks_with_n in Counter(spaces).items() if blocks_with_n > 1}
    seen: set[str] = set()
    for i, n in zip(body, spaces, strict=True):
        if n not in shared:
            continue
        key = blocks[i].text.casefold()
        if key in seen:
            labels[i] = _BOILERPLATE
            reasons[i] = "duplicate"
        seen.add(key)
