"""Pinned pages of headline bugs: bylines, site names, share bars and sentences that
outscored the headline."""

from __future__ import annotations

import datetime as dt

from tests.properties.pages.texts import (
    _DE_QUOTE_1,
    _EN_PARAGRAPH,
    _EN_QUOTE,
    _ES_PARAGRAPH,
)
from tests.strategies import (
    Part,
    pinned_page,
)

_THREE_NAMES = ("James Thompson", "James Carter", "Sarah Thompson")
_THREE_NAMES_LINE = "James Thompson, James Carter and Sarah Thompson"

LONG_BYLINE_AS_HEADLINE = pinned_page(
    "Government unveils plan to cut energy prices",
    _EN_PARAGRAPH,
    "headline",
    ("meta", f"By {_THREE_NAMES_LINE} | Published: September 1, 2005"),
    "body",
    date=(dt.date(2005, 9, 1), "Published: September 1, 2005"),
    by=(f"By {_THREE_NAMES_LINE}", *_THREE_NAMES),
)
"""Headline: a byline+date line of more than 8 words outscores the real headline."""


BARE_BYLINE_AS_HEADLINE = pinned_page(
    "El Gobierno presenta un plan contra la subida de la luz",
    _ES_PARAGRAPH,
    "headline",
    (
        "meta",
        "Javier Sánchez, Carmen Ortega y María Martínez Ruiz | Publicado el 10/02/2014 18:47",
    ),
    "body",
    lang="es",
    date=(dt.date(2014, 2, 10), "Publicado el 10/02/2014 18:47"),
    by=(
        "Javier Sánchez, Carmen Ortega y María Martínez Ruiz",
        "Javier Sánchez",
        "Carmen Ortega",
        "María Martínez Ruiz",
    ),
)
"""Headline and authors: a bare-name byline with its date is taken for the headline."""


THREE_NAME_BYLINE_AS_HEADLINE = pinned_page(
    "Government unveils plan to cut energy prices",
    "WASHINGTON — “We will not accept a plan that leaves the poorest families behind,” "
    "James Thompson said.",
    ("section", "World"),
    "headline byline date",
    ("hidden", "Subscribe to read the full story", "Already a subscriber? Sign in"),
    (
        "caption",
        "Protesters gather outside the town hall on Monday evening.",
        "Photo: Getty Images",
    ),
    "body",
    date=(dt.date(2005, 1, 1), "January 1, 2005"),
    by=(_THREE_NAMES_LINE, *_THREE_NAMES),
    dateline="WASHINGTON",
)
"""Headline: a bare three-name byline under the headline, over a one-sentence story (found by
the random search), is taken for the headline."""


_FR_QUOTE = (
    "« Nous n'accepterons pas un plan qui laisse de côté les familles les plus modestes », "
    "a déclaré Camille Dubois."
)

_FR_MENU_SITE_HEADLINE = (
    Part(role="nav", lines=("Aller au contenu", "Accueil", "International"), gap=0),
    Part(role="site", lines=("Le Courrier du Soir",), gap=0),
    Part(
        role="headline",
        lines=("Le gouvernement présente un plan contre la hausse de l'énergie",),
        gap=0,
    ),
)
"""A French page's menu, the site's name and the headline, glued (two pinned pages)."""


SITE_NAME_OVER_HEADLINE = pinned_page(
    "Le gouvernement présente un plan contre la hausse de l'énergie",
    _FR_QUOTE,
    *_FR_MENU_SITE_HEADLINE,
    Part(role="date", lines=("1er janvier 2005",), gap=0),
    ("hidden", "Réservé aux abonnés", "Déjà abonné ? Se connecter"),
    ("caption", "Des manifestants rassemblés devant la mairie lundi soir.", "Photo : AFP"),
    "body",
    lang="fr",
)
"""Headline (found by the random search, dev profile): the site's name glued between the menu
and the headline was scored as the headline, and the headline as its standfirst."""


SITE_NAME_OVER_HEADLINE_AND_META_LINE = pinned_page(
    "Le gouvernement présente un plan contre la hausse de l'énergie",
    _FR_QUOTE,
    *_FR_MENU_SITE_HEADLINE,
    ("meta", "Camille Dubois et Camille Lefèvre | Publié le 1er janvier 2005"),
    "body",
    lang="fr",
    date=(dt.date(2005, 1, 1), "Publié le 1er janvier 2005"),
    by=("Camille Dubois et Camille Lefèvre", "Camille Dubois", "Camille Lefèvre"),
)
"""Headline (text, explore seed 20): the site's name glued between the menu and the headline
was the headline when a byline-and-date line printed apart followed the headline (with the
date glued under it, ``SITE_NAME_OVER_HEADLINE``, the headline won): the line, a name, a
"|" and a date, has a photo credit's shape, and a credit under a line makes it a caption
(fixed: a credit-shaped line that holds a date is no photo's credit;
``headline._clutter_penalty``)."""


BARE_NAME_UNDER_SHARE_BAR = pinned_page(
    "Government unveils school closures",
    _EN_QUOTE,
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
    "body",
    date=(dt.date(2005, 1, 1), "January 1, 2005"),
    by=("James Thompson", "James Thompson"),
    dateline="WASHINGTON",
)
"""Headline (found by the random search, ci profile): a bare one-name byline between a share
bar and the date line outscored the four-word headline above the share bar, whose byline and
date the share bar pushed out of reach."""


THREE_WORD_HEADLINE_OVER_SPACED_BYLINE = pinned_page(
    "Regierung stoppt Schulschließungen",
    _DE_QUOTE_1,
    ("section", "Politik"),
    Part(role="headline", lines=("Regierung stoppt Schulschließungen",), gap=0),
    "byline date body",
    lang="de",
    date=(dt.date(2005, 1, 1), "1. Januar 2005"),
    by=(
        "Jörg Krämer, Miriam Schneider und Hans-Peter Neumann",
        "Jörg Krämer",
        "Miriam Schneider",
        "Hans-Peter Neumann",
    ),
)
"""Headline (found by the random search, ci profile): a three-word headline over a blank
line and a bare byline was taken for a menu item, and the seven-word byline won."""


SHORT_HEADLINE_OVER_SHARE_BAR = pinned_page(
    "Regierung kippt Rentenreform",
    _DE_QUOTE_1,
    Part(role="site", lines=("Rheinische Rundschau",), gap=0),
    ("section", "Politik"),
    Part(role="headline", lines=("Regierung kippt Rentenreform",), gap=0),
    Part(role="widget", lines=("Teilen", "Artikel teilen"), gap=0),
    Part(role="date", lines=("1. Januar 2005",), gap=0),
    Part(role="updated", lines=("Aktualisiert am 2. Januar 2005",), gap=0),
    "body",
    lang="de",
    updated_text="Aktualisiert am 2. Januar 2005",
)
"""Headline (found by the random search, explore seed 1): a three-word headline between a
section label and a share bar was read as a menu item, and the site's name won."""


SITE_NAME_GLUED_UNDER_MENU_OVER_HEADLINE_APART = pinned_page(
    "Le gouvernement présente un plan contre la hausse de l'énergie",
    "La maire va examiner la construction d'un nouveau pont dans un communiqué. Le conseil "
    "municipal a reporté la réforme des retraites après un long débat à l'Assemblée selon "
    "les chiffres officiels avant la pause estivale.",
    Part(role="nav", lines=("Accueil",), gap=0),
    Part(role="site", lines=("La Gazette de l'Ouest",), gap=0),
    "headline body",
    lang="fr",
)
"""Headline (text, explore seed 106; fixed): the site's name glued under a one-entry menu, the
headline printed apart under it over the body: the four-word French name ("La Gazette de
l'Ouest"; an English name of three words is too short) made a standfirst of the headline, and
the name scored 2.70 against the headline's 2.44. A capitalised name glued under the menu
over an unsigned sentence-case line printed apart, ending no clause, now makes no standfirst
of it (``headline_around._name_over_headline``)."""


THREE_NAME_META_LINE_OVER_UPDATE_LINE = pinned_page(
    "Le gouvernement présente un plan contre la hausse de l'énergie",
    "Les agriculteurs du nord a reporté un accord avec les syndicats depuis le début de 2017 "
    "selon les chiffres officiels dans la capitale.",
    "headline",
    ("meta", "François de La Roche, Camille Lefèvre et Étienne Lefèvre · 5 octobre 2023"),
    Part(role="updated", lines=("Mis à jour le 6 octobre 2023",), gap=0),
    "body",
    lang="fr",
    date=(dt.date(2023, 10, 5), "5 octobre 2023"),
    by=(
        "François de La Roche, Camille Lefèvre et Étienne Lefèvre",
        "François de La Roche",
        "Camille Lefèvre",
        "Étienne Lefèvre",
    ),
    updated_text="Mis à jour le 6 octobre 2023",
)
"""Headline and authors (text, explore seed 107; fixed): a bare three-name byline-and-date line
(one name with the particles "de La") over an update line glued under it scored 5.13 against
the headline's 4.84, and the headline's own line was then no byline: the particles took the
line past a date line's twelve words, and the update line under it gave it a signed line's
bonus. A dated line with only names before its date is now a byline or date line
(``headline_lines.is_byline_or_date``)."""


_MUENCHEN = (
    "MÜNCHEN — Der Ausschuss kündigte einen neuen Plan für den Nahverkehr trotz heftiger Kritik "
    "nach einer langen Debatte im Landtag auf einer Pressekonferenz an."
)


_DE_LAST = (
    "Die Bundesregierung kündigte einen Bericht über die Wasserqualität in einer schriftlichen "
    "Erklärung an."
)


BODY_SENTENCE_AS_HEADLINE = pinned_page(
    "Regierung kippt Plan gegen hohe Energiepreise",
    (_MUENCHEN, _DE_LAST),
    ("section", "Wirtschaft"),
    "headline",
    ("meta", "Von Felix Neumann, Ayşe Müller und Katrin Müller | Stand: 18.08.2017"),
    ("caption", "Demonstranten versammeln sich am Montagabend vor dem Rathaus.", "Foto: dpa"),
    "body",
    lang="de",
    date=(dt.date(2017, 8, 18), "Stand: 18.08.2017"),
    by=(
        "Von Felix Neumann, Ayşe Müller und Katrin Müller",
        "Felix Neumann",
        "Ayşe Müller",
        "Katrin Müller",
    ),
    dateline="MÜNCHEN",
)
"""Headline: the last body sentence outscores the real headline (a caption and a long byline
line sit between them), and the first paragraph is then dropped as "before-headline"."""
