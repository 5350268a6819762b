"""Smoke tests of the corpus benchmark command.

``test_benchmark_on_real_corpus`` needs ``../shared/corpus`` (relative to the repository
root) or ``$NEWSPARSE_CORPUS`` and is skipped without it. The other tests build a tiny
synthetic corpus with no real page text and a stand-in extractor, so they always run. The
quote benchmark's choice of a page's headline is checked on a one-page folder.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from benchmarks import corpus, stages
from benchmarks import quotes as bench
from benchmarks.scoring import Extraction

import newsparse.parser

REPO_ROOT = Path(__file__).resolve().parents[1]
REAL_CORPUS = Path(os.environ.get("NEWSPARSE_CORPUS") or REPO_ROOT.parent / "shared" / "corpus")
SMOKE_PAGES = 12  # two per source, round-robin


@pytest.mark.corpus
def test_benchmark_on_real_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    if not (REAL_CORPUS / "README.md").is_file():
        pytest.skip(f"corpus not found at {REAL_CORPUS}")
    report = tmp_path / "report.json"
    argv = ["--corpus", str(REAL_CORPUS), "--input", "txt", "--limit", str(SMOKE_PAGES)]
    assert corpus.main([*argv, "--json", str(report), "--worst", "1"]) == 0
    out = capsys.readouterr().out
    assert "## newsparse" in out
    assert "\nall " in out
    data = json.loads(report.read_text(encoding="utf-8"))
    pages = data["pages"]
    assert len(pages) == SMOKE_PAGES
    assert len({p["source"] for p in pages}) == 6
    failed = [f"{p['source']}/{p['id']}: {p['error']}" for p in pages if p["error"]]
    assert len(failed) < SMOKE_PAGES, failed


def _write_page(root: Path, source: str, page_id: str, truth: dict[str, object], text: str) -> None:
    folder = root / source / page_id
    folder.mkdir(parents=True)
    base = {"source": source, "id": page_id, "url": f"https://example.org/{page_id}"}
    (folder / "truth.json").write_text(json.dumps(base | truth), encoding="utf-8")
    (folder / "page.txt").write_text(text, encoding="utf-8")
    (folder / "page.html").write_text(f"<html><body><p>{text}</p></body></html>", encoding="utf-8")


@pytest.fixture
def tiny_corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    body = "Alpha beta gamma delta epsilon zeta."
    truth_from = {"headline": "dataset", "published": "page-jsonld", "body": "dataset"}
    _write_page(
        root, "one", "a",
        {"headline": "Alpha", "published": "2020-01-02", "body": body, "truth_from": truth_from},
        f"Alpha\n{body}",
    )  # fmt: skip
    _write_page(
        root, "one", "b",
        {"headline": "Beta", "body": body, "truth_from": {"headline": "page-meta"}},
        "boom",
    )  # fmt: skip
    _write_page(
        root, "two", "c",
        {"body_snippets": {"with": ["gamma delta"], "without": ["Menu"]}, "truth_from": {}},
        f"Title\nMenu\n{body}",
    )  # fmt: skip
    return root


def _stand_in() -> corpus.Extractor:
    def extract(dump: str | bytes, url: str | None) -> Extraction:
        text = dump if isinstance(dump, str) else dump.decode()
        if text == "boom":
            msg = "stand-in failure"
            raise RuntimeError(msg)
        lines = text.splitlines()
        return Extraction(headline=lines[0], published="2020-01-02", body="\n\n".join(lines[1:]))

    return corpus.Extractor("newsparse", extract)


def test_benchmark_on_tiny_corpus(
    tiny_corpus: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(corpus, "newsparse_extractor", _stand_in)
    report = tmp_path / "r.json"
    argv = ["--corpus", str(tiny_corpus), "--worst", "2", "--json", str(report), "--markdown"]
    assert corpus.main(argv) == 0
    out = capsys.readouterr().out
    assert "| all | 3 | 1 |" in out
    assert "RuntimeError: stand-in failure" in out
    assert "one/b" in out
    data = json.loads(report.read_text(encoding="utf-8"))
    summary = data["summary"]["newsparse"]
    assert summary["all"]["errors"] == 1
    assert summary["all"]["headline_hits"] == 1
    assert summary["two"]["snippets_passed"] == 1
    assert summary["two"]["snippets_total"] == 2
    assert summary["one"]["body"]["recall"] == 0.5


def test_source_filter_limit_and_missing_corpus(
    tiny_corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = corpus.load_pages(tiny_corpus, ["one", "two"], limit=2)
    assert [(p.truth.source, p.truth.page_id) for p in pages] == [("one", "a"), ("two", "c")]
    assert [p.truth.page_id for p in corpus.load_pages(tiny_corpus, ["one"])] == ["a", "b"]
    assert corpus.main(["--corpus", str(tmp_path / "nowhere")]) == 2
    assert "corpus not found" in capsys.readouterr().err


def test_peers_are_skipped_for_text_input(
    tiny_corpus: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(corpus, "newsparse_extractor", _stand_in)
    assert corpus.main(["--corpus", str(tiny_corpus), "--peers", "--no-url"]) == 0
    out = capsys.readouterr().out
    assert "peers skipped" in out
    assert "no url hint" in out


def test_html_paragraphs_and_table_rendering() -> None:
    html = "<div><h2>Title</h2><p>One  <b>bold</b></p>text<br>more<ul><li>x</li></ul></div>"
    assert corpus.html_paragraphs(html) == "Title\n\nOne bold\n\ntext\n\nmore\n\nx"
    assert corpus.html_paragraphs("  ") == ""
    table = corpus.render_table(("a", "bb"), [["x", "1"], ["long", "22"]], markdown=False)
    assert table.splitlines() == ["a     bb", "----  --", "x      1", "long  22"]


def test_stage_timing_on_tiny_corpus(tiny_corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    parse_before = vars(newsparse.parser)["read_text"]
    assert stages.main(["--corpus", str(tiny_corpus), "--input", "txt"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("3 pages (txt), whole parse ")
    for stage in ("read_text", "_features", "find_layout", "assemble", "rule headline:text"):
        assert f"| {stage} | " in out
    assert "| read_html |" not in out  # text input never reaches the HTML reader
    assert vars(newsparse.parser)["read_text"] is parse_before  # the wrappers are gone afterwards


def test_the_quote_benchmark_takes_the_truth_headline_else_the_parsed_one(tmp_path: Path) -> None:
    page = "Storms hit the Plains\n\nThe storms came early on Friday, the center said.\n"
    assert bench.page_headline(tmp_path, page, "none") is None
    parsed = bench.page_headline(tmp_path, page, "truth")
    assert parsed == bench.page_headline(tmp_path, page, "parse")
    (tmp_path / "truth.json").write_text(json.dumps({"headline": "Kristi Noem speaks"}))
    assert bench.page_headline(tmp_path, page, "truth") == "Kristi Noem speaks"
    assert bench.page_headline(tmp_path, page, "parse") == parsed
