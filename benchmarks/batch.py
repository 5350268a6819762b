"""Batch throughput and memory: pages/s for 1 and N workers, RSS over a long page stream.

Run ``python -m benchmarks.batch`` (corpus at ``../shared/corpus`` or ``$NEWSPARSE_CORPUS``).

* **Throughput:** every corpus dump (``page.html``, ``page.txt``, ``page.htmltext.txt``) is
  parsed with :func:`newsparse.batch.parse_many` for each worker count; pages/s is measured
  over the whole run, pool start-up included, as a user of ``newsparse --jobs N`` sees it.
* **Memory:** a stream of ``--stream`` pages (default 10,000) cycles through the corpus,
  each page read from disk when the pool asks for it and each result serialised to JSON and
  dropped, as the CLI does. The resident set size (RSS) of the parent and of each worker is
  sampled every ``--every`` pages; flat numbers mean nothing accumulates.
"""

from __future__ import annotations

import argparse
import itertools
import json
import multiprocessing
import os
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from newsparse import sources
from newsparse.batch import BatchItem, parse_many

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def corpus_paths(corpus: Path) -> list[str]:
    return list(sources.walk(corpus, sources.HTML_PATTERNS))


def _cpu_seconds() -> float:
    # This process plus its reaped children (the pool's workers, once it has shut down).
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def throughput(paths: Sequence[str], workers: int) -> tuple[int, int, float, float]:
    """Return (pages, errors, wall seconds, CPU seconds) for one pass over ``paths``.

    CPU seconds show what the pool costs beyond parsing, independent of other load on the
    machine; wall seconds are what a user waits.
    """
    cpu, started = _cpu_seconds(), time.perf_counter()
    pages = errors = 0
    for result in parse_many(sources.iter_files(paths), workers=workers):
        pages += 1
        errors += result.error is not None
    return pages, errors, time.perf_counter() - started, _cpu_seconds() - cpu


def rss_mib(pid: int | str = "self") -> float:
    """Current resident set size of a process in MiB, from /proc (Linux)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _cycled(paths: Sequence[str], count: int) -> Iterator[BatchItem]:
    for index, path in enumerate(itertools.islice(itertools.cycle(paths), count)):
        yield BatchItem(key=f"{index}:{path}", dump=Path(path).read_bytes())


def memory_stream(paths: Sequence[str], count: int, workers: int, every: int) -> Iterator[str]:
    """Stream ``count`` pages through the pool; yield one report line per sample."""
    yield f"{'pages':>7} {'parent MiB':>11} {'workers MiB':>24} {'pages/s':>8}"
    started = time.perf_counter()
    for done, result in enumerate(parse_many(_cycled(paths, count), workers=workers), start=1):
        json.dumps(result.to_dict())  # the CLI's per-page work, then the result is dropped
        if done % every == 0 or done == count:
            children = [rss_mib(p.pid) for p in multiprocessing.active_children() if p.pid]
            rate = done / (time.perf_counter() - started)
            workers_mib = " ".join(f"{mib:6.1f}" for mib in sorted(children)) or "-"
            yield f"{done:>7} {rss_mib():>11.1f} {workers_mib:>24} {rate:>8.1f}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, default=None, help="corpus folder")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--stream", type=int, default=10_000, help="pages in the memory run")
    parser.add_argument("--every", type=int, default=1_000, help="RSS sample interval")
    parser.add_argument("--stream-workers", type=int, default=2)
    args = parser.parse_args(argv)
    corpus = args.corpus or Path(os.environ.get("NEWSPARSE_CORPUS") or DEFAULT_CORPUS)
    paths = corpus_paths(corpus)
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"corpus: {corpus} ({len(paths)} dumps), CPUs: {os.cpu_count()}, load: {load}")
    header = f"{'workers':>7} {'pages':>6} {'errors':>6} {'wall s':>7} {'pages/s':>8}"
    print(f"\n{header} {'CPU ms/page':>12}")
    for workers in args.workers:
        pages, errors, wall, cpu = throughput(paths, workers)
        row = f"{workers:>7} {pages:>6} {errors:>6} {wall:>7.1f} {pages / wall:>8.1f}"
        print(f"{row} {1000 * cpu / pages:>12.1f}")
    if args.stream:
        print(f"\nmemory over a {args.stream}-page stream, {args.stream_workers} workers:")
        for line in memory_stream(paths, args.stream, args.stream_workers, args.every):
            print(line, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
