"""Quote rules of the eighteenth round: each test fails without its rule."""

from __future__ import annotations

from newsparse.extract.quotes import find_quotes


def _pairs(paragraphs: list[str], lang: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in find_quotes(paragraphs, lang=lang)]


def test_lower_case_words_after_the_name_end_it() -> None:
    assert _pairs(["„Ich habe Angst“, sagt Liat dann leise."], "de") == [("Ich habe Angst", "Liat")]
    assert _pairs(['"I was afraid," said Liat quietly.'], "en") == [("I was afraid,", "Liat")]
    # A name particle inside the name stays.
    assert _pairs(["„Wir helfen“, sagte Ursula von der Leyen."], "de") == [
        ("Wir helfen", "Ursula von der Leyen")
    ]


def test_a_verb_after_a_sentence_opening_preposition_cue_has_no_written_subject() -> None:
    body = [
        "Laura Magallanes es vecina de la zona. Según entiende, “no hay perspectiva de que"
        " vaya a haber un plan de manejo”."
    ]
    assert _pairs(body, "es") == [
        ("no hay perspectiva de que vaya a haber un plan de manejo", "Laura Magallanes")
    ]


def test_a_lone_verb_after_a_closing_preposition_cue_is_no_speaker() -> None:
    body = ["Laura Magallanes es vecina. “El problema es grave y muy serio”, según entiende."]
    assert _pairs(body, "es") == [("El problema es grave y muy serio", "Laura Magallanes")]


def test_a_name_colon_heading_names_the_speaker_of_the_quote_under_it() -> None:
    body = [
        "Nuestras figuras cuentan sus anécdotas con las autoras de sus días.",
        "KARLA TARAZONA: POR SER FAN ENAMORADA, ME CASTIGARON",
        "“Por Servando y Florentino me escapé del colegio cuando tenía catorce años”.",
        "LUCECITA: HIZO MÁS ABDOMINALES QUE YO",
        "“Mi mamá es deportista. Un día la llevé al ‘gym’ para que haga deporte conmigo”.",
    ]
    assert [speaker for _, speaker in _pairs(body, "es")] == ["Karla Tarazona", "Lucecita"]


def test_a_heading_that_is_no_name_colon_title_names_no_speaker() -> None:
    for heading in [
        "MÁS INFORMACIÓN: LO ÚLTIMO",  # words the article writes in lower case
        "EL PRESIDENTE: UN CAMBIO",  # a word the cues know as no name
        "KARLA TARAZONA:",  # no title
        "LA NUEVA LEY DE LA REPÚBLICA: UN CAMBIO",  # too many words for a name
    ]:
        body = [
            heading,
            "“Por Servando y Florentino me escapé del colegio, más información mañana”.",
        ]
        assert [speaker for _, speaker in _pairs(body, "es")] == [None], heading
