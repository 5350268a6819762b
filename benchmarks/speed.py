"""Per-page parse time of newsparse on the corpus, against the lxml parse floor and trafilatura.

Run from the repository root::

    python -m benchmarks.speed --corpus ../shared/corpus
    python -m benchmarks.speed --profile          # plus a cProfile top-20 of the parse calls

For every corpus page, in one process and one run: ``newsparse.parse`` on the HTML bytes
(``page.html``) and on the text dump (``page.txt``); ``lxml.html.document_fromstring`` on
the same HTML bytes, the floor no HTML extractor can beat; and, when it is installed,
``trafilatura.extract(html, with_metadata=True)``. Each call is timed alone with
``time.perf_counter`` (``--cpu``: ``time.process_time``, the process's own CPU time, far
less noisy on a shared machine) after one warm-up page. Reported per input: median and p95 ms per
page, pages per second (pages / summed time), and the ratios of newsparse's median to the
floor's and of trafilatura's median to newsparse's. Peak memory is the process's peak
resident set (``ru_maxrss``) after the newsparse passes, before trafilatura runs, and its
growth over the peak after the corpus was read.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import pstats
import resource
import statistics
import sys
import time
import warnings
from collections.abc import Callable, Sequence
from typing import Any

import lxml.etree
import lxml.html

import newsparse
from benchmarks.corpus import load_pages, resolve_corpus


def _percentile(values: Sequence[float], share: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


def _time_all(
    call: Callable[[Any], object],
    dumps: Sequence[Any],
    clock: Callable[[], float] = time.perf_counter,
) -> tuple[list[float], int]:
    """Time ``call`` on every dump; return the seconds of those that ran and the failures."""
    seconds: list[float] = []
    failures = 0
    if dumps:
        # Warm-up: lazy imports, lexicon loading, regex compilation. A peer may fail on the
        # page; failures are counted in the timed loop below.
        with contextlib.suppress(Exception):
            call(dumps[0])
    for dump in dumps:
        start = clock()
        try:
            call(dump)
        except Exception:
            failures += 1
            continue
        seconds.append(clock() - start)
    return seconds, failures


def _lxml_floor(dump: bytes) -> object:
    return lxml.html.document_fromstring(dump)


def _row(name: str, seconds: Sequence[float], failures: int, extra: str = "") -> str:
    if not seconds:
        return f"| {name} | – | – | – | {failures} | {extra} |"
    median = statistics.median(seconds) * 1000
    p95 = _percentile(seconds, 0.95) * 1000
    rate = len(seconds) / sum(seconds)
    return f"| {name} | {median:.2f} | {p95:.2f} | {rate:.0f} | {failures} | {extra} |"


def _maxrss() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def _load_trafilatura() -> Callable[[bytes], object] | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import trafilatura
    except ImportError:
        return None

    def run(dump: bytes) -> object:
        return trafilatura.extract(dump, with_metadata=True)

    return run


def main(argv: list[str] | None = None) -> int:
    """Run the speed benchmark and print its tables; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--corpus", help="corpus folder (default: $NEWSPARSE_CORPUS or ../shared/corpus)"
    )
    parser.add_argument("--limit", type=int, help="at most this many pages (round-robin)")
    parser.add_argument("--no-peers", action="store_true", help="skip trafilatura")
    parser.add_argument("--profile", action="store_true", help="print a cProfile top 20")
    parser.add_argument(
        "--cpu", action="store_true", help="time by process CPU time instead of wall clock"
    )
    options = parser.parse_args(argv)
    corpus = resolve_corpus(options.corpus)
    pages = load_pages(corpus, limit=options.limit)
    if not pages:
        print(f"no pages under {corpus}", file=sys.stderr)
        return 1
    html = [page.read("html") for page in pages]
    text = [page.read("txt") for page in pages]
    html_bytes = [d if isinstance(d, bytes) else d.encode() for d in html]
    rss_loaded = _maxrss()
    profiler = cProfile.Profile() if options.profile else None
    if profiler is not None:
        profiler.enable()
    clock = time.process_time if options.cpu else time.perf_counter
    ours_html, fail_html = _time_all(newsparse.parse, html_bytes, clock)
    ours_text, fail_text = _time_all(newsparse.parse, text, clock)
    if profiler is not None:
        profiler.disable()
    rss_after = _maxrss()
    floor, fail_floor = _time_all(_lxml_floor, html_bytes, clock)
    peer = None if options.no_peers else _load_trafilatura()
    theirs, fail_theirs = _time_all(peer, html_bytes, clock) if peer is not None else ([], 0)

    mb = sum(len(d) for d in html_bytes) / 1e6
    timing = "process CPU time" if options.cpu else "wall clock"
    print(f"corpus: {corpus} ({len(pages)} pages, {mb:.1f} MB of HTML); one run per page, {timing}")
    print(f"python {sys.version.split()[0]}, lxml {'.'.join(map(str, lxml.etree.LXML_VERSION))}")
    print()
    print("| system | median ms | p95 ms | pages/s | failures | note |")
    print("|---|---|---|---|---|---|")
    median = statistics.median
    ratio_floor = median(ours_html) / median(floor) if ours_html and floor else float("nan")
    print(_row("newsparse html", ours_html, fail_html, f"{ratio_floor:.2f}x lxml floor"))
    print(_row("newsparse txt", ours_text, fail_text))
    print(_row("lxml parse floor", floor, fail_floor))
    if peer is None:
        print("| trafilatura | – | – | – | – | not installed or --no-peers |")
    else:
        speedup = median(theirs) / median(ours_html) if theirs and ours_html else float("nan")
        print(_row("trafilatura", theirs, fail_theirs, f"newsparse {speedup:.1f}x faster"))
    print()
    print(
        f"peak RSS after newsparse passes: {rss_after / 1e6:.0f} MB "
        f"(growth over corpus loaded: {(rss_after - rss_loaded) / 1e6:.0f} MB)"
    )
    if profiler is not None:
        for order in ("tottime", "cumulative"):
            out = io.StringIO()
            pstats.Stats(profiler, stream=out).sort_stats(order).print_stats(20)
            print(f"\ncProfile top 20 by {order} (newsparse html + txt passes):")
            print(out.getvalue().split("\n\n", 1)[-1].rstrip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
