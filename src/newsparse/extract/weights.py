"""Block weights for the body region search: prose mass, and the cost of everything else.

Every prose block scores its mass (characters, or words for Chinese and Japanese text)
times its prose strength; every run of non-prose lines shares a penalty that grows faster
than its length. Comments and sidebar headings are barriers; prose under them weighs a
quarter. Closed teaser boxes, share bars and sign-up boxes cost a fixed price; on HTML
pages, structure skips blocks it places outside the article and eases the cost of lines
inside the article container. :func:`newsparse.extract.layout.find_layout` runs its
maximum-sum segment search on these weights.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import TYPE_CHECKING

from newsparse.dates import find_dates
from newsparse.document import Block, BlockKind
from newsparse.extract.block_labels import is_form_field, over_credit
from newsparse.extract.byline_names import PARTICLES
from newsparse.extract.features import AGENCY_KEY, CAPTION_KEY, Cue, Features, ends_sentence
from newsparse.lexicon import lexicon, occurrence_pattern
from newsparse.model import Label

if TYPE_CHECKING:
    from newsparse.extract.layout import Structure

__all__ = ["BARRIER", "block_weights"]

BARRIER = -10_000.0
"""Score of a comments/sidebar heading: no body region may cross one."""

_SECTION_FACTOR = 0.25
"""Weight of prose under a comments/sidebar heading that follows article prose: teasers and
comments can outweigh a short article, but should not win over it."""

_LONE_WIDGET_PENALTY = 15.0
"""Cost of a single widget line (ad label, share button) standing alone between blocks."""

_CUE_PENALTY = 60.0
"""Penalty of a widget, navigation or boilerplate line inside a candidate region."""

_BOX_PENALTY = 100.0
"""Cost of a closed "Related articles" box (heading plus teasers) between body paragraphs."""

_LEAD_BOX_PENALTY = 25.0
"""Most cost of a text dump's closed box right under a sentence of prose: a line's, as a "Read
also" box's (:func:`_under_sentence`)."""

_INLINE_BOX_PENALTY = 25.0
"""Cost of a closed "Read also" box (a link or two inside an article): one line's."""

_BAR_LINES = 4
"""Most lines of a share bar or sign-up box that costs a fixed price a line."""

_BAR_LINE_PENALTY = 30.0
"""Cost of each line of such a bar: a two-line box costs less than a short paragraph weighs."""

_BAR_CUES = (Cue.WIDGET, Cue.BOILERPLATE)
"""Cues of the lines of a share bar or sign-up box."""


_UPDATE_LABEL_WORDS = 3
"""Most words of an update label ("Zuletzt aktualisiert am")."""

_NAME_WORDS = 4
"""Most words of a commenter's name line, lower-case particles between them aside (two given
names and two surnames: "Ana Belén Martínez Ruiz")."""


def _run_penalty(length: float) -> float:
    """Penalty of a non-prose run of (weighted) ``length``: 25 a line plus a quadratic term."""
    return 25.0 * length + 10.0 * max(0.0, length - 1.0) ** 2


_BOXED_CUES = (Cue.NONE, Cue.BOILERPLATE)
"""Cues of lines that an aside box holds without heading a section (a newsletter sign-up)."""

_BAR_LABELS = (Label.BOILERPLATE, Label.WIDGET)
"""Aside labels of byline, meta and share bars, whose comment links head no section."""

_FURNITURE_CUES = (Cue.WIDGET, Cue.NAVIGATION)
"""Cues of the lines of an ad slot, share bar or sign-up box ("Subscribe") in an article."""

_TAG_CLOUD_PROSE = 0.5
"""Most prose score of a tag cloud: a long line without sentence stops under a "Tags" label."""
_UNPUNCTUATED_PROSE = 0.5
"""Prose score of a long line without sentence stops (see features._prose)."""
_UNPUNCTUATED_WORDS = 25
"""Fewest words of a line without sentence stops that is article prose (fewer: a meta line)."""
_NO_PROSE, _META_PROSE, _ARTICLE_PROSE = 0, 1, 2
"""What prose a text has shown so far: none, only lines that may be meta, or article prose."""

_TABLE_FACTOR = 0.1
"""Mass per character of a table row inside the article container."""

_WORD_CHARS = 6
"""Prose mass of a CJK word (two characters): a CJK line says as much as a Latin line about
three times its length."""

_REPEAT_FACTOR = 0.1
"""Weight of a paragraph already seen on the page (teasers listed twice, repeated notices)."""

_HANGUL = re.compile(r"[\uac00-\ud7af]")
"""A Hangul syllable."""

_NUMBER_SHARE = 0.1
"""Run share of a line without letters: charts print dozens of them between paragraphs."""

_NUMBER_CHARS = 7
"""Longest letterless line that counts as a chart label ("$1,234", "’18", "45%")."""

_INSIDE_SHARE = 0.1
"""Factor of a short line's run share inside an HTML article container."""

_CHART_NUMBERS = 6
"""Fewest chart labels (:data:`_NUMBER_CHARS`) that, half a run's lines or more, make the run
a chart printed between paragraphs."""

_CHART_WORDS = 8
"""Most words of a chart's title or unit line ("billion", "Interest payments on the debt")."""

_CODE_CHARS = "{}();=<>[]"
"""Characters that mark a line of code or markup quoted in an article."""

_TWO_CODE_CHARS = re.compile(
    f"[{re.escape(_CODE_CHARS)}][^{re.escape(_CODE_CHARS)}]*[{re.escape(_CODE_CHARS)}]"
)
"""Two of :data:`_CODE_CHARS` in a text: one search, where ten counts cost four times more.
(The class excludes its own characters after the first, so the search stays linear.)"""

_CODE_ENDS = "{[(;"
"""Last characters of a line of code that opens a block or ends a statement."""

_CODE_STARTS = "}])"
"""First characters of a line of code that closes a block."""

_CODE_OPENERS = ("//", "/*", "*/")
"""Openings of a comment line in a code listing."""

_CODE_SHARE = 0.1
"""Run share of a line of a code listing: a listing is article content, however long."""

_QUANTITY_DIGITS = frozenset("0123456789½¼¾⅓⅔⅛")
"""First characters of a quantity."""

_QUANTITY = re.compile(
    r"(?:\d+(?:[.,/]\d+)?(?: \d/\d)?(?: ?[-–] ?\d+(?:[.,/]\d+)?)?|[½¼¾⅓⅔⅛]) ?[½¼¾⅓⅔⅛]? ([^\W\d_])"
)
"""A line that opens with a quantity and a lower-case word: "1 tsp cinnamon", "8-9 ripe
pears", "1 1/2 cups honey", "½ tsp salt" (not a teaser's "27 Oddest Medical Cases")."""

_QUANTITY_SHARE = 0.1
"""Run share of an ingredient line: a recipe's list is article content, however long."""

_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
"""Zero-width characters: editors leave lines of nothing else between paragraphs."""

# Enum members read as module constants: on Python 3.11 ``Cue.NONE`` costs a metaclass
# attribute lookup (~8 times a global read), and the loop below reads several per block.
# Groups of members are tuples, not sets: ``in`` a tuple compares identities, while a set
# lookup calls ``Enum.__hash__``, a Python function (half the loop's time went there).
_NO_CUE = Cue.NONE
_WIDGET = Cue.WIDGET
_BOILERPLATE = Cue.BOILERPLATE
_TAGS = Cue.TAGS
_NAVIGATION = Cue.NAVIGATION
_COMMENT_HEADING = Cue.COMMENT_HEADING
_SIDEBAR_HEADING = Cue.SIDEBAR_HEADING
_CREDIT = Cue.CREDIT
_SECTION_CUES = (Cue.COMMENT_HEADING, Cue.SIDEBAR_HEADING)
"""Cues of headings that end the article's run (a comments or sidebar section starts)."""
_UNCHARGED_CUES = (Cue.NONE, Cue.WIDGET)
"""Cues of run lines that cost no extra: all others (navigation, boilerplate...) do."""
_SHORT_KINDS = (BlockKind.LIST_ITEM, BlockKind.PRE)
"""Kinds of lines that are content without sentence punctuation (list items, code)."""
_TABLE_CELL = BlockKind.TABLE_CELL
_LONE_CUES = (Cue.WIDGET, Cue.CREDIT)
"""Cues of a line that, alone between paragraphs, costs only a widget's price."""


def _mass(block: Block, feat: Features) -> float:
    """Prose mass of a block: its length, or for Chinese and Japanese text its words.

    Such text runs under 3 characters a word (Korean, which spaces its words, is weighed by
    length like Latin text).
    """
    chars = len(block.text)
    if chars < 3 * feat.words and not _HANGUL.search(block.text):
        return _WORD_CHARS * feat.words
    return chars


def _run_share(i: int, blocks: tuple[Block, ...], feat: Features) -> float:
    """How much line ``i`` (a non-prose line) counts towards its run's length.

    Menus and link lists are runs of one- to three-word lines; code listings, list items,
    a recipe's ingredients (:func:`_in_ingredients`: a dozen lines between the article and
    its method) and clause-long lines are article content that merely lacks sentence
    punctuation.
    """
    if feat.cue is not _NO_CUE:
        return 1.0
    block = blocks[i]
    text = block.text
    # _number_label, inline: most lines are longer.
    if len(text) <= _NUMBER_CHARS and not any(map(str.isalpha, text)):
        # Numbers alone ("$915", "’18", "60"): a chart's axis labels or a table's cells
        # (not dates, which list teasers repeat).
        return _NUMBER_SHARE
    if text[-1] in _CODE_ENDS or text[0] in _CODE_STARTS or text.startswith(_CODE_OPENERS):
        # A line of a code listing: it opens or closes a bracket, ends a statement or is a
        # comment. Listings run to dozens of such lines between an article's paragraphs.
        return _CODE_SHARE
    if text[0] in _QUANTITY_DIGITS and _in_ingredients(i, blocks):
        return _QUANTITY_SHARE
    if block.kind in _SHORT_KINDS or _TWO_CODE_CHARS.search(text):
        return 0.3
    if feat.words >= 5:
        return 0.5
    return 1.0


def _quantity_line(block: Block) -> bool:
    """Whether a line opens with a quantity and a lower-case word ("1 tsp cinnamon")."""
    text = block.text
    if not text or text[0] not in _QUANTITY_DIGITS:
        return False
    match = _QUANTITY.match(text)
    return match is not None and match[1].islower()


def _in_ingredients(i: int, blocks: tuple[Block, ...]) -> bool:
    """Whether line ``i`` is an ingredient of a recipe's list, among two more glued to it.

    An ingredient opens with a quantity and a lower-case word ("1 tsp cinnamon", "8-9 ripe
    pears", "1/2 cup honey", "200 g Mehl"); a list of three or more such lines, printed
    without blank lines between them, is a recipe's. (One "0 shares" or "27 Oddest Cases"
    line is no list.)
    """
    if not _quantity_line(blocks[i]):
        return False
    n = len(blocks)

    def listed(j: int) -> bool:
        # Line j is an ingredient glued to its neighbour towards i.
        return 0 <= j < n and _quantity_line(blocks[j])

    up = listed(i - 1) and not blocks[i].blank_before
    down = listed(i + 1) and not blocks[i + 1].blank_before
    return (
        (up and down)
        or (up and listed(i - 2) and not blocks[i - 1].blank_before)
        or (down and listed(i + 2) and not blocks[i + 2].blank_before)
    )


def _number_label(text: str) -> bool:
    """Whether a line is a number alone ("$915", "’18", "60"), as a chart's axis labels are."""
    return len(text) <= _NUMBER_CHARS and not any(map(str.isalpha, text))


def _chart_number(text: str) -> bool:
    """Whether a line is a chart's number: a number label with a digit (not "]" or "...")."""
    return _number_label(text) and any(map(str.isdigit, text))


def _chart_labels(
    run: list[int],
    shares: list[float],
    blocks: tuple[Block, ...],
    feats: tuple[Features, ...],
    charts: set[int],
) -> None:
    """Count a chart's word lines as its number labels are counted, in place in ``shares``.

    A chart printed between paragraphs is mostly number lines (axis labels, values:
    :func:`_chart_number`), which count a tenth in their run; its title, legend and unit
    lines ("billion") are a few words each, and would count in full. In a run of
    :data:`_CHART_NUMBERS` number lines or more, half its lines or more, word lines of
    :data:`_CHART_WORDS` words at most and without a cue count as the numbers do; those
    lines and the numbers are added to ``charts``.
    """
    # Number lines count _NUMBER_SHARE in their run (a tenth of it inside an HTML article
    # container), as code lines do: a count of those shares (in C) bounds the numbers.
    bound = shares.count(_NUMBER_SHARE) + shares.count(_NUMBER_SHARE * _INSIDE_SHARE)
    if bound < _CHART_NUMBERS or 2 * bound < len(run):
        # Most runs are a line or two: no chart.
        return
    numbers = sum(1 for j in run if feats[j].cue is _NO_CUE and _chart_number(blocks[j].text))
    if numbers < _CHART_NUMBERS or 2 * numbers < len(run):
        return
    for k, j in enumerate(run):
        if feats[j].cue is _NO_CUE and feats[j].words <= _CHART_WORDS:
            shares[k] = min(shares[k], _NUMBER_SHARE)
            charts.add(j)


def _skips_aside(i: int, feat: Features, structure: Structure | None) -> bool:
    """Whether an aside block (by structure) is left out of the layout's runs.

    Structure already puts the block outside the article (an in-article teaser box, a
    share bar): it neither lengthens nor ends the run it sits in. So is a "Most read"
    heading at the top of such a box, which bounds its section; a comments heading only
    inside a comments box, as comments often follow the box that announces them ("View
    comments" in an article footer), or a link to the comments in a byline or share bar.
    """
    if structure is None:
        return False
    # A heading over its box's lines, or in the page chrome (whose plain lines, the box's
    # teasers, the framed layout leaves out: the next line it sees is the article's).
    boxed = (i + 1 < len(structure.aside) and structure.aside[i + 1] is not None) or bool(
        structure.chrome and structure.chrome[i] is not None
    )
    return (
        feat.cue in _BOXED_CUES
        # A bare "Jane Doe/Getty Images" in a caption element: the element's line, as the
        # caption's.
        or (feat.cue is _CREDIT and feat.cue_key == AGENCY_KEY)
        or (feat.cue is _SIDEBAR_HEADING and boxed)
        or (feat.cue is _COMMENT_HEADING and structure.aside[i] is Label.COMMENTS and boxed)
        # "Join the conversation" in an article's byline or share bar links to the comments.
        or (feat.cue is _COMMENT_HEADING and structure.aside[i] in _BAR_LABELS)
        # A comments box set into the article container: its policy lines ("Comments are
        # closed") are the box's, like its heading; the article goes on after it.
        or (
            feat.cue is Cue.COMMENT_TEXT
            and structure.aside[i] is Label.COMMENTS
            and structure.weight[i] > 1.0
        )
        # An ad slot, share bar or sign-up box set into the article container is part of
        # the article's furniture: it costs nothing, however many of them stand in a row.
        or (
            feat.cue in _FURNITURE_CUES
            and structure.weight[i] > 1.0
            and structure.aside[i] in _BAR_LABELS
        )
    )


def _is_bar(run: list[int], feats: tuple[Features, ...]) -> bool:
    """A short run of widget and sign-up lines only: a share bar or a newsletter box.

    A link such as "Newsletter" reads as navigation; beside a sign-up line it is the box's.
    """
    return (
        1 < len(run) <= _BAR_LINES
        and all(feats[j].cue in _BAR_CUES or feats[j].cue is _NAVIGATION for j in run)
        and any(feats[j].cue in _BAR_CUES for j in run)
    )


_GROUP_CUES = (_NAVIGATION, _NO_CUE, Cue.CREDIT)
"""Cues that a sign-up box's lines may carry besides widget and sign-up cues."""


def _is_box_group(group: list[int], feats: tuple[Features, ...]) -> bool:
    """A text dump's sign-up box or share bar: a few glued furniture lines, and one more.

    Its lines carry widget, sign-up or navigation cues, with at least one widget or sign-up
    line; one line without a cue or prose may be glued in: the box's pitch ("Enter your
    email address") or a sub-heading the share bar is printed under. Share and ad buttons
    alone make a box however many they are; a lone sign-up line is none (it is often a
    notice among the article's closing lines).
    """
    if all(feats[j].cue is _WIDGET for j in group):
        # An ad line, a share bar of any number of buttons, or both glued together.
        return True
    if len(group) == 1:
        return False
    plain = [j for j in group if feats[j].cue is _NO_CUE]
    return (
        len(group) - len(plain) <= _BAR_LINES
        and len(plain) <= 1
        and all(feats[j].prose == 0 for j in plain)
        and any(feats[j].cue in _BAR_CUES for j in group)
        and all(feats[j].cue in _BAR_CUES or feats[j].cue in _GROUP_CUES for j in group)
    )


def _box_cost(group: list[int], feats: tuple[Features, ...]) -> float:
    """Price of a text dump's box (:func:`_is_box_group`).

    A share bar (ad and share buttons glued together) costs a lone widget's price however
    many buttons it prints: it is one piece of furniture; a sign-up box costs two bar lines
    however many lines it prints.
    """
    if all(feats[j].cue is _WIDGET for j in group):
        return _LONE_WIDGET_PENALTY
    return 2 * _BAR_LINE_PENALTY


def _take_boxes(
    run: list[int], shares: list[float], blocks: tuple[Block, ...], feats: tuple[Features, ...]
) -> list[list[int]]:
    """Take a text dump's boxes out of ``run`` (and their ``shares``); return them.

    The run is split at its blank lines; a group that is a sign-up box or share bar
    (:func:`_is_box_group`), or a lone ad or share line, is a box. Boxes are taken out only
    when at most one other line stays, a sub-heading (:func:`_boxed_heading`): between a
    page's sections, a run of boxes and links keeps its full length, and a date line above
    a share bar is the article's header.
    """
    if not any(feats[j].cue in _BAR_CUES for j in run):
        # Every box holds a widget or sign-up line (:func:`_is_box_group`): most runs, menus
        # and plain lines, hold none.
        return []
    groups: list[list[int]] = []
    for j in run:
        if not groups or blocks[j].blank_before:
            groups.append([])
        groups[-1].append(j)
    boxes = [g for g in groups if _is_box_group(g, feats)]
    rest = len(run) - sum(map(len, boxes))
    if not boxes or rest > 1 or (rest == 1 and not _boxed_heading(groups, boxes, feats)):
        return []
    boxed = {j for g in boxes for j in g}
    kept = [(j, s) for j, s in zip(run, shares, strict=True) if j not in boxed]
    run[:] = [j for j, _ in kept]
    shares[:] = [s for _, s in kept]
    return boxes


def _boxed_heading(
    groups: list[list[int]], boxes: list[list[int]], feats: tuple[Features, ...]
) -> bool:
    """Whether the one line of ``groups`` outside ``boxes`` is a sub-heading among them.

    It is last (over the next paragraph), or a plain line between two different boxes (an
    ad line, the sub-heading, a sign-up box printed under it). A line above the boxes (a
    date line) is the article's header, and a line between two prints of the same share
    bar is the lead photo's caption or credit, which the bar frames.
    """
    if groups[-1] not in boxes:
        return True
    k = next(k for k, g in enumerate(groups) if g not in boxes)
    if k == 0 or feats[groups[k][0]].cue is not _NO_CUE:
        return False
    above = [feats[j].folded for g in groups[:k] for j in g]
    return above != [feats[j].folded for g in groups[k + 1 :] for j in g]


def _box_penalty(feat: Features, lines: int) -> float:
    """Cost of a closed box of ``lines`` lines: a "Read also" link or two cost a line.

    So does a comments box between paragraphs (:func:`_comments_between`): the template prints it
    into the article whatever the article says. A teaser list costs a line's price for
    each of its teasers, up to :data:`_BOX_PENALTY`: a heading over one teaser is as small
    a break as a "Read also" link (a one-sentence lead above it must not pay for more).
    """
    if feat.cue is _COMMENT_HEADING or feat.cue_key in lexicon().inline_headings:
        return _INLINE_BOX_PENALTY
    return min(_BOX_PENALTY, _INLINE_BOX_PENALTY * max(1, lines - 1))


def _under_sentence(
    i: int, blocks: tuple[Block, ...], feats: tuple[Features, ...], weights: list[float]
) -> bool:
    """Whether box heading ``i`` of a text dump stands right under a sentence of prose.

    The box closes over the article going on (:func:`~newsparse.extract.patterns.closed_boxes`)
    and the line above it reads as the article's: it weighs as prose and ends like a
    sentence. The template set the box into the article there, whatever the article says,
    so the box costs a line: a one-sentence lead over a large teaser box is the article's,
    and must not pay for the box's teasers. An ad line between the sentence and the box
    is the template's too (it pays its own price). A photo caption over a "Related" box
    ends otherwise (a credit, a "less" toggle): it pays the full price, more than it weighs.
    """
    k = i - 1
    if k > 0 and feats[k].cue is _WIDGET and blocks[k].blank_before and blocks[i].blank_before:
        k -= 1
    return k >= 0 and weights[k] > 0 and ends_sentence(blocks[k].text)


def _box_under_lead(
    first: int,
    last: int,
    blocks: tuple[Block, ...],
    feats: tuple[Features, ...],
    weights: list[float],
    *,
    lead: int,
) -> bool:
    """Whether a text dump's run (``first`` to ``last``) of a box stands under a one-line lead.

    The line right above the run is the page's first line weighing as prose (``lead``), or
    the line under it and the lead photo's credit (:func:`_caption_over`), and ends like a
    sentence, the run is printed apart from it, and the line right under the
    run is prose that ends like a sentence too: the template set the box into the article
    under its lead, whatever the lead says, so the box costs at most a line
    (:data:`_LEAD_BOX_PENALTY`), as a teaser box under a sentence does
    (:func:`_under_sentence`): a one-sentence lead must not pay for a sign-up box's lines.
    Further down, the paragraphs above carry the box's price; under the article's last
    paragraph, over a teaser's sentence and a menu, it pays its full price.
    """
    above, below = first - 1, last + 1
    return (
        (above == lead or _caption_over(lead, above, feats))
        and below < len(blocks)
        and blocks[first].blank_before > 0
        and weights[above] > 0
        and ends_sentence(blocks[above].text)
        and feats[below].prose > 0
        and feats[below].cue is _NO_CUE
        and ends_sentence(blocks[below].text)
    )


def _caption_over(lead: int, above: int, feats: tuple[Features, ...]) -> bool:
    """Whether line ``lead``, over a photo credit right over line ``above``, is a caption.

    The lead photo's caption weighs as prose and stands over the article's first sentence
    with the photo's credit between them ("Photo: AFP").
    """
    return lead >= 0 and above == lead + 2 and feats[lead + 1].cue is _CREDIT


def _charge_box(
    i: int,
    end: int,
    blocks: tuple[Block, ...],
    feats: tuple[Features, ...],
    weights: list[float],
    *,
    furniture: set[int],
    text: bool,
) -> int:
    """Charge the closed box from heading ``i`` to ``end`` to ``weights``; return ``end``.

    In a text dump (``text``), a box right under a sentence of the article
    (:func:`_under_sentence`) costs at most :data:`_LEAD_BOX_PENALTY`, an ad slot right over
    or under it included (one break: a one-sentence lead must not pay for both).

    A box over an ad line (a teaser box closes there only over the article going on,
    :func:`newsparse.extract.patterns.closed_boxes`) is, with the ad, the
    article's furniture, which a short last paragraph need not pay for
    (:func:`newsparse.extract.layout._closing_paragraphs`). So is a text dump's comments
    box between two paragraphs (:func:`_comments_between`): the template prints it there.
    """
    price = _box_penalty(feats[i], end - i)
    over_ad = end < len(feats) and feats[end].cue is _WIDGET
    if text and _under_sentence(i, blocks, feats, weights):
        # The box and an ad slot over or under it are one break: together they cost a line.
        ad = over_ad or (feats[i - 1].cue is _WIDGET and blocks[i].blank_before > 0)
        price = min(price, _LEAD_BOX_PENALTY - (_LONE_WIDGET_PENALTY if ad else 0.0))
    weights[i] = -price
    if over_ad or (text and feats[i].cue is _COMMENT_HEADING):
        furniture.add(i)
    return end


def _comments_between(i: int, blocks: tuple[Block, ...], feats: tuple[Features, ...]) -> int:
    """End of a text dump's comments box between two paragraphs (heading at ``i``), else 0.

    A comments heading over its notice lines ("Comments are closed"), the comments it holds
    (each a name line, a dated line and the comment's sentence, :func:`_is_comment`) and
    its form's field labels ("Name", "Email", "Post Comment"), then after a blank line a
    paragraph (an ad or share line may stand between them, or, under a box without
    comments, the article's date line when the box stands under the headline, or under any
    box, even a bare heading, the article's byline over its date line; or a sub-heading over
    the paragraph): the page prints the box between two paragraphs, and
    the article goes on under it. The paragraph is no comment: no name and date line stand
    over it. The box holds a notice or a comment: a bare heading is a section's. Not when a
    notice line follows that paragraph, or a comments heading under a box without comments:
    it is then one of the box's own policy sentences ("We will not tolerate..."), which
    names no comment (under a box of comments, or over a comments section that holds
    comments, :func:`_comments_above`, it is the article's last paragraph over the page's
    comments section: a box's policy sentence stands over its form, "Leave a Reply"); nor
    when a comment follows it (it is then a comment's second paragraph); nor when a dated
    line follows a box without comments: the box then holds comments, each stamped with its
    date (a field label over a date line is a commenter's name over a comment's). Field
    labels are the lexicon's (:func:`~newsparse.extract.block_labels.is_form_field`): a
    sub-heading printed apart under the box has their shape.
    """
    n = len(blocks)
    j = i + 1
    while j < n and feats[j].cue is Cue.COMMENT_TEXT:
        j += 1
    notices_end = j
    while j + 2 < n and _is_comment(j, blocks, feats):
        j += 3
    held = j > notices_end
    # The article's byline over its date line right under a box without comments: the box
    # stands under the headline, even a bare heading ("Comments" / "By Jane Doe" / a date).
    signed = not held and j + 1 < n and _signed_date(j, blocks, feats)
    if (j == i + 1 and not signed) or j == n or not blocks[j].blank_before:
        return 0
    form = k = j  # the box ends after its last field label; widget lines follow
    while k < n and (feats[k].cue is _WIDGET or is_form_field(k, blocks, feats)):
        k += 1
        if feats[k - 1].cue is _NO_CUE:
            form = k
    # The article's byline over its date line (a comment's name has no "By"), under the
    # box's last comment or field label too.
    byline = k + 1 < n and _signed_date(k, blocks, feats)
    k += byline
    dated = byline or (not held and form == j and k < n and _is_dated(k, blocks, feats))
    k += dated
    if k + 1 < n and _is_subheading(k, blocks, feats):
        k += 1
    if k == n or feats[k].prose == 0 or feats[k].cue is not _NO_CUE:
        return 0
    if k + 1 < n and (
        feats[k + 1].cue is Cue.COMMENT_TEXT
        or (
            feats[k + 1].cue is _COMMENT_HEADING
            and not held
            and not _comments_above(k + 1, blocks, feats)
        )
        or (dated and _is_dated(k + 1, blocks, feats))
        or (k + 3 < n and _is_comment(k + 1, blocks, feats))
    ):
        return 0
    # The date line is the article header's, which the box is printed into: its cost is
    # the box's (a box and a date line cost more than a one-sentence article weighs).
    return k if dated and not byline else form


def _signed_date(k: int, blocks: tuple[Block, ...], feats: tuple[Features, ...]) -> bool:
    """Whether line ``k`` is a byline ("By Jane Doe", no prose) over a date line.

    A comment's name line opens with no "By" (:func:`_is_comment`): the pair is the article's.
    """
    feat = feats[k]
    return (
        feat.prose == 0
        and lexicon().byline_prefix.match(feat.folded) is not None
        and _is_dated(k + 1, blocks, feats)
    )


def _is_subheading(k: int, blocks: tuple[Block, ...], feats: tuple[Features, ...]) -> bool:
    """Whether plain line ``k`` is a sub-heading over a paragraph.

    A line without prose, cue or digit (a date line is a comment's) right over a paragraph:
    a comment's name line stands over a dated line instead.
    """
    feat, below = feats[k], feats[k + 1]
    return (
        feat.prose == 0
        and feat.cue is _NO_CUE
        and feat.words > 0
        and not any(map(str.isdigit, blocks[k].text))
        and below.prose > 0
        and below.cue is _NO_CUE
    )


def _is_dated(j: int, blocks: tuple[Block, ...], feats: tuple[Features, ...]) -> bool:
    """Whether line ``j`` is a plain line without prose that holds a digit: a date line."""
    return feats[j].prose == 0 and feats[j].cue is _NO_CUE and any(map(str.isdigit, blocks[j].text))


def _comments_box(
    i: int, blocks: tuple[Block, ...], feats: tuple[Features, ...], *, prose_seen: bool
) -> int:
    """End of a text dump's comments box crossed as a box (heading at ``i``), else 0.

    Under article prose, a box the article goes on under (:func:`_comments_between`); above
    any, the whole block (:func:`_comments_above`).
    """
    if prose_seen:
        return _comments_between(i, blocks, feats)
    return _comments_above(i, blocks, feats)


def _comments_above(i: int, blocks: tuple[Block, ...], feats: tuple[Features, ...]) -> int:
    """End of a text dump's comments block above the article (heading at ``i``), else 0.

    Under its heading and notice lines ("Comments are moderated"), each comment prints a
    name line, a dated line and the comment's sentence. Above any prose the heading bounds
    nothing below it, so the comments would read as the article's first paragraphs; the
    block ends after its last comment. (Without a comment it is the empty box that
    notice lines alone make, and costs what they cost.)
    """
    j = i + 1
    while j < len(blocks) and feats[j].cue is Cue.COMMENT_TEXT:
        j += 1
    end = 0
    while j + 2 < len(blocks) and _is_comment(j, blocks, feats):
        j = end = j + 3
    return end


def _is_comment(j: int, blocks: tuple[Block, ...], feats: tuple[Features, ...]) -> bool:
    """Whether lines ``j`` to ``j + 2`` are a comment: a name, a date, then a sentence.

    The name is one to four words (:func:`_name_words`), without a byline's "By" (an
    author line over the article's date line and lead has the same shape); the date line
    holds a digit, and no "By" either (a form's last field label over the article's byline
    and date line, then its lead, is no comment), nor an update or publication label
    ("Aktualisiert am 9. November 2012" is the article's, under its byline; "Veröffentlicht
    am 03.05.2022" under its headline).
    """
    name, said = feats[j], feats[j + 2]
    return (
        name.words > 0
        and (name.words <= _NAME_WORDS or _name_words(blocks[j].text) <= _NAME_WORDS)
        and name.prose == 0
        and name.cue is _NO_CUE
        and not any(map(str.isdigit, blocks[j].text))
        and lexicon().byline_prefix.match(name.folded) is None
        and _is_dated(j + 1, blocks, feats)
        and lexicon().byline_prefix.match(feats[j + 1].folded) is None
        and not _labelled_date_line(feats[j + 1].folded)
        and said.prose > 0
        and said.cue is _NO_CUE
    )


def _labelled_date_line(folded: str) -> bool:
    """Whether a folded date line opens with an update or a publication label.

    "Updated ...", "Aktualisiert am ...", "Veröffentlicht am ...": the article's date line,
    no comment's.
    """
    words = folded.split()[:_UPDATE_LABEL_WORDS]
    lex = lexicon()
    return any(
        " ".join(words[:k]) in lex.updated_cues or " ".join(words[:k]) in lex.published_cues
        for k in range(1, len(words) + 1)
    )


def _name_words(text: str) -> int:
    """The words of a name line, not counting lower-case particles between two others.

    "Carmen de la Fuente" is two words: a particle ("de", "van", "al") joins the
    capitalised words around it, while a lower-case word elsewhere counts (a phrase).
    """
    words = text.split()
    inner = sum(1 for w in words[1:-1] if w in PARTICLES)
    return len(words) - inner


def _in_share_bar(i: int, feats: tuple[Features, ...], blocks: tuple[Block, ...] | None) -> bool:
    """A "Comments" link among share buttons ("Twitter", "Comments", "Print"): no section.

    In a text dump (``blocks`` given) the buttons of one bar are printed glued: a comments
    heading after a blank line under a share bar opens the comments, it is no button.
    HTML blocks are each set apart, so there the neighbours alone decide.
    """
    if feats[i].cue is not _COMMENT_HEADING:
        return False
    if blocks is None:
        return any(feats[j].cue is _WIDGET for j in (i - 1, i + 1) if 0 <= j < len(feats))
    return (i > 0 and not blocks[i].blank_before and feats[i - 1].cue is _WIDGET) or (
        i + 1 < len(feats) and not blocks[i + 1].blank_before and feats[i + 1].cue is _WIDGET
    )


_DATE_LINE_WORDS = 12
"""Most words of an article's date line ("Published Jun 05, 2026 • 3 minute read")."""


def _in_date_line(i: int, blocks: tuple[Block, ...], feats: tuple[Features, ...]) -> bool:
    """A "Join the conversation" link glued under a text dump's dated line: no section.

    Read above any article prose (the caller's test): the article's header prints its date
    line, then a link to the comments, then the lead photo's caption and the article. The
    link heads no section (it would weigh the whole article as comments). A comments
    section stands apart, or under the article's prose (where a teaser list's "author,
    date" line may stand over an opinion teaser's "Kommentar" kicker).
    """
    if feats[i].cue is not _COMMENT_HEADING or i == 0 or blocks[i].blank_before:
        return False
    above = feats[i - 1]
    return (
        above.cue is _NO_CUE
        and above.prose == 0
        and 0 < above.words <= _DATE_LINE_WORDS
        and any(map(str.isdigit, blocks[i - 1].text))
        and bool(find_dates(blocks[i - 1].text))
    )


def _charge_length(run: list[int], shares: list[float], weights: list[float]) -> None:
    """Share a run's length penalty (:func:`_run_penalty`) among its lines."""
    total = sum(shares)
    penalty = _run_penalty(total)
    for j, share in zip(run, shares, strict=True):
        weights[j] -= penalty * share / total


_CAPTION_RUN_LINES = 2
"""Most plain lines (sub-headings) that a caption set between paragraphs stands over."""


def _take_captions(run: list[int], shares: list[float], feats: tuple[Features, ...]) -> list[int]:
    """Take the captions out of a text dump's ``run`` of a caption and sub-headings; return them.

    A run of one caption (a sentence that its photo credit closes) or more, and at most
    :data:`_CAPTION_RUN_LINES` plain lines without cue: the photo set between two
    paragraphs, over the next one's sub-heading. Any other cue line in the run (a sign-up
    line, a menu) makes it something else, which keeps its full length.
    """
    captions = [j for j in run if feats[j].cue is _CREDIT and feats[j].cue_key == CAPTION_KEY]
    if not captions or len(run) - len(captions) > _CAPTION_RUN_LINES:
        return []
    if any(feats[j].cue is not _NO_CUE for j in run if j not in captions):
        return []
    kept = [(j, s) for j, s in zip(run, shares, strict=True) if j not in captions]
    run[:] = [j for j, _ in kept]
    shares[:] = [s for _, s in kept]
    return captions


def _charge_run(
    run: list[int],
    shares: list[float],
    blocks: tuple[Block, ...],
    feats: tuple[Features, ...],
    weights: list[float],
    *,
    furniture: set[int],
    charts: set[int],
    text: bool,
    lead: int = -1,
) -> None:
    """Charge a closed run of non-prose lines to ``weights``, then empty the run.

    ``text`` is true for text dumps, which lack the structure that sets an HTML page's share
    bars and ad slots apart (:func:`_skips_aside`). The lines of boxes and bars charged at a
    fixed price are added to ``furniture``. ``lead`` is the first line that weighs as prose
    (-1 before any): a box right under it may cost less (:func:`_box_under_lead`). The
    lines of a chart (:func:`_chart_labels`) are added to ``charts``.
    """
    first, last = run[0], run[-1]
    if len(run) >= _CHART_NUMBERS:
        # Most runs are a line or two: too short for a chart (``shares`` is one per line).
        _chart_labels(run, shares, blocks, feats, charts)
    if (len(run) == 1 and feats[run[0]].cue in _LONE_CUES) or (
        text
        and len(run) <= _BAR_LINES
        and all(feats[j].cue is _WIDGET and not blocks[j].blank_before for j in run[1:])
        and feats[run[0]].cue is _WIDGET
    ):
        # One ad, share or photo-credit line between paragraphs is part of article
        # pages: cheap (a credit under the lead photo must not cut off the story). So is
        # a share bar, or a share bar and an ad line glued together, as one piece of
        # furniture (a share bar and an ad slot apart are two boxes: see
        # :func:`_take_boxes`).
        for j in run:
            weights[j] = -_LONE_WIDGET_PENALTY / len(run)
        furniture.update(run)
    elif text and (captions := _take_captions(run, shares, feats)):
        # A photo's caption between paragraphs, over a sub-heading or two: the caption is
        # the photo's furniture (a lone credit's price), the sub-headings a run of their own.
        for j in captions:
            weights[j] = -_LONE_WIDGET_PENALTY
        furniture.update(captions)
        _charge_length(run, shares, weights)
    elif text and (boxes := _take_boxes(run, shares, blocks, feats)):
        # Sign-up boxes, share bars and ad lines, pitch lines glued in, neither lengthen
        # the run they sit in. Boxes in a row are one break in the article: together they
        # cost what the costliest of them costs (a line's under a one-sentence lead).
        boxed = [j for g in boxes for j in g]
        cost = max(_box_cost(g, feats) for g in boxes)
        if _box_under_lead(first, last, blocks, feats, weights, lead=lead):
            cost = min(cost, _LEAD_BOX_PENALTY)
        for j in boxed:
            weights[j] = -cost / len(boxed)
        furniture.update(boxed)
        _charge_length(run, shares, weights)
    elif _is_bar(run, feats):
        # A share bar or a sign-up box: a fixed cost a line, as a teaser box's (a line's
        # in all under a text dump's one-sentence lead).
        price = _BAR_LINE_PENALTY
        if text and _box_under_lead(first, last, blocks, feats, weights, lead=lead):
            price = min(price, _LEAD_BOX_PENALTY / len(run))
        for j in run:
            weights[j] = -price
        furniture.update(run)
    else:
        _charge_length(run, shares, weights)
    run.clear()
    shares.clear()


def block_weights(
    blocks: tuple[Block, ...],
    feats: tuple[Features, ...],
    structure: Structure | None,
    *,
    boxes: dict[int, int],
    gallery: frozenset[int] = frozenset(),
    teasers: frozenset[int] = frozenset(),
    separators: frozenset[int] = frozenset(),
    holes: frozenset[int] = frozenset(),
    listed: set[int],
    furniture: set[int],
    comments: dict[int, int],
    dialog: set[int] | None = None,
    charts: set[int],
    sections: list[int] | None = None,
) -> list[float]:
    """Score each block; non-prose runs share their run penalty evenly.

    With HTML structure, prose weighs ``structure.weight`` times its mass; aside blocks are
    skipped (weight 0, no part of any run); and inside the article container (weight > 1)
    short lines count a tenth in their run and a "Read also" line is no barrier. The lines
    of a text dump's list box above the article are added to ``listed``, and the lines of
    share bars, ad lines and sign-up boxes charged at a fixed price to ``furniture``; each
    comments heading of a text dump maps in ``comments`` to the end of the box it heads when
    the box is crossed at a fixed price (else to 0). The lines of a text dump's paywall
    dialog that the article goes on after are added to ``dialog`` (:func:`_paywall_dialog`),
    and the lines of charts printed between paragraphs to ``charts`` (:func:`_chart_labels`).
    The heading that opens the page's sections (the first comments or sidebar heading under
    article prose, from which prose weighs as a section's) is added to ``sections``.
    """
    weights = [0.0] * len(blocks)
    run: list[int] = []
    shares: list[float] = []
    # What prose came so far: none, only meta-like lines, or article prose (_prose_seen);
    # the first line that weighs as prose.
    prose_seen, in_section, lead = _NO_PROSE, False, -1
    # The heading of a text dump's box above the article, while the box runs.
    list_cue: Cue | None = None
    box_end = 0
    seen: dict[str, bool] = {}
    skipped = gallery | separators | holes

    def close_run() -> None:
        # Most blocks close an empty run (prose after prose): nothing to charge.
        if run:
            _charge_run(
                run,
                shares,
                blocks,
                feats,
                weights,
                furniture=furniture,
                charts=charts,
                text=structure is None,
                lead=lead,
            )

    for i, (block, feat) in enumerate(zip(blocks, feats, strict=True)):
        if i < box_end or i in skipped or not block.text.strip(_INVISIBLE):
            # A teaser line of a closed box (the box's cost is on its heading), a slide
            # of a gallery, a separator, a line of a box set into the article container,
            # or a line with nothing visible: like an aside, it neither lengthens nor ends
            # a run.
            continue
        aside = structure.aside[i] if structure is not None else None
        if aside is not None and not block.hidden and _skips_aside(i, feat, structure):
            # Structure sets the block apart (a teaser box's heading and lines included):
            # a closed box's fixed price would cut off a short lead above it.
            continue
        end = boxes.get(i, 0)
        if not end and feat.cue is _COMMENT_HEADING and structure is None:
            end = comments[i] = _comments_box(i, blocks, feats, prose_seen=bool(prose_seen))
        if end:
            close_run()
            box_end = _charge_box(
                i, end, blocks, feats, weights, furniture=furniture, text=structure is None
            )
            continue
        # A list box's lines follow each other; a blank line ends the box.
        list_cue = None if block.blank_before else list_cue
        if list_cue is _SIDEBAR_HEADING:
            # A "Most read" list (a "Comments" link above the article heads no list).
            listed.add(i)
        inside = structure is not None and structure.weight[i] > 1.0
        if block.hidden or (
            feat.cue in _SECTION_CUES
            # A "Read also" line inside the article container introduces one teaser,
            # not a section: it costs like any cue line but bounds nothing.
            and not (inside and feat.cue is _SIDEBAR_HEADING)
            and not _in_share_bar(i, feats, blocks if structure is None else None)
            and not (
                structure is None
                and prose_seen < _ARTICLE_PROSE
                and _in_date_line(i, blocks, feats)
            )
        ):
            close_run()
            weights[i] = BARRIER if not block.hidden else -_CUE_PENALTY
            if not block.hidden and prose_seen >= _section_prose(feat.cue):
                # Article prose came before this heading: what follows is its section.
                in_section = _open_sections(i, in_section=in_section, sections=sections)
            elif not block.hidden and structure is None:
                # A "Most read" box above the article (text dumps): its teaser sentences
                # weigh as a section's, up to the box's end.
                list_cue = feat.cue
        elif (
            feat.prose > 0
            and feat.cue is _NO_CUE
            and aside is None
            and i not in teasers
            and not (feat.prose <= _TAG_CLOUD_PROSE and i > 0 and feats[i - 1].cue is _TAGS)
        ):
            close_run()
            weights[i] = _prose_weight(
                block,
                feat,
                structure.weight[i] if structure is not None else 1.0,
                seen,
                section=in_section or list_cue is not None,
            )
            lead = i if lead < 0 < weights[i] else lead
            # Read until article prose is seen (most pages: from their first paragraph).
            prose_seen = (
                max(prose_seen, _prose_seen(i, feat, feats))
                if prose_seen < _ARTICLE_PROSE
                else prose_seen
            )
        elif inside and block.kind is _TABLE_CELL and feat.cue is _NO_CUE:
            # A table row in the article container is content, if not prose: a little mass.
            close_run()
            weights[i] = _TABLE_FACTOR * len(block.text)
        else:
            run.append(i)
            # Inside the article container a run of short lines (a chart's labels, a
            # fact box, a product card) is part of the article: it counts a tenth.
            shares.append(_run_share(i, blocks, feat) * (_INSIDE_SHARE if inside else 1.0))
            if feat.cue not in _UNCHARGED_CUES:
                # Navigation and boilerplate lines cost extra; an ad or share line only its share.
                weights[i] -= _CUE_PENALTY
    close_run()
    _paywall_barrier(blocks, feats, weights, skipped, dialog=dialog if structure is None else None)
    return weights


def _open_sections(i: int, *, in_section: bool, sections: list[int] | None) -> bool:
    """Mark heading ``i`` as the one opening the page's sections if none did; return True."""
    if not in_section and sections is not None:
        sections.append(i)
    return True


def _section_prose(cue: Cue) -> int:
    """Least prose seen above a section heading for its section to follow the article.

    A "Vous aimerez aussi" box under the byline-and-date line may stand above the article;
    a "Comments" heading follows it under any prose.
    """
    return _ARTICLE_PROSE if cue is _SIDEBAR_HEADING else _META_PROSE


def _prose_seen(i: int, feat: Features, feats: tuple[Features, ...]) -> int:
    """What prose block ``i`` (a prose line) shows: article prose, a meta-like line, or none.

    A photo's caption is no article prose: a "Most read" heading under the lead photo heads
    a box above the article, not a section after it. A line of under 25 words without a
    sentence stop may be a byline and its date ("Par A et B - Publié le 19 octobre 2009 à
    10h27"): it is no sure article prose.
    """
    if over_credit(i, feats):
        return _NO_PROSE
    if feat.prose > _UNPUNCTUATED_PROSE or feat.words >= _UNPUNCTUATED_WORDS:
        return _ARTICLE_PROSE
    return _META_PROSE


@functools.cache
def _paywall_finder(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """Finds whether a folded line holds a paywall phrase (:attr:`Lexicon.paywall_phrases`)."""
    return occurrence_pattern(phrases)


def _paywall_barrier(
    blocks: tuple[Block, ...],
    feats: tuple[Features, ...],
    weights: list[float],
    skipped: frozenset[int],
    *,
    dialog: set[int] | None = None,
) -> None:
    """Make the first paywall notice that ends an article's first part a barrier.

    "La suite est réservée aux abonnés": the page cuts the article there, and what follows
    is the paywall dialog, whose sentences ("You can read on one device at a time") weigh
    as prose. A notice with less prose after it (up to the next barrier) than before it
    (since the last one) ends the body, and the prose under it weighs nothing (the offer's
    sentences, a related box's blurbs that would outweigh a one-paragraph article); one
    above the article (a label over a subscriber article), or one in a page that prints
    the whole article after its dialog, does not; nor does one in a box set into the
    article container (``skipped``), which the article goes on after. Paywall phrases are
    boilerplate phrases too (the lexicon adds them), so only boilerplate lines are searched.
    In HTML, the prose in the notice's own box (its offers) is no prose after it
    (:func:`_own_box_mass`). In a text dump (``dialog`` given), the dialog under a notice
    that the article goes on after weighs nothing (:func:`_paywall_dialog`).
    """
    finder = _paywall_finder(lexicon().paywall_phrases)
    notices = [
        i
        for i, feat in enumerate(feats)
        if feat.cue is _BOILERPLATE
        and not blocks[i].hidden
        and i not in skipped
        and finder.search(feat.folded)
    ]
    if not notices:
        return
    # Positive mass before each block, and the bounds of the barrier-free stretch around it.
    total = [0.0]
    for w in weights:
        total.append(total[-1] + max(w, 0.0))
    walls = [i for i, w in enumerate(weights) if w <= BARRIER]
    crossed = 0  # the end of the last dialog crossed
    for i in notices:
        if i < crossed:
            continue
        at = bisect.bisect_left(walls, i)  # walls[at - 1] < i <= walls[at]
        start = walls[at - 1] + 1 if at else 0
        end = walls[at] if at < len(walls) else len(weights)
        before, after = total[i] - total[start], total[end] - total[i + 1]
        if after >= before > 0:
            after -= _own_box_mass(i, start, end, blocks, weights)
        if after < before:
            weights[i:] = [BARRIER, *(min(w, 0.0) for w in weights[i + 1 :])]
            return
        if dialog is not None and before > 0:
            crossed = _paywall_dialog(i, min(end, i + _DIALOG_LINES), blocks, feats)
            if crossed:
                weights[i:crossed] = [0.0] * (crossed - i)
                dialog.update(range(i, crossed))


def _own_box_mass(
    i: int, start: int, end: int, blocks: tuple[Block, ...], weights: list[float]
) -> float:
    """Prose mass under HTML paywall notice ``i`` in the notice's own box (its offers).

    "Unlimited digital access for $1 a week.": the article does not go on there. The
    notice's box is its nearest block container, when the prose above the notice
    stands in another (a notice printed among the article's paragraphs is in none of its
    own). Text dumps have no containers: 0.
    """
    box = blocks[i].container
    if box < 0:
        return 0.0
    above = next((j for j in range(i - 1, start - 1, -1) if weights[j] > 0), -1)
    if above < 0 or blocks[above].container == box:
        return 0.0
    return sum(
        weights[j] for j in range(i + 1, end) if weights[j] > 0 and blocks[j].container == box
    )


_DIALOG_LINES = 80
"""Most lines of a paywall dialog printed into an article (offers, pitch lines, a form)."""


def _paywall_dialog(
    i: int, stop: int, blocks: tuple[Block, ...], feats: tuple[Features, ...]
) -> int:
    """End of a text dump's paywall dialog under notice ``i``, the article going on below.

    A page that prints its whole article under the dialog (a first paragraph, the dialog,
    then the rest) sets it into the article: its offers and pitch lines ("Unlimited online
    access", "Support local journalism") weigh as prose, and its form lines as a long run,
    which would cut off the article's first part. The dialog prints its offers, pitch lines
    and form in groups of lines glued together, and its notices ("Subscribe now") alone;
    the first paragraph printed alone (after a blank line, with none under it) that ends
    like a sentence resumes the article. Returns 0 when none does before ``stop`` (a
    barrier, or the page's end): in an article printed without blank lines no dialog is
    told apart.
    """
    j = i + 1
    while j < stop:
        k = j + 1
        while k < len(blocks) and not blocks[k].blank_before:
            k += 1
        if k == j + 1 and feats[j].prose > _UNPUNCTUATED_PROSE and feats[j].cue is _NO_CUE:
            return j if k <= stop else 0
        j = k
    return 0


def _prose_weight(
    block: Block, feat: Features, factor: float, seen: dict[str, bool], *, section: bool
) -> float:
    """Weight of a prose block: its mass times ``factor``, less in a section or if repeated.

    ``seen`` maps each prose text met so far to whether it stood only in sections.
    """
    weight = _mass(block, feat) * feat.prose * factor
    if section:
        weight *= _SECTION_FACTOR
    if feat.folded in seen and (section or not seen[feat.folded]):
        # A paragraph shown twice is a teaser list's or a pull quote's: little mass. (Not
        # an article paragraph that a teaser box above it quoted first.)
        weight *= _REPEAT_FACTOR
    seen[feat.folded] = seen.get(feat.folded, True) and section
    return weight
