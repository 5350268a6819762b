"""Hypothesis strategies: random news articles and the pages a site would render them into.

The generated world is built to be *plausible*, so that a failing property points at the
parser and not at an impossible page:

* :func:`articles` draws an :class:`ArticleSpec`: a language (en, de, fr, es), a headline,
  a publication date written in one of that language's usual formats, authors and their
  byline form, tags, 1–30 body paragraphs of real-looking sentences (each of 8 or more
  words and ending in punctuation, some holding a quotation such as
  ``“...,” Jane Doe said.``), optional sub-headings and an optional dateline.
* :func:`pages` lays a spec out as a :class:`Page`: an ordered tuple of :class:`Part`
  values (navigation, headline, byline, date, share widgets, captions, body paragraphs,
  tags, comments, sidebars, newsletter box, footer), in the orders real sites use: the
  headline comes before the body with the byline and date near it, sidebars and comments
  come after a heading from the lexicon.
* :func:`render_text` writes a page the way a browser's ``innerText`` or a copy-paste
  would (one line per block, blank lines between blocks); :func:`render_html` writes the
  same page as HTML with random wrappers, attributes, inline markup, scripts, styles,
  hidden elements, metadata and recoverable broken markup. Both renderings of one page
  show the same visible lines, which is what the agreement property relies on.
* :func:`boilerplate_blocks` draws one insertable block (share bar, "Most read" list,
  newsletter box, comments block, sidebar); :func:`whitespace_noise` draws a
  :class:`Noise` (line endings, NBSP, indentation) that must not change the parse.

No text here is copied from real pages: word lists and templates are written for the tests.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import textwrap
import zlib
from collections.abc import Sequence

import attrs
from hypothesis import strategies as st

__all__ = [
    "BLOCK_KINDS",
    "LANGS",
    "ArticleSpec",
    "Noise",
    "Page",
    "Part",
    "articles",
    "boilerplate_blocks",
    "html_pages",
    "insert_part",
    "lynx_dumps",
    "make_page",
    "markdown_dumps",
    "pages",
    "render_html",
    "render_lynx",
    "render_markdown",
    "render_text",
    "text_dumps",
    "whitespace_noise",
]

LANGS: tuple[str, ...] = ("en", "de", "fr", "es")
"""Languages the composer writes articles in."""

# --------------------------------------------------------------------------------------
# Word lists. Sentences are built as subject + verb phrase + object + complements, so that
# every sentence is grammatical enough to read as prose and long enough (>= 8 words).
# None of these fragments contains a lexicon cue phrase (newsletter, cookies, comments...).
# --------------------------------------------------------------------------------------

# fmt: off
SUBJECTS: dict[str, tuple[str, ...]] = {
    "en": (
        "The government", "Local officials", "The finance minister", "Residents of the town",
        "The city council", "Opposition leaders", "The regional authority", "Hospital staff",
        "Farmers in the north", "The transport agency", "Several aid groups", "The committee",
        "Police investigators", "The central bank", "Teachers across the region", "The company",
        "Environmental campaigners", "The prime minister",
    ),
    "de": (
        "Die Bundesregierung", "Der Stadtrat", "Die Finanzministerin", "Viele Anwohner",
        "Die Opposition", "Das Landratsamt", "Die Polizei", "Mehrere Hilfsorganisationen",
        "Der Ausschuss", "Die Gewerkschaft", "Die Landwirte im Norden", "Das Unternehmen",
        "Die Bürgermeisterin", "Der Verkehrsverbund", "Die Zentralbank", "Die Lehrkräfte",
    ),
    "fr": (
        "Le gouvernement", "Le conseil municipal", "La ministre des Finances",
        "Les habitants du quartier", "L'opposition", "La préfecture", "Les enquêteurs",
        "Plusieurs associations", "La commission", "Les syndicats", "Les agriculteurs du nord",
        "L'entreprise", "La maire", "La banque centrale", "Les enseignants de la région",
    ),
    "es": (
        "El Gobierno", "El ayuntamiento", "La ministra de Hacienda", "Los vecinos del barrio",
        "La oposición", "La delegación regional", "Los investigadores", "Varias asociaciones",
        "La comisión", "Los sindicatos", "Los agricultores del norte", "La empresa",
        "La alcaldesa", "El banco central", "Los docentes de la región",
    ),
}

VERBS: dict[str, tuple[str, ...]] = {
    "en": (
        "announced", "rejected", "approved", "criticised", "defended", "postponed", "presented",
        "welcomed", "questioned", "has promised", "will review", "agreed on", "warned against",
        "signed", "debated",
    ),
    "de": (
        "kündigte", "lehnte", "billigte", "kritisierte", "verteidigte", "verschob",
        "präsentierte", "begrüßte", "prüft", "unterzeichnete", "diskutierte", "forderte",
    ),
    "fr": (
        "a annoncé", "a rejeté", "a approuvé", "a critiqué", "a défendu", "a reporté",
        "a présenté", "a salué", "a contesté", "va examiner", "a signé", "a débattu de",
    ),
    "es": (
        "anunció", "rechazó", "aprobó", "criticó", "defendió", "aplazó", "presentó", "celebró",
        "cuestionó", "revisará", "firmó", "debatió",
    ),
}

OBJECTS: dict[str, tuple[str, ...]] = {
    "en": (
        "a new plan for public transport", "the proposal to raise local taxes",
        "the budget for the coming year", "a report on water quality",
        "the decision to close two schools", "an agreement with the unions",
        "the reform of the pension system", "new rules for short-term rentals",
        "the results of the investigation", "a programme to support small farms",
        "the plan to build a new bridge", "the changes to the health service",
    ),
    "de": (
        "einen neuen Plan für den Nahverkehr", "den Vorschlag zur Erhöhung der Grundsteuer",
        "den Haushalt für das kommende Jahr", "einen Bericht über die Wasserqualität",
        "die Schließung von zwei Schulen", "eine Einigung mit den Gewerkschaften",
        "die Reform der Rentenversicherung", "neue Regeln für Ferienwohnungen",
        "die Ergebnisse der Ermittlungen", "ein Programm für kleine Betriebe",
        "den Bau einer neuen Brücke", "die Änderungen im Gesundheitswesen",
    ),
    "fr": (
        "un nouveau plan pour les transports", "la proposition de hausse des impôts locaux",
        "le budget de l'année prochaine", "un rapport sur la qualité de l'eau",
        "la fermeture de deux écoles", "un accord avec les syndicats", "la réforme des retraites",
        "de nouvelles règles pour les locations saisonnières", "les résultats de l'enquête",
        "un programme d'aide aux petites exploitations", "la construction d'un nouveau pont",
        "les changements du système de santé",
    ),
    "es": (
        "un nuevo plan de transporte público", "la propuesta de subir los impuestos locales",
        "el presupuesto del próximo año", "un informe sobre la calidad del agua",
        "el cierre de dos escuelas", "un acuerdo con los sindicatos",
        "la reforma del sistema de pensiones", "nuevas normas para los pisos turísticos",
        "los resultados de la investigación", "un programa de ayuda a las pequeñas granjas",
        "la construcción de un nuevo puente", "los cambios en el sistema de salud",
    ),
}

COMPLEMENTS: dict[str, tuple[str, ...]] = {
    "en": (
        "on Tuesday", "after weeks of talks", "in the capital", "despite strong criticism",
        "during a press conference", "for the third time this year", "in a written statement",
        "at a meeting with local leaders", "before the summer break", "with a narrow majority",
        "according to the official figures", "in front of reporters",
        "after a long debate in parliament", "since the start of 2017",
        "as costs continue to rise", "to the surprise of many observers",
    ),
    "de": (
        "am Dienstag", "nach wochenlangen Verhandlungen", "in der Hauptstadt",
        "trotz heftiger Kritik", "auf einer Pressekonferenz", "zum dritten Mal in diesem Jahr",
        "in einer schriftlichen Erklärung", "bei einem Treffen mit den Kommunen",
        "vor der Sommerpause", "mit knapper Mehrheit", "nach Angaben der Behörden",
        "vor Journalisten", "nach einer langen Debatte im Landtag", "seit Anfang 2017",
    ),
    "fr": (
        "mardi", "après des semaines de discussions", "dans la capitale",
        "malgré de vives critiques", "lors d'une conférence de presse",
        "pour la troisième fois cette année", "dans un communiqué",
        "lors d'une réunion avec les élus locaux", "avant la pause estivale",
        "à une courte majorité", "selon les chiffres officiels", "devant la presse",
        "après un long débat à l'Assemblée", "depuis le début de 2017",
    ),
    "es": (
        "el martes", "tras semanas de negociaciones", "en la capital",
        "pese a las duras críticas", "durante una rueda de prensa", "por tercera vez este año",
        "en un comunicado", "en una reunión con los alcaldes", "antes del verano",
        "por una estrecha mayoría", "según las cifras oficiales", "ante los periodistas",
        "tras un largo debate en el Congreso", "desde principios de 2017",
    ),
}

QUOTE_BODIES: dict[str, tuple[str, ...]] = {
    "en": (
        "We will not accept a plan that leaves the poorest families behind",
        "This is a good day for everyone who lives and works in this city",
        "The figures show that our approach is working and we will continue it",
        "Nobody in the government has explained where the money will come from",
        "We have waited far too long for a decision on this project",
    ),
    "de": (
        "Wir werden keinen Plan akzeptieren, der die ärmsten Familien zurücklässt",
        "Das ist ein guter Tag für alle, die in dieser Stadt leben und arbeiten",
        "Die Zahlen zeigen, dass unser Weg funktioniert und wir ihn fortsetzen",
        "Niemand hat bisher erklärt, woher das Geld eigentlich kommen soll",
    ),
    "fr": (
        "Nous n'accepterons pas un plan qui laisse de côté les familles les plus modestes",
        "C'est une bonne journée pour tous ceux qui vivent et travaillent dans cette ville",
        "Les chiffres montrent que notre méthode fonctionne et nous allons la poursuivre",
        "Personne n'a encore expliqué d'où viendra tout cet argent",
    ),
    "es": (
        "No vamos a aceptar un plan que deje atrás a las familias más pobres",
        "Es un buen día para todos los que viven y trabajan en esta ciudad",
        "Las cifras demuestran que nuestro método funciona y vamos a seguir con él",
        "Nadie ha explicado todavía de dónde saldrá todo ese dinero",
    ),
}

HEADLINE_SUBJECTS: dict[str, tuple[str, ...]] = {
    "en": (
        "Government", "City council", "Minister", "Residents", "Unions", "Regulator", "Court",
        "Farmers", "Hospital chiefs", "Airline",
    ),
    "de": (
        "Regierung", "Stadtrat", "Ministerin", "Anwohner", "Gewerkschaften", "Gericht",
        "Landwirte", "Klinikum", "Bahn", "Landkreis",
    ),
    "fr": (
        "Le gouvernement", "La mairie", "La ministre", "Les riverains", "Les syndicats",
        "Le tribunal", "Les agriculteurs", "L'hôpital", "La SNCF", "Le département",
    ),
    "es": (
        "El Gobierno", "El ayuntamiento", "La ministra", "Los vecinos", "Los sindicatos",
        "El tribunal", "Los agricultores", "El hospital", "Renfe", "La diputación",
    ),
}

HEADLINE_VERBS: dict[str, tuple[str, ...]] = {
    "en": (
        "unveils", "rejects", "backs", "delays", "scraps", "defends", "questions", "approves",
        "warns over", "pushes for",
    ),
    "de": (
        "stellt vor", "lehnt ab", "stoppt", "verschiebt", "verteidigt", "billigt", "warnt vor",
        "fordert", "prüft", "kippt",
    ),
    "fr": (
        "présente", "rejette", "soutient", "reporte", "abandonne", "défend", "conteste",
        "approuve", "alerte sur", "réclame",
    ),
    "es": (
        "presenta", "rechaza", "respalda", "aplaza", "suspende", "defiende", "cuestiona",
        "aprueba", "alerta sobre", "pide",
    ),
}

HEADLINE_OBJECTS: dict[str, tuple[str, ...]] = {
    "en": (
        "plan to cut energy prices", "new bus network", "school closures",
        "tax rise for landlords", "bridge project", "pension reform", "budget cuts",
        "rules on holiday rentals", "hospital merger", "water report",
    ),
    "de": (
        "Plan gegen hohe Energiepreise", "neues Busnetz", "Schulschließungen",
        "Steuererhöhung für Vermieter", "Brückenprojekt", "Rentenreform", "Sparhaushalt",
        "Regeln für Ferienwohnungen", "Klinikfusion", "Bericht zur Wasserqualität",
    ),
    "fr": (
        "un plan contre la hausse de l'énergie", "le nouveau réseau de bus",
        "la fermeture d'écoles", "la hausse de la taxe foncière", "le projet de pont",
        "la réforme des retraites", "les coupes budgétaires", "les locations saisonnières",
        "la fusion des hôpitaux", "le rapport sur l'eau",
    ),
    "es": (
        "un plan contra la subida de la luz", "la nueva red de autobuses",
        "el cierre de colegios", "la subida del IBI", "el proyecto del puente",
        "la reforma de las pensiones", "los recortes", "los pisos turísticos",
        "la fusión de hospitales", "el informe sobre el agua",
    ),
}

HEADLINE_TAILS: dict[str, tuple[str, ...]] = {
    "en": (
        "", "", "after long dispute", "amid protests", "in surprise move", "despite warnings",
    ),
    "de": (
        "", "", "nach langem Streit", "trotz Protesten", "überraschend",
    ),
    "fr": (
        "", "", "après un long bras de fer", "malgré les protestations", "à la surprise générale",
    ),
    "es": (
        "", "", "tras una larga disputa", "pese a las protestas", "por sorpresa",
    ),
}

FIRST_NAMES: dict[str, tuple[str, ...]] = {
    "en": (
        "James", "Sarah", "Michael", "Emily", "David", "Laura", "Daniel", "Rachel", "Thomas",
        "Hannah", "Omar", "Priya", "Kwame", "Mei", "Jonathan R.",
    ),
    "de": (
        "Anna", "Jörg", "Lukas", "Katrin", "Stefan", "Sabine", "Jürgen", "Miriam", "Felix",
        "Ayşe", "Hans-Peter",
    ),
    "fr": (
        "Camille", "Étienne", "Hélène", "Julien", "Chloé", "François", "Inès", "Mathieu",
        "Jean-Luc",
    ),
    "es": (
        "María", "José", "Lucía", "Javier", "Carmen", "Andrés", "Paula", "Sergio", "Ana Belén",
    ),
}

LAST_NAMES: dict[str, tuple[str, ...]] = {
    "en": (
        "Thompson", "Carter", "Nguyen", "O'Brien", "Patel", "Okafor", "Ramirez", "Fitzgerald",
        "Lindqvist", "Harrison", "McAllister", "Smith-Jones",
    ),
    "de": (
        "Müller", "Schneider", "Weiß", "Hoffmann", "Becker", "Krämer", "von Arnim", "Yılmaz",
        "Schäfer", "Neumann",
    ),
    "fr": (
        "Dubois", "Lefèvre", "Moreau", "Girard", "de La Roche", "Benali", "Rousseau", "Fontaine",
    ),
    "es": (
        "García", "Fernández", "López", "Martínez Ruiz", "de la Fuente", "Navarro", "Ortega",
        "Sánchez",
    ),
}

TAG_WORDS: dict[str, tuple[str, ...]] = {
    "en": (
        "Politics", "Climate change", "Elections", "European Union", "Health care",
        "Public transport", "Education", "Housing", "Energy prices", "Local government",
        "Agriculture", "Pensions", "Budget 2024", "Water supply",
    ),
    "de": (
        "Politik", "Klimawandel", "Wahlen", "Europäische Union", "Gesundheit", "Nahverkehr",
        "Bildung", "Wohnungsmarkt", "Energiepreise", "Kommunalpolitik", "Landwirtschaft", "Rente",
        "Haushalt 2024",
    ),
    "fr": (
        "Politique", "Climat", "Élections", "Union européenne", "Santé", "Transports en commun",
        "Éducation", "Logement", "Prix de l'énergie", "Collectivités locales", "Agriculture",
        "Retraites", "Budget 2024",
    ),
    "es": (
        "Política", "Cambio climático", "Elecciones", "Unión Europea", "Sanidad",
        "Transporte público", "Educación", "Vivienda", "Precio de la luz", "Ayuntamientos",
        "Agricultura", "Pensiones", "Presupuestos 2024",
    ),
}

SUBHEADINGS: dict[str, tuple[str, ...]] = {
    "en": (
        "What happens next", "A long dispute", "Reaction from the opposition",
        "Costs and funding", "The background",
    ),
    "de": (
        "Wie es weitergeht", "Ein langer Streit", "Reaktionen der Opposition",
        "Kosten und Finanzierung", "Der Hintergrund",
    ),
    "fr": (
        "Et maintenant", "Un long conflit", "La réaction de l'opposition", "Coûts et financement",
        "Le contexte",
    ),
    "es": (
        "Qué pasará ahora", "Una larga disputa", "La reacción de la oposición",
        "Costes y financiación", "El contexto",
    ),
}

DATELINES: dict[str, tuple[str, ...]] = {
    "en": (
        "WASHINGTON", "LONDON", "NEW YORK", "ERBIL, Kurdistan Region", "KYIV, Ukraine",
        "SAN FRANCISCO", "NAIROBI, Kenya",
    ),
    "de": (
        "BERLIN", "MÜNCHEN", "WIEN", "HAMBURG", "FRANKFURT",
    ),
    "fr": (
        "PARIS", "LYON", "BRUXELLES", "MARSEILLE", "GENÈVE",
    ),
    "es": (
        "MADRID", "BOGOTÁ", "BARCELONA", "SEVILLA", "LIMA, Perú",
    ),
}

AGENCIES: dict[str, tuple[str, ...]] = {
    "en": (
        "Reuters", "AP",
    ),
    "de": (
        "dpa", "AFP",
    ),
    "fr": (
        "AFP",
    ),
    "es": (
        "EFE",
    ),
}

SITES: dict[str, tuple[str, ...]] = {
    "en": (
        "The Daily Courier", "Northern Herald", "Metro Ledger",
    ),
    "de": (
        "Rheinische Rundschau", "Der Abendbote", "Kurier am Main",
    ),
    "fr": (
        "Le Courrier du Soir", "La Gazette de l'Ouest", "L'Écho des Alpes",
    ),
    "es": (
        "El Diario del Sur", "La Crónica Regional", "Heraldo del Norte",
    ),
}

MONTHS: dict[str, tuple[str, ...]] = {
    "en": (
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ),
    "de": (
        "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
        "Oktober", "November", "Dezember",
    ),
    "fr": (
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre",
    ),
    "es": (
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
        "octubre", "noviembre", "diciembre",
    ),
}

EN_MONTH_ABBR = (
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec",
)

WEEKDAYS: dict[str, tuple[str, ...]] = {
    "en": (
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    ),
    "de": (
        "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag",
    ),
    "fr": (
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    ),
    "es": (
        "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
    ),
}

DATE_PREFIXES: dict[str, tuple[str, ...]] = {
    "en": (
        "", "", "Published: ", "Published ", "Posted on ", "First published on ", "Date: ",
    ),
    "de": (
        "", "", "Veröffentlicht am ", "Stand: ", "Erschienen am ",
    ),
    "fr": (
        "", "", "Publié le ", "Mis en ligne le ",
    ),
    "es": (
        "", "", "Publicado el ",
    ),
}

UPDATE_PREFIXES: dict[str, tuple[str, ...]] = {
    "en": (
        "Updated: ", "Last updated ", "Updated ",
    ),
    "de": (
        "Aktualisiert am ", "Zuletzt aktualisiert: ",
    ),
    "fr": (
        "Mis à jour le ",
    ),
    "es": (
        "Actualizado el ",
    ),
}

NAV_LINES: dict[str, tuple[str, ...]] = {
    "en": (
        "Skip to content", "Home", "News", "World", "Politics", "Business", "Sport", "Opinion",
        "Culture", "Search", "Sign in", "Subscribe", "Menu",
    ),
    "de": (
        "Zum Inhalt springen", "Startseite", "Politik", "Wirtschaft", "Kultur", "Sport",
        "Panorama", "Meinung", "Suche", "Anmelden", "Abonnieren", "Menü",
    ),
    "fr": (
        "Aller au contenu", "Accueil", "International", "Politique", "Économie", "Culture",
        "Sport", "Société", "Rechercher", "Se connecter", "S'abonner", "Menu",
    ),
    "es": (
        "Portada", "Internacional", "Política", "Economía", "Cultura", "Deportes", "Sociedad",
        "Opinión", "Buscar", "Iniciar sesión", "Suscríbete", "Menú",
    ),
}

WIDGET_LINES: dict[str, tuple[str, ...]] = {
    "en": (
        "Share", "Tweet", "Email", "Print", "A+ A-", "Share this article", "Copy link",
        "Facebook", "Twitter", "WhatsApp", "Listen to this article", "Save",
    ),
    "de": (
        "Teilen", "Artikel teilen", "Drucken", "E-Mail", "Merken", "Vorlesen", "A+ A-",
        "Link kopieren", "Facebook", "Twitter",
    ),
    "fr": (
        "Partager", "Imprimer", "Envoyer", "E-mail", "Copier le lien", "A+ A-", "Facebook",
        "Twitter", "Écouter",
    ),
    "es": (
        "Compartir", "Imprimir", "Enviar", "Copiar enlace", "A+ A-", "Facebook", "Twitter",
        "WhatsApp", "Guardar",
    ),
}

AD_LINES: dict[str, tuple[str, ...]] = {
    "en": (
        "Advertisement", "Sponsored", "Continue reading",
    ),
    "de": (
        "Anzeige", "Werbung",
    ),
    "fr": (
        "Publicité",
    ),
    "es": (
        "Publicidad",
    ),
}

SIDEBAR_HEADINGS: dict[str, tuple[str, ...]] = {
    "en": (
        "The Latest", "Latest news", "Related", "Related stories", "Most read", "Most popular",
        "Trending now", "Recommended for you", "You may also like", "More stories", "Top stories",
        "Read next", "Editor's picks", "Don't miss",
    ),
    "de": (
        "Neueste Artikel", "Meistgelesen", "Das könnte Sie auch interessieren",
        "Auch interessant", "Lesen Sie auch", "Weitere Artikel", "Top-Themen",
        "Weitere Nachrichten",
    ),
    "fr": (
        "À lire aussi", "Les plus lus", "Dernières actualités", "Sur le même sujet",
        "Articles liés", "Vous aimerez aussi", "À découvrir", "Les plus partagés",
    ),
    "es": (
        "Lo más leído", "Últimas noticias", "Noticias relacionadas", "Te puede interesar",
        "Lee también", "Más noticias", "Lo último",
    ),
}

COMMENT_HEADINGS: dict[str, tuple[str, ...]] = {
    "en": (
        "Comments", "Leave a Reply", "Post a comment", "Join the conversation", "Reader comments",
        "Show comments",
    ),
    "de": (
        "Kommentare", "Kommentar schreiben", "Leserkommentare", "Diskussion",
    ),
    "fr": (
        "Commentaires", "Réagir", "Laisser un commentaire", "Vos réactions",
    ),
    "es": (
        "Comentarios", "Deja un comentario", "Escribe un comentario",
    ),
}

COMMENT_POLICY: dict[str, tuple[str, ...]] = {
    "en": (
        "{site} moderates all comments submitted on our website.",
        "To be approved for publication, however, your comments must meet our community "
        "guidelines.",
        "Comments that do not meet our guidelines will be rejected.",
        "Your email address will not be published. Required fields are marked *",
        "Please log in to comment on this article.", "Comments are closed for this article.",
    ),
    "de": (
        "Bitte beachten Sie bei Ihrem Beitrag unsere Netiquette.",
        "Ihre E-Mail-Adresse wird nicht veröffentlicht.",
        "Die Kommentarfunktion ist für diesen Artikel geschlossen.",
        "Bitte melden Sie sich an, um einen Kommentar zu schreiben.",
    ),
    "fr": (
        "Votre adresse e-mail ne sera pas publiée.",
        "Les champs obligatoires sont indiqués avec *",
        "Merci de respecter notre charte de modération.",
    ),
    "es": (
        "Tu dirección de correo electrónico no será publicada.",
        "Los campos obligatorios están marcados con *",
        "Lee nuestras normas de participación antes de comentar.",
    ),
}

COMMENT_TEXTS: dict[str, tuple[str, ...]] = {
    "en": (
        "I have lived here for twenty years and nobody ever asked us what we think about it.",
        "Great reporting, thank you for covering this story in so much detail.",
        "The council should have done this a long time ago, it is far too late now.",
    ),
    "de": (
        "Ich wohne seit zwanzig Jahren hier und niemand hat uns jemals nach unserer Meinung "
        "gefragt.",
        "Das hätte der Stadtrat schon vor Jahren entscheiden müssen, jetzt ist es zu spät.",
    ),
    "fr": (
        "J'habite ici depuis vingt ans et personne ne nous a jamais demandé notre avis.",
        "La mairie aurait dû prendre cette décision il y a bien longtemps.",
    ),
    "es": (
        "Llevo veinte años viviendo aquí y nadie nos ha preguntado nunca nuestra opinión.",
        "El ayuntamiento tendría que haber decidido esto hace muchos años.",
    ),
}

FORM_LINES: dict[str, tuple[str, ...]] = {
    "en": (
        "Name", "Email", "Required", "Post Comment",
    ),
    "de": (
        "Name", "E-Mail", "Absenden",
    ),
    "fr": (
        "Nom", "E-mail", "Envoyer",
    ),
    "es": (
        "Nombre", "Correo", "Enviar",
    ),
}

NEWSLETTER: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": (
        ("Newsletter", "Sign up for our newsletter", "Enter your email address", "Subscribe"),
        ("Get the latest headlines delivered to your inbox every morning.", "Sign up"),
        ("Subscribe to our newsletter", "Subscribe now"),
    ),
    "de": (
        ("Newsletter", "Jetzt abonnieren"),
        ("Newsletter", "Die wichtigsten Nachrichten des Tages", "Jetzt abonnieren"),
    ),
    "fr": (
        ("Newsletter", "Abonnez-vous", "Recevez chaque matin l'essentiel de l'actualité"),
        ("Newsletter", "S'abonner à la newsletter", "S'abonner"),
    ),
    "es": (
        ("Boletín", "Suscríbete a nuestro boletín", "Suscríbete"),
        ("Boletín", "Síguenos"),
    ),
}

NEWSLETTER_PITCHES = frozenset(
    {
        "Enter your email address", "Die wichtigsten Nachrichten des Tages",
        "Recevez chaque matin l'essentiel de l'actualité",
    }
)  # fmt: skip
"""The lines of :data:`NEWSLETTER` boxes that are no cue: a box's pitch, one at most a box
(every other line is a lexicon entry, and each box holds a sign-up line)."""

FOOTERS: dict[str, tuple[str, ...]] = {
    "en": (
        "© {year} {site}. All rights reserved.", "Privacy Policy", "Terms of Use", "Contact us",
        "About us", "Advertise", "Careers",
    ),
    "de": (
        "© {year} {site}. Alle Rechte vorbehalten.", "Impressum", "Datenschutz", "Kontakt", "AGB",
        "Mediadaten",
    ),
    "fr": (
        "© {year} {site}. Tous droits réservés.", "Mentions légales", "Contact", "Newsletters",
    ),
    "es": (
        "© {year} {site}. Todos los derechos reservados.", "Aviso legal", "Contacto",
        "Privacidad",
    ),
}

HIDDEN_LINES: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": (("Subscribe to read the full story", "Already a subscriber? Sign in"),
           ("We use cookies to improve your experience.", "Accept")),
    "de": (("Exklusiv für Abonnenten", "Jetzt abonnieren"),),
    "fr": (("Réservé aux abonnés", "Déjà abonné ? Se connecter"),),
    "es": (("Suscríbete para seguir leyendo", "Iniciar sesión"),),
}

CAPTIONS: dict[str, tuple[str, ...]] = {
    "en": (
        "Protesters gather outside the town hall on Monday evening.",
        "The old bridge has been closed to traffic since the spring.",
        "The minister speaks to reporters in the capital.",
    ),
    "de": (
        "Demonstranten versammeln sich am Montagabend vor dem Rathaus.",
        "Die alte Brücke ist seit dem Frühjahr für den Verkehr gesperrt.",
    ),
    "fr": (
        "Des manifestants rassemblés devant la mairie lundi soir.",
        "Le vieux pont est fermé à la circulation depuis le printemps.",
    ),
    "es": (
        "Manifestantes reunidos frente al ayuntamiento el lunes por la tarde.",
        "El viejo puente está cerrado al tráfico desde la primavera.",
    ),
}

CREDITS: dict[str, tuple[str, ...]] = {
    "en": (
        "Photo: Getty Images", "Photo: Reuters", "(Adam Berg/Associated Press)", "© Jane Holt",
    ),
    "de": (
        "Foto: dpa", "Foto: imago", "© Peter Lang",
    ),
    "fr": (
        "Photo : AFP", "Crédit : Reuters", "© Marc Vidal",
    ),
    "es": (
        "Foto: EFE", "Foto: Reuters", "© Luis Prado",
    ),
}

TAG_LABELS: dict[str, tuple[str, ...]] = {
    "en": (
        "Tags", "Topics", "Tagged", "Filed under", "Related topics",
    ),
    "de": (
        "Schlagwörter", "Themen", "Tags", "Stichworte",
    ),
    "fr": (
        "Mots-clés", "Tags", "Sujets", "Thèmes",
    ),
    "es": (
        "Etiquetas", "Temas", "Tags",
    ),
}

BYLINE_PREFIXES: dict[str, tuple[str, ...]] = {
    "en": (
        "By", "By", "By", "Written by", "Words by",
    ),
    "de": (
        "Von", "Von", "Autor:", "Text:",
    ),
    "fr": (
        "Par", "Par",
    ),
    "es": (
        "Por", "Por",
    ),
}

BYLINE_ROLES: dict[str, tuple[str, ...]] = {
    "en": (", Staff Writer", " | Reuters", ", Senior Correspondent"),
    "de": (", dpa", " | Redaktion"),
    "fr": (", avec AFP", " | La rédaction"),
    "es": (", EFE", " | Redacción"),
}

CONJUNCTIONS: dict[str, str] = {"en": "and", "de": "und", "fr": "et", "es": "y"}

SAID: dict[str, tuple[str, ...]] = {
    "en": (
        "said", "told reporters", "added",
    ),
    "de": (
        "sagte", "erklärte",
    ),
    "fr": (
        "a déclaré", "a expliqué",
    ),
    "es": (
        "dijo", "explicó",
    ),
}

SECTION_LABELS: dict[str, tuple[str, ...]] = {
    "en": (
        "World", "Politics", "Business",
    ),
    "de": (
        "Politik", "Wirtschaft", "Panorama",
    ),
    "fr": (
        "Politique", "Économie", "Société",
    ),
    "es": (
        "Política", "Economía", "Sociedad",
    ),
}
# fmt: on


# --------------------------------------------------------------------------------------
# The article spec
# --------------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class ArticleSpec:
    """One random article: what a page shows, and what ``parse`` must give back."""

    lang: str
    """Language of all page text (``en``, ``de``, ``fr``, ``es``)."""
    site: str
    """Publisher name (footer, ``<title>`` suffix)."""
    headline: str
    """The headline, as shown."""
    published: dt.date
    """Publication date."""
    date_text: str
    """The publication date written in the page's format (with its cue, e.g. "Published: ")."""
    date_format: str
    """Name of the format ``date_text`` was written in (for failure reports)."""
    updated_text: str | None
    """An "Updated ..." date line (a later date), or ``None``."""
    authors: tuple[str, ...]
    """Author names in byline order."""
    byline: str
    """The byline line as shown ("By A and B", "Von A", "A and B"); ``""`` without authors."""
    tags: tuple[str, ...]
    """Topic tags, unique case-insensitively."""
    paragraphs: tuple[str, ...]
    """Prose paragraphs in order (the first one starts with the dateline when there is one)."""
    subheadings: tuple[tuple[int, str], ...]
    """``(i, text)``: a sub-heading shown before ``paragraphs[i]`` (``i >= 1``)."""
    dateline: str | None
    """The place of the dateline, as ``parse`` should return it, or ``None``."""

    @property
    def body(self) -> tuple[str, ...]:
        """The expected ``Article.body``: paragraphs with sub-headings in place."""
        heads = dict(self.subheadings)
        out: list[str] = []
        for i, paragraph in enumerate(self.paragraphs):
            if i in heads:
                out.append(heads[i])
            out.append(paragraph)
        return tuple(out)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


@st.composite
def sentences(draw: st.DrawFn, lang: str) -> str:
    """One declarative sentence of at least 8 words, ending in a full stop."""
    parts = [
        draw(st.sampled_from(SUBJECTS[lang])),
        draw(st.sampled_from(VERBS[lang])),
        draw(st.sampled_from(OBJECTS[lang])),
    ]
    complements = draw(
        st.lists(st.sampled_from(COMPLEMENTS[lang]), min_size=1, max_size=3, unique=True)
    )
    parts.extend(complements)
    if lang == "de" and parts[1] in ("kündigte", "lehnte"):
        parts.append("an" if parts[1] == "kündigte" else "ab")
    text = " ".join(parts)
    while len(text.split()) < 8:
        text += " " + draw(st.sampled_from(COMPLEMENTS[lang]))
    # News prose states; a lone exclamation is a headline shape, not a paragraph.
    return _cap(text) + "."


def _quote(lang: str, words: str, speaker: str, verb: str, style: int) -> str:
    if lang == "en":
        if style == 0:
            return f"“{words},” {speaker} {verb}."
        return f"“{words},” {verb} {speaker}, speaking after the meeting."
    if lang == "de":
        return f"„{words}“, {verb} {speaker}." if style == 0 else f"{speaker} {verb}: „{words}.“"
    if lang == "fr":
        return f"« {words} », {verb} {speaker}." if style == 0 else f"« {words} », selon {speaker}."
    return f"«{words}», {verb} {speaker}." if style == 0 else f"{speaker} {verb}: «{words}»."


@st.composite
def paragraphs(draw: st.DrawFn, lang: str, speakers: Sequence[str]) -> str:
    """One body paragraph: 1–4 sentences, or a quotation with its speaker."""
    if draw(st.integers(0, 5)) == 0:
        speaker = draw(st.sampled_from(tuple(speakers)))
        words = draw(st.sampled_from(QUOTE_BODIES[lang]))
        verb = draw(st.sampled_from(SAID[lang]))
        text = _quote(lang, words, speaker, verb, draw(st.integers(0, 1)))
        if draw(st.booleans()):
            text += " " + draw(sentences(lang))
        return text
    return " ".join(draw(st.lists(sentences(lang), min_size=1, max_size=4)))


def person_names(lang: str) -> st.SearchStrategy[str]:
    """A person name of the language (first and last name, particles kept lower-case)."""
    return st.builds(
        lambda first, last: f"{first} {last}",
        st.sampled_from(FIRST_NAMES[lang]),
        st.sampled_from(LAST_NAMES[lang]),
    )


@st.composite
def headlines(draw: st.DrawFn, lang: str) -> str:
    """A headline: subject, verb, object and an optional tail; no final full stop."""
    subject = draw(st.sampled_from(HEADLINE_SUBJECTS[lang]))
    verb = draw(st.sampled_from(HEADLINE_VERBS[lang]))
    obj = draw(st.sampled_from(HEADLINE_OBJECTS[lang]))
    tail = draw(st.sampled_from(HEADLINE_TAILS[lang]))
    if lang == "de" and " " in verb:
        # Separable verbs: "Regierung stellt Plan vor".
        head, particle = verb.split(" ", 1)
        text = f"{subject} {head} {obj} {particle}"
    else:
        text = f"{subject} {verb} {obj}"
    if tail:
        text = f"{text} {tail}"
    end = draw(st.sampled_from(("", "", "", "", "?")))
    return _cap(text) + end


def _join_names(names: Sequence[str], lang: str, *, amp: bool) -> str:
    conj = "&" if amp else CONJUNCTIONS[lang]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + f" {conj} " + names[-1]


DATE_FORMATS: dict[str, tuple[str, ...]] = {
    "en": ("mdy-long", "mdy-abbr", "dmy-long", "weekday-mdy", "iso", "us-slash", "dmy-dash",
           "mdy-time", "mdy-ordinal"),
    "de": ("dmy-long", "dotted", "dotted-time", "weekday-dmy", "iso"),
    "fr": ("dmy-long", "weekday-dmy", "slash", "dmy-time", "iso"),
    "es": ("de-long", "slash", "slash-time", "weekday-de", "dmy-long"),
}  # fmt: skip


def format_date(day: dt.date, lang: str, fmt: str, hour: int, minute: int) -> str:
    """Write ``day`` in one of the language's formats (without a cue word)."""
    d, m, y = day.day, day.month, day.year
    month = MONTHS[lang][m - 1]
    weekday = WEEKDAYS[lang][day.weekday()]
    h12 = (hour % 12) or 12
    ampm = "am" if hour < 12 else "pm"
    table: dict[str, str] = {
        "mdy-long": f"{month} {d}, {y}",
        "mdy-abbr": f"{EN_MONTH_ABBR[m - 1]}{'.' if m != 5 else ''} {d}, {y}",
        "dmy-long": (
            f"{d}. {month} {y}"
            if lang == "de"
            else f"{'1er' if d == 1 and lang == 'fr' else d} {month} {y}"
        ),
        "weekday-mdy": f"{weekday}, {month} {d}, {y}",
        "weekday-dmy": (
            f"{weekday}, {d}. {month} {y}" if lang == "de" else f"{weekday} {d} {month} {y}"
        ),
        "weekday-de": f"{weekday}, {d} de {month} de {y}",
        "iso": f"{y}-{m:02d}-{d:02d}",
        "us-slash": f"{m:02d}/{d:02d}/{y}",
        "dmy-dash": f"{d:02d}-{m:02d}-{y}",
        "mdy-time": f"{month} {d}, {y} {h12}:{minute:02d} {ampm}",
        "mdy-ordinal": f"{month} {d}{_ordinal(d)}, {y}",
        "dotted": f"{d:02d}.{m:02d}.{y}",
        "dotted-time": f"{d:02d}.{m:02d}.{y}, {hour:02d}:{minute:02d} Uhr",
        "slash": f"{d:02d}/{m:02d}/{y}",
        "slash-time": f"{d:02d}/{m:02d}/{y} {hour:02d}:{minute:02d}",
        "dmy-time": f"{d} {month} {y} à {hour:02d}h{minute:02d}",
        "de-long": f"{d} de {month} de {y}",
    }
    return table[fmt]


def _ordinal(d: int) -> str:
    if 10 <= d % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


@st.composite
def articles(draw: st.DrawFn, lang: str | None = None, max_paragraphs: int = 30) -> ArticleSpec:
    """Draw a random :class:`ArticleSpec` (``lang`` fixed or drawn)."""
    lang = lang or draw(st.sampled_from(LANGS))
    site = draw(st.sampled_from(SITES[lang]))
    published = draw(st.dates(dt.date(2005, 1, 1), dt.date(2025, 12, 31)))
    fmt = draw(st.sampled_from(DATE_FORMATS[lang]))
    hour, minute = draw(st.integers(0, 23)), draw(st.integers(0, 59))
    date_text = draw(st.sampled_from(DATE_PREFIXES[lang])) + format_date(
        published, lang, fmt, hour, minute
    )
    updated_text = None
    if draw(st.integers(0, 4)) == 0:
        later = published + dt.timedelta(days=draw(st.integers(1, 5)))
        updated_text = draw(st.sampled_from(UPDATE_PREFIXES[lang])) + format_date(
            later, lang, fmt, hour, minute
        )
    # Agency copy and briefs often carry no byline at all.
    no_byline = draw(st.integers(0, 9)) == 0
    authors = tuple(
        draw(
            st.lists(
                person_names(lang),
                min_size=0 if no_byline else 1,
                max_size=0 if no_byline else 3,
                unique_by=str.casefold,
            )
        )
    )
    byline_form = draw(st.sampled_from(("prefix", "prefix", "prefix", "bare", "amp")))
    names = _join_names(authors, lang, amp=byline_form == "amp")
    if byline_form == "bare" and len(authors) == 1 and lang != "en":
        byline_form = "prefix"
    byline = (
        names
        if byline_form == "bare" or not authors
        else f"{draw(st.sampled_from(BYLINE_PREFIXES[lang]))} {names}"
    )
    if authors and byline_form != "bare" and draw(st.integers(0, 4)) == 0:
        byline += draw(st.sampled_from(BYLINE_ROLES[lang]))
    tags = tuple(
        draw(st.lists(st.sampled_from(TAG_WORDS[lang]), max_size=6, unique_by=str.casefold))
    )
    speakers = [draw(person_names(lang)) for _ in range(2)]
    paras = draw(
        st.lists(paragraphs(lang, speakers), min_size=1, max_size=max_paragraphs, unique=True)
    )
    dateline = None
    if draw(st.integers(0, 3)) == 0:
        place = draw(st.sampled_from(DATELINES[lang]))
        agency = draw(st.sampled_from(("", *AGENCIES[lang])))
        dash = draw(st.sampled_from(("—", "–", "-", "--")))
        head = f"{place} ({agency})" if agency else place
        paras[0] = f"{head} {dash} {paras[0]}"
        dateline = place
    subheadings: list[tuple[int, str]] = []
    if len(paras) >= 4 and draw(st.booleans()):
        positions = draw(
            st.lists(st.integers(1, len(paras) - 1), min_size=1, max_size=3, unique=True)
        )
        heads = draw(
            st.lists(
                st.sampled_from(SUBHEADINGS[lang]),
                min_size=len(positions),
                max_size=len(positions),
                unique=True,
            )
        )
        subheadings = sorted(zip(positions, heads, strict=True))
    return ArticleSpec(
        lang=lang,
        site=site,
        headline=draw(headlines(lang)),
        published=published,
        date_text=date_text,
        date_format=fmt,
        updated_text=updated_text,
        authors=authors,
        byline=byline,
        tags=tags,
        paragraphs=tuple(paras),
        subheadings=tuple(subheadings),
        dateline=dateline,
    )


# --------------------------------------------------------------------------------------
# Pages: an ordered list of parts, rendered as text or HTML
# --------------------------------------------------------------------------------------

ROLES = frozenset(
    {
        "nav", "section", "site", "headline", "byline", "date", "updated", "meta", "widget",
        "caption", "body", "subheading", "tags", "tag-list", "comments", "sidebar",
        "newsletter", "footer", "ad", "hidden",
    }
)  # fmt: skip
"""What a part is; the HTML renderer picks its markup from the role."""


@attrs.frozen(kw_only=True)
class Part:
    """One block of a page: a role and its visible lines (one line per text block)."""

    role: str
    lines: tuple[str, ...]
    gap: int = 1
    """Blank lines before this part in the text rendering (0–2)."""
    inner_gap: int = 0
    """Blank lines between this part's own lines in the text rendering."""

    def __attrs_post_init__(self) -> None:
        assert self.role in ROLES, self.role
        assert all(line.strip() for line in self.lines), self.lines


@attrs.frozen(kw_only=True)
class Page:
    """A spec laid out as parts, plus what ``parse`` should recover from it."""

    spec: ArticleSpec
    parts: tuple[Part, ...]
    shows_tags: bool
    """Whether the tags appear on the page (else ``Article.tags`` should be empty)."""
    html_variant: int = 0
    """Seed for the HTML renderer's choices (wrappers, broken markup...)."""

    def body_span(self) -> tuple[int, int]:
        """Indices of the first and last body part (paragraphs and sub-headings)."""
        idx = [i for i, p in enumerate(self.parts) if p.role in ("body", "subheading")]
        return idx[0], idx[-1]

    @property
    def expected_tags(self) -> tuple[str, ...]:
        """The tags ``parse`` should find."""
        return self.spec.tags if self.shows_tags else ()


def insert_part(page: Page, index: int, part: Part) -> Page:
    """Return ``page`` with ``part`` inserted before ``parts[index]``."""
    parts = list(page.parts)
    parts.insert(index, part)
    return attrs.evolve(page, parts=tuple(parts))


def _nav(draw: st.DrawFn, lang: str) -> Part:
    lines = draw(st.lists(st.sampled_from(NAV_LINES[lang]), min_size=3, max_size=10, unique=True))
    return Part(role="nav", lines=tuple(lines), gap=0)


def _widgets(draw: st.DrawFn, lang: str) -> Part:
    lines = draw(st.lists(st.sampled_from(WIDGET_LINES[lang]), min_size=1, max_size=4, unique=True))
    return Part(role="widget", lines=tuple(lines), gap=draw(st.integers(0, 1)))


def _tags_part(draw: st.DrawFn, spec: ArticleSpec) -> Part:
    label = draw(st.sampled_from(TAG_LABELS[spec.lang]))
    sep = draw(st.sampled_from((", ", ", ", " | ", " · ", "; ")))
    if draw(st.integers(0, 3)) == 0:
        # A "Tags" heading with one tag per line below it.
        return Part(role="tag-list", lines=(label, *spec.tags), gap=draw(st.integers(1, 2)))
    colon = " : " if spec.lang == "fr" and draw(st.booleans()) else ": "
    return Part(role="tags", lines=(f"{label}{colon}{sep.join(spec.tags)}",))


def _sidebar(draw: st.DrawFn, lang: str, day: dt.date) -> Part:
    heading = draw(st.sampled_from(SIDEBAR_HEADINGS[lang]))
    teasers: list[str] = []
    for _ in range(draw(st.integers(2, 6))):
        kind = draw(st.integers(0, 3))
        teaser = draw(headlines(lang))
        if kind == 1:
            teaser = draw(sentences(lang))
        elif kind == 2:
            other = day + dt.timedelta(days=draw(st.integers(-30, 30)))
            stamp = format_date(other, lang, draw(st.sampled_from(DATE_FORMATS[lang])), 9, 30)
            teasers.append(teaser)
            teaser = stamp
        teasers.append(teaser)
    return Part(role="sidebar", lines=(heading, *teasers), gap=draw(st.integers(1, 2)))


def _comments(draw: st.DrawFn, lang: str, site: str, day: dt.date) -> Part:
    heading = draw(st.sampled_from(COMMENT_HEADINGS[lang]))
    policy = draw(
        st.lists(st.sampled_from(COMMENT_POLICY[lang]), min_size=1, max_size=3, unique=True)
    )
    lines = [heading, *(p.format(site=site) for p in policy)]
    for _ in range(draw(st.integers(0, 3))):
        who = draw(person_names(lang))
        when = day + dt.timedelta(days=draw(st.integers(0, 3)))
        lines.extend(
            (
                who,
                format_date(when, lang, draw(st.sampled_from(DATE_FORMATS[lang])), 17, 5),
                draw(st.sampled_from(COMMENT_TEXTS[lang])),
            )
        )
    if draw(st.booleans()):
        lines.extend(draw(st.lists(st.sampled_from(FORM_LINES[lang]), min_size=1, unique=True)))
    return Part(role="comments", lines=tuple(lines), gap=draw(st.integers(1, 2)), inner_gap=1)


def _newsletter(draw: st.DrawFn, lang: str) -> Part:
    return Part(role="newsletter", lines=draw(st.sampled_from(NEWSLETTER[lang])))


def _footer(draw: st.DrawFn, lang: str, site: str, year: int) -> Part:
    first, *rest = FOOTERS[lang]
    lines = [
        first.format(year=year, site=site),
        *draw(st.lists(st.sampled_from(rest), min_size=1, unique=True)),
    ]
    if draw(st.booleans()):
        lines.reverse()
    return Part(role="footer", lines=tuple(lines), gap=draw(st.integers(1, 2)))


BLOCK_KINDS = ("share", "sidebar", "newsletter", "comments", "ad")
"""The kinds of block :func:`boilerplate_blocks` draws."""


def boilerplate_blocks(
    lang: str,
    site: str = "Metro Ledger",
    day: dt.date | None = None,
    kinds: Sequence[str] = BLOCK_KINDS,
) -> st.SearchStrategy[Part]:
    """One insertable block of boilerplate: share bar, sidebar list, newsletter, comments, ad.

    Args:
        lang: Language of the block's text.
        site: Site name (comment policies name it).
        day: The article's date (sidebar and comment dates fall around it).
        kinds: The kinds to draw from (a subset of :data:`BLOCK_KINDS`).
    """
    when = day or dt.date(2020, 6, 15)

    @st.composite
    def block(draw: st.DrawFn) -> Part:
        kind = draw(st.sampled_from(tuple(kinds)))
        if kind == "share":
            return _widgets(draw, lang)
        if kind == "sidebar":
            return _sidebar(draw, lang, when)
        if kind == "newsletter":
            return _newsletter(draw, lang)
        if kind == "comments":
            return _comments(draw, lang, site, when)
        return Part(role="ad", lines=(draw(st.sampled_from(AD_LINES[lang])),))

    return block()


@st.composite
def pages(draw: st.DrawFn, spec: ArticleSpec) -> Page:
    """Lay an article out as a page in one of many realistic layouts."""
    lang = spec.lang
    parts: list[Part] = []
    if draw(st.booleans()):
        parts.append(_nav(draw, lang))
        if draw(st.booleans()):
            parts.append(Part(role="site", lines=(spec.site,), gap=0))
    if draw(st.integers(0, 3)) == 0:
        parts.append(Part(role="section", lines=(draw(st.sampled_from(SECTION_LABELS[lang])),)))
    parts.append(Part(role="headline", lines=(spec.headline,), gap=draw(st.integers(0, 2))))

    # The meta block: byline, date (maybe on one line), share widgets, tags, in a site's order.
    meta: list[Part] = []
    joined = draw(st.integers(0, 5)) == 0
    if not spec.byline:
        meta.append(Part(role="date", lines=(spec.date_text,), gap=draw(st.integers(0, 1))))
    elif joined:
        sep = draw(st.sampled_from((" | ", " · ", " - ")))
        meta.append(Part(role="meta", lines=(f"{spec.byline}{sep}{spec.date_text}",)))
    else:
        meta.append(Part(role="byline", lines=(spec.byline,), gap=draw(st.integers(0, 1))))
        meta.append(Part(role="date", lines=(spec.date_text,), gap=draw(st.integers(0, 1))))
        if draw(st.booleans()):
            meta.reverse()
    if spec.updated_text:
        meta.append(Part(role="updated", lines=(spec.updated_text,), gap=0))
    if draw(st.booleans()):
        meta.insert(draw(st.integers(0, len(meta))), _widgets(draw, lang))
    tags_where = draw(
        st.sampled_from(("none", "top", "bottom", "bottom")) if spec.tags else st.just("none")
    )
    if tags_where == "top":
        meta.append(_tags_part(draw, spec))
    parts.extend(meta)
    if draw(st.integers(0, 5)) == 0:
        # A paywall or consent overlay the page ships hidden (innerText does not show it).
        parts.append(Part(role="hidden", lines=draw(st.sampled_from(HIDDEN_LINES[lang]))))
    if draw(st.integers(0, 3)) == 0:
        parts.append(
            Part(
                role="caption",
                lines=(
                    draw(st.sampled_from(CAPTIONS[lang])),
                    draw(st.sampled_from(CREDITS[lang])),
                ),
                gap=1,
            )
        )

    # The body: paragraphs separated by blank lines (sometimes none or two), sub-headings,
    # and now and then an in-body advertisement or caption.
    para_gap = draw(st.sampled_from((1, 1, 1, 2, 0)))
    heads = dict(spec.subheadings)
    for i, paragraph in enumerate(spec.paragraphs):
        if i > 0 and draw(st.integers(0, 12)) == 0:
            parts.append(Part(role="ad", lines=(draw(st.sampled_from(AD_LINES[lang])),)))
        if i in heads:
            parts.append(Part(role="subheading", lines=(heads[i],), gap=max(1, para_gap)))
        parts.append(
            Part(role="body", lines=(paragraph,), gap=max(para_gap, 1) if i == 0 else para_gap)
        )

    # After the body: tags, share bar, newsletter, comments, sidebars, footer.
    tail: list[Part] = []
    if tags_where == "bottom":
        tail.append(_tags_part(draw, spec))
    if draw(st.booleans()):
        tail.append(_widgets(draw, lang))
    rest: list[Part] = []
    if draw(st.booleans()):
        rest.append(_newsletter(draw, lang))
    if draw(st.booleans()):
        rest.append(_comments(draw, lang, spec.site, spec.published))
    rest.extend(_sidebar(draw, lang, spec.published) for _ in range(draw(st.integers(0, 2))))
    rest = list(draw(st.permutations(rest)))
    tail.extend(rest)
    if draw(st.booleans()):
        tail.append(_footer(draw, lang, spec.site, spec.published.year))
    parts.extend(tail)
    return Page(
        spec=spec,
        parts=tuple(parts),
        shows_tags=tags_where != "none",
        html_variant=draw(st.integers(0, 2**16)),
    )


# --------------------------------------------------------------------------------------
# Text rendering and whitespace noise
# --------------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Noise:
    """Whitespace changes that must not change what ``parse`` finds."""

    newline: str = "\n"
    """Line ending: ``\\n``, ``\\r\\n`` or ``\\r``."""
    indent: str = ""
    """Prefix of every non-blank line (spaces, a tab)."""
    trailing: str = ""
    """Suffix of every non-blank line."""
    nbsp_spaces: bool = False
    """Inner spaces of lines become NBSP (as copy-paste from browsers gives)."""
    blank_filler: str = ""
    """What blank lines hold ("", " ", NBSP, a tab)."""


def whitespace_noise() -> st.SearchStrategy[Noise]:
    """Draw a :class:`Noise` (line endings, NBSP, indentation, filled blank lines)."""
    return st.builds(
        Noise,
        newline=st.sampled_from(("\n", "\r\n", "\r")),
        indent=st.sampled_from(("", " ", "  ", "\t", "\u00a0")),
        trailing=st.sampled_from(("", " ", "\u00a0", " \t")),
        nbsp_spaces=st.booleans(),
        blank_filler=st.sampled_from(("", " ", "\u00a0", "\t", "\u00a0 ")),
    )


def render_text(page: Page, noise: Noise | None = None) -> str:
    """Render a page as a browser's ``innerText`` would show it (one block per line)."""
    noise = noise or Noise()
    lines: list[str] = []
    first = True
    for part in page.parts:
        if part.role == "hidden":
            continue
        if not first:
            lines.extend([""] * part.gap)
        first = False
        for j, line in enumerate(part.lines):
            if j:
                lines.extend([""] * part.inner_gap)
            lines.append(line)
    out = []
    for line in lines:
        if not line:
            out.append(noise.blank_filler)
            continue
        shown = line.replace(" ", "\u00a0") if noise.nbsp_spaces else line
        out.append(f"{noise.indent}{shown}{noise.trailing}")
    return noise.newline.join(out) + noise.newline


def text_dumps(spec: ArticleSpec) -> st.SearchStrategy[str]:
    """Text dumps of ``spec`` in random layouts."""
    return pages(spec).map(render_text)


# --------------------------------------------------------------------------------------
# lynx -dump rendering
# --------------------------------------------------------------------------------------


class _Lynx:
    """The state of one ``lynx -dump`` rendering: wrap width, link numbers, reference URLs."""

    def __init__(self, page: Page) -> None:
        # Seeded apart from the HTML renderer's choices, so that both vary on one page.
        self.rng = _Rng(page.html_variant ^ 0x5A5A5A)
        self.width = 72 if self.rng.chance(4) else 79
        self.urls: list[str] = []
        self.lines: list[str] = []

    def link(self, text: str, path: str) -> str:
        """``text`` as a numbered link: the marker glued before it, the URL kept for the end."""
        self.urls.append(f"https://www.example.com/{path}")
        return f"[{len(self.urls)}]{text}"

    def wrap(self, text: str, indent: int = 3, bullet: str = "") -> None:
        """Write ``text`` wrapped at the width, as lynx does: at spaces only, indented.

        A ``bullet`` starts the first line; the wrapped lines are indented under the text.
        """
        first = " " * indent + (f"{bullet} " if bullet else "")
        self.lines.extend(
            textwrap.wrap(
                text,
                width=self.width,
                initial_indent=first,
                subsequent_indent=" " * len(first),
                break_long_words=False,
                break_on_hyphens=False,
            )
        )

    def gap(self, blank: int, text: str) -> None:
        """Blank lines before a block starting with ``text``: ``blank`` of them, or one
        where lynx would print none under a line ending near the width (a ``<div>`` under
        a long line), which no reader can tell from a wrapped paragraph (docs/guide.md)."""
        above = self.lines[-1] if self.lines else ""
        if above and len(above) + 1 + len(text.split(" ", 1)[0]) > self.width - 6:
            blank = max(blank, 1)
        self.lines.extend([""] * blank)

    def heading(self, text: str, *, centred: bool = False) -> None:
        """A heading at column 0, or centred (lynx's ``<h1>``) when it fits on one line."""
        if centred and len(text) < self.width - 8:
            self.lines.append(" " * ((self.width - len(text)) // 2) + text)
        else:
            self.wrap(text, indent=0)

    def items(self, lines: Sequence[str], path: str) -> None:
        """A list of links, one ``     * [n]text`` item each (numbered ``1.`` at times)."""
        numbered = self.rng.chance(5)
        for i, line in enumerate(lines):
            self.wrap(
                self.link(line, f"{path}/{i}"),
                indent=5 - numbered,
                bullet=f"{i + 1}." if numbered else "*",
            )

    def references(self) -> None:
        """The numbered list of every link's URL that ends a dump."""
        if not self.urls:
            return
        self.lines.extend(("", "References", ""))
        if self.rng.chance(3):
            self.lines.append("   Visible links")
        self.lines.extend(f"{n:4d}. {url}" for n, url in enumerate(self.urls, 1))


_LYNX_SPACED = ("headline", "subheading", "body", "tag-list", "comments", "sidebar", "caption")
"""Roles lynx always sets off by a blank line (headings, paragraphs, lists with a heading)."""


def _lynx_linked(line: str, names: Sequence[str], out: _Lynx, path: str) -> str:
    """``line`` with a link marker glued before each of ``names`` it ends with, in order.

    The names are the tail of the line joined by one separator (a tag line ``Tags: a, b``)
    or appear in it (a byline): each is linked once, left to right.
    """
    pos = 0
    pieces: list[str] = []
    for i, name in enumerate(names):
        at = line.find(name, pos)
        if at < 0:
            continue
        pieces.extend((line[pos:at], out.link(name, f"{path}/{i}")))
        pos = at + len(name)
    pieces.append(line[pos:])
    return "".join(pieces)


def _lynx_body(text: str, out: _Lynx) -> str:
    """A paragraph, now and then with a run of its words as a link (marker before the run)."""
    words = text.split(" ")
    if len(words) < 3 or not out.rng.chance(3):
        return text
    i = out.rng.next() % (len(words) - 1)
    words[i] = out.link(words[i], "story/inline")
    return " ".join(words)


def _lynx_part(part: Part, page: Page, out: _Lynx) -> None:
    """Write one part the way ``lynx -dump`` shows its HTML (see :func:`_part_html`)."""
    role, lines, rng = part.role, part.lines, out.rng
    if role in ("nav", "widget"):
        out.items(lines, role)
    elif role in ("site", "section"):
        out.wrap(out.link(lines[0], ""))
    elif role in ("headline", "subheading"):
        out.heading(lines[0], centred=role == "headline" and rng.chance(2))
    elif role in ("byline", "meta"):
        # A byline joined to its date line ("By Ann Lee | May 2, 2019") links its names too.
        out.wrap(_lynx_linked(lines[0], page.spec.authors, out, "author"))
    elif role == "tags":
        out.wrap(_lynx_linked(lines[0], page.spec.tags, out, "tag"))
    elif role == "tag-list":
        out.heading(lines[0])
        out.lines.append("")
        out.items(lines[1:], "tag")
    elif role == "sidebar":
        out.heading(lines[0])
        out.lines.append("")
        out.items(lines[1:], "story")
    elif role == "caption":
        image = rng.next() % 3
        if image == 2:  # a linked image
            out.wrap(out.link("[IMG]", "img"))
        else:
            out.wrap("[IMG]" if image == 0 else f"[{lines[0]}]")
        for line in lines:
            out.gap(0, line)
            out.wrap(line)
    elif role == "body":
        out.wrap(_lynx_body(lines[0], out))
    else:  # comments, newsletter, footer, date lines, ads: paragraphs or lines of a div
        _lynx_lines(part, page, out)


_LYNX_FORMS = ("{} [____________________]", "[{}]", "{} ____________________", "(BUTTON) {}")
"""A comment form's label or button as text browsers draw them: a bracketed field or
button (w3m, elinks), lynx's bare field, lynx's mark before a ``<button>``'s label."""


def _lynx_lines(part: Part, page: Page, out: _Lynx) -> None:
    """Lines of a plain block; comment forms show their fields and buttons as lynx does."""
    form = FORM_LINES[page.spec.lang]
    for j, line in enumerate(part.lines):
        if j:
            out.gap(part.inner_gap, line)
        if j == 0 and part.role == "comments":
            out.heading(line)
        elif part.role == "comments" and line in form:
            out.wrap(_LYNX_FORMS[out.rng.next() % len(_LYNX_FORMS)].format(line))
        else:
            out.wrap(line)
    if part.role == "newsletter" and out.rng.chance(2):
        out.wrap("[______________________________]")


def render_lynx(page: Page) -> str:
    """Render a page as ``lynx -dump`` prints it.

    Paragraphs are hard-wrapped at 79 columns (72 at times) and indented 3 spaces;
    headings start at column 0 (a headline is centred at times); list items are
    ``     * text`` with their wrapped lines indented under the text; every link's text
    follows a reference marker ``[n]`` (navigation, sidebars, tags, bylines, some words
    of the body); images show as ``[IMG]`` or ``[alt text]``, form fields as ``[____]``;
    the dump ends with a ``References`` list of the links' URLs. Hidden parts are left
    out, as for :func:`render_text`.
    """
    out = _Lynx(page)
    for part in page.parts:
        if part.role == "hidden":
            continue
        if out.lines:
            above = out.lines[-1]
            # A heading is always followed by a blank line too.
            spaced = part.role in _LYNX_SPACED or (above and above[0] != " ")
            out.gap(max(part.gap, 1) if spaced else part.gap, part.lines[0])
        _lynx_part(part, page, out)
    out.references()
    return "\n".join(out.lines) + "\n"


def lynx_dumps(spec: ArticleSpec) -> st.SearchStrategy[str]:
    """``lynx -dump`` style dumps of ``spec`` in random layouts."""
    return pages(spec).map(render_lynx)


# --------------------------------------------------------------------------------------
# Markdown (html2text) rendering
# --------------------------------------------------------------------------------------

_NUMBERED = re.compile(r"\d+\. ")
"""A paragraph opening like a numbered list item (``1. Januar``): html2text escapes it."""

_PHOTO_ALT = {"en": "Photo of", "de": "Profilbild von", "fr": "Photo de", "es": "Foto de"}
"""How an author photo's alt text names the author, per language (markdown rendering)."""


class _Markdown(_Lynx):
    """The state of one ``html2text`` rendering: wrap width (78, or 0 for unwrapped)."""

    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.rng = _Rng(page.html_variant ^ 0x3C3C3C)
        self.width = 0 if self.rng.chance(4) else 78
        # html2text's wrapper breaks after the hyphen of a compound ("short-" / "term").
        self.hyphens = not self.rng.chance(3)

    def link(self, text: str, path: str) -> str:
        """``text`` as a markdown link ``[text](url)``."""
        return f"[{text}](https://www.example.com/{path})"

    def wrap(self, text: str, indent: int = 0, bullet: str = "") -> None:
        """Write ``text`` as a paragraph, wrapped at the width (whole when it is 0).

        A paragraph opening with a list-like sign is escaped as html2text does (``\\-``).
        """
        if text[:2] in ("- ", "+ "):
            text = "\\" + text
        elif _NUMBERED.match(text):
            text = text.replace(". ", "\\. ", 1)
        prefix = bullet and f"{bullet} "
        if not self.width:
            self.lines.append(prefix + text)
            return
        self.lines.extend(
            textwrap.wrap(
                text,
                width=self.width,
                initial_indent=prefix,
                subsequent_indent=prefix if bullet == ">" else "",
                break_long_words=False,
                break_on_hyphens=self.hyphens,
            )
        )

    def gap(self, blank: int, text: str) -> None:
        """html2text sets every paragraph, heading and list off by one blank line."""
        self.lines.extend([""] * max(blank, 1))

    def heading(self, text: str, *, centred: bool = False, level: int = 3) -> None:
        """An ATX heading, ``# text`` for a headline (``centred`` is lynx's only)."""
        self.wrap(text, bullet="#" * level)

    def items(self, lines: Sequence[str], path: str) -> None:
        """A list of links, ``  * [text](url)`` each, never wrapped (as html2text does)."""
        numbered = self.rng.chance(5)
        for i, line in enumerate(lines):
            bullet = f"{i + 1}." if numbered else "*"
            self.lines.append(f"  {bullet} {self.link(line, f'{path}/{i}')}")


def _markdown_body(text: str, out: _Markdown) -> str:
    """A paragraph with now and then a word linked, a run in bold or a word in italics."""
    words = text.split(" ")
    if len(words) < 4:
        return text
    if out.rng.chance(3):
        i = out.rng.next() % (len(words) - 1)
        words[i] = out.link(words[i], "story/inline")
    if out.rng.chance(4):
        i = out.rng.next() % (len(words) - 3)
        if "[" not in "".join(words[i : i + 2]):
            words[i], words[i + 1] = f"**{words[i]}", f"{words[i + 1]}**"
    if out.rng.chance(5):
        i = out.rng.next() % (len(words) - 1)
        if not any(c in words[i] for c in "[*_"):
            words[i] = f"_{words[i]}_"
    return " ".join(words)


def _markdown_part(part: Part, page: Page, out: _Markdown) -> None:
    """Write one part the way ``html2text`` shows its HTML (see :func:`_part_html`)."""
    role, lines, rng = part.role, part.lines, out.rng
    if role in ("nav", "widget", "ad"):
        out.items(lines, role)
    elif role in ("site", "section"):
        out.wrap(out.link(lines[0], ""))
    elif role in ("headline", "subheading"):
        out.heading(lines[0], level=1 if role == "headline" else 2)
    elif role == "byline":
        photo = ""
        if page.spec.authors and rng.chance(3):  # an author photo, above or before the byline
            alt = f"{_PHOTO_ALT[page.spec.lang]} {page.spec.authors[0]}"
            photo = f"![{alt}](https://www.example.com/img/author.jpg)"
            if rng.chance(2):
                out.wrap(photo)
                out.gap(1, "")
                photo = ""
        out.wrap(
            " ".join(
                filter(None, (photo, _lynx_linked(lines[0], page.spec.authors, out, "author")))
            )
        )
    elif role == "tags":
        out.wrap(_lynx_linked(lines[0], page.spec.tags, out, "tag"))
    elif role in ("tag-list", "sidebar"):
        out.heading(lines[0], level=4)
        out.gap(1, "")
        out.items(lines[1:], "tag" if role == "tag-list" else "story")
    elif role == "caption":
        out.wrap(f"![{lines[0]}](https://www.example.com/img/1.jpg)")
        for line in lines:
            out.gap(1, line)
            out.wrap(line)
    elif role == "body":
        body = _markdown_body(lines[0], out)
        out.wrap(body, bullet=">" if rng.chance(12) else "")
    else:  # comments, newsletter, footer, date lines: paragraphs
        for j, line in enumerate(lines):
            if j:
                out.gap(1, line)
            if j == 0 and role == "comments":
                out.heading(line)
            else:
                out.wrap(line)


def render_markdown(page: Page) -> str:
    """Render a page as ``html2text`` writes it in markdown.

    Paragraphs are wrapped at 78 columns (or left whole, ``body_width=0``), breaking after
    the hyphen of a compound at times, and set off by blank lines; the headline is
    ``# text``, sub-headings ``## text``; navigation, share bars, tag lists and sidebars are
    lists of links ``  * [text](url)``; authors, tags and some body words are links; body
    runs are set in ``**bold**`` or ``_italics_`` at times, a paragraph as a ``> `` quote
    now and then; images are ``![alt](src)`` (an author photo's alt text names the
    author). Hidden parts are left out, as for :func:`render_text`.
    """
    out = _Markdown(page)
    for part in page.parts:
        if part.role == "hidden":
            continue
        if out.lines:
            out.gap(1, "")
        _markdown_part(part, page, out)
    return "\n".join(out.lines) + "\n"


def markdown_dumps(spec: ArticleSpec) -> st.SearchStrategy[str]:
    """Markdown (``html2text``) dumps of ``spec`` in random layouts."""
    return pages(spec).map(render_markdown)


# --------------------------------------------------------------------------------------
# HTML rendering
# --------------------------------------------------------------------------------------


class _Rng:
    """A tiny deterministic chooser seeded by ``Page.html_variant`` (xorshift)."""

    def __init__(self, seed: int) -> None:
        self.state = (seed * 2654435761 + 1) & 0xFFFFFFFF or 1

    def next(self) -> int:
        x = self.state
        x ^= (x << 13) & 0xFFFFFFFF
        x ^= x >> 17
        x ^= (x << 5) & 0xFFFFFFFF
        self.state = x
        return x

    def chance(self, n: int) -> bool:
        """True with probability 1/n."""
        return self.next() % n == 0

    def pick(self, options: Sequence[str]) -> str:
        return options[self.next() % len(options)]


_CLASS_NAMES = ("wrapper", "container", "col-md-8", "story", "c-entry", "layout__main", "grid")


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _attr(text: str) -> str:
    return html.escape(text, quote=True)


def _inline(text: str, rng: _Rng) -> str:
    """Escape a line and wrap a random run of its words in inline markup (same innerText)."""
    words = text.split(" ")
    if len(words) < 3 or not rng.chance(2):
        out = _esc(text)
        if rng.chance(6):
            # A non-breaking space entity between two words: innerText shows a space.
            out = out.replace(" ", "&nbsp;", 1)
    else:
        i = rng.next() % (len(words) - 1)
        j = i + 1 + rng.next() % min(3, len(words) - i - 1)
        tag = rng.pick(("a", "em", "strong", "span", "b", "i"))
        attrs_ = ' href="/topic/x?a=1&amp;b=2"' if tag == "a" else ""
        if tag == "span":
            attrs_ = ' class="highlight"'
        inner = _esc(" ".join(words[i:j]))
        out = " ".join(
            [*map(_esc, words[:i]), f"<{tag}{attrs_}>{inner}</{tag}>", *map(_esc, words[j:])]
        )
    return out


def _p(text: str, rng: _Rng, *, tag: str = "p", cls: str = "", close: bool = True) -> str:
    klass = f' class="{cls}"' if cls else ""
    if cls and rng.chance(4):
        klass = f" class={cls.split(maxsplit=1)[0]}"  # unquoted attribute
    if rng.chance(15):
        tag = tag.upper() if tag != "p" else "P"
    end = f"</{tag}>" if close else ""
    return f"<{tag}{klass}>{_inline(text, rng)}{end}"


def _jsonld(page: Page, rng: _Rng) -> str:
    spec = page.spec
    data: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": rng.pick(("NewsArticle", "Article", "ReportageNewsArticle")),
        "headline": spec.headline,
        "datePublished": spec.published.isoformat()
        + rng.pick(("", "T08:15:00+02:00", "T23:59:00Z", "T06:00:00-05:00")),
        "author": [{"@type": "Person", "name": a} for a in spec.authors],
        "publisher": {"@type": "Organization", "name": spec.site},
    }
    if page.shows_tags:
        data["keywords"] = ", ".join(spec.tags)
    return json.dumps(data, ensure_ascii=rng.chance(2)).replace("</", "<\\/")


def _head(page: Page, rng: _Rng) -> str:
    spec = page.spec
    parts = ['<meta charset="utf-8">']
    if rng.chance(2):
        parts.append('<meta name="viewport" content="width=device-width, initial-scale=1">')
    parts.append(f"<title>{_esc(spec.headline)} | {_esc(spec.site)}</title>")
    if rng.chance(2):
        parts.append(
            f'<meta property="og:title" content="{_attr(spec.headline)}">'
            f'<meta property="og:site_name" content="{_attr(spec.site)}">'
        )
    if rng.chance(3):
        parts.append(f'<script type="application/ld+json">{_jsonld(page, rng)}</script>')
    if rng.chance(3):
        parts.append(
            f'<meta property="article:published_time" content="{spec.published.isoformat()}">'
        )
    parts.append("<style>body{font-family:serif}.hidden{display:none}p>a{color:#036}</style>")
    parts.append('<script>window.dataLayer=[];var tpl="<p>Not page text</p>";</script>')
    return "<head>\n" + "\n".join(parts) + "\n</head>"


def _part_html(part: Part, page: Page, rng: _Rng) -> str:
    """Markup for one part: every line of the part becomes exactly one visible block."""
    role, lines = part.role, part.lines
    close = not rng.chance(4)  # omitted </p> and </li> are valid HTML
    if role == "nav":
        items = "".join(
            f'<li><a href="/{i}">{_esc(line)}</a>{"</li>" if close else ""}'
            for i, line in enumerate(lines)
        )
        return f'<nav class="site-nav" role="navigation"><ul>{items}</ul></nav>'
    if role in ("site", "section"):
        return f'<div class="{role}-label"><a href="/">{_esc(lines[0])}</a></div>'
    if role == "headline":
        tag = "h1" if not rng.chance(5) else rng.pick(("h2", "div"))
        return f'<{tag} class="headline" itemprop="headline">{_esc(lines[0])}</{tag}>'
    if role == "byline":
        return _p(lines[0], rng, tag="div", cls="byline author")
    if role in ("date", "updated"):
        if rng.chance(2) and role == "date":
            iso = page.spec.published.isoformat()
            return (
                f'<div class="dateline-meta"><time datetime="{iso}">{_esc(lines[0])}</time></div>'
            )
        return _p(lines[0], rng, tag="div", cls="date")
    if role == "meta":
        return _p(lines[0], rng, tag="div", cls="article-meta")
    if role in ("widget", "ad"):
        items = "".join(
            f'<li><button class="share-btn">{_esc(line)}</button></li>' for line in lines
        )
        return f'<div class="share-bar {role}"><ul>{items}</ul></div>'
    if role == "caption":
        return (
            f'<figure><img src="/img/1.jpg" alt="{_attr(lines[0])}">'
            f"<figcaption>{_esc(lines[0])}</figcaption>"
            f'<div class="credit">{_esc(lines[1])}</div></figure>'
        )
    if role == "body":
        return _p(lines[0], rng, close=close)
    if role == "subheading":
        return f"<h2>{_esc(lines[0])}</h2>"
    if role == "tags":
        return _p(lines[0], rng, tag="div", cls="tags")
    if role == "tag-list":
        items = "".join(
            f'<li><a rel="tag" href="/t/{i}">{_esc(t)}</a></li>' for i, t in enumerate(lines[1:])
        )
        return f'<div class="tags"><h4>{_esc(lines[0])}</h4><ul>{items}</ul></div>'
    if role == "comments":
        body = "".join(_p(line, rng) for line in lines[1:])
        return f'<section id="comments"><h3>{_esc(lines[0])}</h3>{body}</section>'
    if role == "sidebar":
        items = "".join(
            f'<li><a href="/story/{i}">{_esc(line)}</a></li>' for i, line in enumerate(lines[1:])
        )
        return f'<aside class="sidebar related"><h2>{_esc(lines[0])}</h2><ul>{items}</ul></aside>'
    if role == "newsletter":
        body = "".join(f"<p>{_esc(line)}</p>" for line in lines)
        return f'<div class="newsletter-box">{body}</div>'
    if role == "footer":
        items = "".join(f"<p>{_esc(line)}</p>" for line in lines)
        return f"<footer>{items}</footer>"
    if role == "hidden":
        items = "".join(f"<p>{_esc(line)}</p>" for line in lines)
        return f'<div class="hidden" style="display:none">{items}</div>'
    msg = f"no markup for role {role!r}"
    raise AssertionError(msg)


def _part_rng(page: Page, part: Part) -> _Rng:
    """The chooser of one part: seeded by the page variant and the part's own content, so
    that inserting a block elsewhere does not change how this part is marked up."""
    key = "\x1f".join((part.role, *part.lines)).encode("utf-8")
    return _Rng(page.html_variant ^ zlib.crc32(key))


def render_html(page: Page) -> str:
    """Render a page as HTML whose ``innerText`` shows the lines :func:`render_text` writes."""
    rng = _Rng(page.html_variant)
    spec = page.spec
    out: list[str] = []
    if not rng.chance(6):
        out.append("<!DOCTYPE html>")
    out.append(f'<html lang="{spec.lang}">' if not rng.chance(4) else "<html>")
    out.append(_head(page, rng))
    out.append(f'<body class="{rng.pick(_CLASS_NAMES)}">')
    if rng.chance(3):
        out.append("<noscript>Please enable JavaScript to use this site.</noscript>")
    wrappers = [rng.pick(_CLASS_NAMES) for _ in range(rng.next() % 4)]
    out.extend(f'<div class="{cls}">' for cls in wrappers)
    article_open = rng.pick(("<article>", '<div class="article">'))
    article_close = "</article>" if article_open == "<article>" else "</div>"
    body_open = f'<div class="{rng.pick(("article-body", "entry-content", "text"))}">'
    stray_end = rng.chance(6)
    in_article = False
    first, last = page.body_span()
    for i, part in enumerate(page.parts):
        local = _part_rng(page, part)
        if part.role == "headline" and not in_article:
            out.append(article_open)
            in_article = True
        if i == first:
            out.append(body_open)
        if local.chance(8):
            out.append(f"<!-- {local.pick(('ad slot', 'tracking', 'end header'))} -->")
        if local.chance(10):
            out.append('<script>if (window.ads) { ads.push("<div>slot</div>"); }</script>')
        out.append(_part_html(part, page, local))
        if i == last:
            out.append("</div>")
            if stray_end:
                out.append("</span>")  # a stray end tag
    if in_article:
        out.append(article_close)
    if not rng.chance(5):  # sometimes the wrappers are never closed
        out.extend("</div>" for _ in wrappers)
    out.append("</body></html>" if not rng.chance(6) else "")
    sep = rng.pick(("\n", "\n", "", "\n  "))
    return sep.join(out)


def html_pages(spec: ArticleSpec) -> st.SearchStrategy[str]:
    """HTML pages of ``spec`` in random layouts and markup."""
    return pages(spec).map(render_html)


def make_page(
    *,
    lang: str = "en",
    headline: str,
    published: dt.date,
    date_text: str,
    authors: Sequence[str],
    byline: str,
    paragraphs: Sequence[str],
    parts: Sequence[tuple[str, ...] | Part],
    tags: Sequence[str] = (),
    dateline: str | None = None,
    updated_text: str | None = None,
) -> Page:
    """Build a page by hand (explicit ``@example`` cases): ``parts`` are ``(role, *lines)``.

    A ``("body",)`` part stands for all paragraphs, each a part of its own. A :class:`Part`
    is taken as it is, for pages whose blank lines matter (``gap=0`` glues it to the line
    above).
    """
    spec = ArticleSpec(
        lang=lang,
        site=SITES[lang][0],
        headline=headline,
        published=published,
        date_text=date_text,
        date_format="explicit",
        updated_text=updated_text,
        authors=tuple(authors),
        byline=byline,
        tags=tuple(tags),
        paragraphs=tuple(paragraphs),
        subheadings=(),
        dateline=dateline,
    )
    built: list[Part] = []
    for part in parts:
        if isinstance(part, Part):
            built.append(part)
            continue
        role, *lines = part
        if role == "body" and not lines:
            built.extend(Part(role="body", lines=(p,)) for p in paragraphs)
        else:
            built.append(Part(role=role, lines=tuple(lines)))
    shows_tags = any(p.role in ("tags", "tag-list") for p in built)
    return Page(spec=spec, parts=tuple(built), shows_tags=shows_tags)


# --------------------------------------------------------------------------------------
# Formatted page source rendering (a pretty-printed page read as text, its tags gone)
# --------------------------------------------------------------------------------------


def render_source(page: Page) -> str:
    """Render a page as its pretty-printed source shows it once its tags are gone.

    Every line sits at one deep indent; a formatter wraps a line over its width (which
    counts the indent, 100 to 120 columns) at word boundaries, the further lines hanging
    4 columns deeper. Parts stay apart as :func:`render_text` sets them.
    """
    rng = _Rng(page.html_variant ^ 0x3C3C3C)
    width = (100, 110, 120)[rng.next() % 3]
    indent = " " * (16, 24, 32)[rng.next() % 3]
    out: list[str] = []
    for line in render_text(page).split("\n"):
        if not line:
            out.append("")
            continue
        out.extend(
            textwrap.wrap(
                line,
                width,
                initial_indent=indent,
                subsequent_indent=indent + "    ",
                break_long_words=False,
                break_on_hyphens=False,
            )
        )
    return "\n".join(out) + "\n"
