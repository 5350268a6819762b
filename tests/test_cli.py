"""The newsparse command: inputs, output formats, hints, summary, progress, exit codes."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import newsparse
from newsparse.cli import main
from newsparse.model import Article

STORM = (
    "<html><head><title>Storm hits coast</title></head><body><h1>Storm hits coast</h1>"
    "<p>By Jane Roe</p><p>A storm hit the coast on Monday, flooding streets and closing "
    "schools across the region, officials said.</p></body></html>"
)
COUNCIL = (
    "Council votes on budget\n\nBy John Doe\n\nThe city council voted on Tuesday to approve "
    "a budget that raises spending on schools and parks.\n\nThe vote was 7 to 2.\n"
)


@pytest.fixture
def pages(tmp_path: Path) -> list[Path]:
    (tmp_path / "site").mkdir()
    storm = tmp_path / "site" / "storm.html"
    storm.write_text(STORM, encoding="utf-8")
    council = tmp_path / "site" / "council.txt"
    council.write_text(COUNCIL, encoding="utf-8")
    return [council, storm]


def _expected(path: Path, **hints: Any) -> Article:
    return newsparse.parse(path.read_bytes(), **hints)


def test_one_file_prints_one_json_object(
    pages: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(pages[1]), "--segments"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["source"] == str(pages[1])
    assert Article.from_dict(record) == _expected(pages[1])


def test_segments_are_left_out_by_default(
    pages: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(pages[1])]) == 0
    assert json.loads(capsys.readouterr().out)["segments"] is None


def test_several_files_print_a_json_array(
    pages: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(p) for p in pages]) == 0
    records = json.loads(capsys.readouterr().out)
    assert [r["source"] for r in records] == [str(p) for p in pages]


def test_jsonl_writes_one_line_per_page(
    pages: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(pages[0].parent), "--format", "jsonl", "--segments"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [Article.from_dict(json.loads(line)) for line in lines] == [_expected(p) for p in pages]


def test_output_suffix_picks_the_format(pages: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert main([*map(str, pages), "-o", str(out)]) == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2


@pytest.mark.parametrize("jobs", ["2", "0"])
def test_jobs_give_the_serial_output(
    pages: list[Path], capsys: pytest.CaptureFixture[str], jobs: str
) -> None:
    args = [str(pages[0].parent), "-f", "jsonl", "--no-summary"]
    assert main(args) == 0
    serial = capsys.readouterr().out
    assert main([*args, "--jobs", jobs]) == 0
    assert capsys.readouterr().out == serial


def test_stdin_with_url_and_fetch_hints(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(STORM.encode())))
    assert main(["-", "--url", "https://e.org/storm", "--fetched", "2024-05-01"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["source"] == "-"
    assert record["url"] == "https://e.org/storm"


def test_jsonl_input_with_a_named_field(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "pages.jsonl"
    data.write_text(json.dumps({"page": STORM, "url": "https://e.org/s"}) + "\n")
    assert main([str(data), "--jsonl-field", "page", "-f", "jsonl"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["source"] == f"{data}:1"
    assert record["headline"] == newsparse.parse(STORM, url="https://e.org/s").headline


def test_failed_items_give_exit_1_and_are_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "pages.jsonl"
    data.write_text(json.dumps({"html": STORM}) + "\n{broken\n")
    assert main([str(data), "-f", "jsonl"]) == 1
    out, err = capsys.readouterr()
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["error"] is None for r in records] == [True, False]
    assert f"{data}:2: JSONDecodeError" in err


def test_summary_counts_pages_articles_and_errors(
    pages: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*map(str, pages), "--summary"]) == 0
    err = capsys.readouterr().err
    assert "2 pages" in err
    assert "0 errors" in err
    assert "pages/s" in err


def test_no_summary_for_a_single_file(
    pages: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(pages[0])]) == 0
    assert capsys.readouterr().err == ""


def test_forced_progress_bar_writes_to_stderr(
    pages: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("tqdm")
    assert main([*map(str, pages), "--progress", "--no-summary"]) == 0
    assert "page" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.html"], "no such file"),
        (["a.html", "b.html", "--url", "https://e.org/"], "exactly one input"),
        (["a.html", "-f", "parquet"], "needs --output"),
        (["a.html", "--warc", "--jsonl"], "exclude each other"),
        (["a.html", "--jobs", "-1"], "--jobs"),
    ],
)
def test_usage_errors_exit_2(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.html").write_text(STORM)
    (tmp_path / "b.html").write_text(STORM)
    assert main(args) == 2
    assert message in capsys.readouterr().err


def test_bad_option_exits_2_and_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--no-such-option", "x"]) == 2
    assert main(["--help"]) == 0
    assert "--jobs" in capsys.readouterr().out


def test_parquet_output_round_trips(pages: list[Path], tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "out.parquet"
    assert main([*map(str, pages), "-o", str(out), "--segments"]) == 0
    rows = pq.read_table(out).to_pylist()
    assert [r["source"] for r in rows] == [str(p) for p in pages]
    assert [Article.from_dict(r) for r in rows] == [_expected(p) for p in pages]


def test_python_dash_m_runs_the_cli(pages: list[Path]) -> None:
    done = subprocess.run(  # noqa: S603 - fixed argv, no shell
        [sys.executable, "-m", "newsparse", str(pages[1])],
        capture_output=True,
        check=True,
        text=True,
    )
    assert json.loads(done.stdout)["headline"] == _expected(pages[1]).headline


def test_errors_are_written_above_the_progress_bar(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("tqdm")
    data = tmp_path / "pages.jsonl"
    data.write_text(json.dumps({"html": STORM}) + "\n{broken\n")
    assert main([str(data), "--progress", "--no-summary", "-f", "jsonl"]) == 1
    assert f"newsparse: {data}:2: JSONDecodeError" in capsys.readouterr().err


def test_no_quotes_skips_quotations_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "quoted.txt"
    page.write_text(COUNCIL + '\n"We kept our promise," said Mayor Ann Lee.\n', encoding="utf-8")
    assert main([str(page)]) == 0
    full = json.loads(capsys.readouterr().out)
    assert main([str(page), "--no-quotes"]) == 0
    lean = json.loads(capsys.readouterr().out)
    assert full["quotes"]
    assert lean["quotes"] == []
    assert {**lean, "quotes": full["quotes"]} == full
