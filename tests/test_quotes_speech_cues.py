"""Speech cues: the verbs, prepositions and own-view phrases that attribute a quote, per
language (German separable verbs with their particle, Romance tenses), and what is no cue:
a capitalised cue word inside a name, a banner's words, a verb missing its particle."""

from __future__ import annotations

import pytest

from newsparse.extract.quotes import find_quotes
from newsparse.extract.quotes.cues import _cue_tables, _in_name
from tests.quote_checks import only_quote, quote_pairs


def test_capitalised_words_after_a_speech_verb_and_comma_are_said() -> None:
    quote = only_quote(
        ["While some Indiana protesters chanted, “Red for Ed,” in a hallway, lawmakers met."],
        "en",
    )
    assert quote.text == "Red for Ed,"
    assert quote.speaker == "some Indiana protesters"


def test_capitalised_words_after_a_verb_without_comma_stay_a_name() -> None:
    assert find_quotes(["The campaign is called “Red for Ed” in Indiana."], lang="en") == ()


@pytest.mark.parametrize(
    ("lang", "body", "speaker"),
    [
        pytest.param(
            "en",
            ["The agency warns that “all hazards will be possible, including tornadoes.”"],
            "The agency",
            id="a-quote-after-that-is-still-said",
        ),
        pytest.param(
            "en",
            ["The mayor said under the banners: “We will not give up.”"],
            "The mayor",
            id="a-banner-named-by-a-speaker-who-reads-it-out-is-still-said",
        ),
    ],
)
def test_words_a_speaker_says_are_said(lang: str, body: list[str], speaker: str | None) -> None:
    """A quote after "that", or a banner's words a speaker reads out, is said."""
    assert only_quote(body, lang).speaker == speaker


def test_words_on_a_banner_are_not_said() -> None:
    assert (
        find_quotes(
            ["A Roma spunta lo striscione shock: «Laziale ebreo»: il messaggio."], lang="it"
        )
        == ()
    )
    body = [
        "Un'immagine che ricorda gli adesivi di Anna Frank e lo striscione esposto in curva Nord"
        ' nel 2001: "Auschwitz la vostra patria, i forni le vostre case", per citarne uno.'
    ]
    assert find_quotes(body, lang="it") == ()


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


def test_a_german_separable_verb_after_the_quote_attributes_it() -> None:
    quote = only_quote(["„Wir handeln jetzt“, gab Anna Müller an."], "de")
    assert (quote.speaker, quote.verb) == ("Anna Müller", "gab")
    quote = only_quote(["„Wir handeln jetzt“, kündigte Bürgermeisterin Anna Müller an."], "de")
    assert (quote.speaker, quote.speaker_role) == ("Anna Müller", "Bürgermeisterin")


def test_a_german_separable_verb_before_a_partial_quote_attributes_it() -> None:
    quote = only_quote(["Dabei wies Anna Müller darauf hin, dass „die Lage ernst“ sei."], "de")
    assert (quote.speaker, quote.verb) == ("Anna Müller", "wies")


def test_a_separable_verb_without_its_particle_at_the_clause_end_is_no_cue() -> None:
    assert find_quotes(["Es gab „große Bedenken“ an der Schule."], lang="de") == ()
    assert find_quotes(["Es gab „große Bedenken“ in der Schule."], lang="de") == ()


def test_unterstreicht_is_a_german_speech_verb() -> None:
    quote = only_quote(
        ["„Clubs sollen Verantwortung übernehmen“, unterstreicht Tobias Trommer."], "de"
    )
    assert (quote.speaker, quote.verb) == ("Tobias Trommer", "unterstreicht")


def test_haelt_fest_is_a_separable_speech_verb() -> None:
    body = ["Der Staatsschutz in Wien hält fest: „Die Inhalte finden auch hier Anklang.“"]
    assert only_quote(body, "de").verb == "hält"


def test_spanish_imperfect_speech_verbs_and_adverbs() -> None:
    body = [
        "“Se espera que se discutan los esfuerzos internacionales”, explicaba el ministerio de"
        " Exteriores de Egipto en una nota."
    ]
    assert only_quote(body, "es").verb == "explicaba"
    body = [
        "El portavoz militar de los insurgentes, Yahya Sarea, señaló que el movimiento efectuó"
        " “una operación militar de alta calidad” contra el aeropuerto.",
        "Asimismo, indicó que los hutíes continúan con “la prohibición del tráfico aéreo” allí.",
    ]
    assert [q.speaker for q in find_quotes(body, lang="es")] == ["Yahya Sarea"] * 2


def test_more_french_speech_verbs() -> None:
    body = ["« Le redressement se produit plus tard », prévient le PDG, Pekka Lundmark."]
    assert only_quote(body, "fr").speaker == "Pekka Lundmark"
    body = ["« Trente drones ont été détruits », rapporte le ministère russe de la Défense."]
    assert only_quote(body, "fr").speaker == "le ministère russe de la Défense"


@pytest.mark.parametrize(
    ("lang", "body", "pairs"),
    [
        pytest.param(
            "es",
            [
                "Albares dejó claro que España “no tiene que dar lecciones” a ningún otro país.",
                "Paulo Rangel describió la situación de Gaza como una crisis “muy grave” y de"
                " “catástrofe total”.",
                "Albares reafirmó que la solución es “la única alternativa” para la paz.",
            ],
            [
                ("no tiene que dar lecciones", "Albares"),
                ("muy grave", "Paulo Rangel"),
                ("catástrofe total", "Paulo Rangel"),
                ("la única alternativa", "Albares"),
            ],
            id="more-spanish-speech-verbs-attribute-partial-quotes",
        ),
        pytest.param(
            "fr",
            [
                "La part des établissements surendettés « repart légèrement à la hausse » sanitaire"
                " (41,5 % en 2019), note aussi la Drees.",
                "« J'avais un ange gardien à mes côtés », a raconté JD Vance. Et d'ajouter qu'après"
                " son décès, « nous avons trié toutes ses affaires ».",
            ],
            [
                ("repart légèrement à la hausse", "la Drees"),
                ("J'avais un ange gardien à mes côtés", "JD Vance"),
                ("nous avons trié toutes ses affaires", "JD Vance"),
            ],
            id="french-note-and-historical-infinitive-attribute-quotes",
        ),
        pytest.param(
            "fr",
            [
                "La Chine a annoncé la fin d'exercices militaires avec la Russie, qui ont permis de"
                " renforcer la « confiance mutuelle »."
            ],
            [("confiance mutuelle", "La Chine")],
            id="a-french-announcement-attributes-a-partial-quote",
        ),
        pytest.param(
            "es",
            [
                "Es larga la lista, encabezada por “el rumor de que se quiere achicar el área”,"
                " según contó la integrante de Coendu."
            ],
            [("el rumor de que se quiere achicar el área", "la integrante de Coendu")],
            id="a-verb-after-segun-is-no-part-of-the-speaker",
        ),
        pytest.param(
            "es",
            [
                "Laura Magallanes es vecina de la zona. Según entiende, “no hay perspectiva de que"
                " vaya a haber un plan de manejo”."
            ],
            [("no hay perspectiva de que vaya a haber un plan de manejo", "Laura Magallanes")],
            id="a-verb-after-a-sentence-opening-preposition-cue-has-no-written-subject",
        ),
        pytest.param(
            "es",
            ["Laura Magallanes es vecina. “El problema es grave y muy serio”, según entiende."],
            [("El problema es grave y muy serio", "Laura Magallanes")],
            id="a-lone-verb-after-a-closing-preposition-cue-is-no-speaker",
        ),
    ],
)
def test_a_speech_cue_attributes_its_quotes(
    lang: str, body: list[str], pairs: list[tuple[str, str | None]]
) -> None:
    """Each case a cue (a verb, an announcement, a preposition such as "según") and the quotes it
    attributes, with their speaker."""
    assert quote_pairs(body, lang) == pairs


def test_more_speech_verbs_in_french_spanish_and_portuguese() -> None:
    assert quote_pairs(
        ["«Il faut intégrer la durée. Nous sommes là pour un quinquennat», plaide Manuel Valls."],
        "fr",
    ) == [("Il faut intégrer la durée. Nous sommes là pour un quinquennat", "Manuel Valls")]
    assert quote_pairs(
        ['"Em 2012 eu errei. Não me posicionei politicamente", falou Tite ao programa.'], "pt"
    ) == [("Em 2012 eu errei. Não me posicionei politicamente", "Tite")]
    assert quote_pairs(
        ["Josep Borrell consideró que el rechazo «solo empeorará la situación» en el país."], "es"
    ) == [("solo empeorará la situación", "Josep Borrell")]


def test_an_own_view_cue_gives_the_last_speaker() -> None:
    body = [
        "Sophie Binet a rencontré le président.",
        "A ses yeux, « on peut parler de rupture, avec de possibles conséquences ».",
    ]
    quote = only_quote(body, "fr")
    assert (quote.speaker, quote.verb) == ("Sophie Binet", "A ses yeux")


def test_naar_eigen_zeggen_is_an_own_view_cue() -> None:
    body = [
        "Annelies Verlinden werd minister.",
        "De beslissing nam ze naar eigen zeggen “in vijf minuten”.",
    ]
    quote = only_quote(body, "nl")
    assert (quote.speaker, quote.verb) == ("Annelies Verlinden", "naar eigen zeggen")


@pytest.mark.parametrize("verb", ["replies", "reveals", "stresses", "emphasizes", "points out"])
def test_english_present_tense_speech_verbs_attribute(verb: str) -> None:
    body = ["Jeremiah Mbelu works in the planning office.", f"“Each pole cost 4m,” {verb} Mbelu."]
    assert quote_pairs(body, "en") == [("Each pole cost 4m,", "Jeremiah Mbelu")]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("sv", "Enligt åklagaren kan det ”bli ett långt och svårt mål för alla”.", "åklagaren"),
        ("da", "Ifølge anklageren kan det ”blive en lang og svær sag for alle”.", "anklageren"),
    ],
)
def test_a_cue_noun_phrase_ends_at_the_verb_of_its_clause(
    lang: str, text: str, speaker: str
) -> None:
    assert [s for _, s in quote_pairs([text], lang)] == [speaker]


def test_a_title_quoted_between_the_verb_and_the_quote_counts_as_one_word() -> None:
    body = [
        "As cities grow, researcher Dr Kalpana Viswanath writes in an article published on the"
        " UN Habitat website titled ‘Creating Engagement in Public Spaces for Safer Cities for"
        " Women’ that “Women face the fear of sexual violence as a constant threat.”"
    ]
    assert quote_pairs(body, "en") == [
        ("Women face the fear of sexual violence as a constant threat.", "Kalpana Viswanath")
    ]
