"""Word lists, cue lines and templates the composer writes pages from, per language.

None of these fragments contains a lexicon cue phrase unless it stands for one (a comments
heading, a share widget): the composer's cue lines are the lexicon's
(``tests/properties/test_composer.py``).
"""

from __future__ import annotations

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
