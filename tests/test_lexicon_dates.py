"""Date labels, weekdays and month names of the languages beyond the dev corpus's main ones.

Publication and update labels of Czech, Danish, Norwegian, Swedish, Indonesian, Russian,
Ukrainian, Hungarian, Lithuanian, Hebrew and Romanian; weekdays before a two-digit-year date;
Hungarian and Lithuanian dates written year first, Hebrew ones with the preposition glued to the
month.
"""

from __future__ import annotations

import datetime as dt

import pytest

import newsparse
from newsparse.dates import find_dates
from tests.test_layout import _PARAS

D = dt.date

_BODY = "\n\n".join(_PARAS[:4])


def _page(line: str) -> str:
    return f"Home\n\nCity expands night bus network\n\n{line}\n\n{_BODY}"


@pytest.mark.parametrize(
    "line",
    [
        "Publikováno 12. března 2024 - Aktualizováno 14. března 2024",
        "Publiceret 12. marts 2024 - Opdateret 14. marts 2024",
        "Publisert 12. mars 2024 - Oppdatert 14. mars 2024",
        "Publicerad 12 mars 2024 - Uppdaterad 14 mars 2024",
        "Diterbitkan 12 Maret 2024 - Diperbarui 14 Maret 2024",
        "Опубликовано 12 марта 2024 - Обновлено 14 марта 2024",
        "Опубліковано 12 березня 2024 - Оновлено 14 березня 2024",
    ],
    ids=["cs", "da", "no", "sv", "id", "ru", "uk"],
)
def test_publication_and_update_labels(line: str) -> None:
    article = newsparse.parse(_page(line))
    assert (article.published, article.updated) == (D(2024, 3, 12), D(2024, 3, 14))


@pytest.mark.parametrize(
    "line",
    [
        "Onsdag, 12.03.24",
        "Tisdag, 12.03.24",
        "Среда, 12.03.24",
        "Rabu, 12.03.24",
        "Středa, 12.03.24",
        "Trešdien, 12.03.24",
    ],
    ids=["da", "sv", "ru", "id", "cs", "lv"],
)
def test_a_weekday_cues_a_two_digit_year_date(line: str) -> None:
    assert [m.readings[0] for m in find_dates(line)] == [D(2024, 3, 12)]


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        ("Közzétéve: 2024. március 12. 10:15", "2024. március 12"),
        ("2024.március 12.", "2024.március 12"),
        # Hungarian abbreviations, with their dot and the day's.
        ("Közzétéve: 2024. márc. 12. 10:15", "2024. márc. 12"),
        # Latvian: year, "gada" ("of the year"), day, month (locative or nominative).
        ("Publicēts: 2024. gada 12. martā, 10:15", "2024. gada 12. martā"),
        ("2024. gada 12. marts", "2024. gada 12. marts"),
        ("Paskelbta 2024 m. kovo 12 d. 10:15", "2024 m. kovo 12"),
        ("פורסם 12 במרץ 2024", "12 במרץ 2024"),
        ("12 מרס 2024", "12 מרס 2024"),
    ],
)
def test_year_first_and_hebrew_month_names(text: str, raw: str) -> None:
    assert [(m.raw, m.readings) for m in find_dates(text)] == [(raw, (D(2024, 3, 12),))]
    assert newsparse.parse(_page(text)).published == D(2024, 3, 12)


@pytest.mark.parametrize(
    "text",
    [
        # Negative: a sentence ending in a year, then a word (no year-first month name).
        "It opened in 2019. Then 12 more ships came.",
        # Negative: only the year-first languages' names are read after a year.
        "It opened in 2019. March 12 was the day.",
        # Negative: five digits are no year.
        "Ref 12024. március 12",
        # Negative: an abbreviation shared with English reads only with the day's dot.
        "It opened in 2019. Jan. 12 ships came.",
    ],
)
def test_no_year_first_date_without_its_language(text: str) -> None:
    assert find_dates(text) == []


@pytest.mark.parametrize(
    "line",
    [
        "Közzétéve: 2024. március 12. - Frissítve: 2024. március 14.",
        "Paskelbta 2024 m. kovo 12 d. - Atnaujinta 2024 m. kovo 14 d.",
        "Publicēts 2024. gada 12. martā - Atjaunots 2024. gada 14. martā",
        "פורסם 12 במרץ 2024 - עודכן 14 במרץ 2024",
        "Publicat 12 martie 2024 - Actualizat 14 martie 2024",
    ],
    ids=["hu", "lt", "lv", "he", "ro"],
)
def test_date_labels_of_the_months_only_languages(line: str) -> None:
    article = newsparse.parse(_page(line))
    assert (article.published, article.updated) == (D(2024, 3, 12), D(2024, 3, 14))


_LV_PARAGRAPH = (
    "Rīgas dome trešdien paziņoja, ka pilsētā tiks ieviests jauns satiksmes plāns, kas ir vērsts"
    " uz sastrēgumu mazināšanu. Tas stāsies spēkā nākamā gada sākumā, bet vēl nav skaidrs, vai"
    " tas aptvers arī visas galvenās ielas, sacīja domes pārstāvis."
)


@pytest.mark.parametrize(
    ("byline", "tags", "authors"),
    [
        ("Autors: Jānis Bērziņš", "Tēmas: Rīga, satiksme", ("Jānis Bērziņš",)),
        ("Jānis Bērziņš un Anna Kalniņa", "Birkas\nRīga\nsatiksme",
         ("Jānis Bērziņš", "Anna Kalniņa")),
    ],
)  # fmt: skip
def test_a_latvian_page_reads_its_byline_tags_and_language(
    byline: str, tags: str, authors: tuple[str, ...]
) -> None:
    dump = "\n\n".join(
        ("Sākums | Ziņas", "Rīga paziņo jaunu satiksmes plānu", byline,
         "Trešdien, 2026. gada 25. novembrī", *[_LV_PARAGRAPH] * 3, tags)
    )  # fmt: skip
    article = newsparse.parse(dump)
    assert article.authors == authors
    assert article.tags == ("Rīga", "satiksme")
    assert article.published == D(2026, 11, 25)
    assert article.lang == "lv"
