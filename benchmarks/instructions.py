"""Instructions a warmed parse costs: a speed measure that does not move with machine load.

Run from the repository root (needs ``valgrind`` on ``PATH``)::

    python -m benchmarks.instructions --corpus ../shared/corpus --input txt --step 8
    python -m benchmarks.instructions --input html --step 8

Wall-clock and CPU times on a shared machine vary by about ±10 % from run to run, more than
most single speed changes. Instruction counts do not: this command runs a child interpreter
under ``valgrind --tool=callgrind`` twice, once parsing every ``step``-th corpus page one
time and once three times, and halves the difference of the two totals. That removes the
interpreter's start-up, imports, regex compilation and first-call memos, and leaves the
cost of one warmed pass over the pages, in millions of instructions a page. Code layout
moves the figure by about 0.4 %, so smaller differences are noise. Two runs take a minute or
two for text and about twice that for HTML at ``--step 8``.

``PYTHONHASHSEED`` is fixed for both children, so set iteration orders (and with them the
instructions spent) are the same in both.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from benchmarks.corpus import load_pages, resolve_corpus

#: callgrind's summary line on stderr, e.g. ``==123== Collected : 1234567``.
_COLLECTED = re.compile(r"^==\d+== Collected : (\d+)\s*$", re.MULTILINE)


class InstructionCountError(RuntimeError):
    """valgrind is missing, or a child run failed or printed no instruction total."""


def collected(stderr: str) -> int:
    """Read the instruction total from callgrind's stderr.

    Args:
        stderr: What ``valgrind --tool=callgrind`` printed on standard error.

    Returns:
        The "Collected" instruction count.

    Raises:
        InstructionCountError: When the output holds no such line.
    """
    found = _COLLECTED.search(stderr)
    if found is None:
        msg = "callgrind printed no 'Collected' total"
        raise InstructionCountError(msg)
    return int(found.group(1))


def per_page(one_pass: int, three_passes: int, pages: int) -> float:
    """Millions of instructions of one warmed pass a page.

    Args:
        one_pass: Instructions of the child that parsed the pages once.
        three_passes: Instructions of the child that parsed them three times.
        pages: How many pages each pass parsed.

    Returns:
        ``(three_passes - one_pass) / 2 / pages`` in millions.
    """
    return (three_passes - one_pass) / 2 / max(1, pages) / 1e6


def _child(corpus: Path, kind: str, step: int, passes: int) -> int:
    """Parse every ``step``-th page ``passes`` times (the code valgrind measures)."""
    import newsparse

    dumps = [(page.read(kind), page.truth.url) for page in load_pages(corpus)[::step]]
    for _ in range(passes):
        for dump, url in dumps:
            newsparse.parse(dump, url=url)
    return len(dumps)


def _measure(corpus: Path, kind: str, step: int, passes: int) -> tuple[int, int]:
    """Run one child under callgrind; return (instructions, pages)."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        msg = "valgrind is not on PATH"
        raise InstructionCountError(msg)
    command = [
        valgrind,
        "--tool=callgrind",
        "--callgrind-out-file=/dev/null",
        # The real interpreter, not a launcher script that would be measured instead.
        os.path.realpath(sys.executable),
        "-m",
        "benchmarks.instructions",
        "--child",
        str(passes),
        "--corpus",
        str(corpus),
        "--input",
        kind,
        "--step",
        str(step),
    ]
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    done = subprocess.run(  # noqa: S603 -- valgrind on our own module, fixed arguments
        command, capture_output=True, text=True, env=env, check=False
    )
    if done.returncode != 0:
        msg = f"child exited {done.returncode}: {done.stderr[-2000:]}"
        raise InstructionCountError(msg)
    return collected(done.stderr), int(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    """Print millions of instructions a warmed page for one input kind of the corpus."""
    options = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    options.add_argument(
        "--corpus", help="corpus folder (default: $NEWSPARSE_CORPUS or ../shared/corpus)"
    )
    options.add_argument("--input", choices=("txt", "htmltext", "html"), default="txt")
    options.add_argument("--step", type=int, default=8, help="every STEP-th page (default 8)")
    options.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = options.parse_args(argv)
    corpus = resolve_corpus(args.corpus)
    if args.child is not None:
        print(_child(corpus, args.input, args.step, args.child))
        return 0
    if not load_pages(corpus):
        print(f"no corpus pages under {corpus}", file=sys.stderr)
        return 2
    try:
        one, pages = _measure(corpus, args.input, args.step, 1)
        three, _ = _measure(corpus, args.input, args.step, 3)
    except InstructionCountError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    figure = per_page(one, three, pages)
    print(f"{args.input}: {pages} pages, {figure:.3f} M instructions a warmed page")
    return 0


if __name__ == "__main__":
    sys.exit(main())
