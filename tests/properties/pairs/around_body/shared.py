"""Headlines and pages several modules of ``around_body`` build on."""

from __future__ import annotations

import datetime as dt

from tests.strategies import (
    pinned_page,
)

_SHORT_ARTICLE = pinned_page(
    "City council backs budget cuts",
    "The city council approved the budget for the coming year after a long debate on Tuesday.",
    "headline byline date body",
    date=(dt.date(2020, 3, 3), "March 3, 2020"),
    by=("By Laura Carter", "Laura Carter"),
)


_READ_ALSO_HEADLINE = (
    "Le gouvernement présente un plan contre la hausse de l'énergie après un long bras de fer"
)


_DE_HEADLINE = "Regierung stellt Plan gegen hohe Energiepreise vor"
