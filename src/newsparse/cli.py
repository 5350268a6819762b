"""The ``newsparse`` command: parse files, directories, stdin, JSONL or WARC into JSON or Parquet.

Examples::

    newsparse page.html                          # one JSON object
    newsparse pages/ --format jsonl -o out.jsonl  # one line per page
    newsparse --warc crawl.warc.gz --jobs 4 -o articles.parquet
    curl -s https://example.org/a | newsparse - --url https://example.org/a

Every output record is :meth:`newsparse.batch.BatchResult.to_dict`: ``source`` (path,
``file.jsonl:LINE`` or ``file.warc.gz@OFFSET``), ``error`` (``null`` unless the page failed)
and the article's fields. Failed pages are also reported on stderr. Exit status: 0 when every
page parsed, 1 when some failed, 2 for a usage error (bad option, missing file, missing extra).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any, Protocol

import attrs

from newsparse import sources
from newsparse.batch import BatchResult, parse_many
from newsparse.errors import ConfigError
from newsparse.parser import Parser

__all__ = ["build_parser", "main"]

EXIT_OK = 0
EXIT_ITEM_ERRORS = 1
EXIT_USAGE = 2

#: Rows buffered per Parquet row group: bounded memory, and row groups large enough to scan.
PARQUET_ROWS_PER_GROUP = 1000


class UsageError(Exception):
    """A command line that cannot run; reported as ``newsparse: error: ...``, exit status 2."""


def build_parser() -> argparse.ArgumentParser:
    """Return the ``newsparse`` argument parser.

    Returns:
        The configured parser (exposed for documentation and tests).
    """
    parser = argparse.ArgumentParser(
        prog="newsparse",
        description="Parse scraped news page dumps (HTML or text) into articles.",
    )
    add = parser.add_argument
    add("inputs", nargs="+", metavar="INPUT", help="files, directories, globs, or - for stdin")
    add(
        "-f",
        "--format",
        choices=("json", "jsonl", "parquet"),
        help="output format (default: from the --output suffix, else json)",
    )
    add("-o", "--output", metavar="PATH", help="write here instead of stdout")
    add("-j", "--jobs", type=int, default=1, metavar="N", help="worker processes (0: all CPUs)")
    add("--unordered", action="store_true", help="write results as they finish, not in order")
    add("--warc", action="store_true", help="read inputs as WARC/ARC files")
    add("--jsonl", action="store_true", help="read inputs as JSON Lines, one page per line")
    add("--jsonl-field", metavar="KEY", help="JSONL key of the dump (default: html/text/content)")
    add("--glob", action="append", metavar="PATTERN", help="file names to take from directories")
    add("--url", help="URL hint for a single input")
    add("--fetched", type=_date_arg, metavar="DATE", help="fetch date (ISO) for a single input")
    add(
        "--segments",
        "--include-segments",
        action=argparse.BooleanOptionalAction,
        default=False,
        help="include every labelled input segment",
    )
    add(
        "--quotes",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="find quotations (--no-quotes skips them: roughly 10-20%% faster)",
    )
    add(
        "--progress",
        action=argparse.BooleanOptionalAction,
        help="progress bar on stderr (default: on for batches when stderr is a terminal)",
    )
    add(
        "--summary",
        action=argparse.BooleanOptionalAction,
        help="print pages, articles, errors and pages/s (default: on for batches)",
    )
    return parser


def _date_arg(text: str) -> dt.date:
    try:
        return dt.datetime.fromisoformat(text) if "T" in text else dt.date.fromisoformat(text)
    except ValueError as exc:
        msg = f"not an ISO date: {text!r}"
        raise argparse.ArgumentTypeError(msg) from exc


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line.

    Args:
        argv: Arguments without the program name; ``None`` reads ``sys.argv``.

    Returns:
        0 when every page parsed, 1 when some failed, 2 for a usage error.
    """
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # argparse exits on --help (0) and on bad options (2)
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    try:
        return _run(args)
    except (UsageError, ConfigError, FileNotFoundError) as exc:
        print(f"newsparse: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        # The reader went away (``newsparse ... | head``): stop quietly, as Unix tools do,
        # pointing stdout at devnull so the interpreter's final flush cannot fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_ITEM_ERRORS


@attrs.frozen
class _Stats:
    pages: int = 0
    articles: int = 0
    errors: int = 0


def _run(args: argparse.Namespace) -> int:
    inputs = sources.resolve_inputs(args.inputs, kind=_forced_kind(args))
    single = len(inputs) == 1 and not inputs[0].is_dir and inputs[0].kind is sources.InputKind.PAGES
    if (args.url or args.fetched) and not single:
        msg = "--url and --fetched need exactly one input file (or -)"
        raise UsageError(msg)
    if args.jobs < 0:
        msg = f"--jobs must be 0 or more, got {args.jobs}"
        raise UsageError(msg)
    fmt = args.format or _format_from_suffix(args.output)
    items = sources.iter_inputs(inputs, patterns=args.glob, jsonl_field=args.jsonl_field)
    if single:
        items = (attrs.evolve(item, url=args.url, fetched=args.fetched) for item in items)
    started = time.perf_counter()
    with _open_writer(fmt, args.output, single=single, segments=args.segments) as writer:
        parser = None if args.quotes else attrs.evolve(Parser.default(), quotes=False)
        results = parse_many(
            items, parser=parser, workers=args.jobs or None, ordered=not args.unordered
        )
        stats = _write_all(results, writer, _Progress(args.progress, batch=not single))
    if args.summary if args.summary is not None else not single:
        _print_summary(stats, time.perf_counter() - started, args.jobs)
    return EXIT_ITEM_ERRORS if stats.errors else EXIT_OK


def _forced_kind(args: argparse.Namespace) -> sources.InputKind | None:
    if args.warc and (args.jsonl or args.jsonl_field):
        msg = "--warc and --jsonl exclude each other"
        raise UsageError(msg)
    if args.warc:
        return sources.InputKind.WARC
    if args.jsonl or args.jsonl_field:
        return sources.InputKind.JSONL
    return None


def _format_from_suffix(output: str | None) -> str:
    suffix = Path(output).suffix.lower() if output else ""
    return {".parquet": "parquet", ".jsonl": "jsonl", ".ndjson": "jsonl"}.get(suffix, "json")


def _write_all(results: Iterator[BatchResult], writer: _Writer, progress: _Progress) -> _Stats:
    pages = articles = errors = 0
    for result in progress.wrap(results):
        pages += 1
        if result.article is not None and result.article.is_article:
            articles += 1
        if result.error is not None:
            errors += 1
            progress.note(f"newsparse: {result.key}: {result.error}")
        writer.write(result)
    return _Stats(pages, articles, errors)


class _Progress:
    """An optional tqdm bar on stderr; messages go above the bar instead of through it."""

    def __init__(self, wanted: bool | None, *, batch: bool) -> None:
        self._tqdm: Any = None
        if wanted is None:
            wanted = batch and sys.stderr.isatty()
        if wanted:
            try:
                from tqdm import tqdm  # noqa: PLC0415 - optional extra
            except ImportError:
                self.note("newsparse: no progress bar: pip install 'newsparse[progress]'")
            else:
                self._tqdm = tqdm

    def wrap(self, results: Iterator[BatchResult]) -> Iterator[BatchResult]:
        if self._tqdm is None:
            return results
        bar: Iterator[BatchResult] = self._tqdm(
            results, unit="page", file=sys.stderr, dynamic_ncols=True
        )
        return bar

    def note(self, message: str) -> None:
        if self._tqdm is None:
            print(message, file=sys.stderr)
        else:
            self._tqdm.write(message, file=sys.stderr)


def _print_summary(stats: _Stats, seconds: float, jobs: int) -> None:
    rate = stats.pages / seconds if seconds > 0 else 0.0
    workers = "all CPUs" if jobs == 0 else f"{jobs} worker{'s' if jobs > 1 else ''}"
    print(
        f"newsparse: {stats.pages} pages, {stats.articles} articles, {stats.errors} errors "
        f"in {seconds:.1f} s ({rate:.1f} pages/s, {workers})",
        file=sys.stderr,
    )


# -- writers -----------------------------------------------------------------------------


class _Writer(Protocol):
    def write(self, result: BatchResult) -> None: ...

    def close(self) -> None: ...

    def __enter__(self) -> _Writer: ...

    def __exit__(self, *exc: object) -> None: ...


class _TextWriter:
    """JSON or JSONL to a text stream: one object for a single input, else an array/lines."""

    def __init__(self, stream: IO[str], *, fmt: str, single: bool, segments: bool) -> None:
        self._stream = stream
        self._owned = stream is not sys.stdout
        self._array = fmt == "json" and not single
        self._indent = 2 if fmt == "json" else None
        self._segments = segments
        self._count = 0

    def __enter__(self) -> _TextWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def write(self, result: BatchResult) -> None:
        text = json.dumps(
            result.to_dict(segments=self._segments), ensure_ascii=False, indent=self._indent
        )
        if self._array:
            text = ("[\n" if self._count == 0 else ",\n") + _indented(text)
        self._stream.write(text if self._array else text + "\n")
        self._count += 1

    def close(self) -> None:
        if self._array:
            self._stream.write("\n]\n" if self._count else "[]\n")
        self._stream.flush()
        if self._owned:
            self._stream.close()


def _indented(text: str) -> str:
    return "\n".join("  " + line for line in text.splitlines())


class _ParquetWriter:
    """Parquet through pyarrow, one row group per :data:`PARQUET_ROWS_PER_GROUP` results."""

    def __init__(self, path: str, *, segments: bool) -> None:
        try:
            import pyarrow as pa  # noqa: PLC0415 - optional extra
            import pyarrow.parquet as pq  # noqa: PLC0415
        except ImportError as exc:
            msg = "Parquet output needs pyarrow: pip install 'newsparse[parquet]'"
            raise ConfigError(msg) from exc
        self._pa = pa
        self._schema = arrow_schema()
        self._writer = pq.ParquetWriter(path, self._schema)
        self._segments = segments
        self._rows: list[dict[str, Any]] = []

    def __enter__(self) -> _ParquetWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def write(self, result: BatchResult) -> None:
        self._rows.append(result.to_dict(segments=self._segments))
        if len(self._rows) >= PARQUET_ROWS_PER_GROUP:
            self._flush()

    def _flush(self) -> None:
        if self._rows:
            table = self._pa.Table.from_pylist(self._rows, schema=self._schema)
            self._writer.write_table(table)
            self._rows = []

    def close(self) -> None:
        self._flush()
        self._writer.close()


def arrow_schema() -> Any:
    """Return the pyarrow schema of output rows (the columns of ``BatchResult.to_dict``).

    Dates are ISO strings, as in JSON, because ``published`` may be a date or a tz-aware
    datetime; lists stay lists and nested values are structs.

    Returns:
        A ``pyarrow.Schema``.
    """
    import pyarrow as pa  # noqa: PLC0415 - optional extra

    text, texts = pa.string(), pa.list_(pa.string())
    quote = pa.struct(
        [
            ("text", text),
            ("speaker", text),
            ("speaker_role", text),
            ("verb", text),
            ("paragraph", pa.int32()),
            ("span", pa.list_(pa.int32())),
            ("kind", text),
        ]
    )
    segment = pa.struct(
        [("label", text), ("text", text), ("lines", pa.list_(pa.int32())), ("reason", text)]
    )
    verdict = pa.struct([("is_article", pa.bool_()), ("reasons", texts)])
    return pa.schema(
        [
            ("source", text),
            ("error", text),
            ("headline", text),
            ("published", text),
            ("updated", text),
            ("published_raw", text),
            ("authors", texts),
            ("tags", texts),
            ("dateline", text),
            ("body", texts),
            ("quotes", pa.list_(quote)),
            ("lang", text),
            ("url", text),
            ("site", text),
            ("segments", pa.list_(segment)),
            ("verdict", verdict),
        ]
    )


def _open_writer(fmt: str, output: str | None, *, single: bool, segments: bool) -> _Writer:
    if fmt == "parquet":
        if output is None:
            msg = "--format parquet needs --output PATH"
            raise UsageError(msg)
        return _ParquetWriter(output, segments=segments)
    stream = sys.stdout if output is None else open(output, "w", encoding="utf-8")  # noqa: SIM115
    return _TextWriter(stream, fmt=fmt, single=single, segments=segments)
