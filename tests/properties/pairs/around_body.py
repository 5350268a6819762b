"""Pinned pairs ``(page, the same page with one block added)`` whose block goes outside the
body: over or under the headline, byline and date, above the body (comments, teasers, most-read
lists, captions) or after it. The text and HTML "outside the body" properties use them.

Each pair's docstring names the block and where it went; the properties say the two pages
parse to the same body.
"""

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

_SHORT_ARTICLE = pinned_page(
    "City council backs budget cuts",
    "The city council approved the budget for the coming year after a long debate on Tuesday.",
    "headline byline date body",
    date=(dt.date(2020, 3, 3), "March 3, 2020"),
    by=("By Laura Carter", "Laura Carter"),
)

LONGER_COMMENT_AFTER_SHORT_ARTICLE = pair_with(
    _SHORT_ARTICLE,
    4,
    (
        "comments",
        "Comments",
        "Comments are closed for this article.",
        "Omar Patel",
        "March 4, 2020",
        "I have lived here for twenty years and nobody ever asked us what we think about "
        "any of it.",
    ),
)
"""Body: after a comments heading, a comment longer than the one-paragraph article wins."""

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

_READ_ALSO_HEADLINE = (
    "Le gouvernement présente un plan contre la hausse de l'énergie après un long bras de fer"
)

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

_WASHINGTON_LEAD = (
    "WASHINGTON — The government announced a new plan for public transport on Tuesday."
)

_THREE_PARAGRAPHS = pinned_page(
    "Government unveils plan to cut energy prices",
    (
        _WASHINGTON_LEAD,
        "The minister said the plan would be funded by savings in other departments.",
        "Critics said the plan did not go far enough and called for a full review of it.",
    ),
    "headline byline date body",
    date=(dt.date(2019, 3, 30), "March 30, 2019"),
    by=("By James Thompson", "James Thompson"),
    dateline="WASHINGTON",
)

COMMENTS_BETWEEN_BYLINE_AND_BODY = pair_with(
    _THREE_PARAGRAPHS,
    3,
    Part(
        role="comments",
        lines=(
            "Comments",
            "The Daily Courier moderates all comments submitted on our website.",
            "Anna Smith",
            "March 30, 2019",
            "I have lived here for twenty years and nobody ever asked us what we think.",
        ),
        inner_gap=1,
    ),
)
"""Body: the comment under the byline was read as the first paragraph (text dump only)."""

_FR_SHORT_PARAGRAPH = "Le gouvernement a annoncé un nouveau plan pour les transports mardi."

_FR_LONG_HEADLINE = _READ_ALSO_HEADLINE

_ONE_SHORT_PARAGRAPH = pinned_page(
    _FR_LONG_HEADLINE, _FR_SHORT_PARAGRAPH, "headline body", lang="fr"
)

COMMENTS_UNDER_A_LONG_HEADLINE = pair_with(
    _ONE_SHORT_PARAGRAPH,
    1,
    Part(
        role="comments",
        lines=("Commentaires", "Votre adresse e-mail ne sera pas publiée."),
        inner_gap=1,
    ),
)
"""Body (ci profile): empty under a comments box between the headline and the paragraph."""

_DATED_SHORT_PARAGRAPH = pinned_page(
    _FR_LONG_HEADLINE, _FR_SHORT_PARAGRAPH, "headline date body", lang="fr"
)

COMMENTS_OVER_DATE_UNDER_LONG_HEADLINE = pair_with(
    _DATED_SHORT_PARAGRAPH, 1, COMMENTS_UNDER_A_LONG_HEADLINE[1].parts[1]
)
"""Body (text, explore seed 6): was empty, the paragraph under the date line read as a comment:
the long headline counts as prose, so the box was crossed only as an empty box, which did not
see past the date line (a 10-word headline, or no date line, parsed right)."""

_DE_HEADLINE = "Regierung stellt Plan gegen hohe Energiepreise vor"

_DE_COMMENT = (
    "Ich wohne seit zwanzig Jahren hier und niemand hat uns jemals nach unserer Meinung gefragt."
)

_DATED_DE_PAGE = pinned_page(
    _DE_HEADLINE,
    (
        "Die Bundesregierung kündigte einen neuen Plan für den Nahverkehr am Dienstag an.",
        "Die Bundesregierung kündigte einen neuen Plan nach wochenlangen Verhandlungen an.",
    ),
    "headline",
    Part(role="date", lines=("1. Januar 2005",), gap=0),
    "body",
    lang="de",
)

HEADED_COMMENT_THREAD_OVER_THE_BODY = pair_with(
    _DATED_DE_PAGE,
    2,
    Part(
        role="comments",
        lines=(
            "Kommentare",
            "Bitte beachten Sie bei Ihrem Beitrag unsere Netiquette.",
            *("Anna Müller", "01.01.2005, 17:05 Uhr", _DE_COMMENT) * 3,
        ),
        inner_gap=1,
    ),
)
"""Body (text, dev profile): the last comment and its date line were read as the first
paragraphs; the thread's first name line was taken for a second, headless thread's heading."""

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

_EN_HEADLINE = "Government scraps plan to cut energy prices in surprise move"

_CAPTIONED_SHORT_PAGE = pinned_page(
    _EN_HEADLINE,
    "The regional authority announced a new plan for public transport according to the "
    "official figures.",
    "headline",
    (
        "caption",
        "Protesters gather outside the town hall on Monday evening.",
        "(Adam Berg/Associated Press)",
    ),
    "body",
    date=(dt.date(2008, 5, 14), "2008-05-14"),
)

CAPTION_OVER_COMMENTS_OVER_BODY = pair_with(
    _CAPTIONED_SHORT_PAGE,
    2,
    Part(
        role="comments",
        lines=(
            "Post a comment",
            "Emily Thompson",
            "2008-05-14",
            "I have lived here for twenty years and nobody ever asked us what we think about it.",
        ),
        inner_gap=1,
    ),
)
"""Body (text, explore seed 8): the comment's sentence became the first body paragraph."""

_ES_SHORT_PAGE = pinned_page(
    "La ministra aplaza el proyecto del puente",
    "Los investigadores defendieron la propuesta de subir los impuestos locales tras un "
    "largo debate en el Congreso.",
    "headline body",
    lang="es",
    date=(dt.date(2015, 9, 5), "5 de septiembre de 2015"),
)

COMMENTER_WITH_PARTICLES_OVER_BODY = pair_with(
    _ES_SHORT_PAGE,
    1,
    Part(
        role="comments",
        lines=(
            "Escribe un comentario",
            "Carmen de la Fuente",
            "08/09/2015",
            "El ayuntamiento tendría que haber decidido esto hace muchos años.",
        ),
        inner_gap=1,
    ),
)
"""Body (text, explore seed 9): the comment's sentence became the first body paragraph; the
commenter's name, four words with particles, was not read as a name (fixed)."""

_DE_QUOTED_LEAD = (
    "„Die Zahlen zeigen, dass unser Weg funktioniert und wir ihn fortsetzen“, erklärte Miriam "
    "Hoffmann."
)

_DE_SECOND = (
    "Die Landwirte im Norden diskutierten einen neuen Plan für den Nahverkehr vor der "
    "Sommerpause. Das Unternehmen präsentierte die Ergebnisse der Ermittlungen am Dienstag."
)

_DE_META_PAGE = pinned_page(
    "Anwohner fordert neues Busnetz nach langem Streit",
    (_DE_QUOTED_LEAD, _DE_SECOND),
    "headline",
    Part(role="widget", lines=("A+ A-", "Facebook"), gap=0),
    ("meta", "Von Anna Hoffmann · Stand: 26.02.2024, 10:15 Uhr"),
    "body",
    lang="de",
    date=(dt.date(2024, 2, 26), "Stand: 26.02.2024, 10:15 Uhr"),
    by=("Von Anna Hoffmann", "Anna Hoffmann"),
)

COMMENT_AND_FORM_OVER_META_LINE = pair_with(
    _DE_META_PAGE,
    2,
    Part(
        role="comments",
        lines=(
            "Kommentare",
            "Bitte melden Sie sich an, um einen Kommentar zu schreiben.",
            "Jörg Weiß",
            "29. Februar 2024",
            "Das hätte der Stadtrat schon vor Jahren entscheiden müssen, jetzt ist es zu spät.",
            "Name",
        ),
        inner_gap=1,
    ),
)
"""Body (text, explore seed 16): a comments box under the headline holding a comment and a form
field ("Name") over the byline and date line: the field, that line and the lead read as one
more comment (name, date, sentence) and the lead was dropped (fixed: a comment's date line is
no byline)."""

_DE_UPDATED_PAGE = pinned_page(
    "Anwohner fordert neues Busnetz nach langem Streit",
    (_DE_QUOTED_LEAD, _DE_SECOND),
    "headline byline",
    Part(role="date", lines=("Aktualisiert am 27. Februar 2024",), gap=0),
    "body",
    lang="de",
    date=(dt.date(2024, 2, 26), "Erschienen am 26. Februar 2024"),
    by=("Von Anna Hoffmann | Erschienen am 26. Februar 2024", "Anna Hoffmann"),
)

COMMENT_AND_FORM_OVER_UPDATE_LINE = pair_with(
    _DE_UPDATED_PAGE,
    2,
    Part(
        role="comments",
        lines=(
            "Kommentare",
            "Ihre E-Mail-Adresse wird nicht veröffentlicht.",
            "Jörg Weiß",
            "27.02.2024",
            "Das hätte der Stadtrat schon vor Jahren entscheiden müssen, jetzt ist es zu spät.",
            "Name",
        ),
        inner_gap=1,
    ),
)
"""Body (text, explore seed 20): a comments box between the byline and the update line, its
form field ("Name") over that line and the lead: they read as one more comment and the lead
was dropped (fixed: a comment's date line opens with no update label)."""

_EN_BRIDGE = "Police investigators approved the plan to build a new bridge after weeks of talks."

_SHARED_SHORT_LEAD = pinned_page(
    "Council approves plan for a new bridge",
    _EN_BRIDGE,
    "headline body",
    Part(role="widget", lines=("Twitter", "Tweet"), gap=0),
    date=(dt.date(2014, 8, 24), "August 24, 2014"),
)

COMMENTS_UNDER_SHARE_BAR_AFTER_SHORT_LEAD = pair_with(
    _SHARED_SHORT_LEAD,
    3,
    Part(
        role="comments",
        lines=(
            "Post a comment",
            "Thomas Patel",
            "26 August 2014",
            "I have lived here for twenty years and nobody ever asked us what we think about it.",
        ),
        inner_gap=1,
    ),
)
"""Body (text, explore seed 11): the comment's sentence became the body, in place of the lead."""

_ES_LONG_HEADLINE = "La diputación alerta sobre un plan contra la subida de la luz por sorpresa"

_ES_SIGNED_PAGE = pinned_page(
    _ES_LONG_HEADLINE,
    "«Las cifras demuestran que nuestro método funciona y vamos a seguir con él», dijo Ana "
    "Belén Fernández.",
    "headline byline date body",
    lang="es",
    date=(dt.date(2012, 6, 22), "22/06/2012"),
    by=("Por José García", "José García"),
)

COMMENTS_HEADING_OVER_BYLINE_UNDER_LONG_HEADLINE = pair_with(
    _ES_SIGNED_PAGE, 1, Part(role="comments", lines=("Comentarios",), gap=2, inner_gap=1)
)
"""Body (text, explore seed 105): empty under a bare comments heading between a long headline
(which counts as prose) and the byline over the date line and the one-paragraph body: the box
was no box between paragraphs (a bare heading is a section's), so its section took the rest.
A byline ("Por ...") over a date line under the heading is the article's: a comment's name
line has no prefix."""

COMMENT_AND_FORM_OVER_BYLINE_UNDER_LONG_HEADLINE = pair_with(
    _ES_SIGNED_PAGE,
    1,
    Part(
        role="comments",
        lines=(
            "Comentarios",
            "Lee nuestras normas de participación antes de comentar.",
            "María Fernández",
            "22/06/2012",
            "El ayuntamiento tendría que haber decidido esto hace muchos años.",
            "Enviar",
            "Correo",
            "Nombre",
        ),
        gap=2,
        inner_gap=1,
    ),
)
"""Body (text, explore seed 105): the same box holding a comment and its form's fields: the
byline and date line under the last field label now close the box too."""
