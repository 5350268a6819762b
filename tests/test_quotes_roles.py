"""A definite role phrase as a quote's speaker refers back to the person who spoke last."""

from __future__ import annotations

from newsparse.extract.quotes import find_quotes


def test_a_spanish_epithet_takes_the_last_speaker_named() -> None:
    paragraphs = [
        "José Manuel Albares dijo que “la solución es de dos Estados para todos”.",
        "El jefe de la diplomacia española recalcó que Hamás es “una organización terrorista”.",
    ]
    assert [q.speaker for q in find_quotes(paragraphs, lang="es")] == ["José Manuel Albares"] * 2


def test_a_french_role_phrase_after_its_verb_takes_the_last_speaker_named() -> None:
    paragraphs = [
        "« Nous voulons un nouveau départ avec l'Europe », a déclaré Keir Starmer.",
        "« Nous travaillerons ensemble », écrit le chef du gouvernement travailliste.",
    ]
    assert [q.speaker for q in find_quotes(paragraphs, lang="fr")] == ["Keir Starmer"] * 2


def test_a_phrase_without_a_role_noun_stays_as_written() -> None:
    paragraphs = [
        "José Manuel Albares dijo que “la solución es de dos Estados para todos”.",
        "“No habrá ningún alto el fuego esta semana”, dijo la fuente.",
    ]
    assert find_quotes(paragraphs, lang="es")[-1].speaker == "la fuente"


def test_a_role_phrase_inherited_by_a_quote_standing_alone_is_not_resolved() -> None:
    # Only the phrase written as the quote's own attribution refers back.
    paragraphs = [
        "“We will keep talking,” said Jane Doe.",
        "The president also admitted that some governments needed to improve their records.",
        "“They are not ideal institutions, but engagement works best.”",
    ]
    assert find_quotes(paragraphs, lang="en")[-1].speaker != "Jane Doe"
