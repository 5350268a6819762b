"""Nouns around a quote: a speech noun before a colon ("L'elogio di Trump:") names the speaker,
a noun phrase with a relative clause or a role noun of a named person or an institution is the
speaker, and a full name only the headline prints completes a speaker's surname."""

from __future__ import annotations

import pytest

from newsparse.extract.quotes import find_quotes
from tests.quote_checks import only_quote


@pytest.mark.parametrize(
    ("lang", "body", "speaker"),
    [
        (
            "it",
            [
                "La premier Giorgia Meloni è partita per la Florida.",
                "L'elogio di Trump: «Ha preso d'assalto l'Europa».",
            ],
            "Trump",
        ),
        (
            "en",
            [
                "The reporter asked about the race.",
                "The answer of Jon Tester: “I will run again and I will win.”",
            ],
            "Jon Tester",
        ),
        (
            "en",
            [
                "The reporter asked about the wall.",
                "Trump's answer: “We will build it and they will pay.”",
            ],
            "Trump",
        ),
        (
            "fr",
            [
                "Le débat a duré deux heures.",
                "La réponse d'Élisabeth Borne : « Nous ne reculerons pas sur cette réforme. »",
            ],
            "Élisabeth Borne",
        ),
        (
            "es",
            [
                "El presidente Pedro Sánchez habló el lunes.",
                "La réplica de Alberto Núñez Feijóo: «No vamos a aceptar esta reforma».",
            ],
            "Alberto Núñez Feijóo",
        ),
    ],
)
def test_a_speech_noun_before_a_colon_names_the_speaker(
    lang: str, body: list[str], speaker: str
) -> None:
    assert only_quote(body, lang).speaker == speaker


def test_a_speech_noun_without_a_name_leaves_the_quote_to_the_last_speaker() -> None:
    body = [
        "Kanzler Olaf Scholz wurde am Montag gefragt.",
        "Seine Antwort: „Wir werden an der Reform festhalten.“",
    ]
    assert only_quote(body, "de").speaker == "Olaf Scholz"


def test_speech_noun_lists_are_clean() -> None:
    import tomllib
    from importlib import resources

    resource = resources.files("newsparse.extract").joinpath("quote_cues.toml")
    tables = tomllib.loads(resource.read_text(encoding="utf-8"))
    for lang, table in tables.items():
        if lang == "shared":
            continue
        for key in ("speech_nouns", "demonstratives", "topics"):
            words = table[key]
            assert words, (lang, key)
            assert all(w == w.strip().lower() and " " not in w for w in words), (lang, key)
            assert words == sorted(set(words)), (lang, key)


@pytest.mark.parametrize(
    ("lang", "body", "speaker", "role"),
    [
        (
            "it",
            [
                "Il testo è passato alla Camera.",
                "«Non faremo passi indietro», ha detto il presidente del Consiglio Giorgia Meloni.",
            ],
            "Giorgia Meloni",
            "presidente del Consiglio",
        ),
        (
            "es",
            [
                "El texto fue aprobado en el Congreso.",
                "«No daremos marcha atrás», afirmó el portavoz del Gobierno Pilar Alegría.",
            ],
            "Pilar Alegría",
            "portavoz del Gobierno",
        ),
        (
            "pt",
            [
                "O texto foi aprovado na Câmara.",
                "«Não vamos recuar nesta reforma», disse o secretário da Fazenda Fernando Haddad.",
            ],
            "Fernando Haddad",
            "secretário da Fazenda",
        ),
    ],
)
def test_a_romance_title_after_its_verb_keeps_its_object_out_of_the_name(
    lang: str, body: list[str], speaker: str, role: str
) -> None:
    quote = only_quote(body, lang)
    assert (quote.speaker, quote.speaker_role) == (speaker, role)


def test_a_role_noun_of_a_full_name_stays_the_speaker() -> None:
    body = [
        "Il testo è passato alla Camera.",
        "«Non faremo passi indietro», ha detto il portavoce di Giorgia Meloni.",
    ]
    assert only_quote(body, "it").speaker == "il portavoce di Giorgia Meloni"


def test_a_speech_verb_inside_a_relative_clause_leaves_the_subject_before_it() -> None:
    body = [
        "Maria Lopez, the camp director, spoke first.",
        "A resident of the camp, a refugee who feared retaliation and asked not to be"
        " identified, said the claim is “absolutely not true.”",
    ]
    assert only_quote(body, "en").speaker != "Maria Lopez"
    body = [
        "Maria Lopez spoke first.",
        "Then the mayor, who said nothing at the time, told reporters: “We will rebuild it.”",
    ]
    assert only_quote(body, "en").speaker == "the mayor"


@pytest.mark.parametrize(
    ("lang", "body", "speaker"),
    [
        (
            "fr",
            [
                "Les autorités ont démenti lundi.",
                "Un habitant du camp, qui a demandé à ne pas être nommé, a déclaré :"
                " « Ce n'est absolument pas vrai. »",
            ],
            "Un habitant du camp",
        ),
        (
            "es",
            [
                "Madrid usa su propio sistema de cómputo.",
                "Una portavoz de la Consejería de Sanidad, que dirige Javier Fernández Lasquetty,"
                " asegura que los documentos “se reescriben unos sobre otros”.",
            ],
            "Una portavoz de la Consejería de Sanidad",
        ),
        (
            "en",
            [
                "The Democratic senator Jon Tester is running again.",
                "But the senator, who recently said that he brings a “dirt-under-your-fingernails"
                " perspective to Washington,” will have to avoid left-wing policies.",
            ],
            "Jon Tester",
        ),
    ],
)
def test_a_noun_phrase_with_a_relative_clause_is_the_speaker(
    lang: str, body: list[str], speaker: str
) -> None:
    assert only_quote(body, lang).speaker == speaker


def test_a_bare_noun_before_a_relative_clause_makes_no_attribution() -> None:
    body = [
        "That would let the president campaign on maintaining his “tough on China” stance,"
        " which holds appeal to voters in key states like Ohio and Michigan."
    ]
    assert find_quotes(body, lang="en") == ()


@pytest.mark.parametrize(
    ("lang", "body", "speaker"),
    [
        (
            "fr",
            [
                "Le gouvernement réfléchit à des changements.",
                "«Nous réfléchissons à des changements dans les participations de l'État.»"
                " Cette petite phrase d'Arnaud Montebourg, au Wall Street Journal, augure-t-elle"
                " d'une vague de cessions ?",
            ],
            "Arnaud Montebourg",
        ),
        (
            "en",
            [
                "The crowd in the hall fell silent.",
                "“Yes, we can.” These words of Barack Obama became the slogan of a campaign.",
            ],
            "Barack Obama",
        ),
        (
            "it",
            [
                "La crisi dell'euro era al culmine.",
                "«Faremo tutto il necessario per salvare l'euro.» Queste parole di Mario Draghi"
                " hanno calmato i mercati.",
            ],
            "Mario Draghi",
        ),
        (
            "de",
            [
                "Die Stimmung im Saal war gedrückt.",
                "„Wir schaffen das und wir werden es gemeinsam schaffen.“ Diese Worte von Angela"
                " Merkel wurden berühmt.",
            ],
            "Angela Merkel",
        ),
    ],
)
def test_a_sentence_naming_the_quote_as_someones_words_names_the_speaker(
    lang: str, body: list[str], speaker: str
) -> None:
    assert only_quote(body, lang).speaker == speaker


def test_a_sentence_naming_the_quote_without_a_name_attributes_nothing() -> None:
    body = [
        "The report came out on Monday.",
        "“Prices will rise again next year.” This phrase of the report worried the markets.",
    ]
    assert only_quote(body, "en").speaker is None


@pytest.mark.parametrize(
    ("lang", "body", "speaker"),
    [
        (
            "fr",
            [
                "Le procès s'ouvre lundi.",
                "« Il n'a rien à se reprocher », a déclaré l'avocat de Gérard Depardieu.",
            ],
            "l'avocat de Gérard Depardieu",
        ),
        (
            "de",
            [
                "Das Gesetz wurde beschlossen.",
                "„Wir werden nicht zurückweichen“, sagte ein Sprecher von Kanzler Olaf Scholz.",
            ],
            "ein Sprecher von Kanzler Olaf Scholz",
        ),
    ],
)
def test_a_role_noun_of_a_named_person_is_the_speaker_not_the_name(
    lang: str, body: list[str], speaker: str
) -> None:
    assert only_quote(body, lang).speaker == speaker


@pytest.mark.parametrize(
    ("lang", "body", "speaker", "role"),
    [
        (
            "fr",
            [
                "Le texte a été adopté.",
                "« Nous ne reculerons pas », a déclaré le président de la République"
                " Emmanuel Macron.",
            ],
            "Emmanuel Macron",
            "président de la République",
        ),
        (
            "es",
            [
                "El texto fue aprobado.",
                "«No daremos marcha atrás», afirmó el presidente de la Junta de Andalucía"
                " Juanma Moreno.",
            ],
            "Juanma Moreno",
            "presidente de la Junta de Andalucía",
        ),
    ],
)
def test_a_title_with_an_object_after_two_links_keeps_the_object_out_of_the_name(
    lang: str, body: list[str], speaker: str, role: str
) -> None:
    quote = only_quote(body, lang)
    assert (quote.speaker, quote.speaker_role) == (speaker, role)


def test_a_role_noun_of_an_institution_stays_whole() -> None:
    body = [
        "Madrid usa su propio sistema de cómputo.",
        "Una portavoz de la Consejería de Sanidad asegura que los documentos"
        " “se reescriben unos sobre otros”.",
    ]
    assert only_quote(body, "es").speaker == "Una portavoz de la Consejería de Sanidad"


_NOEM_BODY = [
    "The tagline drew criticism across Twitter on Monday, but Noem cited the backlash as proof.",
    "“Meth is a serious problem in our state and we are here to get it out,” Noem tweeted.",
]


def test_a_full_name_only_in_the_headline_completes_the_speakers_surname() -> None:
    headline = "South Dakota governor Kristi Noem defends her anti-drug campaign"
    assert find_quotes(_NOEM_BODY, lang="en")[0].speaker == "Noem"
    assert find_quotes(_NOEM_BODY, lang="en", headline=headline)[0].speaker == "Kristi Noem"


def test_a_title_case_headline_gives_no_names() -> None:
    headline = "Governor Kristi Noem Defends Her Anti-Drug Campaign"
    assert find_quotes(_NOEM_BODY, lang="en", headline=headline)[0].speaker == "Noem"


def test_the_bodys_full_name_wins_over_the_headlines() -> None:
    body = ["Anti-A100 activist Tobias Trommer fights on.", *_NOEM_BODY[1:]]
    body[1] = body[1].replace("Noem", "Trommer")
    headline = "Anti-A100-Aktivist Tobias Trommer: the clubs are only a stopgap"
    assert find_quotes(body, lang="en", headline=headline)[0].speaker == "Tobias Trommer"
