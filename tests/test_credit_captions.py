"""A caption sentence with its photo credit glued on after a pipe is a caption, not body."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.document import BlockKind, text_block
from newsparse.extract.features import AGENCY_KEY, CAPTION_KEY, Cue, describe
from newsparse.lexicon import lexicon

_SENTENCE = "Thousands of residents lined the harbour road to watch the new ferry arrive on Monday."


@pytest.mark.parametrize(
    "tail",
    ["| AP Photo", "| AP Photo Close", "| Reuters", "| Getty Images", "| Photo: Jane Doe"],
)
def test_a_sentence_with_a_credit_tail_is_a_credit(tail: str) -> None:
    block = text_block(0, f"{_SENTENCE} {tail}", (0, 0), BlockKind.TEXT, 1)
    assert describe(block, lexicon()).cue is Cue.CREDIT


@pytest.mark.parametrize(
    "text",
    [
        _SENTENCE,
        f"{_SENTENCE} | Sports desk notes",  # a pipe, but no credit word after it
        f"{_SENTENCE} | Reutersville council",  # the cue must end at a word boundary
        f"Thousands lined the road | AP Photo of the ferry {_SENTENCE}",  # no sentence end
    ],
)
def test_a_sentence_without_a_credit_tail_is_no_credit(text: str) -> None:
    block = text_block(0, text, (0, 0), BlockKind.TEXT, 1)
    assert describe(block, lexicon()).cue is not Cue.CREDIT


def test_a_credited_caption_under_the_headline_stays_out_of_the_body() -> None:
    paragraphs = [
        "The harbour authority opened the new ferry terminal on Monday after two years of "
        "building work and several delays caused by storms.",
        "Officials said the terminal would handle twice as many passengers as the old one "
        "and cut waiting times for commuters.",
    ]
    dump = "\n\n".join(
        ["New ferry terminal opens in the harbour", f"{_SENTENCE} | AP Photo Close", *paragraphs]
    )
    article = newsparse.parse(dump)
    assert article.body == tuple(paragraphs)


def _cue(text: str) -> tuple[Cue, str]:
    feat = describe(text_block(0, text, (0, 0), BlockKind.TEXT, 1), lexicon())
    return feat.cue, feat.cue_key


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Photograph: Tim Robberts/Getty Images", "credit"),
        ("PHOTOGRAPH: SCOTT GILBERTSON", "credit"),
        ("Bron: BELGA", "credit"),
        # A source named after a slash, glued to the photographer's name.
        ("Tim Robberts/Getty Images", AGENCY_KEY),
        ("STR/AFP via Getty Images", AGENCY_KEY),
        ("Photo by Jane Doe/AP", AGENCY_KEY),
        ("Jane Doe/Hindustan Times/Getty Images", AGENCY_KEY),
        ("JANE DOE/PAP/EPA", AGENCY_KEY),
        # The source first.
        ("Imago/Blaulicht-News.de", AGENCY_KEY),
        # A screen reader's label before a credit or a caption.
        ("Image copyright Reuters", CAPTION_KEY),
        ("Image caption The minister arrives at the court in Stockholm on Tuesday", CAPTION_KEY),
    ],
)
def test_a_credit_line_is_recognised(text: str, key: str) -> None:
    assert _cue(text) == (Cue.CREDIT, key)


@pytest.mark.parametrize(
    "text",
    [
        "AC/DC to tour Europe again",
        "The 2024/25 season starts in August",
        "Members and/or guests",
        "https://example.com/photo/12",
        "Imaging/Design",
        # A spaced slash between menu words names no picture's source.
        "Add-ons / Web Extensions",
        "Sign in / Sign up",
        "Expand / Collapse search",
    ],
)
def test_a_slash_without_a_source_is_no_credit(text: str) -> None:
    assert _cue(text)[0] is Cue.NONE


_PARAS = [
    "The harbour authority opened the new ferry terminal on Monday after two years of "
    "building work and several delays caused by storms.",
    "Officials said the terminal would handle twice as many passengers as the old one "
    "and cut waiting times for commuters.",
    "The old terminal will close in the spring and make room for a park along the water, "
    "the city said in a statement on Monday evening.",
]


@pytest.mark.parametrize("credit", ["Jane Doe/Getty Images", "JANE DOE/AFP", "Imago/Jane Doe"])
def test_a_credit_between_paragraphs_is_no_body(credit: str) -> None:
    dump = "\n\n".join(["New ferry terminal opens", *_PARAS[:2], credit, _PARAS[2]])
    article = newsparse.parse(dump)
    assert article.body == tuple(_PARAS)
    assert {s.text: s.label.value for s in article.segments}[credit] == "caption"


def test_a_slash_credit_makes_no_caption_of_the_paragraph_above() -> None:
    # "Name/Agency" stands over its photo's caption as often as under it.
    short = "The terminal handles twice as many passengers as the old one."
    dump = "\n\n".join(["New ferry terminal opens", _PARAS[0], short, "Jane Doe/Getty Images"])
    dump += "\n\n" + "\n\n".join(_PARAS[1:])
    assert newsparse.parse(dump).body == (_PARAS[0], short, *_PARAS[1:])


def test_a_credit_glued_into_a_consent_box_is_crossed() -> None:
    paras = [
        "Der Stadtrat hat am Dienstag beschlossen, das Nachtbusnetz auszubauen, nachdem die "
        "Fahrgastzahlen auf den bestehenden Linien schneller gewachsen sind als erwartet.",
        "Die neuen Linien sollen im Frühjahr starten, mit Bussen alle zwanzig Minuten zwischen "
        "Mitternacht und fünf Uhr morgens auf den am stärksten genutzten Strecken der Stadt.",
        "Die Verkehrsbetriebe schätzen die Kosten auf etwa vier Millionen Euro im Jahr, die zum "
        "Teil über eine Abgabe der Clubs und Bars finanziert werden sollen, was viele ablehnen.",
    ]
    buttons = ["Externer Inhalt nicht verfügbar", "Privatsphäre-Einstellungen ändern"]
    box = "\n".join([*buttons, "Jane Doe/Getty Images"])
    dump = "\n\n".join(["Stadt baut Nachtbusnetz aus", *paras[:2], box, paras[2]])
    assert newsparse.parse(dump).body == tuple(paras)


def test_a_hidden_credit_makes_no_caption() -> None:
    # A hidden credit marks no visible photo: the line above it is no caption.
    html = (
        "<html><body><article><h1>New ferry terminal opens</h1>"
        f"<p>{_PARAS[0]}</p><p>The new terminal</p>"
        '<figure><figcaption style="display:none">Photograph: Jane Doe</figcaption></figure>'
        f"<p>{_PARAS[1]}</p><p>{_PARAS[2]}</p></article></body></html>"
    )
    labels = {s.text: s.label.value for s in newsparse.parse(html).segments}
    assert labels["The new terminal"] == "body"


def test_a_credit_in_a_caption_element_does_not_cut_the_article() -> None:
    # Structure sets the caption element apart: its "Name/Agency" line costs nothing, as it
    # did when it was a plain line.
    last = "The new terminal opens at six in the morning."
    html = (
        "<html><body><article><h1>New ferry terminal opens</h1>"
        f"<p>{_PARAS[0]}</p><p>{_PARAS[1]}</p><p>The new terminal</p>"
        '<figure><img src="a.jpg"><figcaption>Jane Doe/Getty Images</figcaption></figure>'
        f"<p>{last}</p></article><footer><p>Contact us</p></footer></body></html>"
    )
    assert newsparse.parse(html).body == (*_PARAS[:2], "The new terminal", last)


_LONG_PARAGRAPH = (
    "The council said the new bridge would open to traffic next spring, once the last "
    "inspections are done and the approach roads are finished."
)
_CLOSING = (
    "Work on the approach roads began last month and is expected to take most of the "
    "winter, the council said in a statement on Tuesday."
)


@pytest.mark.parametrize(
    "teaser",
    [
        # A labelled teaser of another story, in a credit's shape (a spaced pipe).
        "WATCH | Residents react to the council vote on the old bridge",
        # A caption carrying its own credit.
        "Workers on the bridge deck in the morning fog | Photo: Jane Doe",
    ],
)
def test_a_long_credit_shaped_line_makes_no_caption_of_the_paragraph_above(teaser: str) -> None:
    first = "Traffic was light on the first morning."
    dump = "\n\n".join(["New bridge plans approved", _LONG_PARAGRAPH, first, teaser, _CLOSING])
    article = newsparse.parse(dump)
    assert first in article.body


def test_a_short_caption_over_a_credit_line_is_still_a_caption() -> None:
    caption = "Traffic was light on the first morning."
    dump = "\n\n".join(
        ["New bridge plans approved", _LONG_PARAGRAPH, caption, "Photo: Jane Doe", _CLOSING]
    )
    article = newsparse.parse(dump)
    assert caption not in article.body
    assert _LONG_PARAGRAPH in article.body


def test_a_byline_shaped_credit_still_makes_a_caption() -> None:
    caption = "Traffic was light on the first morning."
    credit = "By Jane Doe | Harbour Advance Media for the Daily Harbour"
    dump = "\n\n".join(["New bridge plans approved", _LONG_PARAGRAPH, caption, credit, _CLOSING])
    article = newsparse.parse(dump)
    assert caption not in article.body


@pytest.mark.parametrize(
    "text",
    [
        "IMAGO / Jane Doe",
        "picture alliance / Jane Doe",
        "Photo by jdoe /Getty Images/iStockphoto",
        "Jane Doe / Getty Images",
        "A waiting room in Madrid. / JANE DOE",
        "By Jane Doe and John Roe / Staff Photographers",
        # Not words alone: the old shape holds.
        "Povilas Doe / J. Roe / LRT nuotr.",
    ],
)
def test_a_spaced_slash_by_a_source_is_a_credit(text: str) -> None:
    assert _cue(text)[0] is Cue.CREDIT


def test_a_paragraph_of_twenty_nine_words_over_a_credit_stays_in_the_body() -> None:
    # A photo set between two paragraphs: its credit makes no caption of a full paragraph.
    paragraph = (
        "The ministry said on Tuesday that thirty new cases had been recorded across the "
        "country, bringing the total to nearly two hundred, and that two more patients had "
        "died."
    )
    assert len(paragraph.split()) == 29
    dump = "\n\n".join(["New ferry terminal opens", _PARAS[0], paragraph, "© Reuters / Jane Doe"])
    dump += "\n\n" + "\n\n".join(_PARAS[1:])
    assert newsparse.parse(dump).body == (_PARAS[0], paragraph, *_PARAS[1:])


@pytest.mark.parametrize(
    "text",
    [
        # Picture agencies and libraries of several countries, named after or before a slash.
        "Jane Doe / Caro",
        "Caro / Jane Doe",
        "imago images/Jane Doe",
        "Jane Doe/Ritzau Scanpix",
        "Jane Doe/Cuartoscuro",
        "Jane Doe / Hans Lucas",
        "Jane Doe/Unsplash",
        "Jane Doe/Folhapress",
        "Jane Doe/LaPresse",
        "Jane Doe/Hollandse Hoogte",
        "Jane Doe/Cover Images",
    ],
)
def test_a_photo_agency_by_a_slash_makes_a_credit(text: str) -> None:
    assert _cue(text)[0] is Cue.CREDIT


@pytest.mark.parametrize(
    "text",
    [
        "More than 330 guest rooms and cabins have been redesigned from the ground up. Supplied",
        "The new lobby opens onto a lakeside patio overlooking the mountains. File photo",
        "Der Bürgermeister eröffnet das neue Rathaus am Montag. Archivbild",
    ],
)
def test_a_sentence_closed_by_a_bare_credit_is_a_caption(text: str) -> None:
    assert _cue(text) == (Cue.CREDIT, CAPTION_KEY)


@pytest.mark.parametrize(
    "text",
    [
        # A sign-off or a plain word after the last stop is no credit.
        "The ministry confirmed the figures on Monday evening. Reuters",
        "The council will vote on the plan next week. More soon",
    ],
)
def test_a_sentence_closed_by_another_word_is_no_caption(text: str) -> None:
    assert _cue(text) != (Cue.CREDIT, CAPTION_KEY)


@pytest.mark.parametrize(
    "text",
    [
        "Competitors taking part in the chilli eating contest at a restaurant in Edinburgh "
        "Photo: DEADLINE",
        "The minister arrives at the summit in Brussels on Monday Image: Jane Doe",
    ],
)
def test_a_credit_label_after_a_word_closes_a_caption(text: str) -> None:
    # The label follows the caption's last word with no stop between them.
    assert _cue(text) == (Cue.CREDIT, CAPTION_KEY)


@pytest.mark.parametrize(
    "text",
    [
        "The museum opened a new wing for its collection of early Photo: a word in a title",
        "The exhibition shows work from the agency's archive, Photo: Jane Doe, and others.",
    ],
)
def test_a_credit_label_in_running_text_makes_no_caption(text: str) -> None:
    assert _cue(text) != (Cue.CREDIT, CAPTION_KEY)


_HTML_PARAGRAPHS = (
    "The prime minister won a standing ovation at the party congress in Toulouse on "
    "Saturday, after a week of setbacks for his government.",
    "He defended his method of governing, which he said would take time to show results, "
    "and attacked the opposition leader by name.",
    "Party members applauded twice before he left the stage, and the congress closed with "
    "a vote on the new leadership on Sunday afternoon.",
)


def _html_page(caption: str) -> str:
    first, *rest = (f"<p>{text}</p>" for text in _HTML_PARAGRAPHS)
    return (
        "<html><body><h1>The prime minister defends his method at the congress</h1>"
        f"<article><div class='story'>{first}<p>{caption}</p>{''.join(rest)}</div></article>"
        "</body></html>"
    )


@pytest.mark.parametrize(
    "caption",
    [
        "Le Premier ministre au congrès du Parti socialiste à Toulouse (Photo Jean Dupont. AFP)",
        "The prime minister speaks to delegates at the party congress in Toulouse on Saturday "
        "night (Image: Getty)",
        "The prime minister speaks at the party congress in Toulouse Photo: Jane Doe",
        "The prime minister speaks at the party congress in Toulouse. REUTERS/Jane Doe",
    ],
)
def test_an_html_paragraph_closed_by_a_credit_is_a_caption(caption: str) -> None:
    article = newsparse.parse(_html_page(caption))
    assert article.body == _HTML_PARAGRAPHS
    captions = [s for s in article.segments if s.label is newsparse.Label.CAPTION]
    assert [s.reason for s in captions] == ["credit-glued"]


def test_an_html_paragraph_without_a_credit_stays_in_the_body() -> None:
    line = "The prime minister spoke at the party congress in Toulouse on Saturday evening."
    article = newsparse.parse(_html_page(line))
    assert article.body == (_HTML_PARAGRAPHS[0], line, *_HTML_PARAGRAPHS[1:])


@pytest.mark.parametrize(
    "text",
    [
        "Kristen Wiig: 'Bridesmaids was definitely the biggest role I've ever had.' "
        "Photograph: Andrew Yee for the Guardian",
        "‘Excessive force has magnified these protests.’ Photograph: AFP via Getty Images",
        'The minister told reporters outside the summit on Monday: "We will not give up." '
        "Photo: Jane Doe",
    ],
)
def test_a_quoted_caption_closed_by_a_credit_is_a_caption(text: str) -> None:
    # The closing quote mark sits between the caption's stop and its credit label.
    assert _cue(text) == (Cue.CREDIT, CAPTION_KEY)
