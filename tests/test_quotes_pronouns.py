"""Pronoun speakers: a pronoun refers back to the nearest mention of its gender (titles, role
nouns and own-view cues give a mention its gender), a pronoun's speech event gives the next
standalone quote its speaker, which names a pronoun never refers to, and which word is a
pronoun's subject (the pronoun right before a verb; a name after a short opening phrase)."""

from __future__ import annotations

import pytest

from newsparse.extract.quotes import find_quotes
from tests.quote_checks import only_quote


@pytest.mark.parametrize(
    ("lang", "body", "speaker"),
    [
        pytest.param(
            "de",
            [
                "Bürgermeister Hans Weber eröffnete die Sitzung.",
                "Ministerin Anna Schmidt sagte, die Stadt prüfe den Plan.",
                "„Wir bauen die Brücke neu“, sagte er.",
            ],
            "Hans Weber",
            id="er-never-refers-back-to-a-woman",
        ),
        pytest.param(
            "de",
            [
                "Frau Anna Schmidt eröffnete die Sitzung.",
                "Herr Hans Weber sagte, die Stadt prüfe den Plan.",
                "„Wir bauen die Brücke neu“, sagte sie.",
            ],
            "Anna Schmidt",
            id="sie-never-refers-back-to-a-man",
        ),
        pytest.param(
            "en",
            [
                "Ms. Jane Doe chaired the meeting.",
                "Mr. John Smith said the city would review the plan.",
                "“We will rebuild the bridge,” she said.",
            ],
            "Jane Doe",
            id="she-never-refers-back-to-a-man",
        ),
        pytest.param(
            "de",
            [
                "Hans Weber eröffnete die Sitzung.",
                "Anna Schmidt sagte, die Stadt prüfe den Plan.",
                "„Wir bauen die Brücke neu“, sagte er.",
            ],
            "Anna Schmidt",
            id="a-pronoun-without-gender-cues-takes-the-nearest-speaker",
        ),
        pytest.param(
            "de",
            [
                "Hans Weber eröffnete die Sitzung.",
                "Anna Schmidt, Sprecherin der Stadt, sagte, man prüfe den Plan.",
                "„Wir bauen die Brücke neu“, sagte er.",
            ],
            "Hans Weber",
            id="a-feminine-role-noun-in-an-apposition-gives-the-gender",
        ),
        pytest.param(
            "en",
            [
                "Jane Doe met Mr. John Smith on Monday.",
                "Mr. John Smith said the talks went well.",
                "The deal, in her view, “is a good first step.”",
            ],
            "Jane Doe",
            id="an-own-view-cue-keeps-its-gender",
        ),
        pytest.param(
            "nl",
            [
                "Meneer Jan de Vries sprak met Anna Bakker.",
                "„Het ging goed”, zei ze.",
            ],
            "Anna Bakker",
            id="dutch-ze-after-a-singular-verb-skips-a-man",
        ),
        pytest.param(
            "nl",
            [
                "Minister Jan de Vries sprak met mevrouw Anna Bakker.",
                "„Het ging goed”, zei ze.",
            ],
            "Anna Bakker",
            id="a-lower-case-title-gives-a-mention-its-gender",
        ),
        pytest.param(
            "en",
            ["Mr. Smith met Mrs. Jones on Monday.", "“It went well,” she said."],
            "Jones",
            id="a-titled-surname-is-a-pronoun-referent",
        ),
    ],
)
def test_a_pronoun_refers_back_to_the_nearest_mention_of_its_gender(
    lang: str, body: list[str], speaker: str | None
) -> None:
    """A pronoun takes the nearest mention its gender fits: titles (lower-case ones too), role
    nouns and own-view cues tell a mention's gender; with no gender cue, the nearest speaker."""
    assert only_quote(body, lang).speaker == speaker


def test_il_never_refers_back_to_a_woman() -> None:
    body = [
        "M. Pierre Martin a ouvert la séance.",
        "Mme Sophie Binet a dit que la ville examinerait le projet.",
        "« Nous reconstruirons le pont », a-t-il dit.",
    ]
    assert only_quote(body, "fr").speaker == "Pierre Martin"


@pytest.mark.parametrize(
    ("lang", "body", "speaker"),
    [
        pytest.param(
            "en",
            [
                "Jamil Al Saadouni, 58, told reporters that the choice was an internal decision.",
                "He lamented that civilians were not consulted on the best replacement.",
                '"This has nothing to do with other factions or the Palestinian people."',
            ],
            "Jamil Al Saadouni",
            id="a-pronoun-speech-event-gives-the-next-standalone-quote-its-speaker",
        ),
        pytest.param(
            "en",
            [
                "It is a great idea for Jensen Huang, who gets to sell chips to governments.",
                "At the World Governments Summit in Dubai, he reminded an audience of leaders.",
                "He then told these leaders what he would do if he led a nation:"
                " “The first thing that I would do is codify the language of your culture.”",
            ],
            "Jensen Huang",
            id="a-name-after-the-definite-article-is-no-pronoun-referent",
        ),
        pytest.param(
            "en",
            [
                "The story appeared last month and has been praised by such peers as the poet"
                " Brenda"
                " Shaughnessy, who tweeted, “I can hardly believe it’s real, it’s so right.”",
            ],
            "Brenda Shaughnessy",
            id="a-relative-pronoun-before-the-verb-refers-to-the-name-before-it",
        ),
        pytest.param(
            "fr",
            [
                "Mme Sophie Binet a rencontré le président.",
                "Elle est « arrivée avec son ordre du jour », d’après le récit qu’elle livre au"
                " Monde.",
            ],
            "Sophie Binet",
            id="a-pronoun-in-a-relative-clause-after-a-prep-cue-speaks",
        ),
    ],
)
def test_a_pronoun_speaks_for_the_name_it_refers_to(
    lang: str, body: list[str], speaker: str | None
) -> None:
    """A pronoun's speech event, a relative pronoun or a pronoun after a cue speaks for the name it
    refers back to; a name after "the" is none."""
    assert only_quote(body, lang).speaker == speaker


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


def test_a_pronoun_before_the_verb_is_its_subject_not_the_name_before_the_comma() -> None:
    # "c’est François Fillon, dont il ne cite pas le nom quand il dénonce": "il" is the
    # speaker (Ayrault), not Fillon, whom the clause is about.
    paragraphs = [
        "« Nous allons gagner », a dit Jean-Marc Ayrault.",
        "Son adversaire est tout trouvé, c’est François Fillon, dont il ne cite pas le nom "
        "quand il dénonce « l’aveu accablant de son prédécesseur ».",
    ]
    assert [q.speaker for q in find_quotes(paragraphs, lang="fr")] == ["Jean-Marc Ayrault"] * 2


def test_the_subject_after_a_short_opening_phrase_is_a_referent() -> None:
    # "En chef de la majorité, Ayrault livre bataille": "il" then refers to Ayrault, not to
    # the speaker quoted before.
    paragraphs = [
        "Jean-Marc Ayrault parle aux militants.",
        "« Il faut intégrer ce que les socialistes n’intègrent pas », plaide Manuel Valls.",
        "En chef de la majorité, Ayrault livre bataille. Puis il dénonce « un plan avoué ».",
    ]
    assert find_quotes(paragraphs, lang="fr")[-1].speaker == "Jean-Marc Ayrault"


def test_a_lower_case_clause_after_the_comma_opens_no_name() -> None:
    # "He decided to return to St. Louis, the city where he and Dorsey are from": no subject.
    paragraphs = [
        "Jim McKelvey founded Square with Jack Dorsey.",
        "“I have been totally replaced by people who are superior,” McKelvey says.",
        "He decided to return to St. Louis, the city where he and Dorsey are from.",
        "“The biggest challenge is the same we face nationwide,” he says.",
    ]
    assert find_quotes(paragraphs, lang="en")[-1].speaker == "Jim McKelvey"


def test_a_clause_before_a_participle_is_no_speaker() -> None:
    # "Reid's campaign hit back hard, saying": no noun phrase of five words or more.
    paragraph = (
        "Reid's campaign hit back hard against the plan, saying that her "
        "“newfound zeal for Social Security is disingenuous.”"
    )
    (quote,) = find_quotes([paragraph], lang="en")
    assert quote.speaker is None
    assert quote.verb == "saying"


def test_a_name_before_a_participle_is_its_subject() -> None:
    paragraph = "Bruce Boudreau gave a talk on Tuesday, telling them to “believe in yourselves.”"
    assert find_quotes([paragraph], lang="en")[0].speaker == "Bruce Boudreau"
