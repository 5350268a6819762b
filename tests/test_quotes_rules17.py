"""Quote rules of the seventeenth round: each test fails without its rule."""

from __future__ import annotations

from newsparse.extract.quotes import find_quotes


def _pairs(paragraphs: list[str], lang: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in find_quotes(paragraphs, lang=lang)]


def test_a_lone_phrase_parted_from_the_verb_by_a_comma_is_no_subject() -> None:
    body = [
        "El presidente de la comisión, John Kennedy Rodríguez, comentó que habrá una reunión."
        " Al respecto, señaló: “Tenemos el apoyo de las forestales que participan”.",
        "Sin embargo, señaló que le parece “que es un exceso el área actual y hay que"
        " generar un nuevo diálogo”.",
        "Su objetivo, dijo, fue la «pequeña luz de esperanza» de que el régimen acordara.",
    ]
    speakers = {speaker for _, speaker in _pairs(body, "es")}
    assert speakers == {"John Kennedy Rodríguez"}


def test_an_apposition_name_before_the_comma_still_speaks() -> None:
    body = [
        "El ministro portugués, Paulo Rangel, describió la situación como una crisis"
        " “muy grave” para todos."
    ]
    assert _pairs(body, "es") == [("muy grave", "Paulo Rangel")]


def test_more_speech_verbs_in_french_spanish_and_portuguese() -> None:
    assert _pairs(
        ["«Il faut intégrer la durée. Nous sommes là pour un quinquennat», plaide Manuel Valls."],
        "fr",
    ) == [("Il faut intégrer la durée. Nous sommes là pour un quinquennat", "Manuel Valls")]
    assert _pairs(
        ['"Em 2012 eu errei. Não me posicionei politicamente", falou Tite ao programa.'], "pt"
    ) == [("Em 2012 eu errei. Não me posicionei politicamente", "Tite")]
    assert _pairs(
        ["Josep Borrell consideró que el rechazo «solo empeorará la situación» en el país."], "es"
    ) == [("solo empeorará la situación", "Josep Borrell")]


def test_a_time_word_after_the_name_ends_the_speaker() -> None:
    body = ["«Il faut intégrer la durée, et vite», dit Manuel Valls après son discours."]
    assert _pairs(body, "fr") == [("Il faut intégrer la durée, et vite", "Manuel Valls")]


def test_a_title_before_a_lone_surname_is_the_role() -> None:
    quotes = find_quotes(["El ministro Albares dijo que «la situación es muy grave»."], lang="es")
    assert [(q.speaker, q.speaker_role) for q in quotes] == [("Albares", "ministro")]


def test_a_title_with_its_object_before_a_full_name_is_the_role() -> None:
    for body in (
        ["„Wir müssen handeln“, sagte die Ministerin für Umwelt Anna Müller."],
        ["Die Ministerin für Umwelt Anna Müller sagte: „Wir müssen handeln.“"],
    ):
        quotes = find_quotes(body, lang="de")
        assert [(q.speaker, q.speaker_role) for q in quotes] == [
            ("Anna Müller", "Ministerin für Umwelt")
        ]


def test_a_place_after_the_title_is_no_name() -> None:
    body = ["„Das ist falsch“, sagte der Sprecher vor dem Landgericht Berlin Mitte."]
    assert _pairs(body, "de") == [("Das ist falsch", "der Sprecher")]


def test_a_sentence_opening_word_before_a_first_name_is_no_part_of_her_name() -> None:
    body = [
        "Liat Atzili wurde am siebten Oktober entführt.",
        "Von Liat fehlte jedes Lebenszeichen. Obwohl Liat und die andere Frau aus demselben"
        " Kibbuz stammten, kannten sie einander nicht.",
        "„Ich weiß es nicht“, sagt Liat.",
        "Liat weiß nicht, was aus ihren Entführern geworden ist.",
        "„Manchmal will ich es wissen“, sagt sie.",
    ]
    assert {speaker for _, speaker in _pairs(body, "de")} == {"Liat Atzili"}


def test_a_verb_after_segun_is_no_part_of_the_speaker() -> None:
    body = [
        "Es larga la lista, encabezada por “el rumor de que se quiere achicar el área”,"
        " según contó la integrante de Coendu."
    ]
    assert _pairs(body, "es") == [
        ("el rumor de que se quiere achicar el área", "la integrante de Coendu")
    ]


def test_the_person_spoken_to_ends_the_speaker_in_spanish() -> None:
    body = [
        "Según informó la DGSA a la diaria, se constató “la aplicación donde el productor"
        " no respetó la distancia de los 300 metros”, ya que se trataba de una fumigación."
    ]
    assert [s for _, s in _pairs(body, "es")] == ["la DGSA"]


def test_an_inverted_cue_sentence_keeps_an_english_clause_subject() -> None:
    # Only where the subject may follow the verb is a lone phrase before ", verb" no subject.
    body = ["The group, called Energy Control, has been running “harm reduction” programs."]
    assert [s for _, s in _pairs(body, "en")] != [None]


def test_a_dateline_agency_is_no_part_of_a_name() -> None:
    body = [
        "Bruselas, 7 oct (EFE).- El alto representante de la UE, Josep Borrell, consideró"
        " este miércoles que el rechazo «solo empeorará la situación» en el país.",
        "El jefe de la diplomacia comunitaria consideró que «la UE no podrá ni siquiera"
        " plantearse el envío de una misión de observación electoral».",
        "«Eso requeriría no solo el respeto a los estándares democráticos», afirmó.",
    ]
    assert _pairs(body, "es")[-1][1] != "EFE).- El"
