"""Body region rules on text dumps: content between paragraphs that is not prose."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.document import Block
from newsparse.extract.features import Cue, _text_caption, describe
from newsparse.extract.weights import _in_ingredients
from newsparse.lexicon import lexicon
from tests.test_layout import _PARAS as LAYOUT_PARAS

_PARAS = LAYOUT_PARAS[:4]
"""Four paragraphs of a plain article (shared with the layout tests)."""

_LISTING = [
    "// routes.js",
    "(function(exports) {",
    '"use strict";',
    "function Route(name, stops) {",
    "this.name = name;",
    "this.stops = stops || [];",
    "}",
    "Route.prototype = {",
    "first: function() {",
    "return this.stops[0];",
    "},",
    "last: function() {",
    "return this.stops[this.stops.length - 1];",
    "}",
    "};",
    "exports.Route = Route;",
    "})(this);",
    'describe("Route", function() {',
    'it("knows its first stop", function() {',
    'var route = new Route("N1", ["Harbour", "Station"]);',
    'expect(route.first()).to.equal("Harbour");',
    "});",
    "});",
]


def test_code_listing_between_paragraphs_stays_in_the_body() -> None:
    # Two dozen lines of code cost a run penalty that grows with the square of its length:
    # counted as prose-less lines they would cut the article in two.
    dump = "\n\n".join(["City publishes its bus routes as code", *_PARAS[:2]])
    dump += "\n\n" + "\n".join(_LISTING) + "\n\n" + "\n\n".join(_PARAS[2:])
    body = newsparse.parse(dump).body
    assert body[:2] == tuple(_PARAS[:2])
    assert body[-2:] == tuple(_PARAS[2:])


def test_empty_comments_box_between_paragraphs_is_crossed() -> None:
    # A comments heading over its notice only: the page prints an empty box there.
    box = "Comments\nComments are closed."
    dump = "\n\n".join(["City expands night bus network", _PARAS[0], box, *_PARAS[1:]])
    assert newsparse.parse(dump).body == tuple(_PARAS)


def test_comments_box_holding_a_comment_still_ends_the_body() -> None:
    comment = (
        "I could not disagree more with the council on this one, the buses are empty after "
        "midnight and the levy will only close the few bars we still have left."
    )
    box = "Comments\nComments are closed."
    dump = "\n\n".join(["City expands night bus network", *_PARAS, box + "\n" + comment])
    assert newsparse.parse(dump).body == tuple(_PARAS)


@pytest.mark.parametrize(
    "caption",
    [
        "Buses wait at the depot before the first night run on Tuesday. (AP Photo/Jane Doe, File)",
        "The mayor presents the new night bus map to the council on Tuesday (Image: Getty)",
        "A night bus leaves the central station after midnight on Tuesday. © Reuters / Jane Doe",
        "Passengers board a night bus at the central station on Tuesday. REUTERS/Jane Doe",
        "Passengers board the first night busCredit: PA",
        "The new night bus map. EFE/ J.J. Doe",
    ],
)
def test_text_caption_closed_by_a_photo_credit_is_not_body(caption: str) -> None:
    dump = "\n\n".join(["City expands night bus network", _PARAS[0], caption, *_PARAS[1:]])
    article = newsparse.parse(dump)
    assert article.body == tuple(_PARAS)
    assert {s.text: s.label.value for s in article.segments}[caption] == "caption"


@pytest.mark.parametrize(
    "sentence",
    [
        "The levy would raise about four million a year (or more, officials said).",
        "The council said the plan would cost less than the old one. Critics disagree",
        "Night buses will run every twenty minutes on weekdays and at weekends.",
    ],
)
def test_sentences_without_a_credit_are_no_caption(sentence: str) -> None:
    assert _text_caption(sentence, lexicon()) == ""


def test_a_credit_with_no_caption_before_it_is_a_credit_line() -> None:
    assert _text_caption("Night bus route map (Image credit: Jane Doe)", lexicon()) == "caption"
    assert _text_caption("More (Image credit: Jane Doe)", lexicon()) == "credit"


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("1978년 공장 소년공 시절의 당선인 모습. [사진 출처 = 캠프]", "caption"),
        ("Die Brücke am Abend nach dem Sturm im Hafen [Foto: dpa]", "caption"),
        ("[사진=뉴스1]", "credit"),
        ("Siehe die Liste der Gemeinden im Landkreis [Kapitel 3]", ""),
        ("The vote was delayed again on Friday night [updated]", ""),
    ],
)
def test_a_bracketed_credit_needs_a_credit_word(line: str, key: str) -> None:
    assert _text_caption(line, lexicon()) == key


@pytest.mark.parametrize(
    "heading",
    [
        "Most read in Sport",
        "MORE FROM THE LEDGER",
        "Next Up In Culture",
        "Latest Articles",
        "Popular Articles",
    ],
)
def test_sidebar_heading_named_after_its_section_ends_the_body(heading: str) -> None:
    teasers = [
        heading,
        "Harbour ferry returns next spring after two years of repairs on the old boats.",
        "Tram line opening delayed again by faults in the signalling system.",
    ]
    dump = "\n\n".join(["City expands night bus network", *_PARAS, *teasers])
    assert newsparse.parse(dump).body == tuple(_PARAS)


def test_sub_heading_opening_with_a_one_word_sidebar_heading_stays_in_the_body() -> None:
    # "Latest" alone is a sidebar heading; "Latest in a long line" is the article's.
    dump = "\n\n".join(
        ["City expands night bus network", *_PARAS[:2], "Latest in a long line", *_PARAS[2:]]
    )
    assert newsparse.parse(dump).body == (*_PARAS[:2], "Latest in a long line", *_PARAS[2:])


@pytest.mark.parametrize(
    "teaser",
    [
        "READ MORE: Council approves new cycle lanes on the harbour front",
        "Read more: Who runs the night buses? A closer look at the operator",
        "Related: 7 Things to Know About the Night Bus Levy",
        "Lire aussi : Le tramway de la ville prendra encore deux ans de retard",
        "Lesen Sie auch: Stadtrat beschließt neue Radwege am Hafen",
        "Lesen Sie hier: Spielabbruch in der Kreisliga zwischen zwei Mannschaften",
        "Lesen Sie dazu: Stadtrat beschließt neue Radwege am Hafen",
        "Hier lesen: Wer betreibt die Nachtbusse?",
    ],
)
def test_labelled_link_to_another_story_is_a_teaser(teaser: str) -> None:
    # "READ MORE: <headline of another story>" ("Lesen Sie hier: ...") inside the article
    # is a teaser, not the article's sub-heading or paragraph.
    dump = "\n\n".join(["City expands night bus network", *_PARAS[:2], teaser, *_PARAS[2:]])
    article = newsparse.parse(dump)
    assert article.body == tuple(_PARAS)
    assert {s.text: s.label.value for s in article.segments}[teaser] == "sidebar"


@pytest.mark.parametrize(
    "line",
    [
        # A sentence after the label is the article's.
        "Related: the operator said on Monday that fares would not rise this year.",
        "More: ticket prices",
    ],
)
def test_labelled_sentence_stays_in_the_body(line: str) -> None:
    dump = "\n\n".join(["City expands night bus network", *_PARAS[:2], line, *_PARAS[2:]])
    assert newsparse.parse(dump).body == (*_PARAS[:2], line, *_PARAS[2:])


def test_an_ad_slot_placeholder_between_paragraphs_is_no_body() -> None:
    # A numbered ad label and its placeholder notice: the notice reads as prose (and as
    # prose closes the page's boxes), but it is the ad slot's, not the article's.
    slot = (
        "Advertisement 2\n"
        "Story continues below\n"
        "This advertisement has not loaded yet, but your article continues below."
    )
    dump = "\n\n".join(["City expands night bus network", *_PARAS[:2], slot, *_PARAS[2:]])
    assert newsparse.parse(dump).body == tuple(_PARAS)


def test_a_failed_video_player_between_paragraphs_is_crossed() -> None:
    # A video player's placeholder and an ad slot under it, between the article's first
    # paragraphs and the rest: as prose-like lines they cut the article in two.
    box = "\n".join(
        [
            "We apologize, but this video has failed to load.",
            "Try refreshing your browser, or",
            "tap here to see other videos from our team.",
            "Back to video",
            "",
            "Advertisement 2",
            "Story continues below",
            "This advertisement has not loaded yet, but your article continues below.",
        ]
    )
    dump = "\n\n".join(["City expands night bus network", *_PARAS[:2], box, *_PARAS[2:]])
    assert newsparse.parse(dump).body == tuple(_PARAS)


@pytest.mark.parametrize(
    "slot",
    [
        "Weiterlesen nach der Anzeige.",
        "Anzeige\n\nDer Artikel wird nach der Anzeige fortgesetzt.",
        "Anzeige - Scrollen Sie weiter, um mehr zu lesen",
        "Werbung\n\nLesen Sie nach der Werbung weiter.",
        "La suite après cette publicité.",
        "Publicité, votre contenu continue ci-dessous",
        "Publicidad\n\nLa noticia continúa tras la publicidad.",
        "El artículo continúa después de la publicidad.",
        "Pubblicità - Continua a leggere sotto",
        "A reportagem continua após a publicidade.",
        "Het artikel gaat verder onder de advertentie.",
        "Artikeln fortsätter under annonsen.",
        "Saken fortsetter under annonsen.",
        "Artiklen fortsætter under annoncen.",
        "Článek pokračuje pod reklamou.",
        "Advertisement - Continue Reading Below",
    ],
)
def test_an_ad_slot_placeholder_of_any_language_is_no_body(slot: str) -> None:
    # The placeholder line an ad slot prints where its ad has not loaded ("Publicité, votre
    # contenu continue ci-dessous") reads as a short paragraph or a sub-heading.
    dump = "\n\n".join(["City expands night bus network", *_PARAS[:2], slot, *_PARAS[2:]])
    assert newsparse.parse(dump).body == tuple(_PARAS)


def test_a_comments_link_under_the_date_line_heads_no_section() -> None:
    # "Join the conversation" glued under the article's date line links to the comments
    # from the header: the article under it weighs in full, not as comments (at a quarter,
    # it would lose to the teaser lines above the header).
    teasers = [
        "Harbour ferry fares to rise for the first time in a decade as fuel costs climb sharply",
        "New cycle lanes along the waterfront open to riders after months of delays and protests",
        "Council approves the plan for a new library in the old market hall despite the costs",
        "Record crowds at the summer festival as organisers extend it to a second weekend in town",
    ]
    header = "City expands night bus network\nBy Jane Doe\nPublished Jun 05, 2026\n" + (
        "Join the conversation"
    )
    dump = "\n\n".join([*teasers, header, *_PARAS])
    assert newsparse.parse(dump).body == tuple(_PARAS)


def test_a_comments_kicker_under_a_dated_teaser_after_the_article_stays_a_barrier() -> None:
    # Under the article's prose, a teaser list's "author, date" line over an opinion
    # teaser's "Kommentar" kicker: the kicker still bounds the article.
    teaser = "Jane Doe, London 18.10.2019, 06:00\nKOMMENTAR\nThe levy is a mistake\n" + (
        "Night buses are welcome, but the levy on late venues will hurt the small bars that "
        "make the centre worth visiting at night."
    )
    dump = "\n\n".join(["City expands night bus network", *_PARAS, teaser])
    assert newsparse.parse(dump).body == tuple(_PARAS)


def test_a_caption_over_a_subheading_keeps_the_short_lead_in_the_body() -> None:
    # A photo between the lead and the rest, its caption closed by a bare credit, over the
    # next paragraph's sub-heading: the caption costs a lone credit's price, the lead stays.
    lead = "The city will run night buses on six more routes from the spring, officials said."
    caption = (
        "A night bus waits at the central station on Tuesday evening before its first run. Supplied"
    )
    dump = "\n\n".join(
        ["City expands night bus network", lead, f"{caption}\nA levy on late venues", *_PARAS]
    )
    assert newsparse.parse(dump).body == (lead, "A levy on late venues", *_PARAS)


def test_headlines_glued_under_read_more_are_teasers() -> None:
    # A "Read More" box set between paragraphs, its headlines glued under the label: a
    # headline of ten words and more reads as prose, but ends like no sentence.
    box = (
        "Read More\n"
        "Transit agency explores space needed for five more depots: documents\n"
        "Bus drivers will not be able to cover the new routes for four months come July"
    )
    dump = "\n\n".join(["City expands night bus network", *_PARAS[:2], box, *_PARAS[2:]])
    assert newsparse.parse(dump).body == tuple(_PARAS)


def test_a_subheading_glued_under_read_more_headlines_stays_in_the_body() -> None:
    # The article resumes under the box with a sub-heading glued to it.
    box = (
        "Read More\n"
        "Transit agency explores space needed for five more depots: documents\n"
        "3. Night fares stay the same"
    )
    dump = "\n\n".join(["City expands night bus network", *_PARAS[:2], box, *_PARAS[2:]])
    assert "3. Night fares stay the same" in newsparse.parse(dump).body


_TOUR_DATES = [
    "June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL",
    "June 10 -- Credit Union Amphitheatre, Tampa, FL",
    "June 14 -- Ameris Bank Amphitheatre, Alpharetta, GA",
    "Aug. 2 -- Energy Music Theatre, Clarkston, MI",
    "Sept. 5 -- White River Amphitheatre, Seattle, WA",
]
_FOOTER = ["Facebook", "Twitter", "Privacy Policy", "Terms of Use"]


@pytest.mark.parametrize(
    "intro", [["The band's 2020 tour dates:"], ["The Band's 2020 Tour Dates"], []]
)
def test_a_dated_list_under_the_last_paragraph_is_the_article(intro: list[str]) -> None:
    # A tour's dates close the article, one short line each: no line is prose, so the
    # list never paid for itself.
    lines = [*intro, *_TOUR_DATES]
    dump = "\n\n".join(["Band announces its anniversary tour", *_PARAS, "\n".join(lines), *_FOOTER])
    assert newsparse.parse(dump).body == (*_PARAS, *lines)


def test_three_dated_lines_under_the_article_stay_out_of_the_body() -> None:
    lines = ["Tour dates:", *_TOUR_DATES[:3]]
    dump = "\n\n".join(["Band announces its anniversary tour", *_PARAS, "\n".join(lines), *_FOOTER])
    assert newsparse.parse(dump).body == tuple(_PARAS)


def test_a_box_holding_a_share_bar_between_paragraphs_is_crossed() -> None:
    # A gallery set into the article under "See also": its title, its buttons and its
    # share bar; the article resumes under it.
    box = "\n".join(
        [
            "The night buses of the world",
            "",
            "See also",
            "Back See again",
            "Back",
            "Share",
            "Facebook",
            "WhatsApp",
            "Twitter",
            "Messenger",
            "Pinterest",
            "LinkedIn",
            "E-mail",
            "Copy link",
        ]
    )
    dump = "\n\n".join(["City expands night bus network", *_PARAS[:2], box, *_PARAS[2:]])
    body = newsparse.parse(dump).body
    assert body[:2] == tuple(_PARAS[:2])
    assert body[-2:] == tuple(_PARAS[2:])
    assert "Facebook" not in body


_CHART = [
    "Interest payments on the national debt",
    "$915",
    "billion",
    "$900",
    "billion",
    "600",
    "300",
    "$263",
    "billion",
    "0",
    *(f"’{year}" for year in range(17, 29)),
    "Interest payments on the national debt",
    "$900",
    "billion",
    "$915",
    "billion",
    "600",
    "300",
    "$263",
    "billion",
    "0",
    *(f"’{year}" for year in range(17, 29)),
]


def test_a_chart_with_unit_lines_between_paragraphs_is_crossed() -> None:
    # A chart printed into the article: number lines (axis labels) and a few word lines
    # (its title, its unit "billion"), which count as its numbers do.
    dump = "\n\n".join(
        ["City expands night bus network", *_PARAS[:2], "\n".join(_CHART), *_PARAS[2:]]
    )
    article = newsparse.parse(dump)
    assert article.body == tuple(_PARAS)
    assert {s.text: s.label.value for s in article.segments}["billion"] == "caption"


def test_a_line_copying_the_article_under_it_is_no_paragraph() -> None:
    # The page's machine-readable article body printed as one line under the article.
    paras = [*LAYOUT_PARAS, *LAYOUT_PARAS[:3]]
    paras = [f"{n}. {p}" for n, p in enumerate(paras, start=1)]
    copy = " ".join(paras)
    dump = "\n\n".join(["City expands night bus network", *paras, copy])
    article = newsparse.parse(dump)
    assert article.body == tuple(paras)
    assert {s.text: s.reason for s in article.segments}[copy] == "article-copy"


_CLOUD = (
    "Acme Coupons Nordic Store Coupons Brightline Coupons Parkway Sports Coupons Orbit Coupons"
    " Lindqvist Coupons Harbour Outfitters Coupons Meridian Coupons Saltmarsh Coupons"
    " Quarry Books Coupons Tern Codes"
)


def test_a_link_cloud_under_the_article_is_no_paragraph() -> None:
    # A footer's partner links printed as one long line without stops: it read as
    # unpunctuated prose and pulled the labels between it and the article into the body.
    dump = "\n\n".join(["City expands night bus network", *_PARAS, "Partner offers", _CLOUD])
    assert newsparse.parse(dump).body == tuple(_PARAS)


def test_a_long_code_line_repeating_its_keywords_keeps_its_prose_score() -> None:
    line = (
        "var expect = chai.expect; describe(function() { it(function() { var cow = new Cow();"
        " expect(cow.name).to.equal(name); }); it(function() { var cow = new Cow(name);"
        " expect(cow.name).to.equal(name); }); it(function() { expect(name); }); });"
    )
    feat = describe(Block(index=0, text=line, lines=(0, 1)), lexicon())
    assert feat.prose == 0.5


def test_a_quick_links_heading_is_navigation() -> None:
    # A footer's "Quick Links" menu heading: two capitalised words, read as a sub-heading
    # of the article (and as a signature's name under it) before.
    feat = describe(Block(index=0, text="Quick Links", lines=(0, 1)), lexicon())
    assert feat.cue is Cue.NAVIGATION


def test_metadata_lines_over_the_article_copy_stay_out_of_the_body() -> None:
    # A dump prints the page's microdata under the article: its headline, author, ISO
    # timestamps, image address and sizes, then the article body again as one line. That
    # copy's mass stretched the region over the metadata lines above it.
    metadata = "\n".join(
        [
            "City expands night bus network",
            "Jane Doe",
            "2019-11-19T08:57:40+01:00",
            "2019-11-19T08:57:45+01:00",
            "https://example.org/images/night-bus-500-250.jpg",
            "500",
            "250",
        ]
    )
    copy = " ".join(_PARAS * 2)
    assert len(copy) >= 1000
    dump = "\n\n".join(["City expands night bus network", *_PARAS, metadata, copy])
    assert newsparse.parse(dump).body == tuple(_PARAS)


_RECIPE = [
    "Spiced Pear Jam",
    "Ingredients",
    "8-9 ripe pears, cored and peeled",
    "1 lemon, or about 1/4 cup lemon juice",
    "6 tbsp fruit pectin powder",
    "1 tsp cinnamon",
    "1 tsp nutmeg",
    "1 tsp ground ginger",
    "1/2 tsp ground cloves",
    "1 1/2 cups honey",
    "Instructions",
    "Fill the canner with water and set it to simmer, with the empty jars in it to warm.",
    "Core, peel and cube the pears, then put them in a pot with the lemon juice and spices.",
    "Add the honey and boil the fruit until the jam is thick enough to stick to the spoon.",
    "Spoon the jam into the jars, close them and boil them in the canner for ten minutes.",
    "Take the jars out of the canner and let them cool: the jam sets within two days.",
]
"""A recipe card under a cooking article: its ingredients, then its method."""


def test_a_recipes_ingredient_list_does_not_cut_off_its_method() -> None:
    # A dozen lines without sentence stops cost a run penalty growing with the square of
    # the run's length: counted as menu lines, the ingredients would cut off the method.
    dump = "\n\n".join(["How to make pear jam at home", *_PARAS[:3]])
    dump += "\n\n" + "\n".join(_RECIPE)
    body = newsparse.parse(dump).body
    assert body[:3] == tuple(_PARAS[:3])
    assert body[-1] == _RECIPE[-1]
    assert "1 tsp cinnamon" in body


def test_lines_opening_with_a_number_alone_are_no_ingredient_list() -> None:
    # "0 shares" or a teaser's "27 Oddest Medical Cases" is no ingredient; nor are two
    # quantity lines apart.
    texts = ["0 shares", "27 Oddest Medical Cases", "1 tsp salt", "x", "2 cups flour"]
    blocks = tuple(Block(index=i, text=t, lines=(i, i + 1)) for i, t in enumerate(texts))
    assert not any(_in_ingredients(i, blocks) for i in range(len(blocks)))
    assert all(_in_ingredients(i, blocks[2:3] * 3) for i in range(3))


@pytest.mark.parametrize(
    ("line", "prose"),
    [
        ("【新竹景點．橫山】內灣線~合興車站/愛情火車站．有薰衣草森林的...", False),
        ("[竹苗。玩。吃]竹苗遊Day2行程滿滿❧阿土豆漿大王>銅鑼炮仗花步道>...", False),
        ("三位大叔同行準備走著這段遙遠的路段，下次找機會再來重溫舊夢了.......", True),
        ("三位大叔同行準備走著這段遙遠的路段，下次找機會再來重溫舊夢了。", True),
    ],
)
def test_three_dots_cut_a_chinese_teaser_title_short(line: str, prose: bool) -> None:
    # Chinese writes its ellipsis "……": "..." right after a character is a listing's cut
    # of a teaser's title (a sidebar of them outweighed a blog post), no sentence's end.
    feat = describe(Block(index=0, text=line, lines=(0, 1)), lexicon())
    assert (feat.prose > 0) is prose
