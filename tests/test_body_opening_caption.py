"""A text dump's short opening sentence over a much longer lead is the lead photo's caption."""

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
_HI_LEAD = (
    "समस्तीपुर के बंगरा थाना क्षेत्र के रहीमाबाद गांव में दो दिन पहले हुए एक घर में चोरी के "
    "मामले का पुलिस ने बुधवार को खुलासा कर लिया है। पुलिस ने इस मामले में पास के गांव में "
    "छापेमारी कर चोरी का गहना बरामद किया और दो बदमाशों को गिरफ्तार किया है।"
)
_HI_NEXT = (
    "गिरफ्तार बदमाशों की पहचान ताजपुर थाना क्षेत्र के निवासियों के रूप में की गई है। दोनों के "
    "पास से चोरी के जेवरात बरामद किए गए हैं।"
)


def _page(headline: str, meta: str, opening: str, lead: str, nxt: str) -> str:
    # The caption glued under the meta line, as an innerText dump prints it.
    return f"{headline}\n{meta}\n{opening}\n\n{lead}\n\n{nxt}\n"


@pytest.mark.parametrize(
    ("headline", "meta", "caption", "lead", "nxt"),
    [
        (
            "Police catch two burglars within two days of a theft",
            "Samastipur, 4 September 2024",
            "ASP Sanjay Pandey and station head Manisha Kumari.",
            _EN_LEAD,
            _EN_NEXT,
        ),
        (
            "समस्तीपुर पुलिस ने 2 बदमाशों को पकड़ा: दो दिनों के अंदर चोरी कांड का किया खुलासा",
            "समस्तीपुर 4 सितंबर 2024",
            "ASP संजय पांडे और थाना अध्यक्ष मनीषा कुमारी।",
            _HI_LEAD,
            _HI_NEXT,
        ),
    ],
    ids=["en", "hi"],
)
def test_a_short_opening_sentence_over_a_long_lead_is_a_caption(
    headline: str, meta: str, caption: str, lead: str, nxt: str
) -> None:
    article = newsparse.parse(_page(headline, meta, caption, lead, nxt))
    assert article.body == (lead, nxt)
    labels = {s.text: s.label for s in article.segments}
    assert labels[caption] is newsparse.Label.CAPTION


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
