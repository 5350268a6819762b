"""A quote standing alone under an all-capitals heading that names its speaker."""

from __future__ import annotations

from newsparse.extract.quotes import find_quotes


def test_a_heading_without_a_colon_opening_with_a_full_name_names_the_speaker() -> None:
    paragraphs = [
        "La mamá de Brunella Horna siempre se preocupó por su alimentación.",
        "‘BRUNELLA HORNA COME TODA TU COMIDA’",
        "“De niña solo me gustaba comer golosinas y mi mamá se preocupaba mucho.”",
    ]
    assert find_quotes(paragraphs, lang="es")[-1].speaker == "Brunella Horna"


def test_a_heading_without_a_colon_and_no_known_name_names_nobody() -> None:
    paragraphs = [
        "Las madres celebran su día.",
        "KARINA MAMÁ PODEROSA",
        "“Desde que soy mamá me he vuelto poderosa, no hay cansancio que me quiebre.”",
    ]
    assert find_quotes(paragraphs, lang="es")[-1].speaker is None
