"""Input readers: path resolution, directory walks, stdin, JSONL fields and line errors."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
from pathlib import Path

import pytest

from newsparse import sources
from newsparse.sources import Input, InputKind


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.html").write_text("<p>two</p>")
    (tmp_path / "one.html").write_text("<p>one</p>")
    (tmp_path / "notes.txt").write_text("text dump")
    (tmp_path / "truth.json").write_text("{}")
    return tmp_path


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("crawl.warc.gz", InputKind.WARC),
        ("crawl.WARC", InputKind.WARC),
        ("old.arc.gz", InputKind.WARC),
        ("pages.jsonl", InputKind.JSONL),
        ("pages.ndjson.gz", InputKind.JSONL),
        ("page.html", InputKind.PAGES),
        ("page.txt.gz", InputKind.PAGES),
    ],
)
def test_kind_is_guessed_from_the_suffix(name: str, kind: InputKind) -> None:
    assert sources.guess_kind(name) is kind


def test_resolve_marks_directories_and_stdin(tree: Path) -> None:
    resolved = sources.resolve_inputs([str(tree), "-"])
    assert resolved == [Input(str(tree), InputKind.PAGES, is_dir=True), Input("-", InputKind.PAGES)]


def test_resolve_expands_globs_sorted(tree: Path) -> None:
    resolved = sources.resolve_inputs([str(tree / "**" / "*.html")])
    assert [r.path for r in resolved] == [str(tree / "b" / "two.html"), str(tree / "one.html")]


def test_forced_kind_wins(tree: Path) -> None:
    [resolved] = sources.resolve_inputs([str(tree / "one.html")], kind=InputKind.WARC)
    assert resolved.kind is InputKind.WARC


@pytest.mark.parametrize("arg", ["missing.html", "missing/*.html"])
def test_missing_inputs_are_reported_before_reading(tmp_path: Path, arg: str) -> None:
    with pytest.raises(FileNotFoundError, match="missing"):
        sources.resolve_inputs([str(tmp_path / arg)])


def test_directory_walk_is_sorted_recursive_and_filtered(tree: Path) -> None:
    keys = [item.key for item in sources.iter_files([tree])]
    assert keys == [str(tree / "notes.txt"), str(tree / "one.html"), str(tree / "b" / "two.html")]


def test_custom_patterns_select_files(tree: Path) -> None:
    inputs = sources.resolve_inputs([str(tree)])
    items = list(sources.iter_inputs(inputs, patterns=["one.*"]))
    assert [(i.key, i.dump) for i in items] == [(str(tree / "one.html"), b"<p>one</p>")]


def test_unreadable_file_becomes_an_item_error(tmp_path: Path) -> None:
    [item] = sources.iter_files([tmp_path / "vanished.html"])
    assert item.error is not None
    assert item.error.startswith("FileNotFoundError")


def test_stdin_is_one_page() -> None:
    item = sources.read_stdin(io.BytesIO(b"<p>piped</p>"))
    assert (item.key, item.dump) == ("-", b"<p>piped</p>")


def _jsonl(tmp_path: Path, lines: list[str], name: str = "pages.jsonl") -> Path:
    path = tmp_path / name
    data = "\n".join(lines).encode()
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    return path


@pytest.mark.parametrize("field", ["html", "text", "content"])
def test_jsonl_dump_field_is_detected(tmp_path: Path, field: str) -> None:
    path = _jsonl(tmp_path, [json.dumps({field: "<p>x</p>", "url": "https://e.org/x"})])
    [item] = sources.iter_jsonl(path)
    assert (item.key, item.dump, item.url) == (f"{path}:1", "<p>x</p>", "https://e.org/x")


def test_jsonl_named_field_and_url_field(tmp_path: Path) -> None:
    line = json.dumps({"html": "no", "raw": "yes", "link": "https://e.org/l", "url": 3})
    [item] = sources.iter_jsonl(_jsonl(tmp_path, [line]), field="raw", url_field="link")
    assert (item.dump, item.url) == ("yes", "https://e.org/l")


def test_jsonl_fetch_time_becomes_a_hint(tmp_path: Path) -> None:
    line = json.dumps({"html": "<p/>", "date_download": "2024-05-01T12:00:00"})
    [item] = sources.iter_jsonl(_jsonl(tmp_path, [line]))
    assert item.fetched == dt.datetime(2024, 5, 1, 12, tzinfo=dt.UTC)


def test_jsonl_bad_lines_are_item_errors_and_blank_lines_skipped(tmp_path: Path) -> None:
    lines = ['{"html": "ok"}', "", "{not json", "[1, 2]", '{"title": "no dump"}']
    items = list(sources.iter_jsonl(_jsonl(tmp_path, lines)))
    assert [i.key.rsplit(":", 1)[1] for i in items] == ["1", "3", "4", "5"]
    assert [i.error is None for i in items] == [True, False, False, False]
    assert items[1].error.startswith("JSONDecodeError")  # type: ignore[union-attr]
    assert "html/text/content" in items[3].error  # type: ignore[operator]


def test_jsonl_gz_and_streams(tmp_path: Path) -> None:
    path = _jsonl(tmp_path, ['{"text": "gz"}'], name="pages.jsonl.gz")
    assert [i.dump for i in sources.iter_jsonl(path)] == ["gz"]
    stream = io.BytesIO(b'{"text": "stream"}\n')
    assert [(i.key, i.dump) for i in sources.iter_jsonl(stream)] == [("<stream>:1", "stream")]
    assert not stream.closed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-05-01T12:00:00Z", dt.datetime(2024, 5, 1, 12, tzinfo=dt.UTC)),
        ("2024-05-01T12:00:00", dt.datetime(2024, 5, 1, 12, tzinfo=dt.UTC)),
        ("2024-05-01", dt.datetime(2024, 5, 1, tzinfo=dt.UTC)),
        ("yesterday", None),
    ],
)
def test_timestamps(text: str, expected: dt.datetime | None) -> None:
    assert sources.parse_timestamp(text) == expected


def test_gzipped_page_files_are_decompressed(tmp_path: Path) -> None:
    page = tmp_path / "page.html.gz"
    page.write_bytes(gzip.compress(b"<p>zipped</p>"))
    broken = tmp_path / "broken.html.gz"
    broken.write_bytes(b"not gzip")
    zipped, bad = sources.iter_files([page, broken])
    assert zipped.dump == b"<p>zipped</p>"
    assert bad.error is not None
