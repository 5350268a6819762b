"""Tests for newsparse.document.metadata: declared metadata as MetaItem candidates."""

from __future__ import annotations

import json

import pytest

from newsparse.document.from_html import parse_tree, read_html
from newsparse.document.metadata import load_jsonld, read_metadata


def meta(head: str, body: str = "") -> list[tuple[str, str, str]]:
    page = f"<html><head>{head}</head><body>{body}</body></html>"
    root = parse_tree(page)
    assert root is not None
    found = [(m.key, m.value, m.source) for m in read_metadata(root)]
    # read_html collects the same candidates during its block walk.
    assert [(m.key, m.value, m.source) for m in read_html(page).meta] == found
    return found


def jsonld(obj: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def jsonld_raw(text: str) -> str:
    return f'<script type="application/ld+json">{text}</script>'


# --- JSON-LD ----------------------------------------------------------------------------

ARTICLE = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": "Rates rise again",
    "datePublished": "2024-05-03T08:00:00+02:00",
    "dateModified": "2024-05-03T09:30:00+02:00",
    "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "Li Wei"}],
    "publisher": {"@type": "Organization", "name": "Daily Example"},
    "keywords": "economy, rates ,banks",
    "articleSection": "Business",
    "inLanguage": "en-GB",
    "mainEntityOfPage": {"@type": "WebPage", "@id": "https://example.org/rates"},
}

JSONLD_CASES = [
    (
        "news-article",
        jsonld(ARTICLE),
        [
            ("type", "NewsArticle", "jsonld:@type"),
            ("headline", "Rates rise again", "jsonld:headline"),
            ("published", "2024-05-03T08:00:00+02:00", "jsonld:datePublished"),
            ("updated", "2024-05-03T09:30:00+02:00", "jsonld:dateModified"),
            ("section", "Business", "jsonld:articleSection"),
            ("tag", "economy", "jsonld:keywords"),
            ("tag", "rates", "jsonld:keywords"),
            ("tag", "banks", "jsonld:keywords"),
            ("lang", "en-GB", "jsonld:inLanguage"),
            ("author", "Jane Doe", "jsonld:author"),
            ("author", "Li Wei", "jsonld:author"),
            ("site", "Daily Example", "jsonld:publisher.name"),
            ("url", "https://example.org/rates", "jsonld:mainEntityOfPage"),
        ],
    ),
    (
        "graph-with-id-references",
        jsonld(
            {
                "@context": "https://schema.org",
                "@graph": [
                    {"@type": "WebSite", "@id": "#site", "name": "Example Blog"},
                    {
                        "@type": "BlogPosting",
                        "headline": "Hello",
                        "author": {"@id": "#jane"},
                        "publisher": {"@id": "#org"},
                    },
                    {"@type": "Person", "@id": "#jane", "name": "Jane Doe"},
                    {"@type": "Organization", "@id": "#org", "name": "Example Ltd"},
                ],
            }
        ),
        [
            ("site", "Example Blog", "jsonld:website:name"),
            ("type", "BlogPosting", "jsonld:@type"),
            ("headline", "Hello", "jsonld:headline"),
            ("author", "Jane Doe", "jsonld:author"),
            ("site", "Example Ltd", "jsonld:publisher.name"),
        ],
    ),
    (
        "top-level-list-and-type-list",
        jsonld(
            [
                {"@type": "BreadcrumbList"},
                {"@type": ["ReportageNewsArticle", "Thing"], "headline": "H"},
            ]
        ),
        [("type", "ReportageNewsArticle", "jsonld:@type"), ("headline", "H", "jsonld:headline")],
    ),
    (
        "author-organization",
        jsonld({"@type": "Article", "author": {"@type": "NewsMediaOrganization", "name": "AP"}}),
        [("type", "Article", "jsonld:@type"), ("author", "AP", "jsonld:author:organization")],
    ),
    (
        "author-strings",
        jsonld({"@type": "Article", "author": ["Ann", "Bob"], "creator": "Cy"}),
        [
            ("type", "Article", "jsonld:@type"),
            ("author", "Ann", "jsonld:author"),
            ("author", "Bob", "jsonld:author"),
            ("author", "Cy", "jsonld:creator"),
        ],
    ),
    (
        "keywords-list-and-sections-list",
        jsonld({"@type": "Article", "keywords": ["a", "b, c"], "articleSection": ["S1", "S2"]}),
        [
            ("type", "Article", "jsonld:@type"),
            ("section", "S1", "jsonld:articleSection"),
            ("section", "S2", "jsonld:articleSection"),
            ("tag", "a", "jsonld:keywords"),
            ("tag", "b", "jsonld:keywords"),
            ("tag", "c", "jsonld:keywords"),
        ],
    ),
    (
        "name-when-no-headline",
        jsonld({"@type": "NewsArticle", "name": "From name"}),
        [("type", "NewsArticle", "jsonld:@type"), ("headline", "From name", "jsonld:name")],
    ),
    (
        "prefixed-type",
        jsonld({"@type": "http://schema.org/NewsArticle", "headline": "H"}),
        [("type", "NewsArticle", "jsonld:@type"), ("headline", "H", "jsonld:headline")],
    ),
    (
        "entities-unescaped",
        jsonld({"@type": "Article", "headline": "Tom &amp; Jerry&#8217;s"}),
        [("type", "Article", "jsonld:@type"), ("headline", "Tom & Jerry’s", "jsonld:headline")],
    ),
    (
        "webpage-is-weaker",
        jsonld({"@type": "WebPage", "name": "Page", "datePublished": "2020-01-01"}),
        [
            ("headline", "Page", "jsonld:webpage:name"),
            ("published", "2020-01-01", "jsonld:webpage:datePublished"),
        ],
    ),
    (
        "main-entity-followed",
        jsonld({"@type": "WebPage", "mainEntity": {"@type": "NewsArticle", "headline": "Inner"}}),
        [("type", "NewsArticle", "jsonld:@type"), ("headline", "Inner", "jsonld:headline")],
    ),
    (
        "other-articles-in-lists-ignored",
        jsonld(
            {
                "@type": "ItemList",
                "itemListElement": [{"@type": "NewsArticle", "headline": "Other"}],
            }
        ),
        [],
    ),
    ("not-jsonld-script", '<script type="text/javascript">{"@type": "Article"}</script>', []),
    (
        "language-object",
        jsonld(
            {
                "@type": "Article",
                "inLanguage": {"@type": "Language", "name": "German", "alternateName": "de"},
            }
        ),
        [("type", "Article", "jsonld:@type"), ("lang", "de", "jsonld:inLanguage")],
    ),
    (
        "non-string-values-skipped",
        jsonld({"@type": "Article", "headline": None, "author": 7, "keywords": True}),
        [("type", "Article", "jsonld:@type")],
    ),
]


@pytest.mark.parametrize(
    ("head", "expected"), [c[1:] for c in JSONLD_CASES], ids=[c[0] for c in JSONLD_CASES]
)
def test_jsonld(head: str, expected: list[tuple[str, str, str]]) -> None:
    assert meta(head) == expected


MALFORMED_CASES = [
    ("trailing-commas", '{"@type": "Article", "headline": "H",}', 1),
    ("trailing-comma-in-list", '{"@type": "Article", "keywords": ["a", "b",], "headline": "H"}', 1),
    ("control-chars-in-string", '{"@type": "Article", "headline": "line\none\ttab"}', 1),
    ("html-comment-wrapper", '<!-- {"@type": "Article", "headline": "H"} -->', 1),
    ("cdata-wrapper", '//<![CDATA[\n{"@type": "Article", "headline": "H"}\n//]]>', 1),
    ("concatenated-objects", '{"@type": "Article"}\n{"@type": "WebSite"}', 2),
    ("concatenated-with-semicolon", '{"@type": "Article"};{"@type": "WebSite"};', 2),
    ("bad-escape", '{"@type": "Article", "headline": "It\\\'s"}', 1),
    ("truncated", '{"@type": "Article", "headline": "H"', 0),
    ("garbage", "not json at all", 0),
    ("empty", "", 0),
    ("deeply-nested", "[" * 100_000 + "]" * 100_000, 0),
]


@pytest.mark.parametrize(
    ("script", "count"), [c[1:] for c in MALFORMED_CASES], ids=[c[0] for c in MALFORMED_CASES]
)
def test_load_jsonld_tolerates_breakage(script: str, count: int) -> None:
    assert len(load_jsonld(script)) == count


@pytest.mark.parametrize(
    "script",
    [
        '{"@type": "NewsArticle", "headline": "Repaired",}',
        '<!--\n{"@type": "NewsArticle", "headline": "Repaired"}\n-->',
        '{"@type": "NewsArticle", "headline": "Repaired"} {"@type": "Person"}',
    ],
    ids=["trailing-comma", "comment", "concatenated"],
)
def test_malformed_jsonld_still_yields_headline(script: str) -> None:
    assert ("headline", "Repaired", "jsonld:headline") in meta(jsonld_raw(script))


# --- <meta> -----------------------------------------------------------------------------

META_CASES = [
    (
        "og-title",
        '<meta property="og:title" content="OG Title">',
        ("headline", "OG Title", "meta:og:title"),
    ),
    ("og-type", '<meta property="og:type" content="article">', ("type", "article", "meta:og:type")),
    (
        "og-site-name",
        '<meta property="og:site_name" content="The Site">',
        ("site", "The Site", "meta:og:site_name"),
    ),
    (
        "og-url",
        '<meta property="og:url" content="https://e.org/a">',
        ("url", "https://e.org/a", "meta:og:url"),
    ),
    (
        "og-locale",
        '<meta property="og:locale" content="fr_FR">',
        ("lang", "fr_FR", "meta:og:locale"),
    ),
    (
        "article-published",
        '<meta property="article:published_time" content="2024-01-02">',
        ("published", "2024-01-02", "meta:article:published_time"),
    ),
    (
        "article-modified",
        '<meta property="article:modified_time" content="2024-01-03">',
        ("updated", "2024-01-03", "meta:article:modified_time"),
    ),
    (
        "article-author",
        '<meta property="article:author" content="Jane Doe">',
        ("author", "Jane Doe", "meta:article:author"),
    ),
    (
        "article-section",
        '<meta property="article:section" content="Sport">',
        ("section", "Sport", "meta:article:section"),
    ),
    (
        "twitter-title",
        '<meta name="twitter:title" content="TW">',
        ("headline", "TW", "meta:twitter:title"),
    ),
    ("dc-title-case", '<meta name="DC.Title" content="DC">', ("headline", "DC", "meta:dc.title")),
    (
        "dc-date",
        '<meta name="dc.date" content="2020-02-02">',
        ("published", "2020-02-02", "meta:dc.date"),
    ),
    ("dc-creator", '<meta name="dc.creator" content="Ann">', ("author", "Ann", "meta:dc.creator")),
    (
        "author",
        '<meta name="author" content=" Jane   Doe ">',
        ("author", "Jane Doe", "meta:author"),
    ),
    (
        "pubdate",
        '<meta name="pubdate" content="20240102">',
        ("published", "20240102", "meta:pubdate"),
    ),
    (
        "publish-date",
        '<meta name="publish-date" content="2024-01-02">',
        ("published", "2024-01-02", "meta:publish-date"),
    ),
    (
        "parsely-pub-date",
        '<meta name="parsely-pub-date" content="2024-01-02">',
        ("published", "2024-01-02", "meta:parsely-pub-date"),
    ),
    (
        "sailthru-author",
        '<meta name="sailthru.author" content="Bo">',
        ("author", "Bo", "meta:sailthru.author"),
    ),
    (
        "description",
        '<meta name="description" content="About.">',
        ("description", "About.", "meta:description"),
    ),
    (
        "content-language",
        '<meta http-equiv="content-language" content="de">',
        ("lang", "de", "meta:content-language"),
    ),
    (
        "itemprop-meta",
        '<meta itemprop="datePublished" content="2024-01-02">',
        ("published", "2024-01-02", "itemprop:datePublished"),
    ),
]


@pytest.mark.parametrize(
    ("head", "item"), [c[1:] for c in META_CASES], ids=[c[0] for c in META_CASES]
)
def test_meta(head: str, item: tuple[str, str, str]) -> None:
    assert meta(head) == [item]


KEYWORD_CASES = [
    ("keywords", '<meta name="keywords" content="a, b ,c">', ["a", "b", "c"]),
    ("news-keywords", '<meta name="news_keywords" content="x;y">', ["x", "y"]),
    (
        "article-tags",
        '<meta property="article:tag" content="one"><meta property="article:tag" content="two">',
        ["one", "two"],
    ),
    ("empty-items-dropped", '<meta name="keywords" content=", a,, ,">', ["a"]),
]


@pytest.mark.parametrize(
    ("head", "tags"), [c[1:] for c in KEYWORD_CASES], ids=[c[0] for c in KEYWORD_CASES]
)
def test_keywords_split(head: str, tags: list[str]) -> None:
    assert [value for key, value, _ in meta(head) if key == "tag"] == tags


NO_META_CASES = [
    ("unknown-name", '<meta name="viewport" content="width=device-width">'),
    ("no-content", '<meta property="og:title">'),
    ("empty-content", '<meta property="og:title" content="  ">'),
    ("charset-only", '<meta charset="utf-8">'),
    ("author-url", '<meta property="article:author" content="https://facebook.com/someone">'),
]


@pytest.mark.parametrize("head", [c[1] for c in NO_META_CASES], ids=[c[0] for c in NO_META_CASES])
def test_meta_negatives(head: str) -> None:
    assert meta(head) == []


# --- body markup: microdata, <time>, rel links, title, lang -----------------------------

BODY_CASES = [
    (
        "time-datetime",
        '<time datetime="2024-01-02T10:00">Jan 2</time>',
        [("published", "2024-01-02T10:00", "time:datetime")],
    ),
    ("time-text", "<time>2 January 2024</time>", [("published", "2 January 2024", "time:text")]),
    (
        "time-itemprop",
        '<time itemprop="dateModified" datetime="2024-01-05">x</time>',
        [("updated", "2024-01-05", "itemprop:dateModified")],
    ),
    (
        "itemprop-author-name",
        '<span itemprop="author" itemscope><span itemprop="name">Jane Doe</span></span>',
        [("author", "Jane Doe", "itemprop:author")],
    ),
    (
        "itemprop-author-text",
        '<span itemprop="author">Bob Roe</span>',
        [("author", "Bob Roe", "itemprop:author")],
    ),
    (
        "itemprop-headline",
        '<h1 itemprop="headline">The <b>news</b></h1>',
        [("headline", "The news", "itemprop:headline")],
    ),
    (
        "itemprop-keywords",
        '<span itemprop="keywords">a, b</span>',
        [("tag", "a", "itemprop:keywords"), ("tag", "b", "itemprop:keywords")],
    ),
    (
        "rel-author",
        '<a rel="author" href="/jane">Jane Doe</a>',
        [("author", "Jane Doe", "rel:author")],
    ),
    ("rel-tag", '<a rel="tag" href="/t/x">Politics</a>', [("tag", "Politics", "rel:tag")]),
    # WordPress's category links: a section, not a tag.
    (
        "rel-category-tag",
        '<a rel="category tag" href="/c">News</a>',
        [("section", "News", "rel:category")],
    ),
    # hAtom: a WordPress byline's hCard declares the author by its "fn" part, on an
    # inline element, a block element or a link, and whatever the name looks like.
    (
        "hcard-author",
        '<span class="byline"><span class="author vcard">'
        '<a class="url fn n" href="/author/x/">tlow</a></span></span>',
        [("author", "tlow", "hcard:author")],
    ),
    (
        "hcard-block",
        '<div class="vcard author"><p>Jane <b>Doe</b></p></div>',
        [("author", "Jane Doe", "hcard:author")],
    ),
    (
        "hcard-link",
        '<a class="author vcard" href="/j">Jane Doe</a>',
        [("author", "Jane Doe", "hcard:author")],
    ),
    # A commenter's card, and a card that is not the author's, declare no author.
    (
        "hcard-in-comment",
        '<ol class="comment-list"><li><div><span class="author vcard">'
        '<b class="fn">Reader</b></span></div></li></ol>',
        [],
    ),
    ("hcard-not-author", '<span class="vcard"><b class="fn">Someone</b></span>', []),
    ("plain-link-ignored", '<a href="/x">Not meta</a>', []),
    ("svg-title-ignored", "<svg><title>icon</title></svg>", []),
    ("long-text-ignored", '<span itemprop="author">' + "word " * 100 + "</span>", []),
]


@pytest.mark.parametrize(
    ("body", "expected"), [c[1:] for c in BODY_CASES], ids=[c[0] for c in BODY_CASES]
)
def test_body_markup(body: str, expected: list[tuple[str, str, str]]) -> None:
    assert meta("", body) == expected


def test_canonical_title_and_lang_in_document_order() -> None:
    root = parse_tree(
        '<html lang="en"><head><title> Page  title </title>'
        '<link rel="canonical" href="https://e.org/c"></head><body></body></html>'
    )
    assert root is not None
    assert [(m.key, m.value, m.source) for m in read_metadata(root)] == [
        ("lang", "en", "html:lang"),
        ("title", "Page title", "html:title"),
        ("url", "https://e.org/c", "link:canonical"),
    ]


def test_walk_collects_in_hidden_and_skipped_content_in_document_order() -> None:
    items = meta(
        '<meta name="author" content="A">',
        '<div hidden><span itemprop="author">B</span><time datetime="2024-01-01"></time></div>'
        '<noscript><meta property="og:title" content="C"></noscript>'
        '<svg itemprop="headline"><title>D</title></svg>'
        '<p class="x"><a rel="tag" itemprop="keywords" href="/t">E</a><time>1 May</time></p>'
        '<td itemprop="headline">F</td><span itemprop="">G</span><br itemprop="author">'
        '<link rel="canonical" href="https://e.org/c">',
    )
    assert items == [
        ("author", "A", "meta:author"),
        ("author", "B", "itemprop:author"),
        ("published", "2024-01-01", "time:datetime"),
        ("headline", "C", "meta:og:title"),
        ("headline", "D", "itemprop:headline"),
        ("tag", "E", "itemprop:keywords"),
        ("tag", "E", "rel:tag"),
        ("published", "1 May", "time:text"),
        ("headline", "F", "itemprop:headline"),
        ("url", "https://e.org/c", "link:canonical"),
    ]


def test_only_first_title() -> None:
    assert meta("<title>One</title><title>Two</title>") == [("title", "One", "html:title")]


def test_document_order_across_sources() -> None:
    items = meta(
        '<meta property="og:title" content="A">' + jsonld({"@type": "Article", "headline": "B"}),
        '<h1 itemprop="headline">C</h1>',
    )
    assert [value for key, value, _ in items if key == "headline"] == ["A", "B", "C"]


def test_microdata_inside_a_skipped_svg_is_still_read() -> None:
    # The walk skips an SVG's content but hands it to the metadata reader, which tests
    # each descendant's tag and itemprop itself before reading it.
    svg = (
        '<svg><g><path d="M0 0"/><g itemprop="author" content="Jane Roe"></g>'
        '<a rel="author">Ann Lee</a><title>Icon</title></g></svg>'
    )
    assert meta("", svg) == [
        ("author", "Jane Roe", "itemprop:author"),
        ("author", "Ann Lee", "rel:author"),
    ]


_COMMENT = (
    '<div itemscope itemtype="https://schema.org/UserComments">'
    '<span itemprop="creator" itemtype="https://schema.org/Person">'
    '<span itemprop="name">Jane Reader</span></span></div>'
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (_COMMENT, []),
        (_COMMENT.replace("UserComments", "Comment").replace("creator", "author"), []),
        # Negatives: the article's own creator, and a comment's author outside any item.
        (
            '<article itemscope itemtype="https://schema.org/NewsArticle">'
            '<span itemprop="creator"><span itemprop="name">Jane Doe</span></span></article>',
            [("author", "Jane Doe", "itemprop:creator")],
        ),
        (
            '<span itemprop="author">Jane Doe</span>',
            [("author", "Jane Doe", "itemprop:author")],
        ),
    ],
    ids=["user-comments-creator", "comment-author", "article-creator", "no-item"],
)
def test_microdata_author_of_a_comment_is_not_declared(
    body: str, expected: list[tuple[str, str, str]]
) -> None:
    """A comment's microdata names its writer ("UserComments" > "creator"): a reader, not the
    article's author."""
    assert [m for m in meta("", body) if m[0] == "author"] == expected
