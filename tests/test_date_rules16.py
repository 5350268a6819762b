"""Date rules of the sixteenth round: the day/month order of an ambiguous numeric date by
its label's language and the page's region, and two-digit-year slash dates after a label."""

from __future__ import annotations

import datetime as dt

import newsparse
from newsparse.dates import find_dates
from tests.test_date_rules15 import BODY, HEADLINE, URL
from tests.test_date_rules15 import _dotted as _published


def _on(domain: str) -> str:
    return URL.replace("example.com", domain)


def test_day_first_label_decides_the_order_on_an_english_us_page() -> None:
    # A German or French label wrote its date in its own order, whatever the page's language.
    assert _published("Veröffentlicht am 11.03.17", URL) == dt.date(2017, 3, 11)
    assert _published("Veröffentlicht am 11/03/2017", URL) == dt.date(2017, 3, 11)
    assert _published("Publié le 11/03/2017", URL) == dt.date(2017, 3, 11)
    # An English label leaves the US order of a .com page.
    assert _published("Published: 11/03/2017", URL) == dt.date(2017, 11, 3)
    assert _published("Published: 11.03.17", URL) == dt.date(2017, 11, 3)


def test_slash_date_with_a_two_digit_year_after_a_label_is_read() -> None:
    assert _published("Published: 11/03/17", URL) == dt.date(2017, 11, 3)
    assert _published("Published: 11/03/17", _on("example.co.uk")) == dt.date(2017, 3, 11)
    [mention] = find_dates("Published: 11/03/17")
    assert mention.readings == (dt.date(2017, 3, 11), dt.date(2017, 11, 3))


def test_slash_date_with_a_two_digit_year_needs_a_label() -> None:
    # Bare, or after other words, "1/2/24" may be a fraction or a ratio.
    assert find_dates("Mix 1/2/24 of the flour") == []
    assert find_dates("11/03/17 in Gadgetry") == []


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
