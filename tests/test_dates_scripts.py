"""Dates in other scripts: native digits (Arabic-Indic, Persian, Devanagari), Greek and Turkish
month names in every case."""

from __future__ import annotations

import datetime as dt

import pytest

import newsparse
from newsparse.date_names import month_number
from newsparse.dates import find_dates, find_dates_each
from newsparse.lexicon import fold

D = dt.date


@pytest.mark.parametrize(
    ("text", "raw", "date"),
    [
        ("نشر في ١٢ يناير ٢٠٢٤ الساعة", "١٢ يناير ٢٠٢٤", D(2024, 1, 12)),
        ("۱۲ ژانویه ۲۰۲۴", "۱۲ ژانویه ۲۰۲۴", D(2024, 1, 12)),
        ("प्रकाशित: १५ जनवरी २०२४", "१५ जनवरी २०२४", D(2024, 1, 15)),
        ("٢٠٢٤-٠١-١٢", "٢٠٢٤-٠١-١٢", D(2024, 1, 12)),
        # Mixed digits: an ASCII day, a native year.
        ("12 يناير ٢٠٢٤", "12 يناير ٢٠٢٤", D(2024, 1, 12)),
    ],
)
def test_native_digits_are_read_with_their_spans(text: str, raw: str, date: D) -> None:
    for mentions in (find_dates(text), find_dates_each([text])[0]):
        assert [m.readings for m in mentions] == [(date,)]
        (mention,) = mentions
        assert mention.raw == raw
        assert text[mention.start : mention.end] == raw


def test_a_solar_hijri_year_is_not_read() -> None:
    # ۱۴۰۲ is no Gregorian year: no pattern reads it.
    assert find_dates("۱۲ دی ۱۴۰۲") == []


def test_native_digit_date_line_dates_a_page() -> None:
    body = [
        "قال وزير الصحة إن الحكومة ستفتح مستشفى جديدا في المدينة خلال الشهر المقبل، "
        "وأضاف أن المشروع الذي تأخر منذ سنوات سيخدم آلاف السكان في المنطقة.",
        "وأوضح الوزير أن المستشفى الجديد سيضم مئات الأسرة وأقساما متخصصة للأطفال، "
        "وأن العمل فيه سيبدأ قبل نهاية العام بعد اكتمال التجهيزات اللازمة.",
    ]
    page = "\n\n".join(["الحكومة تفتح مستشفى جديدا في المدينة", "١٢ يناير ٢٠٢٤", *body])
    assert newsparse.parse(page).published == D(2024, 1, 12)


def test_fold_composes_what_case_folding_decomposes() -> None:
    # "ΐ" (U+0390) case-folds to "ι" and two combining marks.
    assert fold("Μαΐου") == "μα\u0390ου"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("12 Μαΐου 2024", D(2024, 5, 12)),
        ("Αθήνα, 3 Μαΐου 2023", D(2023, 5, 3)),
        ("12 ΜΑΪΟΥ 2024", D(2024, 5, 12)),
        ("12 MAYIS 2024", D(2024, 5, 12)),
        ("5 KASIM 2020", D(2020, 11, 5)),
        ("31 ARALIK 2019", D(2019, 12, 31)),
        ("12 Mayıs 2024", D(2024, 5, 12)),
    ],
)
def test_greek_and_turkish_month_names_in_any_case(text: str, date: D) -> None:
    assert [m.readings for m in find_dates(text)] == [(date,)]


def test_month_number_is_dotless_i_tolerant() -> None:
    assert month_number("MAYIS") == month_number("mayis") == month_number("Mayıs") == 5
    assert month_number("μαΐου") == 5
    assert month_number("nomonth") is None
