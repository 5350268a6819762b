"""Pronoun subjects: the pronoun right before a verb, and the subject after an opening phrase."""

from __future__ import annotations

from newsparse.extract.quotes import find_quotes


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
