"""Parse many page dumps in a process pool, streaming results with per-item errors as values.

:func:`parse_many` takes any iterable of dumps (a generator over a directory, a JSONL file or
a WARC archive is typical) and yields one :class:`BatchResult` per input. At most
``max_in_flight`` inputs are held at once, so memory stays flat however long the stream is;
results are never collected into a list. Everything that crosses the process boundary
(:class:`BatchItem`, :class:`BatchResult`, :class:`~newsparse.Article` and the parser) is a
frozen, picklable value.
"""

from __future__ import annotations

import collections
import concurrent.futures as cf
import datetime as dt
import os
from collections.abc import Iterable, Iterator
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any, Protocol

import attrs

from newsparse.model import Article

if TYPE_CHECKING:
    from multiprocessing.context import BaseContext

__all__ = ["BatchItem", "BatchResult", "SupportsParse", "parse_item", "parse_many"]

#: In-flight inputs per worker: enough to keep every worker busy while the parent waits on
#: the oldest result (ordered mode), small enough that a stream of large pages stays cheap.
IN_FLIGHT_PER_WORKER = 4


class SupportsParse(Protocol):
    """Anything with ``Parser.parse``'s shape, such as a configured :class:`newsparse.Parser`."""

    def parse(
        self, dump: str | bytes, /, *, url: str | None = None, fetched: dt.date | None = None
    ) -> Article:
        """Parse one dump with its ``url`` and ``fetched`` hints."""
        ...


@attrs.frozen(kw_only=True)
class BatchItem:
    """One input page: its dump plus the hints its container gives (WARC URI, fetch date)."""

    key: str
    """Where the page came from, unique within a batch: a path, ``"file.jsonl:12"``,
    ``"crawl.warc.gz@1234"`` (record offset), or the input's position for bare dumps."""
    dump: str | bytes = attrs.field(repr=False)
    """The page as stored: HTML or text, ``str`` or undecoded ``bytes``."""
    url: str | None = None
    """The page URL when the container states it; passed to ``parse(url=...)``."""
    fetched: dt.date | None = None
    """When the page was fetched (e.g. ``WARC-Date``); passed to ``parse(fetched=...)``."""
    error: str | None = None
    """Why the input could not be read (``"OSError: ..."``); such an item is not parsed and
    its result carries this error."""


@attrs.frozen(kw_only=True)
class BatchResult:
    """The outcome for one :class:`BatchItem`: an article, or the error that stopped it."""

    key: str
    """The input's :attr:`BatchItem.key`."""
    url: str | None = None
    """The input's URL hint, kept so failed items can still be traced to a page."""
    article: Article | None = None
    """The parsed article; ``None`` when parsing failed."""
    error: str | None = None
    """``"ExceptionType: message"`` when parsing failed, else ``None``."""

    @property
    def ok(self) -> bool:
        """True when the item parsed (whether or not the page is an article)."""
        return self.error is None

    def to_dict(self, *, segments: bool = False) -> dict[str, Any]:
        """Return a flat JSON-ready record: ``source``, ``error`` and the article's fields.

        Args:
            segments: Keep the article's ``segments`` list; when false it is ``None``
                (not requested), which keeps batch output small.

        Returns:
            ``{"source": key, "error": None, **article.to_dict()}`` for a parsed item;
            ``{"source": key, "error": "...", "url": url}`` for a failed one.
        """
        if self.article is None:
            return {"source": self.key, "error": self.error, "url": self.url}
        record: dict[str, Any] = {"source": self.key, "error": None}
        record.update(self.article.to_dict())
        if not segments:
            record["segments"] = None
        return record


# The parser a worker process uses, set once per process by ``_init_worker`` so that it is
# pickled once per worker rather than once per item. ``None`` means ``newsparse.parse``.
_worker_parser: SupportsParse | None = None


def _init_worker(parser: SupportsParse | None) -> None:
    global _worker_parser  # noqa: PLW0603 - per-process state is the point of an initializer
    _worker_parser = parser


def parse_item(item: BatchItem, parser: SupportsParse | None = None) -> BatchResult:
    """Parse one item, returning its failure as a value instead of raising.

    Args:
        item: The page and its ``url`` and ``fetched`` hints.
        parser: The parser to use; ``None`` means ``newsparse.parse``.

    Returns:
        A result with either ``article`` or ``error`` set.
    """
    if item.error is not None:
        return BatchResult(key=item.key, url=item.url, error=item.error)
    # Imported here: ``newsparse/__init__`` may re-export this module, so a top-level import
    # would be circular.
    import newsparse  # noqa: PLC0415

    parse = newsparse.parse if parser is None else parser.parse
    try:
        article = parse(item.dump, url=item.url, fetched=item.fetched)
    # One bad page must not abort a batch of millions: any failure, including a bug in a
    # rule, becomes this item's error value with its type and message, so it is reported
    # (CLI exit code 1, the ``error`` column) rather than hidden.
    except Exception as exc:
        return BatchResult(key=item.key, url=item.url, error=_describe(exc))
    return BatchResult(key=item.key, url=item.url, article=article)


def _parse_in_worker(item: BatchItem) -> BatchResult:
    return parse_item(item, _worker_parser)


def _as_item(index: int, value: BatchItem | str | bytes) -> BatchItem:
    if isinstance(value, BatchItem):
        return value
    return BatchItem(key=str(index), dump=value)


def parse_many(
    dumps: Iterable[BatchItem | str | bytes],
    *,
    workers: int | None = None,
    ordered: bool = True,
    parser: SupportsParse | None = None,
    max_in_flight: int | None = None,
    mp_context: BaseContext | None = None,
) -> Iterator[BatchResult]:
    """Parse dumps in a process pool and yield one result per input, streaming.

    Example::

        for result in parse_many(sources.iter_files(["pages/"]), workers=4):
            if result.ok:
                print(result.key, result.article.headline)

    Args:
        dumps: Inputs: :class:`BatchItem` values, or bare ``str``/``bytes`` dumps (keyed by
            their position, ``"0"``, ``"1"``, ...). Consumed lazily.
        workers: Worker processes; ``None`` means one per CPU this process may use; ``1``
            parses in this process with no pool (no pickling, easiest to debug).
        ordered: Yield results in input order (the default); when false, yield each as soon
            as it completes, which keeps workers busier when page costs vary a lot.
        parser: A picklable parser (e.g. a configured :class:`newsparse.Parser`); ``None``
            means ``newsparse.parse``. It is sent to each worker once.
        max_in_flight: Inputs submitted but not yet yielded; defaults to 4 per worker. This
            bounds memory: the input iterator is not read further ahead than this.
        mp_context: A :mod:`multiprocessing` context for the pool, e.g.
            ``multiprocessing.get_context("spawn")``; ``None`` uses the platform default.

    Returns:
        An iterator of one :class:`BatchResult` per input. Per-item failures are results
        with ``error`` set and never stop the batch; if a worker process dies, the pages in
        flight at that moment get a ``BrokenProcessPool`` error and a new pool goes on.

    Raises:
        ValueError: If ``workers`` or ``max_in_flight`` is less than 1.
    """
    n_workers = _usable_cpus() if workers is None else workers
    if n_workers < 1:
        msg = f"workers must be at least 1, got {n_workers}"
        raise ValueError(msg)
    limit = IN_FLIGHT_PER_WORKER * n_workers if max_in_flight is None else max_in_flight
    if limit < 1:
        msg = f"max_in_flight must be at least 1, got {limit}"
        raise ValueError(msg)
    items = (_as_item(i, value) for i, value in enumerate(dumps))
    if n_workers == 1:
        return (parse_item(item, parser) for item in items)
    return _pooled(items, n_workers, limit, ordered=ordered, parser=parser, ctx=mp_context)


def _usable_cpus() -> int:
    # The CPUs this process may run on (a container or taskset may allow fewer than exist).
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def _pooled(
    items: Iterator[BatchItem],
    n_workers: int,
    limit: int,
    *,
    ordered: bool,
    parser: SupportsParse | None,
    ctx: BaseContext | None,
) -> Iterator[BatchResult]:
    pool = _Pool(n_workers, parser, ctx)
    try:
        if ordered:
            yield from _ordered(pool, items, limit)
        else:
            yield from _as_completed(pool, items, limit)
    finally:
        pool.close()


class _Pool:
    """A process pool that replaces itself when a worker process dies.

    A worker killed mid-page (a crash in a C extension, the OOM killer) breaks the whole
    ``ProcessPoolExecutor``: every page in flight fails with ``BrokenProcessPool``. Those
    pages become error results (which one killed the worker is unknowable), a fresh pool
    takes over, and the batch goes on.
    """

    def __init__(self, n_workers: int, parser: SupportsParse | None, ctx: BaseContext | None):
        self._options: dict[str, Any] = {
            "max_workers": n_workers,
            "mp_context": ctx,
            "initializer": _init_worker,
            "initargs": (parser,),
        }
        self._executor = cf.ProcessPoolExecutor(**self._options)

    def submit(self, item: BatchItem) -> _Task:
        try:
            future = self._executor.submit(_parse_in_worker, item)
        except BrokenProcessPool:
            self._replace()
            future = self._executor.submit(_parse_in_worker, item)
        return _Task(item, future)

    def result(self, task: _Task) -> BatchResult:
        try:
            return task.future.result()
        except BrokenProcessPool as exc:
            self._replace()
            return BatchResult(key=task.item.key, url=task.item.url, error=_describe(exc))

    def _replace(self) -> None:
        if getattr(self._executor, "_broken", True):  # replace a broken executor only once
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = cf.ProcessPoolExecutor(**self._options)

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)


@attrs.frozen
class _Task:
    item: BatchItem
    future: cf.Future[BatchResult]


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


def _ordered(pool: _Pool, items: Iterator[BatchItem], limit: int) -> Iterator[BatchResult]:
    pending: collections.deque[_Task] = collections.deque()
    for item in items:
        pending.append(pool.submit(item))
        if len(pending) >= limit:
            yield pool.result(pending.popleft())
    while pending:
        yield pool.result(pending.popleft())


def _as_completed(pool: _Pool, items: Iterator[BatchItem], limit: int) -> Iterator[BatchResult]:
    pending: dict[cf.Future[BatchResult], _Task] = {}
    for item in items:
        task = pool.submit(item)
        pending[task.future] = task
        if len(pending) >= limit:
            done, _ = cf.wait(pending, return_when=cf.FIRST_COMPLETED)
            yield from (pool.result(pending.pop(future)) for future in done)
    for future in cf.as_completed(list(pending)):
        yield pool.result(pending.pop(future))
