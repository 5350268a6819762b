"""Tests for newsparse.document.from_html: HTML to visible blocks."""

from __future__ import annotations

import threading
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.document import Block, BlockKind, DumpKind
from newsparse.document.from_html import parse_tree, read_html
from newsparse.document.metadata import MAX_MARKUP_ELEMENTS


def texts(html: str) -> list[str]:
    return [block.text for block in read_html(html).blocks]


def only(html: str) -> Block:
    blocks = read_html(html).blocks
    assert len(blocks) == 1, [b.text for b in blocks]
    return blocks[0]


# --- block boundaries -------------------------------------------------------------------

BLOCK_CASES = [
    ("paragraphs", "<p>One.</p><p>Two.</p>", ["One.", "Two."]),
    ("inline-markup-joins", "<p>Hel<b>lo</b> <i>wor</i>ld</p>", ["Hello world"]),
    ("whitespace-folded", "<p>  a \n\t b\u00a0\u00a0c  </p>", ["a b c"]),
    (
        "entities-decoded",
        "<p>Tom &amp; Jerry&nbsp;&#8212; &quot;x&quot;</p>",
        ['Tom & Jerry — "x"'],
    ),
    ("single-br-stays", "<p>line one<br>line two</p>", ["line one line two"]),
    (
        "double-br-splits",
        "<div>para one<br><br>para two<br/> <br>para three</div>",
        ["para one", "para two", "para three"],
    ),
    ("div-runs-around-p", "<div>before<p>inside</p>after</div>", ["before", "inside", "after"]),
    ("nested-divs", "<div><div>a</div><div><div>b</div></div></div>", ["a", "b"]),
    ("list-items", "<ul><li>one</li><li>two <a href='/'>link</a></li></ul>", ["one", "two link"]),
    ("table-rows", "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", ["a b", "c"]),
    ("headings", "<h1>Title</h1><h2>Sub</h2><p>Text</p>", ["Title", "Sub", "Text"]),
    ("script-style-skipped", "<p>a<script>var x=1;</script>b</p><style>p{}</style>", ["ab"]),
    ("comment-skipped", "<p>a<!-- hidden note -->b</p>", ["ab"]),
    (
        "head-skipped",
        "<html><head><title>T</title><meta name=x content=y></head><body><p>b</p></body></html>",
        ["b"],
    ),
    ("svg-iframe-skipped", "<p>a<svg><text>icon</text></svg>b</p><iframe>frame</iframe>", ["ab"]),
    (
        "form-controls-skipped",
        "<p>Pick<select><option>one</option></select><textarea>t</textarea></p>",
        ["Pick"],
    ),
    ("empty-elements-no-block", "<div> </div><p>\n</p><span></span><p>x</p>", ["x"]),
    ("unclosed-p", "<p>one<p>two<div>three", ["one", "two", "three"]),
    ("text-outside-body", "loose text<p>para</p>", ["loose text", "para"]),
    (
        "figure-caption",
        "<figure><img src=a.jpg><figcaption>Photo: AP</figcaption></figure>",
        ["Photo: AP"],
    ),
]


@pytest.mark.parametrize(
    ("html", "expected"), [c[1:] for c in BLOCK_CASES], ids=[c[0] for c in BLOCK_CASES]
)
def test_blocks(html: str, expected: list[str]) -> None:
    assert texts(html) == expected


# --- kinds ------------------------------------------------------------------------------

KIND_CASES = [
    ("h1", "<h1>T</h1>", BlockKind.HEADING, 1),
    ("h4", "<h4>T</h4>", BlockKind.HEADING, 4),
    ("heading-inline-child", "<h2><a href='/'>T</a></h2>", BlockKind.HEADING, 2),
    ("li", "<ul><li>T</li></ul>", BlockKind.LIST_ITEM, 0),
    ("p-in-li", "<ol><li><p>T</p></li></ol>", BlockKind.LIST_ITEM, 0),
    ("blockquote", "<blockquote>T</blockquote>", BlockKind.QUOTE, 0),
    ("p-in-blockquote", "<blockquote><p>T</p></blockquote>", BlockKind.QUOTE, 0),
    ("figcaption", "<figure><figcaption>T</figcaption></figure>", BlockKind.CAPTION, 0),
    ("table-caption", "<table><caption>T</caption></table>", BlockKind.CAPTION, 0),
    ("pre", "<pre>T\n  x</pre>", BlockKind.PRE, 0),
    ("td", "<table><tr><td>T</td></tr></table>", BlockKind.TABLE_CELL, 0),
    ("p-in-layout-td", "<table><tr><td><p>T</p></td></tr></table>", BlockKind.TEXT, 0),
    ("plain-p", "<p>T</p>", BlockKind.TEXT, 0),
    ("div", "<div>T</div>", BlockKind.TEXT, 0),
]


@pytest.mark.parametrize(
    ("html", "kind", "level"), [c[1:] for c in KIND_CASES], ids=[c[0] for c in KIND_CASES]
)
def test_kind(html: str, kind: BlockKind, level: int) -> None:
    block = only(html)
    assert block.kind is kind
    assert block.heading_level == level


# --- links, paths, tokens ---------------------------------------------------------------

LINK_CASES = [
    ("no-link", "<p>plain text</p>", 0),
    ("part-link", "<p>Read <a href='/x'>more here</a></p>", 9),
    ("all-link", "<p><a href='/x'>Home</a></p>", 4),
    ("link-with-inline", "<p><a href='/x'><b>Big</b> news</a> today</p>", 8),
    ("link-whitespace-folded", "<p>x <a href='/'>\n  a   b\n</a></p>", 3),
]


@pytest.mark.parametrize(
    ("html", "chars"), [c[1:] for c in LINK_CASES], ids=[c[0] for c in LINK_CASES]
)
def test_link_chars(html: str, chars: int) -> None:
    block = only(html)
    assert block.link_chars == chars
    assert 0.0 <= block.link_density <= 1.0


PATH_CASES = [
    (
        "simple",
        "<html><body><div><article><p>x</p></article></div></body></html>",
        "body/div/article/p",
    ),
    ("inline-owner-is-block", "<body><p><span><b>x</b></span></p></body>", "body/p"),
    ("inline-ancestor-kept", "<body><a href='/'><div>x</div></a></body>", "body/a/div"),
    ("capped", "<body>" + "<div>" * 12 + "x" + "</div>" * 12 + "</body>", "/".join(["div"] * 8)),
]


@pytest.mark.parametrize(
    ("html", "path"), [c[1:] for c in PATH_CASES], ids=[c[0] for c in PATH_CASES]
)
def test_tag_path(html: str, path: str) -> None:
    assert only(html).tag_path == path


TOKEN_CASES = [
    (
        "class-words-and-parts",
        "<p class='Article-Body text__lead'>x</p>",
        {"article-body", "article", "body", "text__lead", "text", "lead"},
        set(),
    ),
    (
        "id-role-itemprop",
        "<div id='main' role='Main'><p itemprop='articleBody'>x</p></div>",
        {"main", "articlebody"},
        set(),
    ),
    ("ancestors", "<aside class='sidebar'><div><p>x</p></div></aside>", {"sidebar"}, set()),
    (
        "inline-ancestor-of-block",
        "<span class='promo-box'><div>x</div></span>",
        {"promo-box", "promo", "box"},
        set(),
    ),
    ("inline-child-not-owner", "<p class='a'>x <span class='b'>y</span></p>", {"a"}, {"b"}),
    ("sibling-not-inherited", "<div class='one'>a</div><div class='two'>x</div>", {"two"}, {"one"}),
    ("no-attributes", "<p>x</p>", set(), {"p"}),
]


@pytest.mark.parametrize(
    ("html", "present", "absent"), [c[1:] for c in TOKEN_CASES], ids=[c[0] for c in TOKEN_CASES]
)
def test_tokens(html: str, present: set[str], absent: set[str]) -> None:
    tokens = read_html(html).blocks[-1].tokens
    assert present <= tokens
    assert not absent & tokens


# --- hidden content ---------------------------------------------------------------------

HIDDEN_CASES = [
    ("hidden-attribute", "<div hidden><p>x</p></div>", True),
    ("aria-hidden", "<div aria-hidden='true'>x</div>", True),
    ("aria-hidden-upper", "<div aria-hidden=' TRUE '>x</div>", True),
    ("display-none", "<div style='color:red; display : none'>x</div>", True),
    ("visibility-hidden", "<p style='visibility:hidden'>x</p>", True),
    ("noscript", "<noscript>Enable JavaScript</noscript>", True),
    ("template", "<template><p>x</p></template>", True),
    ("aria-hidden-false", "<div aria-hidden='false'>x</div>", False),
    ("display-block", "<div style='display:block'>x</div>", False),
    ("visible", "<p>x</p>", False),
]


@pytest.mark.parametrize(
    ("html", "hidden"), [c[1:] for c in HIDDEN_CASES], ids=[c[0] for c in HIDDEN_CASES]
)
def test_hidden(html: str, hidden: bool) -> None:
    assert only(html).hidden is hidden


def test_hidden_inline_text_dropped_from_visible_paragraph() -> None:
    assert texts("<p>vis<span style='display:none'>SECRET</span>ible</p>") == ["visible"]


def test_hidden_blocks_kept_in_order() -> None:
    blocks = read_html("<p>a</p><div hidden><p>b</p></div><p>c</p>").blocks
    assert [(b.text, b.hidden) for b in blocks] == [("a", False), ("b", True), ("c", False)]


# --- containers, lines, indexes ---------------------------------------------------------


def test_container_shared_by_paragraphs_of_one_div() -> None:
    blocks = read_html("<div><p>a</p><p>b</p></div><div><p>c</p></div>").blocks
    assert blocks[0].container == blocks[1].container != blocks[2].container


def test_container_shared_by_list_items() -> None:
    blocks = read_html("<ul><li>a</li><li>b</li></ul><p>c</p>").blocks
    assert blocks[0].container == blocks[1].container != blocks[2].container


LINE_CASES = [
    ("first-line", "<p>a</p>", (0, 0)),
    ("third-line", "<html>\n<body>\n<p>a</p>", (2, 2)),
    ("spans-lines", "<p>\none\ntwo\n</p>", (1, 2)),
    ("after-script", "<script>\n\n\n</script>\n<p>a</p>", (4, 4)),
    ("tail-text", "<div>\n<p>a</p>\n\ntail</div>", (3, 3)),
]


@pytest.mark.parametrize(
    ("html", "lines"), [c[1:] for c in LINE_CASES], ids=[c[0] for c in LINE_CASES]
)
def test_lines(html: str, lines: tuple[int, int]) -> None:
    assert read_html(html).blocks[-1].lines == lines


def test_document_fields() -> None:
    html = "<html lang='de-AT'><body><p>a</p>\n<p>b</p>\n</body></html>\n"
    doc = read_html(html, url="https://example.org/a")
    assert doc.kind is DumpKind.HTML
    assert doc.url == "https://example.org/a"
    assert doc.lang_hint == "de"
    assert doc.line_count == 3
    assert [b.index for b in doc.blocks] == [0, 1]
    assert [b.blank_before for b in doc.blocks] == [0, 1]


@pytest.mark.parametrize(
    ("lang", "hint"),
    [("EN-gb", "en"), ("pt_BR", "pt"), ("", None), ("x", None), ("1234", None)],
    ids=["region", "underscore", "empty", "too-short", "digits"],
)
def test_lang_hint(lang: str, hint: str | None) -> None:
    assert read_html(f"<html lang='{lang}'><p>x</p></html>").lang_hint == hint


def test_metadata_read() -> None:
    doc = read_html("<html><head><title>T</title></head><body><p>x</p></body></html>")
    assert [(m.key, m.value) for m in doc.meta] == [("title", "T")]


def test_markup_candidates_capped_declarations_kept() -> None:
    # A page of thousands of rel links and <time> elements: only the first
    # MAX_MARKUP_ELEMENTS are read; <meta> and JSON-LD after them still are.
    links = "".join(
        f"<p><a rel=tag>t{n}</a> <time datetime='2024-01-{n % 28 + 1:02}'>x</time></p>"
        for n in range(3000)
    )
    jsonld = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "H"}</script>'
    doc = read_html(f"<html><body>{links}{jsonld}<meta name=author content=A></body></html>")
    sources = [m.source for m in doc.meta]
    markup = sources[:MAX_MARKUP_ELEMENTS]
    assert markup.count("rel:tag") == markup.count("time:datetime") == MAX_MARKUP_ELEMENTS // 2
    declared = sources[MAX_MARKUP_ELEMENTS:]
    assert "jsonld:headline" in declared
    assert declared[-1] == "meta:author"
    assert "rel:tag" not in declared
    assert "time:datetime" not in declared
    assert len(doc.blocks) == 3000


# --- robustness -------------------------------------------------------------------------

ROBUST_CASES = [
    ("empty", "", []),
    ("whitespace", " \n\t ", []),
    ("only-comment", "<!-- nothing -->", []),
    ("nul-bytes", "<p>a\x00b</p>\x00", ["ab"]),
    ("lone-surrogate", "<p>a\ud800b</p>", ["a\ufffdb"]),
    ("control-chars", "<p>a\x01b\x0bc</p>", ["a\x01b c"]),
    (
        "xml-declaration-in-str",
        '<?xml version="1.0" encoding="iso-8859-1"?><html><body><p>é</p></body></html>',
        ["é"],
    ),
    ("meta-charset-ignored-for-str", '<meta charset="shift_jis"><p>héllo 日本</p>', ["héllo 日本"]),
    ("broken-markup", "<div><p>a</i></b><table><td>b</div></p>c<<>>", ["a", "bc<<>>"]),
    ("stray-close-tags", "</div></p>x</span>", ["x"]),
    ("conditional-comment", "<![if !supportLists]>a<![endif]><p>b</p>", ["a", "b"]),
]


@pytest.mark.parametrize(
    ("html", "expected"), [c[1:] for c in ROBUST_CASES], ids=[c[0] for c in ROBUST_CASES]
)
def test_robust(html: str, expected: list[str]) -> None:
    assert texts(html) == expected


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol9 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
]>
<html><body><p>&lol9;</p></body></html>"""

EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE p [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<html><body><p>a&xxe;b</p></body></html>"""


@pytest.mark.parametrize("html", [BILLION_LAUGHS, EXTERNAL_ENTITY], ids=["billion-laughs", "xxe"])
def test_entities_never_expanded(html: str) -> None:
    joined = " ".join(texts(html))
    assert "lollol" not in joined
    assert "root:" not in joined
    assert len(joined) < 200


def test_deep_nesting_100k_divs() -> None:
    depth = 100_000
    html = "<p>before</p>" + "<div>" * depth + "deep" + "</div>" * depth + "<p>after</p>"
    start = time.process_time()
    result = texts(html)
    elapsed = time.process_time() - start
    assert elapsed < 2.0
    assert result == ["before", "deep", "after"]


def test_deep_nesting_beyond_libxml2_limit_keeps_following_content() -> None:
    html = "<p>before</p>" + "<span>" * 300 + "deep" + "</span>" * 300 + "<p>after</p>"
    assert texts(html) == ["before", "deep", "after"]


def test_deep_unclosed_nesting() -> None:
    html = "<p>before</p>" + "<div><b>" * 20_000 + "deep"
    assert texts(html) == ["before", "deep"]


def test_reused_parser_starts_each_page_afresh() -> None:
    # Parsers are reused per thread: a page past libxml2's limits must not leave its
    # errors (or its tree) to the next page, in this thread or another.
    deep = "<p>before</p>" + "<span>" * 300 + "deep" + "</span>" * 300 + "<p>after</p>"
    plain = "<p>one</p><p>two</p>"
    assert texts(deep) == ["before", "deep", "after"]
    assert texts(plain) == ["one", "two"]
    results: list[list[str]] = []
    worker = threading.Thread(target=lambda: results.extend([texts(plain), texts(deep)]))
    worker.start()
    worker.join()
    assert results == [["one", "two"], ["before", "deep", "after"]]
    assert texts(plain) == ["one", "two"]


def test_parse_tree_empty_is_none() -> None:
    assert parse_tree("   ") is None


def test_large_page_is_read() -> None:
    html = "<body>" + "<p>paragraph text here</p>\n" * 20_000 + "</body>"
    blocks = read_html(html).blocks
    assert len(blocks) == 20_000
    assert blocks[-1].lines[0] > 19_000


# --- properties -------------------------------------------------------------------------

MARKUP = st.sampled_from(
    ["<p>", "</p>", "<div class='x-y'>", "</div>", "<br>", "<a href='/'>", "</a>", "<li>",
     "<td>", "<tr>", "<h2>", "<span hidden>", "</span>", "<script>", "</script>", "<!--",
     "-->", "&amp;", "&#0;", "<", ">", "\n", " ", "\u00a0"]
)  # fmt: skip
HTMLISH = st.lists(st.one_of(MARKUP, st.text(max_size=8)), max_size=40).map("".join)


@settings(deadline=None, max_examples=200)
@given(HTMLISH)
def test_read_html_is_total_and_blocks_are_normalised(html: str) -> None:
    doc = read_html(html)
    for index, block in enumerate(doc.blocks):
        assert block.index == index
        assert block.text
        assert block.text == " ".join(block.text.split())
        assert 0 <= block.link_chars <= len(block.text)
        assert 0 <= block.lines[0] <= block.lines[1] < max(doc.line_count, 1)


def test_links_with_attributes_open_like_bare_links() -> None:
    # The walk opens links itself: class tokens, hiding and link characters as before.
    doc = read_html(
        "<p class='story'>Read <a href='/x' class='more-link'>more here</a> now"
        "<a href='/y' style='display:none' class='ad'>hidden</a>"
        " and <a href='/z' rel='author' class='byline'>Jane Roe</a></p>"
    )
    [block] = doc.blocks
    assert block.text == "Read more here now and Jane Roe"
    assert block.link_chars == len("more here") + len("Jane Roe")
    assert {"story"} <= block.tokens
    assert not {"more", "link", "ad", "byline"} & block.tokens
    assert ("author", "Jane Roe", "rel:author") in [(m.key, m.value, m.source) for m in doc.meta]
