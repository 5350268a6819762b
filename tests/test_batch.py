"""parse_many: same results as parse(), order, per-item errors as values, bounded read-ahead."""

from __future__ import annotations

import datetime as dt
import os
import pickle
import tracemalloc
from collections.abc import Iterator
from typing import Any

import pytest

import newsparse
from newsparse.batch import BatchItem, BatchResult, parse_item, parse_many
from newsparse.model import Article

PAGES: list[str | bytes] = [
    "<html><head><title>Storm hits coast</title></head><body><h1>Storm hits coast</h1>"
    "<p>By Jane Roe</p><p>A storm hit the coast on Monday, flooding streets and closing "
    "schools across the region, officials said.</p></body></html>",
    "Council votes on budget\n\nBy John Doe\n\nThe city council voted on Tuesday to approve "
    "a budget that raises spending on schools and parks.\n\nThe vote was 7 to 2.\n",
    b"<html><body><h1>Bytes page</h1><p>Caf\xc3\xa9 owners welcomed the new rules on "
    b"outdoor seating, which take effect next month.</p></body></html>",
    "",
]


class FailingParser:
    """A picklable parser that fails on pages containing BOOM and records its hints."""

    def parse(
        self, dump: str | bytes, /, *, url: str | None = None, fetched: dt.date | None = None
    ) -> Article:
        text = dump.decode() if isinstance(dump, bytes) else dump
        if "BOOM" in text:
            msg = "rule exploded"
            raise RuntimeError(msg)
        return Article(headline=text[:20] or None, url=url, published=fetched)


def test_serial_results_equal_parse() -> None:
    results = list(parse_many(PAGES, workers=1))
    assert [r.key for r in results] == ["0", "1", "2", "3"]
    assert [r.article for r in results] == [newsparse.parse(p) for p in PAGES]


@pytest.mark.parametrize("ordered", [True, False], ids=["ordered", "as-completed"])
def test_pool_gives_the_serial_results(ordered: bool) -> None:
    serial = list(parse_many(PAGES * 3, workers=1))
    pooled = list(parse_many(PAGES * 3, workers=2, ordered=ordered))
    if not ordered:
        pooled.sort(key=lambda r: int(r.key))
    assert pooled == serial


@pytest.mark.parametrize("workers", [1, 2])
def test_item_errors_are_values_and_the_batch_goes_on(workers: int) -> None:
    dumps = ["first page", "BOOM here", "third page"]
    results = list(parse_many(dumps, workers=workers, parser=FailingParser()))
    assert [r.ok for r in results] == [True, False, True]
    assert results[1].error == "RuntimeError: rule exploded"
    assert results[1].article is None


class CrashingParser(FailingParser):
    """Kills its worker process on pages containing CRASH, as a segfault would."""

    def parse(
        self, dump: str | bytes, /, *, url: str | None = None, fetched: dt.date | None = None
    ) -> Article:
        if dump == "CRASH":
            os._exit(1)
        return super().parse(dump, url=url, fetched=fetched)


@pytest.mark.parametrize("ordered", [True, False], ids=["ordered", "as-completed"])
def test_a_dead_worker_fails_only_the_pages_in_flight(ordered: bool) -> None:
    dumps = ["CRASH", *(f"page {i}" for i in range(20))]
    results = list(
        parse_many(dumps, workers=2, max_in_flight=2, ordered=ordered, parser=CrashingParser())
    )
    by_key = {r.key: r for r in results}
    assert len(by_key) == len(dumps)
    assert by_key["0"].error is not None
    assert by_key["0"].error.startswith("BrokenProcessPool")
    assert sum(not r.ok for r in results) <= 2  # at most max_in_flight pages were in flight


def test_unreadable_item_is_not_parsed() -> None:
    item = BatchItem(key="gone.html", dump=b"", error="FileNotFoundError: gone")
    result = parse_item(item, FailingParser())
    assert result == BatchResult(key="gone.html", error="FileNotFoundError: gone")


def test_hints_reach_the_parser() -> None:
    fetched = dt.datetime(2024, 5, 1, 12, tzinfo=dt.UTC)
    item = BatchItem(key="a", dump="x", url="https://e.org/a", fetched=fetched)
    article = parse_item(item, FailingParser()).article
    assert article is not None
    assert (article.url, article.published) == ("https://e.org/a", fetched)


def _counting(n: int, pulled: list[int]) -> Iterator[str]:
    for i in range(n):
        pulled.append(i)
        yield f"page {i}"


@pytest.mark.parametrize(("workers", "limit"), [(1, None), (2, 3)])
def test_input_is_read_at_most_max_in_flight_ahead(workers: int, limit: int | None) -> None:
    pulled: list[int] = []
    results = parse_many(
        _counting(1000, pulled), workers=workers, parser=FailingParser(), max_in_flight=limit
    )
    first = next(results)
    assert first.key == "0"
    assert len(pulled) <= (limit or 1)
    results.close()  # type: ignore[attr-defined]


class EchoParser(FailingParser):
    """Returns the whole dump as the body, so a kept result costs as much as a kept input."""

    def parse(
        self, dump: str | bytes, /, *, url: str | None = None, fetched: dt.date | None = None
    ) -> Article:
        return Article(body=(dump.decode() if isinstance(dump, bytes) else dump,))


def test_a_long_stream_keeps_nothing_per_page() -> None:
    page = "x" * 10_000  # 2,500 of these held anywhere (inputs or results) would be 25 MB
    stream = (BatchItem(key=str(i), dump=page + str(i)) for i in range(3_000))
    tracemalloc.start()
    try:
        for done, result in enumerate(parse_many(stream, workers=2, parser=EchoParser()), 1):
            assert result.ok
            if done == 500:
                early = tracemalloc.get_traced_memory()[0]
        late = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert late - early < 1_000_000


@pytest.mark.parametrize("kwargs", [{"workers": 0}, {"workers": 2, "max_in_flight": 0}])
def test_bad_pool_sizes_are_rejected(kwargs: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match="at least 1"):
        parse_many(PAGES, **kwargs)


def test_record_has_source_error_and_article_fields() -> None:
    article = newsparse.parse(PAGES[0])
    record = BatchResult(key="a.html", article=article).to_dict()
    assert record["source"] == "a.html"
    assert record["error"] is None
    assert record["segments"] is None
    assert record["headline"] == article.headline


def test_record_keeps_segments_when_asked() -> None:
    article = newsparse.parse(PAGES[0])
    record = BatchResult(key="a.html", article=article).to_dict(segments=True)
    assert Article.from_dict(record) == article


def test_failed_record_has_only_source_error_and_url() -> None:
    result = BatchResult(key="k", url="https://e.org/", error="DecodingError: binary")
    assert result.to_dict() == {
        "source": "k",
        "error": "DecodingError: binary",
        "url": "https://e.org/",
    }


def test_results_pickle() -> None:
    result = next(parse_many([PAGES[0]], workers=1))
    assert pickle.loads(pickle.dumps(result)) == result


def test_a_parser_instance_is_used_in_workers() -> None:
    parser = newsparse.Parser()
    results = list(parse_many(PAGES, workers=2, parser=parser))
    assert [r.article for r in results] == [parser.parse(p) for p in PAGES]


def test_items_keep_their_keys() -> None:
    items = [BatchItem(key=f"k{i}", dump=p) for i, p in enumerate(PAGES)]
    results = list(parse_many(items, workers=2))
    assert [r.key for r in results] == ["k0", "k1", "k2", "k3"]
    assert results[0].article == newsparse.parse(PAGES[0])
