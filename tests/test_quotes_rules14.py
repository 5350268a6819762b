"""Quote rules of the fourteenth round: each test fails without its rule."""

from __future__ import annotations

from newsparse.extract.quotes import find_quotes
from newsparse.model import Quote


def _only(paragraphs: list[str], lang: str) -> Quote:
    quotes = find_quotes(paragraphs, lang=lang)
    assert len(quotes) == 1, quotes
    return quotes[0]


def test_a_romance_role_link_keeps_the_place_out_of_the_full_name() -> None:
    body = [
        "Al loro fianco c'era il senatore della Florida Marco Rubio, nominato segretario.",
        "Rubio, dando il benvenuto alla premier, l'ha poi definita: «Un'ottima alleata».",
    ]
    assert _only(body, "it").speaker == "Marco Rubio"
