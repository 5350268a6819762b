"""The speaker as the subject of the speech verb's clause: auxiliaries, participles and
coordinated verbs share an earlier subject; a phrase parted from the verb by a comma, a
sentence-opening adverb or determiner phrase, or a clause after an inverted verb is no subject."""

from __future__ import annotations

import pytest

from newsparse.extract.quotes import find_quotes
from tests.quote_checks import only_quote, quote_pairs


def test_telling_after_a_comma_takes_the_sentence_subject() -> None:
    body = [
        "Bruce Boudreau spoke to the team.",
        "Boudreau gave his players a pep talk Tuesday, telling them to “believe in yourselves”"
        " and that the Wild are a “good team.”",
    ]
    quotes = find_quotes(body, lang="en")
    assert [(q.text, q.speaker) for q in quotes] == [
        ("believe in yourselves", "Bruce Boudreau"),
        ("good team.", "Bruce Boudreau"),
    ]


@pytest.mark.parametrize(
    ("lang", "body", "speaker"),
    [
        pytest.param(
            "en",
            [
                "Tony Schwartz wrote the book with Donald Trump.",
                "If Trump actually read it, Schwartz would have been surprised, telling Mayer, “I"
                " doubt"
                " that he has ever read a book.”",
            ],
            "Tony Schwartz",
            id="a-participle-shares-the-subject-of-the-nearest-clause",
        ),
        pytest.param(
            "en",
            [
                "George Soros gives millions a year.",
                "He has contributed to Color of Change, a civil rights organization that has"
                " called to"
                " defund police. He funds gun control groups and has stated, “I'm very much against"
                " guns.”",
            ],
            "George Soros",
            id="an-auxiliary-before-the-verb-is-no-part-of-the-subject",
        ),
        pytest.param(
            "es",
            [
                "El ministro de Exteriores propone que al frente esté la ANP y recalcó que estaría"
                " en"
                " la mejor situación “si no se hubiera minado su legitimidad” por parte de Israel."
            ],
            "El ministro de Exteriores",
            id="a-verb-after-a-conjunction-takes-the-earlier-verbs-subject",
        ),
    ],
)
def test_a_later_verb_shares_the_subject_of_its_clause(
    lang: str, body: list[str], speaker: str | None
) -> None:
    """A participle, an auxiliary's verb or a verb after a conjunction shares its clause's"
    " subject."""
    assert only_quote(body, lang).speaker == speaker


def test_a_verb_after_an_infinitive_marker_shares_the_earlier_verbs_subject() -> None:
    body = [
        "Prince Harry left the house.",
        'Harry is said to have responded with eight words: "Don\'t you want to see them anymore?"',
    ]
    # "is said to have responded": one verb chain; its subject is Harry, not "to".
    assert only_quote(body, "en").speaker == "Harry"


def test_an_auxiliary_after_a_determined_noun_phrase_is_skipped() -> None:
    body = ["Hier, la présidence française avait indiqué un « premier entretien approfondi »."]
    quote = only_quote(body, "fr")
    assert (quote.speaker, quote.speaker_role) == ("la présidence française", None)
    body = ["As one commentator has argued, “Without class politics, identity is a shield.”"]
    assert only_quote(body, "en").speaker == "one commentator"


@pytest.mark.parametrize(
    ("lang", "body", "pairs"),
    [
        pytest.param(
            "es",
            [
                "Minutos antes, Albares ha recalcado en Madrid que el “silencio” es “cómplice” y"
                " pidió"
                " que la ONU tenga el control de la ayuda que entre en la Franja “y no que sea"
                " Israel”."
            ],
            [("y no que sea Israel", "Albares")],
            id="a-spanish-perfect-tense-verb-gives-the-subject-of-a-later-coordinated-verb",
        ),
        pytest.param(
            "es",
            [
                "Albares dejó claro que España “no tiene que dar lecciones” a ningún otro país,"
                " como"
                " Francia, sobre el reconocimiento de Palestina, aunque insistió en que ese paso es"
                " “la mejor forma de proteger la solución”."
            ],
            [
                ("no tiene que dar lecciones", "Albares"),
                ("la mejor forma de proteger la solución", "Albares"),
            ],
            id="a-verb-after-a-conjunction-later-in-a-quotes-sentence-is-its-speakers",
        ),
        pytest.param(
            "de",
            [
                "„Wir prüfen das“, sagte Anna Schmidt. Solche Informationen gibt es nicht. „Das"
                " ist gut.“"
            ],
            [
                ("Wir prüfen das", "Anna Schmidt"),
                ("Das ist gut.", "Anna Schmidt"),
            ],
            id="a-german-solche-phrase-opening-a-sentence-is-no-speaker",
        ),
        pytest.param(
            "es",
            [
                "Las fuentes palestinas apuntan que la presencia de negociaciones entre Hamás y"
                " Washington en Doha “le causa rabia a Netanyahu”."
            ],
            [("le causa rabia a Netanyahu", "Las fuentes palestinas")],
            id="a-clause-after-an-inverted-verb-names-no-speaker",
        ),
        pytest.param(
            "es",
            [
                "El ministro portugués, Paulo Rangel, describió la situación como una crisis"
                " “muy grave” para todos."
            ],
            [("muy grave", "Paulo Rangel")],
            id="an-apposition-name-before-the-comma-still-speaks",
        ),
    ],
)
def test_the_subject_of_the_cue_clause_speaks(
    lang: str, body: list[str], pairs: list[tuple[str, str | None]]
) -> None:
    """The subject of the cue's clause speaks (also for a verb coordinated later); a phrase opening
    a sentence ("Solche ...") or after an inverted verb is none."""
    assert quote_pairs(body, lang) == pairs


def test_a_subject_opening_with_a_capitalised_article_is_read_before_und() -> None:
    body = [
        "Der Städtetag NRW, der ebenfalls geladen ist, befürwortet die Änderungen und verweist"
        ' darauf, dass "die sonstigen Mitarbeitenden bis 67 ihren Dienst verrichten müssen".'
    ]
    quote = only_quote(body, "de")
    assert (quote.speaker, quote.verb) == ("Der Städtetag NRW", "verweist")


def test_a_pronominal_adverb_opening_the_sentence_is_no_speaker() -> None:
    body = [
        "Darauf verweist auch die Direktorin des Klimaprogramms Samantha Burgess.",
        "„Wir wissen aber, dass das Meer warm ist“, sagte sie dem Tagesspiegel.",
    ]
    quote = only_quote(body, "de")
    # The genitive noun of the role ("des Klimaprogramms") is no part of the name.
    role = "Direktorin des Klimaprogramms"
    assert (quote.speaker, quote.speaker_role) == ("Samantha Burgess", role)


def test_a_short_name_in_brackets_ends_no_subject_clause() -> None:
    body = [
        "Die Islamische Glaubensgemeinschaft (IGGÖ), die offizielle Vertretung der Muslime in"
        " Österreich, hält in einem Statement fest, dass sie die Forderungen „mit großer"
        " Besorgnis“ sehe.",
        "Innenministerin Nancy Faeser (SPD) nannte die Kundgebung „schwer erträglich“.",
    ]
    quotes = find_quotes(body, lang="de")
    assert [(q.text, q.speaker) for q in quotes] == [
        ("mit großer Besorgnis", "Die Islamische Glaubensgemeinschaft"),
        ("schwer erträglich", "Nancy Faeser"),
    ]


def test_a_lone_phrase_parted_from_the_verb_by_a_comma_is_no_subject() -> None:
    body = [
        "El presidente de la comisión, John Kennedy Rodríguez, comentó que habrá una reunión."
        " Al respecto, señaló: “Tenemos el apoyo de las forestales que participan”.",
        "Sin embargo, señaló que le parece “que es un exceso el área actual y hay que"
        " generar un nuevo diálogo”.",
        "Su objetivo, dijo, fue la «pequeña luz de esperanza» de que el régimen acordara.",
    ]
    speakers = {speaker for _, speaker in quote_pairs(body, "es")}
    assert speakers == {"John Kennedy Rodríguez"}


def test_an_inverted_cue_sentence_keeps_an_english_clause_subject() -> None:
    # Only where the subject may follow the verb is a lone phrase before ", verb" no subject.
    body = ["The group, called Energy Control, has been running “harm reduction” programs."]
    assert [s for _, s in quote_pairs(body, "en")] == ["The group"]


@pytest.mark.parametrize(
    ("body", "speakers"),
    [
        pytest.param(
            [
                "The tweet from the magazine reads, “Show interrupted.” Emery retweeted the story,"
                " saying, “Are there calm supporters?”"
            ],
            ["Emery", "Emery"],
            id="a-lone-name-opening-the-clause-before-the-comma",
        ),
        pytest.param(
            [
                "Earlier Saturday, Yoon apologized for his actions in a brief address, saying they"
                " “stemmed from the urgency” he felt."
            ],
            ["Yoon"],
            id="the-comma-part-nearest-the-participle-not-a-weekday",
        ),
        pytest.param(
            [
                "Over the course of that interview, Dale and Martha disputed that Mike was"
                " estranged, saying instead he was “introverted by nature.”"
            ],
            [None],
            id="two-names-joined-name-no-one-speaker",
        ),
    ],
)
def test_a_participle_takes_the_subject_of_the_clause_before_its_comma(
    body: list[str], speakers: list[str | None]
) -> None:
    """No clause ("Emery retweeted the story", "Martha disputed") is read as a speaker."""
    assert [speaker for _, speaker in quote_pairs(body, "en")] == speakers


def test_an_adverb_between_subject_and_verb_is_no_part_of_the_subject() -> None:
    body = [
        "“It is isolated,” said Fan Mengguang, a deputy director.",
        "Another reportedly said: “Next year is the year of the rat.”",
    ]
    # "Another" is someone not named: the quote is attributed, and to nobody named.
    assert quote_pairs(body, "en")[1] == ("Next year is the year of the rat.", None)
    assert find_quotes(body, lang="en")[1].verb == "said"
    body = ["Smith reportedly said: “Next year is the year of the rat.”"]
    assert only_quote(body, "en").speaker == "Smith"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        pytest.param('Netanyahu strongly warned of a "bad deal."', "Benjamin Netanyahu", id="ly"),
        pytest.param('Netanyahu himself warned of a "bad deal."', "Benjamin Netanyahu", id="self"),
        pytest.param('He instead warned of a "bad deal."', "Benjamin Netanyahu", id="instead"),
    ],
)
def test_an_adverb_or_reflexive_after_the_subject_is_dropped(sentence: str, speaker: str) -> None:
    body = ["Benjamin Netanyahu spoke in Washington.", sentence]
    assert only_quote(body, "en").speaker == speaker


def test_a_verb_chained_by_to_after_the_subject_is_no_part_of_it() -> None:
    body = ["John Smith spoke to reporters.", "“We must act now,” he wanted to say, but did not."]
    assert quote_pairs(body, "en") == [("We must act now,", "John Smith")]
    body = ["Anna Meyer came late.", "“We are ready,” Meyer tried to say."]
    assert quote_pairs(body, "en") == [("We are ready,", "Anna Meyer")]


def test_a_comma_part_with_its_own_article_is_the_whole_subject() -> None:
    # "a bit higher than gas, the economist replies": not one noun phrase over the comma.
    body = [
        "The council's economist Jeremiah Mbelu says the poles were bought last year.",
        "Asked why the council spent so much, a bit higher than gas and hydropower, the economist"
        " replies, “Yes, it is expensive to install.”",
    ]
    assert quote_pairs(body, "en") == [("Yes, it is expensive to install.", "Jeremiah Mbelu")]


def test_a_participle_clause_with_a_verb_names_no_speaker_after_it() -> None:
    # "saying rapid adoption would be": a clause, not a one-word noun phrase ending at "would".
    body = [
        "Dr Nigel Sleigh-Johnson, head of financial reporting at the ICAEW, is unconvinced.",
        "He warned gradual change could “result in a rather incoherent framework”, saying rapid"
        " adoption would be “easier for everyone”.",
    ]
    assert [s for _, s in quote_pairs(body, "en")] == ["Nigel Sleigh-Johnson"] * 2


def test_an_indefinite_apposition_leaves_the_noun_phrase_before_it_the_subject() -> None:
    body = [
        "A March 2019 study by the Centre for Economic Policy Research, a London-based think"
        " tank, concluded that “the full incidence of the tariff falls on domestic consumers.”"
    ]
    assert [s for _, s in quote_pairs(body, "en")] == ["A March 2019 study"]


def test_a_name_after_a_speech_verb_set_off_by_a_comma_is_the_events_subject() -> None:
    body = [
        "Additionally, the vitamin can upset your stomach, cautions Kostro Miller.",
        "“If you have GERD, take it with food.”",
    ]
    assert [s for _, s in quote_pairs(body, "en")] == ["Kostro Miller"]


def test_a_pronoun_opening_the_subject_phrase_is_the_subject() -> None:
    body = [
        "Mariam Malibiche runs a guest house near the bus stand.",
        "She walks home late at night because the street is lit, insisting that “the light"
        " keeps the robbers away.”",
    ]
    assert quote_pairs(body, "en") == [("the light keeps the robbers away.", "Mariam Malibiche")]
