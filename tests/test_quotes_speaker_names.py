"""Where a speaker's name starts and ends: name particles and initials stay inside it;
articles, sentence-opening words, first-person pronouns, places, time words, lower-case words,
the person spoken to and a dateline's agency stay out of it."""

from __future__ import annotations

import pytest

from newsparse.extract.quotes import find_quotes
from newsparse.extract.quotes.context import _make_ctx
from newsparse.extract.quotes.cues import _cue_tables
from newsparse.extract.quotes.names import _phrase
from tests.quote_checks import only_quote, quote_pairs


def test_a_name_particle_inside_a_name_still_joins_it() -> None:
    quote = only_quote(["„Wir handeln jetzt“, sagte Ursula von der Leyen am Montag."], "de")
    assert quote.speaker == "Ursula von der Leyen"


def test_a_particle_run_after_a_known_full_name_is_its_affiliation() -> None:
    body = [
        "Das bezweifelt Arbeitswissenschaftler Thomas Langhoff.",
        "„Das löst das Problem nicht“, sagte Thomas Langhoff von der Hochschule Niederrhein.",
    ]
    quote = only_quote(body, "de")
    assert quote.speaker == "Thomas Langhoff"
    assert quote.speaker_role == "von der Hochschule Niederrhein"


def test_a_genitive_article_alone_is_no_name_particle() -> None:
    quote = only_quote(["Anna Schmidt, Sprecherin der Stadt, sagte: „Wir prüfen den Plan.“"], "de")
    assert (quote.speaker, quote.speaker_role) == ("Anna Schmidt", "Sprecherin der Stadt")


def test_an_article_after_a_name_keeps_the_name() -> None:
    quote = only_quote(["“We adjusted the plan,” said Robin Biesbroek of the CDF."], "en")
    assert quote.speaker == "Robin Biesbroek of the CDF"


def test_a_capitalised_article_opens_a_noun_phrase_not_a_name() -> None:
    body = [
        "Ricardo Canese, Experte für den Energiesektor, sagte, dass die Regierung irre.",
        "Der Analyst erklärte, dass die Käufe mit dem Geld finanziert werden.",
        "„Die Regierung ignoriert den Vertrag“, sagte er.",
    ]
    assert only_quote(body, "de").speaker == "Ricardo Canese"


def test_an_article_before_one_capitalised_noun_makes_no_name() -> None:
    body = [
        "Viele Zuschauer haben schöne Erinnerungen, wie eine Dame vor dem Stück berichtet.",
        "„Dort war eine schöne Gaststätte.“",
        "Gespielt wird der Kellner von Richard Gonlag. „Orangen gab es immer“, erklärt er.",
    ]
    quotes = find_quotes(body, lang="de")
    assert "Dame" not in {q.speaker for q in quotes}


def test_an_article_before_a_german_noun_is_no_surname_of_the_article() -> None:
    body = [
        "Tobias Trommer trägt ein T-Shirt. Vor der Alt-Stralauer Straße beginnt er zu erzählen.",
        "„Hier wäre eine Autobahn“, sagt Trommer und zeigt auf den Damm. Eine Straße am alten"
        " Haus. „Das wäre ein trostloses Zeugnis des Städtebaus“, fügte er hinzu.",
    ]
    assert [q.speaker for q in find_quotes(body, lang="de")] == ["Tobias Trommer"] * 2


def test_a_german_preposition_opening_a_sentence_is_no_name() -> None:
    body = [
        "Gegen Ende des Jahres hatte ich Momente der Reflexion. ‚Vielleicht hat es so kommen"
        " sollen?‘ Ich weiß es nicht."
    ]
    assert [q.speaker for q in find_quotes(body, lang="de")] == [None]
    body = ["„Ihm haftet etwas Häusliches an“, sagt Udo Wachtveitl über Miroslav Nemec."]
    quote = only_quote(body, "de")
    assert (quote.speaker, quote.speaker_role) == ("Udo Wachtveitl", None)


def test_two_capitals_before_a_surname_are_initials_not_a_title() -> None:
    body = [
        "Le colistier de Donald Trump, JD Vance, a tenu à se présenter hier à l'Amérique."
        " « J'avais un ange gardien à mes côtés », a-t-il raconté."
    ]
    assert only_quote(body, "fr").speaker == "JD Vance"
    quote = only_quote(["“We are ready,” said US Senator Ted Cruz."], "en")
    assert (quote.speaker, quote.speaker_role) == ("Ted Cruz", "US Senator")


@pytest.mark.parametrize(
    ("lang", "body", "speaker"),
    [
        pytest.param(
            "en",
            [
                "“We exported a financial crisis a decade ago,” said William G. Gale, a senior"
                " fellow.",
            ],
            "William G. Gale",
            id="an-initial-does-not-end-the-name-after-a-verb",
        ),
        pytest.param(
            "en",
            ["“Justice has been served in this case,” said U.S. Attorney Nealy Cox."],
            "U.S. Attorney Nealy Cox",
            id="dotted-letters-do-not-end-a-sentence",
        ),
        pytest.param(
            "it",
            [
                "Al loro fianco c'era il senatore della Florida Marco Rubio, nominato segretario.",
                "Rubio, dando il benvenuto alla premier, l'ha poi definita: «Un'ottima alleata».",
            ],
            "Marco Rubio",
            id="a-romance-role-link-keeps-the-place-out-of-the-full-name",
        ),
    ],
)
def test_a_full_name_keeps_its_initials_and_no_place(
    lang: str, body: list[str], speaker: str | None
) -> None:
    """Initials and dotted letters stay inside a name; a place after a role link stays out."""
    assert only_quote(body, lang).speaker == speaker


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


@pytest.mark.parametrize(
    ("lang", "body", "pairs"),
    [
        pytest.param(
            "en",
            ["“We posted it on my story,” said Will Tjernlund, a consultant."],
            [("We posted it on my story,", "Will Tjernlund")],
            id="a-capitalised-stop-word-still-opens-a-name-after-the-verb",
        ),
        pytest.param(
            "fr",
            ["«Il faut intégrer la durée, et vite», dit Manuel Valls après son discours."],
            [("Il faut intégrer la durée, et vite", "Manuel Valls")],
            id="a-time-word-after-the-name-ends-the-speaker",
        ),
        pytest.param(
            "de",
            ["„Das ist falsch“, sagte der Sprecher vor dem Landgericht Berlin Mitte."],
            [("Das ist falsch", "der Sprecher")],
            id="a-place-after-the-title-is-no-name",
        ),
    ],
)
def test_where_a_name_after_the_verb_starts_and_ends(
    lang: str, body: list[str], pairs: list[tuple[str, str | None]]
) -> None:
    """A capitalised stop word may open a name after the verb; a time word or a place ends it."""
    assert quote_pairs(body, lang) == pairs


def test_a_sentence_opening_word_before_a_first_name_is_no_part_of_her_name() -> None:
    body = [
        "Liat Atzili wurde am siebten Oktober entführt.",
        "Von Liat fehlte jedes Lebenszeichen. Obwohl Liat und die andere Frau aus demselben"
        " Kibbuz stammten, kannten sie einander nicht.",
        "„Ich weiß es nicht“, sagt Liat.",
        "Liat weiß nicht, was aus ihren Entführern geworden ist.",
        "„Manchmal will ich es wissen“, sagt sie.",
    ]
    assert {speaker for _, speaker in quote_pairs(body, "de")} == {"Liat Atzili"}


def test_the_person_spoken_to_ends_the_speaker_in_spanish() -> None:
    body = [
        "Según informó la DGSA a la diaria, se constató “la aplicación donde el productor"
        " no respetó la distancia de los 300 metros”, ya que se trataba de una fumigación."
    ]
    assert [s for _, s in quote_pairs(body, "es")] == ["la DGSA"]


def test_a_dateline_agency_is_no_part_of_a_name() -> None:
    body = [
        "Bruselas, 7 oct (EFE).- El alto representante de la UE, Josep Borrell, consideró"
        " este miércoles que el rechazo «solo empeorará la situación» en el país.",
        "El jefe de la diplomacia comunitaria consideró que «la UE no podrá ni siquiera"
        " plantearse el envío de una misión de observación electoral».",
        "«Eso requeriría no solo el respeto a los estándares democráticos», afirmó.",
    ]
    assert quote_pairs(body, "es")[-1][1] == "Josep Borrell"


def test_lower_case_words_after_the_name_end_it() -> None:
    assert quote_pairs(["„Ich habe Angst“, sagt Liat dann leise."], "de") == [
        ("Ich habe Angst", "Liat")
    ]
    assert quote_pairs(['"I was afraid," said Liat quietly.'], "en") == [("I was afraid,", "Liat")]
    # A name particle inside the name stays.
    assert quote_pairs(["„Wir helfen“, sagte Ursula von der Leyen."], "de") == [
        ("Wir helfen", "Ursula von der Leyen")
    ]


def test_a_capitalised_preposition_closing_a_name_run_is_a_surname() -> None:
    body = [
        "En reunión del Consejo, Amilkar Odelín Ante, director comercial de la Cadena de Tiendas"
        " Caribe, explicó que “tal desconcentración ayudará a un mayor orden”."
    ]
    assert only_quote(body, "es").speaker == "Amilkar Odelín Ante"


def test_an_inflected_surname_is_the_articles_full_name_in_czech() -> None:
    # "Podle Nováka" (genitive of Novák) refers back to Jan Novák; the dative after the verb
    # ("řekl Novákovi") is the person spoken to, not the speaker.
    body = [
        "Ministr financí Jan Novák včera jednal s odbory.",
        "„Rozpočet je napjatý,“ řekl Novákovi předseda odborů Petr Svoboda.",
        "Podle Nováka „vláda nemá peníze na další výdaje“.",
    ]
    assert [speaker for _, speaker in quote_pairs(body, "cs")] == ["Petr Svoboda", "Jan Novák"]


def test_an_inflected_full_name_read_first_gives_way_to_the_nominative() -> None:
    body = [
        "Fanoušci čekají na přestup Declana Rice.",
        "Declan Rice po zápase odpovídal novinářům.",
        "„Musíme pokračovat,“ zdůrazňuje Rice.",
    ]
    assert quote_pairs(body, "cs") == [("Musíme pokračovat,", "Declan Rice")]


def test_a_feminine_surname_is_no_case_of_the_masculine_one() -> None:
    body = ["Jan Novák a jeho žena přišli spolu.", "„Nic nového,“ řekla Nováková."]
    assert quote_pairs(body, "cs") == [("Nic nového,", "Nováková")]


def test_a_subordinating_conjunction_opening_the_sentence_is_no_part_of_her_name() -> None:
    body = [
        "Mariam Malibiche runs a guest house near the bus stand.",
        "Though Mariam does not know who paid for the lights, she says, compared to a year ago,"
        " “It was difficult to find women in the streets.”",
    ]
    assert quote_pairs(body, "en") == [
        ("It was difficult to find women in the streets.", "Mariam Malibiche")
    ]


def test_a_capitalised_genitive_before_a_name_is_no_part_of_it_in_czech() -> None:
    body = [
        "Primátor Prahy Bohuslav Svoboda přijel do Brna.",
        "Bohuslav Svoboda se setkal s hejtmanem.",
        "„Rozpočet je napjatý,“ řekl Svoboda.",
    ]
    assert quote_pairs(body, "cs") == [("Rozpočet je napjatý,", "Bohuslav Svoboda")]


def test_an_adjective_before_a_known_full_name_is_no_part_of_it_in_czech() -> None:
    body = [
        "Tomáš Souček hraje za West Ham.",
        "„Pořád toho odvádí strašnou spoustu,“ píše Spokojený Tomáš Souček.",
    ]
    assert quote_pairs(body, "cs") == [("Pořád toho odvádí strašnou spoustu,", "Tomáš Souček")]


def test_adverbs_after_a_noun_phrase_speaker_are_no_part_of_it_in_icelandic() -> None:
    body = ["„Þetta eru ekki almennir vottar,“ segir votturinn fyrrverandi enn fremur."]
    assert quote_pairs(body, "is") == [("Þetta eru ekki almennir vottar,", "votturinn fyrrverandi")]


def test_a_common_word_after_an_opening_article_stays_in_the_name() -> None:
    # "new" is written in lower case in the article; only a sentence's first word is dropped
    # for that, not the word after its article.
    body = [
        "The new plan is here.",
        "It marks “the latest example of a regional power,” The New York Times says."
        " Erdogan “has long held ambition,” the Times continues.",
    ]
    quotes = find_quotes(body, lang="en")
    assert [(q.speaker, q.speaker_role) for q in quotes] == [
        ("New York Times", None),
        ("New York Times", None),
    ]


def test_a_leading_article_is_no_link_before_a_role_object() -> None:
    # "Secretary of State Mike Pompeo" has its link after a word; an article opening the
    # phrase is none, so nothing of "Swedish Prosecution Authority" becomes a role.
    quote = only_quote(["“We close the case,” the Swedish Prosecution Authority said."], "en")
    assert (quote.speaker, quote.speaker_role) == ("Swedish Prosecution Authority", None)
