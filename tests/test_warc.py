"""WARC/ARC input: a WARC built with warcio round-trips, each HTML response parsed with hints."""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest

import newsparse
from newsparse import sources
from newsparse.batch import parse_many
from newsparse.cli import main
from newsparse.errors import ConfigError
from newsparse.model import Article

warcio = pytest.importorskip("warcio")
from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

PAGES = {
    "https://news.example.org/storm": (
        "2024-03-04T05:06:07Z",
        "text/html; charset=utf-8",
        b"<html><head><title>Storm hits coast</title></head><body><h1>Storm hits coast</h1>"
        b"<p>By Jane Roe</p><p>A storm hit the coast on Monday, flooding streets and closing "
        b"schools, officials said.</p></body></html>",
    ),
    "https://news.example.org/café": (
        "2023-11-30T23:59:59Z",
        "text/html; charset=ISO-8859-1",
        "<html><body><h1>Café reopens</h1><p>The café on Main Street reopened on Friday "
        "after a fire closed it for a year, its owner said.</p></body></html>".encode("latin-1"),
    ),
    "https://news.example.org/plain": (
        "2022-01-02T03:04:05.123456Z",
        "application/xhtml+xml",
        b"<html><body><h1>No charset</h1><p>A page whose HTTP header names no charset.</p>"
        b"</body></html>",
    ),
}
SKIPPED = {
    "https://news.example.org/logo.png": ("200 OK", "image/png", b"\x89PNG\r\n\x1a\n"),
    "https://news.example.org/missing": ("404 Not Found", "text/html", b"<h1>Not found</h1>"),
}


def _response(writer: Any, uri: str, date: str, *, status: str, ctype: str, body: bytes) -> Any:
    http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
    return writer.create_warc_record(
        uri,
        "response",
        payload=io.BytesIO(body),
        length=len(body),  # a known length keeps warcio from spooling to an unclosed temp file
        http_headers=http,
        warc_headers_dict={"WARC-Date": date},
    )


def write_warc(path: Path, *, gzip: bool = True) -> None:
    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
        for uri, (date, ctype, body) in PAGES.items():
            request = StatusAndHeaders(
                "GET / HTTP/1.1", [("Host", "news.example.org")], is_http_request=True
            )
            record = writer.create_warc_record(
                uri, "request", payload=io.BytesIO(b""), length=0, http_headers=request
            )
            writer.write_record(record)
            writer.write_record(
                _response(writer, uri, date, status="200 OK", ctype=ctype, body=body)
            )
        for uri, (status, ctype, body) in SKIPPED.items():
            writer.write_record(
                _response(
                    writer, uri, "2024-01-01T00:00:00Z", status=status, ctype=ctype, body=body
                )
            )


@pytest.fixture(params=[True, False], ids=["warc.gz", "warc"])
def warc_path(tmp_path: Path, request: pytest.FixtureRequest) -> Path:
    path = tmp_path / ("crawl.warc.gz" if request.param else "crawl.warc")
    write_warc(path, gzip=request.param)
    return path


def _fetched(date: str) -> dt.datetime:
    return dt.datetime.fromisoformat(date)


def test_every_html_response_is_read_with_its_hints(warc_path: Path) -> None:
    items = list(sources.iter_warc(warc_path))
    assert [i.url for i in items] == list(PAGES)
    assert [i.fetched for i in items] == [_fetched(d) for d, _, _ in PAGES.values()]
    assert len({i.key for i in items}) == len(items)
    assert all(i.key.startswith(f"{warc_path}@") for i in items)


def test_payloads_are_decoded_with_the_http_charset(warc_path: Path) -> None:
    storm, cafe, plain = (i.dump for i in sources.iter_warc(warc_path))
    assert isinstance(storm, str)
    assert "Café reopens" in cafe
    assert plain == PAGES["https://news.example.org/plain"][2]


def test_round_trip_parses_every_page_with_url_and_date_hints(warc_path: Path) -> None:
    results = list(parse_many(sources.iter_warc(warc_path), workers=2))
    assert all(r.ok for r in results)
    for result, (uri, (date, _, _)) in zip(results, PAGES.items(), strict=True):
        item = next(i for i in sources.iter_warc(warc_path) if i.url == uri)
        assert result.article == newsparse.parse(item.dump, url=uri, fetched=_fetched(date))
        assert result.article is not None
        assert result.article.url == uri


class HintRecorder:
    """A picklable parser that returns its hints as the article's url and published date."""

    def parse(
        self, dump: str | bytes, /, *, url: str | None = None, fetched: dt.date | None = None
    ) -> Article:
        return Article(url=url, published=fetched)


def test_url_and_fetch_date_reach_the_parser(warc_path: Path) -> None:
    results = list(parse_many(sources.iter_warc(warc_path), workers=1, parser=HintRecorder()))
    got = [(r.article.url, r.article.published) for r in results if r.article]
    assert got == [(uri, _fetched(date)) for uri, (date, _, _) in PAGES.items()]


def test_cli_reads_warc_to_jsonl(warc_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["--warc", str(warc_path), "-o", str(out), "--no-summary"]) == 0
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["url"] for r in records] == list(PAGES)
    assert all(r["error"] is None for r in records)


ARC_VERSION_BLOCK = b"1 0 tests\nURL IP-address Archive-date Content-type Archive-length\n"
ARC = (
    f"filedesc://old.arc 0.0.0.0 20240102030405 text/plain {len(ARC_VERSION_BLOCK)}\n".encode()
    + ARC_VERSION_BLOCK
    + b"\n"
)


def _arc_record(uri: str, stamp: str, body: bytes) -> bytes:
    http = b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n" + body
    head = f"{uri} 10.0.0.1 {stamp} text/html {len(http)}\n".encode()
    return head + http + b"\n"


def test_arc_files_are_read_too(tmp_path: Path) -> None:
    path = tmp_path / "old.arc"
    body = b"<html><body><h1>Old news</h1><p>An old page from an ARC file.</p></body></html>"
    path.write_bytes(ARC + _arc_record("http://old.example.org/a", "20090807060504", body))
    [item] = sources.iter_warc(path)
    assert item.url == "http://old.example.org/a"
    assert item.fetched == dt.datetime(2009, 8, 7, 6, 5, 4, tzinfo=dt.UTC)
    assert item.dump == body


def test_missing_warcio_is_a_config_error(monkeypatch: pytest.MonkeyPatch, warc_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "warcio.archiveiterator", None)
    with pytest.raises(ConfigError, match=r"newsparse\[warc\]"):
        next(sources.iter_warc(warc_path))


def test_a_corrupt_archive_ends_with_an_error_item(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    whole = tmp_path / "whole.warc"
    write_warc(whole, gzip=False)
    data = whole.read_bytes()
    fourth_record = [i for i in range(len(data)) if data.startswith(b"WARC/1.0\r\n", i)][3]
    bad = tmp_path / "bad.warc"
    bad.write_bytes(data[:fourth_record] + b"garbage\r\n\r\n" + data[fourth_record:])
    out = tmp_path / "out.jsonl"
    assert main([str(bad), str(whole), "-o", str(out), "--no-summary"]) == 1
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert records[0]["url"] == next(iter(PAGES))
    assert records[1]["source"] == str(bad)
    assert records[1]["error"].startswith("ArchiveLoadFailed")
    assert [r["url"] for r in records[2:]] == list(PAGES)
    assert f"{bad}: ArchiveLoadFailed" in capsys.readouterr().err


def test_cli_reads_a_warc_from_stdin(
    warc_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(warc_path.read_bytes())))
    out = tmp_path / "out.jsonl"
    assert main(["--warc", "-", "-o", str(out)]) == 0
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["url"] for r in records] == list(PAGES)
    assert all(r["source"].startswith("-@") for r in records)
