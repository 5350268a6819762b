"""Partial quotes (quoted words inside the writer's sentence): a partial takes the speaker of a
later quote in its sentence, of a chain of partials, of the quote before within reach, or of
the quote a heading's partial echoes; it never reaches into the next sentence."""

from __future__ import annotations

import pytest

from newsparse.extract.quotes import find_quotes
from newsparse.model import QuoteKind
from tests.quote_checks import only_quote, quote_pairs


def test_a_partial_quote_takes_the_speaker_of_a_later_quote_in_its_sentence() -> None:
    body = [
        "Après la réforme des retraites, que le président « a fait passer en force » malgré"
        " l’opposition de la population, « la défiance à l’égard de l’exécutif est profonde »,"
        " juge Mme Sophie Binet."
    ]
    quotes = find_quotes(body, lang="fr")
    assert [(q.text, q.speaker) for q in quotes] == [
        ("a fait passer en force", "Sophie Binet"),
        ("la défiance à l’égard de l’exécutif est profonde", "Sophie Binet"),
    ]


def test_a_partial_quote_does_not_reach_into_the_next_sentence() -> None:
    body = [
        "Der Schriftsteller Alfredo Bryce („Eine Welt für Julius“) würdigte seinen Landsmann."
        " „Niemand hat uns so vertreten wie Mario“, sagte der Autor."
    ]
    assert [q.text for q in find_quotes(body, lang="de")] == [
        "Niemand hat uns so vertreten wie Mario"
    ]


@pytest.mark.parametrize(
    ("lang", "body", "pairs"),
    [
        pytest.param(
            "es",
            [
                "El primer objetivo es “detener esta guerra”, que ha hecho de Gaza “un inmenso"
                " cementerio”, seguido de la entrada “masiva y sin obstáculos”, señaló Albares."
            ],
            [
                ("detener esta guerra", "Albares"),
                ("un inmenso cementerio", "Albares"),
                ("masiva y sin obstáculos", "Albares"),
            ],
            id="several-partial-quotes-take-the-speaker-of-the-last-one-in-their-sentence",
        ),
        pytest.param(
            "es",
            [
                "El objetivo es “detener esta guerra”. La ciudad es “un inmenso cementerio”,"
                " seguido"
                " de la entrada “masiva y sin obstáculos”, señaló Albares."
            ],
            [
                ("un inmenso cementerio", "Albares"),
                ("masiva y sin obstáculos", "Albares"),
            ],
            id="a-chain-of-partial-quotes-breaks-at-a-sentence-end",
        ),
        pytest.param(
            "es",
            [
                "“El pueblo palestino no puede estar condenado”, dijo José Manuel Albares.",
                "José Manuel Albares tampoco ha cerrado la puerta a sanciones contra aquellos"
                " israelíes"
                " que “no creen en la solución de dos estados”.",
                "José Manuel Albares viajó a la cumbre llamada “Foro de paz de Madrid” el domingo.",
            ],
            [
                ("El pueblo palestino no puede estar condenado", "José Manuel Albares"),
                ("no creen en la solución de dos estados", "José Manuel Albares"),
            ],
            id="a-clause-quoted-in-a-sentence-opened-by-an-earlier-speaker-is-theirs",
        ),
        pytest.param(
            "fr",
            [
                "7h18 - Les comptes des hôpitaux publics « très dégradés » en 2022",
                "Les comptes des hôpitaux publics se sont « très fortement dégradés » en 2022,"
                " note la"
                " Drees.",
            ],
            [
                ("très dégradés", "la Drees"),
                ("très fortement dégradés", "la Drees"),
            ],
            id="a-heading-quote-echoed-by-the-next-paragraphs-quote-takes-its-speaker",
        ),
    ],
)
def test_partial_quotes_take_the_speaker_of_their_sentence(
    lang: str, body: list[str], pairs: list[tuple[str, str | None]]
) -> None:
    """Partials in one sentence share the speaker its cue names; a sentence end breaks the chain;
    a heading's partial echoed by the next paragraph's quote takes its speaker."""
    assert quote_pairs(body, lang) == pairs


def test_a_partial_quote_links_over_fifteen_written_words_to_the_quote_before() -> None:
    body = [
        "Les comptes se sont « très fortement dégradés » en 2022, avec près de deux tiers"
        " d'entre eux (65 %) en déficit, « une proportion inédite depuis 2005 », selon la Drees.",
        "Abdelatty reconoció que ha dejado de ser “optimista o pesimista” sobre la posibilidad de"
        " cerrar un acuerdo para un alto el fuego por “la falta de voluntad de Israel”.",
    ]
    assert quote_pairs(body[:1], "fr") == [
        ("très fortement dégradés", "la Drees"),
        ("une proportion inédite depuis 2005", "la Drees"),
    ]
    assert quote_pairs(body[1:], "es") == [
        ("optimista o pesimista", "Abdelatty"),
        ("la falta de voluntad de Israel", "Abdelatty"),
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


def test_quoted_words_naming_the_speaker_after_a_verb_are_no_quote() -> None:
    body = [
        "Dort wurde gelagert, was sonst knapp war, erzählt ein „ehemaliger Küchenangestellter“."
    ]
    assert find_quotes(body, lang="de") == ()


def test_a_konjunktiv_verb_makes_a_partial_quote_reported_speech() -> None:
    body = [
        "Langhoff warnt vor den Folgen von Schichtdienst.",
        'Er rate, "wenig nutzbringende Irritationen", die das gefährdeten, zu vermeiden.',
    ]
    assert only_quote(body, "de").speaker == "Langhoff"


def test_the_gap_after_a_verb_counts_written_words() -> None:
    body = [
        "Omar Lamrani is a senior analyst at Stratfor.",
        "Lamrani further described the idea that the U.S. is training the Islamic State or"
        ' like-minded groups at al-Tanf as "certainly absurd."',
    ]
    quote = only_quote(body, "en")
    assert (quote.text, quote.speaker) == ("certainly absurd.", "Omar Lamrani")


def test_a_quoted_answer_with_its_count_in_brackets_is_no_quote() -> None:
    body = [
        "Flest foretrækker dansk statsborgerskab (55 procent). En stor del svarer dog ”ved ikke”"
        " (37 procent)."
    ]
    assert not find_quotes(body, lang="da")


def test_a_partial_quote_right_after_a_speech_noun_is_someones_words() -> None:
    body = [
        'Саме про слова "хочу кусок большого пірога", "200 плюшок" і "півтори тисячі на'
        ' рило", які шокували країну.'
    ]
    quotes = find_quotes(body, lang="uk")
    assert [(q.text, q.speaker, q.kind) for q in quotes] == [
        ("хочу кусок большого пірога", None, QuoteKind.PARTIAL),
        ("200 плюшок", None, QuoteKind.PARTIAL),
        ("півтори тисячі на рило", None, QuoteKind.PARTIAL),
    ]
    english = ["The protest grew around the words “we will not leave” on every banner."]
    assert [q.text for q in find_quotes(english, lang="en")] == ["we will not leave"]


def test_a_partial_after_a_short_opening_goes_on_with_the_last_speaker() -> None:
    body = [
        "“Our country is doing nothing to help,” Slemp said. As a parent, “we're supposed to"
        " keep the population going.”"
    ]
    assert quote_pairs(body, "en") == [
        ("Our country is doing nothing to help,", "Slemp"),
        ("we're supposed to keep the population going.", "Slemp"),
    ]


def test_a_sentence_with_its_own_subject_before_a_partial_is_no_continuation() -> None:
    body = [
        "“Our country is doing nothing to help,” Slemp said. In March, lawmakers agreed on"
        " “a plan that will not work at all.”"
    ]
    assert quote_pairs(body, "en") == [("Our country is doing nothing to help,", "Slemp")]
