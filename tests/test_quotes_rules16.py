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
