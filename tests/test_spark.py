"""PySpark integration in local[2] mode: rows and WARC paths give the Articles parse() gives."""

from __future__ import annotations

import importlib.util
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import newsparse
from newsparse.model import Article

if shutil.which("java") is None:
    pytest.skip("Spark needs Java (java is not on PATH)", allow_module_level=True)
pyspark = pytest.importorskip("pyspark")

from newsparse import sources  # noqa: E402
from newsparse import spark as nspark  # noqa: E402

PAGES = [
    (
        "https://news.example.org/storm",
        "<html><head><title>Storm hits coast</title></head><body><h1>Storm hits coast</h1>"
        "<p>By Jane Roe</p><p>A storm hit the coast on Monday, flooding streets and closing "
        "schools across the region, officials said.</p></body></html>",
    ),
    (
        "https://news.example.org/council",
        "Council votes on budget\n\nBy John Doe\n\nThe city council voted on Tuesday to "
        "approve a budget that raises spending on schools and parks.\n\nThe vote was 7 to 2.\n",
    ),
    ("https://news.example.org/empty", ""),
]


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    from pyspark.sql import SparkSession

    session = (
        SparkSession.builder.master("local[2]")
        .appName("newsparse-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.python.worker.reuse", "true")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def _article(row: Any) -> Article:
    return Article.from_dict(row.asDict(recursive=True))


def test_rows_give_the_articles_of_parse(spark: Any) -> None:
    frame = spark.createDataFrame(PAGES, schema="url string, html string")
    rows = nspark.parse_rows(frame, html_col="html", url_col="url", segments=True).collect()
    by_url = {row["source"]: row for row in rows}
    assert sorted(by_url) == sorted(url for url, _ in PAGES)
    for url, html in PAGES:
        assert by_url[url]["error"] is None
        assert _article(by_url[url]) == newsparse.parse(html, url=url)


def test_binary_html_column_and_key_column(spark: Any) -> None:
    url, html = PAGES[0]
    frame = spark.createDataFrame(
        [("k1", url, bytearray(html.encode()))], schema="id string, url string, html binary"
    )
    [row] = nspark.parse_rows(frame, key_col="id", segments=True).collect()
    assert row["source"] == "k1"
    assert _article(row) == newsparse.parse(html.encode(), url=url)


def test_output_has_the_declared_schema(spark: Any) -> None:
    frame = spark.createDataFrame(PAGES[:1], schema="url string, html string")
    result = nspark.parse_rows(frame)
    assert result.schema == nspark.article_schema()
    assert result.first()["segments"] is None


def _load(name: str, path: Path) -> Any:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_warc_paths_give_the_articles_of_parse(spark: Any, tmp_path: Path) -> None:
    warc = _load("_newsparse_test_warc", Path(__file__).with_name("test_warc.py"))
    paths = [str(tmp_path / name) for name in ("a.warc.gz", "b.warc.gz")]
    for path in paths:
        warc.write_warc(Path(path))
    expected = {
        item.key: newsparse.parse(item.dump, url=item.url, fetched=item.fetched)
        for path in paths
        for item in sources.iter_warc(path)
    }
    missing = str(tmp_path / "missing.warc.gz")
    frame = spark.createDataFrame([(p,) for p in [*paths, missing]], schema="path string")
    rows = nspark.parse_warc_paths(frame, segments=True).collect()
    errors = {row["source"]: row["error"] for row in rows if row["error"]}
    assert list(errors) == [missing]
    assert errors[missing].startswith("FileNotFoundError")
    assert {row["source"]: _article(row) for row in rows if not row["error"]} == expected


def test_the_documented_example_job_writes_the_table(spark: Any, tmp_path: Path) -> None:
    warc = _load("_newsparse_test_warc", Path(__file__).with_name("test_warc.py"))
    job = _load("_newsparse_job", Path(__file__).parents[1] / "docs/examples/spark_warc_job.py")
    warc.write_warc(tmp_path / "a.warc.gz")
    listing = tmp_path / "warc.paths"
    listing.write_text(f"file:{tmp_path / 'a.warc.gz'}\n")
    args = job.NewsparseWarcJob().parse_arguments(
        [str(listing), str(tmp_path / "out"), "--num_input_partitions", "1"]
    )
    job.NewsparseWarcJob().run_job(spark, args)
    table = spark.read.parquet(str(tmp_path / "out"))
    assert sorted(row["url"] for row in table.collect()) == sorted(warc.PAGES)
