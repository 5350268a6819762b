"""Noun phrases that refer back to a named speaker: a definite role, organisation or age noun
takes the name of its kind (or the body name it ends); an indefinite one, or a noun written
inside a longer name, keeps its own phrase."""

from __future__ import annotations

import pytest

from newsparse.extract.quotes import find_quotes
from tests.quote_checks import only_quote


@pytest.mark.parametrize(
    ("lang", "body", "speaker"),
    [
        pytest.param(
            "it",
            [
                "La premier italiana Giorgia Meloni è partita per la Florida.",
                "«Una bella serata, pronti a lavorare insieme», ha twittato poi la premier.",
            ],
            "Giorgia Meloni",
            id="a-definite-role-phrase-refers-back-to-the-name-given-that-role",
        ),
        pytest.param(
            "de",
            [
                "Der Schriftsteller Alfredo Bryce Echenique würdigte seinen Landsmann.",
                "„Niemand hat uns so vertreten wie Mario“, sagte der 86-Jährige dem Sender RPP.",
            ],
            "Alfredo Bryce Echenique",
            id="an-age-noun-after-a-definite-article-refers-back",
        ),
        pytest.param(
            "en",
            [
                "Nonetheless, the Storm Prediction Center has outlined a risk of severe weather.",
                "“The greatest threat is anticipated across the southern Plains,” wrote the"
                " center.",
            ],
            "Storm Prediction Center",
            id="a-definite-noun-takes-the-body-name-it-ends",
        ),
        pytest.param(
            "en",
            [
                "The boat was dented, the Philippine Bureau of Fisheries and Aquatic Resources"
                " said.",
                "The crew “tried to block the path of the boat,” the bureau said.",
            ],
            "the bureau",
            id="a-definite-noun-keeps-its-phrase-when-the-body-name-goes-on",
        ),
        pytest.param(
            "de",
            [
                "Die Volkswagen AG hat neue Zahlen vorgelegt.",
                "„Wir sind zufrieden“, sagte der Konzern.",
            ],
            "Volkswagen AG",
            id="an-organisation-noun-in-german-takes-a-compound-name",
        ),
        pytest.param(
            "en",
            [
                "The Ministry of Health published figures.",
                "“Cases are falling,” the ministry added.",
            ],
            "the ministry",
            id="an-organisation-noun-written-in-the-name-keeps-its-phrase",
        ),
    ],
)
def test_a_noun_phrase_refers_back_to_a_named_speaker(
    lang: str, body: list[str], speaker: str | None
) -> None:
    """A definite role, age or organisation noun takes the name of its kind (or the body name it
    ends); a noun written inside a longer name keeps its own phrase."""
    assert only_quote(body, lang).speaker == speaker


def test_an_indefinite_role_phrase_or_a_verb_after_the_noun_names_nobody_known() -> None:
    body = [
        "At a press conference, a reporter asked Raquel Montoya-Lewis about the courts.",
        "“What do you see as the biggest problem?” a reporter asked.",
        "“What do you see as the next step?” the reporter asked.",
    ]
    assert [q.speaker for q in find_quotes(body, lang="en")] == ["a reporter", "the reporter"]


def test_an_organisation_noun_takes_the_last_name_of_its_kind() -> None:
    body = [
        "All three cities are in a Level 3 risk drawn up by the National Weather Service’s"
        " Storm Prediction Center. The agency warns that “all hazards will be possible.”"
    ]
    assert only_quote(body, "en").speaker == "Storm Prediction Center"
    body = [
        "Shares of Apple Inc. fell after the Securities and Exchange Commission opened a probe.",
        "“We are cooperating,” the company said.",
    ]
    assert only_quote(body, "en").speaker == "Apple Inc."


# A definite role phrase written as a quote's own attribution refers back to the person who
# spoke last.


def test_a_spanish_epithet_takes_the_last_speaker_named() -> None:
    paragraphs = [
        "José Manuel Albares dijo que “la solución es de dos Estados para todos”.",
        "El jefe de la diplomacia española recalcó que Hamás es “una organización terrorista”.",
    ]
    assert [q.speaker for q in find_quotes(paragraphs, lang="es")] == ["José Manuel Albares"] * 2


def test_a_french_role_phrase_after_its_verb_takes_the_last_speaker_named() -> None:
    paragraphs = [
        "« Nous voulons un nouveau départ avec l'Europe », a déclaré Keir Starmer.",
        "« Nous travaillerons ensemble », écrit le chef du gouvernement travailliste.",
    ]
    assert [q.speaker for q in find_quotes(paragraphs, lang="fr")] == ["Keir Starmer"] * 2


@pytest.mark.parametrize(
    ("lang", "paragraphs"),
    [
        (
            "en",
            [
                "“We will reopen the plant in May,” said Jane Doe.",
                "“Nobody will lose a job,” the spokeswoman for the workers added.",
            ],
        ),
        (
            "de",
            [
                "„Wir öffnen das Werk im Mai“, sagte Jan Schmidt.",
                "„Niemand verliert seine Stelle“, sagte der Vorsitzende des Betriebsrats.",
            ],
        ),
        (
            "nl",
            [
                "„We openen de fabriek in mei”, zei Anna Bakker.",
                "„Niemand verliest zijn baan”, zei de woordvoerster van de bond.",
            ],
        ),
    ],
)
def test_a_role_noun_with_its_article_takes_the_last_speaker_named(
    lang: str, paragraphs: list[str]
) -> None:
    speakers = [q.speaker for q in find_quotes(paragraphs, lang=lang)]
    assert speakers[-1] == speakers[0]
    assert speakers[0] in {"Jane Doe", "Jan Schmidt", "Anna Bakker"}


def test_a_phrase_without_a_role_noun_stays_as_written() -> None:
    paragraphs = [
        "José Manuel Albares dijo que “la solución es de dos Estados para todos”.",
        "“No habrá ningún alto el fuego esta semana”, dijo la fuente.",
    ]
    assert find_quotes(paragraphs, lang="es")[-1].speaker == "la fuente"


def test_a_role_phrase_inherited_by_a_quote_standing_alone_is_not_resolved() -> None:
    # Only the phrase written as the quote's own attribution refers back.
    paragraphs = [
        "“We will keep talking,” said Jane Doe.",
        "The president also admitted that some governments needed to improve their records.",
        "“They are not ideal institutions, but engagement works best.”",
    ]
    assert find_quotes(paragraphs, lang="en")[-1].speaker != "Jane Doe"


def test_a_person_epithet_takes_the_person_named_last_as_a_subject() -> None:
    # "the woman" is the woman the writer just introduced, not the one who spoke last; a name
    # after a preposition ("around Lindi Bus Terminal") is a place.
    body = [
        "“The lights changed everything,” says Mariam Malibiche.",
        "Saphina Ndali is a mother of two. She started her grocery business around Lindi Bus"
        " Terminal.",
        "“Government has restrictive laws,” says the woman who is in her late 20s.",
        "According to Amina Salum, 34, trade grew. “Nothing can harm us in the light,” says the"
        " mother of four who vends food near Lindi Bus Terminal.",
    ]
    assert [q.speaker for q in find_quotes(body, lang="en")] == [
        "Mariam Malibiche",
        "Saphina Ndali",
        "Amina Salum",
    ]


def test_a_person_epithet_is_not_the_speaker_who_spoke_last() -> None:
    # A writer goes on about a speaker by name: "the man" is someone else, left as written.
    body = [
        "“Most people don’t get this,” Owen Dempsey said. He told the man to remove the bedding.",
        "“It doesn’t affect me at all now,” the man wrote.",
    ]
    assert [q.speaker for q in find_quotes(body, lang="en")] == ["Owen Dempsey", "the man"]
