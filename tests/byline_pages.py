"""Shared story fixtures of the byline tests: one council story as a text dump, as a bare
HTML page and as an article page with a head, each with a slot for the lines under test."""

from __future__ import annotations

TEXT_BODY = (
    "The city council approved the construction of a new bridge over the river on Monday"
    " evening.\n\n"
    "Work is expected to start in the autumn and to last for about two years, officials"
    " said.\n\n"
    "The bridge will carry two lanes of traffic and a cycle path on each side of the deck.\n"
)

HTML_BODY = (
    "<p>The city council approved the construction of a new bridge over the river on Monday"
    " evening.</p><p>Work is expected to start in the autumn and to last for about two years,"
    " officials said.</p><p>The bridge will carry two lanes of traffic and a cycle path on each"
    " side of the deck.</p>"
)

ARTICLE_PARAGRAPHS = "".join(
    f"<p>{text}</p>"
    for text in (
        "The city council approved the construction of a new bridge over the river on"
        " Monday evening, after a debate that lasted well into the night.",
        "Work is expected to start in the autumn and to last for about two years, officials"
        " said on Tuesday at a press conference in the town hall.",
        "The bridge will carry two lanes of traffic and a cycle path on each side of the"
        " deck, and it will replace a ferry that has run since the war.",
    )
)


def text_page(top: str) -> str:
    """A text dump: the headline, then ``top``, then the story."""
    return f"Council approves the new river bridge\n\n{top}\n\n{TEXT_BODY}"


def html_page(top: str) -> str:
    """A bare HTML page: the headline, then the ``top`` markup, then the story."""
    return (
        f"<html><body><h1>Council approves the new river bridge</h1>{top}{HTML_BODY}</body></html>"
    )


def article_page(head: str, byline: str = "") -> str:
    """An HTML article page: ``head`` markup in the head, ``byline`` markup under the headline."""
    return (
        f"<html><head>{head}</head><body><article>"
        f"<h1>Council approves the new river bridge</h1>{byline}{ARTICLE_PARAGRAPHS}"
        "</article></body></html>"
    )
