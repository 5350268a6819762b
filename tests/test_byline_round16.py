"""Bylines: hCard authors, and the byline line of a declared author list that won."""

from __future__ import annotations

import newsparse

_PARAGRAPHS = "".join(
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


def _page(head: str, byline: str) -> str:
    return (
        f"<html><head>{head}</head><body><article>"
        f"<h1>Council approves the new river bridge</h1>{byline}{_PARAGRAPHS}"
        "</article></body></html>"
    )


def test_hcard_author_handle() -> None:
    """A WordPress byline's hCard names the author, even a lower-case handle."""
    byline = (
        '<div class="entry-meta"><span class="posted-on">November 26, 2017</span>'
        '<span class="byline"><span class="author vcard">'
        '<a class="url fn n" href="https://example.org/author/x/">tlow</a></span></span></div>'
    )
    assert newsparse.parse(_page("", byline)).authors == ("tlow",)
