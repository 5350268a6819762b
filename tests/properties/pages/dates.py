"""Pinned pages of date and dateline bugs: update cues, ambiguous numeric dates, sidebar dates,
datelines and captions over them."""

from __future__ import annotations

import datetime as dt

from tests.properties.pages.texts import (
    _EN_PARAGRAPH,
    _FR_PARAGRAPH,
)
from tests.strategies import (
    Part,
    pinned_page,
)

FOUR_WORD_UPDATE_CUE = pinned_page(
    "Le gouvernement présente le projet de pont",
    "Le gouvernement a annoncé un nouveau plan pour les transports mardi après des semaines "
    "de discussions.",
    "headline byline date",
    ("updated", "Mis à jour le 22/03/2015"),
    "body",
    lang="fr",
    date=(dt.date(2015, 3, 19), "19/03/2015"),
    by=("Par Camille Dubois", "Camille Dubois"),
    updated_text="Mis à jour le 22/03/2015",
)
"""Published: "Mis à jour le" (a 4-word update cue) is read as a publication date."""


CREDIT_WITH_SLASH = pinned_page(
    "Government unveils plan to cut energy prices",
    (
        f"ERBIL, Kurdistan Region – {_EN_PARAGRAPH}",
        _EN_PARAGRAPH.replace("Tuesday", "Monday"),
    ),
    "headline byline date",
    (
        "caption",
        "The old bridge has been closed to traffic since the spring.",
        "(Adam Berg/Associated Press)",
    ),
    "body",
    date=(dt.date(2005, 3, 12), "March 12, 2005"),
    by=("By David Thompson", "David Thompson"),
    dateline="ERBIL, Kurdistan Region",
)
"""Body/dateline: "(Name/Agency)" is no credit, so the caption opens the body."""


_ES_RANDOM = (
    "MADRID — «No vamos a aceptar un plan que deje atrás a las familias más pobres», dijo María García.",  # noqa: E501 -- a generated example, verbatim
    "María García dijo: «No vamos a aceptar un plan que deje atrás a las familias más pobres».",
    "«No vamos a aceptar un plan que deje atrás a las familias más pobres», dijo María García. El Gobierno anunció un nuevo plan de transporte público el martes.",  # noqa: E501 -- a generated example, verbatim
    "«No vamos a aceptar un plan que deje atrás a las familias más pobres», dijo María García. El Gobierno anunció un nuevo plan de transporte público tras semanas de negociaciones.",  # noqa: E501 -- a generated example, verbatim
    "«No vamos a aceptar un plan que deje atrás a las familias más pobres», dijo María García. El Gobierno anunció un nuevo plan de transporte público en la capital.",  # noqa: E501 -- a generated example, verbatim
)


_ES_RANDOM_HEADLINE = "El Gobierno presenta un plan contra la subida de la luz"


AMBIGUOUS_DATE_RANDOM = pinned_page(
    _ES_RANDOM_HEADLINE,
    _ES_RANDOM,
    ("section", "Política"),
    Part(role="headline", lines=(_ES_RANDOM_HEADLINE,), gap=0),
    Part(role="date", lines=("03/01/2005",), gap=0),
    ("hidden", "Suscríbete para seguir leyendo", "Iniciar sesión"),
    (
        "caption",
        "Manifestantes reunidos frente al ayuntamiento el lunes por la tarde.",
        "Foto: EFE",
    ),
    ("body", _ES_RANDOM[0]),
    ("ad", "Publicidad"),
    ("body", _ES_RANDOM[1]),
    ("ad", "Publicidad"),
    ("body", _ES_RANDOM[2]),
    ("ad", "Publicidad"),
    ("body", _ES_RANDOM[3]),
    ("ad", "Publicidad"),
    ("body", _ES_RANDOM[4]),
    Part(
        role="comments",
        lines=("Comentarios", "Tu dirección de correo electrónico no será publicada."),
        inner_gap=1,
    ),
    (
        "sidebar",
        "Lo más leído",
        "El Gobierno anunció un nuevo plan de transporte público el martes.",
        _ES_RANDOM_HEADLINE,
        _ES_RANDOM_HEADLINE,
    ),
    ("sidebar", "Lo más leído", _ES_RANDOM_HEADLINE, _ES_RANDOM_HEADLINE, "01/01/2005"),
    lang="es",
    date=(dt.date(2005, 1, 3), "03/01/2005"),
    date_format="slash",
    tags=("Política",),
    dateline="MADRID",
)
"""Published (found by the random search): an ambiguous numeric date in a Spanish page reads
month first; the page's other dates do not settle the order."""


_DE_RANDOM = (
    "BERLIN — Die Bundesregierung kündigte einen neuen Plan für den Nahverkehr am Dienstag an."
)


_DE_RANDOM_BYLINE = "Von Anna Müller, Anna Schneider und Anna von Arnim, dpa"


DATELINE_RANDOM = pinned_page(
    "Regierung stellt Plan gegen hohe Energiepreise vor",
    _DE_RANDOM,
    ("section", "Politik"),
    Part(role="headline", lines=("Regierung stellt Plan gegen hohe Energiepreise vor",), gap=0),
    ("meta", f"{_DE_RANDOM_BYLINE} | Veröffentlicht am 1. Januar 2005"),
    ("hidden", "Exklusiv für Abonnenten", "Jetzt abonnieren"),
    ("caption", "Demonstranten versammeln sich am Montagabend vor dem Rathaus.", "Foto: dpa"),
    "body",
    lang="de",
    date=(dt.date(2005, 1, 1), "Veröffentlicht am 1. Januar 2005"),
    date_format="dmy-long",
    by=(_DE_RANDOM_BYLINE, "Anna Müller", "Anna Schneider", "Anna von Arnim"),
    dateline="BERLIN",
)
"""Dateline (found by the random search): the "Foto: dpa" credit under the caption cost a
cue line's penalty, which ended the body region before the one-sentence paragraph holding
the dateline."""


_NY_LEAD = (
    "NEW YORK — “We will not accept a plan that leaves the poorest families behind,” James "
    "Thompson said."
)


DATELINE_LEAD_AFTER_CLEANING = pinned_page(
    "Government unveils plan to cut energy prices",
    _NY_LEAD,
    ("section", "World"),
    Part(role="headline", lines=("Government unveils plan to cut energy prices",), gap=0),
    ("meta", "By James Thompson | January 1, 2005"),
    ("hidden", "Subscribe to read the full story", "Already a subscriber?"),
    ("caption", "Protesters gather outside the town hall.", "Photo: Agency"),
    "body",
    date=(dt.date(2005, 1, 1), "January 1, 2005"),
    by=("By James Thompson", "James Thompson"),
    dateline="NEW YORK",
)
"""Idempotence (found by the random search, seed 1 of 'explore'): once cleaned to headline
plus one "NEW YORK — ..." paragraph, the paragraph was read as the byline "NEW YORK" and the
body came back empty."""


SIDEBAR_DATE_DROPS_READING = pinned_page(
    "La SNCF réclame le nouveau réseau de bus",
    _FR_PARAGRAPH,
    "headline byline date body",
    (
        "sidebar",
        "Dernières actualités",
        "Les riverains rejette le nouveau réseau de bus malgré les protestations",
        "2013-11-01",
    ),
    lang="fr",
    date=(dt.date(2013, 11, 7), "Publié le 07/11/2013"),
    by=("Par Inès Dubois", "Inès Dubois"),
)
"""Published: the day-first reading of 07/11/2013 is dropped because it is later than the
latest clear date on the page, an older story's date in the sidebar."""


YEAR_IN_LAST_PARAGRAPH = pinned_page(
    "Government unveils school closures",
    (
        "The minister said the plan would be funded by savings in other departments.",
        "The government announced a new plan for public transport since the start of 2017.",
    ),
    "headline date body",
)
"""Idempotence: without the date line, the paragraph ending in a year ("of 2017.") was once
read as the headline (a year before the final period did not end a sentence)."""
