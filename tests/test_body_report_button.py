"""A "Report Error" button under the article's last paragraph is a widget line.

Under a "Related Links" box set into a text dump's article, the article's last paragraph
ends the box when a cue line follows it (the page goes on): the button that reports a
mistake to the editors is such a line, as a share button is.
"""

from __future__ import annotations

import pytest

import newsparse
from newsparse.document.from_text import read_text
from newsparse.extract.features import Cue, describe
from newsparse.lexicon import lexicon

_ARTICLE = [
    "BERLIN -- The space agency says putting astronauts into a state of deep sleep could "
    "make a crewed mission to Mars cheaper, by cutting the food and water it must carry.",
    "The agency said Monday that its researchers examined how such a sleep would affect the "
    "design of a spacecraft, and found that the crew quarters could be a third smaller.",
    "While slowing down the body in the way that some animals do is not yet possible, the "
    "head of the team said that research into it has made progress over the last decade.",
]

_LAST = (
    "Challenges include designing the spacecraft to run largely on its own while the crew "
    "sleeps through most of the trip, and waking them safely before they arrive at Mars."
)


@pytest.mark.parametrize("line", ["Report Error", "Report an error", "Report a typo"])
def test_a_report_button_is_a_widget_line(line: str) -> None:
    block = read_text(line).blocks[0]
    assert describe(block, lexicon()).cue is Cue.WIDGET


def test_the_last_paragraph_under_a_related_box_is_the_article_s() -> None:
    parts = ["Study sees a future for sleeping astronauts", *_ARTICLE]
    dump = "\n\n".join(parts) + "\n\nRelated Links\nSpace agency website\n\n" + _LAST
    dump += "\n\nReport Error\n\nTop Video\nA cat becomes a meme\nA storm hits the coast\n"
    assert newsparse.parse(dump).body[-1] == _LAST
