"""Parse pages at cluster scale with PySpark: (url, html) rows or WARC paths to Article rows.

Needs the ``spark`` extra (``pip install 'newsparse[spark]'``) and Java; pyspark is imported
only when a function here is called. Spark's Python workers call :func:`newsparse.parse` (or
the picklable ``parser`` given), one call per page, so the rows are exactly what
:meth:`newsparse.batch.BatchResult.to_dict` gives for the same page: ``source``, ``error``
and the article's fields, under the declared :func:`article_schema`. A page that fails
becomes a row with ``error`` set, never a failed task.

Example (see ``docs/batch.md`` for a complete job)::

    from newsparse.spark import parse_rows, parse_warc_paths

    articles = parse_rows(spark.read.parquet("pages.parquet"), html_col="html", url_col="url")
    articles = parse_warc_paths(spark.sparkContext.textFile("warc.paths"))
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any

from newsparse.batch import BatchItem, SupportsParse, parse_item
from newsparse.sources import guarded, iter_warc

__all__ = ["article_schema", "parse_rows", "parse_warc_paths"]

#: Opens a WARC path for reading on a Spark worker; the default is the builtin ``open``.
Opener = Callable[[str], IO[bytes]]


def article_schema() -> Any:
    """Return the Spark ``StructType`` of Article rows.

    The columns follow :meth:`newsparse.batch.BatchResult.to_dict` (the JSONL and Parquet
    output of the CLI): ``source`` and ``error`` first, then the article fields. Dates are
    ISO strings, because ``published`` may be a date or a tz-aware datetime; ``segments`` is
    null unless requested.

    Returns:
        A ``pyspark.sql.types.StructType``.
    """
    from pyspark.sql import types as t  # noqa: PLC0415 - optional extra, imported on use

    text, texts = t.StringType(), t.ArrayType(t.StringType())
    ints = t.ArrayType(t.IntegerType())

    def struct(*fields: tuple[str, Any]) -> Any:
        return t.StructType([t.StructField(name, kind, nullable=True) for name, kind in fields])

    quote = struct(
        ("text", text), ("speaker", text), ("speaker_role", text), ("verb", text),
        ("paragraph", t.IntegerType()), ("span", ints), ("kind", text),
    )  # fmt: skip
    segment = struct(("label", text), ("text", text), ("lines", ints), ("reason", text))
    verdict = struct(("is_article", t.BooleanType()), ("reasons", texts))
    return struct(
        ("source", text), ("error", text), ("headline", text), ("published", text),
        ("updated", text), ("published_raw", text), ("authors", texts), ("tags", texts),
        ("dateline", text), ("body", texts), ("quotes", t.ArrayType(quote)), ("lang", text),
        ("url", text), ("site", text), ("segments", t.ArrayType(segment)), ("verdict", verdict),
    )  # fmt: skip


def parse_rows(
    rows: Any,
    *,
    html_col: str = "html",
    url_col: str | None = "url",
    key_col: str | None = None,
    parser: SupportsParse | None = None,
    segments: bool = False,
) -> Any:
    """Parse a DataFrame (or RDD of Rows) of pages into a DataFrame of Article rows.

    Args:
        rows: A ``DataFrame`` or an ``RDD`` of ``Row``/dict values with the columns below.
        html_col: Column holding the dump (HTML or text; string or binary).
        url_col: Column holding the page URL, passed to parse as the ``url`` hint; ``None``
            for no URL.
        key_col: Column whose value becomes ``source``; ``None`` uses the URL.
        parser: A picklable parser (e.g. a configured ``newsparse.Parser``) shipped to the
            workers; ``None`` means ``newsparse.parse``.
        segments: Fill the ``segments`` column (large); otherwise it is null.

    Returns:
        A ``DataFrame`` with :func:`article_schema`, one row per input row, same partitioning.
    """
    rdd = rows.rdd if hasattr(rows, "rdd") else rows
    parse_partition = functools.partial(
        _parse_row_partition,
        columns=(html_col, url_col, key_col),
        parser=parser,
        segments=segments,
    )
    return _to_frame(rdd.mapPartitions(parse_partition))


def parse_warc_paths(
    paths: Any,
    *,
    path_col: str | None = None,
    parser: SupportsParse | None = None,
    segments: bool = False,
    opener: Opener | None = None,
) -> Any:
    """Parse every HTML response record of WARC/ARC files into a DataFrame of Article rows.

    Each path is read by one task (as in cc-pyspark: repartition the paths to spread them);
    each record's ``WARC-Target-URI`` and ``WARC-Date`` are passed to parse as ``url`` and
    ``fetched`` hints, and ``source`` is ``"<path>@<record offset>"``. A path that cannot be
    opened or read to its end adds one row with ``source`` = the path and ``error`` set.

    Args:
        paths: An ``RDD`` of path strings, or a ``DataFrame`` whose ``path_col`` (default:
            its first column) holds them.
        path_col: The DataFrame column with the paths.
        parser: A picklable parser for the workers; ``None`` means ``newsparse.parse``.
        segments: Fill the ``segments`` column (large); otherwise it is null.
        opener: A picklable function opening a path as a binary stream on the workers
            (e.g. for S3 or HTTP); ``None`` opens local paths.

    Returns:
        A ``DataFrame`` with :func:`article_schema`, one row per HTML response record.
    """
    if hasattr(paths, "rdd"):
        column = path_col or paths.columns[0]
        paths = paths.select(column).rdd.map(lambda row: row[0])
    parse_path = functools.partial(_parse_warc, parser=parser, segments=segments, opener=opener)
    return _to_frame(paths.flatMap(parse_path))


def _to_frame(records: Any) -> Any:
    from pyspark.sql import SparkSession  # noqa: PLC0415 - optional extra, imported on use

    # The session that owns the input's SparkContext: getOrCreate() returns the active one.
    spark = SparkSession.builder.getOrCreate()
    # Rows are built from BatchResult.to_dict, whose shape the schema declares; skipping
    # per-row verification saves a Python pass over every nested value.
    return spark.createDataFrame(records, schema=article_schema(), verifySchema=False)


def _parse_row_partition(
    rows: Iterable[Any],
    *,
    columns: tuple[str, str | None, str | None],
    parser: SupportsParse | None,
    segments: bool,
) -> Iterator[dict[str, Any]]:
    html_col, url_col, key_col = columns
    for row in rows:
        url = row[url_col] if url_col else None
        key = row[key_col] if key_col else url
        dump = row[html_col]
        item = BatchItem(
            key="" if key is None else str(key),
            dump=bytes(dump) if isinstance(dump, bytearray) else dump or "",
            url=url,
        )
        yield parse_item(item, parser).to_dict(segments=segments)


def _parse_warc(
    path: str, *, parser: SupportsParse | None, segments: bool, opener: Opener | None
) -> Iterator[dict[str, Any]]:
    # A missing or corrupt archive becomes one row with ``error`` set, not a failed task.
    for item in guarded(path, _warc_items(path, opener)):
        yield parse_item(item, parser).to_dict(segments=segments)


def _warc_items(path: str, opener: Opener | None) -> Iterator[BatchItem]:
    with contextlib.ExitStack() as stack:
        source = path if opener is None else stack.enter_context(opener(path))
        yield from iter_warc(source, name=path)
