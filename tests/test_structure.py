"""Structural evidence of HTML pages: asides left out of the body, the article container kept."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse.document import BlockKind, html_block
from newsparse.extract.structure import _link_lists, _page_tokens, structure_tokens
from newsparse.model import Label

_PARAGRAPHS = (
    "The council voted on Tuesday to rebuild the old bridge over the river, ending a debate "
    "that had divided the town for more than a decade.",
    "Engineers said the new span would carry twice the traffic of the current one and "
    "would be designed to withstand the floods that closed the crossing last spring.",
    "Work is expected to begin next year, and the mayor said residents would be consulted "
    "on the design before any contracts are signed with the builders.",
    "Opponents of the plan argued that the money should have gone to schools instead, but "
    "their motion failed by a wide margin after a long evening of speeches.",
)
"""Article paragraphs: long, punctuated sentences, so that text features call them prose."""

_ASIDE = (
    "Readers who enjoyed this story also spent their evening reading about the harbour "
    "festival, which drew record crowds to the waterfront on Sunday afternoon."
)
"""A prose-like paragraph that only its container marks as boilerplate."""


def _page(aside: str, *, article: str = '<div class="article-body">{paras}</div>') -> str:
    paras = "".join(f"<p>{p}</p>" for p in _PARAGRAPHS)
    return (
        "<html><head><title>Bridge</title></head><body>"
        "<h1>Council votes to rebuild the bridge</h1>"
        f"<article>{article.format(paras=paras)}{aside}</article>"
        "</body></html>"
    )


@pytest.mark.parametrize(
    "aside",
    [
        f'<div class="related-articles"><p>{_ASIDE}</p></div>',
        f'<div class="sidebar"><p>{_ASIDE}</p></div>',
        f'<div id="comments"><p>{_ASIDE}</p></div>',
        f'<div class="social-share"><p>{_ASIDE}</p></div>',
        f'<div class="newsletter-signup"><p>{_ASIDE}</p></div>',
        f"<nav><p>{_ASIDE}</p></nav>",
        f"<aside><p>{_ASIDE}</p></aside>",
        f'<div class="cookie-consent"><p>{_ASIDE}</p></div>',
    ],
    ids=["related", "sidebar", "comments", "share", "newsletter", "nav", "aside", "cookie"],
)
def test_aside_container_is_left_out_of_the_body(aside: str) -> None:
    article = newsparse.parse(_page(aside))
    assert _ASIDE not in article.body
    assert article.body[0] == _PARAGRAPHS[0]
    assert all(p in article.body for p in _PARAGRAPHS)


@pytest.mark.parametrize(
    "wrapper",
    [
        '<div class="article-body">{paras}</div>',
        '<div itemprop="articleBody">{paras}</div>',
        '<div class="content-header-wrapper">{paras}</div>',
        '<div class="layout-with-sidebar">{paras}</div>',
    ],
    ids=["article-body", "itemprop", "content-header-wrapper", "sidebar-named-wrapper"],
)
def test_article_container_is_kept(wrapper: str) -> None:
    article = newsparse.parse(_page("", article=wrapper))
    assert article.body == _PARAGRAPHS


def test_teaser_box_inside_the_article_does_not_cut_the_body() -> None:
    teasers = "".join(f'<li><a href="/{i}">Other story number {i}</a></li>' for i in range(8))
    paras = [f"<p>{p}</p>" for p in _PARAGRAPHS]
    body = (
        "".join(paras[:2])
        + f'<div class="related"><h3>Most read</h3><ul>{teasers}</ul></div>'
        + "".join(paras[2:])
    )
    article = newsparse.parse(_page("", article=f'<div class="article-body">{body}</div>'))
    assert article.body == _PARAGRAPHS


def test_also_read_line_inside_the_article_is_no_barrier() -> None:
    paras = [f"<p>{p}</p>" for p in _PARAGRAPHS]
    teaser = '<p>Also read</p><h3><a href="/other">Harbour festival draws record crowds</a></h3>'
    body = "".join(paras[:2]) + teaser + "".join(paras[2:])
    article = newsparse.parse(_page("", article=f'<div class="article-body">{body}</div>'))
    assert "Also read" not in article.body
    assert tuple(p for p in article.body if p in _PARAGRAPHS) == _PARAGRAPHS


def test_link_list_container_is_navigation() -> None:
    links = "".join(
        f'<li><a href="/{i}">Read the full story about topic number {i} here today.</a></li>'
        for i in range(6)
    )
    article = newsparse.parse(_page(f"<ul>{links}</ul>"))
    assert article.body == _PARAGRAPHS
    assert all(
        s.label is Label.NAVIGATION for s in article.segments if s.text.startswith("Read the full")
    )


def test_figcaption_is_labelled_caption_not_body() -> None:
    caption = "The old bridge, photographed from the north bank on a winter morning last year."
    figure = f'<figure><img src="b.jpg"><figcaption>{caption}</figcaption></figure>'
    article = newsparse.parse(
        _page("", article=f'<div class="article-body">{figure}{{paras}}</div>')
    )
    assert caption not in article.body
    assert any(s.label is Label.CAPTION and s.text == caption for s in article.segments)


def test_text_dumps_are_untouched_by_structure() -> None:
    text = "Council votes to rebuild the bridge\n\n" + "\n\n".join(_PARAGRAPHS) + "\n"
    assert newsparse.parse(text).body == _PARAGRAPHS


# --- data integrity of structure_tokens.toml ---------------------------------------------

_GENERIC = frozenset({"content", "header", "main", "body", "post", "article", "text", "page"})
"""Words that name wrappers as often as articles: never a token of their own."""

_TOKEN = re.compile(r"[a-z0-9]+(?:[-_]+[a-z0-9]+)*\Z")


def test_token_lists_are_present_and_non_empty() -> None:
    lists = structure_tokens()
    expected = {"article", "navigation", "sidebar", "comments", "widget", "boilerplate", "caption"}
    assert set(lists) == expected
    assert all(lists[name] for name in expected)


def test_tokens_are_lower_case_class_words() -> None:
    for name, tokens in structure_tokens().items():
        for token in tokens:
            assert _TOKEN.match(token), (name, token)


def test_no_token_is_in_two_lists_or_generic() -> None:
    seen: dict[str, str] = {}
    for name, tokens in structure_tokens().items():
        for token in tokens:
            assert token not in seen, (token, seen.get(token), name)
            assert token not in _GENERIC, (name, token)
            seen[token] = name


_TOKEN_SETS = st.lists(
    st.tuples(st.frozensets(st.sampled_from("abcdefgh"), max_size=6), st.integers(1, 5)),
    min_size=1,
    max_size=12,
)


@given(_TOKEN_SETS)
def test_page_tokens_are_the_tokens_of_nine_tenths_of_the_blocks(
    sets: list[tuple[frozenset[str], int]],
) -> None:
    counts: Counter[frozenset[str]] = Counter()
    for tokens, n in sets:
        counts[tokens] += n
    count = sum(counts.values())
    expected = {
        token
        for token in frozenset().union(*counts)
        if sum(n for tokens, n in counts.items() if token in tokens) >= 0.9 * count
    }
    assert _page_tokens(counts, count) == expected


@given(
    st.lists(
        st.tuples(st.integers(0, 3), st.integers(1, 9), st.integers(0, 9)), min_size=1, max_size=12
    )
)
def test_link_lists_are_containers_of_mostly_link_text(rows: list[tuple[int, int, int]]) -> None:
    blocks = tuple(
        html_block(
            i, "x" * size, (i, i), BlockKind.TEXT, 1, 0, min(links, size), "", frozenset(), False, c
        )
        for i, (c, size, links) in enumerate(rows)
    )
    expected = {
        c
        for c in {b.container for b in blocks}
        if sum(b.container == c for b in blocks) >= 2
        and sum(b.link_chars - 0.5 * len(b.text) for b in blocks if b.container == c) > 0
    }
    assert _link_lists(blocks) == expected
