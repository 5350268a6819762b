"""Other tools' text dumps of a page: ``lynx -dump`` (:func:`render_lynx`) and
``html2text`` markdown (:func:`render_markdown`).
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Sequence
from typing import TYPE_CHECKING

from tests.strategies.html import _Rng
from tests.strategies.layout import Page, Part, pages
from tests.strategies.spec import ArticleSpec
from tests.strategies.words import FORM_LINES

if TYPE_CHECKING:
    from hypothesis import strategies as st

# --------------------------------------------------------------------------------------
# lynx -dump rendering
# --------------------------------------------------------------------------------------


class _Lynx:
    """The state of one ``lynx -dump`` rendering: wrap width, link numbers, reference URLs."""

    def __init__(self, page: Page) -> None:
        # Seeded apart from the HTML renderer's choices, so that both vary on one page.
        self.rng = _Rng(page.html_variant ^ 0x5A5A5A)
        self.width = 72 if self.rng.chance(4) else 79
        self.urls: list[str] = []
        self.lines: list[str] = []

    def link(self, text: str, path: str) -> str:
        """``text`` as a numbered link: the marker glued before it, the URL kept for the end."""
        self.urls.append(f"https://www.example.com/{path}")
        return f"[{len(self.urls)}]{text}"

    def wrap(self, text: str, indent: int = 3, bullet: str = "") -> None:
        """Write ``text`` wrapped at the width, as lynx does: at spaces only, indented.

        A ``bullet`` starts the first line; the wrapped lines are indented under the text.
        """
        first = " " * indent + (f"{bullet} " if bullet else "")
        self.lines.extend(
            textwrap.wrap(
                text,
                width=self.width,
                initial_indent=first,
                subsequent_indent=" " * len(first),
                break_long_words=False,
                break_on_hyphens=False,
            )
        )

    def gap(self, blank: int, text: str) -> None:
        """Blank lines before a block starting with ``text``: ``blank`` of them, or one
        where lynx would print none under a line ending near the width (a ``<div>`` under
        a long line), which no reader can tell from a wrapped paragraph (docs/guide.md)."""
        above = self.lines[-1] if self.lines else ""
        if above and len(above) + 1 + len(text.split(" ", 1)[0]) > self.width - 6:
            blank = max(blank, 1)
        self.lines.extend([""] * blank)

    def heading(self, text: str, *, centred: bool = False) -> None:
        """A heading at column 0, or centred (lynx's ``<h1>``) when it fits on one line."""
        if centred and len(text) < self.width - 8:
            self.lines.append(" " * ((self.width - len(text)) // 2) + text)
        else:
            self.wrap(text, indent=0)

    def items(self, lines: Sequence[str], path: str) -> None:
        """A list of links, one ``     * [n]text`` item each (numbered ``1.`` at times)."""
        numbered = self.rng.chance(5)
        for i, line in enumerate(lines):
            self.wrap(
                self.link(line, f"{path}/{i}"),
                indent=5 - numbered,
                bullet=f"{i + 1}." if numbered else "*",
            )

    def references(self) -> None:
        """The numbered list of every link's URL that ends a dump."""
        if not self.urls:
            return
        self.lines.extend(("", "References", ""))
        if self.rng.chance(3):
            self.lines.append("   Visible links")
        self.lines.extend(f"{n:4d}. {url}" for n, url in enumerate(self.urls, 1))


_LYNX_SPACED = ("headline", "subheading", "body", "tag-list", "comments", "sidebar", "caption")
"""Roles lynx always sets off by a blank line (headings, paragraphs, lists with a heading)."""


def _lynx_linked(line: str, names: Sequence[str], out: _Lynx, path: str) -> str:
    """``line`` with a link marker glued before each of ``names`` it ends with, in order.

    The names are the tail of the line joined by one separator (a tag line ``Tags: a, b``)
    or appear in it (a byline): each is linked once, left to right.
    """
    pos = 0
    pieces: list[str] = []
    for i, name in enumerate(names):
        at = line.find(name, pos)
        if at < 0:
            continue
        pieces.extend((line[pos:at], out.link(name, f"{path}/{i}")))
        pos = at + len(name)
    pieces.append(line[pos:])
    return "".join(pieces)


def _lynx_body(text: str, out: _Lynx) -> str:
    """A paragraph, now and then with a run of its words as a link (marker before the run)."""
    words = text.split(" ")
    if len(words) < 3 or not out.rng.chance(3):
        return text
    i = out.rng.next() % (len(words) - 1)
    words[i] = out.link(words[i], "story/inline")
    return " ".join(words)


def _lynx_part(part: Part, page: Page, out: _Lynx) -> None:
    """Write one part the way ``lynx -dump`` shows its HTML (see :func:`_part_html`)."""
    role, lines, rng = part.role, part.lines, out.rng
    if role in ("nav", "widget"):
        out.items(lines, role)
    elif role in ("site", "section"):
        out.wrap(out.link(lines[0], ""))
    elif role in ("headline", "subheading"):
        out.heading(lines[0], centred=role == "headline" and rng.chance(2))
    elif role in ("byline", "meta"):
        # A byline joined to its date line ("By Ann Lee | May 2, 2019") links its names too.
        out.wrap(_lynx_linked(lines[0], page.spec.authors, out, "author"))
    elif role == "tags":
        out.wrap(_lynx_linked(lines[0], page.spec.tags, out, "tag"))
    elif role == "tag-list":
        out.heading(lines[0])
        out.lines.append("")
        out.items(lines[1:], "tag")
    elif role == "sidebar":
        out.heading(lines[0])
        out.lines.append("")
        out.items(lines[1:], "story")
    elif role == "caption":
        image = rng.next() % 3
        if image == 2:  # a linked image
            out.wrap(out.link("[IMG]", "img"))
        else:
            out.wrap("[IMG]" if image == 0 else f"[{lines[0]}]")
        for line in lines:
            out.gap(0, line)
            out.wrap(line)
    elif role == "body":
        out.wrap(_lynx_body(lines[0], out))
    else:  # comments, newsletter, footer, date lines, ads: paragraphs or lines of a div
        _lynx_lines(part, page, out)


_LYNX_FORMS = ("{} [____________________]", "[{}]", "{} ____________________", "(BUTTON) {}")
"""A comment form's label or button as text browsers draw them: a bracketed field or
button (w3m, elinks), lynx's bare field, lynx's mark before a ``<button>``'s label."""


def _lynx_lines(part: Part, page: Page, out: _Lynx) -> None:
    """Lines of a plain block; comment forms show their fields and buttons as lynx does."""
    form = FORM_LINES[page.spec.lang]
    for j, line in enumerate(part.lines):
        if j:
            out.gap(part.inner_gap, line)
        if j == 0 and part.role == "comments":
            out.heading(line)
        elif part.role == "comments" and line in form:
            out.wrap(_LYNX_FORMS[out.rng.next() % len(_LYNX_FORMS)].format(line))
        else:
            out.wrap(line)
    if part.role == "newsletter" and out.rng.chance(2):
        out.wrap("[______________________________]")


def render_lynx(page: Page) -> str:
    """Render a page as ``lynx -dump`` prints it.

    Paragraphs are hard-wrapped at 79 columns (72 at times) and indented 3 spaces;
    headings start at column 0 (a headline is centred at times); list items are
    ``     * text`` with their wrapped lines indented under the text; every link's text
    follows a reference marker ``[n]`` (navigation, sidebars, tags, bylines, some words
    of the body); images show as ``[IMG]`` or ``[alt text]``, form fields as ``[____]``;
    the dump ends with a ``References`` list of the links' URLs. Hidden parts are left
    out, as for :func:`render_text`.
    """
    out = _Lynx(page)
    for part in page.parts:
        if part.role == "hidden":
            continue
        if out.lines:
            above = out.lines[-1]
            # A heading is always followed by a blank line too.
            spaced = part.role in _LYNX_SPACED or (above and above[0] != " ")
            out.gap(max(part.gap, 1) if spaced else part.gap, part.lines[0])
        _lynx_part(part, page, out)
    out.references()
    return "\n".join(out.lines) + "\n"


def lynx_dumps(spec: ArticleSpec) -> st.SearchStrategy[str]:
    """``lynx -dump`` style dumps of ``spec`` in random layouts."""
    return pages(spec).map(render_lynx)


# --------------------------------------------------------------------------------------
# Markdown (html2text) rendering
# --------------------------------------------------------------------------------------

_NUMBERED = re.compile(r"\d+\. ")
"""A paragraph opening like a numbered list item (``1. Januar``): html2text escapes it."""

_PHOTO_ALT = {"en": "Photo of", "de": "Profilbild von", "fr": "Photo de", "es": "Foto de"}
"""How an author photo's alt text names the author, per language (markdown rendering)."""


class _Markdown(_Lynx):
    """The state of one ``html2text`` rendering: wrap width (78, or 0 for unwrapped)."""

    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.rng = _Rng(page.html_variant ^ 0x3C3C3C)
        self.width = 0 if self.rng.chance(4) else 78
        # html2text's wrapper breaks after the hyphen of a compound ("short-" / "term").
        self.hyphens = not self.rng.chance(3)

    def link(self, text: str, path: str) -> str:
        """``text`` as a markdown link ``[text](url)``."""
        return f"[{text}](https://www.example.com/{path})"

    def wrap(self, text: str, indent: int = 0, bullet: str = "") -> None:
        """Write ``text`` as a paragraph, wrapped at the width (whole when it is 0).

        A paragraph opening with a list-like sign is escaped as html2text does (``\\-``).
        """
        if text[:2] in ("- ", "+ "):
            text = "\\" + text
        elif _NUMBERED.match(text):
            text = text.replace(". ", "\\. ", 1)
        prefix = bullet and f"{bullet} "
        if not self.width:
            self.lines.append(prefix + text)
            return
        self.lines.extend(
            textwrap.wrap(
                text,
                width=self.width,
                initial_indent=prefix,
                subsequent_indent=prefix if bullet == ">" else "",
                break_long_words=False,
                break_on_hyphens=self.hyphens,
            )
        )

    def gap(self, blank: int, text: str) -> None:
        """html2text sets every paragraph, heading and list off by one blank line."""
        self.lines.extend([""] * max(blank, 1))

    def heading(self, text: str, *, centred: bool = False, level: int = 3) -> None:
        """An ATX heading, ``# text`` for a headline (``centred`` is lynx's only)."""
        self.wrap(text, bullet="#" * level)

    def items(self, lines: Sequence[str], path: str) -> None:
        """A list of links, ``  * [text](url)`` each, never wrapped (as html2text does)."""
        numbered = self.rng.chance(5)
        for i, line in enumerate(lines):
            bullet = f"{i + 1}." if numbered else "*"
            self.lines.append(f"  {bullet} {self.link(line, f'{path}/{i}')}")


def _markdown_body(text: str, out: _Markdown) -> str:
    """A paragraph with now and then a word linked, a run in bold or a word in italics."""
    words = text.split(" ")
    if len(words) < 4:
        return text
    if out.rng.chance(3):
        i = out.rng.next() % (len(words) - 1)
        words[i] = out.link(words[i], "story/inline")
    if out.rng.chance(4):
        i = out.rng.next() % (len(words) - 3)
        if "[" not in "".join(words[i : i + 2]):
            words[i], words[i + 1] = f"**{words[i]}", f"{words[i + 1]}**"
    if out.rng.chance(5):
        i = out.rng.next() % (len(words) - 1)
        if not any(c in words[i] for c in "[*_"):
            words[i] = f"_{words[i]}_"
    return " ".join(words)


def _markdown_part(part: Part, page: Page, out: _Markdown) -> None:
    """Write one part the way ``html2text`` shows its HTML (see :func:`_part_html`)."""
    role, lines, rng = part.role, part.lines, out.rng
    if role in ("nav", "widget", "ad"):
        out.items(lines, role)
    elif role in ("site", "section"):
        out.wrap(out.link(lines[0], ""))
    elif role in ("headline", "subheading"):
        out.heading(lines[0], level=1 if role == "headline" else 2)
    elif role == "byline":
        photo = ""
        if page.spec.authors and rng.chance(3):  # an author photo, above or before the byline
            alt = f"{_PHOTO_ALT[page.spec.lang]} {page.spec.authors[0]}"
            photo = f"![{alt}](https://www.example.com/img/author.jpg)"
            if rng.chance(2):
                out.wrap(photo)
                out.gap(1, "")
                photo = ""
        out.wrap(
            " ".join(
                filter(None, (photo, _lynx_linked(lines[0], page.spec.authors, out, "author")))
            )
        )
    elif role == "tags":
        out.wrap(_lynx_linked(lines[0], page.spec.tags, out, "tag"))
    elif role in ("tag-list", "sidebar"):
        out.heading(lines[0], level=4)
        out.gap(1, "")
        out.items(lines[1:], "tag" if role == "tag-list" else "story")
    elif role == "caption":
        out.wrap(f"![{lines[0]}](https://www.example.com/img/1.jpg)")
        for line in lines:
            out.gap(1, line)
            out.wrap(line)
    elif role == "body":
        body = _markdown_body(lines[0], out)
        out.wrap(body, bullet=">" if rng.chance(12) else "")
    else:  # comments, newsletter, footer, date lines: paragraphs
        for j, line in enumerate(lines):
            if j:
                out.gap(1, line)
            if j == 0 and role == "comments":
                out.heading(line)
            else:
                out.wrap(line)


def render_markdown(page: Page) -> str:
    """Render a page as ``html2text`` writes it in markdown.

    Paragraphs are wrapped at 78 columns (or left whole, ``body_width=0``), breaking after
    the hyphen of a compound at times, and set off by blank lines; the headline is
    ``# text``, sub-headings ``## text``; navigation, share bars, tag lists and sidebars are
    lists of links ``  * [text](url)``; authors, tags and some body words are links; body
    runs are set in ``**bold**`` or ``_italics_`` at times, a paragraph as a ``> `` quote
    now and then; images are ``![alt](src)`` (an author photo's alt text names the
    author). Hidden parts are left out, as for :func:`render_text`.
    """
    out = _Markdown(page)
    for part in page.parts:
        if part.role == "hidden":
            continue
        if out.lines:
            out.gap(1, "")
        _markdown_part(part, page, out)
    return "\n".join(out.lines) + "\n"


def markdown_dumps(spec: ArticleSpec) -> st.SearchStrategy[str]:
    """Markdown (``html2text``) dumps of ``spec`` in random layouts."""
    return pages(spec).map(render_markdown)
