"""The output-identity tool (``python -m benchmarks.identity``) tells equal dumps from changed."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from benchmarks.identity import _record, diff, main

import newsparse

if TYPE_CHECKING:
    from pathlib import Path

    import pytest


def _write(path: Path, records: Sequence[Mapping[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_a_record_holds_the_article_and_its_candidates() -> None:
    text = "A headline\n\nBy Jane Roe\n\nA first sentence of the article, told at length here.\n"
    record = _record("txt", "seed/0", text, None)
    assert record["k"] == "txt"
    assert record["a"]["body"] == list(newsparse.parse(text).body)
    assert set(record["x"]) >= {"headline", "authors"}


def test_equal_dumps_are_identical(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [{"k": "txt", "id": "s/1", "a": {"headline": "H"}, "x": {}}]
    assert diff(_write(tmp_path / "a", rows), _write(tmp_path / "b", rows)) == 0
    assert "IDENTICAL" in capsys.readouterr().out


def test_a_changed_field_and_a_missing_page_are_counted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = [
        {"k": "txt", "id": "s/1", "a": {"headline": "H", "tags": []}, "x": {}},
        {"k": "html", "id": "s/2", "a": {"headline": "G"}, "x": {}},
    ]
    after = [{"k": "txt", "id": "s/1", "a": {"headline": "H", "tags": ["t"]}, "x": {}}]
    assert diff(_write(tmp_path / "a", before), _write(tmp_path / "b", after)) == 2
    out = capsys.readouterr().out
    assert "tags" in out
    assert "missing or error" in out


def test_a_dump_without_a_corpus_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # An empty dump would pass silently, then every diff against it would list every page.
    out = tmp_path / "out.jsonl"
    assert main(["dump", str(out), "--corpus", str(tmp_path / "absent")]) == 2
    assert "no corpus" in capsys.readouterr().err
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["dump", str(out), "--corpus", str(empty)]) == 2
