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

A warmed pass parses pages it parsed before, so every memo keyed by a line's text (``fold``,
the date and byline memos) answers from the earlier pass: the figure leaves out what those
memos cost and save on a page never seen, as in a batch of new pages. ``--cold`` measures
that instead: both children first parse the pages halfway between the measured ones
(every ``step``-th page from ``step // 2``), once; one then parses each measured page once
more, and the difference of the two totals, a page, is what a page costs after other pages
warmed the memos. Memoised work shows in this figure and not in the warmed one.
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


def _child(corpus: Path, kind: str, step: int, passes: int, *, cold: bool = False) -> int:
    """Parse every ``step``-th page ``passes`` times (the code valgrind measures).

    ``cold``: first parse the pages halfway between those once (:func:`main`'s ``--cold``).
    """
    import newsparse

    pages = load_pages(corpus)
    if cold:
        for page in pages[step // 2 :: step]:
            newsparse.parse(page.read(kind), url=page.truth.url)
    dumps = [(page.read(kind), page.truth.url) for page in pages[::step]]
    for _ in range(passes):
        for dump, url in dumps:
            newsparse.parse(dump, url=url)
    return len(dumps)


def _measure(
    corpus: Path, kind: str, step: int, passes: int, *, cold: bool = False
) -> tuple[int, int]:
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
        *(["--cold"] if cold else []),
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
    options.add_argument(
        "--cold",
        action="store_true",
        help="a page's cost after other pages warmed the memos (see the module docstring)",
    )
    options.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = options.parse_args(argv)
    if args.cold and args.step < 2:
        options.error("--cold needs --step 2 or more (the warm-up pages lie between)")
    corpus = resolve_corpus(args.corpus)
    if args.child is not None:
        print(_child(corpus, args.input, args.step, args.child, cold=args.cold))
        return 0
    if not load_pages(corpus):
        print(f"no corpus pages under {corpus}", file=sys.stderr)
        return 2
    try:
        if args.cold:
            # Warm-up alone, then warm-up and one pass: the pass a page, memos unprimed.
            none, pages = _measure(corpus, args.input, args.step, 0, cold=True)
            one, _ = _measure(corpus, args.input, args.step, 1, cold=True)
        else:
            one, pages = _measure(corpus, args.input, args.step, 1)
            three, _ = _measure(corpus, args.input, args.step, 3)
    except InstructionCountError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if args.cold:
        figure = (one - none) / max(1, pages) / 1e6
        print(f"{args.input}: {pages} pages, {figure:.3f} M instructions a page never seen")
        return 0
    figure = per_page(one, three, pages)
    print(f"{args.input}: {pages} pages, {figure:.3f} M instructions a warmed page")
    return 0


if __name__ == "__main__":
    sys.exit(main())
