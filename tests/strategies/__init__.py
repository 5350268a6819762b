"""Hypothesis strategies: random news articles and the pages a site would render them into.

The generated world is built to be *plausible*, so that a failing property points at the
parser and not at an impossible page:

* :func:`articles` draws an :class:`ArticleSpec`: a language (en, de, fr, es), a headline,
  a publication date written in one of that language's usual formats, authors and their
  byline form, tags, 1–30 body paragraphs of real-looking sentences (each of 8 or more
  words and ending in punctuation, some holding a quotation such as
  ``“...,” Jane Doe said.``), optional sub-headings and an optional dateline.
* :func:`pages` lays a spec out as a :class:`Page`: an ordered tuple of :class:`Part`
  values (navigation, headline, byline, date, share widgets, captions, body paragraphs,
  tags, comments, sidebars, newsletter box, footer), in the orders real sites use: the
  headline comes before the body with the byline and date near it, sidebars and comments
  come after a heading from the lexicon.
* :func:`render_text` writes a page the way a browser's ``innerText`` or a copy-paste
  would (one line per block, blank lines between blocks); :func:`render_html` writes the
  same page as HTML with random wrappers, attributes, inline markup, scripts, styles,
  hidden elements, metadata and recoverable broken markup. Both renderings of one page
  show the same visible lines, which is what the agreement property relies on.
* :func:`boilerplate_blocks` draws one insertable block (share bar, "Most read" list,
  newsletter box, comments block, sidebar); :func:`whitespace_noise` draws a
  :class:`Noise` (line endings, NBSP, indentation) that must not change the parse.

No text here is copied from real pages: word lists and templates are written for the tests.

The package's modules, each importable on its own (``from tests.strategies import ...`` gives
every public name):

* ``words``: the word lists, cue lines and templates, per language.
* ``spec``: :class:`ArticleSpec` and the strategies drawing it (:func:`articles`, sentences,
  paragraphs, names, headlines, dates).
* ``layout``: :class:`Part` and :class:`Page`, :func:`pages`, :func:`boilerplate_blocks`,
  :func:`insert_part` and the hand-built :func:`make_page` and :func:`pinned_page`.
* ``text``: :func:`render_text` and :class:`Noise` (:func:`whitespace_noise`).
* ``html``: :func:`render_html` and :func:`render_source` (a pretty-printed source read as text).
* ``dumps``: other tools' text dumps: :func:`render_lynx` (``lynx -dump``) and
  :func:`render_markdown` (``html2text``).
* ``families``: page families the corpus lacks (:func:`family_pages`: interviews,
  listicles, live blogs, key-points boxes, a menu under the article, mobile pages, editor's
  notes, paywalled articles, photo galleries, video or podcast pages, Japanese, Chinese,
  Arabic and Russian pages).
* ``cjk``, ``rtl`` and ``cyrillic``: the Japanese and Chinese pages (:func:`cjk_pages`), the
  Arabic ones (:func:`rtl_pages`) and the Russian ones (:func:`cyrillic_pages`);
  :func:`~tests.strategies.layout.script_page` builds one by hand.
"""

from __future__ import annotations

from tests.strategies.cjk import cjk_pages
from tests.strategies.cyrillic import cyrillic_pages
from tests.strategies.dumps import lynx_dumps, markdown_dumps, render_lynx, render_markdown
from tests.strategies.families import FAMILIES, family_pages
from tests.strategies.html import HEAD_FRAMES, html_pages, render_html, render_source
from tests.strategies.layout import (
    BLOCK_KINDS,
    Page,
    Part,
    boilerplate_blocks,
    insert_part,
    make_page,
    pages,
    pair_with,
    pinned_page,
    script_page,
)
from tests.strategies.rtl import rtl_pages
from tests.strategies.spec import ArticleSpec, articles
from tests.strategies.text import Noise, render_text, text_dumps, whitespace_noise
from tests.strategies.words import (
    AD_LINES,
    COMMENT_HEADINGS,
    COMMENT_POLICY,
    CREDITS,
    FOOTERS,
    LANGS,
    NAV_LINES,
    NEWSLETTER,
    NEWSLETTER_PITCHES,
    SECTION_LABELS,
    SIDEBAR_HEADINGS,
    TAG_LABELS,
    WIDGET_LINES,
)

__all__ = [
    "AD_LINES",
    "BLOCK_KINDS",
    "COMMENT_HEADINGS",
    "COMMENT_POLICY",
    "CREDITS",
    "FAMILIES",
    "FOOTERS",
    "HEAD_FRAMES",
    "LANGS",
    "NAV_LINES",
    "NEWSLETTER",
    "NEWSLETTER_PITCHES",
    "SECTION_LABELS",
    "SIDEBAR_HEADINGS",
    "TAG_LABELS",
    "WIDGET_LINES",
    "ArticleSpec",
    "Noise",
    "Page",
    "Part",
    "articles",
    "boilerplate_blocks",
    "cjk_pages",
    "cyrillic_pages",
    "family_pages",
    "html_pages",
    "insert_part",
    "lynx_dumps",
    "make_page",
    "markdown_dumps",
    "pages",
    "pair_with",
    "pinned_page",
    "render_html",
    "render_lynx",
    "render_markdown",
    "render_source",
    "render_text",
    "rtl_pages",
    "script_page",
    "text_dumps",
    "whitespace_noise",
]
