"""Paragraphs and quotes that pinned pages of several fields (and the pinned pairs) share."""

from __future__ import annotations

_EN_PARAGRAPH = (
    "The government announced a new plan for public transport on Tuesday after weeks of talks."
)


_DE_QUOTE_1 = (
    "„Niemand hat bisher erklärt, woher das Geld eigentlich kommen soll“, sagte Jürgen Weiß."
)


_DE_QUOTE_2 = (
    "„Das ist ein guter Tag für alle, die in dieser Stadt leben und arbeiten“, sagte Anna Becker."
)


_FR_PARAGRAPH = (
    "La préfecture a signé la proposition de hausse des impôts locaux malgré de vives critiques "
    "mardi."
)


_ES_PARAGRAPH = (
    "La ministra de Hacienda aprobó la propuesta de subir los impuestos locales durante una "
    "rueda de prensa en la capital."
)


_EN_QUOTE = (
    "WASHINGTON — “We will not accept a plan that leaves the poorest families behind,” "
    "James Thompson said."
)
