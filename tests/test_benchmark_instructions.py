"""The instruction-count benchmark's arithmetic and output parsing (valgrind not needed)."""

from __future__ import annotations

from pathlib import Path

import pytest
from benchmarks import instructions


def test_collected_reads_the_callgrind_total() -> None:
    stderr = "==41== Callgrind, a call-graph profiler\n==41== Collected : 987654321\n"
    assert instructions.collected(stderr) == 987_654_321


def test_collected_without_a_total_is_an_error() -> None:
    with pytest.raises(instructions.InstructionCountError):
        instructions.collected("==41== Events    : Ir\n")


def test_per_page_is_half_the_difference_a_page_in_millions() -> None:
    # one pass 100 M + start-up, three passes add 2 x 48 M over 4 pages -> 12 M a page
    assert instructions.per_page(150_000_000, 246_000_000, 4) == pytest.approx(12.0)


def test_child_mode_parses_the_pages_and_prints_their_count(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert instructions.main(["--child", "1", "--corpus", str(tmp_path), "--step", "1"]) == 0
    assert capsys.readouterr().out.strip() == "0"


def test_missing_corpus_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert instructions.main(["--corpus", str(tmp_path)]) == 2
    assert "no corpus pages" in capsys.readouterr().err


def test_cold_child_warms_up_on_other_pages_and_prints_the_measured_count(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--child", "1", "--cold", "--corpus", str(tmp_path), "--step", "8"]
    assert instructions.main(argv) == 0
    assert capsys.readouterr().out.strip() == "0"


def test_cold_needs_pages_between_the_measured_ones(tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        instructions.main(["--cold", "--corpus", str(tmp_path), "--step", "1"])
