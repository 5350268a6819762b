"""Pinned pairs whose block between two paragraphs is a list or teaser box ("Most read", "See
also", "Top-Themen"), over ads and short paragraphs."""

from __future__ import annotations

import datetime as dt

import attrs

from tests.properties.pages.body import (
    AD_AFTER_SHORT_FIRST_PARAGRAPH,
    AD_BEFORE_SHORT_LAST_PARAGRAPH,
)
from tests.properties.pairs.mid_body.shared import (
    _MOST_READ_TITLES,
    _SHORT_LEAD,
    _swap_ad,
    _without_ad,
)
from tests.properties.pairs.night_bus import (
    _NIGHT_BUS,
    _NIGHT_BUS_PAGE,
    _night_bus_page,
    _paragraph,
)
from tests.strategies import (
    Part,
    insert_part,
    pair_with,
    pinned_page,
)

SIDEBAR_BEFORE_AD_AND_SHORT_LAST_PARAGRAPH = pair_with(
    AD_BEFORE_SHORT_LAST_PARAGRAPH,
    4,
    ("sidebar", "Les plus lus", "Le gouvernement défend un plan", "Le gouvernement défend un plan"),
)
"""Body (text, found by the ci profile): a "Most read" list over an ad line, then the short last
paragraph: the list stayed open and its heading ended the body. An ad slot printed apart over
the article's last paragraph now closes the box, and the box and the ad are furniture."""


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


_SHORT_LEAD_PAGE = _night_bus_page(
    *map(_paragraph, (_SHORT_LEAD, *_NIGHT_BUS[1:])),
    paragraphs=(_SHORT_LEAD, *_NIGHT_BUS[1:]),
)


SHORT_LEAD_OVER_LARGE_TEASER_BOX = pair_with(
    _SHORT_LEAD_PAGE,
    3,
    (
        "sidebar",
        "More stories",
        "Court questions new bus network after long dispute",
        "March 2, 2019",
        "Minister warns over water report",
        "Farmers reject new bus network amid protests",
        "City council backs tax rise for landlords amid protests",
        "February 25, 2019",
    ),
)
"""Body (text, ci profile): a one-sentence lead over a closed box of five teasers was dropped
(fixed: a text dump's closed box right under a line that weighs as prose and ends like a
sentence costs a line; a photo caption over a "Related Content" box, which ends in a credit
or a "less" toggle, still pays the full price: goose3/yahoo)."""


_GLUED_PAGE_WITH_COMMENTS = _night_bus_page(
    ("body", _NIGHT_BUS[0]),
    _paragraph(_NIGHT_BUS[1], gap=0),
    _paragraph(_NIGHT_BUS[2], gap=0),
    ("body", _NIGHT_BUS[3]),
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
    (
        "sidebar",
        "See also",
        "The council approved the budget for the coming year after a long debate.",
        "Minister backs new bus network",
    ),
)
"""Body (text, ci profile): a "See also" box printed without blank lines, its link's blurb
and title, over the last paragraph printed apart: the box stayed open and the body lost that
paragraph (fixed: such a box ends at its first blank line over the article's last
paragraph)."""


_QUOTES = (
    "ERBIL, Kurdistan Region — The government postponed the results of the investigation for "
    "the third time this year. Local officials rejected the changes to the health service at a "
    "meeting with local leaders according to the official figures.",
    "“Nobody in the government has explained where the money will come from,” said Jonathan R. "
    "Carter, speaking after the meeting.",
    "“We will not accept a plan that leaves the poorest families behind,” Jonathan R. Carter said.",
    "Hospital staff announced a report on water quality on Tuesday.",
)


_QUOTES_PAGE = pinned_page(
    "Court defends bridge project",
    _QUOTES,
    "headline date",
    *(_paragraph(p) for p in _QUOTES[:3]),
    ("ad", "Advertisement"),
    ("body", _QUOTES[3]),
    date=(dt.date(2007, 3, 11), "March 11, 2007"),
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


_DE_SHORT_ENDING_PAGE = pinned_page(
    "Landwirte prüfen neues Busnetz",
    _DE_SHORT_ENDING,
    "headline date body",
    lang="de",
    date=(dt.date(2009, 3, 16), "16. März 2009"),
)


TOP_THEMEN_OVER_TWO_SHORT_LAST_PARAGRAPHS = pair_with(
    _DE_SHORT_ENDING_PAGE,
    3,
    (
        "sidebar",
        "Top-Themen",
        "Landwirte lehnen Brückenprojekt ab",
        "Landkreis stoppt Schulschließungen nach langem Streit",
        "Stadtrat warnt vor Steuererhöhung für Vermieter",
    ),
)
"""Body (text, random mid-body pages, seed 6 twice): a glued "Top-Themen" list printed apart
under the lead, over the article's last two paragraphs, short ones (28 words together): two
sentences over the page's end resume the article. The pages found printed the list's date line
("9. April 2009") and the two paragraphs glued to each other; neither matters."""


_DE_AD_PAGE = pinned_page(
    "Ministerin stellt Schulschließungen vor",
    (
        "BERLIN (dpa) – Die Zentralbank verteidigte einen Bericht über die Wasserqualität mit "
        "knapper Mehrheit.",
        "„Wir werden keinen Plan akzeptieren, der die ärmsten Familien zurücklässt“, sagte "
        "Ayşe Becker.",
    ),
    "headline date body",
    lang="de",
    date=(dt.date(2009, 3, 16), "16. März 2009"),
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


SIDEBAR_BETWEEN_PARAGRAPHS = (
    _without_ad(AD_AFTER_SHORT_FIRST_PARAGRAPH),
    _swap_ad(
        AD_AFTER_SHORT_FIRST_PARAGRAPH,
        Part(role="sidebar", lines=("Lesen Sie auch", "Regierung kippt Rentenreform")),
    ),
)
"""Body: a "Lesen Sie auch" box between two paragraphs (it once cut the body)."""


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
    pinned_page(
        "Government unveils plan to cut energy prices",
        (
            "Several aid groups criticised the budget for next year on Tuesday.",
            "The regional authority announced a new plan for public transport after weeks of "
            "talks with the unions. Local officials signed a report on water quality in a "
            "written statement according to the official figures.",
            "The central bank discussed a new plan for housing at a meeting with local mayors "
            "on Monday. Farmers in the north will review the budget for the coming year for "
            "the third time this year.",
        ),
        "headline body",
        date=(dt.date(2015, 1, 1), "January 1, 2015"),
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


_TOP_THEMEN = Part(
    role="sidebar",
    lines=(
        "Top-Themen",
        "Landwirte lehnen Brückenprojekt ab",
        "Landkreis stoppt Schulschließungen nach langem Streit",
        "Stadtrat warnt vor Steuererhöhung für Vermieter",
    ),
)


_DE_AD_ENDING_PAGE = pinned_page(
    "Landwirte prüfen neues Busnetz",
    _DE_SHORT_ENDING,
    "headline date",
    *(_paragraph(p) for p in _DE_SHORT_ENDING[:2]),
    ("ad", "Anzeige"),
    ("body", _DE_SHORT_ENDING[2]),
    lang="de",
    date=(dt.date(2009, 3, 16), "16. März 2009"),
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


_AD_OVER_LAST_PARAGRAPH_PAGE = _night_bus_page(
    ("body", _NIGHT_BUS[0]),
    _paragraph(_NIGHT_BUS[1], gap=0),
    ("ad", "Advertisement"),
    ("body", _NIGHT_BUS[3]),
    ("tags", "Tags: Transport, City council"),
    paragraphs=(_NIGHT_BUS[0], _NIGHT_BUS[1], _NIGHT_BUS[3]),
)


AD_OVER_LIST_OVER_LAST_PARAGRAPH = pair_with(
    _AD_OVER_LAST_PARAGRAPH_PAGE,
    5,
    (
        "sidebar",
        "Latest news",
        "Minister scraps new bus network amid protests",
        "Court backs tax rise for landlords",
        "March 10, 2019",
    ),
)
"""Body (text; random mid-body pages, seeds 21 and 26): an ad line under two glued paragraphs,
then a glued list over the article's last paragraph: the ad slot does not part the list from the
article above, which the list's blank line then resumes."""


_AD_GLUED_PAGE = _night_bus_page(
    ("body", _NIGHT_BUS[0]),
    ("ad", "Advertisement"),
    _paragraph(_NIGHT_BUS[1], gap=0),
    ("subheading", "The background"),
    _paragraph(_NIGHT_BUS[2], gap=0),
    ("subheading", "What happens next"),
    _paragraph(_NIGHT_BUS[3], gap=0),
    ("newsletter", "Newsletter", "Sign up for our newsletter", "Subscribe"),
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
