"""Quote rules of the fourteenth round: each test fails without its rule."""

from __future__ import annotations

from newsparse.extract.quotes import find_quotes
from newsparse.extract.quotes.context import _make_ctx
from newsparse.extract.quotes.cues import _cue_tables, _in_name
from newsparse.extract.quotes.names import _phrase
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


def test_a_pronoun_speech_event_gives_the_next_standalone_quote_its_speaker() -> None:
    body = [
        "Jamil Al Saadouni, 58, told reporters that the choice was an internal decision.",
        "He lamented that civilians were not consulted on the best replacement.",
        '"This has nothing to do with other factions or the Palestinian people."',
    ]
    assert _only(body, "en").speaker == "Jamil Al Saadouni"


def test_a_name_after_the_definite_article_is_no_pronoun_referent() -> None:
    body = [
        "It is a great idea for Jensen Huang, who gets to sell chips to governments.",
        "At the World Governments Summit in Dubai, he reminded an audience of leaders.",
        "He then told these leaders what he would do if he led a nation:"
        " “The first thing that I would do is codify the language of your culture.”",
    ]
    assert _only(body, "en").speaker == "Jensen Huang"


def test_a_pronoun_event_does_not_speak_for_a_quote_in_the_writers_paragraph() -> None:
    body = [
        "“It got me sick,” Dr. Jane Feel wrote on the forums after taking it.",
        "That is why ScreamMyName has pushed for testing. “I recognize that drug use isn’t"
        " healthy, but why make it worse?” he told me when I contacted him after his post."
        " “Energy Control provides a way for users to test the drugs they use.”",
    ]
    last = find_quotes(body, lang="en")[-1]
    assert last.text.startswith("Energy Control")
    assert last.speaker is None


def test_a_quotations_first_word_does_not_lengthen_a_full_name() -> None:
    body = [
        "La premier italiana Giorgia Meloni è partita per la Florida.",
        "Lo ha detto Matteo Salvini. «Bene Giorgia Meloni da Donald Trump per parlare»,"
        " ha aggiunto.",
        "«Una bella serata, lo ringrazio per l'accoglienza», ha twittato poi la premier.",
    ]
    last = find_quotes(body, lang="it")[-1]
    assert last.text.startswith("Una bella serata")
    assert last.speaker == "Giorgia Meloni"


def test_a_definite_noun_takes_the_body_name_it_ends() -> None:
    body = [
        "Nonetheless, the Storm Prediction Center has outlined a risk of severe weather.",
        "“The greatest threat is anticipated across the southern Plains,” wrote the center.",
    ]
    assert _only(body, "en").speaker == "Storm Prediction Center"


def test_a_definite_noun_keeps_its_phrase_when_the_body_name_goes_on() -> None:
    body = [
        "The boat was dented, the Philippine Bureau of Fisheries and Aquatic Resources said.",
        "The crew “tried to block the path of the boat,” the bureau said.",
    ]
    assert _only(body, "en").speaker == "the bureau"


def test_a_capitalised_cue_inside_a_name_is_no_speech_verb() -> None:
    body = [
        "The talks between China and the United States “phase one” of the trade deal went on.",
    ]
    assert find_quotes(body, lang="en") == ()


def test_a_capitalised_cue_after_a_stop_or_a_mark_is_still_a_cue() -> None:
    cues = _cue_tables()["en"]
    for text, expected in (
        ("the United States and China", True),
        ("He left Ohio. Says the mayor", False),
        ("“It is over,” Says the mayor", False),
        ("the talks, Smith said", False),
    ):
        match = cues.pattern.search(text)
        assert match is not None
        assert _in_name(text, match) is expected, text


def test_an_initial_does_not_end_the_name_after_a_verb() -> None:
    body = [
        "“We exported a financial crisis a decade ago,” said William G. Gale, a senior fellow.",
    ]
    assert _only(body, "en").speaker == "William G. Gale"


def test_dotted_letters_do_not_end_a_sentence() -> None:
    body = ["“Justice has been served in this case,” said U.S. Attorney Nealy Cox."]
    assert _only(body, "en").speaker == "U.S. Attorney Nealy Cox"


def test_a_capitalised_first_person_pronoun_is_no_name() -> None:
    body = ["Once I swallowed the fear, things started happening for me."]
    ctx = _make_ctx(body, _cue_tables()["en"])
    assert _phrase("Once I", ctx) is None
    assert _phrase("Jim McKelvey", ctx) is not None


def test_every_language_lists_its_first_person_pronoun() -> None:
    tables = _cue_tables()
    for lang in ("en", "de", "fr", "es", "it", "pt", "nl"):
        assert len(tables[lang].non_name) > 0
    assert "i" in tables["en"].non_name
    assert "ich" in tables["de"].non_name


def test_a_relative_pronoun_before_the_verb_refers_to_the_name_before_it() -> None:
    body = [
        "The story appeared last month and has been praised by such peers as the poet Brenda"
        " Shaughnessy, who tweeted, “I can hardly believe it’s real, it’s so right.”",
    ]
    assert _only(body, "en").speaker == "Brenda Shaughnessy"
