"""Pinned pairs of the nineteenth round's explore seeds: boxes whose teasers are whole
sentences, set among an article's paragraphs or over its headline (``@example`` pages of
the properties that found them, in ``tests/properties/test_text_mid_body.py`` and
``tests/properties/test_text_around_body.py``)."""

from __future__ import annotations

import datetime as dt

import attrs

from tests.strategies import Page, Part, pair_with, pinned_page

_DE_PARAGRAPHS = (
    "Die Lehrkräfte diskutierte neue Regeln für Ferienwohnungen mit knapper Mehrheit nach "
    "Angaben der Behörden.",
    "Die Polizei verteidigte einen neuen Plan für den Nahverkehr nach wochenlangen Verhandlungen.",
    "Die Lehrkräfte billigte einen neuen Plan für den Nahverkehr bei einem Treffen mit den "
    "Kommunen.",
)


def _read_also_under_glued_paragraphs() -> tuple[Page, Page]:
    first, second, third = _DE_PARAGRAPHS
    page = pinned_page(
        "Gewerkschaften lehnt Rentenreform ab",
        _DE_PARAGRAPHS,
        "headline date",
        Part(role="body", lines=(first,)),
        Part(role="body", lines=(second,), gap=0),
        Part(role="body", lines=(third,)),
        lang="de",
        date=(dt.date(2010, 6, 18), "18.06.2010"),
    )
    box = Part(
        role="sidebar",
        lines=(
            "Lesen Sie auch",
            "Der Ausschuss präsentierte die Ergebnisse der Ermittlungen vor der Sommerpause.",
        ),
    )
    return pair_with(page, 4, box)


READ_ALSO_SENTENCE_UNDER_GLUED_PARAGRAPHS = _read_also_under_glued_paragraphs()
"""Body (text; explore seed 118, ``test_boilerplate_between_paragraphs_leaves_text_body_
unchanged``): a "Lesen Sie auch" box of one sentence glued under its heading, printed apart
from two paragraphs glued together above it and from the article's last paragraph under it:
the last paragraph went (with two paragraphs under the box, the box's sentence joined the
body instead). With one paragraph above the box it passed: the box's bounds are its blank
lines, which ``patterns.closed_boxes`` did not read for a "Read also" heading (``one``)
under a glued run of paragraphs. Fixed: a sentence glued under a "Read also" heading printed
apart, and over a blank line, is its teaser, whether or not the paragraph above the heading
was printed apart too (``patterns._box_end``)."""

_ES_BODY = (
    "El Gobierno defendió un nuevo plan de transporte público en una reunión con los "
    "alcaldes por una estrecha mayoría pese a las duras críticas. El Gobierno anunció un "
    "programa de ayuda a las pequeñas granjas en la capital."
)
_ES_HEADLINE = "Los agricultores suspende la fusión de hospitales por sorpresa"


def _related_sentences_over_headline() -> tuple[Page, Page]:
    page = pinned_page(
        _ES_HEADLINE,
        _ES_BODY,
        Part(role="nav", lines=("Suscríbete",), gap=0),
        Part(role="site", lines=("La Crónica Regional",), gap=0),
        ("section", "Economía"),
        Part(role="headline", lines=(_ES_HEADLINE,), gap=2),
        ("widget", "Enviar", "Imprimir", "Copiar enlace", "WhatsApp"),
        ("date",),
        Part(role="byline", lines=("Por José de la Fuente",), gap=0),
        ("tags", "Temas: Elecciones · Vivienda"),
        ("body",),
        Part(role="comments", lines=("Escribe un comentario", "Nombre"), inner_gap=1),
        (
            "sidebar",
            "Lee también",
            "La diputación pide la reforma de las pensiones tras una larga disputa",
        ),
        Part(role="sidebar", lines=("Más noticias", "18 de enero de 2014"), gap=2),
        lang="es",
        date=(dt.date(2013, 12, 20), "Publicado el 20 diciembre 2013"),
        by=("Por José de la Fuente", "José de la Fuente"),
        tags=("Elecciones", "Vivienda"),
    )
    box = (
        "sidebar",
        "Noticias relacionadas",
        "El hospital presenta la reforma de las pensiones?",
        "La comisión firmó la construcción de un nuevo puente en una reunión con los alcaldes "
        "por una estrecha mayoría pese a las duras críticas.",
        "La comisión rechazó los cambios en el sistema de salud en la capital en una reunión "
        "con los alcaldes.",
    )
    return pair_with(page, 2, box)


RELATED_SENTENCES_OVER_HEADLINE = _related_sentences_over_headline()
"""Body (text; explore seed 118, ``test_boilerplate_outside_the_body_leaves_text_body_
unchanged``): a "Noticias relacionadas" box of a title and two sentences between the site's
name and the section label, over an article of one paragraph (two sentences) under a share
bar, date, byline and tag line, with a comments form and two short teaser boxes under it: the
box's two sentences became the body and the site's name the headline. The seed-114 class (a
box of long sentences over a short article); the greedy shrink keeps every part (without the
boxes under the article it passed). Fixed: a text dump's box over the article whose lines
run glued under its heading down to a blank line and the page's next section (a menu
line, the headline, a sub-heading) is all teasers (``patterns._glued_to_section``)."""


def _related_sentences_moved(where: int) -> tuple[Page, Page]:
    page, noisy = RELATED_SENTENCES_OVER_HEADLINE
    return pair_with(page, where, noisy.parts[2])


RELATED_SENTENCES_ON_FIRST_LINE = _related_sentences_moved(0)
"""Body (text): :data:`RELATED_SENTENCES_OVER_HEADLINE`'s box on the page's first line, glued
over the menu line and the site's name: the box's lines run to the section label printed
apart, all of them teasers (its heading has no blank line before it: the page starts)."""

RELATED_SENTENCES_OVER_HEADLINE_APART = _related_sentences_moved(3)
"""Body (text): :data:`RELATED_SENTENCES_OVER_HEADLINE`'s box under the section label, its
glued lines printed apart over the headline: the headline, a plain line that is no
paragraph, ends the box as a menu line would."""

_EN_BODY = (
    "SAN FRANCISCO (AP) — The central bank will review the plan to build a new bridge in front "
    "of reporters during a press conference in a written statement.",
    "Several aid groups approved the decision to close two schools during a press conference "
    "to the surprise of many observers in front of reporters. Opposition leaders criticised the "
    "plan to build a new bridge after a long debate in parliament.",
    "Farmers in the north signed the changes to the health service in a written statement "
    "before the summer break. Hospital staff approved the proposal to raise local taxes "
    "despite strong criticism.",
    "The committee signed the proposal to raise local taxes on Tuesday.",
)


def _dont_miss_over_byline() -> tuple[Page, Page]:
    first, *rest = _EN_BODY
    page = pinned_page(
        "City council backs bridge project amid protests",
        _EN_BODY,
        Part(role="headline", lines=("City council backs bridge project amid protests",), gap=0),
        ("widget", "Tweet"),
        ("byline",),
        ("date",),
        Part(role="body", lines=(first,)),
        *(Part(role="body", lines=(p,), gap=0) for p in rest),
        Part(role="comments", lines=("Leave a Reply", "Post Comment"), gap=2, inner_gap=1),
        ("newsletter", "Newsletter"),
        Part(role="footer", lines=("© 2018 Northern Herald. All rights reserved.",), gap=2),
        date=(dt.date(2018, 1, 4), "First published on 4 January 2018"),
        by=(
            "Words by David Lindqvist, Mei Carter & Hannah Ramirez | Reuters",
            "David Lindqvist",
            "Mei Carter",
            "Hannah Ramirez",
        ),
        dateline="SAN FRANCISCO",
    )
    box = (
        "sidebar",
        "Don't miss",
        "Dec. 14, 2017",
        "The government agreed on a report on water quality for the third time this year at a "
        "meeting with local leaders in front of reporters.",
        "The finance minister presented the budget for the coming year during a press "
        "conference after weeks of talks as costs continue to rise.",
    )
    return pair_with(page, 2, box)


DONT_MISS_SENTENCES_OVER_BYLINE = _dont_miss_over_byline()
"""Body (text; explore seed 119, ``test_sidebar_or_comments_anywhere_leave_text_body_
unchanged``): a "Don't miss" box of a date and two sentences glued under its heading, between
the share bar and the byline, over an article whose paragraphs are glued: the box's sentences
opened the body (``patterns._box_end`` read the first sentence as the article resuming,
before the blank line that meets the byline; a rule ending such a box at the byline or date
line printed apart under it was not reached). Fixed: a box over the article whose first
teaser, glued under its heading, is a bare date line over a sentence lists sentences as a
"Key points" box does, and its first blank line ends it (``patterns._dated_teaser``)."""

DONT_MISS_SENTENCES_ON_FIRST_LINE = pair_with(
    DONT_MISS_SENTENCES_OVER_BYLINE[0], 0, DONT_MISS_SENTENCES_OVER_BYLINE[1].parts[2]
)
"""Body (text): :data:`DONT_MISS_SENTENCES_OVER_BYLINE`'s box on the page's first line, over
the headline: its dated sentences opened the body."""

_ES_SECTIONS = (
    "El banco central presentó la propuesta de subir los impuestos locales en un comunicado "
    "antes del verano durante una rueda de prensa.",
    "Paula Fernández dijo: «Las cifras demuestran que nuestro método funciona y vamos a seguir "
    "con él».",
    "Varias asociaciones celebró la reforma del sistema de pensiones en la capital por tercera "
    "vez este año en un comunicado. La empresa presentó un nuevo plan de transporte público "
    "durante una rueda de prensa.",
    "Los docentes de la región cuestionó un informe sobre la calidad del agua el martes. La "
    "delegación regional defendió los cambios en el sistema de salud por una estrecha mayoría.",
)


def _read_also_over_last_section() -> tuple[Page, Page]:
    lead, quote, more, last = _ES_SECTIONS
    page = pinned_page(
        "Los vecinos respalda los recortes?",
        _ES_SECTIONS,
        ("headline",),
        ("meta", "Por Paula García, José de la Fuente y Sergio Ortega | 31/03/2020 03:20"),
        ("body", lead),
        ("subheading", "Costes y financiación"),
        Part(role="body", lines=(quote,), gap=0),
        Part(role="body", lines=(more,), gap=0),
        ("subheading", "El contexto"),
        Part(role="body", lines=(last,), gap=0),
        ("widget", "Copiar enlace"),
        (
            "sidebar",
            "Más noticias",
            "La comisión criticó el cierre de dos escuelas por tercera vez este año por una "
            "estrecha mayoría.",
        ),
        lang="es",
        date=(dt.date(2020, 3, 31), "31/03/2020 03:20"),
        by=(
            "Por Paula García, José de la Fuente y Sergio Ortega",
            "Paula García",
            "José de la Fuente",
            "Sergio Ortega",
        ),
    )
    page = _headed(page)
    box = Part(
        role="sidebar",
        lines=(
            "Lee también",
            "Los docentes de la región firmó un programa de ayuda a las pequeñas granjas según "
            "las cifras oficiales el martes tras un largo debate en el Congreso.",
        ),
        gap=2,
    )
    return pair_with(page, 6, box)


def _headed(page: Page) -> Page:
    """``page`` with its sub-heading parts in its spec (``make_page`` leaves them out)."""
    heads: list[tuple[int, str]] = []
    n = 0
    for part in page.parts:
        if part.role == "subheading":
            heads.append((n, part.lines[0]))
        elif part.role == "body":
            n += 1
    return attrs.evolve(page, spec=attrs.evolve(page.spec, subheadings=tuple(heads)))


READ_ALSO_SENTENCE_OVER_LAST_SECTION = _read_also_over_last_section()
"""Body (text; explore seed 120, ``test_boilerplate_between_paragraphs_leaves_text_body_
unchanged``): a "Lee también" box of one sentence, printed apart, between a section whose
paragraphs are glued under their sub-heading and the last section (a sub-heading glued over
one paragraph): the last section went. The class of
``READ_ALSO_SENTENCE_UNDER_GLUED_PARAGRAPHS`` (a "Read also" box of one sentence under glued
paragraphs), fixed with it."""

_FR_PARAGRAPHS = (
    "Les enquêteurs a débattu de un accord avec les syndicats devant la presse. Les habitants "
    "du quartier a approuvé un rapport sur la qualité de l'eau dans un communiqué après un "
    "long débat à l'Assemblée dans la capitale.",
    "« Les chiffres montrent que notre méthode fonctionne et nous allons la poursuivre », a "
    "expliqué Inès Rousseau. La ministre des Finances a présenté les changements du système de "
    "santé dans la capitale lors d'une conférence de presse lors d'une réunion avec les élus "
    "locaux.",
    "« Personne n'a encore expliqué d'où viendra tout cet argent », a expliqué Inès Rousseau.",
    "Le conseil municipal a défendu un accord avec les syndicats avant la pause estivale selon "
    "les chiffres officiels. La préfecture a critiqué les changements du système de santé "
    "après des semaines de discussions.",
)
_FR_HEADLINE = "La mairie présente la fusion des hôpitaux après un long bras de fer"


def _latest_over_subheaded_lead() -> tuple[Page, Page]:
    lead, now, context, last = _FR_PARAGRAPHS
    page = pinned_page(
        _FR_HEADLINE,
        _FR_PARAGRAPHS,
        ("section", "Économie"),
        Part(role="headline", lines=(_FR_HEADLINE,), gap=0),
        ("byline",),
        Part(role="widget", lines=("Copier le lien",), gap=0),
        ("date",),
        ("body", lead),
        ("subheading", "Et maintenant"),
        ("body", now),
        ("subheading", "Le contexte"),
        ("body", context),
        ("body", last),
        lang="fr",
        date=(dt.date(2011, 12, 23), "Publié le 2011-12-23"),
        by=(
            "Par Jean-Luc de La Roche et Inès de La Roche",
            "Jean-Luc de La Roche",
            "Inès de La Roche",
        ),
    )
    box = (
        "sidebar",
        "Dernières actualités",
        "Le département présente un plan contre la hausse de l'énergie après un long bras de fer",
        "La préfecture va examiner les résultats de l'enquête devant la presse depuis le début "
        "de 2017 pour la troisième fois cette année.",
        "Les syndicats abandonne la fusion des hôpitaux",
        "04/01/2012",
        "La mairie défend la fusion des hôpitaux?",
        "15 janvier 2012 à 09h30",
        "Les agriculteurs alerte sur le nouveau réseau de bus",
    )
    return pair_with(_headed(page), 5, box)


LATEST_OVER_SUBHEADED_LEAD = _latest_over_subheaded_lead()
"""Body (text; explore seed 121, ``test_sidebar_or_comments_anywhere_leave_text_body_
unchanged``, reduced by hand from the unshrunk page): a "Dernières actualités" box of titles,
a sentence and dates glued under its heading, between the date line and the lead, the lead
printed apart over the article's sub-headed sections ("Et maintenant", "Le contexte"): the
walk read past the lead (no paragraph under it) and the first sub-heading as teasers, and
the box took both. Fixed: under a text dump's box over the article glued under its heading,
a sentence printed apart over a sub-headed section is the article's lead
(``patterns._box_end`` with ``patterns._over_subheading``)."""

_ES_LEAD = "El Gobierno aprobó un nuevo plan de transporte público el martes."
_ES_QUOTE = (
    "«No vamos a aceptar un plan que deje atrás a las familias más pobres», dijo María López."
)


def _most_read_and_ad_under_one_sentence_lead(where: int, *, ad: bool = True) -> tuple[Page, Page]:
    slot = (("ad", "Publicidad"),) if ad else ()
    page = pinned_page(
        "El Gobierno presenta la nueva red de autobuses",
        (_ES_LEAD, _ES_QUOTE),
        ("section", "Política"),
        Part(role="headline", lines=("El Gobierno presenta la nueva red de autobuses",), gap=0),
        "byline date",
        ("body", _ES_LEAD),
        *slot,
        ("body", _ES_QUOTE),
        lang="es",
        date=(dt.date(2016, 10, 28), "Publicado el 28/10/2016"),
        by=("Por Andrés Fernández y Javier López", "Andrés Fernández", "Javier López"),
    )
    box = (
        "sidebar",
        "Lo más leído",
        "La ministra presenta un plan contra la subida de la luz",
        "El Gobierno rechazó un nuevo plan de transporte público el martes.",
    )
    return pair_with(page, where, box)


MOST_READ_AND_AD_UNDER_ONE_SENTENCE_LEAD = _most_read_and_ad_under_one_sentence_lead(5)
"""Body (text; explore seed 121, ``test_boilerplate_between_paragraphs_leaves_text_body_
unchanged``, unshrunk): a "Lo más leído" box of a title and a sentence between a lead of one
short sentence and an ad slot over the article's last paragraph: the box closes, but it
cost a line (``weights._under_sentence``) and the ad slot under it as much again, more
than the lead weighs, and the lead went. Fixed: a box under a sentence and the ad slot
under it are one break, which together cost a line (``weights._charge_box``)."""

MOST_READ_UNDER_AD_UNDER_ONE_SENTENCE_LEAD = _most_read_and_ad_under_one_sentence_lead(6)
"""Body (text): :data:`MOST_READ_AND_AD_UNDER_ONE_SENTENCE_LEAD`'s box under the ad slot: the
ad slot and the box are one break too.

Body (HTML, the same page): the ``<aside>`` box's heading, whose teasers the framed layout
(``layout._framed_layout``) leaves out as chrome lines, had the article's last paragraph for
its next line, so it headed no box (``weights._skips_aside``): a cue line costing more than
the lead weighs, and the lead went (the box over the ad slot was spared only because the ad
slot is an aside line too). Fixed: a heading in the page chrome heads its box."""

MOST_READ_UNDER_ONE_SENTENCE_LEAD = _most_read_and_ad_under_one_sentence_lead(5, ad=False)
"""Body (HTML): :data:`MOST_READ_UNDER_AD_UNDER_ONE_SENTENCE_LEAD` without the ad slot: the
``<aside>`` box alone between the one-sentence lead and the last paragraph."""
