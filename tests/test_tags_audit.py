"""Tests of the tag audit's placing of truth tags in a dump's lines."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from benchmarks import tags_audit
from benchmarks.tags_audit import place_tags

if TYPE_CHECKING:
    from pathlib import Path

    import pytest


def test_place_tags_sorts_whole_lines_inline_and_absent() -> None:
    lines = [
        "Politik",
        "Council approves the new river bridge",
        "The council approved the bridge on Tuesday.",
        "",
        "Tags:",
        "Bridge",
        "City budget",
    ]
    tags = ["bridge", "City Budget", "council approved", "Flooding", "Politik"]
    whole, inline, absent = place_tags(lines, tags, headline=1, body=(2, 2))
    assert whole == [
        ("bridge", "below", "Tags:"),
        ("City Budget", "below", "Tags:"),
        ("Politik", "above", ""),
    ]
    assert inline == ["council approved"]
    assert absent == ["Flooding"]


def test_audit_table_counts_shown_tags_and_ceilings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "corpus" / "src" / "bridge"
    folder.mkdir(parents=True)
    truth = {"source": "src", "id": "bridge", "url": None, "tags": ["Bridge", "Flooding"]}
    (folder / "truth.json").write_text(json.dumps(truth), encoding="utf-8")
    text = (
        "Council approves the new river bridge\n\n"
        "The council approved the bridge over the river on Tuesday after a long debate.\n\n"
        "Critics of the bridge say the council has underestimated the cost.\n\n"
        "Tags:\nBridge\n"
    )
    for name in ("page.txt", "page.htmltext.txt", "page.html"):
        (folder / name).write_text(text, encoding="utf-8")
    assert tags_audit.main(["--corpus", str(tmp_path / "corpus"), "--list"]) == 0
    out = capsys.readouterr().out
    assert "1 pages with truth tags, 2 tags" in out
    assert "| whole line | 1 |" in out
    assert "| not shown | 1 |" in out
    assert "line ceiling: 0.6667" in out
    assert "'Bridge' under 'Tags:'" in out
