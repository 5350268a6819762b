"""HTML lines made of many link texts (tag clouds, link lists) are no headline."""

from __future__ import annotations

import pytest

import newsparse

_BODY = (
    "The city council voted on Tuesday to approve the new budget after a long debate.",
    "Critics said the plan would cut services in the poorest districts of the city.",
    "The mayor defended the budget and said the savings were needed to avoid a deficit.",
)

_HEADLINE = "Council approves new budget"


def _page(top: str) -> str:
    """A page whose headline is a plain block under ``top`` (a sidebar's block)."""
    paragraphs = "".join(f"<p>{p}</p>" for p in _BODY)
    return (
        f"<html><body><div class='side'>{top}</div>"
        f"<div class='page-title'>{_HEADLINE}</div>"
        f"<div class='content'>{paragraphs}</div></body></html>"
    )


def _links(*texts: str) -> str:
    return " ".join(f"<a href='/tag/{t}'>{t}</a>" for t in texts)


_CLOUD = _links("budget", "council", "city", "districts", "elections", "mayor", "services", "taxes")


@pytest.mark.parametrize(
    ("top", "text", "candidate"),
    [
        # A tag cloud: eight links, no sentence.
        (_CLOUD, "budget council city districts elections mayor services taxes", False),
        # A labelled list of links ("This week's words a b c ...").
        (
            "<b>This week's words</b><br>"
            + _links("budgets", "councils", "mayoralty", "taxation", "districts"),
            "This week's words budgets councils mayoralty taxation districts",
            False,
        ),
        # Negatives: one link holding a headline, with or without an unlinked kicker,
        # and a line of words and links that reads as a sentence.
        (
            "<a href='/story'>Mayor defends the city budget against critics</a>",
            "Mayor defends the city budget against critics",
            True,
        ),
        (
            "Exclusive: <a href='/story'>Mayor defends the budget against critics</a>",
            "Exclusive: Mayor defends the budget against critics",
            True,
        ),
        (
            f"The mayor and the council {_links('approve', 'budget', 'cuts')} in the districts",
            "The mayor and the council approve budget cuts in the districts",
            True,
        ),
    ],
    ids=["tag-cloud", "labelled-links", "one-link", "kicker-link", "sentence"],
)
def test_link_run_is_no_headline(top: str, text: str, candidate: bool) -> None:
    page = _page(f"<p>{top}</p>")
    article, explanation = newsparse.parse_and_explain(page)
    values = [c.value for c in explanation.decisions[newsparse.Field.HEADLINE].ranked]
    assert (text in values) is candidate
    if not candidate:
        assert article.headline == _HEADLINE
