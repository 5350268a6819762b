"""Text dump → Document: one block per visible line, with hard-wrapped paragraphs re-joined.

Browser innerText and copy-paste dumps put each paragraph on one line, so a line is the
natural block. ``lynx -dump`` style dumps wrap paragraphs at a fixed width; when the
dump looks wrapped (most long lines end near one width), a line is joined to the next
one exactly when the next line's first word would not have fitted on it (a page's
formatted source, read as text, also hangs a paragraph's further lines deeper and cuts
lines short where tags stood: see :func:`_continues`).

A dump recognised as ``lynx -dump`` output (:func:`is_lynx_dump`: numbered link markers
``[12]Home`` and the ``References`` list of their URLs) is always read as wrapped, its
link markers are removed from the block texts, and lines that only hold image or form
placeholders (``[IMG]``, ``[alt text]``, ``[____]``, ``[Submit]``) become caption blocks.
A markdown dump (:func:`is_markdown_dump`, ``html2text`` output) is read as wrapped too,
and its blocks lose link targets and marks (:func:`markdown_block`). Recognising and
cleaning both kinds of markup is :mod:`newsparse.document.text_markup`'s part.
"""

from __future__ import annotations

import re
from itertools import chain, compress, count, repeat
from operator import add, contains, itemgetter, le, not_, sub

import attrs

from newsparse.document import (
    DROP_CAP,
    Block,
    BlockKind,
    Document,
    DumpKind,
    MetaItem,
    html_block,
    text_block,
    text_blocks,
)
from newsparse.document.metadata import jsonld_in_text
from newsparse.document.text_markup import (
    LINK_MARKER,
    LIST_MARKER,
    appendix_line,
    hide_from,
    is_form,
    is_label_line,
    is_lynx_dump,
    is_lynx_layout,
    is_markdown_dump,
    is_placeholder,
    markdown_block,
    strip_link_markers,
    table_rows,
)
from newsparse.lexicon import SCRIPT_STOPS

__all__ = ["is_lynx_dump", "is_markdown_dump", "read_text", "strip_link_markers"]

_BULLET_SIGNS = frozenset("*•·▪◦‣⁃–-")
"""The non-digit characters a :data:`LIST_MARKER` marker can start with."""

# Enum members read as module constants: on Python 3.11 ``BlockKind.TEXT`` costs a
# metaclass attribute lookup (~8 times a global read), and one is read for every line.
_TEXT = BlockKind.TEXT
_LIST_ITEM = BlockKind.LIST_ITEM
_CAPTION = BlockKind.CAPTION
_NO_TOKENS: frozenset[str] = frozenset()
_DROP_CAP_TOKENS = frozenset((DROP_CAP,))
_FIRST = itemgetter(0)

_LIST_START = re.compile(r"[*•·▪◦‣⁃–-]|\d")
"""A character a :data:`LIST_MARKER` marker can start with (a bullet sign or a digit)."""

_CASE_PAIR = re.compile(r"[A-ZÀ-ÖØ-ÞΑ-ΩА-ЯЁ][a-zß-öø-ÿα-ωа-яё]")
"""An upper-case letter followed by a lower-case one (Latin, Greek, Cyrillic), searched in
the first characters of a dump's lines: where a drop cap's line may stand."""

_MIN_WRAPPED_LINES = 8
"""Fewer lines of width-like length than this and the dump is not treated as wrapped."""

_PLAIN, _ITEM, _LINK_ITEM = 0, 1, 2
"""How a block starts: as plain text, as a lynx list item, as a lynx list item whose text
starts with a link (``     * [12]Text``)."""

_CONTEXT_KEY = '"@context"'
"""The key a JSON-LD object opens with: a dump without it holds no JSON-LD."""

_MIN_PILED_LINES = 12
"""Fewer lines near the width than this and a dump of short paragraphs is not wrapped."""

_HANGING_INDENT = 8
"""Most columns a plain dump's wrapped line hangs deeper than its paragraph's first line."""

_STOPS = frozenset(".!?:;。！？" + SCRIPT_STOPS)
"""Last characters of a line that ends a sentence (in any script: "।", "؟") or opens a list:
no cut line."""

_CUT_LINE_SPACES = 3
"""Fewest spaces of a line cut short by a tag (four words): a shorter one is a heading."""

_MAX_WRAP_WIDTH = 250
"""Widest line length read as a wrap width. Hard wrapping is done for terminals and mail
(``lynx -dump`` wraps at 79 columns by default, mail at 72-78); lines crowding at a greater
length are a page's own repeated lines, and joining them would merge unrelated blocks."""


def read_text(text: str, *, url: str | None = None) -> Document:
    r"""Split a decoded text dump into line blocks.

    Args:
        text: The decoded dump, newlines already normalised to ``\\n``.
        url: The page URL hint, kept on the document.

    Returns:
        A :class:`Document` whose blocks cover every line with visible characters.
    """
    lines = text.split("\n")
    # Every line stripped and folded once, in C loops: the width, the wrapped-line joiner
    # and the line blocks all read them.
    stripped = list(map(str.strip, lines))
    folded = _folded(stripped, doubled="  " in text)
    if is_lynx_dump(text):
        # The width is read above the References list (its long URLs overflow the width).
        appendix = appendix_line(text)
        if appendix is None:
            appendix = len(lines)
        width = _wrap_width(lines[:appendix], stripped[:appendix], known=True, wraps_all=True)
        blocks = _wrapped_blocks(lines, folded, width, lynx=True)
        blocks = hide_from(blocks, appendix)
    elif is_markdown_dump(text):
        rows = table_rows(lines)
        # html2text never wraps list items or tables: their long lines do not tell the width.
        kept = [n for n, line in enumerate(lines) if n not in rows and not _listed(line)]
        width = _wrap_width([lines[n] for n in kept], [stripped[n] for n in kept], known=True)
        blocks = _wrapped_blocks(lines, folded, width, lynx=False, rows=rows)
        blocks = tuple(markdown_block(block, lines, rows) for block in blocks)
    else:
        width = _wrap_width(lines, stripped)
        if width:
            blocks = _wrapped_blocks(lines, folded, width, lynx=False)
        elif is_lynx_layout(text, lines) and (
            width := _wrap_width(lines, stripped, known=True, wraps_all=True)
        ):
            # Too few long lines to show a width, but set in as lynx sets paragraphs: a
            # short ``lynx -dump -nolist``, wrapped at its longest line.
            blocks = _wrapped_blocks(lines, folded, width, lynx=True)
        else:
            blocks = _line_blocks(folded)
    meta: tuple[MetaItem, ...] = ()
    if _CONTEXT_KEY in text:
        # A page's source read as text keeps its JSON-LD scripts: their declarations
        # count, and their lines are no visible text.
        meta, spans = jsonld_in_text(text)
        blocks = _hide_scripts(blocks, text, spans)
    return Document(kind=DumpKind.TEXT, blocks=blocks, meta=meta, line_count=len(lines), url=url)


def _hide_scripts(
    blocks: tuple[Block, ...], text: str, spans: tuple[tuple[int, int], ...]
) -> tuple[Block, ...]:
    """Mark hidden the blocks whose lines all lie in a JSON-LD object of ``text``.

    ``spans`` are the objects' character offsets (:func:`jsonld_in_text`); a script is
    no part of the page a reader sees, so it can be no body, headline or byline.
    """
    if not spans:
        return blocks
    ranges = []
    line, offset = 0, 0
    for start, end in spans:
        # Offsets ascend: line numbers are counted on from the previous span.
        line += text.count("\n", offset, start)
        last = line + text.count("\n", start, end)
        ranges.append((line, last))
        line, offset = last, end
    hidden = list(blocks)
    at = 0
    for n, block in enumerate(blocks):
        while at < len(ranges) and ranges[at][1] < block.lines[0]:
            at += 1
        if at == len(ranges):
            break
        first, last = ranges[at]
        if first <= block.lines[0] and block.lines[1] <= last:
            hidden[n] = attrs.evolve(block, hidden=True)
    return tuple(hidden)


def _listed(line: str) -> bool:
    """Whether ``line`` opens with a list marker (after its indentation)."""
    return LIST_MARKER.match(line.lstrip()) is not None


def _wrapped_blocks(
    lines: list[str],
    folded: list[str],
    width: int,
    *,
    lynx: bool,
    rows: frozenset[int] | None = None,
) -> tuple[Block, ...]:
    """Blocks of a hard-wrapped (or lynx) dump: wrapped lines re-joined, markers removed.

    ``folded`` holds each line of ``lines`` folded (:func:`_folded`). ``rows`` are given
    for a markdown dump (its table lines, never joined): then a quote's lines, each opening
    with ``> ``, are joined only to each other, by the word after it.
    """
    blocks: list[Block] = []
    blank = blank_before = 0
    pending: list[str] = []
    first = column = last_length = start = 0
    for number, raw in enumerate(lines):
        stripped = folded[number]
        if not stripped:
            if pending:
                blocks.append(
                    _block(len(blocks), pending, first, blank_before, lynx=lynx, start=start)
                )
                pending = []
            blank += 1
            continue
        # Read before the markers go: the writer wrapped the words with their markers.
        if (
            pending
            and (rows is None or _markdown_continues(pending[0], stripped, first, number, rows))
            and _continues(
                last_length,
                column,
                raw,
                _unquoted(stripped, rows),
                width,
                lynx=lynx,
                markdown=rows is not None,
                above=pending[-1],
                above_raw=lines[number - 1],
            )
            and not (lynx and _lynx_apart(pending[-1], stripped))
        ):
            pending.append(strip_link_markers(stripped) if lynx else stripped)
            last_length = len(raw.rstrip())
            continue
        if pending:
            blocks.append(_block(len(blocks), pending, first, blank_before, lynx=lynx, start=start))
        column, start, stripped = _line_start(raw, stripped, lynx=lynx)
        pending, first, blank_before, blank = [stripped], number, blank, 0
        last_length = len(raw.rstrip())
    if pending:
        blocks.append(_block(len(blocks), pending, first, blank_before, lynx=lynx, start=start))
    return tuple(blocks)


def _lynx_apart(above: str, line: str) -> bool:
    """Whether lynx's layout keeps ``line`` apart from the line ``above`` it, however short.

    An image or form placeholder line is a widget of its own, never wrapped on nor onto
    a line above (lynx wraps an image placeholder as a word, but innerText shows no
    image: a paragraph is whole without it). A date or credit line under its label
    (``Zuletzt aktualisiert: 2. Januar 2005``, ``Foto: dpa``) is a ``<div>`` of its own:
    lynx prints it under the byline or caption above with no blank line, and a short
    dump's width, read from its longest line, may be less than the width lynx wrapped at.
    """
    if (above[-1] == "]" and is_placeholder(above)) or (
        line[-1] == "]" and line[0] == "[" and is_placeholder(line)
    ):
        return True
    return is_label_line(line)


def _markdown_continues(
    opening: str, stripped: str, first: int, number: int, rows: frozenset[int]
) -> bool:
    """Whether a markdown line may continue the block opened by ``opening`` (line ``first``)."""
    if first in rows or number in rows:
        return False
    return (opening[:2] == "> ") is (stripped[:2] == "> " or stripped == ">")


def _unquoted(stripped: str, rows: frozenset[int] | None) -> str:
    """A markdown quote line without its ``> ``: the wrap was decided on the words after it."""
    return stripped[2:] if rows is not None and stripped[:2] == "> " else stripped


def _line_start(raw: str, stripped: str, *, lynx: bool) -> tuple[int, int, str]:
    """A block's first line: its text column, how it starts (:data:`_PLAIN`...), its text.

    A wrapped list item's further lines are indented to the column after its marker
    (``     * text``). lynx indents list items deeper than paragraphs (3 spaces) and
    draws their markers as innerText does not: an item's marker is dropped from its text
    (the block stays a list item), and so are the link markers.
    """
    indent = len(raw) - len(raw.lstrip())
    bullet = LIST_MARKER.match(stripped)
    column = indent + (bullet.end() if bullet else 0)
    if not lynx:
        return column, _PLAIN, stripped
    start = _PLAIN
    if bullet and indent > 3:
        stripped = stripped[bullet.end() :]
        start = _LINK_ITEM if LINK_MARKER.match(stripped) else _ITEM
    return column, start, strip_link_markers(stripped)


def _folded(stripped: list[str], *, doubled: bool) -> list[str]:
    """Each stripped line with its runs of white space folded to one space.

    What ``" ".join(line.split())`` makes of each line, in C loops: a stripped line that
    holds no doubled space and only printable characters (every white space character but
    the plain space is non-printable) is already folded; only the few others are split
    and joined. ``doubled`` says whether the dump holds two spaces in a row anywhere.
    """
    folded = stripped.copy()
    odd = set(compress(count(), map(not_, map(str.isprintable, stripped))))
    if doubled:
        odd.update(compress(count(), map(contains, stripped, repeat("  "))))
    for number in odd:
        folded[number] = " ".join(stripped[number].split())
    return folded


def _line_blocks(folded: list[str]) -> tuple[Block, ...]:
    """One block per line with visible characters (a dump that is not hard-wrapped).

    ``folded`` holds the folded lines (:func:`_folded`). Built in C loops: the numbers of
    the lines with text, and the blank lines before each (the gap to the previous one).
    """
    numbers = list(compress(count(), folded))
    texts = list(filter(None, folded))
    blanks = list(map(sub, numbers, chain((0,), map(add, numbers, repeat(1)))))
    spans = list(zip(numbers, numbers, strict=True))
    firsts = "".join(map(_FIRST, texts))
    # A drop cap is a line opening in upper case over one opening in lower case: one
    # search over the lines' first characters finds the few pairs to test.
    pairs = [
        found.start() for found in _CASE_PAIR.finditer(firsts) if len(texts[found.start()]) == 1
    ]
    joined = _join_drop_caps(texts, spans, blanks, pairs) if pairs else []
    blocks = text_blocks(
        texts, spans, _kinds(texts, "".join(map(_FIRST, texts)) if joined else firsts), blanks
    )
    if not joined:
        return blocks
    marked = list(blocks)
    for at in joined:
        marked[at] = attrs.evolve(marked[at], tokens=_DROP_CAP_TOKENS)
    return tuple(marked)


def _join_drop_caps(
    texts: list[str], spans: list[tuple[int, int]], blanks: list[int], singles: list[int]
) -> list[int]:
    """Join each drop cap among the line blocks to the rest of its word, in place.

    A paragraph's opening letter set large (a drop cap) is its own element: innerText
    prints it on a line of its own, over the rest of the paragraph (``E`` over
    ``xercice budgétaire…``). A block of one capital letter is joined, with no space, to
    the block on the very next line when that opens in lower case and reads as prose (at
    least :data:`_CUT_LINE_SPACES` spaces: a share button's ``X`` over ``facebook`` is no
    drop cap). The joined block spans both lines; ``singles`` are the indices of the
    blocks of one character opening a pair of lines in upper, then lower case. Returns
    the indices the joined blocks have once the lists are shortened.
    """
    gone: set[int] = set()
    joined: list[int] = []
    last = len(texts) - 1
    for at in singles:
        if at == last or not texts[at].isupper():
            continue
        rest = texts[at + 1]
        if (
            spans[at + 1][0] == spans[at][1] + 1
            and rest[0].islower()
            and rest.count(" ") >= _CUT_LINE_SPACES
        ):
            texts[at] += rest
            spans[at] = (spans[at][0], spans[at + 1][1])
            gone.add(at + 1)
            # Each join before this one removed a block above it.
            joined.append(at - len(joined))
    if gone:
        # Rebuilt at once (a deletion per join would be quadratic).
        kept = [n not in gone for n in range(len(texts))]
        texts[:] = compress(texts, kept)
        spans[:] = compress(spans, kept)
        blanks[:] = compress(blanks, kept)
    return joined


def _kinds(texts: list[str], firsts: str | None = None) -> list[BlockKind]:
    """The kind of each line block: a list item when it opens with a list marker.

    ``firsts`` holds the first character of each text, when the caller has them.
    """
    if firsts is None:
        firsts = "".join(map(_FIRST, texts))
    kinds = [_TEXT] * len(texts)
    # Only the lines opening with a bullet sign or a digit can: one search over their
    # first characters finds them.
    for first in _LIST_START.finditer(firsts):
        number = first.start()
        if LIST_MARKER.match(texts[number]):
            kinds[number] = _LIST_ITEM
    return kinds


def _kind(text: str) -> BlockKind:
    # Every list marker starts with a bullet sign or a decimal digit: test that first.
    first = text[0]
    if (first in _BULLET_SIGNS or first.isdecimal()) and LIST_MARKER.match(text):
        return _LIST_ITEM
    return _TEXT


def _block(
    index: int, parts: list[str], first: int, blank_before: int, *, lynx: bool, start: int
) -> Block:
    text = " ".join(parts)
    # Wrapped parts are consecutive lines, so the block ends len(parts) - 1 lines later.
    lines = (first, first + len(parts) - 1)
    if start == _PLAIN:
        if lynx and ((text[0] == "[" and is_placeholder(text)) or is_form(text)):
            # Image and form placeholders are never prose: a caption block whose text
            # counts as link text (as a linked image's alt text would in HTML); the
            # features read a form's as a widget cue.
            return _link_block(index, text, lines, _CAPTION, blank_before)
        return text_block(index, text, lines, _kind(text), blank_before)
    if start == _LINK_ITEM:
        # An item that starts with a link is read as that link (a menu entry or teaser),
        # as HTML reads a list of links: lynx does not show where a link ends.
        return _link_block(index, text, lines, _LIST_ITEM, blank_before)
    return text_block(index, text, lines, _LIST_ITEM, blank_before)


def _link_block(
    index: int, text: str, lines: tuple[int, int], kind: BlockKind, blank_before: int
) -> Block:
    """A block whose whole text is link text (a lynx dump's link list entries, images)."""
    return html_block(
        index, text, lines, kind, blank_before, 0, len(text), "", _NO_TOKENS, False, -1
    )


def _wrap_width(
    lines: list[str], stripped: list[str], *, known: bool = False, wraps_all: bool = False
) -> int:
    """Return the wrap width of a hard-wrapped dump, or 0 when lines are not wrapped.

    A wrapped dump has many lines whose lengths crowd just under one width (72, 76, 78,
    80...): the most common rounded length among long lines holds a large share of them,
    or (:func:`_piled_width`) a good part of its lines of several words end within a few
    columns of it. A lynx or markdown dump is ``known`` to be wrapped: its width is what
    its long lines stay within. ``stripped`` holds each line of ``lines`` stripped.
    """
    # Distinct lines only: a sidebar repeating one headline must not fake a wrap width.
    # Lines of 40 visible characters, picked in C loops.
    distinct = set(map(str.rstrip, compress(lines, map(le, repeat(40), map(len, stripped)))))
    if len(distinct) < (1 if known else _MIN_WRAPPED_LINES):
        return 0
    if not known:
        width = _crowded_width(sorted(len(line) for line in distinct))
        if width:
            return width
    # A word longer than the width (a URL) overflows it on a line of its own: only lines
    # of several words tell the width.
    worded = sorted(len(line) for line in distinct if " " in line.lstrip())
    return _piled_width(worded, known=known, wraps_all=wraps_all) if worded else 0


def _crowded_width(lengths: list[int]) -> int:
    """The width most sorted ``lengths`` crowd under (half of them within 80% of it), or 0."""
    # The width: what 95% of the distinct long lines stay within.
    width = lengths[min(len(lengths) - 1, len(lengths) * 95 // 100)]
    near = sum(1 for n in lengths if width * 0.8 <= n <= width)
    if not 40 <= width <= _MAX_WRAP_WIDTH or near < _MIN_WRAPPED_LINES or near < len(lengths) * 0.5:
        return 0
    # A hard-wrapped dump never exceeds its width (a few long URLs or code lines aside);
    # lines over twice the width are blobs its writer never wrapped (scripts, JSON-LD).
    if sum(1 for n in lengths if width + 2 < n <= 2 * width) > len(lengths) // 50:
        return 0
    return width


def _piled_width(lengths: list[int], *, known: bool, wraps_all: bool = False) -> int:
    """The width the sorted ``lengths`` of lines of several words pile up under, or 0.

    A dump of many short paragraphs (teasers, one-line blocks set off by blank lines) has
    too many short lines for :func:`_crowded_width`, but its wrapped lines still end
    within a word's length of the width: :data:`_MIN_PILED_LINES` and 30% of them within
    8 columns, and hardly any beyond it. (On innerText dumps, whose lines are not wrapped,
    the corpus shows no such pile.)
    """
    if known:
        # A short lynx dump shows no pile, and lynx wraps every line: its longest line of
        # several words is the best bound (a smaller width would join a short byline to
        # the date line under it). html2text leaves some lines whole, so not for markdown.
        few = wraps_all and len(lengths) < _MIN_WRAPPED_LINES
        width = lengths[-1] if few else _densest_width(lengths)
        return width if 40 <= width <= _MAX_WRAP_WIDTH else 0
    width = lengths[min(len(lengths) - 1, len(lengths) * 95 // 100)]
    if not 40 <= width <= _MAX_WRAP_WIDTH:
        return 0
    pile = sum(1 for n in lengths if width - 8 <= n <= width)
    over = sum(1 for n in lengths if n > width + 2)
    if pile < _MIN_PILED_LINES or pile < len(lengths) * 0.3 or over > len(lengths) // 50:
        return 0
    return width


def _densest_width(lengths: list[int]) -> int:
    """The length under which most sorted ``lengths`` end within 8 columns (the longest).

    A dump known to be wrapped may hold long lines its writer does not wrap (``html2text``
    leaves list items and tables whole): the wrapped lines pile up under the width.
    """
    best = best_count = low = 0
    for high, top in enumerate(lengths):
        while lengths[low] < top - 8:
            low += 1
        if high - low + 1 >= best_count:
            best, best_count = top, high - low + 1
    return best


def _continues(
    last_length: int,
    column: int,
    raw: str,
    stripped: str,
    width: int,
    *,
    lynx: bool,
    markdown: bool = False,
    above: str = "",
    above_raw: str = "",
) -> bool:
    r"""Return True when ``raw`` continues a wrapped line of ``last_length`` characters.

    The writer wrapped the line above only if the next word would have overflowed the
    width (2 characters of slack for trailing punctuation and ragged right margins). A
    continuation is indented at most 3 spaces (a paragraph's margin) or to the text
    ``column`` of the block's first line (a list item's text), in a lynx dump exactly to
    that column; a bullet starts a new item, except in a lynx paragraph, where lynx
    indents items deeper and a line may start with a separator (``Tags: a · b`` wrapped
    before ``· b``). html2text wraps paragraphs anywhere but escapes a paragraph's opening
    list sign (``1\.``) and indents list items: in a markdown dump a line at the margin
    under a paragraph's line may start like an item (``1. Januar 2005``) and continue it.

    A plain dump (neither lynx nor markdown) may be a page's pretty-printed source, wrapped
    with its tags: a paragraph's further lines hang up to :data:`_HANGING_INDENT` columns
    deeper than its first (so a line back at the first's column under a hanging one
    opens the next paragraph), and a line cut short by a tag is continued by a line in
    lower case under it: hanging up to :data:`_HANGING_INDENT` columns deeper, or set at
    another depth when the line above holds four words (``above``, the line above, ends
    with no stop; ``above_raw`` is that line as the dump has it). A line over the width
    was not wrapped there (a script or JSON-LD line): the line under it starts anew.
    """
    plain = not (lynx or markdown)
    if not width or (plain and last_length > width + 2):
        return False
    indent = len(raw) - len(raw.lstrip()) if raw[:1].isspace() else 0
    # lynx indents every line of a block alike: a paragraph (3 spaces) under a heading
    # (column 0, or centred) is a new block however long the heading.
    if (
        indent != column
        and (lynx or indent > 3)
        and not (plain and column < indent <= column + _HANGING_INDENT)
    ):
        return False
    if (
        (indent > 3 or not lynx)
        and LIST_MARKER.match(stripped)
        and not (markdown and indent == column == 0)
    ):
        return False
    if plain:
        above_indent = len(above_raw) - len(above_raw.lstrip())
        if stripped[0].islower():
            # A tag ended the line above: the text under it sits at another depth.
            if above[-1] not in _STOPS and (
                above_indent < indent <= above_indent + _HANGING_INDENT
                or (indent != above_indent and above.count(" ") >= _CUT_LINE_SPACES)
            ):
                return True
        elif indent == column < above_indent:
            return False
    first_word = stripped.split(" ", 1)[0]
    return last_length + 1 + len(first_word) > width - 2
