"""HTML rendering (:func:`render_html`) and a pretty-printed page source read as text
(:func:`render_source`).
"""

from __future__ import annotations

import html
import json
import textwrap
import zlib
from collections.abc import Sequence
from typing import TYPE_CHECKING

from tests.strategies.layout import Page, Part, pages
from tests.strategies.spec import ArticleSpec
from tests.strategies.text import render_text

if TYPE_CHECKING:
    from hypothesis import strategies as st

# --------------------------------------------------------------------------------------
# HTML rendering
# --------------------------------------------------------------------------------------


class _Rng:
    """A tiny deterministic chooser seeded by ``Page.html_variant`` (xorshift)."""

    def __init__(self, seed: int) -> None:
        self.state = (seed * 2654435761 + 1) & 0xFFFFFFFF or 1

    def next(self) -> int:
        x = self.state
        x ^= (x << 13) & 0xFFFFFFFF
        x ^= x >> 17
        x ^= (x << 5) & 0xFFFFFFFF
        self.state = x
        return x

    def chance(self, n: int) -> bool:
        """True with probability 1/n."""
        return self.next() % n == 0

    def pick(self, options: Sequence[str]) -> str:
        return options[self.next() % len(options)]


_CLASS_NAMES = ("wrapper", "container", "col-md-8", "story", "c-entry", "layout__main", "grid")


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _attr(text: str) -> str:
    return html.escape(text, quote=True)


def _inline(text: str, rng: _Rng) -> str:
    """Escape a line and wrap a random run of its words in inline markup (same innerText)."""
    words = text.split(" ")
    if len(words) < 3 or not rng.chance(2):
        out = _esc(text)
        if rng.chance(6):
            # A non-breaking space entity between two words: innerText shows a space.
            out = out.replace(" ", "&nbsp;", 1)
    else:
        i = rng.next() % (len(words) - 1)
        j = i + 1 + rng.next() % min(3, len(words) - i - 1)
        tag = rng.pick(("a", "em", "strong", "span", "b", "i"))
        attrs_ = ' href="/topic/x?a=1&amp;b=2"' if tag == "a" else ""
        if tag == "span":
            attrs_ = ' class="highlight"'
        inner = _esc(" ".join(words[i:j]))
        out = " ".join(
            [*map(_esc, words[:i]), f"<{tag}{attrs_}>{inner}</{tag}>", *map(_esc, words[j:])]
        )
    return out


def _p(text: str, rng: _Rng, *, tag: str = "p", cls: str = "", close: bool = True) -> str:
    klass = f' class="{cls}"' if cls else ""
    if cls and rng.chance(4):
        klass = f" class={cls.split(maxsplit=1)[0]}"  # unquoted attribute
    if rng.chance(15):
        tag = tag.upper() if tag != "p" else "P"
    end = f"</{tag}>" if close else ""
    return f"<{tag}{klass}>{_inline(text, rng)}{end}"


def _jsonld(page: Page, rng: _Rng) -> str:
    spec = page.spec
    data: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": rng.pick(("NewsArticle", "Article", "ReportageNewsArticle")),
        "headline": spec.headline,
        "datePublished": spec.published.isoformat()
        + rng.pick(("", "T08:15:00+02:00", "T23:59:00Z", "T06:00:00-05:00")),
        "author": [{"@type": "Person", "name": a} for a in spec.authors],
        "publisher": {"@type": "Organization", "name": spec.site},
    }
    if page.shows_tags:
        data["keywords"] = ", ".join(spec.tags)
    return json.dumps(data, ensure_ascii=rng.chance(2)).replace("</", "<\\/")


def _head(page: Page, rng: _Rng) -> str:
    spec = page.spec
    parts = ['<meta charset="utf-8">']
    if rng.chance(2):
        parts.append('<meta name="viewport" content="width=device-width, initial-scale=1">')
    parts.append(f"<title>{_esc(spec.headline)} | {_esc(spec.site)}</title>")
    if rng.chance(2):
        parts.append(
            f'<meta property="og:title" content="{_attr(spec.headline)}">'
            f'<meta property="og:site_name" content="{_attr(spec.site)}">'
        )
    if rng.chance(3):
        parts.append(f'<script type="application/ld+json">{_jsonld(page, rng)}</script>')
    if rng.chance(3):
        parts.append(
            f'<meta property="article:published_time" content="{spec.published.isoformat()}">'
        )
    parts.append("<style>body{font-family:serif}.hidden{display:none}p>a{color:#036}</style>")
    parts.append('<script>window.dataLayer=[];var tpl="<p>Not page text</p>";</script>')
    return "<head>\n" + "\n".join(parts) + "\n</head>"


def _part_html(part: Part, page: Page, rng: _Rng) -> str:
    """Markup for one part: every line of the part becomes exactly one visible block."""
    role, lines = part.role, part.lines
    close = not rng.chance(4)  # omitted </p> and </li> are valid HTML
    if role == "nav":
        items = "".join(
            f'<li><a href="/{i}">{_esc(line)}</a>{"</li>" if close else ""}'
            for i, line in enumerate(lines)
        )
        return f'<nav class="site-nav" role="navigation"><ul>{items}</ul></nav>'
    if role in ("site", "section"):
        return f'<div class="{role}-label"><a href="/">{_esc(lines[0])}</a></div>'
    if role == "headline":
        tag = "h1" if not rng.chance(5) else rng.pick(("h2", "div"))
        return f'<{tag} class="headline" itemprop="headline">{_esc(lines[0])}</{tag}>'
    if role == "byline":
        return _p(lines[0], rng, tag="div", cls="byline author")
    if role in ("date", "updated"):
        if rng.chance(2) and role == "date":
            iso = page.spec.published.isoformat()
            return (
                f'<div class="dateline-meta"><time datetime="{iso}">{_esc(lines[0])}</time></div>'
            )
        return _p(lines[0], rng, tag="div", cls="date")
    if role == "meta":
        return _p(lines[0], rng, tag="div", cls="article-meta")
    if role in ("widget", "ad"):
        items = "".join(
            f'<li><button class="share-btn">{_esc(line)}</button></li>' for line in lines
        )
        return f'<div class="share-bar {role}"><ul>{items}</ul></div>'
    if role == "caption":
        return (
            f'<figure><img src="/img/1.jpg" alt="{_attr(lines[0])}">'
            f"<figcaption>{_esc(lines[0])}</figcaption>"
            f'<div class="credit">{_esc(lines[1])}</div></figure>'
        )
    if role == "body":
        return _p(lines[0], rng, close=close)
    if role == "subheading":
        return f"<h2>{_esc(lines[0])}</h2>"
    if role == "question":
        # An interview's question in bold: its line head apart, or the whole line.
        head, sep, rest = lines[0].partition(": ")
        if sep and len(head.split()) <= 3 and rng.chance(2):
            return f"<p><strong>{_esc(head)}:</strong> {_esc(rest)}</p>"
        return f"<p><strong>{_esc(lines[0])}</strong></p>"
    if role == "stamp":
        # A live blog's entry stamp, a paragraph of the story (AP prints "<p>10 p.m.</p>").
        return rng.pick(("<p>{}</p>", "<p><strong>{}</strong></p>")).format(_esc(lines[0]))
    if role == "note":
        # An editor's note or a correction in the body: italic, or a paragraph of its class.
        if rng.chance(2):
            return f"<p><em>{_esc(lines[0])}</em></p>"
        cls = rng.pick(("correction", "editor-note", "article-note"))
        return f'<p class="{cls}">{_esc(lines[0])}</p>'
    if role == "paywall":
        # A paywall box: its notice as a heading, the offer (it names a price), the buttons.
        items = "".join(
            f"<p>{_esc(line)}</p>"
            if any(c.isdigit() for c in line)
            else f'<p><a class="button" href="/subscribe">{_esc(line)}</a></p>'
            for line in lines[1:]
        )
        return f'<div class="paywall"><h3>{_esc(lines[0])}</h3>{items}</div>'
    if role == "slide":
        # A gallery slide: the counter, the photo, its caption (the longest line) and credit,
        # in the order the text shows them; the photo opens the figure or follows a counter
        # that opens it.
        caption = max(lines, key=len)
        counter = next(line for line in lines if line != caption and any(map(str.isdigit, line)))
        img = f'<img src="/img/{zlib.crc32(caption.encode())}.jpg" alt="">'
        shown = [
            f'<div class="counter">{_esc(line)}</div>'
            if line == counter
            else f"<figcaption>{_esc(line)}</figcaption>"
            if line == caption
            else f'<div class="credit">{_esc(line)}</div>'
            for line in lines
        ]
        shown.insert(1 if lines[0] == counter else 0, img)
        return f'<figure class="gallery-slide">{"".join(shown)}</figure>'
    if role == "player":
        # A video or audio player between the lead and the transcript: its buttons and
        # its clock.
        items = "".join(
            f'<div class="time">{_esc(line)}</div>'
            if any(map(str.isdigit, line))
            else f'<div><button class="player-btn">{_esc(line)}</button></div>'
            for line in lines
        )
        return f'<div class="media-player"><video src="/v.mp4"></video>{items}</div>'
    if role == "key-points":
        items = "".join(f"<li>{_esc(line)}</li>" for line in lines[1:])
        return f'<div class="key-points"><h2>{_esc(lines[0])}</h2><ul>{items}</ul></div>'
    if role == "tags":
        return _p(lines[0], rng, tag="div", cls="tags")
    if role == "tag-list":
        items = "".join(
            f'<li><a rel="tag" href="/t/{i}">{_esc(t)}</a></li>' for i, t in enumerate(lines[1:])
        )
        return f'<div class="tags"><h4>{_esc(lines[0])}</h4><ul>{items}</ul></div>'
    if role == "comments":
        body = "".join(_p(line, rng) for line in lines[1:])
        return f'<section id="comments"><h3>{_esc(lines[0])}</h3>{body}</section>'
    if role == "sidebar":
        items = "".join(
            f'<li><a href="/story/{i}">{_esc(line)}</a></li>' for i, line in enumerate(lines[1:])
        )
        return f'<aside class="sidebar related"><h2>{_esc(lines[0])}</h2><ul>{items}</ul></aside>'
    if role == "newsletter":
        body = "".join(f"<p>{_esc(line)}</p>" for line in lines)
        return f'<div class="newsletter-box">{body}</div>'
    if role == "footer":
        items = "".join(f"<p>{_esc(line)}</p>" for line in lines)
        return f"<footer>{items}</footer>"
    if role == "hidden":
        items = "".join(f"<p>{_esc(line)}</p>" for line in lines)
        return f'<div class="hidden" style="display:none">{items}</div>'
    msg = f"no markup for role {role!r}"
    raise AssertionError(msg)


def _part_rng(page: Page, part: Part) -> _Rng:
    """The chooser of one part: seeded by the page variant and the part's own content, so
    that inserting a block elsewhere does not change how this part is marked up."""
    key = "\x1f".join((part.role, *part.lines)).encode("utf-8")
    return _Rng(page.html_variant ^ zlib.crc32(key))


HEAD_FRAMES = ("aside", "footer", "nav", "footer-article")
"""The frames :func:`render_html` can print the article's head or the article in (``frame=``):

* ``"aside"``: the meta lines under the headline (byline, date, share buttons) in an
  article-meta ``<aside>``;
* ``"footer"``: the headline and those lines in a ``<footer class="entry-header">``;
* ``"nav"``: the headline and those lines in a ``<header>`` inside a ``<nav>``;
* ``"footer-article"``: the whole article in a ``<footer>`` instead of its ``<article>``.
"""

_AFTER_TEXT_ROLES = frozenset(("paywall", "slide"))
"""Roles of the boxes a page prints in its text container or after it."""

_META_ROLES = frozenset(("byline", "date", "updated", "meta", "widget"))
"""Roles of the meta lines a frame of :data:`HEAD_FRAMES` holds under the headline."""

_FRAME_MARKUP = {
    "aside": ('<aside class="article-meta">', "</aside>"),
    "footer": ('<footer class="entry-header">', "</footer>"),
    "nav": ('<nav class="post-header"><header>', "</header></nav>"),
}


def _head_span(page: Page, frame: str) -> tuple[int, int]:
    """The parts ``[start, end)`` that ``frame`` wraps (an empty span when it wraps none)."""
    roles = [part.role for part in page.parts]
    if frame not in _FRAME_MARKUP or "headline" not in roles:
        return 0, 0
    head = roles.index("headline")
    end = head + 1
    while end < len(roles) and roles[end] in _META_ROLES:
        end += 1
    start = head + 1 if frame == "aside" else head
    return (start, end) if end > start else (0, 0)


def render_html(page: Page, *, frame: str = "") -> str:
    """Render a page as HTML whose ``innerText`` shows the lines :func:`render_text` writes.

    ``frame`` (one of :data:`HEAD_FRAMES`) prints the article's head, or the article, in a
    frame element; the page's text and the rest of its markup stay the same.
    """
    rng = _Rng(page.html_variant)
    spec = page.spec
    out: list[str] = []
    if not rng.chance(6):
        out.append("<!DOCTYPE html>")
    out.append(f'<html lang="{spec.lang}">' if not rng.chance(4) else "<html>")
    out.append(_head(page, rng))
    out.append(f'<body class="{rng.pick(_CLASS_NAMES)}">')
    if rng.chance(3):
        out.append("<noscript>Please enable JavaScript to use this site.</noscript>")
    wrappers = [rng.pick(_CLASS_NAMES) for _ in range(rng.next() % 4)]
    out.extend(f'<div class="{cls}">' for cls in wrappers)
    article_open = rng.pick(("<article>", '<div class="article">'))
    article_close = "</article>" if article_open == "<article>" else "</div>"
    if frame == "footer-article":
        article_open, article_close = '<footer class="post">', "</footer>"
    frame_start, frame_end = _head_span(page, frame)
    body_open = f'<div class="{rng.pick(("article-body", "entry-content", "text"))}">'
    stray_end = rng.chance(6)
    in_article = False
    first, last = page.body_span()
    if page.html_variant & 1:
        # A paywall box or a gallery printed after the text container rather than in it
        # (read off the variant, so the markup drawn for other pages stays the same).
        while last > first and page.parts[last].role in _AFTER_TEXT_ROLES:
            last -= 1
    for i, part in enumerate(page.parts):
        local = _part_rng(page, part)
        if part.role == "headline" and not in_article:
            out.append(article_open)
            in_article = True
        if i == first:
            out.append(body_open)
        if i == frame_start < frame_end:
            out.append(_FRAME_MARKUP[frame][0])
        if local.chance(8):
            out.append(f"<!-- {local.pick(('ad slot', 'tracking', 'end header'))} -->")
        if local.chance(10):
            out.append('<script>if (window.ads) { ads.push("<div>slot</div>"); }</script>')
        out.append(_part_html(part, page, local))
        if i == frame_end - 1 and frame_start < frame_end:
            out.append(_FRAME_MARKUP[frame][1])
        if i == last:
            out.append("</div>")
            if stray_end:
                out.append("</span>")  # a stray end tag
    if in_article:
        out.append(article_close)
    if not rng.chance(5):  # sometimes the wrappers are never closed
        out.extend("</div>" for _ in wrappers)
    out.append("</body></html>" if not rng.chance(6) else "")
    sep = rng.pick(("\n", "\n", "", "\n  "))
    return sep.join(out)


def html_pages(spec: ArticleSpec) -> st.SearchStrategy[str]:
    """HTML pages of ``spec`` in random layouts and markup."""
    return pages(spec).map(render_html)


# --------------------------------------------------------------------------------------
# Formatted page source rendering (a pretty-printed page read as text, its tags gone)
# --------------------------------------------------------------------------------------


def render_source(page: Page) -> str:
    """Render a page as its pretty-printed source shows it once its tags are gone.

    Every line sits at one deep indent; a formatter wraps a line over its width (which
    counts the indent, 100 to 120 columns) at word boundaries, the further lines hanging
    4 columns deeper. Parts stay apart as :func:`render_text` sets them.
    """
    rng = _Rng(page.html_variant ^ 0x3C3C3C)
    width = (100, 110, 120)[rng.next() % 3]
    indent = " " * (16, 24, 32)[rng.next() % 3]
    out: list[str] = []
    for line in render_text(page).split("\n"):
        if not line:
            out.append("")
            continue
        out.extend(
            textwrap.wrap(
                line,
                width,
                initial_indent=indent,
                subsequent_indent=indent + "    ",
                break_long_words=False,
                break_on_hyphens=False,
            )
        )
    return "\n".join(out) + "\n"
