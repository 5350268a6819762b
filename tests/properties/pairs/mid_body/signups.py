"""Pinned pairs whose block between two paragraphs is a sign-up or newsletter box, an ad or a
share line, often over short paragraphs."""

from __future__ import annotations

import datetime as dt

from tests.properties.pages.body import (
    _GENEVE,
    _SHORT_LAST_FR,
    AD_BEFORE_SHORT_LAST_PARAGRAPH,
    AD_BETWEEN_SHORT_PARAGRAPHS,
)
from tests.properties.pages.texts import (
    _DE_QUOTE_1,
)
from tests.properties.pairs.mid_body.shared import (
    _AD_BETWEEN_TWO_SHORT_PARAGRAPHS,
    _SHORT_LAST_EN,
    _SHORT_LEAD,
    _without_ad,
)
from tests.properties.pairs.night_bus import (
    _NIGHT_BUS,
    _night_bus_page,
    _paragraph,
)
from tests.strategies import (
    Part,
    insert_part,
    pair_with,
    pinned_page,
)

SIGN_UP_BEFORE_AD_AND_SHORT_LAST_PARAGRAPH = pair_with(
    AD_BEFORE_SHORT_LAST_PARAGRAPH,
    4,
    (
        "newsletter",
        "Newsletter",
        "Sign up for our newsletter",
        "Enter your email address",
        "Subscribe",
    ),
)
"""Body (text, found by the ci profile): a sign-up box and an ad line cost more than the short
last paragraph under them weighs, which was cut off."""


_THIRD_FR = (
    "La ministre a rappelé que le budget des transports devait encore être voté au printemps."
)


_SUBHEADED_AFTER_AD = pinned_page(
    "Le gouvernement défend un plan contre la hausse de l'énergie",
    (_GENEVE, _SHORT_LAST_FR, _THIRD_FR),
    "headline date",
    ("body", _GENEVE),
    ("ad", "Publicité"),
    ("subheading", "La suite"),
    ("body", _SHORT_LAST_FR, _THIRD_FR),
    lang="fr",
    date=(dt.date(2020, 2, 23), "2020-02-23"),
    dateline="GENÈVE",
)


SIGN_UP_BETWEEN_SUBHEADING_AND_PARAGRAPH = pair_with(
    _SUBHEADED_AFTER_AD,
    5,
    (
        "newsletter",
        "Newsletter",
        "Sign up for our newsletter",
        "Enter your email address",
        "Subscribe",
    ),
)
"""Body (text, ci and dev profiles): an ad line, a sub-heading, then a sign-up box between the
first paragraph and the rest: the first paragraph was cut off (fixed)."""


_HAMBURG = (
    "HAMBURG (AFP) - Der Ausschuss präsentierte eine Einigung mit den Gewerkschaften in einer "
    "schriftlichen Erklärung vor Journalisten trotz heftiger Kritik."
)


_NEWSLETTER_PAGE = pinned_page(
    "Regierung stellt Plan gegen hohe Energiepreise vor",
    (_HAMBURG, _DE_QUOTE_1),
    "headline byline date body",
    lang="de",
    date=(dt.date(2025, 11, 24), "2025-11-24"),
    by=("Autor: Miriam Müller", "Miriam Müller"),
    dateline="HAMBURG",
)


NEWSLETTER_BETWEEN_PARAGRAPHS = pair_with(
    _NEWSLETTER_PAGE, 4, ("newsletter", "Newsletter", "Jetzt abonnieren")
)
"""Body: a two-line newsletter box between two paragraphs (it once dropped the second one)."""


AD_INSERTED_BETWEEN_SHORT_PARAGRAPHS = (
    _without_ad(AD_BETWEEN_SHORT_PARAGRAPHS),
    AD_BETWEEN_SHORT_PARAGRAPHS,
)
"""Body: the same page without and with one "Anzeige" line between its two paragraphs."""


SHARE_BEFORE_AD_BETWEEN_SHORT_PARAGRAPHS = pair_with(
    _AD_BETWEEN_TWO_SHORT_PARAGRAPHS, 5, ("widget", "Share")
)
"""Body (HTML): a "Share" line added before an ad line between two short paragraphs once dropped
the first paragraph (found by the random search, seed 3 of 'explore')."""


SIGN_UP_BEFORE_AD_BETWEEN_SHORT_PARAGRAPHS = pair_with(
    _AD_BETWEEN_TWO_SHORT_PARAGRAPHS,
    5,
    (
        "newsletter",
        "Newsletter",
        "Sign up for our newsletter",
        "Enter your email address",
        "Subscribe",
    ),
)
"""Body (HTML): a sign-up box inside the article container, whose "Newsletter" and "Subscribe"
lines read as navigation, once cost more than a short paragraph weighs (found by the random
search, seed 4 of 'explore', before the last paragraph)."""


_TAGGED_PAGE = _night_bus_page(
    ("body", _NIGHT_BUS[0]),
    ("body", _NIGHT_BUS[1]),
    ("body", _NIGHT_BUS[2]),
    ("body", _SHORT_LAST_EN),
    ("tags", "Tags: Transport"),
    paragraphs=(*_NIGHT_BUS[:3], _SHORT_LAST_EN),
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
    ("body", _SHORT_LEAD),
    ("subheading", "The background"),
    *map(_paragraph, _NIGHT_BUS[1:]),
    paragraphs=(_SHORT_LEAD, *_NIGHT_BUS[1:]),
)


SHORT_LEAD_OVER_SIGN_UP_BOX_PAGES = pair_with(_SHORT_LEAD_SECTIONS_PAGE, 3, _SIGN_UP)
"""Body (text; random mid-body pages, seeds 10, 29 and 35): a one-sentence lead, a sign-up box,
then a sub-heading over the article's paragraphs: the box under the lead, over more prose, costs
a line (``weights._box_under_lead``)."""


_SHARED_PAGE = _night_bus_page(
    *map(_paragraph, (*_NIGHT_BUS[:3], _SHORT_LAST_EN)),
    Part(role="widget", lines=("Share",), gap=0),
    ("footer", "© 2019 The Evening Post. All rights reserved."),
    paragraphs=(*_NIGHT_BUS[:3], _SHORT_LAST_EN),
)


SIGN_UP_OVER_SHORT_LAST_PARAGRAPH_AND_SHARE_PAGES = pair_with(_SHARED_PAGE, 5, _SIGN_UP)
"""Body (text; random mid-body pages, seed 25): a sign-up box over the article's short last
sentence, a share button glued under it, then the footer: prose running to a share bar glued
under it closes the article (``layout._closing_paragraphs``)."""
