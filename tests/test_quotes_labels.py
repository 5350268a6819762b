"""Labels and headings before a quote: a topic label before a colon ("Der Fall X:", "The X
trial:") names no speaker, a role and a name before a colon do, and a "NAME: TITLE" heading
names the speaker of the quote under it (a heading that is no such line names nobody)."""

from __future__ import annotations

import pytest

from tests.quote_checks import only_quote, quote_pairs


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "Il caso Cecilia Sala: «Siamo molto preoccupati per la sua salute.»"),
        ("de", "Der Fall Maja Tanner: „Wir sind sehr besorgt um ihre Gesundheit.“"),
        ("en", 'The Cecilia Sala case: "We are very worried about her health."'),
        ("fr", "L'affaire Cécile Kohler : « Nous sommes très inquiets pour sa santé. »"),
        ("de", "Der Prozess Harvey Weinstein: „Ich war es nicht.“"),
        ("en", "The Harvey Weinstein trial: “I never did it.”"),
        ("fr", "Le scandale Gérard Depardieu : « Je ne suis pas coupable. »"),
    ],
)
def test_a_topic_label_before_a_colon_names_no_speaker(lang: str, text: str) -> None:
    """The quote after a topic label ("Il caso X:", "The X trial:") is found, with no speaker."""
    assert only_quote([text], lang).speaker is None


def test_a_topic_label_leaves_the_quote_to_the_speaker_before() -> None:
    quote = only_quote(
        [
            "Il padre Renato Sala ha parlato ai giornalisti davanti al ministero.",
            "Il caso Cecilia Sala: «Siamo molto preoccupati per la sua salute.»",
        ],
        "it",
    )
    assert quote.speaker == "Renato Sala"


def test_a_role_and_a_name_before_a_colon_still_name_the_speaker() -> None:
    quote = only_quote(['Minister Anna Sala: "We are very worried about her health."'], "en")
    assert (quote.speaker, quote.speaker_role) == ("Anna Sala", "Minister")


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "en",
            '"We will not comment on that at this time," a spokesperson for the ministry said.',
            "a spokesperson for the ministry",
        ),
        (
            "en",
            'A senior spokesperson for the ministry said: "We will not comment on that now."',
            "A senior spokesperson for the ministry",
        ),
        (
            "en",
            '"We will not comment on that at this time," a spokesperson for the ministry in'
            " Paris said.",
            "a spokesperson for the ministry",
        ),
        (
            "en",
            '"We will not comment on that at this time," said a spokesperson for the ministry'
            " in Paris.",
            "a spokesperson for the ministry",
        ),
        (
            "es",
            "«No comentaremos nada en este momento», dijo un portavoz del ministerio.",
            "un portavoz del ministerio",
        ),
    ],
)
def test_a_role_noun_keeps_its_object_after_a_link(lang: str, text: str, speaker: str) -> None:
    assert only_quote([text], lang).speaker == speaker


def test_a_name_colon_heading_names_the_speaker_of_the_quote_under_it() -> None:
    body = [
        "Nuestras figuras cuentan sus anécdotas con las autoras de sus días.",
        "KARLA TARAZONA: POR SER FAN ENAMORADA, ME CASTIGARON",
        "“Por Servando y Florentino me escapé del colegio cuando tenía catorce años”.",
        "LUCECITA: HIZO MÁS ABDOMINALES QUE YO",
        "“Mi mamá es deportista. Un día la llevé al ‘gym’ para que haga deporte conmigo”.",
    ]
    assert [speaker for _, speaker in quote_pairs(body, "es")] == ["Karla Tarazona", "Lucecita"]


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
        assert [speaker for _, speaker in quote_pairs(body, "es")] == [None], heading
