"""Pinned pairs whose block outside the body is a list or teaser box: sidebars, "Most read"
and "Read also" boxes, list boxes and newsletter pitches, over or under the headline area,
above the body or after it."""

from __future__ import annotations

import datetime as dt

import attrs

from tests.properties.pages.body import (
    _SHORT_LAST_FR,
    AD_BEFORE_SHORT_LAST_PARAGRAPH,
)
from tests.properties.pages.headline import (
    _FR_QUOTE,
)
from tests.properties.pages.texts import (
    _DE_QUOTE_1,
)
from tests.properties.pairs.around_body.shared import (
    _DE_HEADLINE,
    _READ_ALSO_HEADLINE,
    _SHORT_ARTICLE,
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
    pair_with,
    pinned_page,
)

SIDEBAR_BEFORE_SHORT_ARTICLE = pair_with(
    _SHORT_ARTICLE,
    0,
    (
        "sidebar",
        "The Latest",
        "The government announced a new plan for public transport on Tuesday.",
        "The government announced a new plan for public transport on Tuesday after weeks "
        "of talks with the unions and the city.",
    ),
)
"""Body: teaser sentences under a "Latest" heading placed before a one-paragraph article
outweigh it (no article prose precedes the heading, so nothing marks its section's end)."""


_GLUED_HEADLINE_PAGE = pinned_page(
    "Regierung stellt Plan gegen hohe Energiepreise vor",
    _DE_QUOTE_1,
    ("section", "Politik"),
    "headline date",
    ("caption", "Demonstranten versammeln sich am Montagabend vor dem Rathaus.", "Foto: dpa"),
    "body",
    lang="de",
)


_GLUED_HEADLINE_PAGE = attrs.evolve(
    _GLUED_HEADLINE_PAGE,
    parts=tuple(
        attrs.evolve(p, gap=0) if p.role in ("headline", "date") else p
        for p in _GLUED_HEADLINE_PAGE.parts
    ),
)


LIST_BOX_GLUED_TO_HEADLINE = pair_with(
    _GLUED_HEADLINE_PAGE,
    1,
    (
        "sidebar",
        "Neueste Artikel",
        "Regierung stellt Plan gegen hohe Energiepreise vor",
        "Die Bundesregierung kündigte einen neuen Plan für den Nahverkehr am Dienstag an.",
        "Die Bundesregierung kündigte einen neuen Plan für den Nahverkehr nach "
        "wochenlangen Verhandlungen an.",
    ),
)
"""Body (found by the random search, seed 2 of 'explore'): a "Latest" list box printed right
above the headline, with no blank line between them, runs on to the headline and date lines;
its teaser sentences once outweighed those lines and started the body."""


_READ_ALSO_PAGE = pinned_page(
    _READ_ALSO_HEADLINE,
    f"PARIS — {_FR_QUOTE}",
    "headline",
    Part(role="date", lines=("1er janvier 2005",), gap=0),
    "body",
    lang="fr",
    dateline="PARIS",
)


READ_ALSO_TEASER_OVER_HEADLINE = pair_with(
    _READ_ALSO_PAGE,
    0,
    ("sidebar", "À lire aussi", "Le gouvernement présente un plan contre la hausse de l'énergie"),
)
"""Headline and body (found by the random search, seed 2 of 'explore'): a "Read also" box
over the headline whose teaser is the headline's first words took the headline, the real
headline counting as its standfirst and as a line wrapping it; the headline then opened
the body."""


TEASER_QUOTES_SHORT_LAST_PARAGRAPH = pair_with(
    AD_BEFORE_SHORT_LAST_PARAGRAPH,
    0,
    ("sidebar", "Les plus lus", "Le gouvernement défend un plan", _SHORT_LAST_FR),
)
"""Body (found by the random search, seed 5 of 'explore'): a "Most read" box above the article
whose blurb is the article's short last paragraph made that paragraph a repeat, weighing a
tenth: the ad line before it then cut it off."""


TEASERS_APART_UNDER_GLUED_LIST = (
    _NIGHT_BUS_PAGE,
    _night_bus_page(
        *map(_paragraph, _NIGHT_BUS),
        ("sidebar", "More stories", "Opinion columns"),
        Part(
            role="sidebar",
            lines=(
                "Editorial: a lasting legacy for the city",
                "The former mayor was a relentless reformer, a thinker and a builder of bridges.",
                "Wave of stupidity: doctors know best",
                "It seems we are being swamped by a wave of stupidity in the public debate.",
            ),
            inner_gap=1,
        ),
        (
            "sidebar",
            "Most read",
            "Minister scraps new bus network amid protests",
            "Court backs tax rise for landlords",
        ),
    ),
)
"""Body (text): teasers printed apart as title and blurb under a glued list, over another
box's heading, stay out of the body (the counterpart of ``ONE_PARAGRAPH_SECTIONS_UNDER_A_BOX``,
as readability/herald-sun-1 ends: such sections close a box only over the page's end or its
furniture)."""


_SHARE_BAR = Part(role="widget", lines=("Share", "Print", "Copy link"))


_SHARE_BUTTON = Part(role="widget", lines=("WhatsApp",))


_LOGIN_NOTICE = Part(
    role="comments",
    lines=("Comments", "Please log in to comment on this article."),
    inner_gap=1,
)


_GLUED_ARTICLE = (
    _paragraph(_NIGHT_BUS[0]),
    *(_paragraph(p, gap=0) for p in _NIGHT_BUS[1:]),
)


_LONG_MOST_READ = Part(
    role="sidebar",
    lines=(
        "Most read",
        "Finance ministers criticised the budget for the coming year by a narrow "
        "majority at a meeting with local officials since the start of 2017.",
        "Rail operator warns over the rise in the property tax for landlords to the "
        "general surprise of the city",
    ),
)


MOST_READ_UNDER_SHARE_BAR_OF_GLUED_ARTICLE = (
    _night_bus_page(*_GLUED_ARTICLE, _SHARE_BAR, _LOGIN_NOTICE),
    _night_bus_page(*_GLUED_ARTICLE, _SHARE_BAR, _LONG_MOST_READ, _LOGIN_NOTICE),
)
"""Body (text, explore seeds 4 and 22): in an article printed without blank lines between its
paragraphs, a "Most read" list glued under its heading, below the share bar that closes the
article, whose first teaser is a long sentence and second a long title (40 words together),
"resumed the article" at once: the box closed with no teaser and both teasers joined the body
(fixed: a box printed apart under article prose whose lines run glued down to a cue line
printed apart, or the page's end, holds them all; ``patterns._glued_to_section``)."""


MOST_READ_UNDER_SHARE_BUTTON_OF_GLUED_ARTICLE = (
    _night_bus_page(*_GLUED_ARTICLE, _SHARE_BUTTON, _LOGIN_NOTICE),
    _night_bus_page(*_GLUED_ARTICLE, _SHARE_BUTTON, _LONG_MOST_READ, _LOGIN_NOTICE),
)
"""Body (text, explore seed 22): the same list under one share button, so right under the
article's last paragraph but one line (a box "inside" the article)."""


_REPEATED_HEADLINE_PAGE = pinned_page(
    "Anwohner verteidigt Regeln für Ferienwohnungen",
    "Die Landwirte im Norden begrüßte die Reform der Rentenversicherung seit Anfang 2017 in "
    "einer schriftlichen Erklärung in der Hauptstadt.",
    "headline byline date body",
    lang="de",
    date=(dt.date(2005, 12, 7), "7. Dezember 2005"),
    by=("Von Katrin Müller", "Katrin Müller"),
)


SIDEBAR_REPEATS_HEADLINE = pair_with(
    _REPEATED_HEADLINE_PAGE,
    4,
    (
        "sidebar",
        "Neueste Artikel",
        "Regierung verschiebt Plan gegen hohe Energiepreise trotz Protesten",
        "Anwohner verteidigt Regeln für Ferienwohnungen",
    ),
)
"""Body (HTML): a "Latest" list after the body repeats the headline; the declared title is
matched to that later block and the whole body before it is dropped as "before-headline"."""


_DE_ONE_PARAGRAPH = (
    "BERLIN — „Wir werden keinen Plan akzeptieren, der die ärmsten Familien zurücklässt“, "
    "sagte Anna Müller."
)


_SHARE_AFTER_ONE_PARAGRAPH = pinned_page(
    "Regierung stellt Plan gegen hohe Energiepreise vor",
    _DE_ONE_PARAGRAPH,
    ("section", "Politik"),
    Part(role="headline", lines=("Regierung stellt Plan gegen hohe Energiepreise vor",), gap=0),
    Part(role="date", lines=("1. Januar 2005",), gap=0),
    Part(role="updated", lines=("Aktualisiert am 2. Januar 2005",), gap=0),
    ("caption", "Demonstranten versammeln sich am Montagabend vor dem Rathaus.", "Foto: dpa"),
    "body",
    Part(role="widget", lines=("Teilen",), gap=0),
    lang="de",
    updated_text="Aktualisiert am 2. Januar 2005",
    dateline="BERLIN",
)


READ_ALSO_BLURB_OVER_SHARE_BUTTON = pair_with(
    _SHARE_AFTER_ONE_PARAGRAPH,
    6,
    (
        "sidebar",
        "Auch interessant",
        "Regierung stellt Plan gegen hohe Energiepreise vor",
        "Die Bundesregierung kündigte einen neuen Plan für den Nahverkehr am Dienstag an.",
    ),
)
"""Body (found by the random search, seed 12 of 'explore'): an "Auch interessant" box after a
one-paragraph article, printed without blank lines, with a share button glued under its
blurb: the button was read as an embed inside the article, so the blurb joined the body."""


_ES_HEADLINE = "El Gobierno presenta un plan contra la subida de la luz"


_ES_SAID = (
    "María García dijo: «No vamos a aceptar un plan que deje atrás a las familias más pobres».",
    "«No vamos a aceptar un plan que deje atrás a las familias más pobres», explicó María García.",
)


_CAPTIONED_PAGE = pinned_page(
    _ES_HEADLINE,
    _ES_SAID,
    Part(role="headline", lines=(_ES_HEADLINE,), gap=0),
    Part(role="date", lines=("1 de enero de 2005",), gap=0),
    (
        "caption",
        "Manifestantes reunidos frente al ayuntamiento el lunes por la tarde.",
        "Foto: EFE",
    ),
    "body",
    lang="es",
)


def _most_read_over_body(item: str) -> tuple[Page, Page]:
    """The captioned page, and the same page with a one-item "Most read" box over its body."""
    box = Part(role="sidebar", lines=("Lo más leído", item))
    return pair_with(_CAPTIONED_PAGE, 3, box)


CAPTION_OVER_MOST_READ_OVER_BODY = _most_read_over_body(
    "La ciudad cierra el puente viejo tras una larga disputa"
)
"""Body (text, explore seed 5): the caption sentence was the whole body, the paragraphs were
sidebar: the caption counted as article prose, so the box's heading ended the article."""


CAPTION_OVER_MOST_READ_REPEATING_HEADLINE = _most_read_over_body(
    f"{_ES_HEADLINE} tras una larga disputa"
)
"""Body (text, explore seed 5): the box's item, the headline run on, was read as the lead."""


_WE_WILL_NOT = (
    "“We will not accept a plan that leaves the poorest families behind,” James Thompson said."
)


_SUBHEADED_PARAGRAPHS = (
    f"WASHINGTON — {_WE_WILL_NOT}",
    f"{_WE_WILL_NOT} The central bank debated a new plan for public transport on Tuesday.",
    f"{_WE_WILL_NOT} The government announced a new plan for public transport on Tuesday.",
)


_SUBHEADED_PAGE = pinned_page(
    "Government unveils plan to cut energy prices",
    _SUBHEADED_PARAGRAPHS,
    "headline byline date",
    ("body", _SUBHEADED_PARAGRAPHS[0]),
    ("subheading", "What happens next"),
    *(("body", p) for p in _SUBHEADED_PARAGRAPHS[1:]),
    date=(dt.date(2025, 10, 12), "October 12, 2025"),
    by=("James Thompson and James Smith-Jones", "James Thompson", "James Smith-Jones"),
    dateline="WASHINGTON",
)


MOST_READ_OVER_HEADLINE_AND_SUBHEADING = pair_with(_SUBHEADED_PAGE, 0, ("sidebar", "Most read"))
"""Body (explore seed 21): the lead and the sub-heading under it went (text dump only): the
"Most read" box above the headline ran on to the sub-heading, the article resuming under it."""


_PLAN_DE = "Die Bundesregierung kündigte einen neuen Plan für den Nahverkehr am Dienstag an."


_SHORT_SUBHEADED_PARAGRAPHS = (
    _DE_QUOTE_1,
    _PLAN_DE,
    f"{_DE_QUOTE_1} {_PLAN_DE}",
    f"{_DE_QUOTE_1} {_PLAN_DE[:-4]} nach wochenlangen Verhandlungen an.",
)


def _short_subheaded_page(*above: tuple[str, ...]) -> Page:
    """A page whose paragraph under the sub-heading is short, under ``above``'s parts."""
    return pinned_page(
        _DE_HEADLINE,
        _SHORT_SUBHEADED_PARAGRAPHS,
        *above,
        Part(role="headline", lines=(_DE_HEADLINE,), gap=0 if above else 1),
        Part(role="date", lines=("1. Januar 2005",), gap=0),
        ("body", _SHORT_SUBHEADED_PARAGRAPHS[0]),
        ("subheading", "Wie es weitergeht"),
        *(("body", p) for p in _SHORT_SUBHEADED_PARAGRAPHS[1:]),
        lang="de",
    )


MOST_READ_OVER_SUBHEADING_AND_SHORT_PARAGRAPH = (
    _short_subheaded_page(),
    _short_subheaded_page(("sidebar", "Neueste Artikel", _DE_HEADLINE, _DE_HEADLINE)),
)
"""Body (text, dev profile): the lead and the sub-heading went into the box above: the article
resumed (two lines of 40 words) only one paragraph under the sub-heading, too far under the
lead for the box to end above it. Three paragraphs printed apart resume it now."""


_FR_META_PAGE = pinned_page(
    "Le tribunal alerte sur le projet de pont",
    "Les agriculteurs du nord ont signé un rapport sur la qualité de l'eau devant la presse.",
    "headline",
    ("meta", "Par Camille de La Roche et Camille Benali - Publié le 19 octobre 2009 à 10h27"),
    ("caption", "Des manifestants rassemblés devant la mairie lundi soir.", "Crédit : Reuters"),
    "body",
    lang="fr",
    date=(dt.date(2009, 10, 19), "Publié le 19 octobre 2009 à 10h27"),
    by=("Par Camille de La Roche et Camille Benali", "Camille de La Roche", "Camille Benali"),
)


SIDEBAR_UNDER_BYLINE_AND_DATE = pair_with(
    _FR_META_PAGE,
    2,
    Part(
        role="sidebar",
        lines=(
            "Vous aimerez aussi",
            "Les enquêteurs ont salué de nouvelles règles pour les locations saisonnières "
            "mardi après des semaines de discussions malgré de vives critiques.",
            "L'hôpital défend le nouveau réseau de bus malgré les protestations",
            "mardi 22 septembre 2009",
            "Les riverains reportent les coupes budgétaires à la surprise générale",
        ),
        gap=2,
    ),
)
"""Body (text, explore seed 19): a one-paragraph article under a "Vous aimerez aussi" box and a
photo caption lost its body: the byline and date line over the box (15 words, no stop, prose
0.5) passed for article prose, so the box read as a section after the article, discounting all
under it. A line of under 25 words without a stop no longer makes a sidebar heading a section."""


_LONG_FR_HEADLINE = "La SNCF alerte sur la hausse de la taxe foncière après un long bras de fer"


_LONG_HEADLINE_PAGE = pinned_page(
    _LONG_FR_HEADLINE,
    "Le conseil municipal a approuvé un nouveau plan pour les transports malgré de vives "
    "critiques.",
    "headline date body",
    lang="fr",
    date=(dt.date(2018, 9, 1), "1 septembre 2018 à 15h57"),
)


NEWSLETTER_PITCH_OVER_LONG_HEADLINE = pair_with(
    _LONG_HEADLINE_PAGE,
    0,
    ("newsletter", "Newsletter", "Abonnez-vous", "Recevez chaque matin l'essentiel de l'actualité"),
)
"""Body (text, explore seed 7): the newsletter's pitch line was the headline, and the real
headline became the first body paragraph: the pitch, under a widget line, read as a title
opening a run, so the headline under it was charged as its standfirst. A line glued under a
sign-up button ("Abonnez-vous") is the box's pitch now: no title, and a box line's penalty."""
