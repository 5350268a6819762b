"""Text dumps: sections of one paragraph under a list box keep to the story; teasers do not."""

from __future__ import annotations

import newsparse

_LEAD = (
    "The city council voted on Tuesday to expand the night bus network, after a year in which "
    "ridership on the existing lines grew faster than any planner had expected."
)
_SECOND = (
    "Council members said the new routes would start in spring, with buses every twenty "
    "minutes between midnight and five in the morning on the busiest corridors."
)
_ON_STORY = (
    (
        "What happens next",
        "Transport officials estimated that the expansion would cost about "
        "four million a year, paid for in part by a levy on late-night venues.",
    ),
    (
        "The background",
        "A final decision on the levy is expected next month, when the "
        "council's finance committee presents its review of the budget for the coming year.",
    ),
)
_OFF_STORY = (
    (
        "Fraser's lasting legacy",
        "Malcolm Fraser was an effective prime minister, "
        "controversially installed, soundly elected and re-elected, and a relentless reformer.",
    ),
    (
        "Doctor knows best",
        "How is it that ideas and philosophies that are patently absurd "
        "capture the imagination of so many people these days?",
    ),
)


def _page(sections: tuple[tuple[str, str], ...]) -> str:
    """A list box glued under its heading between two paragraphs, then ``sections`` printed
    apart (a plain line, a sentence) over a "Most read" box."""
    lines = [
        "City council expands the night bus network",
        "",
        "March 12, 2019",
        "",
        _LEAD,
        "",
        "You may also like",
        "Minister scraps new bus network amid protests",
        "Court backs tax rise for landlords",
        "March 10, 2019",
        "",
        _SECOND,
    ]
    for title, sentence in sections:
        lines += ["", title, "", sentence]
    lines += ["", "Most read", "Court backs tax rise for landlords", "Farmers delay plan"]
    return "\n".join(lines)


def test_sections_that_keep_to_the_story_close_the_box_above() -> None:
    """Each section's sentence shares words with the story above the box: the article's."""
    body = newsparse.parse(_page(_ON_STORY)).body
    assert body == (_LEAD, _SECOND, *(line for section in _ON_STORY for line in section))


def test_teasers_that_change_the_subject_stay_out_of_the_body() -> None:
    """Title and blurb pairs on other subjects over another box are teasers (herald-sun)."""
    body = newsparse.parse(_page(_OFF_STORY)).body
    assert not set(body) & {line for section in _OFF_STORY for line in section}
