"""Page calendars beyond the visible date line, and the fetch date as the page's clock.

Solar Hijri (Persian, Pashto) and Buddhist-era (Thai) dates in metadata and in every written
form; two-digit years and page-calendar dates read against the day the page was fetched
(``parse(fetched=...)``, or the capture day an archived copy names); Greek's ";" question
mark in headlines.
"""

from __future__ import annotations

import datetime as dt

import pytest

import newsparse
from newsparse import solar_hijri
from newsparse.dates import (
    capture_date,
    find_dates,
    find_dates_each,
    parse_declared,
    with_page_calendar,
)
from newsparse.extract import find_block_dates
from newsparse.extract.byline_pieces import cut_pieces
from newsparse.extract.headline_lines import ends_clause

D = dt.date

_FA_PARAGRAPHS = (
    "تهران - قیمت نفت در بازارهای جهانی امروز افزایش یافت و این افزایش به دلیل تصمیم اوپک برای"
    " کاهش تولید بود که در نشست اخیر این سازمان گرفته شد.",
    "به گفته کارشناسان این روند در هفته‌های آینده نیز ادامه خواهد داشت و بازار نفت با نوسانات"
    " بیشتری روبرو خواهد شد که برای کشورهای واردکننده نگران کننده است.",
    "وزیر نفت نیز در این باره گفت که ایران آماده افزایش صادرات خود است و برنامه‌های جدیدی برای"
    " این کار دارد که به زودی اعلام خواهد شد.",
)
_FA_HEADLINE = "افزایش قیمت نفت در بازارهای جهانی پس از تصمیم اوپک"

_TH_PARAGRAPHS = (
    "กรุงเทพฯ - รัฐบาลได้ประกาศมาตรการใหม่เพื่อกระตุ้นเศรษฐกิจของประเทศ โดยมีการลดภาษีและเพิ่ม"
    "การลงทุนในโครงสร้างพื้นฐาน ซึ่งคาดว่าจะช่วยให้เศรษฐกิจเติบโตมากขึ้นในปีนี้",
    "นายกรัฐมนตรีกล่าวว่ามาตรการนี้จะช่วยให้ประชาชนมีรายได้เพิ่มขึ้นและลดค่าครองชีพ ซึ่งเป็นปัญหา"
    "สำคัญที่ประชาชนกำลังเผชิญอยู่ในขณะนี้",
)
_TH_HEADLINE = "รัฐบาลประกาศมาตรการใหม่เพื่อกระตุ้นเศรษฐกิจ"


def _html(lang: str, head: str, headline: str, paragraphs: tuple[str, ...], under: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<html lang="{lang}"><head>{head}</head><body><article><h1>{headline}</h1>{under}'
        f"{body}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("value", "lang", "expected"),
    [
        # Solar Hijri on a Persian or Pashto page, with its time and zone kept.
        (
            "1403-09-05T12:30:00+03:30",
            "fa",
            dt.datetime(2024, 11, 25, 12, 30, tzinfo=dt.timezone(dt.timedelta(hours=3.5))),
        ),
        ("۱۴۰۳/۰۹/۰۵", "fa", D(2024, 11, 25)),
        ("1403-09-05", "ps", D(2024, 11, 25)),
        # Buddhist era on a Thai page (a CMS set to the Thai locale).
        (
            "2567-11-27T10:00:00+07:00",
            "th",
            dt.datetime(2024, 11, 27, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=7))),
        ),
        # A common-era value is read as ever, on any page.
        ("2024-11-27", "th", D(2024, 11, 27)),
        # Negative: each calendar's years on its own pages only.
        ("2567-11-27", "fa", None),
        ("1403-09-05", "th", None),
        ("1403-09-05", "ar", None),
        ("1403-09-05", None, None),
        # Negative: no such day (Azar has 30 days).
        ("1403-09-31", "fa", None),
    ],
)
def test_declared_dates_read_the_page_calendar(
    value: str, lang: str | None, expected: dt.date | None
) -> None:
    assert parse_declared(value, lang) == expected


def test_a_persian_pages_metadata_date_is_read_in_its_calendar() -> None:
    head = '<meta property="article:published_time" content="1403-09-05T12:30:00+03:30">'
    article = newsparse.parse(_html("fa", head, _FA_HEADLINE, _FA_PARAGRAPHS))
    assert article.published == dt.datetime(
        2024, 11, 25, 12, 30, tzinfo=dt.timezone(dt.timedelta(hours=3.5))
    )


def test_a_thai_pages_json_ld_date_is_read_in_the_buddhist_era() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "x",'
        ' "datePublished": "2567-11-27T10:00:00+07:00"}</script>'
    )
    article = newsparse.parse(_html("th", head, _TH_HEADLINE, _TH_PARAGRAPHS))
    assert article.published == dt.datetime(
        2024, 11, 27, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=7))
    )


@pytest.mark.parametrize("line", ["۰۵/۰۹/۱۴۰۳ - ۱۲:۳۰", "۱۴۰۳/۰۹/۰۵", "۵ آذر ۱۴۰۳", "۵ آذر، ۱۴۰۳"])
def test_a_persian_date_line_under_the_headline_in_every_form(line: str) -> None:
    text = "\n\n".join((_FA_HEADLINE, line, *_FA_PARAGRAPHS))
    html = _html("fa", "", _FA_HEADLINE, _FA_PARAGRAPHS, f'<div class="date">{line}</div>')
    for dump in (text, html):
        article = newsparse.parse(dump, language="fa")
        assert article.published == D(2024, 11, 25)
        assert article.headline == _FA_HEADLINE


@pytest.mark.parametrize("line", ["27/11/2567 12:30 น.", "27 พ.ย. 2567", "27 พฤศจิกายน พ.ศ. 2567"])
def test_a_thai_date_line_under_the_headline_in_every_form(line: str) -> None:
    text = "\n\n".join((_TH_HEADLINE, line, *_TH_PARAGRAPHS))
    html = _html("th", "", _TH_HEADLINE, _TH_PARAGRAPHS, f"<p>{line}</p>")
    for dump in (text, html):
        assert newsparse.parse(dump, language="th").published == D(2024, 11, 27)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # The Pashto month names of the Solar Hijri calendar (Afghanistan), "ګ" and "ۍ" as
        # typed in either spelling, and "ک" as the Arabic "ك".
        ("۶ لیندۍ ۱۴۰۵", D(2026, 11, 27)),
        ("۶ لیندی ۱۴۰۵", D(2026, 11, 27)),
        ("۱ وری ۱۴۰۳", D(2024, 3, 20)),
        ("۱۰ غبرګولی ۱۴۰۳", D(2024, 5, 30)),
        ("۱۰ غبرگولی ۱۴۰۳", D(2024, 5, 30)),
        ("۱۲ كب ۱۴۰۳", D(2025, 3, 2)),
        ("5 سلواغه 1403", D(2025, 1, 24)),
    ],
)
def test_pashto_solar_hijri_month_names(text: str, date: dt.date) -> None:
    assert [m.readings for m in find_dates(text)] == [(date,)]


def test_a_pashto_page_reads_numeric_solar_hijri_dates() -> None:
    (found,) = find_block_dates(newsparse.document.from_text.read_text("۰۵/۰۹/۱۴۰۳").blocks, "ps")
    assert [m.readings for m in found] == [(D(2024, 11, 25),)]


def test_two_digit_years_are_read_against_the_fetch_year() -> None:
    # Fetched in 2019, "03.05.24" is not 2024, nor 1924 (before the web); "03.05.95" is 1995.
    # Read today, "03.05.24" is 2024.
    assert find_dates_each(["Stand: 03.05.24"], 2019) == [()]
    (found,) = find_dates_each(["Stand: 03.05.95"], 2019)
    assert {r.year for r in found[0].readings} == {1995}
    (found,) = find_dates_each(["Stand: 03.05.24"])
    assert {r.year for r in found[0].readings} == {2024}
    # With a four-digit year on the same line.
    (found,) = find_dates_each(["Updated 2019-01-01, 11/19/19 06:56 AM"], 2019)
    assert [m.readings for m in found] == [(D(2019, 1, 1),), (D(2019, 11, 19),)]


def test_page_calendar_dates_after_the_fetch_day_are_not_read() -> None:
    page = "\n\n".join((_FA_HEADLINE, "۱۴۰۳/۰۹/۰۵", *_FA_PARAGRAPHS))
    assert newsparse.parse(page, language="fa", fetched=D(2024, 11, 26)).published == D(
        2024, 11, 25
    )
    assert newsparse.parse(page, language="fa", fetched=D(2024, 11, 20)).published is None
    thai = "\n\n".join((_TH_HEADLINE, "27 พ.ย. 67", *_TH_PARAGRAPHS))
    assert newsparse.parse(thai, language="th").published == D(2024, 11, 27)
    # "67" of a page fetched in 2020 is no year of that page (2567 is 2024).
    assert newsparse.parse(thai, language="th", fetched=D(2020, 5, 1)).published is None


_ARTICLE = (
    "<html><head><title>Council approves budget</title></head><body><article>"
    "<h1>Council approves budget</h1><p>Published 11/03/19</p>"
    "<p>The city council approved the new budget on Tuesday after a long debate about the"
    " cost of the new bridge and the schools that the city plans to build next year.</p>"
    "<p>The mayor said that the budget was balanced and that taxes would not rise, though"
    " several members of the council voted against it in the end.</p>"
    "</article></body></html>"
)


@pytest.mark.parametrize(
    ("comment", "day"),
    [
        (
            "<!--\n     FILE ARCHIVED ON 08:06:12 Feb 17, 2013 AND RETRIEVED FROM THE\n"
            "     INTERNET ARCHIVE ON 10:11:29 Oct 14, 2020.\n-->",
            D(2013, 2, 17),
        ),
        (
            "<!--\n Page saved with SingleFile \n url: https://example.org/a \n"
            " saved date: Thu Nov 14 2019 10:00:00 GMT+0100 (CET)\n-->",
            D(2019, 11, 14),
        ),
    ],
)
def test_an_archived_copy_is_fetched_on_its_capture_day(comment: str, day: dt.date) -> None:
    dump = _ARTICLE + comment if "ARCHIVED" in comment else comment + _ARTICLE
    assert capture_date(dump) == day
    # "11/03/19" is 3 November 2019 (US order) only if the page was fetched after it.
    expected = D(2019, 11, 3) if day.year == 2019 else None
    assert newsparse.parse(dump).published == expected
    assert newsparse.parse(_ARTICLE).published == D(2019, 11, 3)


@pytest.mark.parametrize(
    "dump",
    [
        # A citation's "Retrieved" or "accessed" date and a copyright year are no fetch date.
        _ARTICLE.replace("</article>", "<p>Retrieved 20 November 2011.</p></article>"),
        _ARTICLE.replace("</body>", "<footer>© 2015 Example News</footer></body>"),
        _ARTICLE + "<!-- FILE ARCHIVED ON nothing -->",
    ],
)
def test_no_capture_day_without_an_archivers_comment(dump: str) -> None:
    assert capture_date(dump) is None


@pytest.mark.parametrize(
    ("text", "lang", "ends"),
    [
        # Greek asks with ";" (U+037E, mostly typed as the ASCII U+003B): a headline may.
        ("Τι αλλάζει στις συντάξεις;", "el", False),
        ("Τι αλλάζει στις συντάξεις\u037e", "el", False),
        # Elsewhere a final ";" ends a clause.
        ("He said it was over;", "en", True),
        ("He said it was over;", None, True),
        ("Τι αλλάζει στις συντάξεις.", "el", True),
    ],
)
def test_a_final_semicolon_asks_on_a_greek_page(text: str, lang: str | None, ends: bool) -> None:
    assert ends_clause(text, lang) is ends


def test_a_greek_headline_asking_with_a_semicolon() -> None:
    lines = (
        "Ειδήσεις σήμερα",
        "Τι αλλάζει στις συντάξεις από τον Ιανουάριο;",
        "12 Ιανουαρίου 2024",
        "Η κυβέρνηση ανακοίνωσε σήμερα τις νέες αυξήσεις στις συντάξεις που θα ισχύσουν από τον"
        " Ιανουάριο του επόμενου έτους για όλους τους συνταξιούχους.",
        "Σύμφωνα με το υπουργείο Εργασίας, οι αυξήσεις θα είναι της τάξης του τρία τοις εκατό και"
        " θα καταβληθούν με τη σύνταξη του Ιανουαρίου στους δικαιούχους.",
        "Οι συνταξιούχοι θα δουν τις αυξήσεις στους λογαριασμούς τους από τα τέλη του μήνα, όπως"
        " ανέφερε ο αρμόδιος υπουργός σε συνέντευξή του.",
    )
    article = newsparse.parse("\n".join(lines))
    assert article.lang == "el"
    assert article.headline == lines[1]


def _solar_hijri(day: dt.date) -> str:
    """``day`` as a year-first numeric Solar Hijri date ("1405/09/06")."""
    for year in (day.year - 622, day.year - 621):
        for month in range(1, 13):
            for number in range(1, 32):
                if solar_hijri.to_gregorian(year, month, number) == day:
                    return f"{year}/{month:02}/{number:02}"
    raise AssertionError(day)


def test_the_page_calendar_allows_tomorrow_as_the_date_field_does() -> None:
    # A page in a time zone ahead of the machine may carry tomorrow's date; not later ones.
    today = dt.date.today()
    texts = [_solar_hijri(today + dt.timedelta(days=k)) for k in (1, 2)]
    tomorrow, later = with_page_calendar(texts, find_dates_each(texts), "fa")
    assert [m.readings for m in tomorrow] == [(today + dt.timedelta(days=1),)]
    assert list(later) == []


@pytest.mark.parametrize(
    ("line", "pieces"),
    [
        ("نویسنده: علی رضایی ۱۴۰۵/۰۹/۰۶", ["نویسنده: علی رضایی"]),
        ("نویسنده: علی رضایی 1405/09/06", ["نویسنده: علی رضایی"]),
        ("John Smith 27/11/2569", ["John Smith"]),
        # Negative: no valid date of either calendar.
        ("Item 1405/13/45 Jane Doe", ["Item 1405", "13", "45 Jane Doe"]),
    ],
)
def test_a_byline_is_cut_at_a_page_calendar_date(line: str, pieces: list[str]) -> None:
    found, dated = cut_pieces(line)
    assert found == pieces
    assert dated == (len(pieces) == 1)


@pytest.mark.parametrize(
    ("lang", "line", "paragraphs", "headline"),
    [
        ("th", "John Smith 27/11/2569", _TH_PARAGRAPHS, "รัฐบาลประกาศมาตรการกระตุ้นเศรษฐกิจ"),
        ("fa", "John Smith ۱۴۰۵/۰۹/۰۶", _FA_PARAGRAPHS, _FA_HEADLINE),
    ],
)
def test_an_html_byline_dated_in_the_page_calendar(
    lang: str, line: str, paragraphs: tuple[str, ...], headline: str
) -> None:
    """An HTML line of names stands as a byline only when dated: in the page's calendar too."""
    dump = (
        f'<html lang="{lang}"><head><title>{headline}</title></head><body><article>'
        f"<h1>{headline}</h1><p>{line}</p>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</article></body></html>"
    )
    assert newsparse.parse(dump).authors == ("John Smith",)
