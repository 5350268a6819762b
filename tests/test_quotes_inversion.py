"""A subject after its verb and a short phrase of time or place ("sagte am Montag Anna Schmidt")."""

from __future__ import annotations

import pytest

from newsparse.extract.quotes import find_quotes


@pytest.mark.parametrize(
    ("paragraph", "lang", "speaker"),
    [
        ("„Das ist ein großer Fehler“, sagte am Montag Anna Schmidt.", "de", "Anna Schmidt"),
        ("«Es un gran error», dijo este lunes Ana García.", "es", "Ana García"),
        ("«Es un gran error», dijo en una entrevista Ana García.", "es", "Ana García"),
    ],
)
def test_the_name_after_a_phrase_of_time_or_place_is_the_speaker(
    paragraph: str, lang: str, speaker: str
) -> None:
    (quote,) = find_quotes([paragraph], lang=lang)
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("paragraph", "lang"),
    [
        ("«Es un gran error», dijo en la sede del Partido Popular.", "es"),
        ("„Das ist ein großer Fehler“, sagte am Montag die Ministerin.", "de"),
    ],
)
def test_a_place_name_or_a_noun_after_the_phrase_is_no_name(paragraph: str, lang: str) -> None:
    (quote,) = find_quotes([paragraph], lang=lang)
    assert quote.speaker is None


def test_a_role_without_article_before_an_apposed_name_gives_the_name() -> None:
    paragraph = (
        "Her understreger formand for Naalakkersuisut, Múte B. Egede, ”at Grønlands fremtid "
        "er et grønlandsk anliggende”."
    )
    (quote,) = find_quotes([paragraph], lang="da")
    assert quote.speaker == "Múte B. Egede"
    assert quote.speaker_role == "formand for Naalakkersuisut"
