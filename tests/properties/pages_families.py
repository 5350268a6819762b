"""Pinned pages of the page families (``tests/strategies/families.py``) and of the
eighteenth round's explore seeds: each a minimal page a property found, with a docstring
naming the field and the bug (a fixed one is a regression case, an open one the example of
a strict xfail).
"""

from __future__ import annotations

import datetime as dt

import attrs

from tests.strategies import Page, Part, pinned_page, script_page


def _headed(page: Page) -> Page:
    """``page`` with its sub-heading parts in its spec (``make_page`` leaves them out); a
    live blog's stamps count as paragraphs."""
    heads: list[tuple[int, str]] = []
    n = 0
    for part in page.parts:
        if part.role == "subheading":
            heads.append((n, part.lines[0]))
        elif part.role in ("body", "stamp"):
            n += 1
    return attrs.evolve(page, spec=attrs.evolve(page.spec, subheadings=tuple(heads)))


_EN_LEAD = (
    "The government announced a new plan for public transport on Tuesday after weeks of talks."
)
_EN_MORE = "The city council rejected the plan to build a new bridge in a written statement."
_EN_LAST = "Opposition leaders approved the reform of the pension system on Tuesday evening."

_EN_FOURTH = "Hospital staff presented an agreement with the unions after weeks of talks."
_EN_FIFTH = "The central bank criticised an agreement with the unions in front of reporters."

_LIVE_PARAGRAPHS: tuple[str, ...] = (_EN_LEAD, "21:05 BST", _EN_MORE, "21:00 BST", _EN_LAST)
_LIVE_PARAGRAPHS += (_EN_FOURTH, "20:16 BST", _EN_FIFTH)

LIVE_BLOG_ZONED_STAMPS = _headed(
    pinned_page(
        "Live: Storm closes roads across the north",
        _LIVE_PARAGRAPHS,
        ("headline",),
        ("date",),
        Part(role="body", lines=(_EN_LEAD,)),
        Part(role="stamp", lines=("21:05 BST",)),
        Part(role="subheading", lines=("Unions warn over water report",)),
        Part(role="body", lines=(_EN_MORE,)),
        Part(role="stamp", lines=("21:00 BST",)),
        Part(role="subheading", lines=("Hospital chiefs question energy plan",)),
        Part(role="body", lines=(_EN_LAST,)),
        Part(role="body", lines=(_EN_FOURTH,)),
        Part(role="stamp", lines=("20:16 BST",)),
        Part(role="subheading", lines=("Court delays new bus network",)),
        Part(role="body", lines=(_EN_FIFTH,)),
        date=(dt.date(2016, 6, 29), "June 29, 2016"),
        by=("",),
    )
)
"""Body (text; the live blog family): a live blog's entries printed apart, each a stamp
with a zone ("21:05 BST", no lower-case letter), a heading and a paragraph, read as a feed
of teaser cards under kickers, and the entries went (``patterns._card``: a clock time is no
kicker, ``features.is_time_stamp``)."""

_POINTS = (
    "Key points",
    "• Police investigators presented the proposal to raise local taxes on Tuesday.",
    "• The transport agency signed the decision to close two schools this year.",
)

KEY_POINTS_OVER_BODY = pinned_page(
    "Government unveils plan to cut energy prices",
    (_EN_LEAD, _EN_MORE),
    ("headline",),
    ("date",),
    Part(role="key-points", lines=_POINTS),
    ("body",),
)
"""Body (text and HTML; the key-points family): a "Key points" box of bulleted sentences
between the date line and the body; the bullets summarise the article and are no body (as
a "Story highlights" box is not), yet they opened it. A summary box's heading ("Key points",
"Das Wichtigste in Kürze", "L'essentiel", "Claves"...) is now a sidebar heading (the
lexicons), and a list right under a sidebar heading over the article is its box, closed at
the list's end (``patterns.closed_boxes``; in HTML its items had stayed prose)."""

KEY_POINTS_APART_OVER_BODY = pinned_page(
    "Government unveils plan to cut energy prices",
    (_EN_LEAD, _EN_MORE),
    ("headline",),
    ("date",),
    Part(role="key-points", lines=_POINTS, inner_gap=1),
    ("body",),
)
"""Body (text; the key-points family): :data:`KEY_POINTS_OVER_BODY` with the box's bullets
printed apart: a run of bulleted lines (list items) right under a sidebar heading over the
article is the box's, and the run's end closes it (``patterns.closed_boxes``)."""

KEY_POINTS_UNMARKED_OVER_BODY = pinned_page(
    "Farmers unveils tax rise for landlords",
    (
        "Local officials announced a programme to support small farms at a meeting with local "
        "leaders despite strong criticism.",
    ),
    ("headline",),
    Part(
        role="key-points",
        lines=(
            "Key points:",
            "Local officials announced an agreement with the unions for the third time this year.",
            "The company has promised an agreement with the unions after a long debate in "
            "parliament to the surprise of many observers.",
            "The prime minister rejected the plan to build a new bridge despite strong criticism.",
            "Local officials will review the changes to the health service as costs continue "
            "to rise since the start of 2017 to the surprise of many observers.",
        ),
    ),
    ("body",),
)
"""Body (text; the key-points family): a "Key points:" box of four sentences without bullet
signs, glued under its heading, over the article's one paragraph printed apart. The box's
sentences opened the body (a text dump's sidebar box of glued sentences closed at its blank
line only between two paragraphs of the article): a box whose first line is glued under its
heading, with no sentence above it (only headline-shaped lines), is a list of sentences that
its first blank line ends (``patterns._box_heading`` ``over``, ``patterns._box_end``)."""

KEY_POINTS_UNDER_META_LINE_OVER_CAPTION = pinned_page(
    "Government unveils plan to cut energy prices",
    (
        "WASHINGTON — “We will not accept a plan that leaves the poorest families behind,” "
        "James Thompson said.",
    ),
    Part(role="headline", lines=("Government unveils plan to cut energy prices",), gap=0),
    (
        "meta",
        "Written by James Thompson and James Carter, Staff Writer | Published: Jan. 1, 2005",
    ),
    ("hidden", "Subscribe to read the full story", "Already a subscriber? Sign in"),
    Part(
        role="key-points",
        lines=(
            "Key points",
            "The government announced a new plan for public transport on Tuesday.",
            "The government announced a new plan for public transport on Tuesday after "
            "weeks of talks.",
        ),
    ),
    (
        "caption",
        "Protesters gather outside the town hall on Monday evening.",
        "Photo: Getty Images",
    ),
    ("body",),
    date=(dt.date(2005, 1, 1), "Published: Jan. 1, 2005"),
    by=(
        "Written by James Thompson and James Carter, Staff Writer",
        "James Thompson",
        "James Carter",
    ),
    dateline="WASHINGTON",
)
"""Body (text; the key-points family, found once :data:`KEY_POINTS_UNMARKED_OVER_BODY` was
fixed): a "Key points" box of glued sentences under a meta line of byline and date (whose
words read as a sentence, prose 0.85), over a caption and the article's one paragraph. The
box (under a "sentence") stayed open and the article was lost (the class of
:data:`KEY_POINTS_UNDER_META_LINE` in HTML: a meta line's words read as prose). Fixed: a
dated line that opens with a byline prefix or ends in no stop is no sentence over the box
(patterns.py ``_meta_line``); Hypothesis then found the same box under a bare byline and
date line ("Jonathan R. Thompson, James Thompson and James Carter - Date: Aug. 6, 2022")."""

_DE_LEAD = (
    "MÜNCHEN - Die Polizei diskutierte einen neuen Plan für den Nahverkehr zum dritten Mal "
    "in diesem Jahr am Dienstag."
)
_DE_QUOTE = (
    "„Wir werden keinen Plan akzeptieren, der die ärmsten Familien zurücklässt“, sagte "
    "Jürgen Becker."
)
_DE_LAST = "Die Opposition kündigte neue Regeln für Ferienwohnungen am Dienstag an."


def _comments_over_headline_pair(*comment: str) -> tuple[Page, Page]:
    """A German page, and the page with a comments box over its headline (glued to it)."""
    page = pinned_page(
        "Regierung stellt Sparhaushalt vor",
        (_DE_LEAD, _DE_QUOTE, _DE_LAST),
        Part(role="headline", lines=("Regierung stellt Sparhaushalt vor",), gap=0),
        Part(role="date", lines=("Veröffentlicht am 03.05.2022, 06:55 Uhr",), gap=0),
        ("body",),
        lang="de",
        date=(dt.date(2022, 5, 3), "Veröffentlicht am 03.05.2022, 06:55 Uhr"),
        by=("",),
        dateline="MÜNCHEN",
    )
    comments = Part(role="comments", lines=("Kommentare", *comment), inner_gap=1)
    return page, Page(spec=page.spec, parts=(comments, *page.parts), shows_tags=False)


_DE_COMMENT = (
    "Ich wohne seit zwanzig Jahren hier und niemand hat uns jemals nach unserer Meinung gefragt."
)

COMMENT_DATE_OVER_HEADLINE = _comments_over_headline_pair("4. Mai 2022", _DE_COMMENT)
"""Body (text; explore seed 109, ``test_comments_above_the_body_leave_text_body_unchanged``):
a comments box (heading, a comment's date, its text) over the headline and its glued date
line. The comment's date (a day after the story's) outscored the labelled date line under
the headline (5.4 against 5.3: both are date lines, the comment's alone on its line), since
no line under a comment heading above the body region is labelled comments (only lines
after the region take their section heading's label); the story's date line then read as a
sub-heading of the body (``date._comment_over_headline``: a date over the headline under a
comments heading is a comment's)."""

COMMENT_OVER_HEADLINE_AND_PUBLISHED_LINE = _comments_over_headline_pair(
    "Anna Müller", "4. Mai 2022", _DE_COMMENT
)
"""Body (text; explore seed 109): a comments box of one comment (name, date, text) over the
headline glued under it, its labelled date line ("Veröffentlicht am ...") and the lead: the
headline, the date line and the lead have a comment's shape (a short line, a dated line, a
sentence), so the box ran over the lead, which left the body (``weights._is_comment``: a
date line under a publication label is the article's, as one under an update label is).
The commenter still comes out as the page's author (the box is no section above the body)."""

_FR_QUESTION = "Que change ce nouveau plan pour les familles qui prennent le bus chaque jour ?"
_FR_ANSWER = (
    "La maire a reporté la réforme des retraites après des semaines de discussions lors "
    "d'une réunion avec les élus locaux."
)
_FR_QUESTION_2 = (
    "Comment la ville va-t-elle financer le projet au cours des dix prochaines années ?"
)
_FR_ANSWER_2 = "L'entreprise va examiner la réforme des retraites depuis le début de 2017."

INTERVIEW_OPENING_ON_A_QUESTION = pinned_page(
    "Le tribunal abandonne un plan contre la hausse de l'énergie",
    (_FR_QUESTION, _FR_ANSWER, _FR_QUESTION_2, _FR_ANSWER_2),
    ("headline",),
    ("date",),
    Part(role="question", lines=(_FR_QUESTION,)),
    Part(role="body", lines=(_FR_ANSWER,)),
    Part(role="question", lines=(_FR_QUESTION_2,)),
    Part(role="body", lines=(_FR_ANSWER_2,)),
    lang="fr",
)
"""Body (HTML) and headline (text; the interview family, seed 1 of ``test_families``): an
interview without an introduction. In HTML its first question in bold
(``<p><strong>...?</strong></p>``) opens the article's container, yet the question, no
prose by its score, was left over the body; in a text dump without a menu the question under
the date line outscored the headline over it (5.38 against 4.88). A question right over the
body, when the body asks more questions alone between its paragraphs, is the interview's
first: in HTML the region starts at it inside the container (``container.container_lead``,
``block_labels`` "lead-question"), and in a text dump it takes no date line's bonus as a
headline (``headline._opens_interview``). In a text dump the question stayed out of the body
too: the region now opens at a question right above it, under a dated line, when a later
question printed alike stands over an answer (``layout._question_lead``). The family's
random interviews still open on an introduction."""

_DE_INTRO = (
    "Die Bürgermeisterin billigte den Haushalt für das kommende Jahr in einer schriftlichen "
    "Erklärung am Dienstag. Die Bundesregierung verschob die Änderungen im Gesundheitswesen "
    "zum dritten Mal in diesem Jahr."
)
_DE_QUESTION = "Wann werden die Bewohner die ersten Ergebnisse sehen können?"
_DE_ANSWER = (
    "Jürgen von Arnim sagte: „Wir werden keinen Plan akzeptieren, der die ärmsten Familien "
    "zurücklässt.“"
)
_DE_QUESTION_2 = "Was bedeutet der neue Plan für Familien, die jeden Tag den Bus nehmen?"
_DE_ANSWER_2 = (
    "Der Stadtrat prüft die Reform der Rentenversicherung am Dienstag vor der Sommerpause."
)

INTERVIEW_QUESTION_UNDER_INTRODUCTION = pinned_page(
    "Gewerkschaften kippt Brückenprojekt",
    (_DE_INTRO, _DE_QUESTION, _DE_ANSWER, _DE_QUESTION_2, _DE_ANSWER_2),
    ("headline",),
    Part(role="body", lines=(_DE_INTRO,)),
    Part(role="question", lines=(_DE_QUESTION,)),
    Part(role="body", lines=(_DE_ANSWER,)),
    Part(role="question", lines=(_DE_QUESTION_2,)),
    Part(role="body", lines=(_DE_ANSWER_2,)),
    lang="de",
)
"""Headline (text; the interview family, seed 2 of ``test_families``): an interview's first
question, set alone under the introduction and over the answer, outscored a three-word
headline (2.36 against 0.92 here, 1.82 over a byline and date line on the page found): a
question between two sentences of the body is running text, as a sentence under a sentence
is (``headline._asked_between``)."""

SITE_NAME_OVER_HEADLINE_OVER_LONG_META_LINE = pinned_page(
    "La mairie rejette les locations saisonnières?",
    (
        "L'opposition va examiner les changements du système de santé après un long débat à "
        "l'Assemblée. Les enquêteurs a annoncé la fermeture de deux écoles lors d'une réunion "
        "avec les élus locaux.",
    ),
    Part(role="nav", lines=("International",), gap=0),
    Part(role="site", lines=("Le Courrier du Soir",), gap=0),
    Part(role="headline", lines=("La mairie rejette les locations saisonnières?",), gap=0),
    (
        "meta",
        "Par Mathieu de La Roche, Hélène Rousseau et Mathieu Rousseau | Publié le 16 mars 2014",
    ),
    ("body",),
    lang="fr",
    date=(dt.date(2014, 3, 16), "Publié le 16 mars 2014"),
    by=(
        "Par Mathieu de La Roche, Hélène Rousseau et Mathieu Rousseau",
        "Mathieu de La Roche",
        "Hélène Rousseau",
        "Mathieu Rousseau",
    ),
)
"""Headline (text; explore seed 112, ``test_text_round_trip_headline`` and the HTML/text
agreement): the site's four-word name glued under the menu over the headline glued under
it, over a meta line of three names, one with particles, and the date (fifteen words). The
headline read as the name's standfirst (2.70 against 1.78): the meta line ran past a date
line's fourteen words, so no byline stood under the headline to make the name a name
(``headline_around._byline_or_date_line``: a byline-prefixed dated line that
``is_byline_or_date`` takes is one at any length)."""

BARE_BYLINE_UNDER_DATE_OVER_SHARE_AND_UPDATE = pinned_page(
    "Unions rejects water report after long dispute",
    (
        "Several aid groups agreed on a programme to support small farms since the start of "
        "2017 with a narrow majority before the summer break. Farmers in the north announced "
        "a programme to support small farms with a narrow majority in front of reporters.",
    ),
    Part(role="site", lines=("Metro Ledger",), gap=0),
    Part(role="headline", lines=("Unions rejects water report after long dispute",), gap=2),
    ("date",),
    Part(role="byline", lines=("Kwame Lindqvist, Emily Nguyen and Mei Harrison",), gap=0),
    ("widget", "Share this article", "Tweet"),
    Part(role="updated", lines=("Updated Tuesday, April 29, 2008",), gap=0),
    ("body",),
    date=(dt.date(2008, 4, 26), "First published on Saturday, April 26, 2008"),
    by=(
        "Kwame Lindqvist, Emily Nguyen and Mei Harrison",
        "Kwame Lindqvist",
        "Emily Nguyen",
        "Mei Harrison",
    ),
    updated_text="Updated Tuesday, April 29, 2008",
)
"""Authors (text and HTML; explore seed 113, ``test_text_round_trip_authors`` and
``test_html_round_trip_authors``): a bare byline of three names glued under its date line,
over a share bar and a glued update line. The name line, under one date line and two lines
over another, read as a teaser's title in a list of dated teasers, and no author came out
(``byline_scores._dated_list``: a name under its date line, not over it, heads no teaser
row)."""

_ES_PARAGRAPH = (
    "Los investigadores anunció el presupuesto del próximo año por una estrecha mayoría tras "
    "semanas de negociaciones según las cifras oficiales. La alcaldesa rechazó la reforma del "
    "sistema de pensiones en un comunicado por tercera vez este año."
)

KEY_POINTS_UNDER_META_LINE = pinned_page(
    "El tribunal cuestiona el proyecto del puente",
    (_ES_PARAGRAPH,),
    ("headline",),
    (
        "meta",
        "Por Paula García, Lucía Martínez Ruiz y Lucía Navarro | viernes, 17 de abril de 2009",
    ),
    Part(role="updated", lines=("Actualizado el lunes, 20 de abril de 2009",), gap=0),
    Part(
        role="key-points",
        lines=(
            "Lo más importante",
            "El banco central aprobó el presupuesto del próximo año tras un largo debate en "
            "el Congreso.",
            "La ministra de Hacienda cuestionó un acuerdo con los sindicatos ante los periodistas.",
            "La ministra de Hacienda criticó un nuevo plan de transporte público el martes.",
        ),
        gap=2,
    ),
    ("body",),
    lang="es",
    date=(dt.date(2009, 4, 17), "viernes, 17 de abril de 2009"),
    by=(
        "Por Paula García, Lucía Martínez Ruiz y Lucía Navarro",
        "Paula García",
        "Lucía Martínez Ruiz",
        "Lucía Navarro",
    ),
    updated_text="Actualizado el lunes, 20 de abril de 2009",
)
"""Body (HTML; the key-points family, seed 1 of ``test_families``): a key-points box of
unmarked list items under a meta line of byline and date (whose words read as prose, so the
box counts as set under a paragraph) over the article's one paragraph: a list that starts
right under its sidebar heading is the box's wherever the box stands, up to its last item
in the first one's container (``patterns.closed_boxes``)."""

TAG_WITH_PARTICLES_IN_A_BODY_PHRASE = pinned_page(
    "El Gobierno presenta el cierre de colegios",
    (
        "Los sindicatos presenta un plan contra la subida de la luz tras una larga disputa en "
        "una reunión con los alcaldes.",
        "La alcaldesa aprobó el cierre de dos escuelas ante los periodistas en la capital.",
    ),
    ("headline",),
    ("date",),
    ("tags", "Temas: Precio de la luz"),
    ("body",),
    lang="es",
    tags=("Precio de la luz",),
)
"""Tags (text and HTML; the listicle family, seeds 4 and 5 of ``test_families``): one tag
with particles ("Precio de la luz") on its tag line, and the body saying "la subida de la
luz": the run-together split read "de la luz" (or "de la") as a body phrase and cut the
tag in two or three (``tags_words._segment_score``: a phrase that opens on a particle is
the tail of a tag, no evidence of one)."""

LABELLED_THREE_NAME_META_LINE = pinned_page(
    "La ministra pide los pisos turísticos",
    (
        "Varias asociaciones rechazó el presupuesto del próximo año en un comunicado desde "
        "principios de 2017 ante los periodistas.",
        "Los docentes de la región aplazó la propuesta de subir los impuestos locales en un "
        "comunicado en la capital.",
    ),
    ("headline",),
    (
        "meta",
        "Paula Fernández, Ana Belén López y Sergio Martínez Ruiz · Publicado el 15/09/2023",
    ),
    ("body",),
    lang="es",
    date=(dt.date(2023, 9, 15), "Publicado el 15/09/2023"),
    by=(
        "Paula Fernández, Ana Belén López y Sergio Martínez Ruiz",
        "Paula Fernández",
        "Ana Belén López",
        "Sergio Martínez Ruiz",
    ),
)
"""Headline and authors (text; the listicle family, seed 4 of ``test_families``): a bare
byline of three names, one of four words with a second surname, then "· Publicado el" and
the date (thirteen words): the meta line outscored the headline (4.38 against 4.23) and gave
no author; the names before the date were no names with the label after them
(``headline_lines.is_byline_or_date`` reads the names before a date's publication label,
``headline_lines._unlabelled``)."""


def _latest_box_over_short_article() -> tuple[Page, Page]:
    page = pinned_page(
        "Renfe respalda el proyecto del puente por sorpresa",
        (
            "Los vecinos del barrio aprobó el presupuesto del próximo año antes del verano.",
            "La empresa celebró un informe sobre la calidad del agua desde principios de 2017.",
        ),
        ("headline",),
        ("body",),
        lang="es",
    )
    box = Part(
        role="sidebar",
        lines=(
            "Lo último",
            "Los agricultores del norte celebró la propuesta de subir los impuestos locales tras "
            "un largo debate en el Congreso antes del verano tras semanas de negociaciones.",
            "Los vecinos del barrio debatió los cambios en el sistema de salud según las cifras "
            "oficiales.",
            "Los sindicatos aplazó la construcción de un nuevo puente desde principios de 2017 "
            "por una estrecha mayoría.",
        ),
    )
    head = attrs.evolve(page.parts[0], gap=2)
    return page, attrs.evolve(page, parts=(box, head, *page.parts[1:]))


LATEST_BOX_OF_SENTENCES_OVER_SHORT_ARTICLE = _latest_box_over_short_article()
"""Body and headline (text; explore seed 114,
``test_sidebar_or_comments_anywhere_leave_text_body_unchanged``): a "Lo último" box of three
long sentences glued under its heading, over the headline printed apart and an article of
two short sentences. The box's sentences outweighed the article, the region ran from them
over the headline (read as a sub-heading) and no headline came out (the class of explore
seed 23's teaser box over a one-sentence article): a box of sentences glued under its
heading with no sentence above it ends at its first blank line (``patterns._box_heading``
``over``), and the headline printed apart under it opens the page again."""

_DE_QUOTED = (
    "„Wir werden keinen Plan akzeptieren, der die ärmsten Familien zurücklässt“, erklärte "
    "Miriam Neumann."
)


def _box_over_glued_share_button() -> tuple[Page, Page]:
    page = pinned_page(
        "Bahn lehnt Rentenreform ab nach langem Streit",
        (_DE_QUOTED,),
        ("headline",),
        Part(role="widget", lines=("Teilen",), gap=0),
        ("body",),
        Part(role="widget", lines=("Twitter",), gap=0),
        lang="de",
    )
    box = Part(
        role="sidebar",
        lines=(
            "Auch interessant",
            "Stadtrat warnt Regeln für Ferienwohnungen vor nach langem Streit",
            "Die Polizei forderte die Schließung von zwei Schulen in der Hauptstadt nach einer "
            "langen Debatte im Landtag vor der Sommerpause.",
            "Klinikum billigt Klinikfusion überraschend",
        ),
    )
    return page, attrs.evolve(page, parts=(page.parts[0], box, *page.parts[1:]))


BOX_OVER_GLUED_SHARE_BUTTON = _box_over_glued_share_button()
"""Body (text; explore seed 115,
``test_sidebar_or_comments_anywhere_leave_text_body_unchanged``): an "Auch interessant" box
(a teaser, a sentence, a teaser, glued) under the headline, with the page's share button
glued under it over a one-sentence article: the box's sentence joined the body (the share
button printed apart from the box passed: the property's insertion glued the page's button,
glued to the line above it, under the box). A widget glued under a "Read also" box's
sentence showed the article going on when a paragraph follows it; but under the sentence
came the next teaser's title, so the sentence is a blurb (``patterns._glued_teaser``: a
plain line that is no sentence between the sentence and the cue lines). The tempting wider
rule, a paragraph printed apart after the cue lines ends the glued run, cost eight
paragraphs of fundus/de-BusinessInsiderDE_2024_01_29 ("Lest auch", a link, then the
article glued on over an embed's "Externer Inhalt nicht verfügbar")."""

_DE_SECTIONS = (
    "Die Gewerkschaft prüft neue Regeln für Ferienwohnungen nach wochenlangen Verhandlungen. "
    "Die Bundesregierung prüft den Vorschlag zur Erhöhung der Grundsteuer nach Angaben der "
    "Behörden vor der Sommerpause vor Journalisten.",
    "Reaktionen der Opposition",
    "Die Zentralbank forderte den Haushalt für das kommende Jahr seit Anfang 2017 trotz "
    "heftiger Kritik.",
    "Wie es weitergeht",
    "Die Lehrkräfte kritisierte die Änderungen im Gesundheitswesen in der Hauptstadt am "
    "Dienstag mit knapper Mehrheit. Die Bundesregierung verschob die Reform der "
    "Rentenversicherung vor Journalisten vor der Sommerpause.",
    "Der Hintergrund",
    "Der Stadtrat forderte den Haushalt für das kommende Jahr zum dritten Mal in diesem Jahr. "
    "Die Lehrkräfte begrüßte einen Bericht über die Wasserqualität nach einer langen Debatte "
    "im Landtag.",
    "Die Polizei prüft die Änderungen im Gesundheitswesen nach einer langen Debatte im "
    "Landtag auf einer Pressekonferenz. Die Opposition präsentierte die Ergebnisse der "
    "Ermittlungen nach einer langen Debatte im Landtag.",
    "Die Zentralbank kündigte den Vorschlag zur Erhöhung der Grundsteuer in der Hauptstadt an.",
)
"""An article of one paragraph, then sub-headed sections glued under their headings (the
odd entries from the second are sub-headings)."""


def _read_also_over_date_line() -> tuple[Page, Page]:
    heads = {1, 3, 5}
    paragraphs = tuple(t for k, t in enumerate(_DE_SECTIONS) if k not in heads)
    body = [
        Part(
            role="subheading" if k in heads else "body",
            lines=(t,),
            gap=0 if (k > 1 and k - 1 in heads) or k > 6 else 1,
        )
        for k, t in enumerate(_DE_SECTIONS)
    ]
    page = pinned_page(
        "Gewerkschaften verschiebt Rentenreform",
        paragraphs,
        Part(role="headline", lines=("Gewerkschaften verschiebt Rentenreform",), gap=0),
        ("date",),
        *body,
        lang="de",
        date=(dt.date(2017, 8, 1), "01.08.2017"),
        by=("",),
    )
    page = _headed(page)
    box = Part(
        role="sidebar",
        lines=(
            "Lesen Sie auch",
            "Das Unternehmen kündigte den Haushalt für das kommende Jahr am Dienstag in einer "
            "schriftlichen Erklärung in der Hauptstadt an.",
        ),
    )
    return page, attrs.evolve(page, parts=(page.parts[0], box, *page.parts[1:]))


READ_ALSO_OVER_DATE_LINE = _read_also_over_date_line()
"""Body (text; explore seed 116,
``test_sidebar_or_comments_anywhere_leave_text_body_unchanged``): a "Lesen Sie auch" box of
one sentence between the headline and the date line, over an article of one paragraph and
sections of one paragraph glued under their sub-headings: the box ran on over the date line
and took the first paragraph and sections as its teasers (the class of
``pairs.mid_body.sections._SECTIONS_OVER_BOX``: sections of one paragraph under a box read as
its teasers). A "Read also" box printed without blank lines ends at its first blank line
when a bare date line comes there over the article's paragraph printed apart (its last, or
one over a sub-headed section: ``patterns._date_over_article``)."""


_FR_NOTE = (
    "Note de la rédaction : cet article a été mis à jour le 9 mars 2024 pour inclure la "
    "réaction de la mairie."
)
_FR_LEAD = (
    "Le gouvernement a annoncé un nouveau plan pour les transports mardi après des semaines "
    "de discussions."
)
_FR_MORE = "Le conseil municipal a rejeté le projet de nouveau pont dans un communiqué."

EDITORS_NOTE_WITH_UPDATE_DAY_OVER_BODY = pinned_page(
    "Le conseil reporte le vote sur le nouveau réseau de bus",
    (_FR_NOTE, _FR_LEAD, _FR_MORE),
    "headline date body",
    lang="fr",
    date=(dt.date(2024, 3, 5), "5 mars 2024"),
)
"""Body (text and HTML; the note family): an editor's note that dates an update, a sentence
at the body's top, won the updated date and left the body with its line
(``assemble._told_update``: a winning update line of more than twelve words that ends as a
sentence ends keeps its body label; the update's day is still read)."""

_JA_LEAD = "政府は5日、新たな子育て支援策を発表した。来年度から段階的に実施する方針だ。"
_JA_MORE = "支援策には、保育所の利用料の軽減や児童手当の拡充などが含まれる。"
_ZH_LEAD = "北京市政府5日发布了新的住房保障政策。据有关负责人介绍，新政策将于明年正式实施。"
_ZH_MORE = "专家认为，新政策有助于减轻居民的生活负担。"

ONE_ROLE_WORD_OVER_TWO_REPORTERS = (
    script_page(
        "北京市政府发布新的住房保障政策",
        (_ZH_LEAD, _ZH_MORE),
        Part(role="headline", lines=("北京市政府发布新的住房保障政策",)),
        Part(role="byline", lines=("本报记者 张建国 赵娜",)),
        Part(role="date", lines=("2024年03月05日 10:30",), gap=0),
        Part(role="body", lines=(_ZH_LEAD,)),
        Part(role="body", lines=(_ZH_MORE,)),
        lang="zh",
        site="东方日报",
        date=(dt.date(2024, 3, 5), "2024年03月05日 10:30"),
        by=("本报记者 张建国 赵娜", "张建国", "赵娜"),
    ),
    script_page(
        "政府、新たな子育て支援策を発表 来年度から実施へ",
        (_JA_LEAD, _JA_MORE),
        Part(role="headline", lines=("政府、新たな子育て支援策を発表 来年度から実施へ",)),
        Part(role="date", lines=("2024年3月5日 10時30分",)),
        Part(role="byline", lines=("山田直樹、中村美咲 記者",), gap=0),
        Part(role="body", lines=(_JA_LEAD,)),
        Part(role="body", lines=(_JA_MORE,)),
        lang="ja",
        site="東都新聞",
        date=(dt.date(2024, 3, 5), "2024年3月5日 10時30分"),
        by=("山田直樹、中村美咲 記者", "山田直樹", "中村美咲"),
    ),
)
"""Authors (text and HTML; the CJK family): one reporter word credits two names, before
them in Chinese ("本报记者 张建国 赵娜") or after them in Japanese ("山田直樹、中村美咲
記者"); only a role word beside one name was read, and the line named nobody
(``byline_names.cjk_role_names``)."""

_JA_HEADLINE = "東京都、地域医療の見直し案を検討"

JAPANESE_PHOTO_CAPTION_UNDER_DATE_LINE = script_page(
    _JA_HEADLINE,
    (_JA_LEAD, _JA_MORE),
    Part(role="headline", lines=(_JA_HEADLINE,)),
    Part(role="date", lines=("2024年9月2日 17時48分",)),
    Part(role="caption", lines=("記者会見する担当者（2日、東京都内で）", "（写真：共同）")),
    Part(role="body", lines=(_JA_LEAD,)),
    Part(role="body", lines=(_JA_MORE,)),
    lang="ja",
    site="東都新聞",
    date=(dt.date(2024, 9, 2), "2024年9月2日 17時48分"),
)
"""Headline (text; the CJK family): a Japanese photo caption under the date line, its
aside saying when and where the picture was taken ("（2日、東京都内で）"), over its credit,
won the headline over the page's first line (``headline_lines.has_credit``: such an aside
marks a caption, as a credit does)."""

_ZH_HEADLINE = "北京市政府发布新的住房保障政策"

SOURCE_AND_AUTHOR_LABELS_OVER_DATE_LINE = script_page(
    _ZH_HEADLINE,
    (_ZH_LEAD, _ZH_MORE),
    Part(role="headline", lines=(_ZH_HEADLINE,)),
    Part(role="byline", lines=("来源：东方日报 作者：张伟",)),
    Part(role="date", lines=("2024-03-05 10:30",), gap=0),
    Part(role="body", lines=(_ZH_LEAD,)),
    Part(role="body", lines=(_ZH_MORE,)),
    lang="zh",
    site="东方日报",
    date=(dt.date(2024, 3, 5), "2024-03-05 10:30"),
    by=("来源：东方日报 作者：张伟", "张伟"),
)
"""Authors and headline (text and HTML; the CJK family): a Chinese meta line of a source
label and an author label ("来源：东方日报 作者：张伟") over the date line: the author's
label, inside the line, was no prefix (``byline_lines._HAN_LABEL`` sets each Han label
apart), and the line won the headline (``headline_lines.is_byline_or_date``: a CJK line
whose inner label credits a name is a byline)."""

TAG_LINE_WITH_WIDE_COLON = script_page(
    "政府、新たな子育て支援策を発表",
    (_JA_LEAD, _JA_MORE),
    Part(role="headline", lines=("政府、新たな子育て支援策を発表",)),
    Part(role="date", lines=("2024年3月5日",)),
    Part(role="body", lines=(_JA_LEAD,)),
    Part(role="body", lines=(_JA_MORE,)),
    Part(role="tags", lines=("関連キーワード：子育て、教育",)),
    lang="ja",
    site="東都新聞",
    date=(dt.date(2024, 3, 5), "2024年3月5日"),
    tags=("子育て", "教育"),
)
"""Tags (text and HTML; the CJK family): a tag label with the full-width colon over tags
joined by the ideographic comma ("関連キーワード：子育て、教育") was no tag line
(``features.tag_label`` and ``tags_lines._labelled_parts`` take "：" as a colon,
``tags_words._SEPARATORS`` splits at "、" and "，")."""

_AR_HEADLINE = "الحكومة تدرس برنامجا لإصلاح المدارس الحكومية"
_AR_LEAD = (
    "وقال مسؤول في البنك المركزي إن ميزانية العام المقبل سيدخل حيز التنفيذ مطلع العام المقبل. "
    "وانتقدت أحزاب المعارضة خطة جديدة لدعم الأسر ذات الدخل المحدود معتبرة أنه لا يلبي مطالب "
    "السكان."
)
_AR_BYLINE = "بقلم: ليلى النجار، خالد عبد الله"

ARABIC_BYLINE_IN_DIRECTION_MARKS = script_page(
    _AR_HEADLINE,
    (_AR_LEAD,),
    Part(role="headline", lines=(_AR_HEADLINE,)),
    Part(role="byline", lines=(f"\u200f{_AR_BYLINE}\u200f",), gap=0),
    Part(role="date", lines=("الجمعة 19 أكتوبر 2018",), gap=0),
    Part(role="body", lines=(_AR_LEAD,)),
    lang="ar",
    site="صوت المدينة",
    date=(dt.date(2018, 10, 19), "الجمعة 19 أكتوبر 2018"),
    by=(_AR_BYLINE, "ليلى النجار", "خالد عبد الله"),
)
"""Authors and headline (text and HTML; the Arabic family): a labelled byline of two
Arabic names, wrapped in right-to-left marks, glued under the headline: no Arabic name was
read (no case to read one by: ``byline_names.caseless_names`` reads two to four words of the
script after a byline label), and the marked line, whose label no cue matched, won the
headline (``lexicon._FOLD_TRIM`` and ``byline_pieces._LEAD`` trim the marks)."""


_FR_THIRD = "L'opposition a contesté le budget de l'année prochaine mardi à une courte majorité."

PAYWALL_OFFER_SENTENCE_UNDER_NOTICE = pinned_page(
    "L'hôpital reporte le nouveau réseau de bus",
    (_FR_LEAD, _FR_MORE, _FR_THIRD),
    "headline date",
    Part(role="body", lines=(_FR_LEAD,)),
    Part(role="body", lines=(_FR_MORE,), gap=0),
    Part(role="body", lines=(_FR_THIRD,), gap=0),
    (
        "paywall",
        "Il vous reste 80 % de cet article à lire.",
        "1 € le premier mois.",
        "Puis 9,99 € par mois, sans engagement.",
    ),
    lang="fr",
)
"""Body (text; the paywall family, seed 1): the offer's sentence under a paywall notice
("Puis 9,99 € par mois, sans engagement.") was taken as the article's closing paragraph
under glued paragraphs, the notice and the price line before it crossed as furniture
(``weights._paywall_barrier``: a notice that ends the article's first part leaves no
prose weight under it)."""

_ES_ONLY = "El Gobierno anunció la construcción de un nuevo puente pese a las duras críticas."

PAYWALL_OVER_RELATED_BOX_OF_SENTENCES = pinned_page(
    "La ministra respalda el informe sobre el agua por sorpresa",
    _ES_ONLY,
    "headline date body",
    ("paywall", "Para seguir leyendo, suscríbete.", "Iniciar sesión"),
    (
        "sidebar",
        "Últimas noticias",
        "El Gobierno cuestiona la fusión de hospitales por sorpresa",
        "16/06/2022 09:30",
        "Los docentes de la región criticó la construcción de un nuevo puente por tercera vez "
        "este año en un comunicado según las cifras oficiales.",
        "La comisión anunció un acuerdo con los sindicatos por una estrecha mayoría.",
        "Los vecinos del barrio presentó un programa de ayuda a las pequeñas granjas según las "
        "cifras oficiales.",
    ),
    lang="es",
)
"""Body and date (text; the paywall family, seed 2): a one-sentence article cut by a
paywall notice, under it a "Últimas noticias" box whose teaser blurb of three sentences
outweighed the article, and whose date won (``weights._paywall_barrier``: a notice that
ends the article's first part leaves no prose weight under it)."""

_FR_LONG_HEADLINE = (
    "La mairie présente un plan contre la hausse de l'énergie après un long bras de fer"
)
_FR_BYLINE = "Par Camille Rousseau et Camille Lefèvre, avec AFP"

LONG_HEADLINE_OVER_ONE_SHORT_SENTENCE = pinned_page(
    _FR_LONG_HEADLINE,
    "Plusieurs associations a critiqué la fermeture de deux écoles mardi.",
    Part(role="headline", lines=(_FR_LONG_HEADLINE,)),
    Part(role="widget", lines=("A+ A-", "E-mail", "Partager", "Copier le lien"), gap=0),
    Part(role="byline", lines=(_FR_BYLINE,), gap=0),
    Part(role="date", lines=("7 décembre 2018",), gap=0),
    "body",
    lang="fr",
    date=(dt.date(2018, 12, 7), "7 décembre 2018"),
    by=(_FR_BYLINE, "Camille Rousseau", "Camille Lefèvre"),
)
"""Body and date (text; the gallery family, seed 5, its slides dropped): a headline of
fifteen words over a share row, a byline and a date line glued under it, then an article
of one sentence of ten words: the headline alone outweighed the sentence and was the
region, so the page had no body and no date (``layout.prose_under``: a region of the
headline alone is looked for again under it)."""

_DE_TWO = (
    "Viele Anwohner begrüßten den Vorschlag zur Erhöhung der Grundsteuer zum dritten Mal in "
    "diesem Jahr. Die Gewerkschaft präsentierte einen Bericht über die Wasserqualität."
)

SHORT_HEADLINE_OVER_BARE_BYLINE = pinned_page(
    "Landkreis prüft Schulschließungen",
    (_DE_LEAD, _DE_TWO),
    "headline byline body",
    lang="de",
    by=("Felix von Arnim", "Felix von Arnim"),
)
"""Headline and authors (text; the paywall family, seed 6, reduced): a headline of three
words over a bare name line: the name line scored as a headline as high (0.92 against 0.90:
both short lines, and no byline was read under the headline, a bare name being none for
``headline_around.followed_by_byline_or_date``), so the byline won the headline and no
author was left. A headline of five words wins (3.03); now a short line that is no name
over a line that is one name is over its byline (``headline_around.over_name_line``)."""

_ES_QUOTE = "Javier Fernández dijo: «Nadie ha explicado todavía de dónde saldrá todo ese dinero»."

LATEST_BOX_OF_LONG_SENTENCES_UNDER_ONE_SENTENCE = pinned_page(
    "Los agricultores rechazan la reforma de las pensiones",
    _ES_QUOTE,
    "headline body",
    Part(
        role="sidebar",
        lines=(
            "Lo último",
            "La comisión aprobó un programa de ayuda a las pequeñas granjas ante los "
            "periodistas pese a las duras críticas por una estrecha mayoría.",
            "La oposición aprobó un programa de ayuda a las pequeñas granjas tras semanas de "
            "negociaciones por tercera vez este año en una reunión con los alcaldes.",
        ),
        gap=2,
    ),
    lang="es",
)
"""Body (text; the gallery family, seed 4, its slides, tags and footer dropped): an article
of one sentence of thirteen words under its headline, then a "Lo último" box of two teaser
sentences of over twenty words each, glued under the heading: the box's section prose,
weighed at a quarter (``weights._SECTION_FACTOR``), still outweighed the sentence (71.6
against 71.4), so the box was the body. A lead of fifteen words keeps the body. Now a region
that lies in a box glued under the heading opening the page's sections gives way to the
article above it (``layout._article_over_sections``)."""

_EN_ONLY = "The government announced a report on water quality despite strong criticism."

PAYWALL_OFFERS_OUTWEIGH_ONE_SENTENCE = pinned_page(
    "Unions delay plan to cut energy prices",
    _EN_ONLY,
    "headline date body",
    (
        "paywall",
        "Subscribe to continue reading",
        "Get unlimited digital access for $1 a week.",
        "Only $4.99 a month. Cancel anytime.",
    ),
)
"""Body (HTML; the paywall family, seed 3): a one-sentence article over a paywall box whose
two offer sentences outweighed it, so the notice ended nothing (the article seemed to go on
under it) and the offers were the body (``weights._own_box_mass``: the prose in the
notice's own box, apart from the article's container, is the dialog's)."""
