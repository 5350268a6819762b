"""Speaker roles: a title, with its object, before a name or a lone surname is the role; a role
noun keeps its named object; an apposition joins the speaker only when it is one (no clause,
adverb or modal verb bridged after a comma)."""

from __future__ import annotations

from newsparse.extract.quotes import find_quotes
from tests.quote_checks import only_quote


def test_a_title_before_a_lone_surname_is_the_role() -> None:
    quotes = find_quotes(["El ministro Albares dijo que «la situación es muy grave»."], lang="es")
    assert [(q.speaker, q.speaker_role) for q in quotes] == [("Albares", "ministro")]


def test_a_title_with_its_object_before_a_full_name_is_the_role() -> None:
    for body in (
        ["„Wir müssen handeln“, sagte die Ministerin für Umwelt Anna Müller."],
        ["Die Ministerin für Umwelt Anna Müller sagte: „Wir müssen handeln.“"],
    ):
        quotes = find_quotes(body, lang="de")
        assert [(q.speaker, q.speaker_role) for q in quotes] == [
            ("Anna Müller", "Ministerin für Umwelt")
        ]


def test_a_bare_role_noun_after_a_title_is_no_part_of_the_name() -> None:
    body = ["CDU Chef Friedrich Merz sagte: „Wir handeln jetzt.“", "„Das reicht“, sagte Merz."]
    quotes = find_quotes(body, lang="de")
    assert [(q.speaker, q.speaker_role) for q in quotes] == [
        ("Friedrich Merz", "CDU Chef"),
        ("Friedrich Merz", None),
    ]


def test_a_german_authority_keeps_its_object_after_fuer() -> None:
    body = [
        "„Die Werte sind unbedenklich“, teilte das Bundesamt für Strahlenschutz mit.",
        "„Die Werte sind gut“, sagte die Ministerin für Umwelt Anna Müller.",
    ]
    quotes = find_quotes(body, lang="de")
    # The minister's name is the speaker; her title and its object, the role (as in
    # test_a_title_with_its_object_before_a_full_name_is_the_role).
    assert [q.speaker for q in quotes] == ["das Bundesamt für Strahlenschutz", "Anna Müller"]


def test_a_role_noun_keeps_a_named_object_after_for() -> None:
    assert only_quote(["“We disagree,” said a spokesperson for Google."], "en").speaker == (
        "a spokesperson for Google"
    )
    assert only_quote(["“We disagree,” said a spokesperson on Monday."], "en").speaker == (
        "a spokesperson"
    )


def test_a_german_partner_noun_is_a_role_before_the_name() -> None:
    body = [
        "Auf der Pinnwand sind alte Aufnahmen von seiner Partnerin Kate Moss zu sehen.",
        "Als Model hat Kate Moss alles erreicht. „Ich möchte mich darauf fokussieren“, sagt sie.",
    ]
    assert only_quote(body, "de").speaker == "Kate Moss"


def test_a_comma_after_another_clause_joins_no_apposition_to_the_speaker() -> None:
    body = [
        "„Hier wäre schon eine Autobahn“, sagt Tobias Trommer und zeigt auf den Markgrafendamm,"
        " der vor uns zu sehen ist."
    ]
    quote = only_quote(body, "de")
    assert (quote.speaker, quote.speaker_role) == ("Tobias Trommer", None)


def test_an_adverb_after_a_name_in_commas_is_no_role() -> None:
    body = [
        "Adriana Quevedo recordó que su mamá, Mirtha Sánchez, siempre decía: ‘Coman que esto no"
        " es restaurante’."
    ]
    quote = only_quote(body, "es")
    assert (quote.speaker, quote.speaker_role) == ("Mirtha Sánchez", None)


def test_a_modal_verb_bridged_at_a_sentence_start_is_no_role() -> None:
    body = [
        "Tobias Trommer ist Aktivist.",
        "Früher mussten Trommer und seine Leute selbst auf die Clubs zugehen. Also bleibt er"
        " überzeugt. „Es wird länger dauern als gedacht, aber ich werde positiv bleiben.“",
    ]
    quote = only_quote(body, "de")
    assert (quote.speaker, quote.speaker_role) == ("Tobias Trommer", None)


def test_a_role_run_after_a_name_before_a_colon_leaves_the_name() -> None:
    body = [
        "Nicht umsonst kam in der Mitteilung Kawasakis auch Guim Roda, der aktuelle Team-Manager"
        " von KRT, zu Wort: „Wir freuen uns sehr darauf.“"
    ]
    assert only_quote(body, "de").speaker == "Guim Roda"
