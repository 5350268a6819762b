"""Golden seeds: each seed dump against its expected parse, one test per (seed, field)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import newsparse
from newsparse import Label

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED_NAMES = sorted(p.name.removesuffix(".txt") for p in SEEDS.glob("*.txt"))
FIELDS = ("headline", "published", "authors", "tags", "dateline", "body")


def _load(name: str) -> tuple[newsparse.Article, dict[str, Any]]:
    text = (SEEDS / f"{name}.txt").read_text(encoding="utf-8")
    expected = json.loads((SEEDS / f"{name}.expected.json").read_text(encoding="utf-8"))
    return newsparse.parse(text), expected


def _plain(value: object) -> object:
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if hasattr(value, "isoformat"):
        return str(value.isoformat())[:10]
    return value


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("name", SEED_NAMES)
def test_seed_field(name: str, field: str) -> None:
    article, expected = _load(name)
    assert _plain(getattr(article, field)) == expected[field]


@pytest.mark.parametrize("name", SEED_NAMES)
def test_seed_removed_blocks_are_labelled(name: str) -> None:
    article, expected = _load(name)
    removed = expected.get("removed", {})
    by_text: dict[str, list[Label]] = {}
    for segment in article.segments:
        by_text.setdefault(segment.text, []).append(segment.label)
    for widget in removed.get("widgets", ()):
        assert by_text[widget] == [Label.WIDGET]
    for line in removed.get("duplicate_byline", ()):
        assert set(by_text[line]) == {Label.BYLINE}
    if "comments_block_starts" in removed:
        assert by_text[removed["comments_block_starts"]] == [Label.COMMENTS]
    if "sidebar_starts" in removed:
        assert by_text[removed["sidebar_starts"]] == [Label.SIDEBAR]


@pytest.mark.parametrize("name", SEED_NAMES)
def test_seed_removed_text_is_not_in_body(name: str) -> None:
    article, expected = _load(name)
    removed = expected.get("removed", {})
    body = article.body.text
    for key in ("comments_block_starts", "sidebar_starts"):
        if key in removed:
            assert removed[key] not in article.body
    for widget in removed.get("widgets", ()):
        assert widget not in body


@pytest.mark.parametrize("name", SEED_NAMES)
def test_seed_segments_cover_every_visible_line(name: str) -> None:
    text = (SEEDS / f"{name}.txt").read_text(encoding="utf-8")
    article = newsparse.parse(text)
    covered = [0] * len(text.split("\n"))
    for segment in article.segments:
        for line in range(segment.lines[0], segment.lines[1] + 1):
            covered[line] += 1
    for number, source_line in enumerate(text.split("\n")):
        assert covered[number] == (1 if source_line.strip() else 0), (number, source_line)
