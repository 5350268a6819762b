"""Tests of newsparse.extract.quotes: cases, the seed, cue data integrity and properties."""

from __future__ import annotations

import json
import time
import tomllib
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsparse.extract.quotes import QUOTE_MARK, find_quotes
from newsparse.model import Quote, QuoteKind

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
LANGS = ("en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "no", "is", "cs", "ru")


def _only(paragraphs: list[str], lang: str | None = None) -> Quote:
    quotes = find_quotes(paragraphs, lang=lang)
    assert len(quotes) == 1, quotes
    return quotes[0]


# --- attribution: one focus per case -------------------------------------------------------

ATTRIBUTED = [
    ("“We will win this,” Smith said.", "en", "We will win this,", "Smith", None),
    ("“We will win this,” said Jane Doe.", "en", "We will win this,", "Jane Doe", None),
    (
        "“It is false,” Pentagon spokesman Jonathan R. Hoffman said on Monday.",
        "en",
        "It is false,",
        "Jonathan R. Hoffman",
        "Pentagon spokesman",
    ),
    (
        "“We are ready,” Jane Doe, a spokeswoman for the ministry, told reporters.",
        "en",
        "We are ready,",
        "Jane Doe",
        "spokeswoman for the ministry",
    ),
    (
        "Jane Doe said: “We are ready for the vote.”",
        "en",
        "We are ready for the vote.",
        "Jane Doe",
        None,
    ),
    ("“Prices will rise,” according to Jane Doe.", "en", "Prices will rise,", "Jane Doe", None),
    ("„Das ist ein Fehler“, sagte Anna Schmidt.", "de", "Das ist ein Fehler", "Anna Schmidt", None),
    ("„Das ist ein Fehler“, so Anna Schmidt.", "de", "Das ist ein Fehler", "Anna Schmidt", None),
    ("»Das ist ein Fehler«, sagte Anna Schmidt.", "de", "Das ist ein Fehler", "Anna Schmidt", None),
    (
        "« Nous sommes prêts à discuter », a déclaré Marie Dupont.",
        "fr",
        "Nous sommes prêts à discuter",
        "Marie Dupont",
        None,
    ),
    (
        "«Estamos listos para hablar», dijo Ana García.",
        "es",
        "Estamos listos para hablar",
        "Ana García",
        None,
    ),
    (
        "«Siamo pronti a parlare», ha detto Marco Rossi.",
        "it",
        "Siamo pronti a parlare",
        "Marco Rossi",
        None,
    ),
    (
        "“Estamos prontos para falar”, disse João Silva.",
        "pt",
        "Estamos prontos para falar",
        "João Silva",
        None,
    ),
    (
        "“We zijn er klaar voor”, zei Jan de Vries.",
        "nl",
        "We zijn er klaar voor",
        "Jan de Vries",
        None,
    ),
    ("‘We will not give in,’ Smith said.", "en", "We will not give in,", "Smith", None),
    ("「我们会赢得比赛」, Li Wei said.", "en", "我们会赢得比赛", "Li Wei", None),
]


@pytest.mark.parametrize(
    ("paragraph", "lang", "text", "speaker", "role"),
    ATTRIBUTED,
    ids=[
        "after-subject-verb",
        "after-verb-subject",
        "role-split",
        "apposition-role",
        "before-colon",
        "according-to",
        "de-sagte",
        "de-so",
        "de-guillemets-reversed",
        "fr-a-declare",
        "es-dijo",
        "it-ha-detto",
        "pt-disse",
        "nl-zei",
        "single-curly",
        "cjk-corners",
    ],
)
def test_attribution(paragraph: str, lang: str, text: str, speaker: str, role: str | None) -> None:
    quote = _only([paragraph], lang)
    assert quote.text == text
    assert quote.speaker == speaker
    if role is not None:
        assert quote.speaker_role == role
    assert quote.kind is QuoteKind.DIRECT


def test_pronoun_resolves_to_the_earlier_named_speaker() -> None:
    paragraphs = [
        "“The plan is ready,” Mayor Jane Doe said on Monday.",
        "“We start tomorrow morning,” she added.",
    ]
    quotes = find_quotes(paragraphs, lang="en")
    assert [q.speaker for q in quotes] == ["Jane Doe", "Jane Doe"]
    assert quotes[1].verb == "added"


def test_plural_pronoun_resolves_to_a_group() -> None:
    paragraphs = [
        "“We will stay here,” the striking workers said.",
        "“Nobody listens to us anymore,” they added.",
    ]
    assert [q.speaker for q in find_quotes(paragraphs, lang="en")] == ["the striking workers"] * 2


def test_french_inverted_pronoun() -> None:
    paragraphs = [
        "Marie Dupont a parlé aux journalistes.",
        "« La situation est grave », a-t-elle déclaré.",
    ]
    assert _only(paragraphs, "fr").speaker == "Marie Dupont"


def test_surname_resolves_to_full_name() -> None:
    paragraphs = ["Zach Parise scored twice.", "“It feels good,” Parise said."]
    assert _only(paragraphs, "en").speaker == "Zach Parise"


def test_quote_standing_alone_takes_the_speaker_of_the_paragraph_before() -> None:
    paragraphs = [
        "Another spokesman, Commander Sean Robertson, denied any involvement on Thursday.",
        "“We support the sovereignty of the country and its people.”",
    ]
    assert _only(paragraphs, "en").speaker == "Sean Robertson"


def test_continuation_quote_in_same_paragraph_keeps_speaker() -> None:
    paragraph = "“We need action now,” Smith said. “The issue is funding, and the money exists.”"
    assert [q.speaker for q in find_quotes([paragraph], lang="en")] == ["Smith", "Smith"]


def test_partial_quote_needs_attribution() -> None:
    quote = _only(["Smith said the deal was “a great step forward” for the city."], "en")
    assert quote.kind is QuoteKind.PARTIAL
    assert quote.speaker == "Smith"


def test_multi_paragraph_quote_gives_one_piece_per_paragraph() -> None:
    paragraphs = [
        "“The first part of the statement runs to the end of this paragraph.",
        "“The second part closes here,” Jane Doe said.",
    ]
    quotes = find_quotes(paragraphs, lang="en")
    assert [(q.paragraph, q.text) for q in quotes] == [
        (0, "The first part of the statement runs to the end of this paragraph."),
        (1, "The second part closes here,"),
    ]
    assert {q.speaker for q in quotes} == {"Jane Doe"}
    assert {q.kind for q in quotes} == {QuoteKind.DIRECT}


def test_a_paragraph_without_marks_inside_an_open_quotation_is_a_piece() -> None:
    # The middle paragraph neither re-opens nor closes: it goes on with the speech the
    # paragraph before left open, up to the one that closes it.
    paragraphs = [
        "“The first part of the statement runs to the end of this paragraph.",
        "The middle part carries no mark at all.",
        "The last part closes here,” Jane Doe said.",
    ]
    quotes = find_quotes(paragraphs, lang="en")
    assert [(q.paragraph, q.text) for q in quotes] == [
        (0, "The first part of the statement runs to the end of this paragraph."),
        (1, "The middle part carries no mark at all."),
        (2, "The last part closes here,"),
    ]
    assert {q.speaker for q in quotes} == {"Jane Doe"}


@pytest.mark.parametrize(
    "paragraphs",
    [
        # A new quotation re-opened after the unmarked paragraph: the first one was never closed.
        [
            "“An opener never closed,” she said, “with text after it.",
            "A plain paragraph of the writer's own.",
            "“A new quotation,” Jane Doe said.",
        ],
        # Three paragraphs without a mark: the opener was a stray one.
        ["“A stray opener.", "One.", "Two.", "Three.", "Closed here,” Jane Doe said."],
        # A title opened inside a sentence and cut off: no speech runs on from it.
        [
            "The survey “Ethics and integrity in schools. Payments ... Post",
            "A plain paragraph of the writer's own.",
            "Another teaser inaugurates a toilet ,,with pomp” today.",
        ],
    ],
)
def test_an_open_quotation_is_not_carried_past_a_reopening_or_three_plain_paragraphs(
    paragraphs: list[str],
) -> None:
    quotes = find_quotes(paragraphs, lang="en")
    assert all(q.paragraph in (0, len(paragraphs) - 1) for q in quotes), quotes


def test_a_quotation_left_open_around_a_nested_pair_closes_in_the_next_paragraph() -> None:
    paragraphs = [
        "The gospel reads: “When Judas saw it, he went back and said, “I have sinned.”",
        "Then he threw the silver down and left” (Mt 27, 3-5). Why so desperate?",
    ]
    assert [(q.paragraph, q.text) for q in find_quotes(paragraphs, lang="en")] == [
        (0, "When Judas saw it, he went back and said, “I have sinned."),
        (1, "Then he threw the silver down and left"),
    ]


def test_a_nested_pair_stays_a_quote_when_the_next_paragraph_closes_nothing() -> None:
    paragraphs = [
        "A stray “opener before the “quoted words in here,” said Jane Doe.",
        "A plain paragraph of the writer's own.",
    ]
    assert [q.text for q in find_quotes(paragraphs, lang="en")] == ["quoted words in here,"]


def test_language_is_guessed_when_not_given() -> None:
    paragraph = "„Das ist nicht die Lösung für die Stadt“, sagte Anna Schmidt und ging."
    assert _only([paragraph]).speaker == "Anna Schmidt"


def test_role_before_name_in_a_sentence_opening_is_the_referent() -> None:
    paragraphs = [
        "Team captain Jane Doe, who scored twice, looked tired after the match.",
        "“We needed this win,” she said.",
    ]
    quote = _only(paragraphs, "en")
    assert quote.speaker == "Jane Doe"


def test_subject_of_an_earlier_verb_is_not_glued_to_a_later_one() -> None:
    paragraph = "“We start at dawn,” he said he told them. “Nobody sleeps in.”"
    quotes = find_quotes(["Coach Omar Haddad spoke first.", paragraph], lang="en")
    assert {q.speaker for q in quotes} == {"Omar Haddad"}


def test_role_of_a_state_office_is_split_from_the_name() -> None:
    paragraph = "Secretary of State Jane Doe said: “The talks will resume next week.”"
    assert _only(["Jane Doe arrived late.", paragraph], "en").speaker == "Jane Doe"


def test_name_completing_a_noun_phrase_is_not_the_speaker() -> None:
    quote = _only(
        ["« Il n’y a pas de sujet sur la table », ajoute un proche de Marie Dupont."], "fr"
    )
    assert quote.speaker == "un proche de Marie Dupont"


def test_german_function_words_and_nouns_are_no_names() -> None:
    paragraphs = [
        "Lehrerin Anna Schmidt kennt die Klasse seit Jahren.",
        "Die Technik sei niemals ein Selbstzweck, betont sie: „Sie muss im Alltag helfen.“",
    ]
    assert _only(paragraphs, "de").speaker == "Anna Schmidt"


def test_german_reported_speech_keeps_a_partial_quote() -> None:
    paragraphs = ["„Das ist ein Fehler“, sagte Anna Schmidt.", "Die Lage sei „sehr ernst“."]
    quotes = find_quotes(paragraphs, lang="de")
    assert [(q.text, q.speaker, q.kind) for q in quotes][1] == (
        "sehr ernst",
        "Anna Schmidt",
        QuoteKind.PARTIAL,
    )


def test_cue_after_a_comma_attributes_a_partial_quote() -> None:
    paragraph = "Die Stadt werde ihre „eigentlichen Aufgaben“ erfüllen, so Anna Schmidt."
    quote = _only([paragraph], "de")
    assert (quote.speaker, quote.kind) == ("Anna Schmidt", QuoteKind.PARTIAL)


def test_a_statement_speaks_for_whoever_issued_it() -> None:
    paragraphs = [
        "Two workers were hurt in a fire at the plant, the city council said in a statement.",
        "“The cause of the fire is under investigation,” the statement said.",
    ]
    assert _only(paragraphs, "en").speaker == "the city council"


def test_a_document_nobody_issued_before_speaks_itself() -> None:
    paragraphs = [
        "The committee sent a letter on Wednesday demanding answers.",
        "“Only after this report did the bureau act,” the letter stated.",
        "It described the stations as part of “broader efforts to undermine security.”",
    ]
    quotes = find_quotes(paragraphs, lang="en")
    assert [q.speaker for q in quotes] == ["the letter", "the letter"]


def test_partial_quote_in_the_sentence_of_an_attributed_one_shares_its_speaker() -> None:
    paragraph = "Jane Doe told reporters the claim was “simply false,” and that “nobody was hurt.”"
    quotes = find_quotes([paragraph], lang="en")
    assert [(q.text, q.speaker) for q in quotes] == [
        ("simply false,", "Jane Doe"),
        ("nobody was hurt.", "Jane Doe"),
    ]


def test_partial_quote_after_a_closed_sentence_stays_unattributed() -> None:
    paragraph = "“We are ready,” Jane Doe said. The goal is a “seamless experience” for all."
    assert [q.text for q in find_quotes([paragraph], lang="en")] == ["We are ready,"]


def test_partial_quote_after_such_as_is_an_example() -> None:
    paragraph = "Jane Doe warned about messages such as “Please confirm your account now”."
    assert find_quotes([paragraph], lang="en") == ()


# --- negatives --------------------------------------------------------------------------------

NOT_QUOTES = [
    "Calling themselves “Jund al-Imam al-Hujja,” the group addresses the president.",
    "The group claims to follow the “strategy” of the cleric.",
    "He accused the US of targeting “our” bases in the country.",
    "The film “The Lion King” was a hit in cinemas.",
    "Shares rose on a “very strong outlook” for the sector.",
    "It’s the company’s best quarter, and the CEO’s too.",
    "The dog's bone and the cats' toys were 'everywhere' in the house.",
    "“Land hat Gutachten versäumt”",
    "An opening mark “ that never closes in this paragraph at all",
]


@pytest.mark.parametrize(
    "paragraph",
    NOT_QUOTES,
    ids=[
        "name-in-marks",
        "scare-word",
        "single-word",
        "title",
        "unattributed-scare-phrase",
        "apostrophes",
        "straight-apostrophes",
        "subheading",
        "unbalanced",
    ],
)
def test_not_a_quote(paragraph: str) -> None:
    assert find_quotes([paragraph], lang="en") == ()


# --- the seed ---------------------------------------------------------------------------------


def _seed() -> dict[str, object]:
    path = next(SEEDS.glob("000_*.expected.json"))
    return dict(json.loads(path.read_text(encoding="utf-8")))


def test_seed_quotes_and_speakers() -> None:
    expected = _seed()
    body = expected["body"]
    assert isinstance(body, list)
    found = {q.text: q for q in find_quotes(body)}
    for item in expected["quotes"]:  # type: ignore[attr-defined]
        assert item["text"] in found, item["text"]
        allowed = {item["speaker"], *item["speaker_alternatives"]}
        speaker = found[item["text"]].speaker
        assert speaker is None or speaker in allowed, (item["text"], speaker)


def test_seed_not_quotes_are_never_direct() -> None:
    expected = _seed()
    body = expected["body"]
    assert isinstance(body, list)
    direct = {q.text for q in find_quotes(body) if q.kind is QuoteKind.DIRECT}
    for text in expected["not_quotes"]:  # type: ignore[attr-defined]
        assert text not in direct


# --- cue data integrity -----------------------------------------------------------------------

CUE_KEYS = (
    "verbs",
    "participles",
    "sources",
    "genitives",
    "preps",
    "impersonal",
    "pron_sing",
    "pron_plur",
    "pron_any",
    "titles",
    "title_suffixes",
    "determiners",
    "np_breaks",
    "np_stop",
    "examples",
    "documents",
    "role_links",
    "noun_suffixes",
    "reported",
    "object_verbs",
    "conjunctions",
    "adverbs",
    "function",
    "auxiliaries",
    "pron_masc",
    "pron_fem",
    "masculine",
    "feminine",
    "feminine_suffixes",
    "definites",
    "written",
    "age_nouns",
    "own_view",
)


def _cues() -> dict[str, dict[str, object]]:
    resource = resources.files("newsparse.extract").joinpath("quote_cues.toml")
    return tomllib.loads(resource.read_text(encoding="utf-8"))


def test_cue_file_covers_the_languages() -> None:
    assert set(LANGS) <= set(_cues())


@pytest.mark.parametrize("key", ["name_particles", "relatives", "abbreviations", "connectors"])
def test_shared_lists_are_clean(key: str) -> None:
    words = _cues()["shared"][key]
    assert isinstance(words, list)
    assert words
    assert all(isinstance(w, str) and w == w.strip().lower() for w in words)
    assert words == sorted(set(words))


@pytest.mark.parametrize("lang", LANGS)
def test_cue_lists_are_clean(lang: str) -> None:
    table = _cues()[lang]
    assert isinstance(table.get("inversion"), bool)
    for key in CUE_KEYS:
        words = table[key]
        assert isinstance(words, list), key
        assert all(isinstance(w, str) and w == w.strip() and w == w.lower() for w in words), key
        assert len(words) == len(set(words)), f"{lang}.{key} has duplicates"
    assert table["verbs"], "every language needs speech verbs"
    assert table["pron_sing"] or table["pron_any"], "every language needs pronouns"
    assert table["pron_masc"], "every language needs gendered pronouns"
    assert table["pron_fem"], "every language needs gendered pronouns"


# --- properties -------------------------------------------------------------------------------

NAMES = ("Jane Doe", "Omar Haddad", "Anna Schmidt", "Marie Dupont", "Ana García", "Marco Rossi")
WORDS = [
    "house",
    "river",
    "market",
    "rain",
    "budget",
    "school",
    "plan",
    "city",
    "team",
    "game",
    "night",
    "road",
]
STYLES = {
    "en": (("“", "”"), ("‘", "’"), ('"', '"')),
    "de": (("„", "“"), ("»", "«"), ("‚", "‘")),
    "fr": (("« ", " »"), ("“", "”")),
    "es": (("«", "»"), ("“", "”")),
    "it": (("«", "»"), ("“", "”")),
    "pt": (("“", "”"), ("«", "»")),
    "nl": (("“", "”"), ("‘", "’")),
}
TEMPLATES = {
    "en": ("{q}, {name} said.", "{q}, said {name}.", "{name} said: {q}"),
    "de": ("{q}, sagte {name}.", "{q}, so {name}.", "{name} sagte: {q}"),
    "fr": ("{q}, a déclaré {name}.", "{q}, explique {name}."),
    "es": ("{q}, dijo {name}.", "{q}, afirmó {name}."),
    "it": ("{q}, ha detto {name}.", "{q}, spiega {name}."),
    "pt": ("{q}, disse {name}.", "{q}, afirmou {name}."),
    "nl": ("{q}, zei {name}.", "{q}, zegt {name}."),
}


@st.composite
def quoted_paragraph(draw: st.DrawFn, lang: str) -> tuple[str, str, str]:
    """A paragraph with one attributed quote: ``(paragraph, quoted text, speaker)``."""
    words = draw(st.lists(st.sampled_from(WORDS), min_size=3, max_size=9))
    quoted = " ".join([words[0].capitalize(), *words[1:]])
    opener, closer = draw(st.sampled_from(STYLES[lang]))
    name = draw(st.sampled_from(NAMES))
    template = draw(st.sampled_from(TEMPLATES[lang]))
    return template.format(q=f"{opener}{quoted}{closer}", name=name), quoted, name


@st.composite
def article(draw: st.DrawFn) -> tuple[str, list[str], list[tuple[int, str, str]]]:
    """Paragraphs in one language mixing quotes and plain sentences, with the expected quotes."""
    lang = draw(st.sampled_from(sorted(STYLES)))
    paragraphs: list[str] = []
    expected: list[tuple[int, str, str]] = []
    for _ in range(draw(st.integers(1, 5))):
        if draw(st.booleans()):
            paragraph, quoted, name = draw(quoted_paragraph(lang))
            expected.append((len(paragraphs), quoted, name))
        else:
            words = draw(st.lists(st.sampled_from(WORDS), min_size=4, max_size=10))
            paragraph = " ".join([words[0].capitalize(), *words[1:]]) + "."
        paragraphs.append(paragraph)
    return lang, paragraphs, expected


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(article())
def test_composed_quotes_are_recovered_with_speakers(
    case: tuple[str, list[str], list[tuple[int, str, str]]],
) -> None:
    lang, paragraphs, expected = case
    found = [(q.paragraph, q.text, q.speaker) for q in find_quotes(paragraphs, lang=lang)]
    assert found == expected


@given(st.lists(st.text().map(lambda s: QUOTE_MARK.sub("", s)), max_size=5))
def test_text_without_quote_marks_has_no_quotes(paragraphs: list[str]) -> None:
    assert find_quotes(paragraphs) == ()


MARKY = st.lists(
    st.sampled_from([*"“”‘’\"'«»‹›„‚「」『』 ab,.:S", " said ", " he ", "Jane Doe", "\u00a0"])
).map("".join)


@given(st.lists(st.one_of(st.text(), MARKY), max_size=6), st.sampled_from([None, *LANGS]))
def test_spans_index_the_paragraphs_exactly(paragraphs: list[str], lang: str | None) -> None:
    for quote in find_quotes(paragraphs, lang=lang):
        start, end = quote.span
        assert paragraphs[quote.paragraph][start:end] == quote.text
        assert quote.text.strip() == quote.text != ""


@pytest.mark.slow
def test_a_megabyte_of_random_marks_is_fast() -> None:
    marks = "\"'“”‘’«»‹›„‚「」『』 ab"
    text = "".join(marks[(i * 7919) % len(marks)] for i in range(1_000_000))
    started = time.process_time()
    find_quotes([text])
    # Linear work is about two seconds here; a quadratic pass would take hours.
    assert time.process_time() - started < 20


# --- speakers: stop words, headings, reflexive and impersonal cues, participles ---------------


def test_a_capitalised_stop_word_opening_a_name_is_no_stop() -> None:
    # "will" is an auxiliary (np_stop), but "Will Moy" is a name: the apposition after it
    # must not hand the quote to the organisation named in the role.
    paragraphs = [
        "Voters will decide.",
        "“It was an attempt to mislead voters,” Will Moy, chief executive of the fact-checking"
        " website Full Fact, told the BBC. “And I think it is inappropriate.”",
    ]
    quotes = find_quotes(paragraphs, lang="en")
    assert [q.speaker for q in quotes] == ["Will Moy", "Will Moy"]


def test_a_lower_case_stop_word_still_ends_a_subject() -> None:
    quote = _only(["“It is over,” what we will see said."], "en")
    assert quote.speaker is None or "will" not in quote.speaker


def test_a_determined_noun_phrase_with_common_nouns_is_a_speaker() -> None:
    # "Zionismus" ends like a common noun (no name token): the phrase is a noun phrase,
    # not a failed name, so the verb's speaker is it and not the last name before.
    paragraphs = [
        "Bezalel Smotrich sprach am Morgen.",
        "Auf Bennetts Interview antwortete die Partei des Religiösen Zionismus: „Wir"
        " verurteilen Bennetts persönliche Angriffe.“",
    ]
    quote = _only(paragraphs, "de")
    assert quote.speaker == "die Partei des Religiösen Zionismus"
    assert quote.verb == "antwortete"


def test_italian_reflexive_speech_verb_with_the_subject_after_it() -> None:
    # "si è detto X": the speaker follows the verb; a later subject-less "ha scritto" is his.
    paragraphs = [
        "George Guido Lombardi ha parlato ieri.",
        "Soddisfatto per l'iniziativa si è detto Matteo Salvini. «Bene Giorgia Meloni da"
        " Donald Trump per parlare di pace», ha scritto su X.",
    ]
    quote = _only(paragraphs, "it")
    assert quote.speaker == "Matteo Salvini"


@pytest.mark.parametrize(
    ("paragraphs", "lang", "speaker"),
    [
        (
            [
                "Ron Dolin yelled at Larry Page. What Page was doing was “completely"
                " ridiculous,” he said."
            ],
            "en",
            "Ron Dolin",
        ),
        (
            [
                "A Milwaukee, Rockwell a publié ses comptes. Les fabricants devraient rester « sous"
                " pression durant le reste de l'année », indique-t-il."
            ],
            "fr",
            None,
        ),
    ],
)
def test_a_stop_word_opening_a_sentence_or_a_short_one_stays_a_stop(
    paragraphs: list[str], lang: str, speaker: str | None
) -> None:
    assert _only(paragraphs, lang).speaker == speaker


@pytest.mark.parametrize(
    "heading",
    [
        '"60 bleibt 60": Feuerwehrleute protestieren in Essen',
        'Gewalt gegen Einsatzkräfte: "Das sind Menschen wie du und ich!" | mehr',
        "“In this race to win:” Biden, Harris sign official nomination documents",
    ],
)
def test_a_short_unpunctuated_line_with_an_unattributed_quote_is_a_heading(heading: str) -> None:
    body = ["Die Feuerwehr protestiert seit Wochen gegen die Pläne.", heading]
    assert find_quotes(body) == ()


def test_a_short_line_ending_its_sentence_after_a_quote_keeps_it() -> None:
    quote = _only(["Er rief: „Das sind Menschen wie du und ich!“ Dann ging er."], "de")
    assert quote.text == "Das sind Menschen wie du und ich!"


@pytest.mark.parametrize(
    ("sentence", "quoted"),
    [
        (
            'Die Landesregierung verkenne "die besonderen Belastungen des Einsatzdienstes".',
            "die besonderen Belastungen des Einsatzdienstes",
        ),
        (
            'Die Erzählung von Wahlmanipulationen "bestärke daher bestehende Überzeugungen".',
            "bestärke daher bestehende Überzeugungen",
        ),
    ],
)
def test_a_partial_quote_in_a_konjunktiv_sentence_is_the_last_speakers(
    sentence: str, quoted: str
) -> None:
    body = ['Der Entwurf sei "ein Schlag ins Kontor", sagte Verdi-Sprecher Tjark Sauer.', sentence]
    quotes = find_quotes(body, lang="de")
    assert [(q.text, q.speaker) for q in quotes][-1] == (quoted, "Tjark Sauer")


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "Aus dem Schulministerium heißt es, es sei klar, „dass es Fortbildungen braucht“.",
            "Schulministerium",
        ),
        ("In einer Stellungnahme der Familie hieß es: „Sein Tod macht uns traurig.“", "Familie"),
        ("„Das prüfen wir“, hieß es aus dem Umfeld des Ministers.", "Umfeld des Ministers"),
        ("Im Bericht hieß es: „Das prüfen wir.“", None),
    ],
)
def test_an_impersonal_cue_takes_the_source_its_clause_names(
    paragraph: str, speaker: str | None
) -> None:
    quote = _only(["Die Schulen warten.", paragraph], "de")
    assert quote.speaker == speaker
    assert quote.verb in {"heißt es", "hieß es"}


def test_a_verb_after_a_conjunction_shares_the_pronoun_opening_the_clause() -> None:
    body = [
        "Gwynne Shotwell spoke on Tuesday.",
        "She didn’t give a date for crewed missions, but said SpaceX would fly Starship “a lot”"
        " before any missions with people on board.",
    ]
    quote = _only(body, "en")
    assert (quote.text, quote.speaker) == ("a lot", "Gwynne Shotwell")


def test_a_participle_after_a_comma_takes_the_sentence_subject() -> None:
    body = [
        "Shigeru Ishiba spoke in parliament on Monday.",
        "Ishiba brushed Tamaki off, saying, “We won’t use the funds in any way that is illegal.”",
        "Big Machine has denied Swift’s claims, saying they were “shocking and false.”",
    ]
    quotes = find_quotes(body, lang="en")
    assert [q.speaker for q in quotes] == ["Shigeru Ishiba", "Big Machine"]


def test_a_participle_without_a_comma_keeps_its_own_subject() -> None:
    body = [
        "Kristi Noem launched the campaign.",
        "One video featured a series of South Dakotans — adults and children — declaring,"
        " “I’m on meth.”",
    ]
    assert _only(body, "en").speaker != "Kristi Noem"
