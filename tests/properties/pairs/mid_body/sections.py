"""Pinned pairs whose list or teaser box between two paragraphs stands over sub-headings and
the article's sections (one paragraph each, or its last)."""

from __future__ import annotations

from tests.properties.pairs.mid_body.shared import (
    _MOST_READ_TITLES,
)
from tests.properties.pairs.night_bus import (
    _NIGHT_BUS,
    _night_bus_page,
    _paragraph,
)
from tests.strategies import (
    Part,
    pair_with,
)

GLUED_LIST_OVER_SUBHEADED_SECTION = (
    _night_bus_page(
        ("body", _NIGHT_BUS[0]),
        ("body", _NIGHT_BUS[1]),
        ("subheading", "Reaction from the opposition"),
        ("body", _NIGHT_BUS[2]),
        ("body", _NIGHT_BUS[3]),
    ),
    _night_bus_page(
        ("body", _NIGHT_BUS[0]),
        (
            "sidebar",
            "More stories",
            "Minister scraps new bus network amid protests",
            "The regional authority postponed an agreement with the unions on Monday.",
            "Court backs tax rise for landlords",
        ),
        ("body", _NIGHT_BUS[1]),
        ("subheading", "Reaction from the opposition"),
        ("body", _NIGHT_BUS[2]),
        ("body", _NIGHT_BUS[3]),
    ),
)
"""Body (text, ci profile): a list box printed without blank lines, then the article's paragraph
over a sub-heading printed apart: the paragraph and sub-heading were read as one more teaser
(fixed: under a glued list, a sentence over a sub-headed section that resumes the article is
the article's)."""


_GLUED_NIGHT_BUS = _night_bus_page(
    ("body", _NIGHT_BUS[0]),
    _paragraph(_NIGHT_BUS[1], gap=0),
    ("ad", "Advertisement"),
    ("subheading", "The background"),
    _paragraph(_NIGHT_BUS[2], gap=0),
    _paragraph(_NIGHT_BUS[3], gap=0),
)


LIST_OVER_GLUED_SUBHEADING = pair_with(
    _GLUED_NIGHT_BUS,
    5,
    (
        "sidebar",
        "Latest news",
        "Minister scraps new bus network amid protests",
        "Court backs tax rise for landlords",
        "Regulator approves hospital merger?",
    ),
)
"""Body (text, ci profile): a list box printed apart over a sub-heading glued to the paragraph
it heads: the sub-heading was taken for the box's last teaser (fixed: a plain line printed
apart from the teasers and glued over the paragraph that resumes the article heads it)."""


_SECTION_AFTER_AD = _night_bus_page(
    ("body", _NIGHT_BUS[0]),
    ("body", _NIGHT_BUS[1]),
    ("ad", "Advertisement"),
    ("subheading", "The background"),
    _paragraph(_NIGHT_BUS[2], gap=0),
    ("widget", "Share", "Print"),
    paragraphs=_NIGHT_BUS[:3],
)


LIST_AND_AD_OVER_SUBHEADED_LAST_SECTION = pair_with(_SECTION_AFTER_AD, 4, _MOST_READ_TITLES)
"""Body (text, explore): a list box and an ad slot apart over the article's last section (a
sub-heading glued to its paragraph): the list stayed open (fixed: an ad slot over a
sub-heading that heads the article going on closes the box too)."""


_READ_ALSO_PAGE = _night_bus_page(
    ("body", _NIGHT_BUS[0]),
    ("subheading", "What happens next"),
    *map(_paragraph, _NIGHT_BUS[1:]),
)


READ_ALSO_OVER_SUBHEADING_APART = pair_with(
    _READ_ALSO_PAGE,
    3,
    ("sidebar", "See also", "Minister scraps new bus network amid protests", "March 7, 2019"),
)
"""Body (text, explore): a "See also" box printed without blank lines over a sub-heading
printed apart: the sub-heading was the box's last teaser (fixed: a plain line printed apart
from such a box, over two paragraphs in a row, heads the article going on)."""


_SECTIONED = (
    "The committee rejected the decision to close two schools as costs continue to rise.",
    "Opposition leaders criticised the budget for the coming year on Tuesday.",
)


_SECTIONED_PAGE = _night_bus_page(
    ("body", _NIGHT_BUS[0]),
    ("subheading", "Reaction from the opposition"),
    ("body", _SECTIONED[0]),
    ("subheading", "The background"),
    ("body", _SECTIONED[1]),
    ("widget", "Share", "Print"),
    paragraphs=(_NIGHT_BUS[0], *_SECTIONED),
)


ONE_PARAGRAPH_SECTIONS_UNDER_A_BOX = pair_with(
    _SECTIONED_PAGE,
    3,
    (
        "sidebar",
        "You may also like",
        "Minister scraps new bus network amid protests",
        "Court backs tax rise for landlords",
    ),
)
"""Body (text, ci profile): a box over sub-headed sections of one paragraph each, the article's
end, stayed open and its heading ended the body (fixed: under a glued list, sections of a
sub-heading printed apart and one sentence each, down to the page's end or its furniture
(share buttons, tags, comments), close the box; teasers printed apart as title and blurb
run on to another box's heading or more plain lines: readability/herald-sun-1)."""


_LAST_SECTION_PAGE = _night_bus_page(
    ("body", _NIGHT_BUS[0]),
    ("body", _NIGHT_BUS[1]),
    ("subheading", "Reaction from the opposition"),
    ("body", _NIGHT_BUS[3]),
    ("widget", "Share", "Print"),
    paragraphs=(_NIGHT_BUS[0], _NIGHT_BUS[1], _NIGHT_BUS[3]),
)


LIST_OVER_SUBHEADED_LAST_PARAGRAPH = pair_with(
    _LAST_SECTION_PAGE,
    3,
    (
        "sidebar",
        "Latest news",
        "Minister scraps new bus network amid protests",
        "The regional authority postponed an agreement with the unions on Monday.",
        "Court backs tax rise for landlords",
    ),
)
"""Body (text; random mid-body pages, seeds 8, 10 and 13): a glued list printed apart under the
lead, then a sentence over a sub-heading over the article's last paragraph, which a share bar
closes: the sentence and the section are the article's (a sub-heading over the article's last
paragraph resumes it, ``patterns._over_subheading``)."""


_SHORT_SECTION = (
    "Officials put the cost at four million a year.",
    "Several venue owners oppose the levy.",
)


_SECTIONS_PAGE = _night_bus_page(
    ("body", _NIGHT_BUS[0]),
    _paragraph(_NIGHT_BUS[1], gap=0),
    ("body", _NIGHT_BUS[2]),
    ("subheading", "The background"),
    _paragraph(_SHORT_SECTION[0], gap=0),
    _paragraph(_SHORT_SECTION[1], gap=0),
    ("subheading", "What happens next"),
    _paragraph(_NIGHT_BUS[3], gap=0),
    ("newsletter", "Newsletter", "Sign up for our newsletter", "Subscribe"),
    paragraphs=(*_NIGHT_BUS[:3], *_SHORT_SECTION, _NIGHT_BUS[3]),
)


SEE_ALSO_OVER_SUBHEADED_SECTIONS = pair_with(
    _SECTIONS_PAGE,
    4,
    (
        "sidebar",
        "See also",
        "The regional authority postponed an agreement with the unions on Monday.",
        "Minister scraps new bus network amid protests",
        "Court backs tax rise for landlords",
    ),
)
"""Body (text; random mid-body pages, seed 8): a glued "See also" box printed apart under two
glued paragraphs, over a paragraph, then a sub-heading glued over two short sentences and a last
section: the box ends at its blank line (under a "See also" box as under a list, a sentence over
a sub-headed section is the article's, and two sentences over a sub-headed section resume it,
``patterns._resumes``)."""


_ONE_PARAGRAPH_SECTIONS_PAGE = _night_bus_page(
    ("body", _NIGHT_BUS[0]),
    ("body", _NIGHT_BUS[1]),
    ("subheading", "What happens next"),
    ("body", _NIGHT_BUS[2]),
    ("subheading", "The background"),
    ("body", _NIGHT_BUS[3]),
    ("widget", "Share", "Print"),
)


LIST_OVER_ONE_PARAGRAPH_SECTIONS_APART = pair_with(
    _ONE_PARAGRAPH_SECTIONS_PAGE,
    3,
    Part(
        role="sidebar",
        lines=(
            "Most read",
            "Minister scraps new bus network amid protests",
            "The regional authority postponed an agreement with the unions on Monday.",
            "Court backs tax rise for landlords",
        ),
        gap=2,
    ),
)
"""Body (text; random mid-body page, seed 18): a glued list printed apart under the lead, over a
sentence, then sections of one paragraph each, every line printed apart: the sentence over them
is the article's (``patterns._over_subheading``)."""


_AD_OVER_SECTIONS_PAGE = _night_bus_page(
    ("body", _NIGHT_BUS[0]),
    ("ad", "Advertisement"),
    ("subheading", "What happens next"),
    ("body", _NIGHT_BUS[1]),
    ("subheading", "The background"),
    ("body", _NIGHT_BUS[2]),
    ("ad", "Advertisement"),
    ("body", _NIGHT_BUS[3]),
    ("widget", "Share"),
)


SEE_ALSO_OVER_AD_OVER_ONE_PARAGRAPH_SECTIONS = pair_with(
    _AD_OVER_SECTIONS_PAGE,
    3,
    Part(
        role="sidebar",
        lines=(
            "See also",
            "Minister scraps new bus network amid protests",
            "Court backs tax rise for landlords",
        ),
        gap=2,
    ),
)
"""Body (text; random mid-body pages, seed 32): a glued "See also" box under the lead, then an
ad line over sections of one paragraph each, all printed apart: the ad slot stands over the
article going on (``patterns._ad_over_paragraph``)."""


_SECTIONS_OVER_BOX = (
    "a list glued under its heading between two paragraphs, then the article's sections of "
    "one paragraph each, printed apart, over a teaser box under the article: sections that "
    "run to another box's heading read as teasers printed apart (a title, a blurb), as on "
    "readability/herald-sun-1, and the list box stayed open (random mid-body pages, seeds 42, "
    "53 and 60, one of them with a paragraph over the first sub-heading). Fixed "
    "(patterns.py ``_keep_to_story``): each section's sentence shares word stems with the "
    "article above the box, while teasers change the subject"
)


_SECTIONS_OVER_BOX_PAGE = _night_bus_page(
    ("body", _NIGHT_BUS[0]),
    ("body", _NIGHT_BUS[1]),
    ("subheading", "What happens next"),
    ("body", _NIGHT_BUS[2]),
    ("subheading", "The background"),
    ("body", _NIGHT_BUS[3]),
    (
        "sidebar",
        "Most read",
        "Court backs tax rise for landlords",
        "Farmers delay plan to cut energy prices",
    ),
)


_YOU_MAY_ALSO_LIKE = Part(
    role="sidebar",
    lines=(
        "You may also like",
        "Minister scraps new bus network amid protests",
        "Court backs tax rise for landlords",
        "March 10, 2019",
    ),
)


LIST_OVER_ONE_PARAGRAPH_SECTIONS_OVER_BOX_PAGES = pair_with(
    _SECTIONS_OVER_BOX_PAGE, 3, _YOU_MAY_ALSO_LIKE
)
"""Body (text, :data:`_SECTIONS_OVER_BOX`): a glued list box under
the lead, over a paragraph, the article's sections of one paragraph each and a "Most read"
box."""


LIST_OVER_SUBHEADED_SECTIONS_OVER_BOX_PAGES = pair_with(
    _SECTIONS_OVER_BOX_PAGE, 4, _YOU_MAY_ALSO_LIKE
)
"""Body (text, :data:`_SECTIONS_OVER_BOX`): the same box right over
the first sub-heading."""
