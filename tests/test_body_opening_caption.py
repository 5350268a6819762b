"""Captions over the lead: a short first paragraph stays body; AP "via AP" credits close a caption.

An agency's caption of an archive picture opens with its mark ("FILE - ...", "In this March
2, 2011 file photo, ..."): printed over the lead like a paragraph, or between paragraphs, it
is a caption however long (``block_labels._FILE_PHOTO``).

A text dump may print the lead photo's caption between the meta lines and the lead ("ASP
Sanjay Pandey and station head Manisha Kumari.", fundus/ind-Bhaskar). A rule that took a short
opening sentence over a lead five times longer for such a caption was tried and dropped: a
real one-sentence lead over a long second paragraph has the same shape (the property suite's
key-points family found one), and losing the lead costs more than keeping a caption.
"""

from __future__ import annotations

import pytest

import newsparse
from newsparse.document import BlockKind, text_block
from newsparse.extract.features import Cue, describe
from newsparse.lexicon import lexicon

_EN_LEAD = (
    "Police in the district arrested two men on Wednesday in connection with a burglary at a "
    "house in Rahimabad village two days earlier, and recovered the stolen jewellery from a "
    "hideout in a neighbouring village after a raid. The owner of the house had reported the "
    "theft to the station on Monday morning."
)
_EN_NEXT = (
    "The two men were identified as residents of the Tajpur area, officers said at a press "
    "conference on Wednesday evening, adding that both had been arrested before."
)


def _page(headline: str, meta: str, opening: str, lead: str, nxt: str) -> str:
    # The caption glued under the meta line, as an innerText dump prints it.
    return f"{headline}\n{meta}\n{opening}\n\n{lead}\n\n{nxt}\n"


def test_a_short_lead_over_a_long_paragraph_stays_in_the_body() -> None:
    """Negative: a one-sentence lead over a paragraph five times its length is no caption."""
    lead = "The government announced a report on water quality on Tuesday."
    page = f"Water report published\nJanuary 1, 2005\n\n{lead}\n\n{_EN_LEAD}\n\n{_EN_NEXT}\n"
    assert newsparse.parse(page).body == (lead, _EN_LEAD, _EN_NEXT)


def test_a_short_lead_over_a_paragraph_of_its_measure_stays_in_the_body() -> None:
    lead = "The council has approved a new ferry terminal for the harbour."
    nxt = (
        "Work is due to start in the spring and should take two years, the harbour authority "
        "said, with the old terminal kept open until the new one is finished."
    )
    article = newsparse.parse(
        _page("New ferry terminal approved", "4 September 2024", lead, nxt, _EN_NEXT)
    )
    assert article.body[0] == lead


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # AP's credit for a picture it hands on: "(<source> via AP[, File])".
        (
            "Astronauts work outside the space station during a space walk. (NASA via AP, File)",
            "caption",
        ),
        ("Children play in the park on Sunday afternoon. (Courtesy of Jane Doe via AP)", "caption"),
        ("The minister said so in a post (shared via Twitter)", ""),
        ("The rule passed after a long debate (tested via APIs)", ""),
    ],
)
def test_a_via_ap_credit_closes_a_caption(text: str, key: str) -> None:
    feat = describe(text_block(0, text, (0, 0), BlockKind.TEXT, 1), lexicon())
    assert (feat.cue_key if feat.cue is Cue.CREDIT else "") == key


def test_an_ap_caption_over_the_lead_stays_out_of_the_body() -> None:
    caption = (
        "In this Dec. 12, 2006, file photo, made available by NASA, astronauts take part in a "
        "space walk during construction of the space station. (NASA via AP, File)"
    )
    article = newsparse.parse(
        _page(
            "Study sees future for hibernating astronauts",
            "18 November 2019",
            caption,
            _EN_LEAD,
            _EN_NEXT,
        )
    )
    assert caption not in article.body
    assert article.body[0] == _EN_LEAD


_FILE_CAPTIONS = (
    "FILE - Mike and Jane Doe tend to their son at their home in Pocatello, Idaho, on March 1, "
    "2024.",
    "Jeff Doe, File - FILE - In this March 2, 2011 file photo, the company's chairman waves to "
    "his audience at an event in San Francisco. The company on Wednesday said he is resigning "
    "as chief executive, effective immediately.",
    "In this Dec. 12, 2006, file photo, astronauts take part in a space walk during the "
    "construction of the space station.",
)


@pytest.mark.parametrize("caption", _FILE_CAPTIONS, ids=["file-dash", "credit-file", "in-this"])
@pytest.mark.parametrize("where", ["over-lead", "between-paragraphs"])
def test_a_file_photo_caption_stays_out_of_the_body(caption: str, where: str) -> None:
    """A text dump and an HTML page print the archive picture's caption as a paragraph."""
    paras = (caption, _EN_LEAD, _EN_NEXT) if where == "over-lead" else (_EN_LEAD, caption, _EN_NEXT)
    headline, meta = "Police arrest two men over village burglary", "By Jane Doe | 4 September 2024"
    text = "\n\n".join((headline, meta, *paras)) + "\n"
    html = (
        f"<html><body><article><h1>{headline}</h1><p>{meta}</p>"
        + "".join(f"<p>{p}</p>" for p in paras)
        + "</article></body></html>"
    )
    for dump in (text, html):
        assert newsparse.parse(dump).body == (_EN_LEAD, _EN_NEXT)


@pytest.mark.parametrize(
    "lead",
    [
        "The file photo that the agency released on Monday showed the damaged bridge, they said.",
        "FILE transfers between the two ministries will stop next week, the government said.",
        "In this year's budget, the council set aside more money for roads than ever before.",
    ],
)
def test_a_lead_that_names_a_file_stays_in_the_body(lead: str) -> None:
    """Negative: a sentence that speaks of a file photo, or opens on the word, is no caption."""
    page = f"Bridge damage report published\nJanuary 1, 2005\n\n{lead}\n\n{_EN_LEAD}\n"
    assert newsparse.parse(page).body[0] == lead


_DATED_CAPTION = "Apr. 8: The mayor signs the budget with the council's chair at the town hall."


def test_a_dated_caption_over_the_lead_stays_out_of_the_body() -> None:
    """A caption opening with its day and a colon, under its picture's agency credit.

    The credit ("AP") is the photo's, not the story's byline: the caption's date is no date
    line beside it.
    """
    headline = "Police arrest two men over village burglary"
    text = "\n\n".join(
        (headline, "Published September 4, 2024", "AP", _DATED_CAPTION, _EN_LEAD, _EN_NEXT)
    )
    article = newsparse.parse(text + "\n")
    assert article.body == (_EN_LEAD, _EN_NEXT)
    assert article.authors == ()


def test_a_chronology_of_dated_entries_stays_in_the_body() -> None:
    """Negative: entries that each open with a day and a colon are the story's paragraphs."""
    entries = (
        "Jan. 5: The committee meets for the first time and elects its chair after a vote.",
        "Jan. 6: The committee hears the first witnesses, two officers from the district.",
        "Jan. 9: The committee publishes its interim report on the night's events.",
    )
    text = "\n\n".join(("Timeline of the inquiry", "By Jane Doe", *entries, _EN_LEAD)) + "\n"
    assert newsparse.parse(text).body == (*entries, _EN_LEAD)
