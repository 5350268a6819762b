"""The markup of text dumps written by text browsers and converters: lynx, w3m, markdown.

A ``lynx -dump`` (or ``w3m -dump`` with link numbers) glues a numbered marker before each
link's text (``[12]Home``), shows images and form fields as bracketed placeholders
(``[IMG]``, ``[alt text]``, ``[____]``, ``[Submit]``) and ends with a ``References`` list of
the links' URLs. A markdown dump (``html2text`` output) writes links ``[text](url)``,
images ``![alt](src)``, marks ``**bold**`` / ``_em_``, headings ``# text`` and quotes
``> text``. This module recognises both kinds and cleans their block texts to what the
page shows; the line reader (:mod:`newsparse.document.from_text`) joins the wrapped lines.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Container

import attrs

from newsparse.date_names import date_cues
from newsparse.document import Block, BlockKind, html_block
from newsparse.lexicon import fold, lexicon, longest_first

__all__ = [
    "LINK_MARKER",
    "LIST_MARKER",
    "appendix_line",
    "hide_from",
    "is_form",
    "is_form_control",
    "is_label_line",
    "is_lynx_dump",
    "is_lynx_layout",
    "is_markdown_dump",
    "is_placeholder",
    "markdown_block",
    "strip_link_markers",
    "table_rows",
]

LIST_MARKER = re.compile(r"^(?:[*•·▪◦‣⁃–-]|\d{1,3}[.)])\s+")
"""A list-item marker at the start of a line: bullet characters or ``1.`` / ``2)``."""

LINK_MARKER = re.compile(r"\[(?<![^\s(\"'“‘«]\[)(\d{1,5})\](?=\S)(?!: )")
"""A lynx link marker: ``[12]`` glued before the link's text, at a line's start or after a
space, an opening bracket or quote (a footnote ``word[3]`` is glued after a word). The
lookbehind follows the ``[``, so that ``re`` scans for the bracket in C. ``[1]: url`` is a
markdown link definition, no marker."""

_PLACEHOLDERS = re.compile(r"(?:\[[^\[\]]+\] ?)+")
"""A line of bracketed placeholders only: images (``[IMG]``, ``[alt text]``), form fields
(``[_____]``) and buttons (``[Submit]``), as lynx prints them."""

_MAX_PLACEHOLDER_SPACES = 12
"""A bracketed text with this many spaces or more is prose (``[Editor's note: ...]``)."""

_FORM_FIELD = re.compile(r"_{3,}|\[[ xX]\]|\([ *]\)|\(BUTTON\)")
"""A form control as text browsers print it: a text field or a select (``____`` in lynx
and elinks, ``[Daily____.]``; w3m's ``[      ]``, folded to ``[ ]``), a check box ``[ ]``
or ``[X]``, a radio button ``( )`` or ``(*)``, lynx's ``(BUTTON)``."""

_REFERENCES = re.compile(
    r"^[^\W\d_]+(?: [^\W\d_]+)?:?\n\n"
    r"(?:[ \t]+[^\W\d_][^\n]{0,40}\n)?"
    r"(?:(?: {3}\d| {2}\d\d| \d{3}|\d{4,5})\.|\[\d{1,5}\]) [a-zA-Z][\w+.-]*:",
    re.M,
)
"""The heading and first entry of the URL list that ends a ``lynx -dump`` (``   1. URL``,
numbers right-aligned in 4 columns) or an ``elinks -dump``, or a ``w3m -dump`` with link
numbers (``[1] URL``). lynx translates the heading and the ``Visible links`` line under it
(``Verweise``, ``Sichtbare Links:``; elinks and w3m print ``References``): any heading of
one or two words at column 0 is taken. The first entry need not be number 1 (elinks and
w3m number form fields too, but list only links)."""

_MIN_MARKERS = 5
"""Without a References list, a dump needs this many link markers to be read as lynx's."""

_LYNX_MARGIN = "   "
"""lynx's paragraph margin: it sets paragraphs in by 3 spaces, list items by 5."""

_MIN_SET_IN_SHARE = 0.75
"""A dump with this share of its lines set in by lynx's margin is laid out as lynx's."""

_MAX_LAYOUT_WIDTH = 250
"""A line longer than this is no terminal's (a page's own line, as innerText prints it)."""

_MD_LINK = re.compile(r"\]\((?:https?:|/|#|\.|mailto:)")
"""The middle of a markdown link or image, ``[text](url)``, as ``html2text`` writes them."""

_MIN_MD_LINKS = 3
"""A dump with this many markdown links is read as markdown (``html2text`` output)."""

_MD_IMAGE = re.compile(r"!\[([^\[\]]*)\](?:\((?:[^()]|\([^()]*\))*\)|\[\d{1,5}\])")
"""A markdown image ``![alt](src)`` or ``![alt][7]``: shown as the placeholder ``[alt]``."""

_MD_REF_LINK = re.compile(r"\]\[\d{1,5}\]")
"""The middle of a reference-style markdown link ``[text][1]`` (html2text's
``inline_links=False``), counted only where a definition ``[1]: url`` is in the dump."""

_MD_REF_DEF = re.compile(r"^ {0,3}\[\d{1,5}\]: \S", re.M)
"""A reference link's definition, ``   [1]: https://...`` (html2text sets it in 3 spaces)."""

_MD_REF_DEF_BLOCK = re.compile(r"\[\d{1,5}\]: \S+(?: .*)?")
"""A block that is one link definition (a URL and maybe its title): not page text."""

_MD_ANCHOR = re.compile(r"\[((?:[^\[\]]|\[[^\[\]]*\])*)\](?:\((?:[^()]|\([^()]*\))*\)|\[\d{1,5}\])")
"""A markdown link ``[text](url)`` or ``[text][4]`` (its text may hold one placeholder):
shown as its text.
A URL may hold one level of brackets (``/wiki/Mercury_(planet)``), as html2text leaves them."""

_MD_EMPHASIS = re.compile(r"\*\*([^*]+)\*\*|(?<![\w*])_([^_]+)_(?!\w)")
"""Bold ``**text**`` and italic ``_text_`` marks (not inside words: ``snake_case``)."""

_MD_ATX_LINE = re.compile(r"^#{1,6} +\S", re.M)
"""A line opening with an ATX heading mark, as html2text writes headings."""

_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
"""A backslash escape as html2text writes them (``\\-``, ``\\*``, ``\\_``, ``1\\.``)."""

_MD_TABLE_RULE = re.compile(r"\|?(?: *:?-{3,}:? *\|)+(?: *:?-{3,}:? *)?")
"""The rule under a markdown table's header: ``---|---`` or ``| --- | :---: |``."""

_MD_HEADING = re.compile(r"(#{1,6}) +")
"""An ATX heading mark at the start of a block: ``# Headline``, ``## Section``."""

_LIST_ITEM = BlockKind.LIST_ITEM
_CAPTION = BlockKind.CAPTION
_NO_TOKENS: frozenset[str] = frozenset()


def is_lynx_dump(text: str) -> bool:
    """Whether ``text`` looks like ``lynx -dump`` output: numbered link markers ``[12]Home``.

    Either a ``References`` list of URLs ends the dump and a marker is glued to some link
    text, or (a dump cut short) at least :data:`_MIN_MARKERS` markers count up mostly in
    order. Footnote marks ``word[3]`` are glued after a word and do not count.
    """
    first = LINK_MARKER.search(text) if "[" in text else None  # most dumps: one scan in C
    if first is None:
        return False
    if _REFERENCES.search(text, first.end()):
        return True
    count = ascending = previous = 0
    for match in LINK_MARKER.finditer(text, first.start()):
        number = int(match[1])
        count += 1
        ascending += number > previous
        previous = number
    return count >= _MIN_MARKERS and ascending >= count * 0.8


def is_lynx_layout(text: str, lines: list[str]) -> bool:
    """Whether ``text`` (split into ``lines``) is laid out as ``lynx -dump -nolist`` does.

    Without link markers a lynx dump still shows its layout: paragraphs set in by 3
    spaces, list items by 5, headings at column 0 or centred, every line within a
    terminal's width. Browser innerText sets no line in (copy-paste indents by a tab or
    a space or two), so :data:`_MIN_SET_IN_SHARE` of the lines with visible characters
    set in by 3 spaces or more tell a lynx dump, however short (see :func:`is_lynx_dump`
    for one with markers).
    """
    # Most dumps have few set-in lines: counted in C, they rule the dump out (a lynx dump
    # has fewer blank lines than lines of text, so its set-in lines are a quarter at least).
    if (text.count("\n" + _LYNX_MARGIN) + (text[:3] == _LYNX_MARGIN)) * 4 < len(lines):
        return False
    visible = set_in = 0
    for line in lines:
        if len(line) > _MAX_LAYOUT_WIDTH:
            return False
        if line and not line.isspace():
            visible += 1
            set_in += line[:3] == _LYNX_MARGIN
    return visible > 1 and set_in >= visible * _MIN_SET_IN_SHARE


_LABEL_LINE_MAX_SPACES = 8
"""A date or credit line holds a label and a date and time, or a name or two: more words
than this make a sentence."""

_DIGIT = re.compile(r"\d")


@functools.cache
def _date_label() -> re.Pattern[str]:
    """A publication or update label opening a folded line (``zuletzt aktualisiert``)."""
    lex = lexicon()
    published, updated = date_cues()
    labels = lex.published_cues | lex.updated_cues | published | updated
    # Whole words only: "dated", "updates" are no labels.
    return re.compile(f"(?:{longest_first(sorted(labels))})(?![^\\W\\d_])")


@functools.cache
def _credit_label() -> re.Pattern[str]:
    """A photo credit's label and its colon opening a folded line (``foto:``, ``photo :``)."""
    return re.compile(f"(?:{longest_first(sorted(lexicon().credit_cues))}) ?:")


def is_label_line(text: str) -> bool:
    """Whether ``text`` is a date or a credit under its label, a line of its own.

    ``Zuletzt aktualisiert: 2. Januar 2005``, ``Foto: dpa``, ``© Jane Doe``: the line opens
    with a capitalised publication or update label of the lexicon and holds a digit, or
    with a credit label and its colon, or with ``©``, in no more words than such a line
    holds. A wrapped sentence's line does not open so (German nouns aside: a sentence
    wrapped before ``Stand vom 2. Januar``).
    """
    first = text[:1]
    if not (first.isupper() or first == "©") or text.count(" ") > _LABEL_LINE_MAX_SPACES:
        return False
    if first == "©":
        return True
    folded = fold(text)
    if ":" in text and _credit_label().match(folded):
        return True
    return _DIGIT.search(text) is not None and _date_label().match(folded) is not None


def is_form(text: str) -> bool:
    """Whether the line ``text`` holds a form control and a few words of labels at most.

    ``Your email: ____________________ [Subscribe]``: innerText shows no form controls,
    text browsers draw them (:data:`_FORM_FIELD`).
    """
    return text.count(" ") < _MAX_PLACEHOLDER_SPACES and _FORM_FIELD.search(text) is not None


def is_form_control(text: str, cue_lines: Container[str]) -> bool:
    """Whether a text browser's placeholder or form line ``text`` shows a form, not an image.

    A form control (:func:`is_form`) tells it; a lone bracketed label is a button when it
    is one of the whole-line cues ``cue_lines`` (``[Search]``, ``[Subscribe]``), which an
    image's alt text is not.
    """
    if is_form(text):
        return True
    inner = text[1:-1]
    return text[:1] == "[" and text[-1:] == "]" and "]" not in inner and fold(inner) in cue_lines


def is_placeholder(text: str) -> bool:
    """Whether ``text`` holds only bracketed placeholders (images, form fields, buttons).

    A paragraph set in brackets (``[Editor's note: this story was updated ...]``) is
    prose, not a placeholder: alt texts and button labels are short.
    """
    return (
        text[:1] == "["
        and text[-1] == "]"
        and text.count(" ") < _MAX_PLACEHOLDER_SPACES
        and _PLACEHOLDERS.fullmatch(text) is not None
    )


def appendix_line(text: str) -> int | None:
    """The line number of the ``References`` list that ends a lynx dump, or None."""
    found = _REFERENCES.search(text)
    return text.count("\n", 0, found.start()) if found else None


def hide_from(blocks: tuple[Block, ...], line: int) -> tuple[Block, ...]:
    """``blocks`` with those from ``line`` on marked hidden: lynx's References appendix.

    The list of link URLs is lynx's, not the page's: like hidden HTML content, it is
    shown in the segments (labelled boilerplate) and read by no field.
    """
    return tuple(
        attrs.evolve(block, hidden=True) if block.lines[0] >= line else block for block in blocks
    )


def strip_link_markers(text: str) -> str:
    """Remove lynx link markers (``[12]`` glued before a link's text) from ``text``.

    What a lynx dump's block texts are, once wrapped lines are joined with a space: the
    body paragraphs of a lynx dump are substrings of the dump so cleaned (see
    docs/fields.md).
    """
    return LINK_MARKER.sub("", text) if "[" in text else text


def is_markdown_dump(text: str) -> bool:
    """Whether ``text`` is markdown as ``html2text`` writes pages: ``[text](url)`` links.

    :data:`_MIN_MD_LINKS` links, or one and an ATX heading line (``# Headline``): a page
    with few links still has its headline so marked. Reference-style links ``[text][4]``
    count where their definitions (``[4]: url``) are in the dump.
    """
    # Both marks hold a "]", which most dumps lack: one memchr rules them out, where a
    # search for a two-character mark walks the whole text far slower.
    if "]" not in text or ("](" not in text and "][" not in text):
        return False
    links = len(_MD_LINK.findall(text)) if "](" in text else 0
    if "][" in text and _MD_REF_DEF.search(text):
        links += len(_MD_REF_LINK.findall(text))
    return links >= _MIN_MD_LINKS or (links > 0 and _MD_ATX_LINE.search(text) is not None)


def markdown_block(block: Block, lines: list[str], rows: frozenset[int]) -> Block:
    r"""A markdown dump's block as the page shows it: marks, link targets and images gone.

    ``lines`` are the dump's lines, ``rows`` the numbers of its table lines
    (:func:`table_rows`). ``# Headline`` becomes a heading of level 1, ``> quoted`` a
    quote, a table row a table cell, a block of images only a caption placeholder (see
    :func:`is_placeholder`); links keep their text, list items lose their bullets, escapes
    (``\-``, ``\*``) their backslash.
    """
    first, last = block.lines
    if block.text[:1] == "[" and _MD_REF_DEF_BLOCK.fullmatch(block.text):
        # The URL list of reference-style links is the converter's, not the page's.
        return attrs.evolve(block, hidden=True)
    if first in rows:
        return _table_row(block)
    text, quoted = _joined(lines[first : last + 1]) if last > first else (block.text, False)
    if not quoted and text[:2] == "> ":
        text, quoted = text[2:], True
    bullet = LIST_MARKER.match(text) if block.kind is _LIST_ITEM else None
    if bullet:  # innerText shows no bullets; the block stays a list item
        text = text[bullet.end() :]
    # An item that starts with a link is read as that link (a menu entry or teaser), as
    # HTML reads a list of links and the lynx reader its items.
    linked = block.kind is _LIST_ITEM and text[:1] == "[" and _MD_ANCHOR.match(text) is not None
    text = _MD_ANCHOR.sub(_anchor_text, _without_images(text) if "![" in text else text)
    text = _MD_EMPHASIS.sub(_emphasised, text) if "*" in text or "_" in text else text
    kind, level = (BlockKind.QUOTE if quoted else block.kind), 0
    heading = _MD_HEADING.match(text)
    if heading and len(text) > heading.end() and not quoted:
        text, kind, level = text[heading.end() :], BlockKind.HEADING, len(heading[1])
    text = _MD_ESCAPE.sub(r"\1", text) if "\\" in text else text
    text = " ".join(text.split()) or block.text
    if text == block.text and kind is block.kind:
        return block
    if is_placeholder(text):
        kind, linked = _CAPTION, True
    return _rebuilt(block, text, kind, level, len(text) if linked else 0)


def _without_images(text: str) -> str:
    """``text`` with its images dropped, or each shown as ``[alt]`` when nothing else is left.

    innerText shows no image: an alt text beside other text (an author photo's
    "Photo of Jane Doe" before the byline) is not page text, but a line of images only
    stays as their placeholders (a caption block, as lynx shows them).
    """
    bare = _MD_IMAGE.sub("", text)
    if _MD_ANCHOR.sub(_anchor_text, bare).strip():
        return bare
    return _MD_IMAGE.sub(_image_text, text)


def _joined(lines: list[str]) -> tuple[str, bool]:
    """The wrapped ``lines`` of one markdown block re-joined, and whether they are a quote.

    html2text wraps compounds after their hyphen (``short-`` / ``term``): such a break is
    joined without a space. A quote's lines each start with ``> ``: the marks go.
    """
    parts = [" ".join(line.split()) for line in lines]
    quoted = all(part[:2] == "> " or part == ">" for part in parts)
    if quoted:
        parts = [part[2:] for part in parts]
    text = parts[0]
    for part in parts[1:]:
        if not part:
            continue
        hyphen = len(text) > 1 and text[-1] == "-" and text[-2].isalnum() and part[0].isalnum()
        text = f"{text}{part}" if hyphen else f"{text} {part}" if text else part
    return text, quoted


def table_rows(lines: list[str]) -> frozenset[int]:
    """Numbers of the lines of markdown tables: a header row, a ``---|---`` rule, the rows.

    The rows run from the line above the rule down to the next blank line. html2text
    never wraps a table: each of its lines is a block of its own.
    """
    rows: set[int] = set()
    for number, line in enumerate(lines):
        # A rule inside a table already read (a second rule) starts no new scan: linear.
        if number in rows or "-" not in line or "|" not in line:
            continue
        if _MD_TABLE_RULE.fullmatch(line.strip()):
            start = number - 1 if number and lines[number - 1].strip() else number
            end = number + 1
            while end < len(lines) and "|" in lines[end] and lines[end].strip():
                end += 1
            rows.update(range(start, end))
    return frozenset(rows)


def _table_row(block: Block) -> Block:
    """A table line as innerText shows a row: its cells' texts, no pipes (the rule stays)."""
    text = block.text
    if _MD_TABLE_RULE.fullmatch(text):
        return block
    cells = " ".join(cell.strip() for cell in text.strip("|").split("|") if cell.strip())
    text = _MD_ANCHOR.sub(_anchor_text, _MD_IMAGE.sub(_image_text, cells)) or text
    text = _MD_ESCAPE.sub(r"\1", text) if "\\" in text else text
    return _rebuilt(block, text, BlockKind.TABLE_CELL, 0, 0)


def _rebuilt(block: Block, text: str, kind: BlockKind, level: int, link_chars: int) -> Block:
    """``block`` with a new text, kind, heading level and link text count."""
    return html_block(
        block.index,
        text,
        block.lines,
        kind,
        block.blank_before,
        level,
        link_chars,
        "",
        _NO_TOKENS,
        False,
        -1,
    )


def _image_text(match: re.Match[str]) -> str:
    return f"[{match[1].strip() or 'IMG'}]"


def _anchor_text(match: re.Match[str]) -> str:
    return match[1].strip()


def _emphasised(match: re.Match[str]) -> str:
    return match[1] or match[2]
