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
    ],
    ids=[
        "category-prefix",
        "path-prefix",
        "machine-category",
        "guid",
        "separators",
        "cjk-spaces",
        "two-words",
    ],
)
def test_declared_tag_cleaning(value: str, tags: list[str]) -> None:
    from newsparse.extract.tags import _clean_declared

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
