"""Byline splitting and cleaning; tag-line splitting."""

from __future__ import annotations

import pytest

from newsparse.extract.byline import split_names
from newsparse.extract.tags import split_run_together
from newsparse.lexicon import lexicon

NAMES = [
    ("By Jane Doe", ["Jane Doe"]),
    ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
    ("Von Heike Buchter", ["Heike Buchter"]),
    ("Par Jean Dupont et Marie Curie", ["Jean Dupont", "Marie Curie"]),
    ("Jane Doe, John Roe & Max Mustermann", ["Jane Doe", "John Roe", "Max Mustermann"]),
    ("Taylor Hatmaker @tayhatmaker / 6 days", ["Taylor Hatmaker"]),
    ("By Jane Doe | jane.doe@example.org", ["Jane Doe"]),
    ("By Sarah E. Needleman", ["Sarah E. Needleman"]),
    ("Ludwig van Beethoven", ["Ludwig van Beethoven"]),
    ("By Jane Doe, Jane Doe", ["Jane Doe"]),
    ("By Staff", []),
    ("Redaktion", []),
    ("Nov. 19, 2019 8:03 am ET", []),
    ("Share this article", []),
    ("the city council approved", []),
]


@pytest.mark.parametrize(("line", "names"), NAMES, ids=[n[0] for n in NAMES])
def test_split_names(line: str, names: list[str]) -> None:
    assert split_names(line, lexicon()) == names


def test_site_name_is_not_an_author() -> None:
    assert split_names("By Rudaw Net", lexicon(), frozenset({"rudaw net"})) == []


BODY = (
    "Calling themselves Jund al-Imam al-Hujja, the group addresses the president. "
    "He is the grandfather of cleric Muqtada al-Sadr. US troops withdrew. "
    "It is part of Popular Mobilization Forces (PMF, known as Hashd al-Shaabi)."
)


def test_run_together_tags_split_on_body_evidence() -> None:
    line = (
        "Jund al-Imam al Hujja Muqtada al-Sadr troops expulsion Popular Mobilization Forces (PMF)"
    )
    assert split_run_together(line, BODY) == [
        "Jund al-Imam al Hujja",
        "Muqtada al-Sadr",
        "troops expulsion",
        "Popular Mobilization Forces (PMF)",
    ]


def test_run_together_tags_split_on_case_without_evidence() -> None:
    assert split_run_together("climate policy Angela Merkel", "") == [
        "climate policy",
        "Angela Merkel",
    ]


def test_run_together_words_of_one_stem_are_tags_apart() -> None:
    # Neither word is in the body: two capitalised words would pair up as one tag, but
    # variants of one stem ("Laufen", "Laufschuh") are tags a list gives apart.
    assert split_run_together("Stadtrat Laufen Laufschuh", "Der Stadtrat tagt.") == [
        "Stadtrat",
        "Laufen",
        "Laufschuh",
    ]
    # A phrase the body uses stays one tag.
    body = "Der Laufen Laufschuh ist ein Modell."
    assert split_run_together("Stadtrat Laufen Laufschuh", body) == ["Stadtrat", "Laufen Laufschuh"]


def test_run_together_lower_case_tags_split_on_words_the_body_uses_apart() -> None:
    # A long lower-case run: each word occurs in the body, never two of them together, so
    # one tag a word. The last word, one the body never uses, stands alone: the body's
    # word before it is a tag of its own. (A run of two, "troops expulsion", stays one
    # tag: see above.)
    body = "Readers met the author to talk about books, the romance genre and a reader's life."
    assert split_run_together("books romance author reader genre exclusivebooks", body) == [
        "books",
        "romance",
        "author",
        "reader",
        "genre",
        "exclusivebooks",
    ]


def test_run_together_tags_pair_up_around_a_word_the_line_repeats() -> None:
    # Each word occurs in the body on its own, never two together: alone they would be
    # tags a word. But a list names a tag once, so a word it gives twice ("Scraping",
    # "Search", "Data") belongs to a tag of several words; a variant of its stem
    # ("Datascraping Data") is a tag apart, and a word given once stays alone.
    body = "Scraping the web for data: a search, then Python and Google Search."
    line = "Google Search Web Scraping Python Search Engine Datascraping Data Scraping Data Science"
    assert split_run_together(line, body) == [
        "Google Search",
        "Web Scraping",
        "Python",
        "Search Engine",
        "Datascraping",
        "Data Scraping",
        "Data Science",
    ]
    # Without a repeated word, the same words are tags apart.
    assert split_run_together("Web Scraping Python", body) == ["Web", "Scraping", "Python"]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Von Jan Kixmüller", ["Jan Kixmüller"]),
        ("By April Smith", ["April Smith"]),
        ("Luigi Di Maio", ["Luigi Di Maio"]),
        ("Meg JamesStaff Writer", ["Meg James"]),
        ("Harry Bullmore Reporter", ["Harry Bullmore"]),
        ("by Lucas Nolan22 Dec 2016", ["Lucas Nolan"]),
        ("By Umair Irfan Updated Nov 13, 2019, 10:28am EST", ["Umair Irfan"]),
        ("The Verge", []),
        ("DAS ERWARTEN WIR", []),
    ],
    ids=[
        "month-first-name",
        "april",
        "particle-di",
        "glued-role",
        "trailing-role",
        "glued-date",
        "updated-tail",
        "article",
        "function-words",
    ],
)
def test_name_cleaning(line: str, names: list[str]) -> None:
    assert split_names(line, lexicon()) == names


def test_name_stops_at_site_name() -> None:
    assert split_names(
        "Sarah Schnieder Reiterrevue International", lexicon(), frozenset({"reiterrevue"})
    ) == ["Sarah Schnieder"]


def test_month_and_day_end_a_name() -> None:
    assert split_names("By Erin Cunningham March 19 at 1:45 PM", lexicon()) == ["Erin Cunningham"]


def test_agency_only_byline_is_the_author_of_a_text_dump() -> None:
    import newsparse

    dump = (
        "Oil prices fall as supply worries ease\n\nBy Reuters\n\n"
        "Oil prices fell on Tuesday as worries about supply eased after the weekend talks.\n\n"
        "Brent crude futures were down 1.2 percent at 62.10 dollars a barrel by midday.\n"
    )
    assert newsparse.parse(dump).authors == ("Reuters",)


def test_person_beats_agency() -> None:
    import newsparse

    dump = (
        "Oil prices fall as supply worries ease\n\nBy Jane Doe\n(Reuters)\n\n"
        "Oil prices fell on Tuesday as worries about supply eased after the weekend talks.\n\n"
        "Brent crude futures were down 1.2 percent at 62.10 dollars a barrel by midday.\n"
    )
    assert newsparse.parse(dump).authors == ("Jane Doe",)


@pytest.mark.parametrize(
    ("value", "tags"),
    [
        ("Category: Travel", ["Travel"]),
        ("sections/sverige", ["sverige"]),
        ("NLP Category: General", []),
        ("26157981-b4f7-4929-adc1-e860c6f03636", []),
        ("climate, energy; policy", ["climate", "energy", "policy"]),
        ("深空探测 探月工程 航天技术", ["深空探测", "探月工程", "航天技术"]),
        ("Frankfurter Buchmesse", ["Frankfurter Buchmesse"]),
        ("steel tariffs, editors_pick, _commerce", ["steel tariffs"]),
    ],
    ids=[
        "category-prefix",
        "path-prefix",
        "machine-category",
        "guid",
        "separators",
        "cjk-spaces",
        "two-words",
        "cms-flags",
    ],
)
def test_declared_tag_cleaning(value: str, tags: list[str]) -> None:
    from newsparse.extract.tags_meta import _clean_declared

    assert _clean_declared(value) == tags


def test_html_menu_under_a_tags_heading_loses_to_declared_tags() -> None:
    import newsparse

    html = (
        "<html><head><meta name='keywords' content='Bridges, City council'></head><body>"
        "<h1>Council approves the new river bridge</h1>"
        "<p>The city council approved the construction of a new bridge over the river.</p>"
        "<p>Work is expected to start in the autumn and to last for about two years.</p>"
        "<h3>Themen</h3><ul><li>Startseite</li><li>Politik</li><li>Sport</li></ul>"
        "</body></html>"
    )
    assert newsparse.parse(html).tags == ("Bridges", "City council")


# --- Byline lines: pieces, prefixes, dates and what is no name -------------------------

BYLINE_LINES = [
    ("Jane Doe · Daily Planet · Posted: Aug 08, 2024 4:00 AM EDT", ("Jane Doe",), False, True),
    ("Jane Doe|Published 4 months ago", ("Jane Doe",), False, True),
    ("Jane Doe - Apr 16, 2015 8:02 pm UTC", ("Jane Doe",), False, True),
    ("11.12.2019 - Jane Doe", ("Jane Doe",), False, True),
    ("Monday November 18, 2019 7:45 am PST by Jane Doe", ("Jane Doe",), True, True),
    ("Do 25.04.24 | 14:07 Uhr | Von Jane Doe", ("Jane Doe",), True, True),
    # A time zone in brackets after the time ("(IST)") is part of the timestamp.
    ("Publish Date:Sat, 28 Nov 2020 01:34 PM (IST) Author: Jane Doe", ("Jane Doe",), True, True),
    ("// By Jane Doe • Nov 11, 2020", ("Jane Doe",), True, True),
    ("byJane Doe", ("Jane Doe",), True, False),
    ("By Jane Doe@janedoe Updated Jul 24, 2018, 2:15pm EDT", ("Jane Doe",), True, True),
    ("Par : Jane Doe| +Local+Politics", ("Jane Doe",), True, False),
    (
        "By Jane Doe, Senior Staff Technologist, Civil Rights, and Speech",
        ("Jane Doe",),
        True,
        False,
    ),
    ("By Jane Doe, London, John Roe", ("Jane Doe", "John Roe"), True, False),
    ("By Jane Doe, AP Auto Writer", ("Jane Doe",), True, False),
    ("Jane Doe, John Roe, Associated Press", ("Jane Doe", "John Roe"), False, False),
    ("Text: Jane Doe", ("Jane Doe",), True, False),
    ("Dan Smith", ("Dan Smith",), False, False),
    # Negatives: a label noun without its colon is no prefix.
    ("Text Edge Style", ("Text Edge Style",), False, False),
    ("Translation: Ann Lee, Audio: Jane Doe und John Roe", (), False, False),
    ("Reading Time: 3 mins read", (), False, False),
    ("Bei Protesten", (), False, False),
    ("Min.. Verfügbar bis 06.05.2024", (), False, True),
]


@pytest.mark.parametrize(
    ("line", "names", "prefixed", "dated"), BYLINE_LINES, ids=[b[0] for b in BYLINE_LINES]
)
def test_read_byline(line: str, names: tuple[str, ...], prefixed: bool, dated: bool) -> None:
    from newsparse.extract.byline import read_byline

    byline = read_byline(line, lexicon())
    assert (byline.names, byline.prefixed, byline.dated) == (names, prefixed, dated)


OTHER_BYLINES = [
    ("By Reuters", "Reuters"),
    ("von Redaktion, 24. Januar 2022", "Redaktion"),
    ("Posted on 2015-04-05 by admin | Leave a comment", "admin"),
    ("by Metro Staff Report", "Metro Staff Report"),
    ("Reuters, Washington,", "Reuters"),
    ("Metro Staff", "Metro Staff"),
    # Negatives: a prefix in a later piece, a widget run into the name, plain words.
    ("Email/Text Alerts", None),
    ("1. Januar 2016 von Somebody Ein Kommentar", None),
    ("Local News", None),
]


@pytest.mark.parametrize(("line", "other"), OTHER_BYLINES, ids=[b[0] for b in OTHER_BYLINES])
def test_desk_or_agency_byline(line: str, other: str | None) -> None:
    from newsparse.extract.byline import read_byline

    byline = read_byline(line, lexicon())
    assert (byline.names, byline.other) == ((), other)


PROSE = (
    "The city council approved the construction of a new bridge over the river on Tuesday.\n\n"
    "Work is expected to start in the autumn and to last for about two years, officials said.\n\n"
    "The bridge will carry two lanes of traffic, a cycle path and a wide footpath on each side.\n\n"
    "Residents had asked for a new crossing for more than a decade, the mayor told reporters.\n"
)
HEAD = "Home\nNews\nPolitics\n\nCouncil approves the new river bridge\n\n"


@pytest.mark.parametrize(
    ("dump", "authors"),
    [
        (HEAD + "Jane Doe\nFriday 22 November 2024 08:49 GMT\n\n" + PROSE, ("Jane Doe",)),
        (HEAD + "22.08.2024\nJane Doe\nListen\n\n" + PROSE, ("Jane Doe",)),
        (HEAD + "Author of the article:\nJane Doe\n\n" + PROSE, ("Jane Doe",)),
        (HEAD + "Jane Doe\njane.doe@example.org\n\n" + PROSE, ("Jane Doe",)),
        (HEAD + "Jane Doe 1 day ago\nShare\n\n" + PROSE, ("Jane Doe",)),
        (HEAD + "Reuters November 18, 2019 11:03 PM\n\n" + PROSE, ("Reuters",)),
        (HEAD + PROSE + "\nJane Doe\n", ("Jane Doe",)),
        (HEAD + PROSE + "\nNewer posts\n\nPosted by Jane Doe at 2:33 PM\n", ("Jane Doe",)),
        # Negatives: a quote attribution, a sub-heading after the first paragraph.
        (HEAD + PROSE.replace("\n\n", "\n\n— Jane Doe (@janedoe) May 4, 2023\n\n", 1), ()),
        (HEAD + PROSE.replace("\n\nResidents", "\n\nBridge Works\n\nResidents"), ()),
    ],
    ids=[
        "name-above-date",
        "name-below-date",
        "label-line",
        "e-mail-line",
        "relative-time",
        "agency-with-date",
        "signature-after-body",
        "posted-by-under-body",
        "quote-attribution",
        "sub-heading",
    ],
)
def test_text_dump_bylines(dump: str, authors: tuple[str, ...]) -> None:
    import newsparse

    assert newsparse.parse(dump).authors == authors


def _html(head: str, body: str = "") -> str:
    return (
        f"<html><head>{head}</head><body><h1>Council approves the new river bridge</h1>{body}"
        "<p>The city council approved the construction of a new bridge over the river.</p>"
        "<p>Work is expected to start in the autumn and to last for about two years.</p>"
        "</body></html>"
    )


_ORG = (
    '<script type="application/ld+json">{"@type": "NewsArticle", '
    '"author": {"@type": "Organization", "name": "Daily Planet"}}</script>'
)


@pytest.mark.parametrize(
    ("html", "authors"),
    [
        (_html(_ORG), ("Daily Planet",)),
        (_html('<meta name="author" content="Metro Staff">'), ("Metro Staff",)),
        (_html('<meta name="author" content="janedoe">'), ("janedoe",)),
        (_html(_ORG, "<p>17 May 2023 Jane Doe</p>"), ("Jane Doe",)),
        (_html(_ORG, '<p class="byline">By Jane Doe</p>'), ("Jane Doe",)),
        # Negatives: a numeric user id, a menu word.
        (_html('<meta name="author" content="105092">'), ()),
        (_html('<meta name="author" content="Home">'), ()),
    ],
    ids=[
        "organisation-only",
        "desk-only",
        "handle-only",
        "dated-name-line-beats-organisation",
        "marked-byline-beats-organisation",
        "numeric-id",
        "menu-word",
    ],
)
def test_declared_non_person_author_is_a_last_resort(html: str, authors: tuple[str, ...]) -> None:
    import newsparse

    assert newsparse.parse(html).authors == authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Jane Doe und John Roe | Samstag, 1. Januar 2005", ("Jane Doe", "John Roe")),
        ("1. Januar 2005 Jane Doe", ("Jane Doe",)),
        # Negatives: a photo credit with a date, a name line without a date.
        ("Foto: Jane Doe | 1. Januar 2005", ()),
        ("Jane Doe", ()),
    ],
    ids=["names-bar-date", "date-then-name", "photo-credit", "bare-name"],
)
def test_unmarked_html_line_needs_a_date(line: str, authors: tuple[str, ...]) -> None:
    import newsparse

    assert newsparse.parse(_html("", f"<div>{line}</div>")).authors == authors


def test_site_name_and_domain_are_not_tags() -> None:
    import newsparse

    html = (
        "<html><head><meta name='keywords' content='Daily Planet, Bridges, dailyplanet.com'>"
        "<meta property='og:site_name' content='Daily Planet'></head><body>"
        "<h1>Council approves the new river bridge</h1>"
        "<p>The city council approved the construction of a new bridge over the river.</p>"
        "<p>Work is expected to start in the autumn and to last for about two years.</p>"
        "</body></html>"
    )
    article = newsparse.parse(html, url="https://www.dailyplanet.com/news/bridge")
    assert article.tags == ("Bridges",)


def test_headline_length_section_is_dropped_alone() -> None:
    import newsparse

    html = (
        "<html><head><meta property='article:section' content='Council approves the new river "
        "bridge after a long debate'>"
        '<script type="application/ld+json">{"@type": "NewsArticle", "articleSection": "Local"}'
        "</script></head><body><h1>Council approves the new river bridge</h1>"
        "<p>The city council approved the construction of a new bridge over the river.</p>"
        "</body></html>"
    )
    assert newsparse.parse(html).tags == ("Local",)


_TEXT_ARTICLE = (
    "Council approves the new river bridge\n\n"
    "The city council approved the construction of a new bridge over the river on Tuesday.\n\n"
    "Work is expected to start in the autumn and to last for about two years in total.\n\n"
)


@pytest.mark.parametrize(
    ("line", "tags"),
    [
        ("TagsBridges City council Budget", ("Bridges", "City council", "Budget")),
        ("More aboutBridgesCouncilBudget", ("Bridges", "Council", "Budget")),
        ("# Bridges# City council# Budget", ("Bridges", "City council", "Budget")),
    ],
    ids=["glued-label", "glued-camel-case", "hashtags"],
)
def test_text_dump_tag_lines_without_separators(line: str, tags: tuple[str, ...]) -> None:
    import newsparse

    assert newsparse.parse(_TEXT_ARTICLE + line + "\n").tags == tags


_PUBLISHER = '<meta name="publisher" content="Daily Planet (www.planet.example)">'
_AS_AUTHOR = '<meta name="author" content="Daily Planet (www.planet.example)">'


@pytest.mark.parametrize(
    ("head", "signature", "authors"),
    [
        (_PUBLISHER + _AS_AUTHOR, "", ()),
        (_PUBLISHER + _AS_AUTHOR, "<p>By Jane Doe</p>", ("Jane Doe",)),
        # Negative: a declared author other than the publisher is still a person.
        (_PUBLISHER + '<meta name="author" content="Perry White">', "", ("Perry White",)),
    ],
    ids=["publisher-as-author", "publisher-as-author-over-signature", "person"],
)
def test_declared_publisher_as_author_is_no_person(
    head: str, signature: str, authors: tuple[str, ...]
) -> None:
    """The declared publisher repeated as the author reads as a name ("Daily Planet"), but it
    is the outlet: a signature under the body wins over it, and alone it names no person."""
    import newsparse

    html = (
        f"<html><head>{head}</head><body><h1>Council approves the new river bridge</h1>"
        "<p>The city council approved the construction of a new bridge over the river.</p>"
        "<p>Work is expected to start in the autumn and to last for about two years.</p>"
        "<p>The bridge will carry two lanes of traffic and a cycle path on each side.</p>"
        f"{signature}</body></html>"
    )
    assert newsparse.parse(html).authors == authors


def _jsonld_authors(*authors: dict[str, str]) -> str:
    import json

    article = {"@type": "NewsArticle", "author": list(authors)}
    return f'<script type="application/ld+json">{json.dumps(article)}</script>'


@pytest.mark.parametrize(
    ("head", "authors"),
    [
        (
            _jsonld_authors(
                {"@type": "Organization", "name": "Deutsche Presse-Agentur"},
                {"@type": "Person", "name": "Metro Staff"},
            ),
            ("Deutsche Presse-Agentur", "Metro Staff"),
        ),
        # Negative: a person in the list is the author; the agency stays a last resort.
        (
            _jsonld_authors(
                {"@type": "Organization", "name": "Deutsche Presse-Agentur"},
                {"@type": "Person", "name": "Perry White"},
            ),
            ("Perry White",),
        ),
    ],
    ids=["agency-and-desk", "agency-and-person"],
)
def test_declared_outlet_list_split_by_type_is_one_byline(
    head: str, authors: tuple[str, ...]
) -> None:
    """A JSON-LD author list of an agency typed "Organization" and a desk is one byline."""
    import newsparse

    assert newsparse.parse(_html(head)).authors == authors


@pytest.mark.parametrize(
    ("attrs", "authors"),
    [
        (' class="metaInfoAuthorList-item"', ("Jane Doe",)),
        (' class="postauthor"', ("Jane Doe",)),
        # Negative: an unmarked name line in HTML is a menu's or a caption's.
        (' class="metaInfoList-item"', ()),
    ],
    ids=["camel-case", "glued", "unmarked"],
)
def test_author_run_into_a_class_name_marks_a_byline(attrs: str, authors: tuple[str, ...]) -> None:
    """A class that holds "author" run into other words marks the byline as "author" does."""
    import newsparse

    body = f'<ul><li{attrs}><a href="/people/jane-doe/">Jane Doe</a></li></ul>'
    assert newsparse.parse(_html("", body)).authors == authors


@pytest.mark.parametrize(
    ("signature", "authors"),
    [
        ("<p><strong>Jane Doe</strong></p>", ("Jane Doe",)),
        # Negatives: a link is a teaser's or a menu's; outside the body's container.
        ('<p><a href="/people/jane-doe">Jane Doe</a></p>', ("Metro Staff",)),
        ("</div><div><p>Jane Doe</p>", ("Metro Staff",)),
    ],
    ids=["signed", "linked", "other-container"],
)
def test_html_name_paragraph_signing_the_body(signature: str, authors: tuple[str, ...]) -> None:
    """A story signed with a name paragraph right under its last one, in its container, names
    its author over a declared outlet."""
    import newsparse

    html = (
        '<html><head><meta name="author" content="Metro Staff"></head><body>'
        "<h1>Council approves the new river bridge</h1><div>"
        "<p>The city council approved the construction of a new bridge over the river.</p>"
        "<p>Work is expected to start in the autumn and to last for about two years.</p>"
        "<p>The bridge will carry two lanes of traffic and a cycle path on each side.</p>"
        f"{signature}</div><footer><p>About us</p></footer></body></html>"
    )
    assert newsparse.parse(html).authors == authors


def test_tag_memos_do_not_outlive_their_page() -> None:
    # The folded body and the line counts of the tag lists held the last page's context, and
    # with it the whole document, until the next page was parsed.
    import gc

    import newsparse
    from newsparse.extract import tags_checks, tags_page

    html = (
        "<html><body>"
        "<h1>Council approves the new river bridge</h1>"
        "<p>The city council approved the construction of a new bridge over the river.</p>"
        "<p>Work is expected to start in the autumn and to last for about two years.</p>"
        "<h3>Themen</h3><ul><li>Startseite</li><li>Politik</li><li>Sport</li></ul>"
        "<p>Tags: river bridge city council</p>"
        "</body></html>"
    )
    # The run-together tag line is split with the body's words, the heading list is checked
    # against the page's repeated lines: both memos are filled.
    newsparse.parse(html)
    gc.collect()
    assert tags_page._NORM_BODY == []
    assert tags_checks._LINE_COUNTS == []


def test_a_word_of_a_long_lower_case_run_the_body_uses_splits_from_its_unused_neighbour() -> None:
    # "genre" is a word of the body, "exclusivebooks" is not, and the body never joins
    # them: two tags, not one. "donald trump" joins: the body names "Donald Trumps".
    body = (
        "Books of romance sell well: every author knows a reader of the genre. "
        "Half of those asked see Donald Trumps interest as a chance."
    )
    assert split_run_together("books romance author reader genre exclusivebooks", body) == [
        "books",
        "romance",
        "author",
        "reader",
        "genre",
        "exclusivebooks",
    ]
    assert split_run_together("books romance genre donald trump", body)[-1] == "donald trump"


def test_a_section_declared_as_the_site_name_stays_a_tag() -> None:
    import newsparse

    # The section's page declares its own name as og:site_name; the publisher's name,
    # which the host spells, is the site's: "Security" is a tag, "Daily Planet" is not.
    html = (
        "<html><head><meta name='keywords' content='Daily Planet, Bridges, Security'>"
        "<meta property='og:site_name' content='Security'>"
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"publisher": {"@type": "Organization", "name": "Daily Planet Online"}}</script>'
        "</head><body><h1>Council approves the new river bridge</h1>"
        "<p>The city council approved the construction of a new bridge over the river.</p>"
        "<p>Work is expected to start in the autumn and to last for about two years.</p>"
        "</body></html>"
    )
    article = newsparse.parse(html, url="https://www.dailyplanet.com/news/bridge")
    assert article.tags == ("Bridges", "Security")
    # With no declared name the host spells, every declared name is the site's.
    elsewhere = newsparse.parse(html, url="https://www.example.com/news/bridge")
    assert elsewhere.tags == ("Bridges",)
