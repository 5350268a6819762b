"""Dates in other scripts: native digits (Arabic-Indic, Persian, Devanagari, Bengali, Thai), Greek
and Turkish month names in every case, Thai Buddhist-era years, Vietnamese "tháng" months."""

from __future__ import annotations

import datetime as dt

import pytest

import newsparse
from newsparse import solar_hijri
from newsparse.date_names import day_month_pattern, month_number
from newsparse.dates import find_dates, find_dates_each, with_page_calendar
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
        ("প্রকাশ: ২৭ নভেম্বর ২০২৬", "২৭ নভেম্বর ২০২৬", D(2026, 11, 27)),
        ("২০২৬-১১-২৭", "২০২৬-১১-২৭", D(2026, 11, 27)),
        ("๒๗/๑๑/๒๐๒๖", "๒๗/๑๑/๒๐๒๖", D(2026, 11, 27)),
        # A Thai date in Thai digits and the Buddhist era.
        ("๒๗ พฤศจิกายน ๒๕๖๙", "๒๗ พฤศจิกายน ๒๕๖๙", D(2026, 11, 27)),
    ],
)
def test_native_digits_are_read_with_their_spans(text: str, raw: str, date: D) -> None:
    for mentions in (find_dates(text), find_dates_each([text])[0]):
        assert [m.readings for m in mentions] == [(date,)]
        (mention,) = mentions
        assert mention.raw == raw
        assert text[mention.start : mention.end] == raw


@pytest.mark.parametrize(
    ("text", "raw", "date"),
    [
        ("۶ آذر ۱۴۰۵", "۶ آذر ۱۴۰۵", D(2026, 11, 27)),
        ("پنجشنبه ۶ آذرماه ۱۴۰۵ - ۰۹:۰۵", "۶ آذرماه ۱۴۰۵", D(2026, 11, 27)),
        ("6 آذر 1405", "6 آذر 1405", D(2026, 11, 27)),
        ("۱۲ دی ۱۴۰۲", "۱۲ دی ۱۴۰۲", D(2024, 1, 2)),
        ("۱۰ دي ۱۴۰۲", "۱۰ دي ۱۴۰۲", D(2023, 12, 31)),  # the Arabic "ي"
        # Nowruz: the year starts at the March equinox, on the 20th or the 21st.
        ("۱ فروردین ۱۴۰۳", "۱ فروردین ۱۴۰۳", D(2024, 3, 20)),
        ("۱ فروردین ۱۴۰۴", "۱ فروردین ۱۴۰۴", D(2025, 3, 21)),
        # 1403 is a leap year: its Esfand has 30 days.
        ("۳۰ اسفند ۱۴۰۳", "۳۰ اسفند ۱۴۰۳", D(2025, 3, 20)),
        # Afghan (Dari) month names: the zodiac signs name the same months.
        ("۶ قوس ۱۴۰۵", "۶ قوس ۱۴۰۵", D(2026, 11, 27)),
        ("۱ حمل ۱۴۰۴", "۱ حمل ۱۴۰۴", D(2025, 3, 21)),
        ("۳۰ حوت ۱۴۰۳", "۳۰ حوت ۱۴۰۳", D(2025, 3, 20)),
        ("۱۵ جدي ۱۴۰۲", "۱۵ جدي ۱۴۰۲", D(2024, 1, 5)),
    ],
)
def test_solar_hijri_dates_are_converted(text: str, raw: str, date: D) -> None:
    for mentions in (find_dates(text), find_dates_each([text])[0]):
        assert [(m.raw, m.readings) for m in mentions] == [(raw, (date,))]


@pytest.mark.parametrize(
    "text",
    [
        # Negative: 1404 is no leap year, its Esfand has 29 days.
        "۳۰ اسفند ۱۴۰۴",
        # Negative: a lunar Hijri date (Arabic month name) is not read.
        "٢٧ جمادى الأولى ١٤٤٨",
        # Negative: a number of the Solar Hijri years' range without a Persian month.
        "۱۲ ژانویه ۱۴۰۲",
    ],
)
def test_a_solar_hijri_date_needs_a_persian_month_and_a_real_day(text: str) -> None:
    assert find_dates(text) == []


def test_solar_hijri_conversion_matches_the_equinox_years() -> None:
    """1 Farvardin of years around today, as the astronomical calendar has them."""
    nowruz = {1399: 20, 1400: 21, 1401: 21, 1402: 21, 1403: 20, 1404: 21, 1405: 21, 1406: 21}
    for year, day in nowruz.items():
        assert solar_hijri.to_gregorian(year, 1, 1) == D(year + 621, 3, day)
    assert solar_hijri.to_gregorian(1299, 1, 1) is None
    assert solar_hijri.to_gregorian(1405, 7, 31) is None


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


@pytest.mark.parametrize(
    ("text", "raw", "date"),
    [
        ("27 พฤศจิกายน 2569", "27 พฤศจิกายน 2569", D(2026, 11, 27)),
        ("วันพฤหัสบดีที่ 27 พ.ย. 2569 เวลา 09:05 น.", "27 พ.ย. 2569", D(2026, 11, 27)),
        ("27 พฤศจิกายน พ.ศ. 2569", "27 พฤศจิกายน พ.ศ. 2569", D(2026, 11, 27)),
        ("3 ม.ค. 2567", "3 ม.ค. 2567", D(2024, 1, 3)),
        # A common-era year with a Thai month stays as it is.
        ("27 พฤศจิกายน 2026", "27 พฤศจิกายน 2026", D(2026, 11, 27)),
        ("27 พฤศจิกายน ค.ศ. 2026", "27 พฤศจิกายน ค.ศ. 2026", D(2026, 11, 27)),
        # A two-digit year beside a Thai month is the Buddhist era's.
        ("วันที่ 3 ม.ค. 67 เวลา 10:30 น.", "3 ม.ค. 67", D(2024, 1, 3)),
        ("3 มกราคม 67", "3 มกราคม 67", D(2024, 1, 3)),
        # A numeric date with a Buddhist-era year on a line of Thai words.
        ("อัปเดต 3/1/2567 10:30 น.", "3/1/2567", D(2024, 1, 3)),
        ("วันที่ 03-01-2567", "03-01-2567", D(2024, 1, 3)),
    ],
)
def test_thai_dates_count_buddhist_era_years(text: str, raw: str, date: D) -> None:
    for mentions in (find_dates(text), find_dates_each([text])[0]):
        assert [(m.raw, m.readings) for m in mentions] == [(raw, (date,))]


@pytest.mark.parametrize(
    "text",
    [
        # Negative: a Buddhist-era year needs a Thai month beside it.
        "27/11/2569",
        "27 November 2569",
        # Negative: the common-era label refuses a Buddhist-era year.
        "27 พฤศจิกายน ค.ศ. 2569",
        # Negative: a clock time after a Thai month is no two-digit year.
        "27 พ.ย. 10:30 น.",
        # Negative: a two-digit Buddhist-era year ahead of the clock (2599 is 2056).
        "27 พ.ย. 99",
        # Negative: a small number after a Thai month is a count (2515 would be 1972).
        "เมื่อ 5 ม.ค. 15 รายเสียชีวิต",
    ],
)
def test_a_buddhist_era_year_needs_thai_evidence(text: str) -> None:
    assert find_dates(text) == []


@pytest.mark.parametrize(
    "name",
    [
        "১২ জানু\u09dfারি ২০২৪",  # "য়" as one code point (U+09DF)
        "১২ জানু\u09af\u09bcারি ২০২৪",  # "য" and the nukta
        "12 \u095eरवरी 2024",  # "फ़" as one code point (U+095E)
        "12 \u092b\u093cरवरी 2024",
    ],
)
def test_indic_month_names_match_in_both_nukta_spellings(name: str) -> None:
    assert [m.readings for m in find_dates(name)] in ([(D(2024, 1, 12),)], [(D(2024, 2, 12),)])


@pytest.mark.parametrize(
    ("text", "raw", "date"),
    [
        ("ngày 27 tháng 11 năm 2026", "27 tháng 11 năm 2026", D(2026, 11, 27)),
        ("Ngày 3 tháng 1 năm 2025", "3 tháng 1 năm 2025", D(2025, 1, 3)),
        ("27 Tháng Mười Một, 2026", "27 Tháng Mười Một, 2026", D(2026, 11, 27)),
        ("Thứ năm, 27/11/2026, 09:05 (GMT+7)", "27/11/2026", D(2026, 11, 27)),
    ],
)
def test_vietnamese_dates(text: str, raw: str, date: D) -> None:
    assert [(m.raw, m.readings) for m in find_dates(text)] == [(raw, (date,))]


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("27 tháng 11", "tháng 11"),
        ("27 tháng Mười Một", "tháng Mười Một"),
        # Negative: with its year, the date is no yearless one, and no shorter month name
        # ("tháng 1", "tháng Mười") is read in its place.
        ("ngày 27 tháng 11 năm 2026", None),
        ("27 tháng Mười Một, 2026", None),
    ],
)
def test_a_yearless_day_and_month_takes_the_longest_month_name(
    text: str, month: str | None
) -> None:
    match = day_month_pattern().search(text)
    assert (match["mon"] if match else None) == month


_TH_PAGE = [
    "รัฐบาลประกาศเปิดโรงพยาบาลแห่งใหม่ในเชียงใหม่",
    "วันพฤหัสบดีที่ 27 พ.ย. 2569 เวลา 09:05 น.",
    "กระทรวงสาธารณสุขเปิดเผยว่า รัฐบาลจะเปิดโรงพยาบาลแห่งใหม่ในจังหวัดเชียงใหม่ในเดือนหน้า"
    " หลังจากโครงการล่าช้ามาหลายปี โดยโรงพยาบาลแห่งนี้จะให้บริการประชาชนหลายพันคนในพื้นที่",
    "รัฐมนตรีกล่าวว่า โรงพยาบาลจะมีเตียงผู้ป่วยหลายร้อยเตียงและแผนกเฉพาะทางสำหรับเด็ก"
    " และคาดว่าจะเริ่มเปิดให้บริการได้ก่อนสิ้นปีนี้ หลังจากติดตั้งอุปกรณ์ทางการแพทย์ครบถ้วนแล้ว",
]

_BN_PAGE = [
    "শহরে নতুন হাসপাতাল খুলছে সরকার",
    "প্রকাশ: ২৭ নভেম্বর ২০২৬, ০৯:০৫",
    "স্বাস্থ্যমন্ত্রী বলেছেন যে সরকার আগামী মাসে শহরে একটি নতুন হাসপাতাল খুলবে। কয়েক বছর ধরে"
    " বিলম্বিত এই প্রকল্পটি এলাকার হাজার হাজার মানুষকে সেবা দেবে।",
    "মন্ত্রী জানান, হাসপাতালে শিশুদের জন্য বিশেষ বিভাগ ও কয়েকশ শয্যা থাকবে। বছরের শেষের আগেই"
    " সেখানে কাজ শুরু হবে বলে আশা করা হচ্ছে।",
]


@pytest.mark.parametrize(("lang", "page"), [("th", _TH_PAGE), ("bn", _BN_PAGE)], ids=["th", "bn"])
def test_a_thai_or_bengali_article_is_identified_and_dated(lang: str, page: list[str]) -> None:
    """A Buddhist-era date line in Thai, a date line in Bengali digits."""
    article = newsparse.parse("\n\n".join(page))
    assert article.lang == lang
    assert article.published == D(2026, 11, 27)
    assert article.headline == page[0]
    assert article.body == tuple(page[2:])


@pytest.mark.parametrize(
    ("text", "lang", "raw", "date"),
    [
        ("تاریخ انتشار: ۱۴۰۲/۱۰/۱۲ - ۰۹:۰۵", "fa", "۱۴۰۲/۱۰/۱۲", D(2024, 1, 2)),
        ("1402/10/12", "fa", "1402/10/12", D(2024, 1, 2)),
        ("อัปเดต 3/1/2567", "th", "3/1/2567", D(2024, 1, 3)),
        ("3/1/2567 10:30", "th", "3/1/2567", D(2024, 1, 3)),
        # Negative: an Arabic or Urdu page writes lunar Hijri years (1445) in the same form.
        ("١٤٤٥/٠٦/٢٠", "ar", None, None),
        ("۱۴۴۵/۰۶/۲۰", "ur", None, None),
        # Negative: a Buddhist-era numeric date needs a Thai page or Thai words beside it.
        ("3/1/2567", "en", None, None),
        # Negative: no page dates itself ahead of the clock (1500 is past the years read; 1499
        # is 2120).
        ("۱۴۹۹/۰۱/۰۱", "fa", None, None),
    ],
)
def test_a_page_language_reads_its_own_calendars_numeric_dates(
    text: str, lang: str, raw: str | None, date: D | None
) -> None:
    (mentions,) = with_page_calendar([text], find_dates_each([text]), lang)
    assert [(m.raw, m.readings) for m in mentions] == ([(raw, (date,))] if raw else [])


_FA_PAGE = [
    "دولت بیمارستان تازه‌ای در شهر افتتاح می‌کند",
    "۱۴۰۲/۱۰/۱۲",
    "وزیر بهداشت گفت که دولت ماه آینده بیمارستان تازه‌ای در شهر افتتاح خواهد کرد و این طرح که"
    " سال‌ها به تأخیر افتاده بود به هزاران نفر از ساکنان منطقه خدمت خواهد کرد.",
    "به گفته وزیر، این بیمارستان صدها تخت و بخش‌های ویژه کودکان خواهد داشت و کار آن پیش از پایان"
    " سال و پس از نصب تجهیزات پزشکی آغاز می‌شود.",
]


def test_a_persian_page_is_dated_by_a_numeric_solar_hijri_line() -> None:
    assert newsparse.parse("\n\n".join(_FA_PAGE), language="fa").published == D(2024, 1, 2)
    # The same line on a page declared Arabic is a lunar Hijri date: not read.
    assert newsparse.parse("\n\n".join(_FA_PAGE), language="ar").published is None
