"""Pinned pages: minimal pages the properties found, kept as explicit ``@example`` cases.

Each page's docstring names the field and the bug it showed; a fixed one stays as a
regression case, an open one is the example of a ``_bug`` strict xfail.
"""

from __future__ import annotations

import datetime as dt

import attrs

from tests import strategies
from tests.strategies import (
    Page,
    Part,
    make_page,
    unsigned_page,
)

# --------------------------------------------------------------------------------------
# Known parser bugs: minimal pages found by these properties. Each xfail below carries its
# page as an explicit example, so the strict xfail fails deterministically until the bug
# is fixed (and then forces the xfail's removal).
# --------------------------------------------------------------------------------------

_EN_PARAGRAPH = (
    "The government announced a new plan for public transport on Tuesday after weeks of talks."
)
_DE_QUOTE_1 = (
    "„Niemand hat bisher erklärt, woher das Geld eigentlich kommen soll“, sagte Jürgen Weiß."
)
_DE_QUOTE_2 = (
    "„Das ist ein guter Tag für alle, die in dieser Stadt leben und arbeiten“, sagte Anna Becker."
)

LONG_BYLINE_AS_HEADLINE = make_page(
    headline="Government unveils plan to cut energy prices",
    published=dt.date(2005, 9, 1),
    date_text="Published: September 1, 2005",
    authors=("James Thompson", "James Carter", "Sarah Thompson"),
    byline="By James Thompson, James Carter and Sarah Thompson",
    paragraphs=(_EN_PARAGRAPH,),
    parts=[
        ("headline",),
        (
            "meta",
            "By James Thompson, James Carter and Sarah Thompson | Published: September 1, 2005",
        ),
        ("body",),
    ],
)
"""Headline: a byline+date line of more than 8 words outscores the real headline."""

FOUR_WORD_UPDATE_CUE = make_page(
    lang="fr",
    headline="Le gouvernement présente le projet de pont",
    published=dt.date(2015, 3, 19),
    date_text="19/03/2015",
    authors=("Camille Dubois",),
    byline="Par Camille Dubois",
    paragraphs=(
        "Le gouvernement a annoncé un nouveau plan pour les transports mardi après des semaines "
        "de discussions.",
    ),
    updated_text="Mis à jour le 22/03/2015",
    parts=[
        ("headline",),
        ("byline",),
        ("date",),
        ("updated", "Mis à jour le 22/03/2015"),
        ("body",),
    ],
)
"""Published: "Mis à jour le" (a 4-word update cue) is read as a publication date."""

DASH_BEFORE_DATE_IN_BYLINE = make_page(
    headline="Minister backs new bus network",
    published=dt.date(2020, 3, 29),
    date_text="Published Sunday, March 29, 2020",
    authors=("Sarah Patel", "Emily Harrison"),
    byline="By Sarah Patel and Emily Harrison",
    paragraphs=(_EN_PARAGRAPH,),
    parts=[
        ("headline",),
        ("meta", "By Sarah Patel and Emily Harrison - Published Sunday, March 29, 2020"),
        ("body",),
    ],
)
"""Authors: a " - " between the last name and the date drops the last author."""

TAG_LIST_SWALLOWS_CAPTION = make_page(
    lang="de",
    headline="Regierung stellt Plan gegen hohe Energiepreise vor",
    published=dt.date(2020, 1, 8),
    date_text="08.01.2020",
    authors=("Anna Weiß",),
    byline="Von Anna Weiß",
    tags=("Rente", "Bildung"),
    paragraphs=(
        "Die Bundesregierung kritisierte den Haushalt für das kommende Jahr in der Hauptstadt "
        "nach Angaben der Behörden.",
    ),
    parts=[
        ("headline",),
        ("byline",),
        ("date",),
        ("tag-list", "Schlagwörter", "Rente", "Bildung"),
        ("caption", "Demonstranten versammeln sich am Montagabend vor dem Rathaus.", "Foto: dpa"),
        ("body",),
    ],
)
"""Tags: a "Tags" heading list takes the next short line (a caption) after a blank line."""

AD_BETWEEN_SHORT_PARAGRAPHS = make_page(
    lang="de",
    headline="Regierung stellt Plan gegen hohe Energiepreise vor",
    published=dt.date(2020, 1, 8),
    date_text="08.01.2020",
    authors=("Anna Weiß",),
    byline="Von Anna Weiß",
    paragraphs=(_DE_QUOTE_1, _DE_QUOTE_2),
    parts=[
        ("headline",),
        ("byline",),
        ("date",),
        ("body", _DE_QUOTE_1),
        ("ad", "Anzeige"),
        ("body", _DE_QUOTE_2),
    ],
)
"""Body: one "Anzeige" line between two short paragraphs cuts the body in two."""

CREDIT_WITH_SLASH = make_page(
    headline="Government unveils plan to cut energy prices",
    published=dt.date(2005, 3, 12),
    date_text="March 12, 2005",
    authors=("David Thompson",),
    byline="By David Thompson",
    dateline="ERBIL, Kurdistan Region",
    paragraphs=(
        f"ERBIL, Kurdistan Region – {_EN_PARAGRAPH}",
        _EN_PARAGRAPH.replace("Tuesday", "Monday"),
    ),
    parts=[
        ("headline",),
        ("byline",),
        ("date",),
        (
            "caption",
            "The old bridge has been closed to traffic since the spring.",
            "(Adam Berg/Associated Press)",
        ),
        ("body",),
    ],
)
"""Body/dateline: "(Name/Agency)" is no credit, so the caption opens the body."""

AMBIGUOUS_DATE_RANDOM = Page(
    spec=strategies.ArticleSpec(
        lang="es",
        site="El Diario del Sur",
        headline="El Gobierno presenta un plan contra la subida de la luz",
        published=dt.date(2005, 1, 3),
        date_text="03/01/2005",
        date_format="slash",
        updated_text=None,
        authors=(),
        byline="",
        tags=("Política",),
        paragraphs=(
            "MADRID — «No vamos a aceptar un plan que deje atrás a las familias más pobres», dijo María García.",  # noqa: E501 -- a generated example, verbatim
            "María García dijo: «No vamos a aceptar un plan que deje atrás a las familias más pobres».",  # noqa: E501 -- a generated example, verbatim
            "«No vamos a aceptar un plan que deje atrás a las familias más pobres», dijo María García. El Gobierno anunció un nuevo plan de transporte público el martes.",  # noqa: E501 -- a generated example, verbatim
            "«No vamos a aceptar un plan que deje atrás a las familias más pobres», dijo María García. El Gobierno anunció un nuevo plan de transporte público tras semanas de negociaciones.",  # noqa: E501 -- a generated example, verbatim
            "«No vamos a aceptar un plan que deje atrás a las familias más pobres», dijo María García. El Gobierno anunció un nuevo plan de transporte público en la capital.",  # noqa: E501 -- a generated example, verbatim
        ),
        subheadings=(),
        dateline="MADRID",
    ),
    parts=(
        Part(role="section", lines=("Política",)),
        Part(
            role="headline",
            lines=("El Gobierno presenta un plan contra la subida de la luz",),
            gap=0,
        ),
        Part(role="date", lines=("03/01/2005",), gap=0),
        Part(
            role="hidden",
            lines=("Suscríbete para seguir leyendo", "Iniciar sesión"),
        ),
        Part(
            role="caption",
            lines=(
                "Manifestantes reunidos frente al ayuntamiento el lunes por la tarde.",
                "Foto: EFE",
            ),
        ),
        Part(
            role="body",
            lines=(
                "MADRID — «No vamos a aceptar un plan que deje atrás a las familias más pobres», dijo María García.",  # noqa: E501 -- a generated example, verbatim
            ),
        ),
        Part(role="ad", lines=("Publicidad",)),
        Part(
            role="body",
            lines=(
                "María García dijo: «No vamos a aceptar un plan que deje atrás a las familias más pobres».",  # noqa: E501 -- a generated example, verbatim
            ),
        ),
        Part(role="ad", lines=("Publicidad",)),
        Part(
            role="body",
            lines=(
                "«No vamos a aceptar un plan que deje atrás a las familias más pobres», dijo María García. El Gobierno anunció un nuevo plan de transporte público el martes.",  # noqa: E501 -- a generated example, verbatim
            ),
        ),
        Part(role="ad", lines=("Publicidad",)),
        Part(
            role="body",
            lines=(
                "«No vamos a aceptar un plan que deje atrás a las familias más pobres», dijo María García. El Gobierno anunció un nuevo plan de transporte público tras semanas de negociaciones.",  # noqa: E501 -- a generated example, verbatim
            ),
        ),
        Part(role="ad", lines=("Publicidad",)),
        Part(
            role="body",
            lines=(
                "«No vamos a aceptar un plan que deje atrás a las familias más pobres», dijo María García. El Gobierno anunció un nuevo plan de transporte público en la capital.",  # noqa: E501 -- a generated example, verbatim
            ),
        ),
        Part(
            role="comments",
            lines=("Comentarios", "Tu dirección de correo electrónico no será publicada."),
            inner_gap=1,
        ),
        Part(
            role="sidebar",
            lines=(
                "Lo más leído",
                "El Gobierno anunció un nuevo plan de transporte público el martes.",
                "El Gobierno presenta un plan contra la subida de la luz",
                "El Gobierno presenta un plan contra la subida de la luz",
            ),
        ),
        Part(
            role="sidebar",
            lines=(
                "Lo más leído",
                "El Gobierno presenta un plan contra la subida de la luz",
                "El Gobierno presenta un plan contra la subida de la luz",
                "01/01/2005",
            ),
        ),
    ),
    shows_tags=False,
    html_variant=0,
)
"""Published (found by the random search): an ambiguous numeric date in a Spanish page reads
month first; the page's other dates do not settle the order."""

DATELINE_RANDOM = Page(
    spec=strategies.ArticleSpec(
        lang="de",
        site="Rheinische Rundschau",
        headline="Regierung stellt Plan gegen hohe Energiepreise vor",
        published=dt.date(2005, 1, 1),
        date_text="Veröffentlicht am 1. Januar 2005",
        date_format="dmy-long",
        updated_text=None,
        authors=("Anna Müller", "Anna Schneider", "Anna von Arnim"),
        byline="Von Anna Müller, Anna Schneider und Anna von Arnim, dpa",
        tags=(),
        paragraphs=(
            "BERLIN — Die Bundesregierung kündigte einen neuen Plan für den Nahverkehr am Dienstag an.",  # noqa: E501 -- a generated example, verbatim
        ),
        subheadings=(),
        dateline="BERLIN",
    ),
    parts=(
        Part(role="section", lines=("Politik",)),
        Part(
            role="headline",
            lines=("Regierung stellt Plan gegen hohe Energiepreise vor",),
            gap=0,
        ),
        Part(
            role="meta",
            lines=(
                "Von Anna Müller, Anna Schneider und Anna von Arnim, dpa | Veröffentlicht am 1. Januar 2005",  # noqa: E501 -- a generated example, verbatim
            ),
        ),
        Part(
            role="hidden", lines=("Exklusiv für Abonnenten", "Jetzt abonnieren"), gap=1, inner_gap=0
        ),
        Part(
            role="caption",
            lines=("Demonstranten versammeln sich am Montagabend vor dem Rathaus.", "Foto: dpa"),
        ),
        Part(
            role="body",
            lines=(
                "BERLIN — Die Bundesregierung kündigte einen neuen Plan für den Nahverkehr am Dienstag an.",  # noqa: E501 -- a generated example, verbatim
            ),
        ),
    ),
    shows_tags=False,
    html_variant=0,
)
"""Dateline (found by the random search): the "Foto: dpa" credit under the caption cost a
cue line's penalty, which ended the body region before the one-sentence paragraph holding
the dateline."""


SITE_NAME_AS_TEXT_BYLINE = unsigned_page(
    lang="de",
    headline="Regierung stellt Plan gegen hohe Energiepreise vor",
    dateline="BERLIN",
    paragraphs=(f"BERLIN — {_DE_QUOTE_1}",),
    parts=[
        ("nav", "Zum Inhalt springen", "Startseite", "Politik"),
        ("site", "Rheinische Rundschau"),
        ("section", "Politik"),
        ("headline",),
        ("date",),
        ("caption", "Demonstranten versammeln sich am Montagabend vor dem Rathaus.", "Foto: dpa"),
        ("body",),
    ],
)
"""Text/HTML agreement (found by the random search): without a byline, the text rendering takes
the site-name line above the headline as the author; HTML does not (see BYLINE_BARE)."""

SUBHEADING_AS_AUTHOR = make_page(
    lang="de",
    headline="Landkreis kippt Klinikfusion trotz Protesten",
    published=dt.date(2021, 5, 4),
    date_text="04.05.2021",
    authors=("Anna Weiß",),
    byline="Von Anna Weiß",
    paragraphs=(_DE_QUOTE_1, _DE_QUOTE_2),
    parts=[
        ("headline",),
        ("byline",),
        ("date",),
        ("body", _DE_QUOTE_1),
        ("subheading", "Reaktionen der Opposition"),
        ("body", _DE_QUOTE_2),
    ],
)
"""Authors/body: without its byline, the sub-heading "Reaktionen der Opposition" is read as a
bare-name byline and leaves the body (so re-parsing the cleaned article loses it)."""

_NY_LEAD = (
    "NEW YORK — “We will not accept a plan that leaves the poorest families behind,” James "
    "Thompson said."
)
DATELINE_LEAD_AFTER_CLEANING = make_page(
    headline="Government unveils plan to cut energy prices",
    published=dt.date(2005, 1, 1),
    date_text="January 1, 2005",
    authors=("James Thompson",),
    byline="By James Thompson",
    paragraphs=(_NY_LEAD,),
    dateline="NEW YORK",
    parts=[
        ("section", "World"),
        Part(role="headline", lines=("Government unveils plan to cut energy prices",), gap=0),
        ("meta", "By James Thompson | January 1, 2005"),
        ("hidden", "Subscribe to read the full story", "Already a subscriber?"),
        ("caption", "Protesters gather outside the town hall.", "Photo: Agency"),
        ("body",),
    ],
)
"""Idempotence (found by the random search, seed 1 of 'explore'): once cleaned to headline
plus one "NEW YORK — ..." paragraph, the paragraph was read as the byline "NEW YORK" and the
body came back empty."""

_DE_MUELLER = (
    "BERLIN — „Wir werden keinen Plan akzeptieren, der die ärmsten Familien zurücklässt“, "
    "sagte Anna Müller."
)
TAG_LIST_OVER_BODY_WITHOUT_BYLINE = unsigned_page(
    lang="de",
    headline="Regierung stellt Plan gegen hohe Energiepreise vor",
    updated_text="Aktualisiert am 2. Januar 2005",
    tags=("Politik", "Klimawandel", "Wahlen", "Europäische Union"),
    paragraphs=(_DE_MUELLER,),
    dateline="BERLIN",
    parts=[
        ("section", "Politik"),
        Part(role="headline", lines=("Regierung stellt Plan gegen hohe Energiepreise vor",), gap=0),
        Part(role="date", lines=("1. Januar 2005",), gap=0),
        Part(role="updated", lines=("Aktualisiert am 2. Januar 2005",), gap=0),
        ("tag-list", "Schlagwörter", "Politik", "Klimawandel", "Wahlen", "Europäische Union"),
        ("hidden", "Exklusiv für Abonnenten", "Jetzt abonnieren"),
        ("body",),
    ],
)
"""Authors (found by the random search, seed 1 of 'explore'): with no byline, the last tag of a
"Schlagwörter" list right above the body ("Europäische Union") was read as a bare-name byline;
a line the winning tag list claims is now no author."""

_FR_PARAGRAPH = (
    "La préfecture a signé la proposition de hausse des impôts locaux malgré de vives critiques "
    "mardi."
)

SIDEBAR_DATE_DROPS_READING = make_page(
    lang="fr",
    headline="La SNCF réclame le nouveau réseau de bus",
    published=dt.date(2013, 11, 7),
    date_text="Publié le 07/11/2013",
    authors=("Inès Dubois",),
    byline="Par Inès Dubois",
    paragraphs=(_FR_PARAGRAPH,),
    parts=[
        ("headline",),
        ("byline",),
        ("date",),
        ("body",),
        (
            "sidebar",
            "Dernières actualités",
            "Les riverains rejette le nouveau réseau de bus malgré les protestations",
            "2013-11-01",
        ),
    ],
)
"""Published: the day-first reading of 07/11/2013 is dropped because it is later than the
latest clear date on the page, an older story's date in the sidebar."""

CREDIT_WITH_SPACE_BEFORE_COLON = make_page(
    lang="fr",
    headline="Le gouvernement présente le projet de pont",
    published=dt.date(2023, 7, 25),
    date_text="25 juillet 2023",
    authors=("Chloé Dubois",),
    byline="Par Chloé Dubois",
    paragraphs=(_FR_PARAGRAPH,),
    parts=[
        ("headline",),
        ("byline",),
        ("date",),
        ("caption", "Des manifestants rassemblés devant la mairie lundi soir.", "Crédit : Reuters"),
        ("body",),
    ],
)
"""Body: "Crédit : Reuters" (French spacing) is no credit, so caption and credit join the body."""

_ES_PARAGRAPH = (
    "La ministra de Hacienda aprobó la propuesta de subir los impuestos locales durante una "
    "rueda de prensa en la capital."
)

BARE_BYLINE_AS_HEADLINE = make_page(
    lang="es",
    headline="El Gobierno presenta un plan contra la subida de la luz",
    published=dt.date(2014, 2, 10),
    date_text="Publicado el 10/02/2014 18:47",
    authors=("Javier Sánchez", "Carmen Ortega", "María Martínez Ruiz"),
    byline="Javier Sánchez, Carmen Ortega y María Martínez Ruiz",
    paragraphs=(_ES_PARAGRAPH,),
    parts=[
        ("headline",),
        (
            "meta",
            "Javier Sánchez, Carmen Ortega y María Martínez Ruiz | Publicado el 10/02/2014 18:47",
        ),
        ("body",),
    ],
)
"""Headline and authors: a bare-name byline with its date is taken for the headline."""

_ES_BLURB = (
    "El Gobierno anunció un nuevo plan de transporte público tras un largo debate en el Congreso "
    "el martes."
)
MOST_READ_BLURBS_AFTER_BODY = unsigned_page(
    lang="es",
    headline="El Gobierno presenta un plan contra la subida de la luz",
    paragraphs=(_ES_PARAGRAPH,),
    parts=[
        ("headline",),
        ("date",),
        ("body",),
        (
            "sidebar",
            "Lo más leído",
            _ES_BLURB,
            _ES_BLURB[:-1] + " tras semanas de negociaciones.",
        ),
    ],
)
"""Body (found by the random search, seed 6 of 'explore'): a "Most read" list of two long
blurbs printed without blank lines under its heading, after an article printed with blank
lines between paragraphs, read as two paragraphs of the article resuming."""

_FR_QUOTE = "« Nous n'accepterons pas un plan qui laisse de côté les familles les plus modestes »"
SENTENCE_TEASER_AFTER_BODY = unsigned_page(
    lang="fr",
    headline="Le gouvernement présente un plan contre la hausse de l'énergie",
    paragraphs=(
        f"PARIS — {_FR_QUOTE}, a déclaré Camille Dubois.",
        f"{_FR_QUOTE}, selon Camille Dubois.",
        "« C'est une bonne journée pour tous ceux qui vivent et travaillent dans cette ville », "
        "a déclaré Camille Dubois.",
    ),
    dateline="PARIS",
    parts=[
        ("headline",),
        ("date",),
        ("body",),
        (
            "sidebar",
            "À lire aussi",
            "Le gouvernement présente un plan contre la hausse de l'énergie après un long bras "
            "de fer",
            "Le gouvernement a annoncé un nouveau plan pour les transports après des semaines de "
            "discussions après un long débat à l'Assemblée dans la capitale.",
        ),
    ],
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

THREE_NAME_BYLINE_AS_HEADLINE = make_page(
    headline="Government unveils plan to cut energy prices",
    published=dt.date(2005, 1, 1),
    date_text="January 1, 2005",
    authors=("James Thompson", "James Carter", "Sarah Thompson"),
    byline="James Thompson, James Carter and Sarah Thompson",
    paragraphs=(
        "WASHINGTON — “We will not accept a plan that leaves the poorest families behind,” "
        "James Thompson said.",
    ),
    dateline="WASHINGTON",
    parts=[
        ("section", "World"),
        ("headline",),
        ("byline",),
        ("date",),
        ("hidden", "Subscribe to read the full story", "Already a subscriber? Sign in"),
        (
            "caption",
            "Protesters gather outside the town hall on Monday evening.",
            "Photo: Getty Images",
        ),
        ("body",),
    ],
)
"""Headline: a bare three-name byline under the headline, over a one-sentence story (found by
the random search), is taken for the headline."""

_FR_QUOTE = (
    "« Nous n'accepterons pas un plan qui laisse de côté les familles les plus modestes », "
    "a déclaré Camille Dubois."
)
_EN_QUOTE = (
    "WASHINGTON — “We will not accept a plan that leaves the poorest families behind,” "
    "James Thompson said."
)

SITE_NAME_OVER_HEADLINE = unsigned_page(
    lang="fr",
    headline="Le gouvernement présente un plan contre la hausse de l'énergie",
    paragraphs=(_FR_QUOTE,),
    parts=[
        Part(role="nav", lines=("Aller au contenu", "Accueil", "International"), gap=0),
        Part(role="site", lines=("Le Courrier du Soir",), gap=0),
        Part(
            role="headline",
            lines=("Le gouvernement présente un plan contre la hausse de l'énergie",),
            gap=0,
        ),
        Part(role="date", lines=("1er janvier 2005",), gap=0),
        ("hidden", "Réservé aux abonnés", "Déjà abonné ? Se connecter"),
        ("caption", "Des manifestants rassemblés devant la mairie lundi soir.", "Photo : AFP"),
        ("body",),
    ],
)
"""Headline (found by the random search, dev profile): the site's name glued between the menu
and the headline was scored as the headline, and the headline as its standfirst."""

SITE_NAME_OVER_HEADLINE_AND_META_LINE = make_page(
    lang="fr",
    headline="Le gouvernement présente un plan contre la hausse de l'énergie",
    published=dt.date(2005, 1, 1),
    date_text="Publié le 1er janvier 2005",
    authors=("Camille Dubois", "Camille Lefèvre"),
    byline="Camille Dubois et Camille Lefèvre",
    paragraphs=(_FR_QUOTE,),
    parts=[
        Part(role="nav", lines=("Aller au contenu", "Accueil", "International"), gap=0),
        Part(role="site", lines=("Le Courrier du Soir",), gap=0),
        Part(
            role="headline",
            lines=("Le gouvernement présente un plan contre la hausse de l'énergie",),
            gap=0,
        ),
        ("meta", "Camille Dubois et Camille Lefèvre | Publié le 1er janvier 2005"),
        ("body",),
    ],
)
"""Headline (text, explore seed 20): the site's name glued between the menu and the headline
was the headline when a byline-and-date line printed apart followed the headline (with the
date glued under it, ``SITE_NAME_OVER_HEADLINE``, the headline won): the line, a name, a
"|" and a date, has a photo credit's shape, and a credit under a line makes it a caption
(fixed: a credit-shaped line that holds a date is no photo's credit;
``headline._clutter_penalty``)."""

BARE_NAME_UNDER_SHARE_BAR = make_page(
    headline="Government unveils school closures",
    published=dt.date(2005, 1, 1),
    date_text="January 1, 2005",
    authors=("James Thompson",),
    byline="James Thompson",
    paragraphs=(_EN_QUOTE,),
    dateline="WASHINGTON",
    parts=[
        ("section", "World"),
        Part(role="headline", lines=("Government unveils school closures",), gap=0),
        Part(role="widget", lines=("Share", "Tweet", "Email"), gap=0),
        Part(role="byline", lines=("James Thompson",), gap=0),
        Part(role="date", lines=("January 1, 2005",), gap=0),
        ("hidden", "Subscribe to read the full story", "Already a subscriber? Sign in"),
        (
            "caption",
            "Protesters gather outside the town hall on Monday evening.",
            "Photo: Getty Images",
        ),
        ("body",),
    ],
)
"""Headline (found by the random search, ci profile): a bare one-name byline between a share
bar and the date line outscored the four-word headline above the share bar, whose byline and
date the share bar pushed out of reach."""

THREE_WORD_HEADLINE_OVER_SPACED_BYLINE = make_page(
    lang="de",
    headline="Regierung stoppt Schulschließungen",
    published=dt.date(2005, 1, 1),
    date_text="1. Januar 2005",
    authors=("Jörg Krämer", "Miriam Schneider", "Hans-Peter Neumann"),
    byline="Jörg Krämer, Miriam Schneider und Hans-Peter Neumann",
    paragraphs=(_DE_QUOTE_1,),
    parts=[
        ("section", "Politik"),
        Part(role="headline", lines=("Regierung stoppt Schulschließungen",), gap=0),
        ("byline",),
        ("date",),
        ("body",),
    ],
)
"""Headline (found by the random search, ci profile): a three-word headline over a blank
line and a bare byline was taken for a menu item, and the seven-word byline won."""

SHORT_HEADLINE_OVER_SHARE_BAR = unsigned_page(
    lang="de",
    headline="Regierung kippt Rentenreform",
    paragraphs=(_DE_QUOTE_1,),
    updated_text="Aktualisiert am 2. Januar 2005",
    parts=[
        Part(role="site", lines=("Rheinische Rundschau",), gap=0),
        ("section", "Politik"),
        Part(role="headline", lines=("Regierung kippt Rentenreform",), gap=0),
        Part(role="widget", lines=("Teilen", "Artikel teilen"), gap=0),
        Part(role="date", lines=("1. Januar 2005",), gap=0),
        Part(role="updated", lines=("Aktualisiert am 2. Januar 2005",), gap=0),
        ("body",),
    ],
)
"""Headline (found by the random search, explore seed 1): a three-word headline between a
section label and a share bar was read as a menu item, and the site's name won."""

SITE_NAME_GLUED_UNDER_MENU_OVER_HEADLINE_APART = unsigned_page(
    lang="fr",
    headline="Le gouvernement présente un plan contre la hausse de l'énergie",
    paragraphs=(
        "La maire va examiner la construction d'un nouveau pont dans un communiqué. Le conseil "
        "municipal a reporté la réforme des retraites après un long débat à l'Assemblée selon "
        "les chiffres officiels avant la pause estivale.",
    ),
    parts=[
        Part(role="nav", lines=("Accueil",), gap=0),
        Part(role="site", lines=("La Gazette de l'Ouest",), gap=0),
        ("headline",),
        ("body",),
    ],
)
"""Headline (text, explore seed 106; fixed): the site's name glued under a one-entry menu, the
headline printed apart under it over the body: the four-word French name ("La Gazette de
l'Ouest"; an English name of three words is too short) made a standfirst of the headline, and
the name scored 2.70 against the headline's 2.44. A capitalised name glued under the menu
over an unsigned sentence-case line printed apart, ending no clause, now makes no standfirst
of it (``headline_around._name_over_headline``)."""

THREE_NAME_META_LINE_OVER_UPDATE_LINE = make_page(
    lang="fr",
    headline="Le gouvernement présente un plan contre la hausse de l'énergie",
    published=dt.date(2023, 10, 5),
    date_text="5 octobre 2023",
    authors=("François de La Roche", "Camille Lefèvre", "Étienne Lefèvre"),
    byline="François de La Roche, Camille Lefèvre et Étienne Lefèvre",
    updated_text="Mis à jour le 6 octobre 2023",
    paragraphs=(
        "Les agriculteurs du nord a reporté un accord avec les syndicats depuis le début de 2017 "
        "selon les chiffres officiels dans la capitale.",
    ),
    parts=[
        ("headline",),
        ("meta", "François de La Roche, Camille Lefèvre et Étienne Lefèvre · 5 octobre 2023"),
        Part(role="updated", lines=("Mis à jour le 6 octobre 2023",), gap=0),
        ("body",),
    ],
)
"""Headline and authors (text, explore seed 107; fixed): a bare three-name byline-and-date line
(one name with the particles "de La") over an update line glued under it scored 5.13 against
the headline's 4.84, and the headline's own line was then no byline: the particles took the
line past a date line's twelve words, and the update line under it gave it a signed line's
bonus. A dated line with only names before its date is now a byline or date line
(``headline_lines.is_byline_or_date``)."""

SITE_NAME_OVER_SHORT_HEADLINE = unsigned_page(
    lang="de",
    headline="Regierung kippt Rentenreform",
    paragraphs=(_DE_QUOTE_1,),
    parts=[
        Part(role="site", lines=("Rheinische Rundschau",), gap=0),
        Part(role="headline", lines=("Regierung kippt Rentenreform",), gap=0),
        Part(role="date", lines=("1. Januar 2005",), gap=0),
        ("body",),
    ],
)
"""Authors (found by the random search, explore seed 1): the site's name over a three-word
headline over the date was read as a bare byline, the headline taken for a role label
between the name and its date."""

AD_BEFORE_SUBHEADED_SHORT_PARAGRAPHS = unsigned_page(
    headline="Government unveils plan to cut energy prices",
    paragraphs=(
        _EN_QUOTE,
        "The government announced a new plan for public transport on Tuesday.",
        "The government announced a new plan for public transport after weeks of talks.",
    ),
    parts=[
        ("headline",),
        ("date",),
        ("body", _EN_QUOTE),
        ("ad", "Advertisement"),
        ("subheading", "A long dispute"),
        ("body", "The government announced a new plan for public transport on Tuesday."),
        ("ad", "Advertisement"),
        ("subheading", "Reaction from the opposition"),
        ("body", "The government announced a new plan for public transport after weeks of talks."),
    ],
)
"""Body (found by the random search, explore seed 2): the text body stopped at the first ad when
sub-headings and short paragraphs followed it, where the HTML body kept them (fixed: a row of
boxes costs what its costliest box costs)."""

BARE_BYLINE_WITH_DASH = make_page(
    lang="es",
    headline="El Gobierno presenta la nueva red de autobuses",
    published=dt.date(2019, 3, 16),
    date_text="Publicado el 16 marzo 2019",
    authors=("María Sánchez", "Sergio Fernández", "María Martínez Ruiz"),
    byline="María Sánchez, Sergio Fernández y María Martínez Ruiz",
    paragraphs=(_ES_PARAGRAPH,),
    parts=[
        ("headline",),
        (
            "meta",
            "María Sánchez, Sergio Fernández y María Martínez Ruiz - Publicado el 16 marzo 2019",
        ),
        ("body",),
    ],
)
"""Authors: a bare-name byline followed by " - <date>" (more than 12 words) gives no authors."""

SITE_NAME_AS_AUTHOR = make_page(
    lang="de",
    headline="Regierung verteidigt Klinikfusion überraschend",
    published=dt.date(2016, 7, 5),
    date_text="2016-07-05",
    authors=(),
    byline="",
    paragraphs=(
        "Viele Anwohner prüft neue Regeln für Ferienwohnungen vor Journalisten nach wochenlangen "
        "Verhandlungen.",
    ),
    parts=[
        ("nav", "Politik", "Sport", "Abonnieren"),
        ("site", "Rheinische Rundschau"),
        ("headline",),
        ("date",),
        ("body",),
    ],
)
"""Authors: on a page without byline, the site-name line is read as a bare-name byline."""

_DE_SHORT = (
    "BERLIN – Die Lehrkräfte begrüßte die Reform der Rentenversicherung auf einer Pressekonferenz."
)
_DE_LONG = (
    "Viele Anwohner präsentierte einen neuen Plan für den Nahverkehr nach einer langen Debatte im "
    "Landtag nach wochenlangen Verhandlungen."
)
AD_AFTER_SHORT_FIRST_PARAGRAPH = make_page(
    lang="de",
    headline="Ministerin stoppt Brückenprojekt",
    published=dt.date(2012, 10, 11),
    date_text="Erschienen am 11.10.2012",
    authors=("Ayşe Hoffmann",),
    byline="Autor: Ayşe Hoffmann",
    dateline="BERLIN",
    paragraphs=(_DE_SHORT, _DE_LONG),
    parts=[
        ("headline",),
        ("meta", "Autor: Ayşe Hoffmann | Erschienen am 11.10.2012"),
        ("body", _DE_SHORT),
        ("ad", "Anzeige"),
        ("body", _DE_LONG),
    ],
)
"""Body: a short first paragraph followed by an ad line is dropped."""

_GENEVE = (
    "GENÈVE — La commission a annoncé un accord avec les syndicats malgré de vives critiques à "
    "une courte majorité."
)
_SHORT_LAST = "Le gouvernement a annoncé les changements du système de santé mardi."
AD_BEFORE_SHORT_LAST_PARAGRAPH = make_page(
    lang="fr",
    headline="Le gouvernement défend un plan contre la hausse de l'énergie",
    published=dt.date(2020, 2, 23),
    date_text="2020-02-23",
    authors=(),
    byline="",
    dateline="GENÈVE",
    paragraphs=(_GENEVE, _SHORT_LAST),
    parts=[
        ("nav", "Menu", "Aller au contenu", "Accueil"),
        ("headline",),
        ("date",),
        ("body", _GENEVE),
        ("ad", "Publicité"),
        ("body", _SHORT_LAST),
    ],
)
"""Body: a short last paragraph after an ad line is dropped."""

_DE_CLOSING_QUOTE = (
    "Jörg Weiß sagte: „Die Zahlen zeigen, dass unser Weg funktioniert und wir ihn fortsetzen.“"
)
GERMAN_CLOSING_QUOTE = make_page(
    lang="de",
    headline="Stadtrat billigt Schulschließungen",
    published=dt.date(2008, 3, 12),
    date_text="12.03.2008",
    authors=("Jörg Schneider",),
    byline="Von Jörg Schneider",
    paragraphs=(_DE_CLOSING_QUOTE,),
    parts=[
        ("headline",),
        ("byline",),
        ("date",),
        ("body",),
    ],
)
"""Body: a paragraph ending in a German closing quote (.“) is not read as a sentence."""

_MUENCHEN = (
    "MÜNCHEN — Der Ausschuss kündigte einen neuen Plan für den Nahverkehr trotz heftiger Kritik "
    "nach einer langen Debatte im Landtag auf einer Pressekonferenz an."
)
_DE_LAST = (
    "Die Bundesregierung kündigte einen Bericht über die Wasserqualität in einer schriftlichen "
    "Erklärung an."
)
BODY_SENTENCE_AS_HEADLINE = make_page(
    lang="de",
    headline="Regierung kippt Plan gegen hohe Energiepreise",
    published=dt.date(2017, 8, 18),
    date_text="Stand: 18.08.2017",
    authors=("Felix Neumann", "Ayşe Müller", "Katrin Müller"),
    byline="Von Felix Neumann, Ayşe Müller und Katrin Müller",
    dateline="MÜNCHEN",
    paragraphs=(_MUENCHEN, _DE_LAST),
    parts=[
        ("section", "Wirtschaft"),
        ("headline",),
        ("meta", "Von Felix Neumann, Ayşe Müller und Katrin Müller | Stand: 18.08.2017"),
        ("caption", "Demonstranten versammeln sich am Montagabend vor dem Rathaus.", "Foto: dpa"),
        ("body",),
    ],
)
"""Headline: the last body sentence outscores the real headline (a caption and a long byline
line sit between them), and the first paragraph is then dropped as "before-headline"."""


READ_ALSO_BLURB_AFTER_BODY = unsigned_page(
    lang="de",
    headline="Regierung stellt Plan gegen hohe Energiepreise vor",
    paragraphs=(_DE_QUOTE_1, _DE_QUOTE_2),
    parts=[
        ("headline",),
        ("date",),
        ("body",),
        (
            "sidebar",
            "Auch interessant",
            "Regierung stellt Plan gegen hohe Energiepreise vor",
            "Regierung kippt Rentenreform",
            "Die Bundesregierung kündigte einen neuen Plan für den Nahverkehr am Dienstag an.",
        ),
    ],
)

"""Body (found by the random search): a "Read also" list after the body, printed without
blank lines and ending in a one-sentence blurb, took the blurb for the article resuming."""

READ_ALSO_BLURB_AMONG_TEASERS = unsigned_page(
    lang="fr",
    headline="Le gouvernement présente un plan contre la hausse de l'énergie",
    paragraphs=(_FR_PARAGRAPH,),
    parts=[
        ("headline",),
        ("date",),
        ("body",),
        (
            "sidebar",
            "À lire aussi",
            "Le gouvernement présente le projet de pont",
            "Le gouvernement a annoncé un nouveau plan pour les transports mardi.",
            "La SNCF réclame le nouveau réseau de bus",
        ),
    ],
)
"""Body (found by the random search): the same, with the blurb between two teasers."""


TAG_LIST_TAIL_NOT_IN_BODY = make_page(
    lang="fr",
    headline="Le gouvernement défend les coupes budgétaires",
    published=dt.date(2006, 1, 3),
    date_text="3 janvier 2006",
    authors=(),
    byline="",
    paragraphs=(
        "La ministre des Finances a approuvé la réforme des retraites dans un communiqué mardi.",
    ),
    tags=("Politique", "Retraites", "Élections"),
    parts=[
        ("headline",),
        ("date",),
        ("body",),
        ("tag-list", "Mots-clés", "Politique", "Retraites", "Élections"),
    ],
)
"""Tags: 'Élections', after the last tag the body mentions ('retraites'), was cut (text) though
the end of the dump closes the list (fixed: only a list run on, or a menu in it, loses its tail)."""

TAG_LIST_ENDS_ON_SECTION_WORD = unsigned_page(
    lang="fr",
    headline="Le gouvernement présente un plan contre la hausse de l'énergie",
    paragraphs=("Le gouvernement a annoncé la réforme des retraites mardi.",),
    tags=("Retraites", "Politique"),
    parts=[
        ("section", "Politique"),
        ("headline",),
        ("date",),
        ("body",),
        ("tag-list", "Mots-clés", "Retraites", "Politique"),
    ],
)
"""Tags: 'Politique' closes the list and is also a section (navigation) line; a menu run on
into a closed list loses the list's tail, but a lone menu word at its end is a tag (text;
found by the explore profile, seed 12)."""

TAG_LIST_SECTION_WORD_INSIDE = unsigned_page(
    lang="fr",
    headline="Le gouvernement présente un plan contre la hausse de l'énergie",
    paragraphs=("Le gouvernement a annoncé la réforme des retraites mardi.",),
    tags=("Retraites", "Politique", "Climat"),
    parts=[
        ("headline",),
        ("date",),
        ("body",),
        ("tag-list", "Mots-clés", "Retraites", "Politique", "Climat"),
    ],
)
"""Tags: 'Politique' (a section, also a navigation line) inside a closed list is a tag, not a
menu run on: only site-service lines ('Newsletter', 'Kontakt') cut a closed list's tail
(text; found by the explore profile, seed 12)."""

YEAR_IN_LAST_PARAGRAPH = unsigned_page(
    headline="Government unveils school closures",
    paragraphs=(
        "The minister said the plan would be funded by savings in other departments.",
        "The government announced a new plan for public transport since the start of 2017.",
    ),
    parts=[
        ("headline",),
        ("date",),
        ("body",),
    ],
)
"""Idempotence: without the date line, the paragraph ending in a year ("of 2017.") was once
read as the headline (a year before the final period did not end a sentence)."""


FOUR_WORD_SECOND_NAME = make_page(
    lang="es",
    headline="El Gobierno presenta un plan contra la subida de la luz",
    published=dt.date(2005, 1, 1),
    date_text="1 de enero de 2005",
    authors=("Ana Belén García", "Ana Belén Martínez Ruiz"),
    byline="Por Ana Belén García y Ana Belén Martínez Ruiz",
    paragraphs=(_ES_PARAGRAPH,),
    parts=[
        ("headline",),
        ("byline",),
        ("date",),
        ("body",),
    ],
)
"""Authors (explore seed 4): three names for two, text dump and HTML alike, when the first
name's "Ana Belén" counted as evidence that the second one ran two names together."""

FOUR_WORD_NAME_AND_NAMESAKE = make_page(
    lang="es",
    headline="El Gobierno aprueba los pisos turísticos",
    published=dt.date(2005, 1, 1),
    date_text="1 de enero de 2005",
    authors=("Ana Belén Martínez Ruiz",),
    byline="Por Ana Belén Martínez Ruiz",
    paragraphs=("«No vamos a aceptar este plan», dijo Ana Belén Sánchez.",),
    parts=[
        ("headline",),
        ("byline",),
        ("date",),
        ("body",),
    ],
)
"""Authors (text, explore seed 19): one name with two surnames read as two names, "Ana Belén"
and "Martínez Ruiz", because the body quotes an "Ana Belén Sánchez": given names followed by
another surname name someone else, and are no evidence now that the byline ran two together."""

BARE_BYLINE_OVER_SHARE_BAR_AND_DATE = make_page(
    lang="es",
    headline="Renfe defiende la nueva red de autobuses",
    published=dt.date(2016, 7, 28),
    date_text="Publicado el jueves, 28 de julio de 2016",
    authors=("Javier Sánchez", "Paula Sánchez", "Paula López"),
    byline="Javier Sánchez, Paula Sánchez y Paula López",
    tags=("Precio de la luz", "Agricultura", "Vivienda", "Política", "Elecciones", "Empleo"),
    paragraphs=(
        "El ayuntamiento debatió nuevas normas para los pisos turísticos antes del verano por "
        "tercera vez este año desde principios de 2017.",
    ),
    parts=[
        ("headline",),
        ("byline",),
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
        ("body",),
    ],
)
"""Authors (text, explore seed 100): a bare byline (no "Por") three lines over its date line,
a share bar between, the body start far below (a tag list between): the name line was not
worth reading (no date line between the headline and it, no digit two lines around)."""

TAG_LIST_OVER_SHARE_LINE = unsigned_page(
    headline="Government unveils plan to cut energy prices",
    paragraphs=("The government announced a new plan for public transport on Tuesday.",),
    tags=("Public transport", "Climate change"),
    parts=[
        ("headline",),
        ("date",),
        ("body",),
        ("tag-list", "Tags", "Public transport", "Climate change"),
        Part(role="widget", lines=("Share",), gap=0),
    ],
)
"""Tags (text, explore seed 7): 'Climate change', after the last tag the body mentions, was
cut because the 'Share' line under the list is glued to it: the list read as running on. A
known widget line closes the list now, as a label line ("Share:") or a blank line does."""

MOST_READ_BLURBS_UNDER_GLUED_PARAGRAPHS = make_page(
    headline="Government unveils plan to cut energy prices",
    published=dt.date(2018, 4, 15),
    date_text="April 15, 2018",
    authors=(),
    byline="",
    paragraphs=(
        "The government announced a new plan for public transport on Tuesday.",
        "The central bank discussed a new plan for housing on Monday.",
    ),
    parts=[
        ("headline",),
        ("date",),
        Part(
            role="body",
            lines=("The government announced a new plan for public transport on Tuesday.",),
        ),
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
    ],
)
"""Body (text, explore seed 9): the two blurbs of the 'Most read' box joined the body: the
last paragraph, glued to the one above, did not count as spaced (fixed: a blank line setting
the heading apart from it lists the glued lines under it)."""

_LONG_DIV_HEADLINE = (
    "Government unveils plan to cut energy prices after a long and bitter dispute with unions"
)
LONG_DIV_HEADLINE_OVER_DATE_LINE = attrs.evolve(
    make_page(
        headline=_LONG_DIV_HEADLINE,
        published=dt.date(2025, 8, 11),
        date_text="Published August 11, 2025",
        authors=(),
        byline="",
        paragraphs=(
            "The regional authority announced a new plan for public transport after weeks of "
            "talks with the unions. Local officials signed a report on water quality in a "
            "written statement.",
        ),
        parts=[
            ("headline",),
            ("date",),
            ("body",),
        ],
    ),
    # A <div> headline, a meta published time and an unquoted class="date" on the line.
    html_variant=145,
)
"""Body (HTML, explore seed 14): the date line under the headline was the first paragraph."""
