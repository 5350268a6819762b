"""Quote rules of the sixteenth round: each test fails without its rule."""

from __future__ import annotations

from newsparse.extract.quotes import find_quotes


def _pairs(paragraphs: list[str], lang: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in find_quotes(paragraphs, lang=lang)]


def test_several_partial_quotes_take_the_speaker_of_the_last_one_in_their_sentence() -> None:
    body = [
        "El primer objetivo es “detener esta guerra”, que ha hecho de Gaza “un inmenso"
        " cementerio”, seguido de la entrada “masiva y sin obstáculos”, señaló Albares."
    ]
    assert _pairs(body, "es") == [
        ("detener esta guerra", "Albares"),
        ("un inmenso cementerio", "Albares"),
        ("masiva y sin obstáculos", "Albares"),
    ]


def test_a_chain_of_partial_quotes_breaks_at_a_sentence_end() -> None:
    body = [
        "El objetivo es “detener esta guerra”. La ciudad es “un inmenso cementerio”, seguido"
        " de la entrada “masiva y sin obstáculos”, señaló Albares."
    ]
    assert _pairs(body, "es") == [
        ("un inmenso cementerio", "Albares"),
        ("masiva y sin obstáculos", "Albares"),
    ]


def test_more_spanish_speech_verbs_attribute_partial_quotes() -> None:
    body = [
        "Albares dejó claro que España “no tiene que dar lecciones” a ningún otro país.",
        "Paulo Rangel describió la situación de Gaza como una crisis “muy grave” y de"
        " “catástrofe total”.",
        "Albares reafirmó que la solución es “la única alternativa” para la paz.",
    ]
    assert _pairs(body, "es") == [
        ("no tiene que dar lecciones", "Albares"),
        ("muy grave", "Paulo Rangel"),
        ("catástrofe total", "Paulo Rangel"),
        ("la única alternativa", "Albares"),
    ]


def test_a_clause_after_an_inverted_verb_names_no_speaker() -> None:
    body = [
        "Las fuentes palestinas apuntan que la presencia de negociaciones entre Hamás y"
        " Washington en Doha “le causa rabia a Netanyahu”."
    ]
    assert _pairs(body, "es") == [("le causa rabia a Netanyahu", "Las fuentes palestinas")]


def test_a_capitalised_stop_word_still_opens_a_name_after_the_verb() -> None:
    body = ["“We posted it on my story,” said Will Tjernlund, a consultant."]
    assert _pairs(body, "en") == [("We posted it on my story,", "Will Tjernlund")]


def test_french_note_and_historical_infinitive_attribute_quotes() -> None:
    body = [
        "La part des établissements surendettés « repart légèrement à la hausse » sanitaire"
        " (41,5 % en 2019), note aussi la Drees.",
        "« J'avais un ange gardien à mes côtés », a raconté JD Vance. Et d'ajouter qu'après"
        " son décès, « nous avons trié toutes ses affaires ».",
    ]
    assert _pairs(body, "fr") == [
        ("repart légèrement à la hausse", "la Drees"),
        ("J'avais un ange gardien à mes côtés", "JD Vance"),
        ("nous avons trié toutes ses affaires", "JD Vance"),
    ]


def test_a_spanish_perfect_tense_verb_gives_the_subject_of_a_later_coordinated_verb() -> None:
    body = [
        "Minutos antes, Albares ha recalcado en Madrid que el “silencio” es “cómplice” y pidió"
        " que la ONU tenga el control de la ayuda que entre en la Franja “y no que sea Israel”."
    ]
    assert _pairs(body, "es") == [("y no que sea Israel", "Albares")]


def test_a_partial_quote_links_over_fifteen_written_words_to_the_quote_before() -> None:
    body = [
        "Les comptes se sont « très fortement dégradés » en 2022, avec près de deux tiers"
        " d'entre eux (65 %) en déficit, « une proportion inédite depuis 2005 », selon la Drees.",
        "Abdelatty reconoció que ha dejado de ser “optimista o pesimista” sobre la posibilidad de"
        " cerrar un acuerdo para un alto el fuego por “la falta de voluntad de Israel”.",
    ]
    assert _pairs(body[:1], "fr") == [
        ("très fortement dégradés", "la Drees"),
        ("une proportion inédite depuis 2005", "la Drees"),
    ]
    assert _pairs(body[1:], "es") == [
        ("optimista o pesimista", "Abdelatty"),
        ("la falta de voluntad de Israel", "Abdelatty"),
    ]


def test_a_verb_after_a_conjunction_later_in_a_quotes_sentence_is_its_speakers() -> None:
    body = [
        "Albares dejó claro que España “no tiene que dar lecciones” a ningún otro país, como"
        " Francia, sobre el reconocimiento de Palestina, aunque insistió en que ese paso es"
        " “la mejor forma de proteger la solución”."
    ]
    assert _pairs(body, "es") == [
        ("no tiene que dar lecciones", "Albares"),
        ("la mejor forma de proteger la solución", "Albares"),
    ]


def test_a_heading_quote_echoed_by_the_next_paragraphs_quote_takes_its_speaker() -> None:
    body = [
        "7h18 - Les comptes des hôpitaux publics « très dégradés » en 2022",
        "Les comptes des hôpitaux publics se sont « très fortement dégradés » en 2022, note la"
        " Drees.",
    ]
    assert _pairs(body, "fr") == [
        ("très dégradés", "la Drees"),
        ("très fortement dégradés", "la Drees"),
    ]


def test_no_echo_from_a_sentence_or_for_a_single_term() -> None:
    body = [
        "Les comptes des hôpitaux publics sont « très dégradés » en 2022.",
        "Les comptes se sont « très fortement dégradés » en 2022, note la Drees.",
        "報道によると、今回販売されたのは、いわゆる「脱獄」したiPhone。",
        "「脱獄」とは、iPhoneのiOSを改造することです。",
    ]
    quotes = find_quotes(body, lang="fr")
    assert [(q.paragraph, q.text) for q in quotes if q.paragraph != 3] == [
        (1, "très fortement dégradés")
    ]


def test_a_clause_quoted_in_a_sentence_opened_by_an_earlier_speaker_is_theirs() -> None:
    body = [
        "“El pueblo palestino no puede estar condenado”, dijo José Manuel Albares.",
        "José Manuel Albares tampoco ha cerrado la puerta a sanciones contra aquellos israelíes"
        " que “no creen en la solución de dos estados”.",
        "José Manuel Albares viajó a la cumbre llamada “Foro de paz de Madrid” el domingo.",
    ]
    assert _pairs(body, "es") == [
        ("El pueblo palestino no puede estar condenado", "José Manuel Albares"),
        ("no creen en la solución de dos estados", "José Manuel Albares"),
    ]


def test_a_french_announcement_attributes_a_partial_quote() -> None:
    body = [
        "La Chine a annoncé la fin d'exercices militaires avec la Russie, qui ont permis de"
        " renforcer la « confiance mutuelle »."
    ]
    assert _pairs(body, "fr") == [("confiance mutuelle", "La Chine")]


def test_a_german_solche_phrase_opening_a_sentence_is_no_speaker() -> None:
    body = [
        "„Wir prüfen das“, sagte Anna Schmidt. Solche Informationen gibt es nicht. „Das ist gut.“"
    ]
    assert _pairs(body, "de") == [
        ("Wir prüfen das", "Anna Schmidt"),
        ("Das ist gut.", "Anna Schmidt"),
    ]


def test_a_bare_role_noun_after_a_title_is_no_part_of_the_name() -> None:
    body = ["CDU Chef Friedrich Merz sagte: „Wir handeln jetzt.“", "„Das reicht“, sagte Merz."]
    quotes = find_quotes(body, lang="de")
    assert [(q.speaker, q.speaker_role) for q in quotes] == [
        ("Friedrich Merz", "CDU Chef"),
        ("Friedrich Merz", None),
    ]


def test_a_german_authority_keeps_its_object_after_fuer() -> None:
    body = [
        "„Die Werte sind unbedenklich“, teilte das Bundesamt für Strahlenschutz mit.",
        "„Die Werte sind gut“, sagte die Ministerin für Umwelt Anna Müller.",
    ]
    quotes = find_quotes(body, lang="de")
    # The minister's name is the speaker; her title and its object, the role (rules17).
    assert [q.speaker for q in quotes] == ["das Bundesamt für Strahlenschutz", "Anna Müller"]


def test_a_short_name_in_brackets_ends_no_subject_clause() -> None:
    body = [
        "Die Islamische Glaubensgemeinschaft (IGGÖ), die offizielle Vertretung der Muslime in"
        " Österreich, hält in einem Statement fest, dass sie die Forderungen „mit großer"
        " Besorgnis“ sehe.",
        "Innenministerin Nancy Faeser (SPD) nannte die Kundgebung „schwer erträglich“.",
    ]
    quotes = find_quotes(body, lang="de")
    assert [(q.text, q.speaker) for q in quotes] == [
        ("mit großer Besorgnis", "Die Islamische Glaubensgemeinschaft"),
        ("schwer erträglich", "Nancy Faeser"),
    ]
