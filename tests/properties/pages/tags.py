"""Pinned pages of tag bugs: tag lists that take a caption, a section word or a share line."""

from __future__ import annotations

import datetime as dt

from tests.strategies import (
    Part,
    pinned_page,
)

TAG_LIST_SWALLOWS_CAPTION = pinned_page(
    "Regierung stellt Plan gegen hohe Energiepreise vor",
    "Die Bundesregierung kritisierte den Haushalt für das kommende Jahr in der Hauptstadt "
    "nach Angaben der Behörden.",
    "headline byline date",
    ("tag-list", "Schlagwörter", "Rente", "Bildung"),
    ("caption", "Demonstranten versammeln sich am Montagabend vor dem Rathaus.", "Foto: dpa"),
    "body",
    lang="de",
    date=(dt.date(2020, 1, 8), "08.01.2020"),
    by=("Von Anna Weiß", "Anna Weiß"),
    tags=("Rente", "Bildung"),
)
"""Tags: a "Tags" heading list takes the next short line (a caption) after a blank line."""


TAG_LIST_TAIL_NOT_IN_BODY = pinned_page(
    "Le gouvernement défend les coupes budgétaires",
    "La ministre des Finances a approuvé la réforme des retraites dans un communiqué mardi.",
    "headline date body",
    ("tag-list", "Mots-clés", "Politique", "Retraites", "Élections"),
    lang="fr",
    date=(dt.date(2006, 1, 3), "3 janvier 2006"),
    tags=("Politique", "Retraites", "Élections"),
)
"""Tags: 'Élections', after the last tag the body mentions ('retraites'), was cut (text) though
the end of the dump closes the list (fixed: only a list run on, or a menu in it, loses its tail)."""


TAG_LIST_ENDS_ON_SECTION_WORD = pinned_page(
    "Le gouvernement présente un plan contre la hausse de l'énergie",
    "Le gouvernement a annoncé la réforme des retraites mardi.",
    ("section", "Politique"),
    "headline date body",
    ("tag-list", "Mots-clés", "Retraites", "Politique"),
    lang="fr",
    tags=("Retraites", "Politique"),
)
"""Tags: 'Politique' closes the list and is also a section (navigation) line; a menu run on
into a closed list loses the list's tail, but a lone menu word at its end is a tag (text;
found by the explore profile, seed 12)."""


TAG_LIST_SECTION_WORD_INSIDE = pinned_page(
    "Le gouvernement présente un plan contre la hausse de l'énergie",
    "Le gouvernement a annoncé la réforme des retraites mardi.",
    "headline date body",
    ("tag-list", "Mots-clés", "Retraites", "Politique", "Climat"),
    lang="fr",
    tags=("Retraites", "Politique", "Climat"),
)
"""Tags: 'Politique' (a section, also a navigation line) inside a closed list is a tag, not a
menu run on: only site-service lines ('Newsletter', 'Kontakt') cut a closed list's tail
(text; found by the explore profile, seed 12)."""


TAG_LIST_OVER_SHARE_LINE = pinned_page(
    "Government unveils plan to cut energy prices",
    "The government announced a new plan for public transport on Tuesday.",
    "headline date body",
    ("tag-list", "Tags", "Public transport", "Climate change"),
    Part(role="widget", lines=("Share",), gap=0),
    tags=("Public transport", "Climate change"),
)
"""Tags (text, explore seed 7): 'Climate change', after the last tag the body mentions, was
cut because the 'Share' line under the list is glued to it: the list read as running on. A
known widget line closes the list now, as a label line ("Share:") or a blank line does."""
