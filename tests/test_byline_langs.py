"""Bylines beyond English-style ones: other conjunctions, gender-inclusive labels, CJK names."""

from __future__ import annotations

import pytest

from newsparse.extract.byline import read_byline, split_names
from newsparse.lexicon import lexicon


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Jane Doe og John Roe", ["Jane Doe", "John Roe"]),
        ("Jane Doe och John Roe", ["Jane Doe", "John Roe"]),
    ],
    ids=["da-no-og", "sv-och"],
)
def test_nordic_conjunctions_join_two_names(line: str, names: list[str]) -> None:
    assert split_names(line, lexicon()) == names


@pytest.mark.parametrize(
    "line",
    ["Kolumnist*in: Jane Doe", "Autor:in: Jane Doe", "Autor*in: Jane Doe"],
)
def test_gender_inclusive_role_labels_are_prefixes(line: str) -> None:
    byline = read_byline(line, lexicon())
    assert byline.names == ("Jane Doe",)
    assert byline.prefixed
