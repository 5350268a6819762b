"""Atheris fuzz harness for :func:`newsparse.parse`: any exception outside the contract is a crash.

Run (one command, from the repository root)::

    pip install -e '.[fuzz]' && python fuzz/fuzz_parse.py -atheris_runs=1000000

Every input is parsed twice: as ``bytes`` (decoding, binary detection) and as ``str``
(built by atheris from the same data, so lone surrogates and astral characters occur).
The error contract allows only :class:`newsparse.NewsparseError` subclasses (in practice
``DecodingError`` for bytes); anything else, a ``RecursionError`` included, propagates
and atheris reports it with the input that caused it. libFuzzer options such as
``-max_len=4096``, ``-timeout=10``, ``-rss_limit_mb=2048`` or a corpus directory pass
through unchanged.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    import newsparse

#: Modes a fuzz input can take, chosen by its first byte.
_KINDS = ("bytes", "str", "html")


def test_one_input(data: bytes) -> None:
    """Parse one fuzz input as bytes and as str; raise on any undocumented exception.

    Args:
        data: The raw input from libFuzzer.
    """
    if not data:
        newsparse.parse(b"")
        return
    fdp = atheris.FuzzedDataProvider(data)
    kind = _KINDS[fdp.ConsumeIntInRange(0, len(_KINDS) - 1)]
    if kind == "bytes":
        dump: str | bytes = fdp.ConsumeBytes(fdp.remaining_bytes())
    elif kind == "str":
        dump = fdp.ConsumeUnicode(fdp.remaining_bytes())
    else:
        # Wrap fuzz text in a page so the HTML reader, metadata and structure run often.
        body = fdp.ConsumeUnicode(fdp.remaining_bytes())
        dump = f"<!DOCTYPE html><html><head><title>t</title></head><body>{body}</body></html>"
    try:
        newsparse.parse(dump)
    except newsparse.NewsparseError:
        # The documented contract: DecodingError for binary bytes, InputTooLargeError...
        return


def main() -> None:
    """Start libFuzzer on :func:`test_one_input` with the command-line options."""
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
