"""Partial quotes after a speech verb with no subject written (Spanish, Italian, Portuguese)."""

from __future__ import annotations

import pytest

from newsparse.extract.quotes import find_quotes

INTRO = "Laura Pérez, vecina de la zona, dijo que “la situación es muy grave para todos”."


@pytest.mark.parametrize(
    "sentence",
    [
        "Agregó que la decisión se tomó porque “iba a generar conflicto con productores”.",
        "Además, reclama que no se están dirigiendo “muchos recursos de trabajo” en el sitio.",
        "En aquel momento afirmó que había juicios por “los planes de manejo del ministerio”.",
        "Desde su visión, las fumigaciones son “toda una problemática para los habitantes”.",
        "A su entender, en la comunidad “se conoce muy poco” sobre estos productos.",
    ],
)
def test_a_subjectless_verb_gives_the_partial_quote_to_the_last_speaker(sentence: str) -> None:
    quotes = find_quotes([INTRO, sentence], lang="es")
    assert [q.paragraph for q in quotes] == [0, 1]
    assert quotes[1].speaker == "Laura Pérez"


def test_a_capitalised_name_before_the_verb_is_no_bare_opening() -> None:
    quotes = find_quotes([INTRO, "Juan Gómez afirmó que “no hay ningún problema en la zona”."])
    assert quotes[-1].speaker == "Juan Gómez"


def test_english_has_no_subjectless_verb() -> None:
    # "Called a “…” by its creators": a participle, not speech of the last speaker.
    paragraphs = [
        "“We made it for fun,” said Jane Doe.",
        "Called a “violent rhythm game” by its creators, Thumper is hard.",
    ]
    assert [q.text for q in find_quotes(paragraphs, lang="en")] == ["We made it for fun,"]


def test_a_verb_ending_its_sentence_before_a_quote_is_no_bare_opening() -> None:
    # "…”, lamentó. “…”": the second quote goes on with the first one's speaker.
    paragraphs = [
        "Ana García habló con la prensa.",
        "Luis Ortega visitó la zona.",
        "“La amenaza está en las llanuras”, lamentó García.",
        "“Todo se hará como ella quiere” escribió. “El área se extenderá mucho más.”",
    ]
    quotes = find_quotes(paragraphs, lang="es")
    assert [q.speaker for q in quotes] == ["Ana García", "Ana García", "Ana García"]
