"""Page families the corpus lacks: interviews, listicles, live blogs, key-points boxes, a
menu printed under the article, mobile pages, editor's notes, paywalled articles, photo
galleries, video or podcast pages, and pages in other scripts (:func:`family_pages`).

Each family is drawn on a :func:`~tests.strategies.spec.articles` spec laid out by
:func:`~tests.strategies.layout.pages` (so its head, meta block and tail vary as for any
page); only the body, and the box or menu the family adds, are the family's own. What a
careful reader takes from each (``Page.spec`` holds it):

* ``interview``: an introduction of one or two paragraphs, then questions and answers, one
  paragraph each. Every question and every answer is body, its line head included ("Q:",
  "Frage:", the interviewer's or the interviewee's name and a colon); a question set alone
  on its line (bold in HTML) is a paragraph too, not a sub-heading.
* ``listicle``: an introduction, then numbered items ("1. A heading", "2) ..."), each a
  sub-heading over one or two paragraphs. The numbered headings are body, as any section
  sub-heading is.
* ``live``: a live blog, newest entry first: a summary paragraph, then entries, each a
  time stamp line ("14:32", "2.32pm", "14h32"), a short heading and one or two paragraphs.
  The stamps and the headings are body, each a line of its own (the corpus's truth keeps a
  live page's stamps: AP's "The Latest" prints "10 p.m." as a paragraph of the story); the
  page's date is the date line under the headline.
* ``key-points``: a "Key points" box of two to four bulleted sentences between the meta
  block and the body. The box summarises the article and is not body (it is the page's
  furniture, as a "Story highlights" box is); the body is the article's own paragraphs.
* ``menu-after``: the site's menu printed under the article (AMP and mobile pages put the
  navigation drawer's links at the page's end); the body is unchanged.
* ``mobile``: an AMP or mobile page: a skip link and a "Menu" button over the site's menu,
  then the article, with a sticky share bar printed between two paragraphs (once or
  twice, its buttons glued or apart) and ad labels ("Advertisement", "Anzeige") between
  paragraphs, the same label several times. The share bars and ad labels are not body; the
  body is the article's paragraphs, unchanged.
* ``note``: an editor's note or a correction ("Correction: An earlier version of this
  article misstated ...", "Anmerkung der Redaktion: ...") printed as a paragraph at the
  top of the body (under the meta block) or at its end (over the tags and share bar). The
  note is body, where it stands: the publisher prints it in the article's text, and the
  corpus's truth keeps such notes ("Editor's note: This story was updated at 5:45 p.m. ET
  ..."). A date the note names is no publication date (the page's date is the date line).
  HTML prints it as an italic paragraph or a paragraph of its own class in the body.
* ``paywall``: an article cut after one to three paragraphs by a paywall box: a notice
  ("Subscribe to continue reading", "La suite est réservée aux abonnés", a lexicon paywall
  phrase), now and then a price offer or two ("Only $4.99 a month. Cancel anytime."), then a
  sign-up button and a login link ("Already a subscriber? Log in"); the page's tail (tags,
  share bar, boxes, footer) follows. The body is the paragraphs printed over the notice;
  the box, its offer's sentences included, is not body (a reader sees the article stop
  there). HTML prints the box as a ``div.paywall``: the notice a heading, the offers
  paragraphs, the buttons links.
* ``gallery``: a photo-gallery article: an introduction of one or two paragraphs, then
  three to six slides, each a counter ("3 / 6", "Photo 3 of 6", "Bild 3 von 6", "Photo 3
  sur 6", "Foto 3 de 6"), a caption of one sentence and a credit ("Photo: Jane Doe/Reuters",
  "© Jane Doe"), the counter over the caption or under the credit, one order a page. The
  body is the introduction; the slides (counters, captions, credits) are not body, as a
  photo's caption and credit are not in the corpus's truth. HTML prints a slide as a
  ``figure`` (counter, ``img``, ``figcaption``, credit) after the text container.
* ``player``: a video or podcast page: a lead paragraph (the video's description), then the
  player (a button, its clock "0:00 / 3:12", now and then a second button: "Play",
  "Abspielen", "Lecture", "Reproducir", "Pause"), then a "Transcript" heading over the
  transcript's paragraphs. The player is not body; the lead, the heading (a sub-heading of
  the page's text) and the transcript are. HTML prints the player as a ``div`` of buttons
  and a clock in the text container.
* ``cyrillic``: a Russian page (``tests/strategies/cyrillic.py`` lays it out and states its
  truth: the names after "Автор:"/"Авторы:"/"Текст:" or a bare name line, the date
  line's day in its genitive-month or dotted form, tags after "Теги:").
* ``cjk``: a Japanese or Chinese page (``tests/strategies/cjk.py`` lays it out and states
  its truth: the headline, the date line's day, the reporters a role word credits, the
  tags and the paragraphs without their ideographic indent).
* ``rtl``: an Arabic page, its byline and date line now and then wrapped in right-to-left
  marks (``tests/strategies/rtl.py`` lays it out and states its truth: the names after the
  byline's label, without the marks; tags joined by the Arabic comma).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import attrs
from hypothesis import strategies as st

from tests.strategies.cjk import cjk_pages
from tests.strategies.cyrillic import cyrillic_pages
from tests.strategies.layout import Page, Part, pages
from tests.strategies.rtl import rtl_pages
from tests.strategies.spec import (
    DATE_FORMATS,
    articles,
    format_date,
    headlines,
    paragraphs,
    person_names,
    sentences,
)
from tests.strategies.words import AD_LINES, NAV_LINES, WIDGET_LINES

FAMILIES = (
    "interview", "listicle", "live", "key-points", "menu-after", "mobile", "note", "cjk", "rtl",
    "paywall", "gallery", "cyrillic", "player",
)  # fmt: skip
"""The page families :func:`family_pages` draws."""

QUESTIONS: dict[str, tuple[str, ...]] = {
    "en": (
        "What does the new plan mean for families who take the bus every day?",
        "Why did the council wait so long before it made a decision?",
        "How will the city pay for the project over the next ten years?",
        "Do you think the opposition will accept the compromise?",
        "What would you say to people who are worried about the costs?",
        "When will the first results be visible to the residents?",
    ),
    "de": (
        "Was bedeutet der neue Plan für Familien, die jeden Tag den Bus nehmen?",
        "Warum hat der Stadtrat so lange mit seiner Entscheidung gewartet?",
        "Wie will die Stadt das Projekt in den nächsten zehn Jahren bezahlen?",
        "Glauben Sie, dass die Opposition den Kompromiss annehmen wird?",
        "Was sagen Sie den Menschen, die sich Sorgen um die Kosten machen?",
        "Wann werden die Bewohner die ersten Ergebnisse sehen können?",
    ),
    "fr": (
        "Que change ce nouveau plan pour les familles qui prennent le bus chaque jour ?",
        "Pourquoi le conseil a-t-il attendu si longtemps avant de prendre une décision ?",
        "Comment la ville va-t-elle financer le projet au cours des dix prochaines années ?",
        "Pensez-vous que l'opposition acceptera le compromis ?",
        "Que répondez-vous aux habitants qui s'inquiètent des coûts ?",
        "Quand les premiers résultats seront-ils visibles pour les habitants ?",
    ),
    "es": (
        "¿Qué significa el nuevo plan para las familias que toman el autobús cada día?",
        "¿Por qué esperó tanto el ayuntamiento antes de tomar una decisión?",
        "¿Cómo pagará la ciudad el proyecto durante los próximos diez años?",
        "¿Cree que la oposición aceptará el compromiso?",
        "¿Qué les diría a las personas que están preocupadas por los costes?",
        "¿Cuándo podrán ver los vecinos los primeros resultados?",
    ),
}
"""Interview questions, one paragraph each."""

QA_LABELS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (("Q:", "A:"), ("Question:", "Answer:")),
    "de": (("Frage:", "Antwort:"),),
    "fr": (("Question :", "Réponse :"), ("Q :", "R :")),
    "es": (("Pregunta:", "Respuesta:"), ("P:", "R:")),
}
"""Line heads of an interview's questions and answers."""

KEY_POINTS: dict[str, tuple[str, ...]] = {
    "en": ("Key points", "Key points:", "At a glance"),
    "de": ("Das Wichtigste in Kürze", "Das Wichtigste in Kürze:", "Auf einen Blick"),
    "fr": ("L'essentiel", "Ce qu'il faut retenir", "En bref"),
    "es": ("Claves", "Lo más importante", "En resumen"),
}
"""Headings of a key-points box over the body."""

BULLETS = ("", "• ", "- ", "– ")
"""How a key-points line opens (innerText shows a literal bullet only)."""


def _stamp(lang: str, hour: int, minute: int, style: int) -> str:
    """A live blog entry's time stamp in the language's usual shapes."""
    clock = f"{hour:02d}:{minute:02d}"
    h12 = (hour % 12) or 12
    shapes = {
        "en": (clock, f"{h12}.{minute:02d}{'am' if hour < 12 else 'pm'}", f"{clock} BST"),
        "de": (clock, f"{clock} Uhr", f"{hour:02d}.{minute:02d} Uhr"),
        "fr": (clock, f"{hour:02d}h{minute:02d}", f"{hour}h{minute:02d}"),
        "es": (clock, f"{clock} h", f"{hour:02d}.{minute:02d}"),
    }
    return shapes[lang][style]


def _body_parts(page: Page) -> tuple[list[Part], list[Part], list[Part]]:
    """The page's parts before its body, its body span, and the parts after it."""
    first, last = page.body_span()
    parts = list(page.parts)
    return parts[:first], parts[first : last + 1], parts[last + 1 :]


@st.composite
def _interview(draw: st.DrawFn, lang: str) -> Page:
    spec = draw(articles(lang=lang, max_paragraphs=2))
    speaker = draw(person_names(lang))
    count = draw(st.integers(2, 5))
    questions = draw(
        st.lists(st.sampled_from(QUESTIONS[lang]), min_size=count, max_size=count, unique=True)
    )
    answers = draw(
        st.lists(paragraphs(lang, [speaker]), min_size=count, max_size=count, unique=True)
    )
    style = draw(st.sampled_from(("labels", "names", "bare")))
    if style == "labels":
        q_head, a_head = draw(st.sampled_from(QA_LABELS[lang]))
    elif style == "names":
        q_head, a_head = f"{spec.site}:", f"{speaker.split()[-1]}:"
    else:
        q_head, a_head = "", ""
    # The introduction is the spec's own paragraphs (a pair whose answer repeats one goes).
    intro = list(spec.paragraphs)
    lines: list[tuple[str, str]] = []
    for question, answer in zip(questions, answers, strict=True):
        if f"{a_head} {answer}".strip() not in intro:
            lines.append(("question", f"{q_head} {question}".strip()))
            lines.append(("body", f"{a_head} {answer}".strip()))
    spec = attrs.evolve(spec, paragraphs=(*intro, *(line for _, line in lines)), subheadings=())
    page = draw(pages(spec))
    gap = draw(st.sampled_from((1, 1, 2)))
    head, _, tail = _body_parts(page)
    body = [Part(role="body", lines=(p,), gap=1) for p in intro]
    body += [Part(role=role, lines=(line,), gap=gap) for role, line in lines]
    return attrs.evolve(page, parts=(*head, *body, *tail))


@st.composite
def _listicle(draw: st.DrawFn, lang: str) -> Page:
    spec = draw(articles(lang=lang, max_paragraphs=1))
    count = draw(st.integers(3, 7))
    heads = draw(st.lists(headlines(lang), min_size=count, max_size=count, unique=True))
    number = draw(st.sampled_from(("{n}. {h}", "{n}) {h}", "{n}. {h}", "No. {n}: {h}")))
    if lang != "en" and number.startswith("No."):
        number = "{n}. {h}"
    descending = draw(st.integers(0, 3)) == 0
    paras = list(spec.paragraphs)
    subheadings: list[tuple[int, str]] = []
    for k, heading in enumerate(heads):
        n = count - k if descending else k + 1
        subheadings.append((len(paras), number.format(n=n, h=heading)))
        for _ in range(draw(st.integers(1, 2))):
            paragraph = draw(paragraphs(lang, [draw(person_names(lang))]))
            if paragraph not in paras:
                paras.append(paragraph)
        if subheadings[-1][0] == len(paras):  # every paragraph drawn was a repeat
            paras.append(f"{heading}: {draw(sentences(lang))}")
    spec = attrs.evolve(spec, paragraphs=tuple(paras), subheadings=tuple(subheadings))
    return draw(pages(spec))


@st.composite
def _live(draw: st.DrawFn, lang: str) -> Page:
    spec = draw(articles(lang=lang, max_paragraphs=1))
    count = draw(st.integers(2, 6))
    heads = draw(st.lists(headlines(lang), min_size=count, max_size=count, unique=True))
    style = draw(st.integers(0, 2))
    minute_of_day = draw(st.integers(20 * 60, 23 * 60 + 59))
    paras = list(spec.paragraphs)  # a summary paragraph over the entries
    subheadings: list[tuple[int, str]] = []
    entries: list[tuple[str, str, list[str]]] = []
    for heading in heads:
        stamp = _stamp(lang, minute_of_day // 60, minute_of_day % 60, style)
        minute_of_day -= draw(st.integers(3, 55))
        own: list[str] = []
        for _ in range(draw(st.integers(1, 2))):
            paragraph = draw(paragraphs(lang, [draw(person_names(lang))]))
            if paragraph not in paras and paragraph not in own:
                own.append(paragraph)
        if not own:
            own.append(f"{heading}: {draw(sentences(lang))}")
        paras.append(stamp)  # the stamp is a line of the body, the heading under it
        subheadings.append((len(paras), heading))
        paras.extend(own)
        entries.append((stamp, heading, own))
    spec = attrs.evolve(spec, paragraphs=tuple(paras), subheadings=tuple(subheadings))
    page = draw(pages(spec))
    head, _, tail = _body_parts(page)
    glued = draw(st.booleans())  # the stamp glued over its heading, or printed apart
    body = [Part(role="body", lines=(p,)) for p in spec.paragraphs[: subheadings[0][0] - 1]]
    for stamp, heading, own in entries:
        body.append(Part(role="stamp", lines=(stamp,), gap=draw(st.integers(1, 2))))
        body.append(Part(role="subheading", lines=(heading,), gap=0 if glued else 1))
        body.extend(Part(role="body", lines=(p,)) for p in own)
    return attrs.evolve(page, parts=(*head, *body, *tail))


@st.composite
def _key_points(draw: st.DrawFn, lang: str) -> Page:
    spec = draw(articles(lang=lang))
    points = draw(
        st.lists(sentences(lang), min_size=2, max_size=4, unique=True).filter(
            lambda xs: not set(xs) & set(spec.paragraphs)
        )
    )
    bullet = draw(st.sampled_from(BULLETS))
    heading = draw(st.sampled_from(KEY_POINTS[lang]))
    box = Part(
        role="key-points",
        lines=(heading, *(f"{bullet}{p}" for p in points)),
        gap=draw(st.integers(1, 2)),
        # Sentences printed apart without a bullet would be no box a reader can bound.
        inner_gap=draw(st.sampled_from((0, 0, 1))) if bullet else 0,
    )
    page = draw(pages(spec))
    head, body, tail = _body_parts(page)
    # Over the lead photo when there is one, else right over the body.
    at = next((i for i, p in enumerate(head) if p.role == "caption"), len(head))
    return attrs.evolve(page, parts=(*head[:at], box, *head[at:], *body, *tail))


@st.composite
def _menu_after(draw: st.DrawFn, lang: str) -> Page:
    spec = draw(articles(lang=lang))
    page = draw(pages(spec))
    head, body, tail = _body_parts(page)
    navs = [p for p in head if p.role == "nav"]
    if not navs:
        return page
    head = [p for p in head if p.role != "nav"]
    nav = attrs.evolve(navs[0], gap=draw(st.integers(1, 2)))
    # Under the article's own tail (tags, share bar), over the footer when there is one.
    at = next((i for i, p in enumerate(tail) if p.role == "footer"), len(tail))
    at = draw(st.integers(0, at))
    return attrs.evolve(page, parts=(*head, *body, *tail[:at], nav, *tail[at:]))


SKIP_LINKS = {"en": "Skip to content", "de": "Zum Inhalt springen", "fr": "Aller au contenu"}
"""A mobile page's skip link (a lexicon line; the Spanish menu has none)."""

MENU_BUTTONS = {"en": "Menu", "de": "Menü", "fr": "Menu", "es": "Menú"}
"""A mobile page's menu button."""


@st.composite
def _mobile(draw: st.DrawFn, lang: str) -> Page:
    spec = draw(articles(lang=lang))
    page = draw(pages(spec))
    head, body, tail = _body_parts(page)
    top = [SKIP_LINKS[lang]] if lang in SKIP_LINKS else []
    top.append(MENU_BUTTONS[lang])
    others = [line for line in NAV_LINES[lang] if line not in top]
    top += draw(st.lists(st.sampled_from(others), min_size=0, max_size=8, unique=True))
    head = [
        Part(role="nav", lines=tuple(top), gap=0),
        *(p for p in head if p.role != "nav"),
    ]
    # Spots between two body parts (before part k, k >= 1), each taking one block at most;
    # ad slots and share bars go between paragraphs, never under a sub-heading.
    spots = [k for k in range(1, len(body)) if body[k - 1].role != "subheading"]
    blocks: dict[int, Part] = {}
    if spots:
        for _ in range(draw(st.integers(1, 2))):
            buttons = draw(
                st.lists(st.sampled_from(WIDGET_LINES[lang]), min_size=2, max_size=4, unique=True)
            )
            bar = Part(
                role="widget",
                lines=tuple(buttons),
                gap=draw(st.integers(1, 2)),
                inner_gap=draw(st.sampled_from((0, 0, 1))),
            )
            blocks[draw(st.sampled_from(spots))] = bar
        label = draw(st.sampled_from(AD_LINES[lang]))
        for k in draw(st.lists(st.sampled_from(spots), min_size=1, max_size=4, unique=True)):
            blocks.setdefault(k, Part(role="ad", lines=(label,), gap=draw(st.integers(1, 2))))
    laid: list[Part] = []
    for k, part in enumerate(body):
        if k in blocks:
            laid.append(blocks[k])
        laid.append(part)
    return attrs.evolve(page, parts=(*head, *laid, *tail))


NOTES: dict[str, tuple[str, ...]] = {
    "en": (
        "Correction: An earlier version of this article misstated the date of the council vote.",
        "Editor's note: This story was updated on {date} to include a statement from the council.",
        "Correction: An earlier version of this story gave the wrong name for the transport "
        "agency.",
        "This article was amended on {date} to correct the number of schools affected.",
    ),
    "de": (
        "Korrektur: In einer früheren Version dieses Artikels hieß es, die Abstimmung finde "
        "am Dienstag statt.",
        "Anmerkung der Redaktion: Dieser Artikel wurde am {date} um eine Stellungnahme der "
        "Stadt ergänzt.",
    ),
    "fr": (
        "Rectificatif : une version précédente de cet article indiquait une date erronée pour "
        "le vote du conseil.",
        "Note de la rédaction : cet article a été mis à jour le {date} pour inclure la "
        "réaction de la mairie.",
    ),
    "es": (
        "Fe de errores: una versión anterior de este artículo indicaba una fecha equivocada "
        "para la votación.",
        "Nota de la redacción: este artículo fue actualizado el {date} para incluir la "
        "reacción del ayuntamiento.",
    ),
}
"""Editor's notes and corrections; ``{date}`` is a later day in the page's date format."""


@st.composite
def _note(draw: st.DrawFn, lang: str) -> Page:
    spec = draw(articles(lang=lang))
    later = spec.published + dt.timedelta(days=draw(st.integers(1, 20)))
    fmt = draw(st.sampled_from(DATE_FORMATS[lang]))
    note = draw(st.sampled_from(NOTES[lang])).format(date=format_date(later, lang, fmt, 12, 0))
    on_top = draw(st.booleans())
    paras = (note, *spec.paragraphs) if on_top else (*spec.paragraphs, note)
    heads = tuple((i + 1, h) for i, h in spec.subheadings) if on_top else spec.subheadings
    page = draw(pages(spec))
    head, body, tail = _body_parts(page)
    part = Part(role="note", lines=(note,), gap=draw(st.integers(1, 2)))
    laid = [part, *body] if on_top else [*body, part]
    spec = attrs.evolve(spec, paragraphs=paras, subheadings=heads)
    return attrs.evolve(page, spec=spec, parts=(*head, *laid, *tail))


PAYWALL_NOTICES: dict[str, tuple[str, ...]] = {
    "en": (
        "Subscribe to continue reading",
        "The rest of this article is for subscribers only.",
        "This article is for subscribers only",
        "You have reached your free article limit.",
    ),
    "de": (
        "Um diesen Artikel zu lesen, benötigen Sie ein Abo.",
        "Weiterlesen mit Plus",
        "Dieser Artikel ist nur für Abonnenten.",
    ),
    "fr": (
        "La suite est réservée aux abonnés.",
        "Il vous reste 80 % de cet article à lire.",
        "Abonnez-vous pour lire la suite",
    ),
    "es": (
        "Para seguir leyendo, suscríbete.",
        "Este contenido es exclusivo para suscriptores.",
        "Suscríbete para seguir leyendo",
    ),
}
"""A paywall's notice, its first line: each holds a paywall phrase of the lexicon."""

PAYWALL_OFFERS: dict[str, tuple[str, ...]] = {
    "en": ("Get unlimited digital access for $1 a week.", "Only $4.99 a month. Cancel anytime."),
    "de": ("Jetzt 4 Wochen für 0,99 € testen.", "Danach 9,99 € im Monat, jederzeit kündbar."),
    "fr": ("1 € le premier mois.", "Puis 9,99 € par mois, sans engagement."),
    "es": ("1 € el primer mes. Cancela cuando quieras.", "Después, 9,99 € al mes."),
}
"""A paywall's price offer (plain text: the notice over it makes the box)."""

PAYWALL_BUTTONS: dict[str, tuple[str, ...]] = {
    "en": ("Subscribe now", "Already a subscriber? Log in"),
    "de": ("Jetzt abonnieren", "Bereits Abonnent? Anmelden"),
    "fr": ("Je m'abonne", "Déjà abonné ? Se connecter"),
    "es": ("Suscríbete", "Iniciar sesión"),
}
"""A paywall's buttons: a sign-up button and a login link (lexicon lines or phrases)."""


@st.composite
def _paywall(draw: st.DrawFn, lang: str) -> Page:
    spec = draw(articles(lang=lang))
    kept = spec.paragraphs[: draw(st.integers(1, 3))]
    spec = attrs.evolve(spec, paragraphs=kept, subheadings=())
    page = draw(pages(spec))
    head, body, tail = _body_parts(page)
    lines = [draw(st.sampled_from(PAYWALL_NOTICES[lang]))]
    lines += draw(
        st.lists(st.sampled_from(PAYWALL_OFFERS[lang]), max_size=2, unique=True).map(sorted)
    )
    buttons = PAYWALL_BUTTONS[lang]
    lines += buttons[: draw(st.integers(1, 2))] if draw(st.booleans()) else buttons[1:]
    box = Part(
        role="paywall",
        lines=tuple(lines),
        gap=draw(st.integers(1, 2)),
        inner_gap=draw(st.sampled_from((0, 0, 1))),
    )
    return attrs.evolve(page, parts=(*head, *body, box, *tail))


SLIDE_COUNTERS: dict[str, tuple[str, ...]] = {
    "en": ("{n} / {total}", "Photo {n} of {total}", "{n} of {total}"),
    "de": ("{n} / {total}", "Bild {n} von {total}", "Foto {n} von {total}"),
    "fr": ("{n} / {total}", "Photo {n} sur {total}"),
    "es": ("{n} / {total}", "Foto {n} de {total}", "Imagen {n} de {total}"),
}
"""A gallery slide's counter."""

SLIDE_CAPTIONS: dict[str, tuple[str, ...]] = {
    "en": (
        "Crowds line the river bank to watch the parade on Saturday afternoon.",
        "A volunteer hands out water to runners near the finish line.",
        "The new tram passes the cathedral on its first day of service.",
        "Firefighters inspect the damaged roof of the old market hall.",
        "Children play in the fountain as temperatures climb above 30 degrees.",
        "The mayor cuts the ribbon at the reopened public library.",
    ),
    "de": (
        "Zahlreiche Zuschauer verfolgen den Umzug am Samstagnachmittag am Flussufer.",
        "Eine Helferin verteilt Wasser an die Läufer kurz vor dem Ziel.",
        "Die neue Straßenbahn fährt an ihrem ersten Betriebstag am Dom vorbei.",
        "Feuerwehrleute begutachten das beschädigte Dach der alten Markthalle.",
        "Kinder spielen bei über 30 Grad im Brunnen auf dem Marktplatz.",
        "Die Bürgermeisterin eröffnet die renovierte Stadtbibliothek.",
    ),
    "fr": (
        "La foule se presse sur les quais pour assister au défilé samedi après-midi.",
        "Une bénévole distribue de l'eau aux coureurs près de la ligne d'arrivée.",
        "Le nouveau tramway passe devant la cathédrale lors de son premier jour de service.",
        "Des pompiers inspectent la toiture endommagée de l'ancienne halle du marché.",
        "Des enfants jouent dans la fontaine alors que la température dépasse 30 degrés.",
        "Le maire inaugure la bibliothèque municipale rénovée.",
    ),
    "es": (
        "Cientos de personas siguen el desfile desde la orilla del río el sábado por la tarde.",
        "Una voluntaria reparte agua a los corredores cerca de la meta.",
        "El nuevo tranvía pasa junto a la catedral en su primer día de servicio.",
        "Los bomberos inspeccionan el tejado dañado del antiguo mercado.",
        "Unos niños juegan en la fuente con temperaturas de más de 30 grados.",
        "La alcaldesa inaugura la biblioteca municipal renovada.",
    ),
}
"""A gallery slide's caption: one sentence describing the photo."""

SLIDE_CREDITS: dict[str, tuple[str, ...]] = {
    "en": ("Photo: {name}/Reuters", "Photo: {name}", "{name}/Getty Images", "© {name}"),
    "de": ("Foto: {name}/dpa", "Foto: {name}", "© {name}"),
    "fr": ("Photo : {name}/AFP", "Crédit : {name}", "© {name}"),
    "es": ("Foto: {name}/EFE", "Foto: {name}", "© {name}"),
}
"""A gallery slide's credit; ``{name}`` is the photographer."""


@st.composite
def _gallery(draw: st.DrawFn, lang: str) -> Page:
    spec = draw(articles(lang=lang, max_paragraphs=2))
    spec = attrs.evolve(spec, subheadings=())
    page = draw(pages(spec))
    head, body, tail = _body_parts(page)
    captions = draw(st.permutations(SLIDE_CAPTIONS[lang]))[: draw(st.integers(3, 6))]
    counter = draw(st.sampled_from(SLIDE_COUNTERS[lang]))
    credit = draw(st.sampled_from(SLIDE_CREDITS[lang]))
    counter_first = draw(st.booleans())
    inner_gap = draw(st.sampled_from((0, 0, 1)))
    slides = []
    for n, caption in enumerate(captions, start=1):
        count = counter.format(n=n, total=len(captions))
        shown = credit.format(name=draw(person_names(lang)))
        lines = (count, caption, shown) if counter_first else (caption, shown, count)
        slides.append(
            Part(role="slide", lines=lines, gap=draw(st.integers(1, 2)), inner_gap=inner_gap)
        )
    return attrs.evolve(page, parts=(*head, *body, *slides, *tail))


PLAYER_BUTTONS: dict[str, tuple[str, ...]] = {
    "en": ("Play", "Play video", "Listen", "Pause"),
    "de": ("Abspielen", "Video abspielen", "Anhören", "Pause"),
    "fr": ("Lecture", "Lire la vidéo", "Écouter", "Pause"),
    "es": ("Reproducir", "Reproducir vídeo", "Escuchar", "Pausa"),
}
"""A video or audio player's buttons."""

TRANSCRIPT_HEADINGS = {"en": "Transcript", "de": "Transkript", "fr": "Transcription",
                       "es": "Transcripción"}  # fmt: skip
"""The heading over a video's or podcast's transcript."""


@st.composite
def _player(draw: st.DrawFn, lang: str) -> Page:
    spec = draw(articles(lang=lang, max_paragraphs=8).filter(lambda s: len(s.paragraphs) >= 3))
    heading = TRANSCRIPT_HEADINGS[lang]
    spec = attrs.evolve(spec, subheadings=((1, heading),))
    page = draw(pages(attrs.evolve(spec, subheadings=())))
    head, _, tail = _body_parts(page)
    minutes, seconds = draw(st.integers(1, 59)), draw(st.integers(0, 59))
    clock = draw(st.sampled_from(("{m:02d}:{s:02d}", "{m}:{s:02d}")))
    shown = clock.format(m=minutes, s=seconds)
    start = clock.format(m=0, s=0)
    buttons = draw(
        st.lists(st.sampled_from(PLAYER_BUTTONS[lang]), min_size=1, max_size=2, unique=True)
    )
    time_line = f"{start} / {shown}"
    player = Part(
        role="player", lines=(buttons[0], time_line, *buttons[1:]), gap=draw(st.integers(1, 2))
    )
    lead, *rest = spec.paragraphs
    body = [
        Part(role="body", lines=(lead,)),
        player,
        Part(role="subheading", lines=(heading,), gap=draw(st.integers(1, 2))),
        *(Part(role="body", lines=(p,)) for p in rest),
    ]
    return attrs.evolve(page, spec=spec, parts=(*head, *body, *tail))


_BUILDERS: dict[str, Callable[[str], st.SearchStrategy[Page]]] = {
    "cjk": lambda lang: cjk_pages(),
    "rtl": lambda lang: rtl_pages(),
    "interview": _interview,
    "listicle": _listicle,
    "live": _live,
    "key-points": _key_points,
    "menu-after": _menu_after,
    "mobile": _mobile,
    "note": _note,
    "paywall": _paywall,
    "gallery": _gallery,
    "cyrillic": lambda lang: cyrillic_pages(),
    "player": _player,
}


def family_pages(families: tuple[str, ...] = FAMILIES) -> st.SearchStrategy[Page]:
    """Pages of one of ``families`` (see the module docstring for each family's truth)."""

    @st.composite
    def page(draw: st.DrawFn) -> Page:
        family = draw(st.sampled_from(families))
        lang = draw(st.sampled_from(("en", "de", "fr", "es")))
        built: Page = draw(_BUILDERS[family](lang))
        return built

    return page()
