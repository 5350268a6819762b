"""What an HTML heading's class says about it: a kicker's ``<h1>`` marks no headline."""

from __future__ import annotations

import pytest

import newsparse

_BODY = (
    "The city council voted on Tuesday to approve the new budget after a long debate.",
    "Critics said the plan would cut services in the poorest districts of the city.",
    "The mayor defended the budget and said the savings were needed to avoid a deficit.",
)

_HEADLINE = "Council approves the new city budget"

_KICKER = "Budget vote: debate ends"


def _page(h1_class: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in _BODY)
    return (
        "<html><body><article>"
        f"<h1 class='{h1_class}'>{_KICKER}</h1><h2 class='title'>{_HEADLINE}</h2>"
        f"<p>By Jane Smith</p>{paragraphs}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("h1_class", "expected"),
    [
        ("strapline", _HEADLINE),
        ("article-kicker", _HEADLINE),
        ("dachzeile", _HEADLINE),
        # Negatives: an <h1> of another class marks the headline.
        ("headline", _KICKER),
        ("page-title", _KICKER),
    ],
    ids=["strapline", "kicker", "dachzeile", "headline-class", "title-class"],
)
def test_kicker_h1_marks_no_headline(h1_class: str, expected: str) -> None:
    assert newsparse.parse(_page(h1_class)).headline == expected
