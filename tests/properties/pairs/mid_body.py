"""Pinned pairs ``(page, the same page with one block added)`` whose block goes between two
paragraphs of the body: comment threads, sign-up and newsletter boxes, sidebars, ads, lists and
"see also" boxes, also over sub-headings and short closing paragraphs. The text and HTML
"inside the body" properties use them.

Each pair's docstring names the block and where it went; the properties say the two pages
parse to the same body.
"""

from __future__ import annotations

import datetime as dt

import attrs

from tests.properties.pages import (
    _DE_QUOTE_1,
    _GENEVE,
    _SHORT_LAST,
    AD_AFTER_SHORT_FIRST_PARAGRAPH,
    AD_BEFORE_SHORT_LAST_PARAGRAPH,
    AD_BETWEEN_SHORT_PARAGRAPHS,
)
from tests.properties.pairs.night_bus import (
    _NIGHT_BUS,
    _NIGHT_BUS_PAGE,
    _night_bus_page,
    _paragraph,
)
from tests.strategies import (
    Page,
    Part,
    insert_part,
    make_page,
    pair_with,
    unsigned_page,
)

SIGN_UP_BEFORE_AD_AND_SHORT_LAST_PARAGRAPH = pair_with(
    AD_BEFORE_SHORT_LAST_PARAGRAPH,
    4,
    Part(
        role="newsletter",
        lines=(
            "Newsletter",
            "Sign up for our newsletter",
            "Enter your email address",
            "Subscribe",
        ),
    ),
)
"""Body (text, found by the ci profile): a sign-up box and an ad line cost more than the short
last paragraph under them weighs, which was cut off."""

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

SIDEBAR_BEFORE_AD_AND_SHORT_LAST_PARAGRAPH = pair_with(
    AD_BEFORE_SHORT_LAST_PARAGRAPH,
    4,
    Part(
        role="sidebar",
        lines=(
            "Les plus lus",
            "Le gouvernement défend un plan",
            "Le gouvernement défend un plan",
        ),
    ),
)
"""Body (text, found by the ci profile): a "Most read" list over an ad line, then the short last
paragraph: the list stayed open and its heading ended the body. An ad slot printed apart over
the article's last paragraph now closes the box, and the box and the ad are furniture."""

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

_THIRD_FR = (
    "La ministre a rappelé que le budget des transports devait encore être voté au printemps."
)

_SUBHEADED_AFTER_AD = make_page(
    lang="fr",
    headline="Le gouvernement défend un plan contre la hausse de l'énergie",
    published=dt.date(2020, 2, 23),
    date_text="2020-02-23",
    authors=(),
    byline="",
    dateline="GENÈVE",
    paragraphs=(_GENEVE, _SHORT_LAST, _THIRD_FR),
    parts=[
        ("headline",),
        ("date",),
        ("body", _GENEVE),
        ("ad", "Publicité"),
        ("subheading", "La suite"),
        ("body", _SHORT_LAST, _THIRD_FR),
    ],
)

SIGN_UP_BETWEEN_SUBHEADING_AND_PARAGRAPH = pair_with(
    _SUBHEADED_AFTER_AD,
    5,
    Part(
        role="newsletter",
        lines=(
            "Newsletter",
            "Sign up for our newsletter",
            "Enter your email address",
            "Subscribe",
        ),
    ),
)
"""Body (text, ci and dev profiles): an ad line, a sub-heading, then a sign-up box between the
first paragraph and the rest: the first paragraph was cut off (fixed)."""

_QUOTED_1 = (
    "WASHINGTON — “We will not accept a plan that leaves the poorest families behind,” James "
    "Thompson said."
)

_QUOTED_2 = (
    "“We will not accept a plan that leaves the poorest families behind,” said James Thompson, "
    "speaking after the meeting."
)

_AD_OVER_LAST_QUOTE = unsigned_page(
    headline="Government unveils plan to cut energy prices",
    dateline="WASHINGTON",
    paragraphs=(_QUOTED_1, _QUOTED_2),
    parts=[
        ("headline",),
        ("date",),
        ("body", _QUOTED_1),
        ("ad", "Advertisement"),
        ("body", _QUOTED_2),
    ],
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
    _paragraph(_NIGHT_BUS[0]),
    _paragraph(_NIGHT_BUS[1]),
    Part(role="subheading", lines=("Reaction from the opposition",)),
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

_MOST_READ_TITLES = Part(
    role="sidebar",
    lines=(
        "Most read",
        "Minister scraps new bus network amid protests",
        "Court backs tax rise for landlords",
    ),
)

SIDEBAR_AND_AD_OVER_PARAGRAPHS = (
    _NIGHT_BUS_PAGE,
    insert_part(
        insert_part(_NIGHT_BUS_PAGE, 3, _MOST_READ_TITLES),
        4,
        Part(role="ad", lines=("Advertisement",)),
    ),
)
"""Body (text, ci profile): a "Most read" list under the first paragraph, then an ad slot
printed apart over the rest of the article: the list stayed open and its heading ended the
body (fixed: an ad slot printed apart closes the box over any paragraphs that resume the
article, not only over its last)."""

GLUED_LIST_OVER_SUBHEADED_SECTION = (
    _night_bus_page(
        _paragraph(_NIGHT_BUS[0]),
        _paragraph(_NIGHT_BUS[1]),
        Part(role="subheading", lines=("Reaction from the opposition",)),
        _paragraph(_NIGHT_BUS[2]),
        _paragraph(_NIGHT_BUS[3]),
    ),
    _night_bus_page(
        _paragraph(_NIGHT_BUS[0]),
        Part(
            role="sidebar",
            lines=(
                "More stories",
                "Minister scraps new bus network amid protests",
                "The regional authority postponed an agreement with the unions on Monday.",
                "Court backs tax rise for landlords",
            ),
        ),
        _paragraph(_NIGHT_BUS[1]),
        Part(role="subheading", lines=("Reaction from the opposition",)),
        _paragraph(_NIGHT_BUS[2]),
        _paragraph(_NIGHT_BUS[3]),
    ),
)
"""Body (text, ci profile): a list box printed without blank lines, then the article's paragraph
over a sub-heading printed apart: the paragraph and sub-heading were read as one more teaser
(fixed: under a glued list, a sentence over a sub-headed section that resumes the article is
the article's)."""

_GLUED_NIGHT_BUS = _night_bus_page(
    _paragraph(_NIGHT_BUS[0]),
    _paragraph(_NIGHT_BUS[1], gap=0),
    Part(role="ad", lines=("Advertisement",)),
    Part(role="subheading", lines=("The background",)),
    _paragraph(_NIGHT_BUS[2], gap=0),
    _paragraph(_NIGHT_BUS[3], gap=0),
)

LIST_OVER_GLUED_SUBHEADING = pair_with(
    _GLUED_NIGHT_BUS,
    5,
    Part(
        role="sidebar",
        lines=(
            "Latest news",
            "Minister scraps new bus network amid protests",
            "Court backs tax rise for landlords",
            "Regulator approves hospital merger?",
        ),
    ),
)
"""Body (text, ci profile): a list box printed apart over a sub-heading glued to the paragraph
it heads: the sub-heading was taken for the box's last teaser (fixed: a plain line printed
apart from the teasers and glued over the paragraph that resumes the article heads it)."""

_SECTION_AFTER_AD = _night_bus_page(
    _paragraph(_NIGHT_BUS[0]),
    _paragraph(_NIGHT_BUS[1]),
    Part(role="ad", lines=("Advertisement",)),
    Part(role="subheading", lines=("The background",)),
    _paragraph(_NIGHT_BUS[2], gap=0),
    Part(role="widget", lines=("Share", "Print")),
    paragraphs=_NIGHT_BUS[:3],
)

LIST_AND_AD_OVER_SUBHEADED_LAST_SECTION = pair_with(_SECTION_AFTER_AD, 4, _MOST_READ_TITLES)
"""Body (text, explore): a list box and an ad slot apart over the article's last section (a
sub-heading glued to its paragraph): the list stayed open (fixed: an ad slot over a
sub-heading that heads the article going on closes the box too)."""

_READ_ALSO_PAGE = _night_bus_page(
    _paragraph(_NIGHT_BUS[0]),
    Part(role="subheading", lines=("What happens next",)),
    *map(_paragraph, _NIGHT_BUS[1:]),
)

READ_ALSO_OVER_SUBHEADING_APART = pair_with(
    _READ_ALSO_PAGE,
    3,
    Part(
        role="sidebar",
        lines=("See also", "Minister scraps new bus network amid protests", "March 7, 2019"),
    ),
)
"""Body (text, explore): a "See also" box printed without blank lines over a sub-heading
printed apart: the sub-heading was the box's last teaser (fixed: a plain line printed apart
from such a box, over two paragraphs in a row, heads the article going on)."""

_SHORT_LEAD = "Local officials rejected an agreement with the unions after weeks of talks."

_SHORT_LEAD_PAGE = _night_bus_page(
    *map(_paragraph, (_SHORT_LEAD, *_NIGHT_BUS[1:])),
    paragraphs=(_SHORT_LEAD, *_NIGHT_BUS[1:]),
)

SHORT_LEAD_OVER_LARGE_TEASER_BOX = pair_with(
    _SHORT_LEAD_PAGE,
    3,
    Part(
        role="sidebar",
        lines=(
            "More stories",
            "Court questions new bus network after long dispute",
            "March 2, 2019",
            "Minister warns over water report",
            "Farmers reject new bus network amid protests",
            "City council backs tax rise for landlords amid protests",
            "February 25, 2019",
        ),
    ),
)
"""Body (text, ci profile): a one-sentence lead over a closed box of five teasers was dropped
(fixed: a text dump's closed box right under a line that weighs as prose and ends like a
sentence costs a line; a photo caption over a "Related Content" box, which ends in a credit
or a "less" toggle, still pays the full price: goose3/yahoo)."""

_SECTIONED = (
    "The committee rejected the decision to close two schools as costs continue to rise.",
    "Opposition leaders criticised the budget for the coming year on Tuesday.",
)

_SECTIONED_PAGE = _night_bus_page(
    _paragraph(_NIGHT_BUS[0]),
    Part(role="subheading", lines=("Reaction from the opposition",)),
    _paragraph(_SECTIONED[0]),
    Part(role="subheading", lines=("The background",)),
    _paragraph(_SECTIONED[1]),
    Part(role="widget", lines=("Share", "Print")),
    paragraphs=(_NIGHT_BUS[0], *_SECTIONED),
)

ONE_PARAGRAPH_SECTIONS_UNDER_A_BOX = pair_with(
    _SECTIONED_PAGE,
    3,
    Part(
        role="sidebar",
        lines=(
            "You may also like",
            "Minister scraps new bus network amid protests",
            "Court backs tax rise for landlords",
        ),
    ),
)
"""Body (text, ci profile): a box over sub-headed sections of one paragraph each, the article's
end, stayed open and its heading ended the body (fixed: under a glued list, sections of a
sub-heading printed apart and one sentence each, down to the page's end or its furniture
(share buttons, tags, comments), close the box; teasers printed apart as title and blurb
run on to another box's heading or more plain lines: readability/herald-sun-1)."""

_GLUED_PAGE_WITH_COMMENTS = _night_bus_page(
    _paragraph(_NIGHT_BUS[0]),
    _paragraph(_NIGHT_BUS[1], gap=0),
    _paragraph(_NIGHT_BUS[2], gap=0),
    _paragraph(_NIGHT_BUS[3]),
    Part(
        role="comments",
        lines=("Comments", "Comments are closed for this article.", "Name", "Post Comment"),
        gap=2,
        inner_gap=1,
    ),
)

READ_ALSO_WITH_BLURB_OVER_LAST_PARAGRAPH = pair_with(
    _GLUED_PAGE_WITH_COMMENTS,
    5,
    Part(
        role="sidebar",
        lines=(
            "See also",
            "The council approved the budget for the coming year after a long debate.",
            "Minister backs new bus network",
        ),
    ),
)
"""Body (text, ci profile): a "See also" box printed without blank lines, its link's blurb
and title, over the last paragraph printed apart: the box stayed open and the body lost that
paragraph (fixed: such a box ends at its first blank line over the article's last
paragraph)."""

_SUBHEADED_PAGE = _night_bus_page(
    _paragraph(_NIGHT_BUS[0]),
    _paragraph(_NIGHT_BUS[1]),
    Part(role="subheading", lines=("The background",)),
    _paragraph(_NIGHT_BUS[2]),
    _paragraph(_NIGHT_BUS[3]),
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

_QUOTES = (
    "ERBIL, Kurdistan Region — The government postponed the results of the investigation for "
    "the third time this year. Local officials rejected the changes to the health service at a "
    "meeting with local leaders according to the official figures.",
    "“Nobody in the government has explained where the money will come from,” said Jonathan R. "
    "Carter, speaking after the meeting.",
    "“We will not accept a plan that leaves the poorest families behind,” Jonathan R. Carter said.",
    "Hospital staff announced a report on water quality on Tuesday.",
)

_QUOTES_PAGE = make_page(
    headline="Court defends bridge project",
    published=dt.date(2007, 3, 11),
    date_text="March 11, 2007",
    authors=(),
    byline="",
    paragraphs=_QUOTES,
    parts=[
        ("headline",),
        ("date",),
        *(_paragraph(p) for p in _QUOTES[:3]),
        ("ad", "Advertisement"),
        _paragraph(_QUOTES[3]),
    ],
)

MOST_POPULAR_OVER_AD_AND_SHORT_QUOTES = (
    _QUOTES_PAGE,
    insert_part(
        insert_part(_QUOTES_PAGE, 3, Part(role="ad", lines=("Advertisement",))),
        3,
        Part(
            role="sidebar",
            lines=(
                "Most popular",
                "Unions rejects new bus network",
                "City council warns over plan to cut energy prices",
            ),
        ),
    ),
)
"""Body (text, random mid-body page, seed 5): a glued "Most popular" list printed apart under
the lead, an ad line under it, then two short quote paragraphs (36 words together), another ad
line and the last paragraph. Two sentences over a third paragraph (past the ad slot) resume the
article (``patterns._resumes``)."""

_DE_SHORT_ENDING = (
    "Die Lehrkräfte prüfen den Bau einer neuen Brücke nach einer langen Debatte im Landtag. "
    "Der Verkehrsverbund lehnte die Ergebnisse der Ermittlungen zum dritten Mal in diesem Jahr "
    "ab. Mehrere Hilfsorganisationen kritisierten ein Programm für kleine Betriebe bei einem "
    "Treffen mit den Kommunen.",
    "Die Zentralbank verteidigte einen Bericht über die Wasserqualität mit knapper Mehrheit.",
    "Der Verkehrsverbund verschob eine Einigung mit den Gewerkschaften seit Anfang 2017 auf "
    "einer Pressekonferenz.",
)

_DE_SHORT_ENDING_PAGE = make_page(
    lang="de",
    headline="Landwirte prüfen neues Busnetz",
    published=dt.date(2009, 3, 16),
    date_text="16. März 2009",
    authors=(),
    byline="",
    paragraphs=_DE_SHORT_ENDING,
    parts=[
        ("headline",),
        ("date",),
        ("body",),
    ],
)

TOP_THEMEN_OVER_TWO_SHORT_LAST_PARAGRAPHS = pair_with(
    _DE_SHORT_ENDING_PAGE,
    3,
    Part(
        role="sidebar",
        lines=(
            "Top-Themen",
            "Landwirte lehnen Brückenprojekt ab",
            "Landkreis stoppt Schulschließungen nach langem Streit",
            "Stadtrat warnt vor Steuererhöhung für Vermieter",
        ),
    ),
)
"""Body (text, random mid-body pages, seed 6 twice): a glued "Top-Themen" list printed apart
under the lead, over the article's last two paragraphs, short ones (28 words together): two
sentences over the page's end resume the article. The pages found printed the list's date line
("9. April 2009") and the two paragraphs glued to each other; neither matters."""

_DE_AD_PAGE = make_page(
    lang="de",
    headline="Ministerin stellt Schulschließungen vor",
    published=dt.date(2009, 3, 16),
    date_text="16. März 2009",
    authors=(),
    byline="",
    paragraphs=(
        "BERLIN (dpa) – Die Zentralbank verteidigte einen Bericht über die Wasserqualität mit "
        "knapper Mehrheit.",
        "„Wir werden keinen Plan akzeptieren, der die ärmsten Familien zurücklässt“, sagte "
        "Ayşe Becker.",
    ),
    parts=[
        ("headline",),
        ("date",),
        ("body",),
    ],
)

AD_OVER_WEITERE_ARTIKEL_OVER_SHORT_LAST_PARAGRAPH = (
    _DE_AD_PAGE,
    insert_part(
        insert_part(
            _DE_AD_PAGE,
            3,
            Part(
                role="sidebar",
                lines=(
                    "Weitere Artikel",
                    "Die Bundesregierung lehnte einen neuen Plan für den Nahverkehr nach "
                    "wochenlangen Verhandlungen ab.",
                    "Anwohner stoppen Regeln für Ferienwohnungen trotz Protesten",
                    "Regierung warnt vor Sparhaushalt",
                ),
            ),
        ),
        3,
        Part(role="ad", lines=("Anzeige",)),
    ),
)
"""Body (text, random mid-body page, seed 6): an ad line under the lead, then a glued "Weitere
Artikel" list (a long teaser sentence and two titles) over the article's short last paragraph.
The box closed over that paragraph, but cost its full price: under an ad line under the lead, it
now costs a line, as right under the lead (``weights._under_sentence``). The page found printed
a date line under the teasers; it does not matter, nor does the teaser sentence."""


def _without_ad(page: Page) -> Page:
    """The same page without its ad parts."""
    return attrs.evolve(page, parts=tuple(p for p in page.parts if p.role != "ad"))


def _swap_ad(page: Page, part: Part) -> Page:
    """The same page with ``part`` in place of each of its ad parts."""
    return attrs.evolve(page, parts=tuple(part if p.role == "ad" else p for p in page.parts))


SIDEBAR_BETWEEN_PARAGRAPHS = (
    _without_ad(AD_AFTER_SHORT_FIRST_PARAGRAPH),
    _swap_ad(
        AD_AFTER_SHORT_FIRST_PARAGRAPH,
        Part(role="sidebar", lines=("Lesen Sie auch", "Regierung kippt Rentenreform")),
    ),
)
"""Body: a "Lesen Sie auch" box between two paragraphs (it once cut the body)."""

_HAMBURG = (
    "HAMBURG (AFP) - Der Ausschuss präsentierte eine Einigung mit den Gewerkschaften in einer "
    "schriftlichen Erklärung vor Journalisten trotz heftiger Kritik."
)

_NEWSLETTER_PAGE = make_page(
    lang="de",
    headline="Regierung stellt Plan gegen hohe Energiepreise vor",
    published=dt.date(2025, 11, 24),
    date_text="2025-11-24",
    authors=("Miriam Müller",),
    byline="Autor: Miriam Müller",
    dateline="HAMBURG",
    paragraphs=(_HAMBURG, _DE_QUOTE_1),
    parts=[
        ("headline",),
        ("byline",),
        ("date",),
        ("body",),
    ],
)

NEWSLETTER_BETWEEN_PARAGRAPHS = pair_with(
    _NEWSLETTER_PAGE, 4, Part(role="newsletter", lines=("Newsletter", "Jetzt abonnieren"))
)
"""Body: a two-line newsletter box between two paragraphs (it once dropped the second one)."""

AD_INSERTED_BETWEEN_SHORT_PARAGRAPHS = (
    _without_ad(AD_BETWEEN_SHORT_PARAGRAPHS),
    AD_BETWEEN_SHORT_PARAGRAPHS,
)
"""Body: the same page without and with one "Anzeige" line between its two paragraphs."""

_TWO_SHORT_PARAGRAPHS = (
    "WASHINGTON — The government announced a new plan for public transport on Tuesday.",
    "“We will not accept a plan that leaves the poorest families behind,” James Thompson said.",
)

_AD_BETWEEN_TWO_SHORT_PARAGRAPHS = attrs.evolve(
    make_page(
        headline="Government unveils plan to cut energy prices",
        published=dt.date(2005, 1, 1),
        date_text="January 1, 2005",
        authors=("James Thompson",),
        byline="By James Thompson, Staff Writer",
        paragraphs=_TWO_SHORT_PARAGRAPHS,
        dateline="WASHINGTON",
        parts=[
            ("section", "World"),
            ("headline",),
            ("meta", "By James Thompson, Staff Writer | January 1, 2005"),
            (
                "caption",
                "Protesters gather outside the town hall on Monday evening.",
                "Photo: Getty Images",
            ),
            ("body", _TWO_SHORT_PARAGRAPHS[0]),
            ("ad", "Advertisement"),
            ("body", _TWO_SHORT_PARAGRAPHS[1]),
        ],
    ),
    html_variant=1,
)

SHARE_BEFORE_AD_BETWEEN_SHORT_PARAGRAPHS = pair_with(
    _AD_BETWEEN_TWO_SHORT_PARAGRAPHS, 5, Part(role="widget", lines=("Share",))
)
"""Body (HTML): a "Share" line added before an ad line between two short paragraphs once dropped
the first paragraph (found by the random search, seed 3 of 'explore')."""

SIGN_UP_BEFORE_AD_BETWEEN_SHORT_PARAGRAPHS = pair_with(
    _AD_BETWEEN_TWO_SHORT_PARAGRAPHS,
    5,
    Part(
        role="newsletter",
        lines=(
            "Newsletter",
            "Sign up for our newsletter",
            "Enter your email address",
            "Subscribe",
        ),
    ),
)
"""Body (HTML): a sign-up box inside the article container, whose "Newsletter" and "Subscribe"
lines read as navigation, once cost more than a short paragraph weighs (found by the random
search, seed 4 of 'explore', before the last paragraph)."""

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

LIST_HEADING_BETWEEN_PARAGRAPHS = (
    SIDEBAR_BETWEEN_PARAGRAPHS[0],
    _swap_ad(
        AD_AFTER_SHORT_FIRST_PARAGRAPH,
        Part(role="sidebar", lines=("Weitere Nachrichten", "Regierung kippt Rentenreform")),
    ),
)
"""Body: a page-level list heading ("Weitere Nachrichten") between two paragraphs is crossed
only when two paragraphs of 40+ words follow its teasers."""

_LINKED_LEAD_PAGE = attrs.evolve(
    make_page(
        headline="Government unveils plan to cut energy prices",
        published=dt.date(2015, 1, 1),
        date_text="January 1, 2015",
        authors=(),
        byline="",
        paragraphs=(
            "Several aid groups criticised the budget for next year on Tuesday.",
            "The regional authority announced a new plan for public transport after weeks of "
            "talks with the unions. Local officials signed a report on water quality in a "
            "written statement according to the official figures.",
            "The central bank discussed a new plan for housing at a meeting with local mayors "
            "on Monday. Farmers in the north will review the budget for the coming year for "
            "the third time this year.",
        ),
        parts=[("headline",), ("body",)],
    ),
    html_variant=3,
)

SIDEBAR_UNDER_SHORT_LINKED_LEAD = pair_with(
    _LINKED_LEAD_PAGE,
    2,
    Part(role="sidebar", lines=("Most read", "Council rejects plan to cut energy prices"), gap=2),
)
"""Body (HTML and text, explore seed 10): the lead over the box was lost: the closed box's
heading was charged before structure set it apart (HTML), and a heading over one teaser cost
two lines (text). Fixed."""

# --------------------------------------------------------------------------------------
# Boxes over short closing paragraphs and sections
# --------------------------------------------------------------------------------------

_TOP_THEMEN = Part(
    role="sidebar",
    lines=(
        "Top-Themen",
        "Landwirte lehnen Brückenprojekt ab",
        "Landkreis stoppt Schulschließungen nach langem Streit",
        "Stadtrat warnt vor Steuererhöhung für Vermieter",
    ),
)

_DE_AD_ENDING_PAGE = make_page(
    lang="de",
    headline="Landwirte prüfen neues Busnetz",
    published=dt.date(2009, 3, 16),
    date_text="16. März 2009",
    authors=(),
    byline="",
    paragraphs=_DE_SHORT_ENDING,
    parts=[
        ("headline",),
        ("date",),
        *(_paragraph(p) for p in _DE_SHORT_ENDING[:2]),
        ("ad", "Anzeige"),
        _paragraph(_DE_SHORT_ENDING[2]),
    ],
)

TOP_THEMEN_OVER_SHORT_PARAGRAPHS_AROUND_AD = pair_with(_DE_AD_ENDING_PAGE, 3, _TOP_THEMEN)
"""Body (text): a glued "Top-Themen" list printed apart under the lead, over the article's
last two short paragraphs with an ad line between them: the ad slot divides nothing, and
the two sentences over the page's end resume the article (``patterns._resumes``)."""

AD_AND_TOP_THEMEN_OVER_SHORT_PARAGRAPHS_AROUND_AD = (
    _DE_AD_ENDING_PAGE,
    insert_part(
        insert_part(_DE_AD_ENDING_PAGE, 3, _TOP_THEMEN), 3, Part(role="ad", lines=("Anzeige",))
    ),
)
"""Body (text): the same list under an ad line under the lead; the box costs a line, as
right under the lead (``weights._under_sentence``)."""

_LAST_SECTION_PAGE = _night_bus_page(
    _paragraph(_NIGHT_BUS[0]),
    _paragraph(_NIGHT_BUS[1]),
    Part(role="subheading", lines=("Reaction from the opposition",)),
    _paragraph(_NIGHT_BUS[3]),
    Part(role="widget", lines=("Share", "Print")),
    paragraphs=(_NIGHT_BUS[0], _NIGHT_BUS[1], _NIGHT_BUS[3]),
)

LIST_OVER_SUBHEADED_LAST_PARAGRAPH = pair_with(
    _LAST_SECTION_PAGE,
    3,
    Part(
        role="sidebar",
        lines=(
            "Latest news",
            "Minister scraps new bus network amid protests",
            "The regional authority postponed an agreement with the unions on Monday.",
            "Court backs tax rise for landlords",
        ),
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
    _paragraph(_NIGHT_BUS[0]),
    _paragraph(_NIGHT_BUS[1], gap=0),
    _paragraph(_NIGHT_BUS[2]),
    Part(role="subheading", lines=("The background",)),
    _paragraph(_SHORT_SECTION[0], gap=0),
    _paragraph(_SHORT_SECTION[1], gap=0),
    Part(role="subheading", lines=("What happens next",)),
    _paragraph(_NIGHT_BUS[3], gap=0),
    Part(role="newsletter", lines=("Newsletter", "Sign up for our newsletter", "Subscribe")),
    paragraphs=(*_NIGHT_BUS[:3], *_SHORT_SECTION, _NIGHT_BUS[3]),
)

SEE_ALSO_OVER_SUBHEADED_SECTIONS = pair_with(
    _SECTIONS_PAGE,
    4,
    Part(
        role="sidebar",
        lines=(
            "See also",
            "The regional authority postponed an agreement with the unions on Monday.",
            "Minister scraps new bus network amid protests",
            "Court backs tax rise for landlords",
        ),
    ),
)
"""Body (text; random mid-body pages, seed 8): a glued "See also" box printed apart under two
glued paragraphs, over a paragraph, then a sub-heading glued over two short sentences and a last
section: the box ends at its blank line (under a "See also" box as under a list, a sentence over
a sub-headed section is the article's, and two sentences over a sub-headed section resume it,
``patterns._resumes``)."""

_ONE_PARAGRAPH_SECTIONS_PAGE = _night_bus_page(
    _paragraph(_NIGHT_BUS[0]),
    _paragraph(_NIGHT_BUS[1]),
    Part(role="subheading", lines=("What happens next",)),
    _paragraph(_NIGHT_BUS[2]),
    Part(role="subheading", lines=("The background",)),
    _paragraph(_NIGHT_BUS[3]),
    Part(role="widget", lines=("Share", "Print")),
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

_AD_OVER_LAST_PARAGRAPH_PAGE = _night_bus_page(
    _paragraph(_NIGHT_BUS[0]),
    _paragraph(_NIGHT_BUS[1], gap=0),
    Part(role="ad", lines=("Advertisement",)),
    _paragraph(_NIGHT_BUS[3]),
    Part(role="tags", lines=("Tags: Transport, City council",)),
    paragraphs=(_NIGHT_BUS[0], _NIGHT_BUS[1], _NIGHT_BUS[3]),
)

AD_OVER_LIST_OVER_LAST_PARAGRAPH = pair_with(
    _AD_OVER_LAST_PARAGRAPH_PAGE,
    5,
    Part(
        role="sidebar",
        lines=(
            "Latest news",
            "Minister scraps new bus network amid protests",
            "Court backs tax rise for landlords",
            "March 10, 2019",
        ),
    ),
)
"""Body (text; random mid-body pages, seeds 21 and 26): an ad line under two glued paragraphs,
then a glued list over the article's last paragraph: the ad slot does not part the list from the
article above, which the list's blank line then resumes."""

_AD_GLUED_PAGE = _night_bus_page(
    _paragraph(_NIGHT_BUS[0]),
    Part(role="ad", lines=("Advertisement",)),
    _paragraph(_NIGHT_BUS[1], gap=0),
    Part(role="subheading", lines=("The background",)),
    _paragraph(_NIGHT_BUS[2], gap=0),
    Part(role="subheading", lines=("What happens next",)),
    _paragraph(_NIGHT_BUS[3], gap=0),
    Part(role="newsletter", lines=("Newsletter", "Sign up for our newsletter", "Subscribe")),
)

SEE_ALSO_OVER_AD_GLUED_TO_PARAGRAPH = pair_with(
    _AD_GLUED_PAGE,
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
"""Body (text; random mid-body pages, seed 19): a glued "See also" box under the lead, then an
ad line glued over a paragraph over sub-headed sections: the ad slot stands over the article
going on (``patterns._ad_over_paragraph``)."""

_AD_OVER_SECTIONS_PAGE = _night_bus_page(
    _paragraph(_NIGHT_BUS[0]),
    Part(role="ad", lines=("Advertisement",)),
    Part(role="subheading", lines=("What happens next",)),
    _paragraph(_NIGHT_BUS[1]),
    Part(role="subheading", lines=("The background",)),
    _paragraph(_NIGHT_BUS[2]),
    Part(role="ad", lines=("Advertisement",)),
    _paragraph(_NIGHT_BUS[3]),
    Part(role="widget", lines=("Share",)),
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

_SHORT_LAST = "The council will vote again next month."

_TAGGED_PAGE = _night_bus_page(
    _paragraph(_NIGHT_BUS[0]),
    _paragraph(_NIGHT_BUS[1]),
    _paragraph(_NIGHT_BUS[2]),
    _paragraph(_SHORT_LAST),
    Part(role="tags", lines=("Tags: Transport",)),
    paragraphs=(*_NIGHT_BUS[:3], _SHORT_LAST),
)

_SIGN_UP = Part(role="newsletter", lines=("Newsletter", "Sign up for our newsletter", "Subscribe"))

SIGN_UP_OVER_SHORT_LAST_PARAGRAPH_AND_TAGS = pair_with(_TAGGED_PAGE, 5, _SIGN_UP)
"""Body (text; random mid-body pages, seeds 9 and 24, with a sign-up box or a comments box): the
article's short last sentence under the box, over its tag line: prose that runs to the tag line
closes the article (``layout._closing_paragraphs``)."""

SIGN_UP_AND_AD_OVER_SHORT_LAST_PARAGRAPH_AND_TAGS = (
    _TAGGED_PAGE,
    insert_part(
        insert_part(_TAGGED_PAGE, 5, Part(role="ad", lines=("Advertisement",))),
        5,
        Part(role="newsletter", lines=("Newsletter", "Subscribe")),
    ),
)
"""Body (text): the same under a sign-up box and an ad line."""

_SHORT_LEAD_SECTIONS_PAGE = _night_bus_page(
    _paragraph(_SHORT_LEAD),
    Part(role="subheading", lines=("The background",)),
    *map(_paragraph, _NIGHT_BUS[1:]),
    paragraphs=(_SHORT_LEAD, *_NIGHT_BUS[1:]),
)

SHORT_LEAD_OVER_SIGN_UP_BOX_PAGES = pair_with(_SHORT_LEAD_SECTIONS_PAGE, 3, _SIGN_UP)
"""Body (text; random mid-body pages, seeds 10, 29 and 35): a one-sentence lead, a sign-up box,
then a sub-heading over the article's paragraphs: the box under the lead, over more prose, costs
a line (``weights._box_under_lead``)."""

_SHARED_PAGE = _night_bus_page(
    *map(_paragraph, (*_NIGHT_BUS[:3], _SHORT_LAST)),
    Part(role="widget", lines=("Share",), gap=0),
    Part(role="footer", lines=("© 2019 The Evening Post. All rights reserved.",)),
    paragraphs=(*_NIGHT_BUS[:3], _SHORT_LAST),
)

SIGN_UP_OVER_SHORT_LAST_PARAGRAPH_AND_SHARE_PAGES = pair_with(_SHARED_PAGE, 5, _SIGN_UP)
"""Body (text; random mid-body pages, seed 25): a sign-up box over the article's short last
sentence, a share button glued under it, then the footer: prose running to a share bar glued
under it closes the article (``layout._closing_paragraphs``)."""

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
    *map(_paragraph, (*_NIGHT_BUS[:3], _SHORT_LAST)),
    Part(role="widget", lines=("Share", "Print"), gap=0),
    paragraphs=(*_NIGHT_BUS[:3], _SHORT_LAST),
)

COMMENTS_OVER_SHORT_LAST_PARAGRAPH_AND_SHARE_PAGES = pair_with(_SHARED_LAST_PAGE, 5, _COMMENTED)
"""Body (text; random mid-body pages, seed 16): a comments box with one comment over the
article's short last sentence, glued over a share bar: the box between two paragraphs is the
article's furniture (``weights._charge_box``), and the sentence over the share bar closes the
article. Seed 19 found the kin of a box without comments over the last sentence over the page's
own comments heading, read as the box's policy sentence by design
(``weights._comments_between``)."""

LIST_OVER_ONE_PARAGRAPH_SECTIONS_OVER_BOX = (
    "extract/patterns.py (_one_paragraph_sections): a list glued under its heading between "
    "two paragraphs, then the article's sections of one paragraph each, printed apart, over "
    "a teaser box under the article: sections that run to another box's heading read as "
    "teasers printed apart (a title, a blurb), as on readability/herald-sun-1, and the list "
    "box stays open (LIST_OVER_ONE_PARAGRAPH_SECTIONS_OVER_BOX_PAGES; random mid-body pages, "
    "seeds 42, 53 and 60, one of them with a paragraph over the "
    "first sub-heading)"
)

_SECTIONS_OVER_BOX_PAGE = _night_bus_page(
    _paragraph(_NIGHT_BUS[0]),
    _paragraph(_NIGHT_BUS[1]),
    Part(role="subheading", lines=("What happens next",)),
    _paragraph(_NIGHT_BUS[2]),
    Part(role="subheading", lines=("The background",)),
    _paragraph(_NIGHT_BUS[3]),
    Part(
        role="sidebar",
        lines=(
            "Most read",
            "Court backs tax rise for landlords",
            "Farmers delay plan to cut energy prices",
        ),
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
"""Body (text, open: ``LIST_OVER_ONE_PARAGRAPH_SECTIONS_OVER_BOX``): a glued list box under
the lead, over a paragraph, the article's sections of one paragraph each and a "Most read"
box."""

LIST_OVER_SUBHEADED_SECTIONS_OVER_BOX_PAGES = pair_with(
    _SECTIONS_OVER_BOX_PAGE, 4, _YOU_MAY_ALSO_LIKE
)
"""Body (text, open: ``LIST_OVER_ONE_PARAGRAPH_SECTIONS_OVER_BOX``): the same box right over
the first sub-heading."""
