"""Pinned pairs whose block outside the body is a comments box: threads, notices, forms
and comment headings, over or under the headline, byline and date lines, or after the body."""

from __future__ import annotations

import datetime as dt

from tests.properties.pairs.around_body.shared import (
    _DE_HEADLINE,
    _READ_ALSO_HEADLINE,
    _SHORT_ARTICLE,
)
from tests.strategies import (
    Part,
    pair_with,
    pinned_page,
)

LONGER_COMMENT_AFTER_SHORT_ARTICLE = pair_with(
    _SHORT_ARTICLE,
    4,
    (
        "comments",
        "Comments",
        "Comments are closed for this article.",
        "Omar Patel",
        "March 4, 2020",
        "I have lived here for twenty years and nobody ever asked us what we think about "
        "any of it.",
    ),
)
"""Body: after a comments heading, a comment longer than the one-paragraph article wins."""


_WASHINGTON_LEAD = (
    "WASHINGTON — The government announced a new plan for public transport on Tuesday."
)


_THREE_PARAGRAPHS = pinned_page(
    "Government unveils plan to cut energy prices",
    (
        _WASHINGTON_LEAD,
        "The minister said the plan would be funded by savings in other departments.",
        "Critics said the plan did not go far enough and called for a full review of it.",
    ),
    "headline byline date body",
    date=(dt.date(2019, 3, 30), "March 30, 2019"),
    by=("By James Thompson", "James Thompson"),
    dateline="WASHINGTON",
)


COMMENTS_BETWEEN_BYLINE_AND_BODY = pair_with(
    _THREE_PARAGRAPHS,
    3,
    Part(
        role="comments",
        lines=(
            "Comments",
            "The Daily Courier moderates all comments submitted on our website.",
            "Anna Smith",
            "March 30, 2019",
            "I have lived here for twenty years and nobody ever asked us what we think.",
        ),
        inner_gap=1,
    ),
)
"""Body: the comment under the byline was read as the first paragraph (text dump only)."""


_FR_SHORT_PARAGRAPH = "Le gouvernement a annoncé un nouveau plan pour les transports mardi."


_FR_LONG_HEADLINE = _READ_ALSO_HEADLINE


_ONE_SHORT_PARAGRAPH = pinned_page(
    _FR_LONG_HEADLINE, _FR_SHORT_PARAGRAPH, "headline body", lang="fr"
)


COMMENTS_UNDER_A_LONG_HEADLINE = pair_with(
    _ONE_SHORT_PARAGRAPH,
    1,
    Part(
        role="comments",
        lines=("Commentaires", "Votre adresse e-mail ne sera pas publiée."),
        inner_gap=1,
    ),
)
"""Body (ci profile): empty under a comments box between the headline and the paragraph."""


_DATED_SHORT_PARAGRAPH = pinned_page(
    _FR_LONG_HEADLINE, _FR_SHORT_PARAGRAPH, "headline date body", lang="fr"
)


COMMENTS_OVER_DATE_UNDER_LONG_HEADLINE = pair_with(
    _DATED_SHORT_PARAGRAPH, 1, COMMENTS_UNDER_A_LONG_HEADLINE[1].parts[1]
)
"""Body (text, explore seed 6): was empty, the paragraph under the date line read as a comment:
the long headline counts as prose, so the box was crossed only as an empty box, which did not
see past the date line (a 10-word headline, or no date line, parsed right)."""


_DE_COMMENT = (
    "Ich wohne seit zwanzig Jahren hier und niemand hat uns jemals nach unserer Meinung gefragt."
)


_DATED_DE_PAGE = pinned_page(
    _DE_HEADLINE,
    (
        "Die Bundesregierung kündigte einen neuen Plan für den Nahverkehr am Dienstag an.",
        "Die Bundesregierung kündigte einen neuen Plan nach wochenlangen Verhandlungen an.",
    ),
    "headline",
    Part(role="date", lines=("1. Januar 2005",), gap=0),
    "body",
    lang="de",
)


HEADED_COMMENT_THREAD_OVER_THE_BODY = pair_with(
    _DATED_DE_PAGE,
    2,
    Part(
        role="comments",
        lines=(
            "Kommentare",
            "Bitte beachten Sie bei Ihrem Beitrag unsere Netiquette.",
            *("Anna Müller", "01.01.2005, 17:05 Uhr", _DE_COMMENT) * 3,
        ),
        inner_gap=1,
    ),
)
"""Body (text, dev profile): the last comment and its date line were read as the first
paragraphs; the thread's first name line was taken for a second, headless thread's heading."""


_EN_HEADLINE = "Government scraps plan to cut energy prices in surprise move"


_CAPTIONED_SHORT_PAGE = pinned_page(
    _EN_HEADLINE,
    "The regional authority announced a new plan for public transport according to the "
    "official figures.",
    "headline",
    (
        "caption",
        "Protesters gather outside the town hall on Monday evening.",
        "(Adam Berg/Associated Press)",
    ),
    "body",
    date=(dt.date(2008, 5, 14), "2008-05-14"),
)


CAPTION_OVER_COMMENTS_OVER_BODY = pair_with(
    _CAPTIONED_SHORT_PAGE,
    2,
    Part(
        role="comments",
        lines=(
            "Post a comment",
            "Emily Thompson",
            "2008-05-14",
            "I have lived here for twenty years and nobody ever asked us what we think about it.",
        ),
        inner_gap=1,
    ),
)
"""Body (text, explore seed 8): the comment's sentence became the first body paragraph."""


_ES_SHORT_PAGE = pinned_page(
    "La ministra aplaza el proyecto del puente",
    "Los investigadores defendieron la propuesta de subir los impuestos locales tras un "
    "largo debate en el Congreso.",
    "headline body",
    lang="es",
    date=(dt.date(2015, 9, 5), "5 de septiembre de 2015"),
)


COMMENTER_WITH_PARTICLES_OVER_BODY = pair_with(
    _ES_SHORT_PAGE,
    1,
    Part(
        role="comments",
        lines=(
            "Escribe un comentario",
            "Carmen de la Fuente",
            "08/09/2015",
            "El ayuntamiento tendría que haber decidido esto hace muchos años.",
        ),
        inner_gap=1,
    ),
)
"""Body (text, explore seed 9): the comment's sentence became the first body paragraph; the
commenter's name, four words with particles, was not read as a name (fixed)."""


_DE_QUOTED_LEAD = (
    "„Die Zahlen zeigen, dass unser Weg funktioniert und wir ihn fortsetzen“, erklärte Miriam "
    "Hoffmann."
)


_DE_SECOND = (
    "Die Landwirte im Norden diskutierten einen neuen Plan für den Nahverkehr vor der "
    "Sommerpause. Das Unternehmen präsentierte die Ergebnisse der Ermittlungen am Dienstag."
)


_DE_META_PAGE = pinned_page(
    "Anwohner fordert neues Busnetz nach langem Streit",
    (_DE_QUOTED_LEAD, _DE_SECOND),
    "headline",
    Part(role="widget", lines=("A+ A-", "Facebook"), gap=0),
    ("meta", "Von Anna Hoffmann · Stand: 26.02.2024, 10:15 Uhr"),
    "body",
    lang="de",
    date=(dt.date(2024, 2, 26), "Stand: 26.02.2024, 10:15 Uhr"),
    by=("Von Anna Hoffmann", "Anna Hoffmann"),
)


COMMENT_AND_FORM_OVER_META_LINE = pair_with(
    _DE_META_PAGE,
    2,
    Part(
        role="comments",
        lines=(
            "Kommentare",
            "Bitte melden Sie sich an, um einen Kommentar zu schreiben.",
            "Jörg Weiß",
            "29. Februar 2024",
            "Das hätte der Stadtrat schon vor Jahren entscheiden müssen, jetzt ist es zu spät.",
            "Name",
        ),
        inner_gap=1,
    ),
)
"""Body (text, explore seed 16): a comments box under the headline holding a comment and a form
field ("Name") over the byline and date line: the field, that line and the lead read as one
more comment (name, date, sentence) and the lead was dropped (fixed: a comment's date line is
no byline)."""


_DE_UPDATED_PAGE = pinned_page(
    "Anwohner fordert neues Busnetz nach langem Streit",
    (_DE_QUOTED_LEAD, _DE_SECOND),
    "headline byline",
    Part(role="date", lines=("Aktualisiert am 27. Februar 2024",), gap=0),
    "body",
    lang="de",
    date=(dt.date(2024, 2, 26), "Erschienen am 26. Februar 2024"),
    by=("Von Anna Hoffmann | Erschienen am 26. Februar 2024", "Anna Hoffmann"),
)


COMMENT_AND_FORM_OVER_UPDATE_LINE = pair_with(
    _DE_UPDATED_PAGE,
    2,
    Part(
        role="comments",
        lines=(
            "Kommentare",
            "Ihre E-Mail-Adresse wird nicht veröffentlicht.",
            "Jörg Weiß",
            "27.02.2024",
            "Das hätte der Stadtrat schon vor Jahren entscheiden müssen, jetzt ist es zu spät.",
            "Name",
        ),
        inner_gap=1,
    ),
)
"""Body (text, explore seed 20): a comments box between the byline and the update line, its
form field ("Name") over that line and the lead: they read as one more comment and the lead
was dropped (fixed: a comment's date line opens with no update label)."""


_EN_BRIDGE = "Police investigators approved the plan to build a new bridge after weeks of talks."


_SHARED_SHORT_LEAD = pinned_page(
    "Council approves plan for a new bridge",
    _EN_BRIDGE,
    "headline body",
    Part(role="widget", lines=("Twitter", "Tweet"), gap=0),
    date=(dt.date(2014, 8, 24), "August 24, 2014"),
)


COMMENTS_UNDER_SHARE_BAR_AFTER_SHORT_LEAD = pair_with(
    _SHARED_SHORT_LEAD,
    3,
    Part(
        role="comments",
        lines=(
            "Post a comment",
            "Thomas Patel",
            "26 August 2014",
            "I have lived here for twenty years and nobody ever asked us what we think about it.",
        ),
        inner_gap=1,
    ),
)
"""Body (text, explore seed 11): the comment's sentence became the body, in place of the lead."""


_ES_LONG_HEADLINE = "La diputación alerta sobre un plan contra la subida de la luz por sorpresa"


_ES_SIGNED_PAGE = pinned_page(
    _ES_LONG_HEADLINE,
    "«Las cifras demuestran que nuestro método funciona y vamos a seguir con él», dijo Ana "
    "Belén Fernández.",
    "headline byline date body",
    lang="es",
    date=(dt.date(2012, 6, 22), "22/06/2012"),
    by=("Por José García", "José García"),
)


COMMENTS_HEADING_OVER_BYLINE_UNDER_LONG_HEADLINE = pair_with(
    _ES_SIGNED_PAGE, 1, Part(role="comments", lines=("Comentarios",), gap=2, inner_gap=1)
)
"""Body (text, explore seed 105): empty under a bare comments heading between a long headline
(which counts as prose) and the byline over the date line and the one-paragraph body: the box
was no box between paragraphs (a bare heading is a section's), so its section took the rest.
A byline ("Por ...") over a date line under the heading is the article's: a comment's name
line has no prefix."""


COMMENT_AND_FORM_OVER_BYLINE_UNDER_LONG_HEADLINE = pair_with(
    _ES_SIGNED_PAGE,
    1,
    Part(
        role="comments",
        lines=(
            "Comentarios",
            "Lee nuestras normas de participación antes de comentar.",
            "María Fernández",
            "22/06/2012",
            "El ayuntamiento tendría que haber decidido esto hace muchos años.",
            "Enviar",
            "Correo",
            "Nombre",
        ),
        gap=2,
        inner_gap=1,
    ),
)
"""Body (text, explore seed 105): the same box holding a comment and its form's fields: the
byline and date line under the last field label now close the box too."""
