"""Bylines beyond English-style ones: other conjunctions, gender-inclusive labels, CJK names."""

from __future__ import annotations

import pytest

import newsparse
from newsparse import Field
from newsparse.extract.byline import read_byline, split_names
from newsparse.extract.byline_names import bracket_signoff, is_name, split_run
from newsparse.extract.byline_parts import signoff_names
from newsparse.lexicon import lexicon


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Jane Doe og John Roe", ["Jane Doe", "John Roe"]),
        ("Jane Doe och John Roe", ["Jane Doe", "John Roe"]),
    ],
    ids=["da-no-og", "sv-och"],
)
def test_nordic_conjunctions_join_two_names(line: str, names: list[str]) -> None:
    assert split_names(line, lexicon()) == names


@pytest.mark.parametrize(
    "line",
    ["Kolumnist*in: Jane Doe", "Autor:in: Jane Doe", "Autor*in: Jane Doe"],
)
def test_gender_inclusive_role_labels_are_prefixes(line: str) -> None:
    byline = read_byline(line, lexicon())
    assert byline.names == ("Jane Doe",)
    assert byline.prefixed


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("김혜진 기자", ("김혜진",)),
        ("记者 焦鹏", ("焦鹏",)),
        # One reporter word for several names: before them (Chinese), after them (Japanese).
        ("本报记者 张建国 赵娜", ("张建国", "赵娜")),
        ("记者 张建国、赵娜", ("张建国", "赵娜")),
        ("山田直樹、中村美咲 記者", ("山田直樹", "中村美咲")),
        # The reporter word glued after a name of three or four syllables.
        ("山田太郎記者", ("山田太郎",)),
        ("홍길동기자", ("홍길동",)),
        # Japanese "text by" with the middle dot for its colon.
        ("文・山田太郎", ("山田太郎",)),
        # Negatives: no role word; a long run is a phrase; three tokens are a credit.
        ("김혜진 사진", ()),
        ("대통령선거공식 기자", ()),
        ("新华社记者 才扬 摄", ()),
        ("记者 张建国 北京市政府发布了新政策", ()),
        # Negatives glued: an agency, a paper, a modifier of two syllables, a role alone.
        ("新华社记者", ()),
        ("朝日新聞記者", ()),
        ("摄影记者", ()),
        ("本报记者", ()),
        # A second label after the dot ("text and photos") is read as the pair the lexicon
        # lists, not as "文" and a name "写真 山田太郎"; a katakana name's dot is no label.
        ("文・写真 山田太郎", ("山田太郎",)),
        ("ジョン・スミス", ()),
    ],
    ids=[
        "ko-after", "zh-before", "zh-two-names", "zh-two-names-comma", "ja-two-names-after",
        "ja-glued", "ko-glued", "ja-text-by-dot", "no-role", "long-run", "photo-credit",
        "name-then-phrase", "agency-glued", "paper-glued", "modifier-glued", "role-alone",
        "two-labels", "katakana-dot",
    ],
)  # fmt: skip
def test_cjk_name_beside_a_reporter_word(line: str, names: tuple[str, ...]) -> None:
    assert read_byline(line, lexicon()).names == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("بقلم: محمد حسن", ("محمد حسن",)),
        ("كتب: ليلى النجار، خالد عبد الله", ("ليلى النجار", "خالد عبد الله")),
        ("\u200fبقلم: ليلى النجار\u200f", ("ليلى النجار",)),
        # "By the pen of" and "wrote" need no colon.
        ("بقلم محمد علي", ("محمد علي",)),
        ("كتب محمد علي", ("محمد علي",)),
        # "و" glued to the second name; not in a name that opens with its letter ("وليد").
        ("كتب محمد علي وأحمد حسن", ("محمد علي", "أحمد حسن")),
        ("بقلم: أحمد محمد وليد حسن", ("أحمد محمد وليد حسن",)),
        # Negatives: no label; a phrase (a function word) after the label.
        ("محمد حسن", ()),
        ("بقلم: فريق التحرير في الموقع", ()),
        ("كتب الرئيس عن الحرب", ()),
        # Thai: "by", a first name and a surname apart, "and" between two names.
        ("โดย สมชาย ใจดี", ("สมชาย ใจดี",)),
        ("โดย สมชาย ใจดี และ สมหญิง รักไทย", ("สมชาย ใจดี", "สมหญิง รักไทย")),
        # Negative: one unspaced run after the prefix is a desk or a phrase, no name.
        ("โดย ทีมข่าวการเมือง", ()),
    ],
    ids=[
        "ar-label", "ar-two-names", "ar-direction-marks", "ar-pen-no-colon", "ar-verb-no-colon",
        "ar-glued-and", "ar-waw-name", "no-label", "phrase", "verb-then-phrase", "th-by",
        "th-two-names", "th-one-run",
    ],
)  # fmt: skip
def test_caseless_names_after_a_byline_label(line: str, names: tuple[str, ...]) -> None:
    assert read_byline(line, lexicon()).names == names


PROSE = (
    "The city council approved the construction of a new bridge over the river on Tuesday.\n\n"
    "Work is expected to start in the autumn and to last for about two years, officials said.\n\n"
    "The bridge will carry two lanes of traffic, a cycle path and a wide footpath on each side.\n"
)


def test_a_run_of_names_over_their_addresses_is_one_byline() -> None:
    dump = (
        "Home\nNews\n\nCouncil approves the new river bridge\n\n"
        "Jane Doe\njane@example.org\nJohn Roe\njohn.roe@example.org\n"
        "Published 3 May 2024\n\n" + PROSE
    )
    assert newsparse.parse(dump).authors == ("Jane Doe", "John Roe")


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("(责编：牛镛、岳弘彬)", ("牛镛", "岳弘彬")),
        ("责任编辑： 焦鹏", ("焦鹏",)),
        # Negatives: a phrase after the label; a label noun without its colon.
        ("责任编辑：中国人民大学新闻学院", ()),
        ("编辑 焦鹏", ()),
    ],
    ids=["zh-editors", "zh-editor-wide-colon", "zh-phrase", "zh-no-colon"],
)
def test_cjk_names_after_a_full_width_label(line: str, names: tuple[str, ...]) -> None:
    assert read_byline(line, lexicon()).names == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Автор: Віталій Шабунін", ("Віталій Шабунін",)),
        ("Penulis: Jane Doe", ("Jane Doe",)),
        ("Dan Goodin", ("Dan Goodin",)),  # "dan" (Indonesian "and") is no conjunction
    ],
    ids=["uk-author", "id-writer", "dan-is-a-name"],
)
def test_author_labels_of_more_languages(line: str, names: tuple[str, ...]) -> None:
    assert read_byline(line, lexicon()).names == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The council will vote again next week. (Jane Doe aus Berlin, John Roe, 3.5.2024)",
            ("Jane Doe", "John Roe"),
        ),
        ("The council will vote again next week. (Jane Doe, 3 May 2024)", ("Jane Doe",)),
        # Negatives: an agency; no date; a date that does not close the parenthesis.
        ("The council will vote again next week. (APA, 3.5.2024)", ()),
        ("The council will vote again next week. (Jane Doe)", ()),
        ("The council voted (Jane Doe, 3.5.2024, in Vienna)", ()),
    ],
    ids=["names-and-place", "one-name", "agency", "undated", "date-inside"],
)
def test_dated_sign_off_in_parentheses(text: str, names: tuple[str, ...]) -> None:
    assert signoff_names(text, lexicon(), frozenset()) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("停戦について協議した。【エルサレム松岡大地、カイロ金子淳】", ("松岡大地", "金子淳")),
        ("停戦について協議した。【大阪・山田太郎】", ("山田太郎",)),
        ("停戦について協議した。【山田太郎】", ("山田太郎",)),
        # Negatives: an agency, a heading with kana, a place run into a name, not at the end.
        ("停戦について協議した。【共同】", ()),
        ("【時系列で見る】", ()),
        ("停戦について協議した。【北京林哲平太】", ()),
        ("【エルサレム松岡大地】停戦について協議した。", ()),
    ],
    ids=["two-places", "han-place", "bare-name", "agency", "heading", "long-run", "not-last"],
)
def test_japanese_bracket_signoff(text: str, names: tuple[str, ...]) -> None:
    assert bracket_signoff(text) == names


def test_declared_han_name_outranks_a_signoff() -> None:
    """A declared "松岡大地" is a person, not an outlet fallback: it beats a sign-off."""
    body = "".join(
        f"<p>イスラエルとハマスの停戦交渉について、仲介国は{n}日に協議を続けたと発表した。</p>"
        for n in range(1, 4)
    )
    html = (
        '<html><head><meta name="author" content="松岡大地"></head><body>'
        f"<h1>停戦交渉が続く</h1>{body}"
        "<p>人質の解放も議題になった。【エルサレム松岡大地、カイロ金子淳】</p></body></html>"
    )
    assert newsparse.parse(html).authors == ("松岡大地",)


@pytest.mark.parametrize(
    "site_meta",
    [
        '<meta property="og:site_name" content="中央日报">',
        '<script type="application/ld+json">{"@type": "NewsArticle", "publisher":'
        ' {"@type": "Organization", "name": "中央日报"}}</script>',
    ],
    ids=["og-site-name", "jsonld-publisher"],
)
def test_declared_han_outlet_is_no_person(site_meta: str) -> None:
    """A declared "中央日报" that is the site's own name is an outlet: a last resort only."""
    body = "".join(
        f"<p>今年第{n}季度，全国多地的用电量继续保持增长，电网运行总体平稳有序。</p>"
        for n in range(1, 4)
    )
    html = (
        f'<html><head><meta name="author" content="中央日报">{site_meta}</head><body>'
        f"<h1>用电量保持增长</h1>{body}</body></html>"
    )
    article, explanation = newsparse.Parser.default().parse_and_explain(html)
    assert article.authors == ("中央日报",)  # the only byline the page has
    declared = [c for c in explanation.decisions[Field.AUTHORS].ranked if c.source == "meta:author"]
    # Outlet fallbacks score under 1, persons 4 and more: any person found elsewhere wins.
    assert [c.score < 1 for c in declared] == [True]


@pytest.mark.parametrize(
    ("tokens", "name"),
    [
        (["Tangkapan", "Layar", "TVRI"], False),
        (["Foto", "Jane", "Doe"], False),
        # Negative: a credit word later in the line does not stop a name from opening it.
        (["Jane", "Doe", "Foto"], True),
        # A sentence's end is no name; a suffix or an initial is.
        (["Internatskolan", "Lundsberg."], False),
        (["John", "Doe", "Jr."], True),
        (["Jane", "R."], True),
    ],
    ids=["id-screenshot", "photo-label", "credit-word-last", "sentence-end", "jr", "initial"],
)
def test_a_name_never_opens_with_a_credit_label_nor_ends_a_sentence(
    tokens: list[str], name: bool
) -> None:
    assert is_name(tokens, lexicon()) is name


@pytest.mark.parametrize(
    ("tokens", "name"),
    [
        (["F", "T", "W", "M"], False),
        (["J.", "R."], False),
        # Negative: one word of two letters or more beside initials makes a name.
        (["J.", "Li"], True),
    ],
    ids=["share-letters", "two-initials", "initial-and-word"],
)
def test_initials_alone_are_no_name(tokens: list[str], name: bool) -> None:
    """Share icons' letters ("F T W M") read as capitalised tokens, but name no person."""
    assert is_name(tokens, lexicon()) is name


@pytest.mark.parametrize(
    ("name", "page", "names"),
    [
        (
            "Jane Doe Gear Team",
            "jane doe gear team ... photograph: jane doe ... jane doe is a senior writer",
            ["Jane Doe", "Gear Team"],
        ),
        (
            "Birgit Doe Anna Maria Roe Jan Michael Poe",
            "birgit doe anna maria roe jan michael poe ... birgit doe ... anna maria roe",
            ["Birgit Doe", "Anna Maria Roe", "Jan Michael Poe"],
        ),
        # Negatives: the page always writes the long name whole; no head named apart.
        (
            "Carlos Alberto Garcia Lopez",
            "carlos alberto garcia lopez ... carlos alberto garcia lopez is a writer",
            ["Carlos Alberto Garcia Lopez"],
        ),
        ("Jane Doe Gear Team", "jane doe gear team", ["Jane Doe Gear Team"]),
        # Negative: the head names another person, "Ana Belén" with another surname.
        (
            "Ana Belén Martínez Ruiz",
            "Por Ana Belén Martínez Ruiz ... dijo Ana Belén Sánchez.",
            ["Ana Belén Martínez Ruiz"],
        ),
    ],
    ids=["named-apart", "three-names", "always-whole", "no-evidence", "given-names-of-another"],
)
def test_split_run_needs_the_page_to_name_a_head_apart(
    name: str, page: str, names: list[str]
) -> None:
    assert split_run(name, [page], lexicon()) == names


def test_a_section_label_between_date_and_headline_is_no_byline() -> None:
    """A bare "Public Companies" under the date line and over the headline is a rubric."""
    dump = (
        "Home\nNews\nSubscribe\n\nTuesday, 15 September 2020\nPublic Companies\n\n"
        "Council approves the new river bridge\n\n" + PROSE
    )
    assert newsparse.parse(dump).authors == ()


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Liebe Grüße", []),
        ("Best Regards", []),
        ("Via SyndiGate.info", []),
        ("Vincis Blog", []),
        ("Med Venlig Hilsen", []),
        # Negative: the words bar only themselves, not the names around them.
        ("Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
    ],
    ids=["de-greeting", "en-greeting", "via-source", "blog", "da-greeting", "names"],
)
def test_greetings_sources_and_blogs_are_no_names(line: str, names: list[str]) -> None:
    """A letter's greeting over its signature, a source credit and a blog's name read as
    two capitalised words, but no person has them (the lexicons' ``non_name_words``)."""
    assert split_names(line, lexicon()) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Av Anna Svensson", ("Anna Svensson",)),
        ("Skrevet av Kari Nordmann", ("Kari Nordmann",)),
        ("Skriven av Anna Svensson", ("Anna Svensson",)),
        ("Skrevet af Jens Hansen", ("Jens Hansen",)),
        ("Tekst: Kari Nordmann", ("Kari Nordmann",)),
        ("Texto: Ana Souza", ("Ana Souza",)),
        ("Testo di Mario Rossi", ("Mario Rossi",)),
        ("Texte : Jean Dupont", ("Jean Dupont",)),
        ("Текст: Олена Петренко", ("Олена Петренко",)),
        # Negatives: a sentence that opens with the preposition; a label noun needs a colon.
        ("Av alla svenska kommuner har Stockholm flest invånare.", ()),
        ("Texto completo da lei", ()),
    ],
)
def test_nordic_and_romance_byline_prefixes(line: str, names: tuple[str, ...]) -> None:
    """Byline cue words of more languages: Swedish and Norwegian "Av", Danish "Skrevet af",
    the "Text:" label of Scandinavian, Dutch, Romance and Ukrainian pages."""
    byline = read_byline(line, lexicon())
    assert byline.names == names
    assert byline.prefixed or not names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("View all posts by Jane Doe", ("Jane Doe",)),
        ("Alles von Martin Junker", ("Martin Junker",)),
        ("Alle Beiträge von Jane Doe", ("Jane Doe",)),
        ("Tous les articles de Jean Dupont", ("Jean Dupont",)),
        ("Todos los artículos de Ana García", ("Ana García",)),
        ("Tutti gli articoli di Mario Rossi", ("Mario Rossi",)),
        ("Alle artikelen van Jan de Vries", ("Jan de Vries",)),
        # Negative: the link alone names no one.
        ("View all posts", ()),
    ],
)
def test_author_archive_links_name_the_author(line: str, names: tuple[str, ...]) -> None:
    """An author box's link to the author's other stories ("View all posts by Jane Doe",
    "Alles von Jane Doe") is a prefixed byline."""
    byline = read_byline(line, lexicon())
    assert byline.names == names
    assert byline.prefixed or not names


def test_author_archive_link_under_the_body_beats_a_subheading() -> None:
    """Under the body, the archive link names the author; a subheading of the body that reads
    as a name with a particle ("Leasing von Firmenfahrzeugen") does not."""
    paragraphs = "".join(
        f"Die {w} Phase der Arbeiten sperrt die alte Brücke für {k + 2} Wochen, sagte sie.\n\n"
        for k, w in enumerate(("erste", "zweite", "dritte", "vierte", "fünfte", "sechste"))
    )
    dump = (
        "Startseite\nRatgeber\n\nDie neue Brücke über den Fluss kommt\n7. Oktober 2019\n\n"
        + paragraphs
        + "Leasing von Firmenfahrzeugen\n\n"
        + paragraphs.replace("Brücke", "Straße")
        + "\nAlles von Martin Junker\n\nKontakt\nImpressum\n"
    )
    assert newsparse.parse(dump).authors == ("Martin Junker",)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # Chinese: the reporter word glued before a name that opens with a family name.
        ("记者张三", ("张三",)),
        ("本报记者王小明", ("王小明",)),
        ("記者陳大文", ("陳大文",)),
        ("通讯员李明", ("李明",)),
        # Japanese: "photos and text by" before a space.
        ("写真・文 山田太郎", ("山田太郎",)),
        ("写真・文\u3000山田太郎", ("山田太郎",)),
        # Korean wire bylines: the place and agency before, the "=" sign after.
        ("홍길동 기자 =", ("홍길동",)),
        ("(서울=연합뉴스) 홍길동 기자 =", ("홍길동",)),
        ("(서울=뉴스1) 홍길동 김철수 기자 =", ("홍길동", "김철수")),
        # Thai "reporter", Hindi "report" and "correspondent" labels.
        ("ผู้สื่อข่าว: สมชาย ใจดี", ("สมชาย ใจดี",)),
        ("रिपोर्ट: राहुल शर्मा", ("राहुल शर्मा",)),
        ("संवाददाता: राहुल शर्मा", ("राहुल शर्मा",)),
        # Negatives: a noun after the glued reporter word; an agency's reporter; an unlisted
        # pair of labels; a sentence that opens with "report".
        ("记者招待会", ()),
        ("记者协会", ()),
        ("新华社记者张三", ()),
        ("写真・映像 山田太郎", ()),
        ("रिपोर्ट में कहा गया है कि सरकार", ()),
    ],
)  # fmt: skip
def test_reporter_words_and_labels_of_cjk_thai_and_hindi_bylines(
    line: str, names: tuple[str, ...]
) -> None:
    assert read_byline(line, lexicon()).names == names


_ZH_PARAGRAPH = (
    "北京市政府周三宣布了一项新的交通计划，旨在减少市中心的拥堵。该计划将在明年初实施，并将覆盖所有"
    "主要道路。官员表示，这项措施经过了长时间的研究和公众咨询。"
)


@pytest.mark.parametrize(
    ("line", "names"),
    [("记者张三", ("张三",)), ("山田太郎記者", ("山田太郎",)), ("记者招待会", ())],
)
def test_a_glued_reporter_line_under_the_headline_is_a_byline(
    line: str, names: tuple[str, ...]
) -> None:
    dump = "\n\n".join(("首页 | 新闻", "北京公布新交通计划", line, *[_ZH_PARAGRAPH] * 3))
    assert newsparse.parse(dump).authors == names
