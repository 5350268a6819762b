"""Data integrity of the per-language cue-word files."""

from __future__ import annotations

import datetime as dt
import tomllib
import unicodedata
from importlib import resources

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse.extract.byline_names import is_name
from newsparse.extract.lang import detect_language
from newsparse.lexicon import LANGUAGES, SCRIPT_STOPS, fold, lexicon, occurrence_pattern
from tests.test_layout import _PARAS as LAYOUT_PARAS

REQUIRED = (
    "lang",
    "months",
    "stopwords",
    "byline_prefixes",
    "tag_labels",
    "comment_headings",
    "sidebar_headings",
)


def _data(lang: str) -> dict[str, object]:
    text = resources.files("newsparse.lexicon").joinpath(f"{lang}.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_file_has_required_keys_and_its_own_code(lang: str) -> None:
    data = _data(lang)
    for key in REQUIRED:
        assert key in data, key
    assert data["lang"] == lang


@pytest.mark.parametrize("lang", LANGUAGES)
def test_twelve_months_of_strings(lang: str) -> None:
    months = _data(lang)["months"]
    assert isinstance(months, list)
    assert len(months) == 12
    assert all(isinstance(n, str) and n for names in months for n in names)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_lists_hold_folded_unique_entries(lang: str) -> None:
    for key, value in _data(lang).items():
        if key in ("lang", "months") or not isinstance(value, list):
            continue
        folded = [fold(v) for v in value]
        assert all(folded), (key, value)
        assert len(set(folded)) == len(folded), key


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_navigation_line_is_listed_once_as_a_service_or_a_section(lang: str) -> None:
    data = _data(lang)
    services, sections = data.get("service_lines", []), data.get("navigation_lines", [])
    assert isinstance(services, list)
    assert isinstance(sections, list)
    assert not {fold(v) for v in services} & {fold(v) for v in sections}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_lists_its_menu_lines(lang: str) -> None:
    """Site menus ("Log in", "Newsletter", "Politics") are recognised in every language."""
    data = _data(lang)
    assert data.get("service_lines"), lang
    assert data.get("navigation_lines"), lang
    assert data.get("paywall_phrases"), lang


def test_service_lines_are_navigation_lines() -> None:
    lex = lexicon()
    assert lex.service_lines
    assert lex.service_lines <= lex.navigation_lines
    # Section names are navigation but no service: an article may be tagged with one.
    assert "politique" in lex.navigation_lines - lex.service_lines
    assert {"newsletter", "kontakt", "contact"} <= lex.service_lines


def test_sidebar_and_comment_headings_do_not_overlap_widgets() -> None:
    lex = lexicon()
    assert not lex.sidebar_headings & lex.widget_lines
    assert not lex.comment_headings & lex.sidebar_headings


def test_fold_is_idempotent() -> None:
    for text in ["  Tags: ", "» Related", "MOST READ", "Ärzte – Neu"]:
        assert fold(fold(text)) == fold(text)


@given(
    st.lists(st.text(alphabet="ab c.", min_size=1, max_size=5), max_size=6),
    st.text(alphabet="ab c.", max_size=30),
)
def test_occurrence_pattern_finds_exactly_when_a_phrase_occurs(
    phrases: list[str], text: str
) -> None:
    found = occurrence_pattern(tuple(phrases)).search(text) is not None
    assert found == any(phrase in text for phrase in phrases)


@given(
    st.lists(st.text(alphabet="eaknzé- ", min_size=1, max_size=6), min_size=1, max_size=8),
    st.text(alphabet="eaknzé- x", max_size=40),
)
def test_occurrence_pattern_anchors_find_every_phrase(phrases: list[str], text: str) -> None:
    # Phrases of common and rare characters, some holding others, anchored anywhere.
    found = occurrence_pattern(tuple(phrases)).search(text) is not None
    assert found == any(phrase in text for phrase in phrases)


def test_occurrence_pattern_shares_anchors_between_phrases() -> None:
    # Each phrase's own rarest character would be "g" for "fog" and "y" for "gym": a
    # search would stop at every "g" and every "y". One "g" anchors both.
    pattern = occurrence_pattern(("fog", "gym"))
    assert pattern.pattern.startswith("g")
    assert "|y" not in pattern.pattern
    assert pattern.search("a fog")
    assert pattern.search("gym")
    assert not pattern.search("fo gy")


def test_occurrence_pattern_tells_apart_phrases_that_share_a_tail() -> None:
    # Both anchor at "g" with the tail " in to comment": the trie reads it once, then looks
    # behind for each whole phrase.
    pattern = occurrence_pattern(("sign in to comment", "log in to comment", "gin"))
    assert pattern.search("please log in to comment")
    assert pattern.search("sign in to comment")
    assert pattern.search("a gin")
    assert not pattern.search("blog in to commen")
    assert not pattern.search("sig in to comment")


def test_any_cue_phrase_covers_the_lexicon_phrases() -> None:
    lex = lexicon()
    for phrase in (*lex.comment_phrases, *lex.boilerplate_phrases):
        assert lex.any_cue_phrase.search(f"x {phrase} y")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "da",
            "Hun siger, at det ikke er muligt, og at hun vil "
            "vente, til de har talt med os efter mødet.",
        ),
        (
            "no",
            "Han sier at det ikke er mulig, og at hun vil "
            "vente til etter møtet før de bestemmer noe.",
        ),
        (
            "sv",
            "Hon säger att det inte är möjligt och att hon vill "
            "vänta till efter mötet innan de bestämmer.",
        ),
        (
            "id",
            "Dia mengatakan bahwa hal itu tidak mungkin dan "
            "akan menunggu sampai setelah rapat yang ada.",
        ),
        (
            "uk",
            "Він сказав, що це не можливо, і що вона буде чекати до зустрічі, але вже після неї.",
        ),
        (
            "ru",
            "Он сказал, что это не возможно, и что она будет ждать до встречи, но уже после нее.",
        ),
    ],
)
def test_function_words_identify_the_language(lang: str, text: str) -> None:
    assert detect_language(text * 2, lexicon()) == lang


def test_names_keep_their_function_word_tokens() -> None:
    """Given names that are function words elsewhere ("till", "sina") still read as names."""
    lex = lexicon()
    assert is_name(["Till", "Eckert"], lex)
    assert is_name(["Sina", "Doe"], lex)


_FR_BODY = (
    "Le conseil municipal a voté mardi la prolongation du service de bus de nuit vers les"
    " quartiers nord, après des mois de plaintes des travailleurs et des étudiants.\n\n"
    "Les nouvelles lignes circuleront dès le mois prochain et coûteront environ deux millions"
    " par an à la ville, a indiqué le service des transports dans un communiqué.\n\n"
    "Les habitants ont salué la décision mais demandent davantage de passages le week-end,"
    " quand les derniers trains quittent le centre avant minuit.\n"
)


@pytest.mark.parametrize(
    "dates",
    [
        "Publié le 12 mars 2024\n\nDernière mise à jour le 14 mars 2024",
        "Publié le 12 mars 2024 - Mise à jour le 14 mars 2024",
        "Publié le 12 mars 2024 - Mis à jour le 14 mars 2024",
    ],
    ids=["derniere-mise-a-jour", "mise-a-jour", "mis-a-jour"],
)
def test_french_update_labels(dates: str) -> None:
    """ "Mise à jour" (the noun) labels an update like "mis à jour" (the participle)."""
    article = newsparse.parse(f"Accueil\n\nDes bus de nuit vers le nord\n\n{dates}\n\n{_FR_BODY}")
    assert (article.published, article.updated) == (dt.date(2024, 3, 12), dt.date(2024, 3, 14))


_EN_PARAS = LAYOUT_PARAS[:4]


@pytest.mark.parametrize(
    ("share", "related", "comments"),
    [
        ("Dela", "Mest läst", "Kommentarer"),
        ("Del artikkelen", "Les også", "Kommentarer"),
        ("Del artiklen", "Mest læste", "Skriv en kommentar"),
        ("Поделиться", "Читайте также", "Комментарии"),
        ("Поділитися", "Читайте також", "Коментарі"),
        ("Bagikan", "Berita terkait", "Tinggalkan Balasan"),
        ("シェア", "関連記事", "コメント"),
        ("分享", "相关新闻", "网友评论"),
        ("공유하기", "관련기사", "댓글"),
    ],
    ids=["sv", "no", "da", "ru", "uk", "id", "ja", "zh", "ko"],
)
def test_share_related_and_comment_lines_are_labelled(
    share: str, related: str, comments: str
) -> None:
    """A share line inside the article, and a related box or a comments section after it."""
    head = ["City expands night bus network", *_EN_PARAS[:2], share, *_EN_PARAS[2:]]
    teasers = ["Harbour ferry returns next spring", "Tram line opening delayed again"]
    reply = (
        "I could not disagree more with the council on this one, the buses are empty "
        "after midnight and the levy will only close the few bars we still have left."
    )
    for tail, label in (([related, *teasers], "sidebar"), ([comments, reply], "comments")):
        article = newsparse.parse("\n\n".join([*head, *tail]))
        labels = {s.text: s.label.value for s in article.segments}
        assert article.body == tuple(_EN_PARAS)
        assert labels[share] == "widget"
        assert labels[tail[0]] == label


def test_a_month_name_reads_one_month_in_every_language() -> None:
    """Month names are merged over the languages (and months.toml): none may mean two months."""
    months: dict[str, tuple[str, int]] = {}
    table = resources.files("newsparse.lexicon").joinpath("months.toml").read_text("utf-8")
    sources = [(lang, _data(lang)) for lang in LANGUAGES] + list(tomllib.loads(table).items())
    for lang, data in sources:
        # months.toml's abbreviations of a year-first language too ("márc").
        names = data.get("months", []) + data.get("short_months", [])
        assert isinstance(names, list)
        for k, spellings in enumerate(names):
            number = k % 12 + 1
            for name in spellings:
                first = months.setdefault(fold(name), (lang, number))
                assert first[1] == number, (name, lang, first)


_LINE_CUE_KEYS = (
    "widget_lines",
    "comment_headings",
    "sidebar_headings",
    "navigation_lines",
    "service_lines",
    "tag_labels",
)


def test_no_whole_line_cue_is_another_languages_function_word() -> None:
    """Whole-line cues of every language apply to every page (pages mix languages): none may be
    a function word of another language, which a line of that language could be alone."""
    lex = lexicon()
    for lang in LANGUAGES:
        data = _data(lang)
        others = frozenset().union(*(s for code, s in lex.stopwords.items() if code != lang))
        for key in _LINE_CUE_KEYS:
            words = data.get(key, [])
            assert isinstance(words, list)
            assert not {fold(w) for w in words} & others, (lang, key)


def test_script_stops_are_sentence_punctuation() -> None:
    assert SCRIPT_STOPS
    assert all(unicodedata.category(c) == "Po" for c in SCRIPT_STOPS)
    # Negative: the Arabic comma and the Ethiopic word space are no stops.
    assert "،" not in SCRIPT_STOPS
    assert "፡" not in SCRIPT_STOPS
