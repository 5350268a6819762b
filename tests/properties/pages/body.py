"""Pinned pages of body bugs: ads, teaser boxes and blurbs, credits and quotes between or after
the paragraphs."""

from __future__ import annotations

import datetime as dt

import attrs

from tests.properties.pages.texts import (
    _DE_QUOTE_1,
    _DE_QUOTE_2,
    _EN_QUOTE,
    _ES_PARAGRAPH,
    _FR_PARAGRAPH,
)
from tests.strategies import (
    Part,
    pinned_page,
)

AD_BETWEEN_SHORT_PARAGRAPHS = pinned_page(
    "Regierung stellt Plan gegen hohe Energiepreise vor",
    (_DE_QUOTE_1, _DE_QUOTE_2),
    "headline byline date",
    ("body", _DE_QUOTE_1),
    ("ad", "Anzeige"),
    ("body", _DE_QUOTE_2),
    lang="de",
    date=(dt.date(2020, 1, 8), "08.01.2020"),
    by=("Von Anna Weiß", "Anna Weiß"),
)
"""Body: one "Anzeige" line between two short paragraphs cuts the body in two."""


CREDIT_WITH_SPACE_BEFORE_COLON = pinned_page(
    "Le gouvernement présente le projet de pont",
    _FR_PARAGRAPH,
    "headline byline date",
    ("caption", "Des manifestants rassemblés devant la mairie lundi soir.", "Crédit : Reuters"),
    "body",
    lang="fr",
    date=(dt.date(2023, 7, 25), "25 juillet 2023"),
    by=("Par Chloé Dubois", "Chloé Dubois"),
)
"""Body: "Crédit : Reuters" (French spacing) is no credit, so caption and credit join the body."""


_ES_BLURB = (
    "El Gobierno anunció un nuevo plan de transporte público tras un largo debate en el Congreso "
    "el martes."
)


MOST_READ_BLURBS_AFTER_BODY = pinned_page(
    "El Gobierno presenta un plan contra la subida de la luz",
    _ES_PARAGRAPH,
    "headline date body",
    (
        "sidebar",
        "Lo más leído",
        _ES_BLURB,
        _ES_BLURB[:-1] + " tras semanas de negociaciones.",
    ),
    lang="es",
)
"""Body (found by the random search, seed 6 of 'explore'): a "Most read" list of two long
blurbs printed without blank lines under its heading, after an article printed with blank
lines between paragraphs, read as two paragraphs of the article resuming."""


_FR_QUOTE_WORDS = (
    "« Nous n'accepterons pas un plan qui laisse de côté les familles les plus modestes »"
)


SENTENCE_TEASER_AFTER_BODY = pinned_page(
    "Le gouvernement présente un plan contre la hausse de l'énergie",
    (
        f"PARIS — {_FR_QUOTE_WORDS}, a déclaré Camille Dubois.",
        f"{_FR_QUOTE_WORDS}, selon Camille Dubois.",
        "« C'est une bonne journée pour tous ceux qui vivent et travaillent dans cette ville », "
        "a déclaré Camille Dubois.",
    ),
    "headline date body",
    (
        "sidebar",
        "À lire aussi",
        "Le gouvernement présente un plan contre la hausse de l'énergie après un long bras de fer",
        "Le gouvernement a annoncé un nouveau plan pour les transports après des semaines de "
        "discussions après un long débat à l'Assemblée dans la capitale.",
    ),
    lang="fr",
    dateline="PARIS",
)
"""Body: a 'Read also' teaser headline of one long unpunctuated line, printed right under its
heading, once read as the article resuming (found by the random search, seed 2 of 'explore')."""


_FR_BLURB = (
    "Le gouvernement a annoncé un nouveau plan pour les transports après des semaines de "
    "discussions dans la capitale."
)


READ_ALSO_BLURBS_AFTER_BODY = attrs.evolve(
    SENTENCE_TEASER_AFTER_BODY,
    parts=(
        *SENTENCE_TEASER_AFTER_BODY.parts[:-1],
        Part(
            role="sidebar",
            lines=("À lire aussi", _FR_BLURB, _FR_BLURB[:-1] + " malgré de vives critiques."),
        ),
    ),
)
"""Body: a 'Read also' box of two blurbs without headlines, glued under its heading after an
article printed with blank lines between paragraphs, once read as the article resuming
(found by the random search, seed 7 of 'explore')."""


SHARE_LINE_BEFORE_READ_ALSO_BLURBS = attrs.evolve(
    READ_ALSO_BLURBS_AFTER_BODY,
    parts=(
        *READ_ALSO_BLURBS_AFTER_BODY.parts[:-1],
        Part(role="widget", lines=("Partager",), gap=0),
        READ_ALSO_BLURBS_AFTER_BODY.parts[-1],
    ),
)
"""Body: the same with a share line glued under the last paragraph, which hid that the article
is printed with blank lines between paragraphs (found by the random search, seed 2)."""


AD_BEFORE_SUBHEADED_SHORT_PARAGRAPHS = pinned_page(
    "Government unveils plan to cut energy prices",
    (
        _EN_QUOTE,
        "The government announced a new plan for public transport on Tuesday.",
        "The government announced a new plan for public transport after weeks of talks.",
    ),
    "headline date",
    ("body", _EN_QUOTE),
    ("ad", "Advertisement"),
    ("subheading", "A long dispute"),
    ("body", "The government announced a new plan for public transport on Tuesday."),
    ("ad", "Advertisement"),
    ("subheading", "Reaction from the opposition"),
    ("body", "The government announced a new plan for public transport after weeks of talks."),
)
"""Body (found by the random search, explore seed 2): the text body stopped at the first ad when
sub-headings and short paragraphs followed it, where the HTML body kept them (fixed: a row of
boxes costs what its costliest box costs)."""


_DE_SHORT = (
    "BERLIN – Die Lehrkräfte begrüßte die Reform der Rentenversicherung auf einer Pressekonferenz."
)


_DE_LONG = (
    "Viele Anwohner präsentierte einen neuen Plan für den Nahverkehr nach einer langen Debatte im "
    "Landtag nach wochenlangen Verhandlungen."
)


AD_AFTER_SHORT_FIRST_PARAGRAPH = pinned_page(
    "Ministerin stoppt Brückenprojekt",
    (_DE_SHORT, _DE_LONG),
    "headline",
    ("meta", "Autor: Ayşe Hoffmann | Erschienen am 11.10.2012"),
    ("body", _DE_SHORT),
    ("ad", "Anzeige"),
    ("body", _DE_LONG),
    lang="de",
    date=(dt.date(2012, 10, 11), "Erschienen am 11.10.2012"),
    by=("Autor: Ayşe Hoffmann", "Ayşe Hoffmann"),
    dateline="BERLIN",
)
"""Body: a short first paragraph followed by an ad line is dropped."""


_GENEVE = (
    "GENÈVE — La commission a annoncé un accord avec les syndicats malgré de vives critiques à "
    "une courte majorité."
)


_SHORT_LAST_FR = "Le gouvernement a annoncé les changements du système de santé mardi."


AD_BEFORE_SHORT_LAST_PARAGRAPH = pinned_page(
    "Le gouvernement défend un plan contre la hausse de l'énergie",
    (_GENEVE, _SHORT_LAST_FR),
    ("nav", "Menu", "Aller au contenu", "Accueil"),
    "headline date",
    ("body", _GENEVE),
    ("ad", "Publicité"),
    ("body", _SHORT_LAST_FR),
    lang="fr",
    date=(dt.date(2020, 2, 23), "2020-02-23"),
    dateline="GENÈVE",
)
"""Body: a short last paragraph after an ad line is dropped."""


_DE_CLOSING_QUOTE = (
    "Jörg Weiß sagte: „Die Zahlen zeigen, dass unser Weg funktioniert und wir ihn fortsetzen.“"
)


GERMAN_CLOSING_QUOTE = pinned_page(
    "Stadtrat billigt Schulschließungen",
    _DE_CLOSING_QUOTE,
    "headline byline date body",
    lang="de",
    date=(dt.date(2008, 3, 12), "12.03.2008"),
    by=("Von Jörg Schneider", "Jörg Schneider"),
)
"""Body: a paragraph ending in a German closing quote (.“) is not read as a sentence."""


READ_ALSO_BLURB_AFTER_BODY = pinned_page(
    "Regierung stellt Plan gegen hohe Energiepreise vor",
    (_DE_QUOTE_1, _DE_QUOTE_2),
    "headline date body",
    (
        "sidebar",
        "Auch interessant",
        "Regierung stellt Plan gegen hohe Energiepreise vor",
        "Regierung kippt Rentenreform",
        "Die Bundesregierung kündigte einen neuen Plan für den Nahverkehr am Dienstag an.",
    ),
    lang="de",
)

"""Body (found by the random search): a "Read also" list after the body, printed without
blank lines and ending in a one-sentence blurb, took the blurb for the article resuming."""


READ_ALSO_BLURB_AMONG_TEASERS = pinned_page(
    "Le gouvernement présente un plan contre la hausse de l'énergie",
    _FR_PARAGRAPH,
    "headline date body",
    (
        "sidebar",
        "À lire aussi",
        "Le gouvernement présente le projet de pont",
        "Le gouvernement a annoncé un nouveau plan pour les transports mardi.",
        "La SNCF réclame le nouveau réseau de bus",
    ),
    lang="fr",
)
"""Body (found by the random search): the same, with the blurb between two teasers."""


MOST_READ_BLURBS_UNDER_GLUED_PARAGRAPHS = pinned_page(
    "Government unveils plan to cut energy prices",
    (
        "The government announced a new plan for public transport on Tuesday.",
        "The central bank discussed a new plan for housing on Monday.",
    ),
    "headline date",
    ("body", "The government announced a new plan for public transport on Tuesday."),
    Part(
        role="body",
        lines=("The central bank discussed a new plan for housing on Monday.",),
        gap=0,
    ),
    Part(
        role="sidebar",
        lines=(
            "Most read",
            "Farmers in the north will review the budget for the coming year for the third "
            "time this year in a written statement according to the official figures.",
            "The central bank discussed a new plan for public transport at a meeting with "
            "local mayors.",
        ),
        gap=2,
    ),
    date=(dt.date(2018, 4, 15), "April 15, 2018"),
)
"""Body (text, explore seed 9): the two blurbs of the 'Most read' box joined the body: the
last paragraph, glued to the one above, did not count as spaced (fixed: a blank line setting
the heading apart from it lists the glued lines under it)."""


_LONG_DIV_HEADLINE = (
    "Government unveils plan to cut energy prices after a long and bitter dispute with unions"
)


LONG_DIV_HEADLINE_OVER_DATE_LINE = attrs.evolve(
    pinned_page(
        _LONG_DIV_HEADLINE,
        "The regional authority announced a new plan for public transport after weeks of "
        "talks with the unions. Local officials signed a report on water quality in a "
        "written statement.",
        "headline date body",
        date=(dt.date(2025, 8, 11), "Published August 11, 2025"),
    ),
    # A <div> headline, a meta published time and an unquoted class="date" on the line.
    html_variant=145,
)
"""Body (HTML, explore seed 14): the date line under the headline was the first paragraph."""
