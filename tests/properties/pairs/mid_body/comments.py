"""Pinned pairs whose block between two paragraphs is a comments box: threads, notices, forms
and comment links, over ads, sub-headings and short last paragraphs."""

from __future__ import annotations

import attrs

from tests.properties.pages.body import (
    AD_AFTER_SHORT_FIRST_PARAGRAPH,
    AD_BEFORE_SHORT_LAST_PARAGRAPH,
)
from tests.properties.pairs.mid_body.lists import (
    SIDEBAR_BETWEEN_PARAGRAPHS,
)
from tests.properties.pairs.mid_body.shared import (
    _AD_BETWEEN_TWO_SHORT_PARAGRAPHS,
    _SHORT_LAST_EN,
    _swap_ad,
)
from tests.properties.pairs.night_bus import (
    _NIGHT_BUS,
    _NIGHT_BUS_PAGE,
    _night_bus_page,
    _paragraph,
)
from tests.strategies import (
    Part,
    pair_with,
    pinned_page,
)

COMMENTS_BEFORE_AD_AND_SHORT_LAST_PARAGRAPH = pair_with(
    AD_BEFORE_SHORT_LAST_PARAGRAPH,
    4,
    Part(
        role="comments",
        lines=("Commentaires", "Votre adresse e-mail ne sera pas publiée."),
        inner_gap=1,
    ),
)
"""Body (text, found by the ci profile): an empty comments box over an ad line, then the short
last paragraph: the box's heading ended the body."""


COMMENT_FORM_BEFORE_AD_AND_SHORT_LAST_PARAGRAPH = pair_with(
    AD_BEFORE_SHORT_LAST_PARAGRAPH,
    4,
    Part(
        role="comments",
        lines=("Commentaires", "Votre adresse e-mail ne sera pas publiée.", "Nom", "Envoyer"),
        inner_gap=1,
    ),
)
"""Body (text, ci profile with the mid-body property's former xfail mark lifted): an empty
comments box with its form's field lines ("Nom") over an ad line, then the short last
paragraph: the field line kept the box from being crossed as an empty box."""


_QUOTED_1 = (
    "WASHINGTON — “We will not accept a plan that leaves the poorest families behind,” James "
    "Thompson said."
)


_QUOTED_2 = (
    "“We will not accept a plan that leaves the poorest families behind,” said James Thompson, "
    "speaking after the meeting."
)


_AD_OVER_LAST_QUOTE = pinned_page(
    "Government unveils plan to cut energy prices",
    (_QUOTED_1, _QUOTED_2),
    "headline date",
    ("body", _QUOTED_1),
    ("ad", "Advertisement"),
    ("body", _QUOTED_2),
    dateline="WASHINGTON",
)


COMMENT_THREAD_BEFORE_AD_AND_LAST_PARAGRAPH = pair_with(
    _AD_OVER_LAST_QUOTE,
    3,
    Part(
        role="comments",
        lines=(
            "Comments",
            "James Thompson",
            "January 1, 2005",
            "I have lived here for twenty years and nobody ever asked us what we think about it.",
        ),
        inner_gap=1,
    ),
)
"""Body (text, ci and dev profiles): a comments box holding a comment between the first
paragraph and an ad line over the last: the last paragraph was dropped (fixed: a comments box
between paragraphs is crossed whether it holds comments or not, ``extract/weights.py``)."""


_COMMENT_THREAD = Part(
    role="comments",
    lines=(
        "Comments",
        "Comments are closed for this article.",
        "Priya Nguyen",
        "March 12, 2019 5:05 pm",
        "Great reporting, thank you for covering this story in so much detail.",
        "Daniel O'Brien",
        "March 13, 2019",
        "The council should have done this a long time ago, it is far too late now.",
        "Name",
        "Post Comment",
    ),
    inner_gap=1,
)


COMMENT_THREAD_BETWEEN_PARAGRAPHS = pair_with(_NIGHT_BUS_PAGE, 3, _COMMENT_THREAD)
"""Body (text, ci profile with the mid-body property's former xfail mark lifted): a comments
box holding two comments and its form between two paragraphs ended the body (fixed: a box
whose comments are followed, after a blank line, by a paragraph no name and date line stand
over is crossed)."""


_SUBHEADED_NIGHT_BUS = _night_bus_page(
    ("body", _NIGHT_BUS[0]),
    ("body", _NIGHT_BUS[1]),
    ("subheading", "Reaction from the opposition"),
    _paragraph(_NIGHT_BUS[2], gap=0),
    _paragraph(_NIGHT_BUS[3], gap=0),
)


COMMENT_THREAD_OVER_GLUED_SUBHEADING = pair_with(_SUBHEADED_NIGHT_BUS, 4, _COMMENT_THREAD)
"""Body (text, ci profile): a comments box's form over a sub-heading glued to its paragraph:
the sub-heading and the rest were taken for the box's (fixed: a plain line right over a
paragraph, without a digit, heads the article going on)."""


FOUR_WORD_COMMENTER_BETWEEN_PARAGRAPHS = pair_with(
    _NIGHT_BUS_PAGE,
    4,
    Part(
        role="comments",
        lines=(
            "Comments",
            "Ana Belén Martínez Ruiz",
            "March 12, 2019",
            "I have lived here for twenty years and nobody ever asked us what we think about it.",
        ),
        inner_gap=1,
    ),
)
"""Body (text, ci profile): a commenter named by two given names and two surnames was no
commenter, so the box's comment was no comment (fixed: a name line runs to four words)."""


_PAGE_COMMENTS = attrs.evolve(_COMMENT_THREAD, lines=("Leave a Reply", *_COMMENT_THREAD.lines[1:5]))


_NIGHT_BUS_WITH_COMMENTS = attrs.evolve(
    _NIGHT_BUS_PAGE, parts=(*_NIGHT_BUS_PAGE.parts, _PAGE_COMMENTS)
)


COMMENT_THREAD_OVER_LAST_PARAGRAPH_AND_COMMENTS = pair_with(
    _NIGHT_BUS_WITH_COMMENTS, 5, _COMMENT_THREAD
)
"""Body (text, ci profile): a comments box holding comments over the article's last paragraph,
with the page's comments section under it: the last paragraph was taken for one of the box's
policy sentences (fixed: under a box of comments it is the article's)."""


_SUBHEADED_PAGE = _night_bus_page(
    ("body", _NIGHT_BUS[0]),
    ("body", _NIGHT_BUS[1]),
    ("subheading", "The background"),
    ("body", _NIGHT_BUS[2]),
    ("body", _NIGHT_BUS[3]),
)


COMMENT_NOTICE_OVER_SUBHEADING = pair_with(
    _SUBHEADED_PAGE,
    4,
    Part(role="comments", lines=("Comments", "Required fields are marked *"), inner_gap=1),
)
"""Body (text and HTML, explore seeds 4, 6 and 21): a comments box of one notice line over a
sub-heading took the sub-heading for a form's field label, and the body lost it (fixed: a
form's field label or button is a line the lexicon lists, ``form_labels``;
``block_labels.is_form_field``)."""


_COMMENTED_PAGE = _night_bus_page(
    *map(_paragraph, _NIGHT_BUS),
    Part(
        role="comments",
        lines=(
            "Comments",
            "Comments are closed for this article.",
            "Priya Nguyen",
            "March 12, 2019 5:05 pm",
            "Great reporting, thank you for covering this story in so much detail.",
        ),
        inner_gap=1,
    ),
)


NOTICE_BOX_OVER_LAST_PARAGRAPH_AND_COMMENTS = pair_with(
    _COMMENTED_PAGE,
    5,
    Part(
        role="comments",
        lines=("Comments", "Please log in to comment on this article."),
        inner_gap=1,
    ),
)
"""Body (text, explore seed 5): a comments box of one notice line over the last paragraph and
the page's comments read that paragraph as its policy sentence, and the body lost it (fixed: a
sentence over a comments section that holds comments is the article's last paragraph; a
policy sentence stands over the box's form; ``weights._comments_between``)."""


COMMENTS_BOX_BEFORE_LAST_PARAGRAPH = pair_with(
    _AD_BETWEEN_TWO_SHORT_PARAGRAPHS,
    6,
    Part(
        role="comments",
        lines=(
            "Comments",
            "Your email address will not be published. Required fields are marked *",
            "Please log in to comment on this article.",
        ),
        inner_gap=1,
    ),
)
"""Body (HTML): a comments box set into the article container before the last paragraph;
its policy lines cost more than a short paragraph weighs and cut that paragraph (found by
the random search, 'explore')."""


COMMENTS_LINK_BETWEEN_PARAGRAPHS = (
    SIDEBAR_BETWEEN_PARAGRAPHS[0],
    _swap_ad(
        AD_AFTER_SHORT_FIRST_PARAGRAPH,
        Part(role="comments", lines=("Kommentare", "Die Kommentarfunktion ist geschlossen.")),
    ),
)
"""Body: a comments heading between two paragraphs is a barrier, and the paragraph after it
weighs a quarter: the body is cut."""


_COMMENTED = Part(
    role="comments",
    lines=(
        "Comments",
        "Comments are moderated.",
        "Jane Miller",
        "March 12, 2019",
        "Finally some good news for night workers.",
    ),
)


_SHARED_LAST_PAGE = _night_bus_page(
    *map(_paragraph, (*_NIGHT_BUS[:3], _SHORT_LAST_EN)),
    Part(role="widget", lines=("Share", "Print"), gap=0),
    paragraphs=(*_NIGHT_BUS[:3], _SHORT_LAST_EN),
)


COMMENTS_OVER_SHORT_LAST_PARAGRAPH_AND_SHARE_PAGES = pair_with(_SHARED_LAST_PAGE, 5, _COMMENTED)
"""Body (text; random mid-body pages, seed 16): a comments box with one comment over the
article's short last sentence, glued over a share bar: the box between two paragraphs is the
article's furniture (``weights._charge_box``), and the sentence over the share bar closes the
article. Seed 19 found the kin of a box without comments over the last sentence over the page's
own comments heading, read as the box's policy sentence by design
(``weights._comments_between``)."""
