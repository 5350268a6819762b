"""Sentence stops of every script: Latin and CJK ones, the danda, the Arabic question mark and
full stop, the Armenian and Ethiopic stops; the Arabic comma ends no sentence."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.document.from_text import read_text
from newsparse.extract.byline_parts import trailing_name
from newsparse.extract.features import Cue, describe_all, ends_sentence
from newsparse.extract.headline_lines import (
    FULL_STOPS,
    SENTENCE_BREAK,
    asks_not_credits,
    ends_clause,
)
from newsparse.extract.quotes import find_quotes
from newsparse.extract.quotes.cues import _ends_sentence, _sentence_starts
from newsparse.lexicon import lexicon


@pytest.mark.parametrize(
    "text",
    [
        "The council voted on Tuesday.",
        "市议会周二投票。",
        "पुलिस ने दोनों आरोपियों को गिरफ्तार किया।",  # Hindi: the danda
        "পুলিশ দুজনকে গ্রেপ্তার করেছে।",  # Bengali: the danda
        "हे प्रभु ॥",  # the double danda
        "هل ستفتح الحكومة المستشفى؟",  # Arabic question mark
        "حکومت نے نیا ہسپتال کھولا ہے۔",  # Urdu full stop
        "Կառավարությունը նոր հիվանդանոց կբացի։",  # Armenian full stop
        "መንግሥት አዲስ ሆስፒታል ይከፍታል።",  # Ethiopic full stop
        "पुलिस ने कहा, “जांच जारी है।”",  # a closing quote after the stop
    ],
    ids=[
        "latin",
        "cjk",
        "hindi",
        "bengali",
        "double-danda",
        "arabic-question",
        "urdu",
        "armenian",
        "ethiopic",
        "quoted-hindi",
    ],
)
def test_a_line_ends_a_sentence(text: str) -> None:
    assert ends_sentence(text)


@pytest.mark.parametrize(
    "text",
    [
        # Negative: the Arabic comma and the Ethiopic word space end no sentence.
        "قال وزير الصحة إن الحكومة،",
        "መንግሥት አዲስ ሆስፒታል፡",
        # Negative: Thai writes no stop; a line of it ends no sentence by its last character.
        "รัฐบาลจะเปิดโรงพยาบาลแห่งใหม่",
    ],
    ids=["arabic-comma", "ethiopic-wordspace", "thai"],
)
def test_a_line_ends_no_sentence(text: str) -> None:
    assert not ends_sentence(text)


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("पुलिस ने दोनों आरोपियों को गिरफ्तार किया।", True),
        ("حکومت نے نیا ہسپتال کھولا ہے۔", True),
        ("قال وزير الصحة إن الحكومة،", True),
        ("መንግሥት አዲስ ሆስፒታል ይከፍታል።", True),
        # A headline may ask a question, in any script.
        ("هل ستفتح الحكومة المستشفى؟", False),
    ],
    ids=["danda", "urdu-stop", "arabic-comma", "ethiopic-stop", "arabic-question"],
)
def test_a_headline_ends_no_sentence_or_clause(text: str, ends: bool) -> None:
    assert ends_clause(text) is ends


def test_quoted_sentences_split_at_a_danda() -> None:
    """A caseless script starts its next sentence with any letter after the stop."""
    text = "उसने कहा कि यह सही है। पुलिस ने बताया कि जांच जारी है। अब आगे देखना होगा।"
    starts = _sentence_starts(text)
    assert [text[i:].split(maxsplit=1)[0] for i in starts] == ["उसने", "पुलिस", "अब"]


_HI_PARAS = [
    "पुलिस ने बुधवार को गांव में हुई चोरी का खुलासा कर दिया।",
    "दोनों आरोपियों के पास से चोरी के गहने बरामद किए गए हैं।",
    "थाना अध्यक्ष ने बताया कि आरोपियों को जेल भेजा जा रहा है।",
    "गांव के लोगों ने पुलिस की इस कार्रवाई की सराहना की है।",
]


def test_short_hindi_paragraphs_ending_in_a_danda_are_the_body() -> None:
    """Paragraphs of a dozen words ending in "।" read as prose, as those ending in "." do."""
    page = "\n\n".join(
        ["होम", "देश", "पुलिस ने चोरी का खुलासा किया, दो आरोपी गिरफ्तार", *_HI_PARAS, "विज्ञापन"]
    )
    article = newsparse.parse(page)
    assert article.body == tuple(_HI_PARAS)


@pytest.mark.parametrize(
    ("text", "breaks"),
    [
        ("पुलिस ने दोनों को गिरफ्तार किया। पुलिस ने कहा कि जांच जारी है", True),
        ("市议会周二投票。市长表示欢迎", True),
        ("حکومت نے نیا ہسپتال کھولا ہے۔ وزیر نے کہا", True),
        ("Τι θα γίνει με τις συντάξεις\u037e Η απάντηση του υπουργού", True),
        ("The council voted. Then the mayor spoke", True),
        # Negative: an abbreviation's full stop ("U.S.") breaks no sentence.
        ("U.S. troops leave the base", False),
        # Negative: the Arabic comma joins two clauses of one sentence.
        ("قال وزير الصحة، إن الحكومة ستفتح", False),
    ],
    ids=["danda", "cjk", "urdu", "greek-question", "latin", "initials", "arabic-comma"],
)
def test_a_sentence_break_inside_a_line_in_any_script(text: str, breaks: bool) -> None:
    assert (SENTENCE_BREAK.search(text) is not None) is breaks


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("पुलिस ने दोनों आरोपियों को गिरफ्तार किया।", True),
        ("市议会周二投票。", True),
        ("حکومت نے نیا ہسپتال کھولا ہے۔", True),
        ("The council voted.", True),
        # Negative: a question mark (a headline may ask) and the Arabic comma are no full stop.
        ("هل ستفتح الحكومة المستشفى؟", False),
        ("قال وزير الصحة إن الحكومة،", False),
    ],
    ids=["danda", "cjk", "urdu", "latin", "arabic-question", "arabic-comma"],
)
def test_a_line_ends_in_a_full_stop_in_any_script(text: str, ends: bool) -> None:
    assert text.endswith(FULL_STOPS) is ends


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Կառավարությունը նոր հիվանդանոց կբացի հաջորդ ամիս։ Արամ Պետրոսյան", "Արամ Պետրոսյան"),
        (
            "Θα ανοίξει η κυβέρνηση νέο νοσοκομείο τον επόμενο μήνα\u037e Νίκος Παπαδόπουλος",
            "Νίκος Παπαδόπουλος",
        ),
        ("The council voted on Tuesday. Peter Weber", "Peter Weber"),
        # Negative: no sentence ends before the words.
        ("Կառավարությունը նոր հիվանդանոց կբացի Արամ Պետրոսյան", ""),
    ],
    ids=["armenian", "greek-question", "latin", "no-stop"],
)
def test_a_paragraph_signed_after_a_stop_of_any_script(text: str, name: str) -> None:
    assert trailing_name(text, lexicon(), frozenset()) == name


@pytest.mark.parametrize(
    "text",
    [
        "उसने कहा, “जांच जारी है।” पुलिस ने बताया",
        "他说：“调查仍在进行。”警方表示",
        "He said: “It is over.” Police said",
    ],
    ids=["danda", "cjk", "latin"],
)
def test_a_quote_ends_its_sentence_at_a_stop_of_any_script(text: str) -> None:
    assert _ends_sentence(text, text.index("”"))


def test_the_greek_question_mark_ends_a_sentence() -> None:
    assert ends_sentence("Τι θα γίνει με τις συντάξεις\u037e")
    # Not a headline's clause end: a headline may ask.
    assert not ends_clause("Τι θα γίνει με τις συντάξεις\u037e")
    # As pages type it, the ASCII ";", after a Greek word; after a Latin one it is a semicolon.
    assert ends_sentence("Τι θα γίνει με τις συντάξεις;")
    assert not ends_sentence("He bought bread, milk and eggs;")


def test_a_greek_question_typed_as_a_semicolon_is_prose() -> None:
    lines = [
        # A long paragraph that asks: prose as one ending in "?" is.
        "Τι σημαίνει όμως αυτό για τους συνταξιούχους που ζουν μόνοι τους στην επαρχία της χώρας"
        " και δεν έχουν κανένα άλλο εισόδημα εκτός από τη μικρή σύνταξή τους κάθε μήνα;",
        # A question ends a sentence inside a line that has no final stop.
        "Πότε θα δουν τα χρήματα; Οι συνταξιούχοι θα δουν τις αυξήσεις στους λογαριασμούς τους"
        " από τα τέλη του μήνα",
        # Negative: Latin semicolons end no sentence.
        "He listed three things: bread, milk and eggs; then he left the shop without a word to"
        " anyone;",
    ]
    feats = describe_all(read_text("\n\n".join(lines)).blocks, lexicon())
    assert [feat.prose for feat in feats] == [1.0, 0.85, 0.5]


@pytest.mark.parametrize(
    ("paragraphs", "lang", "texts"),
    [
        # A quote after a CJK colon opens its sentence.
        (
            [
                "卢宇表示：“近几年，国内雾霾现象时有发生。我本身是学习能源环境专业的，所以每年都关注环保政策。”"
            ],
            "zh",
            ["近几年，国内雾霾现象时有发生。我本身是学习能源环境专业的，所以每年都关注环保政策。"],
        ),
        # A quote after a sentence's "。" opens its sentence too.
        (
            [
                "男性は13日、ほっとした口ぶりで語った。「理事会もずっと紛糾していた。再生への道筋をつけるのも一苦労だった」と語る。"
            ],
            "ja",
            ["理事会もずっと紛糾していた。再生への道筋をつけるのも一苦労だった"],
        ),
        # Paragraphs that are one quote each, ending in "？" and "！": dialogue, no headings.
        (
            [
                "“妈妈，为什么还不能出去？”",
                "“宝贝，我们在打一场无声的战役，每个在家里不出去的人都是英雄哦！”",
                "在抗击新冠肺炎疫情的日子里，封在武汉的父母们总要小心翼翼回应着孩子天真的追问。",
            ],
            "zh",
            [
                "妈妈，为什么还不能出去？",
                "宝贝，我们在打一场无声的战役，每个在家里不出去的人都是英雄哦！",
            ],
        ),
    ],
    ids=["cjk-colon", "cjk-stop", "cjk-dialogue"],
)
def test_cjk_quotes_read_cjk_stops(paragraphs: list[str], lang: str, texts: list[str]) -> None:
    assert [q.text for q in find_quotes(paragraphs, lang=lang)] == texts


def test_a_credit_after_a_question_of_any_script_is_a_headline() -> None:
    assert asks_not_credits("Μπορούν τα ψάρια να νιώσουν πόνο / να υποφέρουν\u037e", Cue.CREDIT)
    assert asks_not_credits("鱼能感到疼痛 / 受苦吗？", Cue.CREDIT)
    assert not asks_not_credits("Jane Doe / Reuters", Cue.CREDIT)
