"""Corpus check: ``newsparse --jobs 2`` over the whole corpus equals a serial parse() loop."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

import newsparse
from newsparse import sources
from newsparse.cli import main
from newsparse.model import Article

CORPUS = Path(
    os.environ.get("NEWSPARSE_CORPUS") or Path(__file__).resolve().parents[2] / "shared" / "corpus"
)

pytestmark = [
    pytest.mark.corpus,
    pytest.mark.slow,
    pytest.mark.skipif(not CORPUS.is_dir(), reason=f"no corpus at {CORPUS}"),
]


def _serial(path: str) -> Article | str:
    try:
        return newsparse.parse(Path(path).read_bytes())
    # The CLI records a failing page as "Type: message"; the serial loop must do the same
    # for the two runs to be compared page by page.
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"


def _from_record(record: dict[str, Any]) -> Article | str:
    return record["error"] if record["error"] is not None else Article.from_dict(record)


def test_two_jobs_give_the_serial_articles(tmp_path: Path) -> None:
    out = tmp_path / "corpus.jsonl"
    code = main([str(CORPUS), "--jobs", "2", "--segments", "-o", str(out), "--no-progress"])
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    paths = list(sources.walk(CORPUS, sources.HTML_PATTERNS))
    assert len(paths) > 0
    assert [r["source"] for r in records] == paths
    expected = [_serial(p) for p in paths]
    assert code == (1 if any(isinstance(e, str) for e in expected) else 0)
    for record, want in zip(records, expected, strict=True):
        assert _from_record(record) == want, record["source"]
