"""Quote finding in the languages beyond the first seven: Nordic ”…” marks and speech verbs."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from newsparse.extract.quotes import find_quotes
from newsparse.model import QuoteKind


def _assert_linear(lines: Callable[[int], list[str]], lang: str) -> None:
    """Assert that ``find_quotes`` on ``lines(n)`` grows linearly from n = 2,000 to 8,000.

    Four times the input must take less than eight times as long. Each size takes the
    fastest of three runs: a garbage collection or a busy CI host inflates one run (a single
    run once measured 8.01x for 4x the input).
    """

    def best_of_three(n: int) -> float:
        times = []
        for _ in range(3):
            started = time.process_time()
            find_quotes(lines(n), lang=lang)
            times.append(time.process_time() - started)
        return min(times)

    small = best_of_three(2_000)
    large = best_of_three(8_000)
    assert large < 8 * max(small, 0.05), (small, large)


@pytest.mark.parametrize(
    ("paragraph", "lang", "text", "speaker"),
    [
        (
            "”Vi är mycket nöjda med beslutet”, säger Anna Lindqvist.",
            "sv",
            "Vi är mycket nöjda med beslutet",
            "Anna Lindqvist",
        ),
        (
            "”Vi er meget tilfredse med beslutningen”, siger Mette Hansen.",
            "da",
            "Vi er meget tilfredse med beslutningen",
            "Mette Hansen",
        ),
        (
            "«Vi er svært fornøyde med vedtaket», sier Kari Nordmann.",
            "no",
            "Vi er svært fornøyde med vedtaket",
            "Kari Nordmann",
        ),
        (
            "„Við erum mjög ánægð með þetta,“ segir Jón Jónsson.",
            "is",
            "Við erum mjög ánægð með þetta,",
            "Jón Jónsson",
        ),
        (
            "„Jsme velmi spokojeni s výsledkem,“ říká Petr Novák.",
            "cs",
            "Jsme velmi spokojeni s výsledkem,",
            "Petr Novák",
        ),
        (
            "„Jesteśmy bardzo zadowoleni z wyniku” - powiedział Jan Kowalski.",
            "pl",
            "Jesteśmy bardzo zadowoleni z wyniku",
            "Jan Kowalski",
        ),
        (
            "«Ми дуже задоволені результатом», — заявив Іван Петренко.",
            "uk",
            "Ми дуже задоволені результатом",
            "Іван Петренко",
        ),
        (
            "„Esame labai patenkinti rezultatu“, – sakė Jonas Petraitis.",
            "lt",
            "Esame labai patenkinti rezultatu",
            "Jonas Petraitis",
        ),
        (
            "Budi Santoso ra berkata, “Hendaknya kalian mencintai jangan berlebihan.”",
            "id",
            "Hendaknya kalian mencintai jangan berlebihan.",
            "Budi Santoso",
        ),
        (
            "“Kami akan terus bekerja keras,” kata Joko Widodo.",
            "id",
            "Kami akan terus bekerja keras,",
            "Joko Widodo",
        ),
    ],
)
def test_speech_verbs_of_more_languages(paragraph: str, lang: str, text: str, speaker: str) -> None:
    (quote,) = find_quotes([paragraph], lang=lang)
    assert quote.text == text
    assert quote.speaker == speaker


def test_a_right_mark_opens_a_swedish_quote_it_closes() -> None:
    (quote,) = find_quotes(["Han skrev: ”Det här är bara början på något större.”"], lang="sv")
    assert quote.text == "Det här är bara början på något större."


def test_a_right_mark_after_a_letter_opens_nothing() -> None:
    # Only the first pair is a quote: the mark glued to "Mann”s" neither opens nor closes one.
    quotes = find_quotes(["“We are ready,” said Jane Doe. The Mann”s house had ”no roof”."])
    assert [q.text for q in quotes] == ["We are ready,"]


def test_an_impersonal_swedish_cue_names_nobody() -> None:
    (quote,) = find_quotes(["”Brottet bör bedömas som grovt”, står det i åtalet."], lang="sv")
    assert quote.speaker is None
    assert quote.verb == "står det"


def test_a_speech_verb_opening_a_sentence_is_no_first_name() -> None:
    # "Kveðst Eydís" is "Eydís says": the full name is the one the article gave first.
    paragraphs = [
        "Eydís Mary Jónsdóttir ræddi við blaðamann.",
        "Kveðst Eydís hafa kannast við fólkið. „Þetta var mjög erfitt,“ segir Eydís.",
    ]
    (quote,) = find_quotes(paragraphs, lang="is")
    assert quote.speaker == "Eydís Mary Jónsdóttir"


def test_a_name_spelled_like_a_speech_verb_stays_a_name() -> None:
    # Only where a verb may open a sentence before its subject is it skipped ("Kveðst Eydís").
    english = [
        "Edward Said wrote a famous book.",
        "“Orientalism is a style of thought,” Said said.",
    ]
    assert find_quotes(english, lang="en")[0].speaker == "Edward Said"
    french = ["Lance Armstrong a parlé.", "« Je n'ai jamais triché », a déclaré Lance Armstrong."]
    assert find_quotes(french, lang="fr")[0].speaker == "Lance Armstrong"


def test_a_partial_quote_after_a_polish_verb_of_opinion_is_its_subjects() -> None:
    body = [
        'Manalich uważał na przykład, że wprowadzanie "nadmiernych środków ostrożności"'
        ' wzmoże niepotrzebnie "nastroje niepokoju" wśród Chilijczyków.'
    ]
    assert [(q.text, q.speaker, q.kind) for q in find_quotes(body, lang="pl")] == [
        ("nadmiernych środków ostrożności", "Manalich", QuoteKind.PARTIAL),
        ("nastroje niepokoju", "Manalich", QuoteKind.PARTIAL),
    ]


def test_a_sentence_opening_adverb_is_no_part_of_a_lithuanian_name() -> None:
    # "Tik Jėzus to vengė" is "Only Jesus avoided it": "Tik" is no first name, and the word
    # after it, capitalised though it opens no sentence, is a name even alone.
    body = [
        "Tik Jėzus to vengė. Ir tos jo kalbos: „Mano karalystė ne iš šio pasaulio“.",
        "Įvyko kitaip. Jėzus išties turėjo galią: „Gal manai, jog aš negaliu paprašyti?“",
    ]
    assert [q.speaker for q in find_quotes(body, lang="lt")] == ["Jėzus", "Jėzus"]


def test_a_name_after_an_opening_conjunction_stays_no_name_alone() -> None:
    # "But Uber, …": after a conjunction the word may open a clause of its own; a bare
    # capitalised word there is no person to refer back to.
    body = [
        "But Uber, as its name suggests, is hierarchical.",
        "“We are all concerned with events in the city.”",
    ]
    assert [q.speaker for q in find_quotes(body, lang="en")] == [None]


# --- dash dialogue (Russian and other Cyrillic-script languages) -------------------------------


def test_russian_dash_dialogue_is_direct_speech_with_the_authors_words_set_off() -> None:
    body = [
        "Министр финансов Иван Петров выступил перед журналистами.",
        "— Бюджет будет принят,— сказал Иван Петров.— Мы все обсудили.",
    ]
    quotes = find_quotes(body, lang="ru")
    assert [(q.text, q.speaker, q.kind) for q in quotes] == [
        ("Бюджет будет принят,", "Иван Петров", QuoteKind.DIRECT),
        ("Мы все обсудили.", "Иван Петров", QuoteKind.DIRECT),
    ]


def test_marks_inside_a_line_of_dialogue_are_part_of_it() -> None:
    body = ["— И я спросил: «Кто здесь?» Никто не ответил,— рассказал Иван Петров."]
    assert [q.text for q in find_quotes(body, lang="ru")] == [
        "И я спросил: «Кто здесь?» Никто не ответил,"
    ]


def test_a_dash_inside_the_speech_does_not_end_it() -> None:
    body = ["— Один — для царя, второй — для царицы,— пояснил Иван Петров."]
    assert [q.text for q in find_quotes(body, lang="ru")] == [
        "Один — для царя, второй — для царицы,"
    ]


def test_dash_dialogue_is_read_in_a_guessed_language_only_where_it_is_written_so() -> None:
    russian = ["— Это не так, и он это знает,— сказал Иван Петров."]
    assert [q.text for q in find_quotes(russian)] == ["Это не так, и он это знает,"]
    # A tweet's signature and an English dash line are no speech.
    assert find_quotes(["— Иван Петров (@ivanpetrov) 18 ноября 2019"], lang="ru") == ()
    assert find_quotes(["— And that, he said, was the end of it."], lang="en") == ()


def test_a_capitalised_genitive_before_a_name_is_no_part_of_it_in_russian() -> None:
    body = [
        "14 мая президент России Владимир Путин встретился с премьер-министром.",
        "Владимир Путин был в хорошем настроении.",
        "— Мы ждем его с визитом,— сказал Путин.",
    ]
    assert [q.speaker for q in find_quotes(body, lang="ru")] == ["Владимир Путин"]


def test_a_line_of_dialogue_after_a_colon_is_the_speakers_of_the_paragraph_before() -> None:
    body = ["А Иван Петров продолжал:", "— Это было давно, и никто не помнит."]
    assert [(q.text, q.speaker) for q in find_quotes(body, lang="ru")] == [
        ("Это было давно, и никто не помнит.", "Иван Петров")
    ]


def test_the_authors_bracketed_remark_in_a_line_of_dialogue_is_no_speech() -> None:
    body = [
        "— Мы заняли позицию по АСЕАН (Речь шла о кризисе.— А. К.). Мы сами будем решать,"
        "— добавил Иван Петров."
    ]
    assert [(q.text, q.speaker) for q in find_quotes(body, lang="ru")] == [
        ("Мы заняли позицию по АСЕАН", "Иван Петров"),
        ("Мы сами будем решать,", "Иван Петров"),
    ]


def test_a_genitive_before_an_inflected_full_name_is_no_first_name() -> None:
    body = [
        "Путин встретился с премьер-министром Малайзии Анваром Ибрагимом.",
        "Анвар Ибрагим приехал в Москву впервые.",
        "Премьер-министр Малайзии продемонстрировал это:",
        "— Мы хотим сотрудничать с Россией.",
    ]
    # "Премьер-министр Малайзии" names nobody the article gives by name: no speaker, not
    # "Малайзии Анваром Ибрагимом" (the genitive read as a first name).
    assert [q.speaker for q in find_quotes(body, lang="ru")] == [None]


def test_an_unattributed_line_of_dialogue_is_the_last_speakers() -> None:
    body = [
        "— Я восхищаюсь вашей страной,— сказал Иван Петров.",
        "Министр между тем продемонстрировал, что не пожалеет о поездке:",
        "— Мы сами будем решать, что лучше для нас!",
    ]
    assert [q.speaker for q in find_quotes(body, lang="ru")] == ["Иван Петров"] * 2


@pytest.mark.slow
def test_a_long_line_of_dialogue_with_remarks_and_marks_is_read_in_linear_time() -> None:
    # Every dash, bracket and mark pair of one line is matched against the others in one
    # pass: a line of n of each must not take n² steps.
    def line(n: int) -> list[str]:
        return ["— Да" + " (Речь о том,— А. К.) «Нет», и,— сказал он.— Так" * n]

    _assert_linear(line, "ru")


# --- Polish speech set off by spaced dashes ------------------------------------------------------


def test_polish_speech_between_spaced_dashes_before_a_verb_is_a_direct_quote() -> None:
    body = [
        "Interweniował sam burmistrz miasta. - Głupota ludzka przeważyła - skomentował"
        " burmistrz Felipe Alessandri.",
        "- Głupota ludzka przeważyła - powiedział dziennikarzom Alessandri, poruszony widokiem.",
    ]
    quotes = find_quotes(body, lang="pl")
    assert [(q.text, q.speaker, q.kind) for q in quotes] == [
        ("Głupota ludzka przeważyła", "Felipe Alessandri", QuoteKind.DIRECT),
        ("Głupota ludzka przeważyła", "Felipe Alessandri", QuoteKind.DIRECT),
    ]


def test_polish_dashes_without_a_speech_verb_after_them_set_off_no_speech() -> None:
    body = [
        "Kraj - jak podano - walczy z wirusem. - To nie koniec - dodano w komunikacie.",
        "- punkt pierwszy - drugi punkt",
    ]
    assert find_quotes(body, lang="pl") == ()
    # Only Polish is read so: an English parenthesis set off by hyphens is none.
    assert find_quotes(["It ended. - We won - said Jan Kowalski."], lang="en") == ()


def test_polish_dashed_speech_is_read_in_linear_time() -> None:
    # Every opening dash stops its speech at the next spaced dash: n openings without a
    # speech verb must not take n² steps.
    def paragraph(n: int) -> list[str]:
        return ["Tak. - Nie wiem co dalej" * n + " - skomentował Jan Kowalski."]

    _assert_linear(paragraph, "pl")


# --- Nordic dash lines closed by an attribution ----------------------------------------------


def test_a_danish_dash_line_is_speech_up_to_its_tags_comma() -> None:
    body = [
        "Formand Múte B. Egede understreger, at landet selv bestemmer.",
        "– Og det er op til borgerne her at træffe beslutninger, lyder det.",
        "I sidste uge kommenterede statsminister Mette Frederiksen også målingen.",
        "– Det til en side er jeg glad for målingen.",
        "– Jeg anerkender fuldt ud de ønsker, der er, lyder det fra Mette Frederiksen.",
    ]
    quotes = find_quotes(body, lang="da")
    assert [(q.text, q.speaker, q.kind) for q in quotes] == [
        (
            "Og det er op til borgerne her at træffe beslutninger,",
            "Múte B. Egede",
            QuoteKind.DIRECT,
        ),
        ("Det til en side er jeg glad for målingen.", "Mette Frederiksen", QuoteKind.DIRECT),
        ("Jeg anerkender fuldt ud de ønsker, der er,", "Mette Frederiksen", QuoteKind.DIRECT),
    ]


def test_the_sentence_after_a_nordic_dash_lines_tag_is_left_out() -> None:
    # "Så går hun hjem" may be the writer's words: only the speech before the tag is taken.
    body = ["– Vi er klar, siger hun. Så går hun hjem til sin familie og sover længe."]
    assert [q.text for q in find_quotes(body, lang="da")] == ["Vi er klar,"]


@pytest.mark.parametrize(
    ("paragraph", "lang", "texts", "speaker"),
    [
        (
            "– Głupota ludzka przeważyła – skomentował burmistrz Jan Kowalski. – Musimy teraz"
            " odbudować zaufanie mieszkańców.",
            "pl",
            ["Głupota ludzka przeważyła", "Musimy teraz odbudować zaufanie mieszkańców."],
            "Jan Kowalski",
        ),
        (
            "– Jag förstår oron, säger Ulf Kristersson. – Men vi måste gå vidare med beslutet.",
            "sv",
            ["Jag förstår oron,", "Men vi måste gå vidare med beslutet."],
            "Ulf Kristersson",
        ),
    ],
)
def test_a_dash_after_the_tags_sentence_takes_the_speech_up_again(
    paragraph: str, lang: str, texts: list[str], speaker: str
) -> None:
    quotes = find_quotes([paragraph], lang=lang)
    assert [q.text for q in quotes] == texts
    assert {q.speaker for q in quotes} == {speaker}


def test_a_comma_before_a_long_clause_with_a_cue_is_no_tag() -> None:
    # "…, mener de fleste eksperter i landet, at …" runs on: a long clause is no tag.
    body = [
        "– Det er svært, mener de fleste af de eksperter vi har talt med i de sidste mange"
        " uger om sagen og dens mange sider og følger."
    ]
    assert [q.text for q in find_quotes(body, lang="da")] == [body[0][2:]]


def test_a_dash_line_is_no_speech_in_english() -> None:
    assert find_quotes(["– We are ready, said Jane Doe."], lang="en") == ()


def test_a_nordic_dash_line_with_many_cues_is_read_in_linear_time() -> None:
    # Each cue after a comma reads a bounded stretch for its clause's end: n cues in a line
    # without a sentence end must not take n² steps.
    def line(n: int) -> list[str]:
        return ["– Vi er klar" + ", siger vi hele tiden og hele dagen lang" * n]

    _assert_linear(line, "da")


# --- Russian: objects before a title, joined clauses, a tag after an exclamation ------------


def test_a_russian_object_before_the_title_is_no_part_of_the_role() -> None:
    body = [
        "Владимир Путин встретился с премьером.",
        "— У меня большая просьба,— попросил коллегу господин Путин.",
    ]
    (quote,) = find_quotes(body, lang="ru")
    assert (quote.speaker, quote.speaker_role) == ("Владимир Путин", "господин")


def test_a_clause_joined_by_a_comma_and_conjunction_has_its_own_subject() -> None:
    body = [
        "Владимир Путин хотел встать, но Анвар Ибрагим покачал головой и запротестовал:",
        "— Я должен ответить! У меня только одна жена.",
    ]
    assert [q.speaker for q in find_quotes(body, lang="ru")] == ["Анвар Ибрагим"]
    english = ["John Smith paused, but Jane Doe shook her head and said: “We are not done.”"]
    assert [q.speaker for q in find_quotes(english, lang="en")] == ["Jane Doe"]


def test_a_tag_after_a_closed_line_of_dialogue_counts_only_its_own_sentence() -> None:
    body = [
        "— Я должен ответить!— запротестовал Анвар Ибрагим.",
        "— Второй трон — для мамы!..— уточнил и господин Путин.— Обмен информацией полезен.",
    ]
    quotes = find_quotes(body, lang="ru")
    assert [(q.speaker, q.verb) for q in quotes] == [
        ("Анвар Ибрагим", "запротестовал"),
        ("Путин", "уточнил"),
        ("Путин", "уточнил"),
    ]


def test_a_german_dass_opening_a_clause_is_no_first_name() -> None:
    body = [
        "Dass Chris Eubank Jr. gewinnt, glaubt niemand.",
        "„Gegen mich wird er den Schlussgong nicht hören!“, so Chris Eubank Jr. jüngst.",
    ]
    assert [q.speaker for q in find_quotes(body, lang="de")] == ["Chris Eubank Jr"]


def test_a_short_or_unstopped_nordic_dash_line_is_a_list_item() -> None:
    body = [
        "Mette Frederiksen siger, at hun er glad.",
        "– 8 procent foretrækker amerikansk statsborgerskab",
        "– Kun få svarer ved ikke.",
    ]
    assert find_quotes(body, lang="da") == ()


def test_polish_openings_without_a_closing_dash_are_read_in_linear_time() -> None:
    # "a. - (b" opens a stretch after every sentence end, and no dash before a word closes
    # one: each pair of neighbouring dashes is tried once, not every opening to the end.
    def paragraph(n: int) -> list[str]:
        return ["a. - (b" * n]

    _assert_linear(paragraph, "pl")


def test_a_verb_before_a_comma_and_the_next_quote_introduces_that_one() -> None:
    # "Aslam berkata," opens the question; the sentence closed before it is not Aslam's.
    body = [
        "Umar bin Khattab berkata, “Jangan sampai kebencianmu membinasakan.” Aslam berkata,"
        " “Bagaimana itu?”"
    ]
    assert [q.speaker for q in find_quotes(body, lang="id")] == ["Umar bin Khattab", "Aslam"]


def test_a_verb_between_two_quotes_is_the_first_ones_without_another() -> None:
    body = ["“We won the whole thing.” Smith said, “It was hard.”"]
    assert [q.speaker for q in find_quotes(body, lang="en")] == ["Smith", "Smith"]


def test_an_arabic_sentence_after_a_full_stop_is_no_part_of_the_quotes_tail() -> None:
    # Arabic has no capitals: the letter after ". " starts the next sentence all the same.
    body = [
        'وأوضح مصفف الشعر غوستاف فوشيه أن اللون ناتج عن عملية "تعديل لون" تُستخدم عادةً.'
        " وقال إن الإضاءة قد تكون عاملًا حاسمًا."
    ]
    (quote,) = find_quotes(body, lang="ar")
    assert (quote.text, quote.speaker) == ("تعديل لون", "مصفف الشعر غوستاف فوشيه")


def test_an_arabic_comma_parts_the_clause_after_a_quote() -> None:
    body = [
        'إذ كتب أحد المستخدمين أن "ترامب ظهر بشعر وردي"، فيما تساءل آخرون عن السبب،'
        ' معتبرين أنه "لا ينسجم مع صورته".'
    ]
    quotes = find_quotes(body, lang="ar")
    assert quotes[0].speaker == "أحد المستخدمين"


@pytest.mark.parametrize(
    ("paragraph", "speaker", "role"),
    [
        # A preposition's noun before the name: "in the Rada Venedіktova said".
        (
            'На виступі в Раді Венедіктова заявила: "Я отримала лист від керівництва НАБУ."',
            "Венедіктова",
            None,
        ),
        # A noun in the genitive after the role: "the head of the Committee Serhiy Ionushas".
        (
            '"Я отримала лист від керівництва НАБУ", - заявив голова Комітету Сергій Іонушас.',
            "Сергій Іонушас",
            "голова Комітету",
        ),
        # A first name in the nominative stays the name's.
        (
            '"Я отримала лист від керівництва НАБУ", - заявила президентка Ірина Миколаївна'
            " Венедіктова.",
            "Ірина Миколаївна Венедіктова",
            "президентка",
        ),
    ],
)
def test_a_ukrainian_noun_governed_before_a_name_is_no_part_of_it(
    paragraph: str, speaker: str, role: str | None
) -> None:
    (quote,) = find_quotes([paragraph], lang="uk")
    assert (quote.speaker, quote.speaker_role) == (speaker, role)


def test_a_partial_quote_a_bracketed_reference_cites_is_kept_unattributed() -> None:
    body = [
        "Judas įvykdė programą, neįtardamas, kad „įėjo į jį šėtonas“ (Jn 13, 27; Lk 22, 3).",
        "Tiesa, Dievas „eina savo keliu“ (Mk 14, 21), net jeigu daugybė judų išduoda.",
        # A bracket that cites nothing leaves an unclaimed partial out.
        "Tai buvo „didelė klaida ir gėda“ (nors ne visi sutiko).",
    ]
    assert [(q.text, q.speaker) for q in find_quotes(body, lang="lt")] == [
        ("įėjo į jį šėtonas", None),
        ("eina savo keliu", None),
    ]


@pytest.mark.parametrize(
    ("paragraph", "lang", "speaker"),
    [
        # A person opening the clause speaks; the newspaper after the cue only reports it.
        (
            "Statsminister Mette Frederiksen er ifølge Berlingske ”glad for, hvis målingen er et"
            " udtryk for samarbejde”.",
            "da",
            "Mette Frederiksen",
        ),
        # After a relative pronoun the quoted words are the thing's, nobody's speech.
        (
            "Polisen har hittat en konversation som enligt åklagaren visar på att ”de har"
            " förolämpat oss under en längre tid”.",
            "sv",
            None,
        ),
        # A cue opening its clause, or after a clause with no person opening it, names him.
        ("Enligt Anna Berg är det ”ett mycket grovt brott”.", "sv", "Anna Berg"),
        ("Det är enligt Anna Berg ”ett mycket grovt brott”.", "sv", "Anna Berg"),
    ],
)
def test_a_source_cue_names_the_speaker_only_where_no_subject_says_it(
    paragraph: str, lang: str, speaker: str | None
) -> None:
    (quote,) = find_quotes([paragraph], lang=lang)
    assert quote.speaker == speaker


def test_an_arabic_participle_after_a_comma_takes_the_subject_after_the_clauses_verb() -> None:
    body = [
        "فيما تساءل آخرون عن سبب هذا التغيّر المفاجئ، معتبرين أنه"
        ' "لا ينسجم إطلاقًا مع صورته المعتادة".'
    ]
    (quote,) = find_quotes(body, lang="ar")
    assert quote.speaker == "آخرون"
