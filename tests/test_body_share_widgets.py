"""Share buttons printed as lines of text are widgets, not the article's sub-headings.

A share bar prints its buttons' names on one line ("Facebook Twitter Xing LinkedIn
Whatsapp Mail"), in any order and count; a text dump keeps the line between the article's
paragraphs, where it read as a heading over the next one.
"""

from __future__ import annotations

import pytest

import newsparse
from newsparse.document.from_text import read_text
from newsparse.extract.features import ICON_KEY, SHARE_BAR_KEY, Cue, describe
from newsparse.lexicon import lexicon

_ARTICLE = [
    "Der Konzern muss sich von Teilen seiner Aktivitäten in den Vereinigten Staaten trennen. "
    "Den Verkauf machen die Kartellbehörden zur Bedingung für die geplante Fusion.",
    "Um die Genehmigung der Behörden für den geplanten Zusammenschluss zu bekommen, hatte "
    "der Konzern bereits vor Monaten den Verkauf mehrerer Geschäfte angekündigt.",
    "Der Käufer zahlt dafür nach Angaben beider Unternehmen einen Betrag in Milliardenhöhe, "
    "der Abschluss wird für die zweite Hälfte des Jahres erwartet.",
]


@pytest.mark.parametrize(
    "line",
    [
        "Facebook Twitter Xing LinkedIn Whatsapp Mail",
        "Facebook Twitter Pinterest Email",
        "whatsapp pinterest facebook twitter mail Drucken",
        "Twitter | Facebook | Instagram | TikTok | WhatsApp",
        "Email • Twitter • Google+",
        "facebook twitter print email",
    ],
)
def test_a_line_of_share_buttons_is_a_widget(line: str) -> None:
    feat = describe(read_text(line).blocks[0], lexicon())
    assert (feat.cue, feat.cue_key) == (Cue.WIDGET, SHARE_BAR_KEY)


@pytest.mark.parametrize(
    "line",
    [
        # Two names only, or words that are no buttons: a sentence or a heading.
        "Facebook Twitter",
        "Facebook, Twitter und Instagram",
        "Follow us on Facebook Twitter Instagram",
        "Print email share",
    ],
)
def test_a_line_naming_networks_among_other_words_is_no_share_bar(line: str) -> None:
    assert describe(read_text(line).blocks[0], lexicon()).cue_key != SHARE_BAR_KEY


def test_a_share_bar_between_paragraphs_stays_out_of_the_body() -> None:
    bar = "Facebook Twitter Xing LinkedIn Whatsapp Mail"
    parts = ["Konzern verkauft Geschäfte in Amerika", _ARTICLE[0], bar, *_ARTICLE[1:]]
    article = newsparse.parse("\n\n".join(parts) + "\n")
    assert bar not in article.body
    assert list(article.body) == _ARTICLE


@pytest.mark.parametrize(
    "line",
    [
        "Click to share on Twitter (Opens in new window)",
        "Click to email a link to a friend (Opens in new window)",
        "Click to print (Opens in new window)",
        "Klick, um auf Facebook zu teilen (Wird in neuem Fenster geöffnet)",
        "Klicken, um über Twitter zu teilen (Wird in neuem Fenster geöffnet)",
        "Klick, um dies einem Freund per E-Mail zu senden (Wird in neuem Fenster geöffnet)",
    ],
)
def test_a_wordpress_share_button_is_boilerplate(line: str) -> None:
    assert describe(read_text(line).blocks[0], lexicon()).cue is Cue.BOILERPLATE


def test_wordpress_share_buttons_under_the_article_stay_out_of_the_body() -> None:
    buttons = "\n".join(
        [
            "Klick, um auf Facebook zu teilen (Wird in neuem Fenster geöffnet)",
            "Klicken, um auf WhatsApp zu teilen (Wird in neuem Fenster geöffnet)",
            "Ähnliche Beiträge:",
            "Hafer aufgrund der Klimaresistenz auf dem Vormarsch in den Anbaugebieten",
        ]
    )
    parts = ["Konzern verkauft Geschäfte in Amerika", *_ARTICLE, "Wochenblatt / Agentur", buttons]
    article = newsparse.parse("\n\n".join(parts) + "\n")
    assert list(article.body) == _ARTICLE


@pytest.mark.parametrize(
    ("line", "icon"),
    [
        ("Ícone seta para esquerda", True),
        ("Ícone fechar", True),
        ("icon chevron down", True),
        ("Share Icon", True),
        ("Headphones Icon", True),
        # "Iconic" is no icon; a title naming an icon runs longer than a label.
        ("Iconic Jasper resort reopens", False),
        ("Timeless L.A. icon", False),
    ],
)
def test_an_icon_label_is_a_widget(line: str, icon: bool) -> None:
    feat = describe(read_text(line).blocks[0], lexicon())
    assert ((feat.cue, feat.cue_key) == (Cue.WIDGET, ICON_KEY)) is icon


_PARAGRAPHS = [
    "Após rechaçar um encontro da seleção com o presidente eleito, o técnico disse nesta "
    "sexta-feira que errou ao levar a taça do torneio ao ex-presidente em 2012.",
    "Ao lado de representantes do clube paulista, o atual comandante da seleção ainda "
    "entregou uma réplica do troféu ao ex-presidente durante a visita ao instituto.",
]

_RESUMED = [
    "O assunto foi levantado porque recentemente o técnico foi questionado se aceitaria um "
    "encontro com o presidente eleito, que visitou o clube campeão no último domingo.",
    "Apesar disso, o técnico não questionou a ação do clube e da confederação, que convidaram "
    "o presidente eleito para a festa do título no estádio em São Paulo.",
]


def test_a_box_under_a_gallery_s_icons_is_set_into_the_article() -> None:
    # A gallery's title and arrow icons between the last paragraph and "Leia Mais": the
    # box still stands right under the paragraph, and its icons and share buttons take no
    # room of its reach, so the article resumes after it.
    box = ["Leia Mais", "Ícone fechar", "Voltar Ver novamente", "Ícone seta para esquerda"]
    box += ["Voltar", "Ícone seta para cima", "Ícone seta para baixo", "Compartilhe"]
    for name in ("Facebook", "Whatsapp", "Twitter", "Pinterest", "Linkedin"):
        box += [f"Ícone {name}", name]
    box += ["Ícone de link", "Cadeado representando um link Copiar link", "Ícone fechar"]
    gallery = ["Os times de coração dos presidentes", "Ícone seta para esquerda"]
    gallery += ["Ícone seta para direita"]
    parts = ["Técnico diz que errou ao levar taça ao ex-presidente", *_PARAGRAPHS]
    parts += [*gallery, *box, *_RESUMED, "Tópicos relacionados", "futebol"]
    article = newsparse.parse("\n\n".join(parts) + "\n")
    assert list(article.body)[-2:] == _RESUMED
