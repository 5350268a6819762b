"""Dateline: the place that opens one of the first body paragraphs, never one deep in the body."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.extract.dateline import dateline_place

_P1 = "The city council approved the budget for the coming year after a long debate on Tuesday."
_P2 = "Opposition members said the plan would hurt families who depend on public transport daily."
_P3 = (
    "The mayor said the decision was difficult but necessary to keep the city's finances in order."
)
_SHORT = "The government announced a plan."
_BYLINE = "By Jane Roe and John Smith, Staff Writers of the Daily Courier newsroom team"
_DATE = "Published on Tuesday, March 3, 2020, 10:14 a.m., last updated 11:02 a.m. local time"
_CAPTION = "Crowds gathered outside the town hall on Monday evening to protest the cuts."
_CAPTION_2 = "The mayor spoke to reporters outside the building after the vote was taken."
_CAPTION_3 = "Council members left the chamber after the vote on Tuesday night in the rain."


def _page(*blocks: str) -> str:
    return "Council backs budget after long debate\n\n" + "\n\n".join(blocks) + "\n"


@pytest.mark.parametrize(
    ("blocks", "expected"),
    [
        ((f"BERLIN (dpa) – {_P1}", _P2, _P3), "BERLIN"),
        ((_BYLINE, f"WASHINGTON — {_P1}", _P2, _P3), "WASHINGTON"),
        ((_DATE, _CAPTION, f"PARIS — {_P1}", _P2), "PARIS"),
        # Byline and date lines inside the body region do not count among the blocks tried.
        ((_BYLINE, _DATE, _CAPTION, f"MADRID — {_P1}", _P2, _P3), "MADRID"),
        # A one-sentence story under a photo and its credit (the credit line costs little).
        ((_DATE, f"{_CAPTION}\nPhoto: Getty Images", f"WASHINGTON — {_SHORT}"), "WASHINGTON"),
        # Negatives: after three paragraphs a place and a dash open no dateline; a
        # lower-case word before a dash is no place.
        ((_CAPTION, _CAPTION_2, _CAPTION_3, f"MADRID — {_P1}", _P2, _P3), None),
        ((_P1, _P2, _P3, f"LONDON — {_P1}"), None),
        ((f"Meanwhile — {_P1}", _P2, _P3), None),
    ],
    ids=["agency", "after-byline", "after-date-and-caption", "after-meta-lines", "after-credit",
         "deep", "last", "lower-case"],
)  # fmt: skip
def test_dateline_from_the_first_blocks(blocks: tuple[str, ...], expected: str | None) -> None:
    assert newsparse.parse(_page(*blocks)).dateline == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ERBIL, Kurdistan Region – The talks resumed.", "ERBIL, Kurdistan Region"),
        ("NEW YORK (AP) — The talks resumed.", "NEW YORK"),
        ("WASHINGTON -- The talks resumed.", "WASHINGTON"),
        # A title-case place with its agency in brackets ("Washington (CNN) --").
        ("Washington (CNN) -- The talks resumed.", "Washington"),
        ("Berlin (dpa) - Die Gespräche gingen weiter.", "Berlin"),
        ("New York (Reuters) - The talks resumed.", "New York"),
        # Negatives: no dash, a mixed-case first word, a number; a title-case name before
        # a bracketed party and state or a lower-case note is no place.
        ("WASHINGTON The talks resumed.", None),
        ("Washington — The talks resumed.", None),
        ("2020 — The talks resumed.", None),
        ("Sen. John Cornyn (R-Texas) -- The talks resumed.", None),
        ("Jane Doe (pictured) - The talks resumed.", None),
    ],
)
def test_dateline_place(text: str, expected: str | None) -> None:
    assert dateline_place(text) == expected


def test_the_dateline_paragraph_opens_the_body() -> None:
    """A deck or a caption printed over the dateline's paragraph is no paragraph of the story."""
    deck = "The council will tout the new budget in the coming campaign, its chair says."
    article = newsparse.parse(_page(_BYLINE, deck, f"Washington (CNN) -- {_P1}", _P2, _P3))
    assert article.dateline == "Washington"
    assert article.body == (f"Washington (CNN) -- {_P1}", _P2, _P3)
    # Negative: without a dateline the same opening paragraph stays.
    article = newsparse.parse(_page(_BYLINE, deck, _P1, _P2, _P3))
    assert article.body == (deck, _P1, _P2, _P3)


def test_an_html_standfirst_over_the_dateline_stays_a_meta_line_goes() -> None:
    """An HTML page marks its captions: a paragraph over the dateline is its standfirst."""
    deck = "The council will tout the new budget in the coming campaign, its chair says."
    paras = ("Published Monday, March 2, 2020 8:22AM EST", deck, f"BERLIN (AP) — {_P1}", _P2, _P3)
    html = (
        "<html><body><article><h1>Council backs budget after long debate</h1>"
        + "".join(f"<p>{p}</p>" for p in paras)
        + "</article></body></html>"
    )
    article = newsparse.parse(html)
    assert article.dateline == "BERLIN"
    assert article.body == (deck, f"BERLIN (AP) — {_P1}", _P2, _P3)


@pytest.mark.parametrize(
    "note",
    [
        "Correction: An earlier version of this article misstated the date of the council vote.",
        "This article was amended on March 9, 2020 to correct the number of schools affected.",
    ],
    ids=["labelled", "dated"],
)
def test_an_editors_note_over_the_dateline_stays(note: str) -> None:
    """Negative: an editor's note or a correction is printed in the story's text."""
    article = newsparse.parse(_page(_BYLINE, note, f"WASHINGTON — {_P1}", _P2, _P3))
    assert article.body == (note, f"WASHINGTON — {_P1}", _P2, _P3)
