"""Tests of the date audit command (``python -m benchmarks.date_audit``).

They build a tiny synthetic corpus, so they always run.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from benchmarks import date_audit

BODY = (
    "The council met on Tuesday to discuss the budget for the coming year. "
    "Members argued for hours before a vote was taken late in the evening."
)


def _page(root: Path, page_id: str, published: str, text: str, html: str) -> None:
    folder = root / "src" / page_id
    folder.mkdir(parents=True)
    truth = {"source": "src", "id": page_id, "url": None, "published": published}
    (folder / "truth.json").write_text(json.dumps(truth), encoding="utf-8")
    (folder / "page.txt").write_text(text, encoding="utf-8")
    (folder / "page.htmltext.txt").write_text(text, encoding="utf-8")
    (folder / "page.html").write_text(html, encoding="utf-8")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    # Right: the text writes the truth date.
    _page(
        root,
        "right",
        "2021-03-04",
        f"Council approves budget\nMarch 4, 2021\n{BODY}",
        "<html><body><h1>Council approves budget</h1><p>March 4, 2021</p>"
        f"<p>{BODY}</p></body></html>",
    )
    # Wrong: the text writes another day (a time-zone shift in the truth); the HTML
    # carries the truth day only as an ISO value in an attribute.
    _page(
        root,
        "shifted",
        "2021-03-05",
        f"Council approves budget\nMarch 4, 2021\n{BODY}",
        '<html><head><meta property="article:published_time" content="2021-03-05T02:00:00Z">'
        f"</head><body><h1>Council approves budget</h1><p>{BODY}</p></body></html>",
    )
    # Missing: no date anywhere.
    _page(
        root,
        "undated",
        "2021-03-06",
        f"Council approves budget\n{BODY}",
        f"<html><body><h1>Council approves budget</h1><p>{BODY}</p></body></html>",
    )
    return root


def test_written_dates_reads_text_lines_iso_values_and_both_readings() -> None:
    text = 'x <meta content="2020-08-25T00:23:33.312Z"> 04/05/2019 <p>May 1, 2020</p>'
    found = date_audit.written_dates(text, html=True)
    assert {dt.date(2020, 8, 25), dt.date(2020, 5, 1)} <= found
    assert {dt.date(2019, 4, 5), dt.date(2019, 5, 4)} <= found
    assert date_audit.written_dates("nothing here", html=False) == set()
    assert dt.date(2019, 11, 19) in date_audit.written_dates(
        "", html=False, url="https://example.org/2019/11/19/story"
    )


def test_written_dates_skip_scripts_and_tracking_queries_but_read_json_ld() -> None:
    # An analytics script's configuration and a tracking pixel's query string write a date
    # that no reader of the page takes as the story's; JSON-LD metadata is read.
    html = (
        '<script>wt.contentGroup = {9: "2019-10-16"};</script>'
        '<img src="https://track.example/p?cg9=2019-10-16&amp;x=1">'
        '<script type="application/ld+json">{"datePublished": "2019-10-19T19:08:22+02:00"}'
        "</script><p>Story</p>"
    )
    found = date_audit.written_dates(html, html=True)
    assert dt.date(2019, 10, 16) not in found
    assert dt.date(2019, 10, 19) in found
    # A date in a link's path still counts.
    assert dt.date(2019, 10, 16) in date_audit.written_dates(
        '<a href="/2019-10-16/story?ref=x">x</a>', html=True
    )


def test_audit_table_counts_outcomes_and_ceiling(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert date_audit.main(["--corpus", str(corpus), "--input", "txt", "--list"]) == 0
    out = capsys.readouterr().out
    assert "| right | 1 | 1 | 0 |" in out
    assert "| wrong | 1 | 0 | 1 |" in out
    assert "| missing | 1 | 0 | 1 |" in out
    assert "right ceiling: 1 (0.333)" in out
    assert "truth not written (wrong or missing for a reader of the dump): 2" in out
    assert "wrong   src/shifted: got 2021-03-04, truth 2021-03-05 (NOT written)" in out


def test_audit_html_sees_iso_attribute_values(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert date_audit.main(["--corpus", str(corpus), "--input", "html"]) == 0
    out = capsys.readouterr().out
    # The shifted page's HTML writes its truth day in the meta tag, and newsparse reads it.
    assert "| right | 2 | 2 | 0 |" in out
    assert "| missing | 1 | 0 | 1 |" in out


def test_audit_without_corpus_exits_2(tmp_path: Path) -> None:
    assert date_audit.main(["--corpus", str(tmp_path / "none")]) == 2


def test_classify_time_zone_both_directions() -> None:
    utc = dt.datetime(2019, 11, 19, 7, 3, tzinfo=dt.UTC)
    # The page shows the local day (18th); the truth is the declared UTC day.
    cause = date_audit.classify(
        "Reuters November 18, 2019 11:03 PM",
        html=False,
        truth=dt.date(2019, 11, 19),
        returned=dt.date(2019, 11, 18),
        declared={utc},
    )
    assert cause == date_audit.TZ_DECLARED
    # The other way: the declared instant's UTC day is returned, the truth is a local day.
    late = dt.datetime(2020, 5, 2, 2, 54, tzinfo=dt.UTC)
    cause = date_audit.classify(
        '<meta content="2020-05-02T02:54:29Z"><p>Friday, May 1, 2020</p>',
        html=True,
        truth=dt.date(2020, 5, 1),
        returned=late,
        declared={late},
    )
    assert cause == date_audit.TZ_LOCAL
    # Two days apart is no time zone.
    cause = date_audit.classify(
        "November 17, 2019",
        html=False,
        truth=dt.date(2019, 11, 19),
        returned=dt.date(2019, 11, 17),
        declared={utc},
    )
    assert cause == date_audit.UNWRITTEN


def test_classify_order_unwritten_and_reachable() -> None:
    cause = date_audit.classify(
        "Veröffentlicht 06.01.2026",
        html=False,
        truth=dt.date(2026, 6, 1),
        returned=dt.date(2026, 1, 6),
        declared=set(),
    )
    assert cause == date_audit.ORDER
    cause = date_audit.classify(
        "no date", html=False, truth=dt.date(2020, 1, 2), returned=None, declared=set()
    )
    assert cause == date_audit.UNWRITTEN
    cause = date_audit.classify(
        "January 2, 2020", html=False, truth=dt.date(2020, 1, 2), returned=None, declared=set()
    )
    assert cause == date_audit.REACHABLE


def test_audit_prints_cause_table_and_bounds(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert date_audit.main(["--corpus", str(corpus), "--input", "txt", "--list"]) == 0
    out = capsys.readouterr().out
    # The shifted page shows 4 March; its HTML declares 02:00 UTC on the 5th, the truth.
    assert f"| {date_audit.TZ_DECLARED} | 1 | 0 | 1 |" in out
    assert f"| {date_audit.UNWRITTEN} | 0 | 1 | 1 |" in out
    assert "honest right ceiling (right + reachable): 1 (0.333)" in out
    assert "wrong floor (time zone + order): 1 (0.333)" in out
    assert f"(NOT written) [{date_audit.TZ_DECLARED}]" in out


def test_classify_returned_local_instant_against_declared_utc_day() -> None:
    utc = dt.datetime(2019, 11, 19, 7, 3, tzinfo=dt.UTC)
    local = utc.astimezone(dt.timezone(dt.timedelta(hours=-8)))
    # newsparse gives the declared instant in the page's offset (the 18th); the truth is
    # the declared UTC day: the first direction, not the second.
    cause = date_audit.classify(
        "<p>November 18, 2019 11:03 PM</p>",
        html=True,
        truth=dt.date(2019, 11, 19),
        returned=local,
        declared={utc},
    )
    assert cause == date_audit.TZ_DECLARED
