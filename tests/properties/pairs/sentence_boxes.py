"""Pinned pairs of the nineteenth round's explore seeds, still open: boxes whose teasers are
whole sentences, set among an article's paragraphs or over its headline (strict xfails in
``tests/properties/test_open_pairs.py``)."""

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
the last paragraph goes (with two paragraphs under the box, the box's sentence joins the
body instead). With one paragraph above the box it passes: the box's bounds are its blank
lines, which ``patterns.closed_boxes`` does not read for a "Read also" heading (``one``)
under a glued run of paragraphs."""

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
box's two sentences become the body and the site's name the headline. The seed-114 class (a
box of long sentences over a short article); the greedy shrink keeps every part (without the
boxes under the article it passes)."""

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
open the body (``patterns._box_end`` reads the first sentence as the article resuming, before
the blank line that meets the byline; a rule ending such a box at the byline or date line
printed apart under it is not reached)."""

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
one paragraph): the last section goes. The class of
``READ_ALSO_SENTENCE_UNDER_GLUED_PARAGRAPHS`` (a "Read also" box of one sentence under glued
paragraphs)."""
