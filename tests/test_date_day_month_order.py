"""The day/month order of an ambiguous numeric date ("11.03.17", "11/03/2017"): the US order
on an English page of a US or country-less site, the day first in a day-first region (by
domain or declared locale), under a day-first label, or when a clear date on the page settles
it; and two-digit-year slash dates, read only after a label."""

from __future__ import annotations

import datetime as dt

import newsparse
from newsparse.dates import find_dates

BODY = (
    "The council met on Tuesday to discuss the budget for the coming year. Members argued "
    "for hours before a vote was taken late in the evening, and the mayor said she was "
    "pleased. "
)
URL = "https://www.example.com/news/council-approves-the-new-budget-after-a-long-debate"
HEADLINE = "Council approves the new budget after a long debate"


def _published(date_line: str, url: str) -> dt.date | None:
    text = f"{HEADLINE}\n{date_line}\n" + "\n".join([BODY * 2] * 6)
    published = newsparse.parse(text, url=url).published
    return published.date() if isinstance(published, dt.datetime) else published


def _on(domain: str) -> str:
    return URL.replace("example.com", domain)


def test_english_dotted_date_reads_month_first_on_a_us_site() -> None:
    # "Published: 11.03.17" on an English page of a .com site: the US order, 3 November.
    assert _published("Published: 11.03.17", URL) == dt.date(2017, 11, 3)
    assert _published("Published: 11.03.2017", URL) == dt.date(2017, 11, 3)


def test_english_dotted_date_keeps_day_first_in_a_day_first_region() -> None:
    # A British domain, or a German site's English page, writes the day first.
    uk = URL.replace("example.com", "example.co.uk")
    de = URL.replace("example.com", "example.de")
    assert _published("Published: 11.03.17", uk) == dt.date(2017, 3, 11)
    assert _published("Published: 11.03.17", de) == dt.date(2017, 3, 11)


def test_english_dotted_date_follows_declared_locale_and_page_evidence() -> None:
    paragraphs = "".join(f"<p>{BODY * 2}</p>" for _ in range(6))
    html = (
        '<html lang="en-GB"><head><title>x</title></head><body><article>'
        f"<h1>{HEADLINE}</h1><p>Published: 11.03.17</p>{paragraphs}</article></body></html>"
    )
    published = newsparse.parse(html, url=URL).published
    assert published is not None
    assert published.isoformat()[:10] == "2017-03-11"
    # A clear dotted date elsewhere on the page (25.03.2017) settles the order: day first.
    text = f"{HEADLINE}\nPublished: 11.03.17\n" + "\n".join([BODY * 2] * 6)
    text += "\nAlso see our report of 25.03.2017"
    published = newsparse.parse(text, url=URL).published
    assert published is not None
    assert published.isoformat()[:10] == "2017-03-11"


def test_day_first_label_decides_the_order_on_an_english_us_page() -> None:
    # A German or French label wrote its date in its own order, whatever the page's language.
    assert _published("Veröffentlicht am 11.03.17", URL) == dt.date(2017, 3, 11)
    assert _published("Veröffentlicht am 11/03/2017", URL) == dt.date(2017, 3, 11)
    assert _published("Publié le 11/03/2017", URL) == dt.date(2017, 3, 11)
    # An English label leaves the US order of a .com page.
    assert _published("Published: 11/03/2017", URL) == dt.date(2017, 11, 3)
    assert _published("Published: 11.03.17", URL) == dt.date(2017, 11, 3)


def test_slash_date_on_an_english_page_of_a_day_first_country_reads_day_first() -> None:
    # The slash follows the region as the dot does: a German site's English page writes
    # 11/03/2017 for 11 March, as it writes 11.03.2017.
    for domain in ("example.de", "example.fr", "example.eu"):
        assert _published("Published: 11/03/2017", _on(domain)) == dt.date(2017, 3, 11)
        assert _published("Published: 11.03.2017", _on(domain)) == dt.date(2017, 3, 11)


def test_month_first_regions_read_both_separators_month_first() -> None:
    for domain in ("example.us", "example.ca", "example.ph"):
        assert _published("Published: 11/03/2017", _on(domain)) == dt.date(2017, 11, 3)
        assert _published("Published: 11.03.2017", _on(domain)) == dt.date(2017, 11, 3)


def test_domain_that_names_no_country_keeps_the_slash_month_first() -> None:
    # A .io or .tv site names no country: the slash keeps the US order of English, the
    # dot its day-first order.
    assert _published("Published: 11/03/2017", _on("example.io")) == dt.date(2017, 11, 3)
    assert _published("Published: 11.03.2017", _on("example.io")) == dt.date(2017, 3, 11)


def test_declared_locale_region_decides_the_slash_order() -> None:
    paragraphs = "".join(f"<p>{BODY * 2}</p>" for _ in range(6))
    for locale, expected in (("en-DE", dt.date(2017, 3, 11)), ("en-US", dt.date(2017, 11, 3))):
        html = (
            f'<html lang="{locale}"><head><title>x</title></head><body><article>'
            f"<h1>{HEADLINE}</h1><p>Published: 11/03/2017</p>{paragraphs}</article></body></html>"
        )
        published = newsparse.parse(html, url=_on("example.io")).published
        assert published is not None
        assert published.isoformat()[:10] == expected.isoformat()


def test_slash_date_with_a_two_digit_year_after_a_label_is_read() -> None:
    assert _published("Published: 11/03/17", URL) == dt.date(2017, 11, 3)
    assert _published("Published: 11/03/17", _on("example.co.uk")) == dt.date(2017, 3, 11)
    [mention] = find_dates("Published: 11/03/17")
    assert mention.readings == (dt.date(2017, 3, 11), dt.date(2017, 11, 3))


def test_slash_date_with_a_two_digit_year_needs_a_label() -> None:
    # Bare, or after other words, "1/2/24" may be a fraction or a ratio.
    assert find_dates("Mix 1/2/24 of the flour") == []
    assert find_dates("11/03/17 in Gadgetry") == []
