"""Page chrome on HTML pages: labelled up front, out of the headline scan, fields unchanged.

A block in a ``<nav>``, an ``<aside>``, a page ``<footer>`` (no ``<figure>``'s or
``<article>``'s) or a hidden element is chrome (:mod:`newsparse.extract.chrome`): it takes
a label of its own and scores no prose, and the headline scan (and, in a menu, the byline
scan) passes over it. The tag readers still read an aside's tag list, and the byline
readers a page footer's signature.
"""

from __future__ import annotations

import pytest

import newsparse
from newsparse.document.from_html import read_html
from newsparse.extract.chrome import chrome_labels, in_menu
from newsparse.model import Label

_HEADLINE = "City council expands the night bus network after a record year"
_PARAS = (
    "The city council voted on Tuesday to expand the night bus network, after a year in "
    "which ridership on the existing lines grew faster than any planner had expected.",
    "Council members said the new routes would start in spring, with buses every twenty "
    "minutes between midnight and five in the morning on the busiest corridors.",
    "Transport officials estimated that the expansion would cost about four million a year, "
    "paid for in part by a levy on late-night venues that several owners oppose.",
    "Opponents argued that the levy would push small bars out of the centre, while "
    "supporters said safer journeys home would bring more visitors to those same bars.",
)

_MENU = (
    '<nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/politics">Politics'
    '</a></li><li><a href="/sport">Sport</a></li><li><a href="/culture">Culture</a></li>'
    '<li><a href="/sport/football-results-weekend">Weekend football results and tables'
    "</a></li></ul></nav>"
)
_ASIDE = (
    '<aside class="related"><h3>More stories</h3><ul>'
    '<li><a href="/a">Tram line to the airport delayed again until next summer</a></li>'
    '<li><a href="/b">Council approves new cycle lanes along the river road</a></li>'
    "</ul></aside>"
)
_HIDDEN = "<div hidden><p>Subscribe now to read every story without limits.</p></div>"
_FOOTER = (
    '<footer class="site"><p><a href="/imprint">Imprint</a> <a href="/privacy">Privacy</a>'
    "</p><p>© 2024 Example Media Group. All rights reserved.</p></footer>"
)


def _page(*, menu: str = "", aside: str = "", hidden: str = "", footer: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in _PARAS)
    return (
        "<html><head><title>News</title></head><body>"
        f"{menu}{hidden}<main><article><h1>{_HEADLINE}</h1>"
        '<p class="byline">By Jane Doe</p><p class="date">March 3, 2024</p>'
        f"{body}</article>{aside}</main>{footer}</body></html>"
    )


def _labels(html: str) -> dict[str, Label]:
    article = newsparse.parse(html)
    return {segment.text: segment.label for segment in article.segments}


def test_chrome_labels_by_element() -> None:
    html = _page(menu=_MENU, aside=_ASIDE, hidden=_HIDDEN, footer=_FOOTER)
    doc = read_html(html)
    labels = dict(zip((b.text for b in doc.blocks), chrome_labels(doc.blocks), strict=True))
    assert labels["Home"] is Label.NAVIGATION
    assert labels["More stories"] is Label.SIDEBAR
    assert labels["Subscribe now to read every story without limits."] is Label.BOILERPLATE
    assert labels["Imprint Privacy"] is Label.NAVIGATION
    assert labels["© 2024 Example Media Group. All rights reserved."] is Label.BOILERPLATE
    assert labels[_HEADLINE] is None
    assert labels[_PARAS[0]] is None


@pytest.mark.parametrize(
    ("path", "framed"),
    [
        ("html/body/nav/ul/li", True),
        ("html/body/div/aside/p", True),
        ("html/body/footer/p", True),
        ("html/body/article/footer/p", False),
        ("html/body/figure/footer", False),
        ("html/body/div/main/p", False),
        ("html/body/canvas/p", False),
    ],
)
def test_frame_paths(path: str, framed: bool) -> None:
    html = "<p>x</p>"
    block = read_html(html).blocks[0]
    # (a block's path set by hand: the frame test reads nothing else)
    object.__setattr__(block, "tag_path", path)
    assert bool(chrome_labels([block])) is framed


def test_in_menu_tells_a_nav_from_a_footer() -> None:
    assert in_menu("html/body/nav/ul/li")
    assert not in_menu("html/body/footer/nav/a")
    assert not in_menu("html/body/aside/p")


def test_text_dumps_have_no_chrome() -> None:
    plain = newsparse.parse("\n".join((_HEADLINE, "By Jane Doe", *_PARAS)))
    assert plain.headline == _HEADLINE


@pytest.mark.parametrize(
    "chrome",
    [
        {"menu": _MENU},
        {"aside": _ASIDE},
        {"hidden": _HIDDEN},
        {"footer": _FOOTER},
        {"menu": _MENU, "aside": _ASIDE, "hidden": _HIDDEN, "footer": _FOOTER},
    ],
)
def test_chrome_is_labelled_and_leaves_the_fields(chrome: dict[str, str]) -> None:
    bare = newsparse.parse(_page())
    article = newsparse.parse(_page(**chrome))
    assert article.headline == bare.headline == _HEADLINE
    assert article.body == bare.body
    assert article.authors == bare.authors == ("Jane Doe",)
    assert article.published == bare.published
    labels = _labels(_page(**chrome))
    expected = {
        "Home": Label.NAVIGATION,
        "Weekend football results and tables": Label.NAVIGATION,
        "Tram line to the airport delayed again until next summer": Label.SIDEBAR,
        "Subscribe now to read every story without limits.": Label.BOILERPLATE,
        "© 2024 Example Media Group. All rights reserved.": Label.BOILERPLATE,
    }
    for text, label in expected.items():
        if text in labels:
            assert labels[text] is label, text


def test_a_menu_line_is_no_headline() -> None:
    # A menu entry as long as a headline, right over the article: the headline scan passes
    # over it, whatever its score would be.
    article = newsparse.parse(_page(menu=_MENU))
    assert article.headline == _HEADLINE


def test_a_tag_list_in_an_aside_still_counts() -> None:
    aside = (
        '<aside class="topics"><p>Tags: <a href="/t/buses">Buses</a>, '
        '<a href="/t/nightlife">Nightlife</a>, <a href="/t/council">City council</a></p>'
        "</aside>"
    )
    article = newsparse.parse(_page(aside=aside))
    assert set(article.tags) >= {"Buses", "Nightlife"}


def test_a_byline_in_a_page_footer_still_counts() -> None:
    body = "".join(f"<p>{p}</p>" for p in _PARAS)
    html = (
        "<html><body>"
        f"{_MENU}<main><article><h1>{_HEADLINE}</h1>{body}</article></main>"
        '<footer><p class="author">By Jane Doe</p></footer></body></html>'
    )
    assert newsparse.parse(html).authors == ("Jane Doe",)


@pytest.mark.parametrize("frame", ["aside", "nav"])
def test_an_article_wrapped_in_a_frame_element_is_read(frame: str) -> None:
    """A theme that prints the whole post, its <h1> too, in an <aside> or a <nav>.

    The frame then holds every ``<h1>`` and most of the page's text: it wraps the article,
    is no chrome, and places nothing outside the article (``chrome_labels``,
    ``structure._frame_mass``).
    """
    body = "".join(f"<p>{p}</p>" for p in _PARAS)
    html = (
        f"<html><body>{_MENU}<{frame} class='post'><h1>{_HEADLINE}</h1>"
        f'<p class="byline">By Jane Doe</p><p class="date">March 3, 2024</p>{body}'
        f"</{frame}>{_FOOTER}</body></html>"
    )
    article = newsparse.parse(html)
    assert article.headline == _HEADLINE
    assert article.authors == ("Jane Doe",)
    assert article.body == _PARAS
    assert _labels(html)["Home"] is Label.NAVIGATION


def test_an_aside_of_long_blurbs_beside_a_table_article_stays_chrome() -> None:
    """Negative: the page's own <h1> stands outside the aside, so a results table of short
    rows does not make the aside's long teaser blurbs the article."""
    rows = "".join(f"<tr><td>{i}</td><td>Driver {i}</td><td>{500 - i}</td></tr>" for i in range(12))
    blurbs = "".join(f"<h1>Column {i}</h1><p>{p}</p>" for i, p in enumerate(_PARAS))
    html = (
        f"<html><body><main><h1>Standings</h1><table>{rows}</table></main>"
        f"<aside class='columns'>{blurbs}</aside></body></html>"
    )
    assert not any(_PARAS[0] in p for p in newsparse.parse(html).body)


def test_a_hidden_line_does_not_part_the_lead_from_the_body() -> None:
    """The layout reads the page without the chrome's plain lines (``layout._framed_layout``).

    A hidden time stamp printed between an article's lead and its body container cost a
    line's price there, which parted the lead (outside the container, little weight) from
    the paragraphs under it: the body lost its first paragraph.
    """
    lead = (
        "The council's decision follows a year of record ridership, officials said on "
        "Tuesday, and the first new routes will run in the spring."
    )
    body = "".join(f"<p>{p}</p>" for p in _PARAS)
    html = (
        f"<html><body>{_MENU}<main><h1>{_HEADLINE}</h1><p>{lead}</p>"
        f'<div hidden><p>22.11.2024 07.57</p></div><div class="article-body">{body}</div>'
        f"</main>{_FOOTER}</body></html>"
    )
    article = newsparse.parse(html)
    assert article.body == (lead, *_PARAS)
    labels = _labels(html)
    assert labels["22.11.2024 07.57"] is Label.BOILERPLATE
    assert labels["Home"] is Label.NAVIGATION


def test_a_comments_heading_in_the_chrome_still_bounds_the_body() -> None:
    """Negative: a chrome line with a cue stays in the layout: an aside's "Comments"
    heading still ends the article, whose region does not run on into the comments."""
    comments = "".join(f"<p>{p}</p>" for p in reversed(_PARAS))
    html = (
        f"<html><body><main><article><h1>{_HEADLINE}</h1>"
        f"{''.join(f'<p>{p}</p>' for p in _PARAS[:2])}</article>"
        f"<aside><h3>Comments</h3></aside><section>{comments}</section></main></body></html>"
    )
    article = newsparse.parse(html)
    assert article.body == _PARAS[:2]


_META = '<p class="byline">By Jane Doe</p><p>March 3, 2024</p>'
_BODY = "".join(f"<p>{p}</p>" for p in _PARAS)


@pytest.mark.parametrize(
    "html",
    [
        pytest.param(
            f"<html><body><main><article><h1>{_HEADLINE}</h1><aside class='meta'>{_META}</aside>"
            f"{_BODY}</article>{_ASIDE}</main></body></html>",
            id="article-meta-aside-under-headline",
        ),
        pytest.param(
            f"<html><body><main><article><aside>{_META}</aside><h1>{_HEADLINE}</h1>{_BODY}"
            "</article></main></body></html>",
            id="article-meta-aside-over-headline",
        ),
        pytest.param(
            f"<html><body><main><h1>{_HEADLINE}</h1><aside class='post-meta'>{_META}"
            '<ul><li><a href="/s/fb">Facebook</a></li><li><a href="/s/x">Share on X</a></li>'
            f"</ul></aside><div>{_BODY}</div>{_ASIDE}</main></body></html>",
            id="article-meta-aside-with-share-links",
        ),
        pytest.param(
            f"<html><body><main><article><div class='headline'>{_HEADLINE}</div>"
            f"<aside class='meta'>{_META}</aside><div hidden><p>Subscribers only</p>"
            "<p>Subscribe now</p></div><figure><figcaption>Buses wait at the depot on "
            "Monday evening.</figcaption><div>Photo: Jane Roe</div></figure>"
            f"{_BODY}</article></main></body></html>",
            id="article-meta-aside-over-hidden-lines-and-a-caption",
        ),
        pytest.param(
            f"<html><body>{_MENU}<footer class='post'><h1>{_HEADLINE}</h1>{_META}{_BODY}"
            "</footer></body></html>",
            id="article-in-a-footer",
        ),
        pytest.param(
            f"<html><body>{_MENU}<footer class='post'><h2>{_HEADLINE}</h2>{_META}{_BODY}"
            "</footer></body></html>",
            id="article-in-a-footer-under-an-h2",
        ),
        pytest.param(
            f"<html><body>{_MENU}<div class='post'><footer class='entry-header'>"
            f"<h1>{_HEADLINE}</h1>{_META}</footer>{_BODY}</div>{_FOOTER}</body></html>",
            id="headline-in-a-footer",
        ),
        pytest.param(
            f"<html><body><nav class='hero'><header><h1>{_HEADLINE}</h1>{_META}</header></nav>"
            f"<div>{_BODY}</div>{_FOOTER}</body></html>",
            id="header-in-a-nav",
        ),
        pytest.param(
            "<html><body><nav class='hero'><header>"
            f"<div itemprop='headline'>{_HEADLINE}</div>{_META}</header></nav>"
            f"<div>{_BODY}</div>{_FOOTER}</body></html>",
            id="header-in-a-nav-under-a-headline-div",
        ),
        pytest.param(
            "<html><body><nav class='crumbs'><a href='/'>Home</a> <a href='/news'>News</a>"
            f"<h1>{_HEADLINE}</h1></nav>{_META}<div>{_BODY}</div></body></html>",
            id="headline-ending-a-breadcrumb-nav",
        ),
    ],
)
def test_the_article_head_in_a_frame_element_is_read(html: str) -> None:
    """An article-meta aside, or the headline (the whole article) in a frame element.

    No metadata names the fields: the chrome leaves the article's head to the page proper
    (``chrome._free_article_head``, the footer in the wrapper test) and its lines are read.
    """
    article = newsparse.parse(html)
    assert article.headline == _HEADLINE
    assert article.authors == ("Jane Doe",)
    assert str(article.published) == "2024-03-03"
    assert article.body == _PARAS


def test_a_dated_teaser_aside_under_the_headline_stays_a_sidebar() -> None:
    """Negative: an aside of links to other stories, each dated, beside the headline is a
    sidebar: its dates are the teasers', and the article's own date line is read."""
    teasers = (
        '<aside class="related"><h3>Related</h3><ul>'
        '<li><a href="/a">Tram line to the airport delayed again until next summer</a>'
        "<p>January 9, 2021</p></li>"
        '<li><a href="/b">Council approves new cycle lanes along the river road</a>'
        "<p>January 8, 2021</p></li></ul></aside>"
    )
    html = (
        f"<html><body><main><article><h1>{_HEADLINE}</h1>{teasers}{_META}{_BODY}"
        "</article></main></body></html>"
    )
    assert str(newsparse.parse(html).published) == "2024-03-03"
    assert _labels(html)["Tram line to the airport delayed again until next summer"] is (
        Label.SIDEBAR
    )


def test_a_site_name_heading_over_a_menu_stays_navigation() -> None:
    """Negative: the page's only <h1> is the site's name over a menu in a <nav>: no
    article's head, it stays chrome and the article's own <h2> is the headline."""
    menu = (
        '<nav><h1><a href="/">The Daily Courier</a></h1><ul><li><a href="/p">Politics</a></li>'
        '<li><a href="/s">Sport</a></li><li><a href="/c">Culture</a></li></ul></nav>'
    )
    html = f"<html><body>{menu}<main><h2>{_HEADLINE}</h2>{_META}{_BODY}</main></body></html>"
    assert newsparse.parse(html).headline == _HEADLINE
    assert _labels(html)["The Daily Courier"] is Label.NAVIGATION
