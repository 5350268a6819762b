"""Read batch inputs (files, directories, globs, stdin, JSONL, WARC/ARC) as a lazy stream of items.

Every reader yields :class:`~newsparse.batch.BatchItem` values one at a time, reading a page
only when it is asked for, so a directory tree or a multi-gigabyte archive streams through
:func:`~newsparse.batch.parse_many` in constant memory. A problem with one input (an
unreadable file, a JSONL line that is not JSON) becomes that item's ``error`` instead of
stopping the stream.

:func:`resolve_inputs` checks the command-line arguments up front (missing paths, globs that
match nothing); :func:`iter_inputs` then streams them.
"""

from __future__ import annotations

import codecs
import contextlib
import datetime as dt
import enum
import fnmatch
import glob
import gzip
import json
import os
import sys
import zlib
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any, cast

import attrs

from newsparse.batch import BatchItem
from newsparse.errors import ConfigError

__all__ = [
    "HTML_PATTERNS",
    "JSONL_PATTERNS",
    "WARC_PATTERNS",
    "Input",
    "InputKind",
    "guarded",
    "guess_kind",
    "iter_files",
    "iter_inputs",
    "iter_jsonl",
    "iter_warc",
    "parse_timestamp",
    "read_stdin",
    "resolve_inputs",
    "walk",
]

#: File names a directory contributes in the default (page) mode.
HTML_PATTERNS: tuple[str, ...] = ("*.html", "*.htm", "*.xhtml", "*.txt")
#: File names a directory contributes in JSONL mode.
JSONL_PATTERNS: tuple[str, ...] = ("*.jsonl", "*.jsonl.gz", "*.ndjson", "*.ndjson.gz")
#: File names a directory contributes in WARC mode.
WARC_PATTERNS: tuple[str, ...] = ("*.warc", "*.warc.gz", "*.arc", "*.arc.gz")

#: JSONL keys tried, in order, for the page dump when no field is named.
DUMP_FIELDS: tuple[str, ...] = ("html", "text", "content")
#: JSONL keys tried, in order, for the page URL.
URL_FIELDS: tuple[str, ...] = ("url", "uri", "link")
#: JSONL keys tried, in order, for the fetch time (``date_download`` is news-please's name).
FETCHED_FIELDS: tuple[str, ...] = ("fetched", "fetch_time", "date_download")

#: Content types of WARC response payloads that are parsed; others are skipped.
HTML_CONTENT_TYPES = frozenset({"text/html", "application/xhtml+xml"})

STDIN = "-"


class InputKind(enum.Enum):
    """How one command-line input is read."""

    PAGES = "pages"
    """One page per file (a file, a directory's matching files, or stdin)."""
    JSONL = "jsonl"
    """One page per JSON line, the dump in an ``html``/``text``/``content`` field."""
    WARC = "warc"
    """Every HTML response record of a WARC or ARC file."""


@attrs.frozen
class Input:
    """One resolved command-line input: a path (or ``"-"`` for stdin) and how to read it."""

    path: str
    """A file or directory path, or ``"-"`` for stdin."""
    kind: InputKind
    """The reader for the file, or for the matching files of the directory."""
    is_dir: bool = False
    """True for a directory, whose matching files are walked when streamed."""


def guess_kind(name: str) -> InputKind:
    """Return the kind a file name implies: WARC/ARC and JSONL by suffix, else pages.

    Args:
        name: A file name or path.

    Returns:
        The :class:`InputKind` for that name.
    """
    lowered = name.lower().removesuffix(".gz")
    if lowered.endswith((".warc", ".arc")):
        return InputKind.WARC
    if lowered.endswith((".jsonl", ".ndjson")):
        return InputKind.JSONL
    return InputKind.PAGES


def resolve_inputs(args: Sequence[str], *, kind: InputKind | None = None) -> list[Input]:
    """Check command-line inputs and expand globs, without reading any file.

    Args:
        args: Paths, directories, glob patterns, or ``"-"`` for stdin.
        kind: Read every input this way; ``None`` guesses from each file's suffix
            (directories then hold pages).

    Returns:
        The inputs in argument order, globs expanded and sorted.

    Raises:
        FileNotFoundError: If a path does not exist and is not a glob matching something.
    """
    resolved: list[Input] = []
    for arg in args:
        if arg == STDIN:
            resolved.append(Input(STDIN, kind or InputKind.PAGES))
            continue
        for path in _expand(arg):
            is_dir = os.path.isdir(path)
            path_kind = kind or (InputKind.PAGES if is_dir else guess_kind(path))
            resolved.append(Input(path, path_kind, is_dir=is_dir))
    return resolved


def _expand(arg: str) -> list[str]:
    if os.path.exists(arg):
        return [arg]
    if glob.has_magic(arg):
        matches = sorted(glob.glob(arg, recursive=True))
        if matches:
            return matches
        msg = f"no file matches {arg!r}"
        raise FileNotFoundError(msg)
    msg = f"no such file or directory: {arg!r}"
    raise FileNotFoundError(msg)


def iter_inputs(
    inputs: Iterable[Input],
    *,
    patterns: Sequence[str] | None = None,
    jsonl_field: str | None = None,
) -> Iterator[BatchItem]:
    """Stream the items of resolved inputs, in order.

    Args:
        inputs: From :func:`resolve_inputs`.
        patterns: File-name globs a directory contributes; ``None`` uses the patterns of
            its kind (:data:`HTML_PATTERNS`, :data:`JSONL_PATTERNS`, :data:`WARC_PATTERNS`).
        jsonl_field: The JSONL key holding the dump; ``None`` tries :data:`DUMP_FIELDS`.

    Yields:
        One item per page. A JSONL or WARC file that cannot be read to its end (unreadable,
        truncated, corrupt) ends with one item for the file with ``error`` set, and the
        stream goes on with the next input.
    """
    for source in inputs:
        for path in _files_of(source, patterns):
            if source.kind is InputKind.JSONL:
                yield from guarded(path, iter_jsonl(path, field=jsonl_field))
            elif source.kind is InputKind.WARC:
                yield from guarded(path, iter_warc(path))
            elif path == STDIN:
                yield read_stdin()
            else:
                yield _read_file(path)


def guarded(key: str, items: Iterator[BatchItem]) -> Iterator[BatchItem]:
    """Pass ``items`` on; if reading the container fails, end with one error item instead.

    Args:
        key: The key of the error item, usually the container's path.
        items: Items read lazily from one JSONL or WARC file.

    Yields:
        The items, then (on an I/O error, a truncated gzip stream or a corrupt archive
        record) ``BatchItem(key=key, error="Type: message")``.
    """
    try:
        yield from items
    except (OSError, EOFError, zlib.error, _archive_load_failed()) as exc:
        yield BatchItem(key=key, dump=b"", error=_describe(exc))


def _archive_load_failed() -> type[Exception]:
    try:
        from warcio.exceptions import ArchiveLoadFailed  # noqa: PLC0415 - optional extra
    except ImportError:
        return OSError  # without warcio no archive is read, so nothing else to catch
    return cast("type[Exception]", ArchiveLoadFailed)


_KIND_PATTERNS = {
    InputKind.PAGES: HTML_PATTERNS,
    InputKind.JSONL: JSONL_PATTERNS,
    InputKind.WARC: WARC_PATTERNS,
}


def _files_of(source: Input, patterns: Sequence[str] | None) -> Iterator[str]:
    if not source.is_dir:
        yield source.path
        return
    wanted = tuple(patterns) if patterns is not None else _KIND_PATTERNS[source.kind]
    yield from walk(source.path, wanted)


def walk(directory: str | os.PathLike[str], patterns: Sequence[str]) -> Iterator[str]:
    """Yield the files under ``directory`` whose names match any pattern, in a stable order.

    Each directory's files come sorted by name, then its subdirectories, sorted, so the
    order, and with it batch output, is reproducible.

    Args:
        directory: The tree to walk (symlinked directories are not followed).
        patterns: :func:`fnmatch`-style name patterns, e.g. ``("*.html",)``.

    Yields:
        File paths as strings.
    """
    for root, dirs, files in os.walk(directory):
        dirs.sort()
        for name in sorted(files):
            if any(fnmatch.fnmatch(name, pattern) for pattern in patterns):
                yield os.path.join(root, name)


def iter_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[BatchItem]:
    """Read files (or walk directories for :data:`HTML_PATTERNS`) as one page each.

    Args:
        paths: Files or directories. A file named ``*.gz`` is decompressed.

    Yields:
        One item per file, keyed by its path, its bytes as the dump.
    """
    for path in paths:
        if os.path.isdir(path):
            yield from (_read_file(name) for name in walk(path, HTML_PATTERNS))
        else:
            yield _read_file(os.fspath(path))


def _read_file(path: str) -> BatchItem:
    try:
        data = Path(path).read_bytes()
        if path.endswith(".gz"):
            data = gzip.decompress(data)
    except (OSError, EOFError, zlib.error) as exc:
        return BatchItem(key=path, dump=b"", error=_describe(exc))
    return BatchItem(key=path, dump=data)


def read_stdin(stream: IO[bytes] | None = None) -> BatchItem:
    """Read all of standard input as one page.

    Args:
        stream: A binary stream to read instead of ``sys.stdin.buffer``.

    Returns:
        The item, keyed ``"-"``.
    """
    data = (stream or sys.stdin.buffer).read()
    return BatchItem(key=STDIN, dump=data)


def iter_jsonl(
    source: str | os.PathLike[str] | IO[bytes],
    *,
    field: str | None = None,
    url_field: str | None = None,
) -> Iterator[BatchItem]:
    """Read JSON Lines, one page per line (``.gz`` files are decompressed).

    Args:
        source: A path, ``"-"`` for stdin, or a binary stream.
        field: The key holding the dump; ``None`` takes the first of :data:`DUMP_FIELDS`
            present on each line.
        url_field: The key holding the page URL; ``None`` tries :data:`URL_FIELDS`. A fetch
            time is taken from the first of :data:`FETCHED_FIELDS` when it is ISO 8601.

    Yields:
        One item per non-blank line, keyed ``"<path>:<line number>"`` (1-based). A line that
        is not a JSON object with a string dump becomes an item with ``error`` set.
    """
    name = os.fspath(source) if isinstance(source, str | os.PathLike) else "<stream>"
    with contextlib.ExitStack() as stack:
        stream = _open_binary(source, stack)
        for number, raw in enumerate(stream, start=1):
            if raw.strip():
                yield _jsonl_item(f"{name}:{number}", raw, field, url_field)


def _open_binary(
    source: str | os.PathLike[str] | IO[bytes], stack: contextlib.ExitStack
) -> IO[bytes]:
    """Open a path (gzip by suffix, ``"-"`` for stdin); a caller's stream is left open."""
    if not isinstance(source, str | os.PathLike):
        return source
    if os.fspath(source) == STDIN:
        return sys.stdin.buffer
    if os.fspath(source).endswith(".gz"):
        return cast("IO[bytes]", stack.enter_context(gzip.open(source, "rb")))
    return stack.enter_context(open(source, "rb"))


def _jsonl_item(key: str, line: bytes, field: str | None, url_field: str | None) -> BatchItem:
    try:
        record = json.loads(line)
    except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError
        return BatchItem(key=key, dump="", error=_describe(exc))
    if not isinstance(record, dict):
        return BatchItem(key=key, dump="", error="ValueError: line is not a JSON object")
    dump_key = _first_key(record, (field,) if field else DUMP_FIELDS)
    if dump_key is None:
        wanted = field or "/".join(DUMP_FIELDS)
        return BatchItem(key=key, dump="", error=f"KeyError: no string field {wanted!r}")
    url_key = _first_key(record, (url_field,) if url_field else URL_FIELDS)
    fetched_key = _first_key(record, FETCHED_FIELDS)
    return BatchItem(
        key=key,
        dump=record[dump_key],
        url=record[url_key] if url_key else None,
        fetched=parse_timestamp(record[fetched_key]) if fetched_key else None,
    )


def _first_key(record: dict[str, Any], keys: Iterable[str]) -> str | None:
    return next((k for k in keys if isinstance(record.get(k), str)), None)


def parse_timestamp(value: str) -> dt.datetime | None:
    """Read an ISO 8601 timestamp (``2024-05-01T12:00:00Z``), naive ones taken as UTC.

    Args:
        value: The text, as in ``WARC-Date`` or a JSONL fetch-time field.

    Returns:
        A tz-aware datetime, or ``None`` when the text is not ISO 8601.
    """
    try:
        stamp = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=dt.UTC)


def iter_warc(
    source: str | os.PathLike[str] | IO[bytes], *, name: str | None = None
) -> Iterator[BatchItem]:
    """Read the HTML pages of a WARC or ARC file (gzipped or not) with ``warcio``.

    Only ``response`` records with a 2xx HTTP status and an HTML content type are read.
    ``WARC-Target-URI`` becomes the item's ``url`` and ``WARC-Date`` its ``fetched`` time.
    The payload is decoded with the HTTP ``charset`` when it names a codec that decodes it
    cleanly (the transport charset outranks ``<meta>`` in browsers); otherwise the raw bytes
    are passed on for the parser's own detection.

    Args:
        source: A path, ``"-"`` for stdin, or a binary stream.
        name: The name keys start with; defaults to the path (``"<stream>"`` for a stream).

    Yields:
        One item per HTML response, keyed ``"<name>@<record offset>"``.

    Raises:
        ConfigError: If ``warcio`` is not installed (``pip install 'newsparse[warc]'``).
    """
    archive_iterator = _warcio_iterator()
    if name is None:
        name = os.fspath(source) if isinstance(source, str | os.PathLike) else "<stream>"
    with contextlib.ExitStack() as stack:
        # Not _open_binary: warcio detects and decompresses gzip itself, member by member.
        if not isinstance(source, str | os.PathLike):
            stream = source
        elif os.fspath(source) == STDIN:
            stream = sys.stdin.buffer
        else:
            stream = stack.enter_context(open(source, "rb"))
        records = archive_iterator(stream, arc2warc=True)
        for record in records:
            if _is_html_response(record):
                payload = record.content_stream().read()
                yield _warc_item(f"{name}@{records.get_record_offset()}", record, payload)


def _warcio_iterator() -> Any:
    try:
        from warcio.archiveiterator import ArchiveIterator  # noqa: PLC0415
    except ImportError as exc:
        msg = "reading WARC/ARC files needs warcio: pip install 'newsparse[warc]'"
        raise ConfigError(msg) from exc
    return ArchiveIterator


def _is_html_response(record: Any) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    status = record.http_headers.get_statuscode() or ""
    if not status.startswith("2"):
        return False
    mime, _ = _content_type(record.http_headers.get_header("Content-Type"))
    return mime in HTML_CONTENT_TYPES


def _content_type(header: str | None) -> tuple[str, str | None]:
    """Split ``text/html; charset=UTF-8`` into ``("text/html", "UTF-8")``."""
    mime, *params = (header or "").split(";")
    charset = None
    for param in params:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("\"'") or None
    return mime.strip().lower(), charset


def _warc_item(key: str, record: Any, payload: bytes) -> BatchItem:
    headers = record.rec_headers
    date = headers.get_header("WARC-Date")
    _, charset = _content_type(record.http_headers.get_header("Content-Type"))
    return BatchItem(
        key=key,
        dump=_decode(payload, charset),
        url=headers.get_header("WARC-Target-URI"),
        fetched=parse_timestamp(date) if date else None,
    )


# WHATWG: these labels mean windows-1252 in every browser, and pages rely on it.
_BROWSER_CHARSET = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252"}


def _decode(payload: bytes, charset: str | None) -> str | bytes:
    if charset is None:
        return payload
    name = _BROWSER_CHARSET.get(charset.lower(), charset)
    try:
        codecs.lookup(name)
        return payload.decode(name)
    except (LookupError, UnicodeDecodeError):
        return payload


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"
