"""Output identity over the corpus: did a change alter any parse, and where?

Run from the repository root::

    PYTHONHASHSEED=0 python -m benchmarks.identity dump /tmp/before.jsonl
    # ... change the code ...
    PYTHONHASHSEED=0 python -m benchmarks.identity dump /tmp/after.jsonl
    python -m benchmarks.identity diff /tmp/before.jsonl /tmp/after.jsonl [-v]

``dump`` parses every corpus page as ``page.txt``, ``page.htmltext.txt`` and ``page.html``
(the truth URL passed as ``url=``) and writes one JSON line a parse: the article's
``to_dict()`` and the top five candidates of every field (value, score, source) from
:func:`newsparse.parse_and_explain`. ``diff`` counts, per input kind, the pages whose
output differs and the fields that differ; ``-v`` prints the changed values. A speed
change is output-identical when ``diff`` prints ``IDENTICAL``. The corpus path is chosen
as in :mod:`benchmarks.corpus`; write the dumps outside the repository (they hold page
text).
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path
from typing import Any

import newsparse
from benchmarks.corpus import INPUT_FILES, load_pages, resolve_corpus

_TOP = 5
"""Candidates kept per field."""


def _record(kind: str, page_id: str, dump: str | bytes, url: str | None) -> dict[str, Any]:
    try:
        article, explanation = newsparse.parse_and_explain(dump, url=url)
    except newsparse.NewsparseError as exc:
        return {"k": kind, "id": page_id, "err": repr(exc)}
    decisions = {
        field.value: [(repr(c.value), round(c.score, 6), c.source) for c in decision.ranked[:_TOP]]
        for field, decision in explanation.decisions.items()
    }
    return {"k": kind, "id": page_id, "a": article.to_dict(), "x": decisions}


def dump(corpus: Path, out: Path, kinds: list[str]) -> int:
    """Write one JSON line per (kind, page) parse to ``out``; return the line count."""
    pages = load_pages(corpus)
    count = 0
    with out.open("w", encoding="utf-8") as handle:
        for kind in kinds:
            for page in pages:
                page_id = f"{page.truth.source}/{page.truth.page_id}"
                record = _record(kind, page_id, page.read(kind), page.truth.url)
                handle.write(json.dumps(record, ensure_ascii=False, sort_keys=True, default=str))
                handle.write("\n")
                count += 1
    return count


def _load(path: Path) -> dict[tuple[str, str], dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle]
    return {(r["k"], r["id"]): r for r in records}


def diff(before: Path, after: Path, *, verbose: bool = False) -> int:
    """Print what differs between two dumps; return the number of differing parses."""
    old, new = _load(before), _load(after)
    pages: collections.Counter[str] = collections.Counter()
    fields: collections.Counter[tuple[str, str]] = collections.Counter()
    for key in sorted(old.keys() | new.keys()):
        a, b = old.get(key), new.get(key)
        if a == b:
            continue
        pages[key[0]] += 1
        if a is None or b is None or "err" in a or "err" in b:
            fields[(key[0], "missing or error")] += 1
            print(key, "missing or error:", (a or {}).get("err"), (b or {}).get("err"))
            continue
        for name in sorted(a["a"].keys() | b["a"].keys()):
            if a["a"].get(name) != b["a"].get(name):
                fields[(key[0], name)] += 1
                if verbose and name != "segments":
                    print(key, name, "\n  before:", str(a["a"].get(name))[:300])
                    print("  after: ", str(b["a"].get(name))[:300])
        if a["x"] != b["x"]:
            fields[(key[0], "explanation")] += 1
    if not pages:
        print("IDENTICAL")
        return 0
    print("parses differing by input:", dict(pages))
    for (kind, name), n in sorted(fields.items()):
        print(f"  {kind:9s} {name:18s} {n}")
    return sum(pages.values())


def main(argv: list[str] | None = None) -> int:
    """Command line: ``dump OUT`` or ``diff BEFORE AFTER``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    dump_cmd = commands.add_parser("dump", help="parse the corpus and write a JSONL dump")
    dump_cmd.add_argument("out", type=Path)
    dump_cmd.add_argument("--corpus", default=None, help="corpus folder")
    dump_cmd.add_argument(
        "--input", action="append", choices=sorted(INPUT_FILES), help="kinds (default: all)"
    )
    diff_cmd = commands.add_parser("diff", help="compare two dumps")
    diff_cmd.add_argument("before", type=Path)
    diff_cmd.add_argument("after", type=Path)
    diff_cmd.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    if args.command == "dump":
        kinds = args.input or ["txt", "htmltext", "html"]
        corpus = resolve_corpus(args.corpus)
        if not corpus.is_dir():
            # An empty dump would make every later diff report every page as missing.
            print(f"no corpus at {corpus}: give --corpus or set $NEWSPARSE_CORPUS", file=sys.stderr)
            return 2
        count = dump(corpus, args.out, kinds)
        print(f"{count} parses written to {args.out}", file=sys.stderr)
        return 0 if count else 2
    return 1 if diff(args.before, args.after, verbose=args.verbose) else 0


if __name__ == "__main__":
    raise SystemExit(main())
