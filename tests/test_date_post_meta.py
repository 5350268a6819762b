"""A blog post's meta line under the story ("Von X am 21/02/2021. Abgelegt unter ..."): its
date is the story's, also when a list of related posts above it makes the layout take the
line for a sidebar line; the dates of a dated teaser list there stay the teasers'. The same
"By X on <date>" line as a teaser's, far above the story past a long menu, dates nothing."""

from __future__ import annotations

import datetime as dt

import pytest

import newsparse
from newsparse.extract.date_labels import byline_dated
from newsparse.lexicon import lexicon
from tests.test_date_day_month_order import BODY, HEADLINE, URL

_BODY = (
    "Der Stadtrat hat am Dienstag beschlossen, den Nachtbus in die nördlichen Bezirke zu"
    " verlängern, nach Monaten der Beschwerden von Schichtarbeitern und Studierenden.\n\n"
    "Die neuen Linien fahren ab dem kommenden Monat und kosten die Stadt etwa zwei Millionen"
    " im Jahr, teilte das Verkehrsamt in einer Erklärung mit.\n\n"
    "Anwohner begrüßten die Entscheidung, forderten aber häufigere Fahrten am Wochenende,"
    " wenn die letzten Züge das Zentrum vor Mitternacht verlassen.\n"
)

_RELATED = (
    "Tweet\nFacebook 0 Twitter 0 LinkedIn\nÄhnliche Artikel:\n"
    "Stadtrat streitet über Busse\nNeue Linie im Süden\nBahnhof wird umgebaut\n"
)

_META = (
    "Von Redaktion am 21/02/2021. Abgelegt unter Stadt. Sie können alle Antworten zu diesem"
    " Eintrag durch den RSS 2.0 verfolgen. Kommentare sind geschlossen.\n"
)

_FOOT = "Leserkommentare geben nicht die Meinung der Redaktion wieder.\n"


def _page(after_body: str) -> str:
    return "Home\nNachrichten\nPolitik\n\nNachtbusse fahren bald in den Norden\n\n" + (
        _BODY + "\n" + after_body + _FOOT
    )


def test_post_meta_line_after_a_related_list_dates_the_story() -> None:
    assert newsparse.parse(_page(_RELATED + _META)).published == dt.date(2021, 2, 21)


def test_dated_teasers_after_the_body_date_nothing() -> None:
    # Each teaser of the list signed and dated: none of them is the story's meta line.
    teasers = (
        "Ähnliche Artikel:\nStadtrat streitet über Busse\n"
        "Von Anna Berg am 03/01/2021. Abgelegt unter Stadt.\n"
        "Neue Linie im Süden\nVon Jan Roth am 05/01/2021. Abgelegt unter Stadt.\n"
    )
    assert newsparse.parse(_page(teasers)).published is None


@pytest.mark.parametrize(
    "line",
    [
        # An embedded post: the name holds a handle.
        "A post shared by Kira Bejaoui (@kirabejaoui) on Apr 21, 2019 at 4:40am PDT",
        # An edit, not the post.
        "Updated by Jane Doe on Apr 21, 2019",
        # The byline prefix does not open the line.
        "Pembuat Film | Berita Islami, on Desember 30, 2015 at 4:36 am said:",
    ],
    ids=["embed", "edit", "pingback"],
)
def test_not_a_post_meta_line(line: str) -> None:
    assert not byline_dated(line, line.index(" on ") + 4, lexicon())


@pytest.mark.parametrize(
    "line",
    [
        "Von israel news am 21/02/2021. Abgelegt unter Israel.",
        "By Jane Doe on March 3, 2020",
        "Posted by admin on March 3, 2020",
    ],
)
def test_post_meta_line(line: str) -> None:
    start = next(i for i, c in enumerate(line) if c.isdigit() or c == "M")
    assert byline_dated(line, start, lexicon())


_SECTIONS = (
    "News Sport Business Culture Travel Weather Opinion Science Health Money Cars Homes Jobs"
    " Video Audio Podcasts Puzzles Crosswords Letters Obituaries Events Shop Offers Newsletters"
    " Contact About Careers Privacy Terms Cookies Help Archive Local World Politics Education"
    " Tech Games Food Style Books"
)
MENU = "\n".join(f"Section {word}" for word in _SECTIONS.split())


def test_byline_dated_teaser_far_above_the_story_dates_nothing() -> None:
    # A teaser's "By X on <date>" line far above the story (past a long menu) is no label
    # of the story's date: only a post's meta line under the story is.
    text = (
        f"Bakers strike over pay in the old town\nBy Jane Doe on March 3, 2019\n{MENU}\n"
        f"{HEADLINE}\n" + "\n".join([BODY * 2] * 6)
    )
    article = newsparse.parse(text, url=URL)
    assert article.headline == HEADLINE
    assert article.published is None


def test_byline_dated_meta_line_under_the_story_still_dates_it() -> None:
    text = f"{HEADLINE}\n" + "\n".join([BODY * 2] * 6) + "\nPosted by Jane Doe on March 3, 2019"
    assert newsparse.parse(text, url=URL).published == dt.date(2019, 3, 3)
