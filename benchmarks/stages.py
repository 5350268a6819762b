"""Where a parse spends its time: mean CPU ms a page per pipeline stage and per field rule.

Run from the repository root::

    python -m benchmarks.stages --corpus ../shared/corpus --input txt
    python -m benchmarks.stages --input html

The stages are the steps of ``Parser._run`` (sniffing, reading the document, block features,
page structure, layout, language, block dates, assembly with quotes) and every field rule
of the default parser. Each is timed with ``time.process_time_ns`` around its own call, so
the figures are CPU time and nested stages are counted in their parent too (``assemble``
includes ``find_quotes``). The timing wrappers add about a microsecond a call: compare
stages with each other and before/after a change, and take whole-parse figures from
``benchmarks.speed``.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import sys
import time
from collections.abc import Callable, Iterator
from typing import Any

import attrs

import newsparse.assemble
import newsparse.parser
from benchmarks.corpus import load_pages, resolve_corpus
from newsparse.extract import Candidate, Context, NamedRule

#: Module-level names that ``Parser._run`` calls, by module: each is one stage.
STAGES: dict[Any, tuple[str, ...]] = {
    newsparse.parser: (
        "sniff",
        "read_html",
        "read_text",
        "_features",
        "read_structure",
        "find_layout",
        "_detect",
        "find_block_dates",
        "page_dates",
        "assemble",
    ),
    newsparse.assemble: ("find_quotes",),
}


def _timed(call: Callable[..., Any], name: str, totals: collections.Counter[str]) -> Any:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time_ns()
        try:
            return call(*args, **kwargs)
        finally:
            totals[name] += time.process_time_ns() - start

    return wrapper


def _timed_rule(named: NamedRule, label: str, totals: collections.Counter[str]) -> NamedRule:
    rule = named.rule

    def timed(ctx: Context) -> Iterator[Candidate[Any]]:
        start = time.process_time_ns()
        found = list(rule(ctx))
        totals[label] += time.process_time_ns() - start
        return iter(found)

    return attrs.evolve(named, rule=timed)


@contextlib.contextmanager
def _instrumented(totals: collections.Counter[str]) -> Iterator[newsparse.Parser]:
    """Wrap every stage while the block runs; yield a default parser whose rules are timed."""
    originals = [
        (module, name, getattr(module, name)) for module, names in STAGES.items() for name in names
    ]
    for module, name, call in originals:
        setattr(module, name, _timed(call, name, totals))
    parser = newsparse.Parser.default()
    rules = {
        field: tuple(_timed_rule(n, f"rule {field.name.lower()}:{n.name}", totals) for n in named)
        for field, named in parser.rules.items()
    }
    try:
        yield attrs.evolve(parser, rules=rules)
    finally:
        for module, name, call in originals:
            setattr(module, name, call)


def main(argv: list[str] | None = None) -> int:
    """Print the per-stage table for one input kind of the corpus."""
    options = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    options.add_argument(
        "--corpus", help="corpus folder (default: $NEWSPARSE_CORPUS or ../shared/corpus)"
    )
    options.add_argument("--input", choices=("txt", "htmltext", "html"), default="txt")
    options.add_argument("--limit", type=int, help="at most this many pages (round-robin)")
    args = options.parse_args(argv)
    pages = load_pages(resolve_corpus(args.corpus), limit=args.limit)
    dumps = [page.read(args.input) for page in pages]
    totals: collections.Counter[str] = collections.Counter()
    with _instrumented(totals) as parser:
        for dump in dumps[:20]:  # warm-up: lexicons, regex compilation, memos
            parser.parse(dump)
        totals.clear()
        start = time.process_time_ns()
        for dump in dumps:
            parser.parse(dump)
        whole = time.process_time_ns() - start
    count = max(1, len(dumps))
    mean = whole / count / 1e6
    print(f"{len(dumps)} pages ({args.input}), whole parse {mean:.3f} ms CPU a page (mean)")
    print("| stage | mean ms a page |\n|---|---|")
    for name, nanoseconds in totals.most_common():
        print(f"| {name} | {nanoseconds / count / 1e6:.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
