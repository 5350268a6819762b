"""Pinned pages of author bugs: bylines with dashes and dates, four-word names, site names and
sub-headings read as bylines."""

from __future__ import annotations

import datetime as dt

import attrs

from tests.properties.pages.texts import (
    _DE_QUOTE_1,
    _DE_QUOTE_2,
    _EN_PARAGRAPH,
    _ES_PARAGRAPH,
)
from tests.strategies import (
    Part,
    pinned_page,
)

DASH_BEFORE_DATE_IN_BYLINE = pinned_page(
    "Minister backs new bus network",
    _EN_PARAGRAPH,
    "headline",
    ("meta", "By Sarah Patel and Emily Harrison - Published Sunday, March 29, 2020"),
    "body",
    date=(dt.date(2020, 3, 29), "Published Sunday, March 29, 2020"),
    by=("By Sarah Patel and Emily Harrison", "Sarah Patel", "Emily Harrison"),
)
"""Authors: a " - " between the last name and the date drops the last author."""


SITE_NAME_AS_TEXT_BYLINE = pinned_page(
    "Regierung stellt Plan gegen hohe Energiepreise vor",
    f"BERLIN — {_DE_QUOTE_1}",
    ("nav", "Zum Inhalt springen", "Startseite", "Politik"),
    ("site", "Rheinische Rundschau"),
    ("section", "Politik"),
    "headline date",
    ("caption", "Demonstranten versammeln sich am Montagabend vor dem Rathaus.", "Foto: dpa"),
    "body",
    lang="de",
    dateline="BERLIN",
)
"""Text/HTML agreement (found by the random search): without a byline, the text rendering takes
the site-name line above the headline as the author; HTML does not (see BYLINE_BARE)."""


SUBHEADING_AS_AUTHOR = pinned_page(
    "Landkreis kippt Klinikfusion trotz Protesten",
    (_DE_QUOTE_1, _DE_QUOTE_2),
    "headline byline date",
    ("body", _DE_QUOTE_1),
    ("subheading", "Reaktionen der Opposition"),
    ("body", _DE_QUOTE_2),
    lang="de",
    date=(dt.date(2021, 5, 4), "04.05.2021"),
    by=("Von Anna Weiß", "Anna Weiß"),
)
"""Authors/body: without its byline, the sub-heading "Reaktionen der Opposition" is read as a
bare-name byline and leaves the body (so re-parsing the cleaned article loses it)."""


_DE_MUELLER = (
    "BERLIN — „Wir werden keinen Plan akzeptieren, der die ärmsten Familien zurücklässt“, "
    "sagte Anna Müller."
)


TAG_LIST_OVER_BODY_WITHOUT_BYLINE = pinned_page(
    "Regierung stellt Plan gegen hohe Energiepreise vor",
    _DE_MUELLER,
    ("section", "Politik"),
    Part(role="headline", lines=("Regierung stellt Plan gegen hohe Energiepreise vor",), gap=0),
    Part(role="date", lines=("1. Januar 2005",), gap=0),
    Part(role="updated", lines=("Aktualisiert am 2. Januar 2005",), gap=0),
    ("tag-list", "Schlagwörter", "Politik", "Klimawandel", "Wahlen", "Europäische Union"),
    ("hidden", "Exklusiv für Abonnenten", "Jetzt abonnieren"),
    "body",
    lang="de",
    updated_text="Aktualisiert am 2. Januar 2005",
    tags=("Politik", "Klimawandel", "Wahlen", "Europäische Union"),
    dateline="BERLIN",
)
"""Authors (found by the random search, seed 1 of 'explore'): with no byline, the last tag of a
"Schlagwörter" list right above the body ("Europäische Union") was read as a bare-name byline;
a line the winning tag list claims is now no author."""


SITE_NAME_OVER_SHORT_HEADLINE = pinned_page(
    "Regierung kippt Rentenreform",
    _DE_QUOTE_1,
    Part(role="site", lines=("Rheinische Rundschau",), gap=0),
    Part(role="headline", lines=("Regierung kippt Rentenreform",), gap=0),
    Part(role="date", lines=("1. Januar 2005",), gap=0),
    "body",
    lang="de",
)
"""Authors (found by the random search, explore seed 1): the site's name over a three-word
headline over the date was read as a bare byline, the headline taken for a role label
between the name and its date."""


BARE_BYLINE_WITH_DASH = pinned_page(
    "El Gobierno presenta la nueva red de autobuses",
    _ES_PARAGRAPH,
    "headline",
    (
        "meta",
        "María Sánchez, Sergio Fernández y María Martínez Ruiz - Publicado el 16 marzo 2019",
    ),
    "body",
    lang="es",
    date=(dt.date(2019, 3, 16), "Publicado el 16 marzo 2019"),
    by=(
        "María Sánchez, Sergio Fernández y María Martínez Ruiz",
        "María Sánchez",
        "Sergio Fernández",
        "María Martínez Ruiz",
    ),
)
"""Authors: a bare-name byline followed by " - <date>" (more than 12 words) gives no authors."""


SITE_NAME_AS_AUTHOR = pinned_page(
    "Regierung verteidigt Klinikfusion überraschend",
    "Viele Anwohner prüft neue Regeln für Ferienwohnungen vor Journalisten nach wochenlangen "
    "Verhandlungen.",
    ("nav", "Politik", "Sport", "Abonnieren"),
    ("site", "Rheinische Rundschau"),
    "headline date body",
    lang="de",
    date=(dt.date(2016, 7, 5), "2016-07-05"),
)
"""Authors: on a page without byline, the site-name line is read as a bare-name byline."""


FOUR_WORD_SECOND_NAME = pinned_page(
    "El Gobierno presenta un plan contra la subida de la luz",
    _ES_PARAGRAPH,
    "headline byline date body",
    lang="es",
    date=(dt.date(2005, 1, 1), "1 de enero de 2005"),
    by=(
        "Por Ana Belén García y Ana Belén Martínez Ruiz",
        "Ana Belén García",
        "Ana Belén Martínez Ruiz",
    ),
)
"""Authors (explore seed 4): three names for two, text dump and HTML alike, when the first
name's "Ana Belén" counted as evidence that the second one ran two names together."""


FOUR_WORD_NAME_AND_NAMESAKE = pinned_page(
    "El Gobierno aprueba los pisos turísticos",
    "«No vamos a aceptar este plan», dijo Ana Belén Sánchez.",
    "headline byline date body",
    lang="es",
    date=(dt.date(2005, 1, 1), "1 de enero de 2005"),
    by=("Por Ana Belén Martínez Ruiz", "Ana Belén Martínez Ruiz"),
)
"""Authors (text, explore seed 19): one name with two surnames read as two names, "Ana Belén"
and "Martínez Ruiz", because the body quotes an "Ana Belén Sánchez": given names followed by
another surname name someone else, and are no evidence now that the byline ran two together."""


FOUR_WORD_NAME_AND_NAMESAKE_WITH_PARTICLES = pinned_page(
    "El Gobierno presenta un plan contra la subida de la luz",
    _ES_PARAGRAPH,
    "headline byline date body",
    lang="es",
    date=(dt.date(2005, 1, 1), "1 de enero de 2005"),
    by=(
        "Por Ana Belén de la Fuente y Ana Belén Martínez Ruiz",
        "Ana Belén de la Fuente",
        "Ana Belén Martínez Ruiz",
    ),
)
"""Authors (text; the player family, seed 4): three names for two, "Ana Belén" and
"Martínez Ruiz" apart, when the first name's "Ana Belén" went on with a particle ("de la
Fuente"): given names followed by a particle name someone else too
(``byline_names._named_apart``)."""


BARE_BYLINE_OVER_SHARE_BAR_AND_DATE = pinned_page(
    "Renfe defiende la nueva red de autobuses",
    "El ayuntamiento debatió nuevas normas para los pisos turísticos antes del verano por "
    "tercera vez este año desde principios de 2017.",
    "headline byline",
    Part(role="widget", lines=("WhatsApp", "Compartir"), gap=0),
    Part(role="date", lines=("Publicado el jueves, 28 de julio de 2016",), gap=0),
    (
        "tag-list",
        "Etiquetas",
        "Precio de la luz",
        "Agricultura",
        "Vivienda",
        "Política",
        "Elecciones",
        "Empleo",
    ),
    "body",
    lang="es",
    date=(dt.date(2016, 7, 28), "Publicado el jueves, 28 de julio de 2016"),
    by=(
        "Javier Sánchez, Paula Sánchez y Paula López",
        "Javier Sánchez",
        "Paula Sánchez",
        "Paula López",
    ),
    tags=("Precio de la luz", "Agricultura", "Vivienda", "Política", "Elecciones", "Empleo"),
)
"""Authors (text, explore seed 100): a bare byline (no "Por") three lines over its date line,
a share bar between, the body start far below (a tag list between): the name line was not
worth reading (no date line between the headline and it, no digit two lines around)."""


META_LINE_OF_THREE_NAMES_IN_NAV_HEADER = attrs.evolve(
    pinned_page(
        "Los sindicatos presenta la fusión de hospitales tras una larga disputa",
        "Los sindicatos presentó un informe sobre la calidad del agua tras un largo debate en "
        "el Congreso. La ministra de Hacienda cuestionó la propuesta de subir los impuestos "
        "locales por tercera vez este año. El ayuntamiento revisará nuevas normas para los "
        "pisos turísticos tras un largo debate en el Congreso ante los periodistas.",
        "headline",
        (
            "meta",
            "Por Ana Belén de la Fuente, Javier García y María Navarro, EFE - Publicado el "
            "14/09/2011 09:04",
        ),
        "body",
        lang="es",
        date=(dt.date(2011, 9, 14), "Publicado el 14/09/2011 09:04"),
        by=(
            "Por Ana Belén de la Fuente, Javier García y María Navarro, EFE",
            "Ana Belén de la Fuente",
            "Javier García",
            "María Navarro",
        ),
    ),
    html_variant=65535,
)
"""Authors (HTML with ``frame="nav"``; explore seed 123, reduced): the headline and a
meta line of three names, an agency and the date printed in a ``<header>`` inside a
``<nav>`` lost the authors the same page reads without the frame: the headline is a
``<div itemprop="headline">`` (the page has no ``<h1>`` or ``<h2>``), so no heading headed
the frame and the whole ``<nav>`` was a menu (``chrome._free_article_head``: on a page
without headings, its only block marked as a headline heads the frame)."""
