"""Body region selection on text dumps: boxes between paragraphs, sections after the body."""

from __future__ import annotations

import pytest

import newsparse

_PARAS = [
    "The city council voted on Tuesday to expand the night bus network, after a year in "
    "which ridership on the existing lines grew faster than any planner had expected.",
    "Council members said the new routes would start in spring, with buses every twenty "
    "minutes between midnight and five in the morning on the busiest corridors.",
    "Transport officials estimated that the expansion would cost about four million a year, "
    "paid for in part by a levy on late-night venues that several owners oppose.",
    "Opponents argued that the levy would push small bars out of the centre, while "
    "supporters said safer journeys home would bring more visitors to those same bars.",
    "A final decision on the levy is expected next month, when the council's finance "
    "committee presents its review of the budget for the coming year to the full council.",
]


_NAMED_COMMENT = (
    "Comments",
    "Your email address will not be published.",
    "Anna Smith",
    "March 3, 2020",
    "I have lived here for twenty years and nobody ever asked us what we think.",
)
"""A comments box under its notice line holding one comment: name, date, sentence."""


def _dump(middle: list[str]) -> str:
    lines = ["City expands night bus network", "By Jane Doe", *_PARAS[:2], *middle]
    return "\n".join([*lines, *_PARAS[2:]])


def test_related_box_between_paragraphs_does_not_cut_the_body() -> None:
    box = ["Related articles", "Council approves new cycle lanes", "Tram line delayed again"]
    article = newsparse.parse(_dump(box))
    assert list(article.body) == _PARAS


def test_box_teasers_are_labelled_sidebar() -> None:
    box = ["Related articles", "Council approves new cycle lanes", "Tram line delayed again"]
    article = newsparse.parse(_dump(box))
    labels = {s.text: s.label.value for s in article.segments}
    assert labels["Council approves new cycle lanes"] == "sidebar"


def test_sidebar_heading_with_share_buttons_still_ends_the_body() -> None:
    # A sidebar heading followed by a page section (share buttons) is not an in-article box.
    section = ["Related articles", "Council approves new cycle lanes", "Facebook", "Twitter"]
    article = newsparse.parse("\n".join(["City expands night bus network", *_PARAS, *section]))
    assert list(article.body) == _PARAS


def test_comment_thread_without_heading_ends_the_body() -> None:
    comments = []
    for n, name in enumerate(["joe", "ann", "sam"]):
        comments += [
            f"{name} says:",
            f"November 19, 2019 at 6:{n}4 am",
            "I could not disagree more with the council on this one, the buses are empty "
            "after midnight and the levy will only close the few bars we still have left.",
        ]
    article = newsparse.parse("\n".join(["City expands night bus network", *_PARAS, *comments]))
    assert list(article.body) == _PARAS


def test_gallery_slides_inside_the_article_are_not_body() -> None:
    slides = []
    for n in range(1, 6):
        slides += [
            f"{n}/5 Night buses across Europe",
            f"Slide {n} shows a night bus in a European capital, where late-night routes have "
            "run for decades and carry tens of thousands of passengers every single weekend.",
        ]
    # Blank lines between paragraphs: equal-length slides must not look like a wrapped dump.
    article = newsparse.parse(_dump(slides).replace("\n", "\n\n"))
    assert list(article.body) == _PARAS


def test_glued_teaser_list_is_not_the_body() -> None:
    teasers = [
        "Five Night Bus Routes Worth Riding After MidnightThe city's late lines are quieter "
        "than you might think, and they pass some of the best late kitchens in town.",
        "Inside The Depot Where The Night Buses SleepWe spent an evening with the mechanics "
        "who keep the fleet running while the rest of the city is fast asleep.",
        "Why Bus Drivers Love The Graveyard ShiftFewer cars, calmer passengers and a "
        "premium on the pay slip make the night shift a favourite of many drivers.",
    ]
    dump = "\n\n".join(["Latest", *teasers, "City expands night bus network", *_PARAS[:3]])
    article = newsparse.parse(dump)
    assert list(article.body) == _PARAS[:3]


def test_teaser_box_above_a_short_article_does_not_win() -> None:
    # Teaser sentences listed line by line under "Most read" above a one-paragraph
    # article weigh as a section's: the blank line after the box ends it.
    box = [
        "Most read",
        "The mayor announced a new plan for public transport on Tuesday morning.",
        "Regional trains will run every half hour from next year, the operator said today.",
        "Bus drivers threatened to strike over pay after weeks of talks with the city.",
    ]
    meta = "\n\nCity expands night bus network\n\nBy Jane Doe\n\nMarch 3, 2020\n\n"
    dump = "\n".join(box) + meta + _PARAS[0]
    assert list(newsparse.parse(dump).body) == [_PARAS[0]]


def test_lead_under_a_box_above_the_headline_stays_body() -> None:
    # A "Most read" heading over the headline and byline: the lead paragraph, printed
    # after a blank line, has a sub-heading under it before the article's long run. The
    # box above the article ends at the lead, not at the sub-heading.
    lines = ["Most read", "City expands night bus network", "By Jane Doe", _PARAS[0]]
    dump = "\n\n".join([*lines, "What happens next", *_PARAS[1:]])
    assert list(newsparse.parse(dump).body) == [_PARAS[0], "What happens next", *_PARAS[1:]]


def test_glued_box_above_the_body_ends_at_its_blank_line() -> None:
    # A "Latest news" list glued under its heading above the article: the sentence that
    # closes it is its teaser's blurb, however long the article under the blank line.
    box = "\n".join(["Latest news", "Tram line delayed again", _PARAS[4]])
    dump = "\n\n".join(["City expands night bus network", "March 3, 2020", box, *_PARAS[:4]])
    assert list(newsparse.parse(dump).body) == _PARAS[:4]


def test_comments_above_the_body_are_not_its_lead() -> None:
    # A comments block between the byline and the article: heading, notice line, then a
    # comment (name, date, sentence). Above any prose the heading bounds nothing, so the
    # comment would read as the article's first paragraph.
    comments = list(_NAMED_COMMENT)
    lines = ["City expands night bus network", "By Jane Doe", *comments, *_PARAS]
    assert list(newsparse.parse("\n\n".join(lines)).body) == _PARAS


_ITEMS = ["1) Night bus N1", "2) Night bus N2", "3) Night bus N3", "4) Night bus N4"]


def test_announced_list_after_the_last_paragraph_is_body() -> None:
    intro = "The council published the new timetable on Tuesday. These routes will run from spring:"
    article = newsparse.parse(
        "\n".join(["City expands night bus network", *_PARAS, intro, *_ITEMS])
    )
    assert list(article.body) == [*_PARAS, intro, *_ITEMS]


def test_unannounced_numbered_list_after_the_body_is_not_body() -> None:
    article = newsparse.parse("\n".join(["City expands night bus network", *_PARAS, *_ITEMS]))
    assert list(article.body) == _PARAS


def test_a_line_repeated_between_paragraphs_is_a_separator() -> None:
    # Templates print "Article content" around every paragraph and ad slot: it costs
    # nothing, so an ad slot before a short last paragraph costs like a lone ad line.
    last = "Council members will vote on the plan next month."
    lines = ["City expands night bus network"]
    for paragraph in _PARAS[:4]:
        lines += [paragraph, "Article content"]
    lines += ["Advertisement", "Article content", last]
    assert list(newsparse.parse("\n".join(lines)).body) == [*_PARAS[:4], last]


def test_comments_link_in_a_share_bar_is_no_barrier() -> None:
    # Without the bar exemption the article under "Comments" would weigh a quarter and
    # lose to the teasers above it.
    teasers = [
        "Shares of the retailer fell sharply on Tuesday after it reported weaker sales than "
        "analysts had expected for the third quarter in a row, the company said.",
        "The chain said it would close a dozen stores next year and cut several hundred jobs "
        "at its headquarters as it tries to reduce costs after a difficult season.",
    ]
    bar = ["Facebook", "Twitter", "Comments", "Print", "Email"]
    headline = "City expands night bus network"
    article = newsparse.parse("\n".join([*teasers, headline, *bar, *_PARAS[:3]]))
    assert list(article.body) == _PARAS[:3]


def test_read_also_link_between_paragraphs_is_crossed() -> None:
    # "Read also" introduces a link or two: the next paragraph resumes the article, even
    # one paragraph alone.
    box = ["See also", "Council approves new cycle lanes"]
    dump = "\n\n".join(["City expands night bus network", _PARAS[0], "\n".join(box), _PARAS[1]])
    assert list(newsparse.parse(dump).body) == _PARAS[:2]


@pytest.mark.parametrize(
    "box",
    [
        "Newsletter\nSign up for our newsletter",
        # A share bar and an ad line in a row (found by the random search, seed 2 of
        # 'explore' on the between-paragraphs property): each button costs a lone one's.
        "Share\nPrint\n\nAdvertisement",
    ],
)
def test_sign_up_box_between_short_paragraphs_is_crossed(box: str) -> None:
    first = "The council voted on Tuesday to expand the night bus network after a year of debate."
    last = "The first new line will start in the spring and two more next year, officials said."
    dump = "\n\n".join(["City expands night bus network", first, box, last])
    assert list(newsparse.parse(dump).body) == [first, last]


_DE_PARAS = [
    "Der Stadtrat hat am Dienstag beschlossen, das Nachtbusnetz auszubauen, nachdem die "
    "Fahrgastzahlen auf den bestehenden Linien schneller gewachsen sind als erwartet.",
    "Die neuen Linien sollen im Frühjahr starten, mit Bussen alle zwanzig Minuten zwischen "
    "Mitternacht und fünf Uhr morgens auf den am stärksten genutzten Strecken der Stadt.",
    "Die Verkehrsbetriebe schätzen die Kosten auf etwa vier Millionen Euro im Jahr, die zum "
    "Teil über eine Abgabe der Clubs und Bars finanziert werden sollen, was viele ablehnen.",
]


@pytest.mark.parametrize(
    ("box", "body"),
    [
        pytest.param(
            ["Externer Inhalt nicht verfügbar", "Privatsphäre-Einstellungen ändern"],
            _DE_PARAS,
            id="consent-placeholder-buttons",
        ),
        pytest.param(
            [
                "Empfohlener redaktioneller Inhalt",
                "An dieser Stelle findest du einen externen Inhalt von YouTube, der den "
                "Artikel ergänzt.",
                "Externen Inhalt anzeigen",
            ],
            _DE_PARAS,
            id="consent-placeholder-text",
        ),
        pytest.param(
            [
                "Ein externer Inhalt ist kein Ersatz für eigene Recherche, sagte die Ministerin "
                "am Rande der Sitzung."
            ],
            [
                *_DE_PARAS[:2],
                "Ein externer Inhalt ist kein Ersatz für eigene Recherche, sagte die Ministerin "
                "am Rande der Sitzung.",
                _DE_PARAS[2],
            ],
            id="negative-sentence-about-external-content",
        ),
    ],
)
def test_embed_consent_placeholder_is_not_body(box: list[str], body: list[str]) -> None:
    dump = "\n\n".join(["Stadt baut Nachtbusnetz aus", *_DE_PARAS[:2], *box, _DE_PARAS[2]])
    assert list(newsparse.parse(dump).body) == body


_FOOTER_NOTE = (
    "All articles, photos and graphics on this site are protected by copyright and may not be "
    "reproduced, distributed, transmitted, cached or otherwise used, except with the prior "
    "written permission of the publisher, who reserves all of the rights that the law grants. "
    "Reproduction of any part of this site without written permission is strictly prohibited."
)
_RESULTS = ["Votes by district:", "North: 1,204", "South: 987", "East: 1,530", "West: 644"]


@pytest.mark.parametrize(
    ("frame", "body"),
    [
        pytest.param(
            "footer", [_PARAS[0], *_RESULTS, _PARAS[1]], id="footer-notice-outweighs-the-article"
        ),
        # Outside a footer, menu or aside, the container with the most prose is the main
        # one, even a notice's: the short lines then split the story.
        pytest.param("div", [_PARAS[1], _FOOTER_NOTE], id="negative-plain-container-wins"),
    ],
)
def test_footer_prose_never_makes_the_article_container(frame: str, body: list[str]) -> None:
    # The article container (short lines inside it are cheap) is the container with the
    # most prose, unless that prose sits in a footer, menu or aside.
    results = "".join(f"<p>{line}</p>" for line in _RESULTS)
    html = (
        "<html><body><main><div class='story'><h1>City expands night bus network</h1>"
        f"<p>{_PARAS[0]}</p>{results}<p>{_PARAS[1]}</p></div></main>"
        f"<{frame}><div class='legal'><p>{_FOOTER_NOTE}</p></div></{frame}></body></html>"
    )
    assert list(newsparse.parse(html).body) == body


_BIO = (
    "Jane Doe has covered city hall for the paper since 2015. Before that, she reported on "
    "schools and transport for a regional weekly, and she lives with her family near the river."
)


@pytest.mark.parametrize(
    ("before", "after", "body"),
    [
        pytest.param("", f"<p>{_BIO}</p>", _PARAS[:2], id="bio-after-the-named-container"),
        pytest.param(
            f"<p>{_PARAS[2]}</p>", "", [_PARAS[2], *_PARAS[:2]], id="negative-standfirst-stays"
        ),
    ],
)
def test_prose_after_a_named_article_container_is_not_body(
    before: str, after: str, body: list[str]
) -> None:
    html = (
        "<html><body><main><h1>City expands night bus network</h1>"
        f"<div class='lead'>{before}</div>"
        f"<div class='article-body'><p>{_PARAS[0]}</p><p>{_PARAS[1]}</p></div>"
        f"<div class='about'>{after}</div></main></body></html>"
    )
    assert list(newsparse.parse(html).body) == body


_DE_BIO = (
    "Jana Beispiel schreibt seit zehn Jahren über Verkehr und Stadtplanung, vorher hat sie "
    "für eine Regionalzeitung über Schulen und Kultur berichtet, und sie fährt täglich Rad."
)


@pytest.mark.parametrize(
    ("tail", "body"),
    [
        pytest.param(["Über den Autor", _DE_BIO], _DE_PARAS, id="about-the-author-section"),
        pytest.param(
            ["Empfehlungen aus der Redaktion", _DE_BIO], _DE_PARAS, id="editors-picks-section"
        ),
        pytest.param(
            ["Dieser Text steht unter der Lizenz CC BY 4.0."], _DE_PARAS, id="licence-notice"
        ),
        pytest.param(
            ["Do you want to hear about our campaigns and our actions? Sign up here."],
            _DE_PARAS,
            id="sign-up-here",
        ),
        pytest.param(
            [f"Über den Autor des Gutachtens, {_DE_BIO}"],
            [*_DE_PARAS, f"Über den Autor des Gutachtens, {_DE_BIO}"],
            id="negative-paragraph-about-an-author",
        ),
    ],
)
def test_section_after_the_article_is_not_body(tail: list[str], body: list[str]) -> None:
    dump = "\n\n".join(["Stadt baut Nachtbusnetz aus", *_DE_PARAS, *tail])
    assert list(newsparse.parse(dump).body) == body


_BIO_EN = (
    "Jane Doe has covered city hall for ten years. Before that, she wrote about schools, "
    "and she has been riding the night bus home for most of them."
)


@pytest.mark.parametrize(
    ("lines", "body"),
    [
        pytest.param(
            [*_PARAS, "Tags: transport, city council, night bus", _BIO_EN],
            _PARAS,
            id="bio-after-the-tag-line",
        ),
        pytest.param(
            ["Filed under: transport, city council", *_PARAS],
            _PARAS,
            id="negative-tag-line-above-the-article",
        ),
    ],
)
def test_region_ends_at_a_tag_line_that_closes_the_article(
    lines: list[str], body: list[str]
) -> None:
    dump = "\n\n".join(["City expands night bus network", *lines])
    assert list(newsparse.parse(dump).body) == body


_PAYWALL = [
    "THIS CONTENT IS RESERVED FOR SUBSCRIBERS ONLY",
    "Subscribe now to read the latest news in your city.",
    "Unlimited online access to all of our news sites with one account.",
    "Daily puzzles and comics, including the crossword.",
    "Support local journalism.",
    "Email Address",
    "Continue",
    "or",
    "View more offers",
]


@pytest.mark.parametrize(
    ("between", "body"),
    [
        pytest.param(True, [_PARAS[0], _PARAS[1]], id="paywall-box-inside-the-container"),
        pytest.param(False, [_PARAS[1]], id="negative-paywall-box-after-the-container"),
    ],
)
def test_box_set_into_the_article_container_is_crossed(between: bool, body: list[str]) -> None:
    # The box interrupts the article body (named container): the article goes on after it.
    box = "".join(f"<li>{line}</li>" if "." in line else f"<p>{line}</p>" for line in _PAYWALL)
    first = f"<div class='article-body'><p>{_PARAS[0]}</p></div>"
    paywall = f"<div class='offer'><ul>{box}</ul></div>"
    second = f"<div class='article-body'><p>{_PARAS[1]}</p></div>"
    parts = [first, paywall, second] if between else [second, paywall]
    html = (
        "<html><body><main><h1>City expands night bus network</h1>"
        f"{''.join(parts)}</main></body></html>"
    )
    assert list(newsparse.parse(html).body) == body


_CLOUD = (
    "bus night city council transport levy bars budget routes planning spring riders "
    "safety venues finance committee review corridors expansion network officials weekend "
    "drivers shifts tickets fares stops"
)


@pytest.mark.parametrize(
    ("label", "body"),
    [
        pytest.param("Tags", [_PARAS[0]], id="tag-cloud-under-a-tags-label"),
        pytest.param(
            "Background", [_PARAS[0], "Background", _CLOUD], id="negative-same-line-under-a-heading"
        ),
    ],
)
def test_tag_cloud_is_not_prose(label: str, body: list[str]) -> None:
    # An unpunctuated run of 25+ words counts as weak prose; under a tag label it is tags.
    dump = "\n\n".join(["City expands night bus network", _PARAS[0], label, _CLOUD])
    assert list(newsparse.parse(dump).body) == body


_JA_PARAS = [
    "市議会は火曜日、夜行バス路線の拡充を決めた。既存路線の利用者は一年で予想を大きく上回る勢いで"
    "増えており、市は深夜の移動手段を確保する必要があると説明した。",
    "新しい路線は春に運行を始め、最も利用の多い区間では深夜零時から午前五時まで二十分間隔で"
    "バスを走らせる。費用は年間およそ四億円と見込まれている。",
]
_JA_TEASER = (
    "隣の市でも路面電車の延伸計画が議会で承認され、"
    "来年から工事が始まる見通しだと関係者が明らかにした。"
)


@pytest.mark.parametrize(
    ("heading", "body"),
    [
        pytest.param("関連記事", _JA_PARAS, id="related-articles-heading"),
        pytest.param("あわせて読みたい", _JA_PARAS, id="read-also-heading"),
        pytest.param(
            "路線の概要", [*_JA_PARAS, "路線の概要", _JA_TEASER], id="negative-ordinary-subheading"
        ),
    ],
)
def test_japanese_list_heading_ends_the_body(heading: str, body: list[str]) -> None:
    dump = "\n\n".join(["夜行バス路線を拡充へ", *_JA_PARAS, heading, _JA_TEASER])
    assert list(newsparse.parse(dump).body) == body


_BLURB = "Officials said the new tram line would open two years later than first planned."
_LONG_BLURB = (
    "Officials said on Monday that the new tram line through the old town would open two "
    "years later than first planned, after engineers found problems with the bridge."
)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # A "See also" list glued under its heading, ending in a one-sentence blurb and a
        # blank line (or the page's end), or among its teasers: the blurb is a teaser.
        ("\n\nSee also\nTram line delayed again\nCycle lanes approved\n" + _BLURB, _PARAS),
        ("\n\nSee also\nTram line delayed again\n" + _BLURB + "\n\nAbout us", _PARAS),
        ("\n\nSee also\nTram line delayed again\n" + _BLURB + "\nCycle lanes approved", _PARAS),
        # A teaser headline long enough to read as prose (19 words, no final stop) over a
        # long blurb: together they weigh as two paragraphs of the article resuming.
        (
            "\n\nSee also\nCity council votes to expand the night bus network to the "
            "suburbs after a long fight over the levy\n" + _LONG_BLURB,
            _PARAS,
        ),
        # A share button glued below the blurb, with no paragraph after it: the article
        # ended above the box, and the button is the page's (found by the random search).
        ("\n\nSee also\nTram line delayed again\n" + _BLURB + "\nShare", _PARAS),
        # Negatives: a blank line before the sentence, or an ad slot glued on below it with
        # the article going on after it, make it the article resuming after the link.
        ("\n\nSee also\nTram line delayed again\n\n" + _BLURB, [*_PARAS, _BLURB]),
        (
            "\n\nSee also\nTram line delayed again\n"
            + _BLURB
            + "\nAdvertisement\n\n"
            + _LONG_BLURB,
            [*_PARAS, _BLURB, _LONG_BLURB],
        ),
    ],
)
def test_glued_read_also_box_ends_with_its_blurb(text: str, body: list[str]) -> None:
    article = newsparse.parse("City expands night bus network\n\n" + "\n\n".join(_PARAS) + text)
    assert list(article.body) == body


def _blank_dump(box: list[str], at: int) -> str:
    """Headline, byline and the paragraphs with blank lines between, ``box`` before ``at``."""
    blocks = ["City expands night bus network", "By Jane Doe", *_PARAS]
    blocks[at + 2 : at + 2] = ["\n".join(box)]
    return "\n\n".join(blocks)


@pytest.mark.parametrize("at", [0, 2, 4])
def test_sign_up_box_with_its_pitch_line_is_crossed(at: int) -> None:
    # The pitch line between "Sign up" and "Subscribe" has no cue of its own: the box is
    # the box's, neither a sub-heading nor a menu that ends the article.
    box = ["Newsletter", "Sign up for our newsletter", "Enter your email address", "Subscribe"]
    article = newsparse.parse(_blank_dump(box, at))
    assert list(article.body) == _PARAS


def test_sign_up_box_and_sub_heading_before_a_short_last_paragraph() -> None:
    box = ["Newsletter", "Sign up for our newsletter", "Get the day's news every morning"]
    last = (
        "A final decision on the levy is expected next month, when the finance committee "
        "presents its review, the council's spokesman said."
    )
    blocks = ["City expands night bus network", "By Jane Doe", *_PARAS[:3], "\n".join(box)]
    article = newsparse.parse("\n\n".join([*blocks, "What comes next", last]))
    assert list(article.body) == [*_PARAS[:3], "What comes next", last]


def test_box_repeating_its_heading_is_crossed() -> None:
    # "Related" printed over each pair of teasers: the repeated heading is one box.
    box = [
        "Related",
        "Council approves new cycle lanes",
        "Tram line delayed again",
        "Related",
        "Harbour ferry returns next spring",
        "Bike share scheme doubles its fleet",
    ]
    article = newsparse.parse(_dump(box))
    assert list(article.body) == _PARAS


def test_media_player_placeholder_is_not_body() -> None:
    article = newsparse.parse(_dump(["Media playback is unsupported on your device"]))
    assert list(article.body) == _PARAS


def test_long_box_right_under_a_paragraph_is_crossed() -> None:
    # Six teasers of kicker, title and author: 19 lines before the article resumes.
    teasers = [
        ("Gear", "The best rain jackets for city cycling", "Ann Lee"),
        ("Gear", "Why your router needs a firmware update", "Sam Roe"),
        ("Outdoors", "What the oldest trees tell us about drought", "Kim Park"),
        ("Rail", "The quietest seat on a night train", "Joe Dunn"),
        ("Gear", "Tested: six folding bikes for small flats", "Eve Hart"),
        ("Cities", "A short history of the bus shelter", "Max Bell"),
    ]
    box = ["Most popular", *(line for teaser in teasers for line in teaser)]
    article = newsparse.parse(_dump(box))
    assert list(article.body) == _PARAS


def test_list_heading_with_an_ellipsis_ends_the_body() -> None:
    teasers = [
        "You Might Also Like …",
        "The harbour ferry returns next spring, after two years in which the old boats were "
        "rebuilt and the piers on both banks of the river were raised against floods.",
    ]
    dump = "\n\n".join(["City expands night bus network", *_PARAS, *teasers])
    assert list(newsparse.parse(dump).body) == _PARAS


def test_ticker_of_headlines_run_into_datelined_blurbs_is_not_body() -> None:
    ticker = [
        "Harbour ferry returns after two years of repairs OSLO: The harbour ferry will carry "
        "passengers again from next spring, the port authority said on Monday.",
        "Bike share scheme doubles its fleet before summer NEW YORK: The city's bike share "
        "scheme will add six thousand bicycles and two hundred stations this year.",
        "Tram line opening delayed again by signal faults LYON: The new tram line will open "
        "three months late after tests found faults in the signalling system.",
    ]
    dump = "\n\n".join(["City expands night bus network", "\n".join(ticker), *_PARAS])
    assert list(newsparse.parse(dump).body) == _PARAS


_SHORT_PARAS = [
    "Buses will run every twenty minutes between midnight and five in the morning.",
    "A levy on late-night venues will pay for a part of the new service.",
    "Several bar owners in the old town have said that they oppose the levy.",
]


def test_box_under_a_paragraph_is_crossed_when_short_paragraphs_resume() -> None:
    # Three one-sentence paragraphs in a row, each with a final stop, resume the article.
    box = ["Related articles", "Council approves new cycle lanes", "Tram line delayed again"]
    dump = "\n\n".join(["City expands night bus network", *_PARAS[:2], *box, *_SHORT_PARAS])
    assert list(newsparse.parse(dump).body) == [*_PARAS[:2], *_SHORT_PARAS]


_FR_PARAS = [
    "Le conseil municipal a voté mardi l'extension du réseau de bus de nuit, après une année "
    "où la fréquentation des lignes existantes a crû plus vite que prévu.",
    "Les élus ont indiqué que les nouvelles lignes ouvriraient au printemps, avec un bus toutes "
    "les vingt minutes entre minuit et cinq heures du matin.",
]
_FR_DIALOG = [
    "Lecture en cours sur un autre appareil.",
    "Vous ne pouvez lire ce journal que sur un seul appareil à la fois, ordinateur, "
    "téléphone ou tablette.",
    "En cliquant sur le bouton et en vous assurant que vous êtes la seule personne à lire "
    "avec ce compte, vous continuerez ici.",
]


@pytest.mark.parametrize(
    ("before", "after"),
    [
        # A paywall notice after the article's first part: the dialog under it is no body.
        ([], ["Il vous reste 60 % de cet article à lire. La suite est réservée aux abonnés."]),
        # A subscriber label over the article ends nothing.
        (["Article réservé aux abonnés"], []),
    ],
    ids=["notice-after-first-part", "negative-label-above"],
)
def test_paywall_notice_ends_the_body(before: list[str], after: list[str]) -> None:
    lines = ["Le réseau de bus de nuit s'agrandit", *before, *_FR_PARAS]
    if after:
        lines += [*after, *_FR_DIALOG]
    assert list(newsparse.parse("\n\n".join(lines)).body) == _FR_PARAS


def test_paywall_box_before_the_rest_of_the_article_ends_nothing() -> None:
    # Pages that print the whole article after their paywall box (innerText shows both):
    # more article follows the notice than precedes it.
    notice = "Subscribe to continue reading. This content is reserved for subscribers only."
    dump = "\n\n".join(["City expands night bus network", _PARAS[0], notice, *_PARAS[1:]])
    assert list(newsparse.parse(dump).body) == _PARAS


_DIALOG_GROUPS = [
    "THIS CONTENT IS RESERVED FOR SUBSCRIBERS ONLY",
    "Subscribe now to read the latest news in your city and across the country.",
    "Unlimited online access to the Daily Harbour and ten news sites with one account.\n"
    "The Daily Harbour ePaper, a replica of the print edition to read on any device.\n"
    "Daily puzzles, including the crossword.\n"
    "Support local journalism.",
    "Sign In or Create an Account\nEmail Address\nContinue\nor\nView more offers\n"
    "If you are a home delivery subscriber, online access is included in your subscription.",
]
"""A paywall dialog as a text dump prints it: notices alone, offers and a form glued."""


@pytest.mark.parametrize("glued", [False, True], ids=["paragraphs-apart", "negative-glued"])
def test_paywall_dialog_inside_the_article_is_crossed(glued: bool) -> None:
    # The page prints the whole article under a dialog set after its first paragraph: the
    # first paragraph printed alone after the dialog resumes the article. In an article
    # printed without blank lines no dialog is told apart (the notice ends nothing there).
    sep = "\n" if glued else "\n\n"
    dump = sep.join(["City expands night bus network", _PARAS[0], *_DIALOG_GROUPS, *_PARAS[1:]])
    article = newsparse.parse(dump)
    crossed = any(s.reason == "paywall-dialog" for s in article.segments)
    assert crossed is not glued
    if not glued:
        assert list(article.body) == _PARAS


def test_box_with_an_ad_slot_closes_where_separated_paragraphs_resume() -> None:
    # A template that prints "Article content" between its paragraphs sets a "Trending" box
    # with an ad slot and teaser kickers under one; the article resumes under the box.
    sep = "Article content"
    box = [
        "Trending",
        "Council approves new cycle lanes",
        "News",
        "Advertisement",
        "Story continues below",
        "Tram line delayed again",
    ]
    lines = ["City expands night bus network", _PARAS[0], sep, _PARAS[1], sep, _PARAS[2]]
    lines += [*box, sep, _PARAS[3], sep, _PARAS[4], sep]
    assert list(newsparse.parse("\n\n".join(lines)).body) == _PARAS


_FR_MORE = [
    "Les associations de riverains ont salué la décision, tout en demandant que les arrêts "
    "soient mieux éclairés la nuit et que les horaires soient affichés à chaque station.",
    "La ville prévoit un premier bilan de fréquentation à l'automne, avant de décider d'une "
    "éventuelle extension du service aux communes voisines de l'agglomération.",
]


def test_french_login_prompt_inside_the_article_is_no_body() -> None:
    # A bookmark button's login prompt printed between two paragraphs (innerText).
    prompt = [
        "Pour ajouter l’article à vos sélections",
        "identifiez-vous",
        "S’inscrire gratuitement",
        "Vous possédez déjà un compte ?",
        "Se connecter",
    ]
    # Long paragraphs on both sides (a newspaper's), as the page prints them.
    paras = [f"{a} {b}" for a in _FR_PARAS for b in _FR_MORE]
    lines = ["Le réseau de bus de nuit s'agrandit", *paras[:2], *prompt, *paras[2:]]
    assert list(newsparse.parse("\n\n".join(lines)).body) == paras


@pytest.mark.parametrize(
    "notice",
    [
        "We independently select everything we recommend. Buying through us may earn us a "
        "commission, which supports our work.",
        "You can save this article by registering for free here. Or sign-in if you have an "
        "account.",
    ],
)
def test_a_notice_over_the_article_is_no_body(notice: str) -> None:
    dump = "\n\n".join(["City expands night bus network", notice, *_PARAS])
    assert list(newsparse.parse(dump).body) == _PARAS


_CS_PARAS = [
    "Městská rada v úterý schválila rozšíření sítě nočních autobusů, protože počet cestujících "
    "na stávajících linkách rostl rychleji, než dopravní podnik čekal.",
    "Nové linky podle radních začnou jezdit na jaře a mezi půlnocí a pátou hodinou ranní budou "
    "autobusy jezdit každých dvacet minut.",
]


@pytest.mark.parametrize(
    ("tail", "body"),
    [
        # "Související" (related) over one teaser inside the article: crossed.
        (["Související\nTramvajová trať se znovu zpozdí", _CS_PARAS[1]], _CS_PARAS),
        # The same box after the article, then an ad line and a teaser: the body ends.
        (
            [
                _CS_PARAS[1],
                "Související\nTramvajová trať se znovu zpozdí\nreklama",
                "Radní schválili nové cyklostezky na nábřeží a slibují další úpravy ulic.",
            ],
            _CS_PARAS,
        ),
    ],
    ids=["inside-the-article", "after-the-article"],
)
def test_czech_related_box(tail: list[str], body: list[str]) -> None:
    dump = "\n\n".join(["Noční autobusy pojedou častěji", _CS_PARAS[0], *tail])
    assert list(newsparse.parse(dump).body) == body


_SIGN_UP = "Sign up for our newsletter\nEnter your email address\nSubscribe"


def test_short_closing_paragraph_after_a_sign_up_box_stays_in_the_body() -> None:
    # The box costs more than the one-sentence paragraph weighs; nothing follows it.
    paras = [*_PARAS[:2], "The council will vote on the levy again on Friday."]
    text = "\n\n".join(["City expands night bus network", *paras[:2], _SIGN_UP, paras[2]])
    assert list(newsparse.parse(text).body) == paras


def test_prose_after_a_sign_up_box_and_before_a_menu_is_no_closing_paragraph() -> None:
    # A teaser sentence under the box, then the page's footer menu: the article ended above.
    menu = "\n".join(["Home", "News", "Sport", "Contact us", "Privacy policy"])
    teaser = "Read our guide to the best night buses in town."
    text = "\n\n".join(["City expands night bus network", *_PARAS[:2], _SIGN_UP, teaser, menu])
    assert list(newsparse.parse(text).body) == _PARAS[:2]


def test_policy_sentence_over_a_comment_form_is_not_the_article() -> None:
    # Heading, notice, a policy sentence without cue words, then the form's heading and
    # fields (no comment under it): the sentence is the box's, not a last paragraph.
    box = [
        "Comments",
        "Your email address will not be published.",
        "We will not tolerate personal attacks, threats or abuse of any kind on this site.",
        "Leave a Reply",
        "Name",
        "Email",
        "Post Comment",
    ]
    text = "\n\n".join(["City expands night bus network", *_PARAS[:2], *box])
    assert list(newsparse.parse(text).body) == _PARAS[:2]


def test_policy_sentence_under_an_empty_comments_box_is_not_the_article() -> None:
    # Heading, notice, a policy sentence without cue words, another notice: all the box's.
    box = [
        "Comments",
        "Your email address will not be published.",
        "We will not tolerate personal attacks, threats or abuse of any kind on this site.",
        "Comments are closed.",
    ]
    text = "\n\n".join(["City expands night bus network", *_PARAS, *box])
    assert list(newsparse.parse(text).body) == _PARAS


def test_most_read_box_under_the_lead_photo_is_above_the_article() -> None:
    # The lead photo's caption and credit, then a "Most read" box, then the article: the
    # caption is no article prose, so the heading heads a box above the article.
    caption = "Night buses waiting at the central station on Monday evening.\nPhoto: Jane Doe"
    box = "Most read\nTram line delayed again"
    paras = [
        "The city council voted on Tuesday to expand the night bus network.",
        "Council members said the new routes would start in spring.",
    ]
    dump = "\n\n".join(["City expands night bus network", caption, box, *paras])
    assert list(newsparse.parse(dump).body) == paras


_LONG_HEADLINE = (
    "City expands night bus network after a year of record ridership on the old lines downtown"
)
_HEADER_COMMENTS = ["Comments", "Your email address will not be published."]


def test_empty_comments_box_over_the_date_line_bounds_nothing() -> None:
    # A long headline (which weighs as prose), an empty comments box printed into the
    # article's header, the date line, then a one-sentence article.
    para = "The city council voted on Tuesday to expand the night bus network."
    lines = [_LONG_HEADLINE, *_HEADER_COMMENTS, "March 3, 2020", para]
    assert list(newsparse.parse("\n\n".join(lines)).body) == [para]


def test_dated_comments_under_the_article_are_not_body() -> None:
    # Comments stamped with a date each (no name line): the box holds comments.
    comments = [
        "March 3, 2020",
        "I have lived here for twenty years and nobody ever asked us what we think.",
        "March 4, 2020",
        "The buses are always late anyway, so I do not see what difference it makes.",
    ]
    lines = ["City expands night bus network", *_PARAS[:2], *_HEADER_COMMENTS, *comments]
    assert list(newsparse.parse("\n\n".join(lines)).body) == _PARAS[:2]


_SUBHEADED_PARAS = [
    "The city council voted on Tuesday to expand the night bus network.",
    "Council members said the new routes would start in spring.",
    "Transport officials put the cost at about four million a year.",
]


def test_lead_over_a_sub_heading_and_short_paragraphs_under_a_box_stays_body() -> None:
    # A "Most read" list glued over the headline and date line; the lead, a sub-heading,
    # then one-sentence paragraphs printed apart: the article resumes under the sub-heading.
    box = "\n".join(["Most read", "Tram line delayed again", "City expands night buses"])
    lead = "Night buses will run every twenty minutes on the busiest routes, officials said."
    medium = "Council members said the new routes would start in spring, with buses every hour."
    body = [lead, "What happens next", _SUBHEADED_PARAS[0], medium, *_PARAS[2:]]
    dump = "\n\n".join([f"{box}\nMarch 3, 2020", *body])
    assert list(newsparse.parse(dump).body) == body


def test_blurb_cut_short_over_a_box_teaser_is_no_lead() -> None:
    # Under two photo captions, a "Related" box: a blurb cut short ("...") and a teaser
    # title over the article's next paragraphs, printed apart. The blurb is the box's.
    blurb = "Tram line delayed again as repairs drag on for the third month..."
    box = [
        "Buses at the depot on Monday evening (Image: Jane Doe)",
        "Drivers waiting for the night shift (Image: Jane Doe)",
        "Related articles",
        f"{blurb}\nCycle lanes approved",
    ]
    after = [*_SUBHEADED_PARAS, *_PARAS[1:]]
    dump = "\n\n".join(["City expands night bus network", *_PARAS[:1], *box, *after])
    body = newsparse.parse(dump).body
    assert blurb not in body
    assert list(body[-len(after) :]) == after


_LAST_PARAGRAPH = "The council will vote on the levy again on Friday."


@pytest.mark.parametrize(
    "box",
    [
        ["Most read", "Tram line delayed again", "Cycle lanes approved"],
        ["Comments", "Your email address will not be published.", "Name", "Email", "Post Comment"],
    ],
)
def test_box_and_ad_line_before_a_short_last_paragraph_are_crossed(box: list[str]) -> None:
    # A "Most read" list, or an empty comments box with its form, then an ad line, then
    # the article's one-sentence last paragraph at the page's end.
    lines = ["City expands night bus network", _PARAS[0], *box, "Advertisement", _LAST_PARAGRAPH]
    assert list(newsparse.parse("\n\n".join(lines)).body) == [_PARAS[0], _LAST_PARAGRAPH]


def test_comment_under_a_name_line_is_no_form_field() -> None:
    # A name over a date line is a comment's header: the box holds a comment.
    comments = list(_NAMED_COMMENT)
    lines = ["City expands night bus network", _PARAS[0], *comments]
    assert list(newsparse.parse("\n\n".join(lines)).body) == [_PARAS[0]]


@pytest.mark.parametrize(
    ("form", "heading"),
    [
        ((), "The background"),
        (("Name", "E-Mail", "Website"), "The background"),
        (("Nombre", "Correo electrónico"), "Los antecedentes"),
    ],
)
def test_sub_heading_under_an_empty_comments_box_is_no_form_field(
    form: tuple[str, ...], heading: str
) -> None:
    # A comments box of a notice line (and its form's fields) between two paragraphs, over
    # a sub-heading printed apart: only the lexicon's form labels are the form's lines.
    box = ["Comments", "Required fields are marked *", *form]
    lines = ["City expands night bus network", *_PARAS[:2], *box, heading, *_PARAS[2:]]
    assert list(newsparse.parse("\n\n".join(lines)).body) == [*_PARAS[:2], heading, *_PARAS[2:]]


def test_last_paragraph_under_an_empty_comments_box_over_the_comments_is_the_article() -> None:
    # A comments box of one notice line printed into the article over its last paragraph,
    # then the page's own comments section: that paragraph is the article's.
    box = ["Comments", "Please log in to comment on this article."]
    lines = ["City expands night bus network", *_PARAS[:4], *box, _PARAS[4], *_NAMED_COMMENT]
    assert list(newsparse.parse("\n\n".join(lines)).body) == _PARAS


_LEAD = "Local officials rejected an agreement with the unions after weeks of talks."


def test_one_sentence_lead_over_a_sign_up_box_is_the_article() -> None:
    # The box under the page's first sentence, over a sub-heading and the article's
    # paragraphs, costs a line: the lead does not pay for the box's lines.
    lines = ["City expands night bus network", _LEAD, _SIGN_UP, "The background", *_PARAS[1:]]
    body = [_LEAD, "The background", *_PARAS[1:]]
    assert list(newsparse.parse("\n\n".join(lines)).body) == body


def test_short_last_sentence_under_a_sign_up_box_over_a_glued_share_bar_is_the_article() -> None:
    # The article's short last sentence, then its share bar glued under it and the footer.
    last = "The council will vote again next month."
    lines = ["City expands night bus network", *_PARAS[:3], _SIGN_UP, f"{last}\nShare\nPrint"]
    footer = "© 2019 The Evening Post. All rights reserved."
    text = "\n\n".join([*lines, footer])
    assert list(newsparse.parse(text).body) == [*_PARAS[:3], last]


def test_short_last_sentence_under_a_comments_box_over_a_glued_share_bar_is_the_article() -> None:
    # A comments box holding a comment between two paragraphs is the article's furniture.
    last = "The council will vote again next month."
    box = "\n".join(["Comments", "Comments are moderated.", *_NAMED_COMMENT[2:]])
    lines = ["City expands night bus network", *_PARAS[:3], box, f"{last}\nShare\nPrint"]
    assert list(newsparse.parse("\n\n".join(lines)).body) == [*_PARAS[:3], last]


def test_sub_headed_last_paragraph_between_two_sign_up_boxes_is_the_article() -> None:
    # A sign-up box, a sub-heading over the article's short last paragraph, the page's own
    # sign-up box under it, then a "Most read" list: the paragraph closes the article.
    last = "The council will vote on the levy again next month, after the summer break."
    lines = ["City expands night bus network", *_PARAS[:3], _SIGN_UP, "What happens next", last]
    most_read = "Most read\nMinister scraps new bus network\nCourt backs tax rise"
    text = "\n\n".join([*lines, _SIGN_UP, most_read])
    assert list(newsparse.parse(text).body) == [*_PARAS[:3], "What happens next", last]


def test_sub_heading_printed_apart_under_a_glued_list_box_is_the_article() -> None:
    # A "See also" list glued under its heading between two paragraphs, then a sub-heading
    # and the article's paragraphs, each printed apart: the sub-heading is the article's.
    box = "\n".join(
        [
            "See also",
            "Minister scraps new bus network amid protests",
            "Court backs tax rise for landlords?",
            "March 10, 2019",
            "Farmers delay plan to cut energy prices",
        ]
    )
    tail = ["The background", _PARAS[2], "What happens next", _PARAS[3]]
    lines = ["City expands night bus network", *_PARAS[:2], box, *tail, "Tags: Transport"]
    assert list(newsparse.parse("\n\n".join(lines)).body) == [*_PARAS[:2], *tail]


def test_one_sentence_lead_under_a_photo_over_a_sign_up_box_is_the_article() -> None:
    # The lead photo's caption and credit over the one-sentence lead, then the sign-up box:
    # the caption weighs as prose, but the lead does not pay for the box's lines either.
    photo = "The minister speaks to reporters in the capital.\n(Adam Berg/Associated Press)"
    lines = ["City expands night bus network", photo, _LEAD, _SIGN_UP, "The background"]
    body = [_LEAD, "The background", *_PARAS[1:]]
    assert list(newsparse.parse("\n\n".join([*lines, *_PARAS[1:]])).body) == body


_DROP_CAP_PARAGRAPHS = (
    "ity officials are weighing a new plan for the harbour after a year of delays, and the "
    "council will vote on the first stage of the works next month.",
    "The plan would rebuild the old quay, add a ferry stop and open the waterfront to walkers "
    "and cyclists, according to documents seen by reporters this week.",
    "Residents have asked for more green space along the water, and the mayor said the final "
    "design would reflect the comments gathered at the public meetings.",
    "Work could start in the spring if the council approves the budget, officials said.",
)


def _drop_cap_page(*above: str) -> str:
    lines = [
        "Home",
        "News",
        "",
        "Harbour plan heads to a council vote",
        *above,
        "",
        "C",
        *"\n\n".join(_DROP_CAP_PARAGRAPHS).split("\n"),
        "",
        "Follow us",
    ]
    return "\n".join(lines)


def test_text_body_starts_at_the_paragraph_with_a_drop_cap() -> None:
    # A standfirst over the date line and a caption is no body paragraph: the drop cap
    # opens the running text.
    page = _drop_cap_page(
        "Officials want to rebuild the old quay and open the waterfront to walkers and cyclists",
        "",
        "Mon 18 Nov 2019 18.54 GMT",
        "",
        "The old quay at dawn. Photograph: Staff",
    )
    article = newsparse.parse(page)
    assert article.body[0].startswith("City officials are weighing")
    assert len(article.body) == len(_DROP_CAP_PARAGRAPHS)


def test_a_drop_cap_under_two_paragraphs_keeps_the_body_start() -> None:
    first = "The harbour has been closed to ferries for most of the year, and traders say the"
    page = _drop_cap_page(
        "",
        first + " closure has cost them a good part of their summer custom.",
        "",
        "Shops along the quay have shortened their hours, and two cafes have closed for good "
        "since the spring, the traders' association said on Monday.",
    )
    article = newsparse.parse(page)
    assert article.body[0].startswith("The harbour has been closed")


_TEASER = (
    "{} Officials said on Monday that the plan would go ahead after a long debate in the "
    "council, and residents were asked to comment on the proposal before the end of the month."
)
_WINNERS = ["Luke Bryan", "Eric Church", "Luke Combs", "Thomas Rhett", "Carrie Underwood"]


def _teasers_over_headline_page() -> str:
    lines = ["Menu", "", "News", "Sports", "Weather", "", "Latest Headlines", ""]
    lines += [_TEASER.format(t) for t in ("Bridge Repairs", "Library Wing", "Ferry Service")]
    lines += ["", "More", "", "Harvest Festival Winners List", ""]
    lines += ["September 16, 2020 at 4:59 pm", "Filed Under: Harvest Festival", ""]
    lines += [
        "The harvest festival is here at last! After being postponed, the fair went ahead "
        "on Sunday with a smaller crowd.",
        "",
        "See below for the full list of this year's winners, updated through the night.",
        "",
    ]
    for _ in range(6):
        lines += ["BEST PIE OF THE YEAR", "", *_WINNERS, ""]
    return "\n".join([*lines, "Privacy Policy", "Terms of Use"])


def test_body_is_found_under_a_headline_that_teasers_over_it_outweigh() -> None:
    # The teasers over the headline outweigh the article's short lead over its list: the
    # first region lies over the headline, and the body is looked for under it.
    article = newsparse.parse(
        _teasers_over_headline_page(),
        url="https://example.com/2020/09/16/harvest-festival-winners-list/",
    )
    assert article.headline == "Harvest Festival Winners List"
    assert article.body[0].startswith("The harvest festival is here at last!")
    assert not any("Officials said on Monday" in p for p in article.body)


def test_prose_under_reads_the_region_around_the_headline() -> None:
    from newsparse.document.from_text import read_text
    from newsparse.extract.layout import Layout, prose_under
    from newsparse.model import Label

    doc = read_text("Title\nTeaser\nHeadline\nDate\nLead\nTitle\n")
    body, unknown = Label.BODY, Label.UNKNOWN

    def layout(start: int, end: int, labels: tuple[Label, ...]) -> Layout:
        return Layout(start=start, end=end, labels=labels, reasons=("",) * len(labels))

    # The region runs from the teasers to the date line: no body under the headline.
    assert not prose_under(
        layout(1, 4, (unknown, body, body, unknown, unknown, unknown)), 2, doc.blocks
    )
    # Body under the headline inside the region.
    assert prose_under(layout(1, 5, (unknown, body, body, unknown, body, unknown)), 2, doc.blocks)
    # A region under the headline.
    assert prose_under(layout(3, 5, (unknown,) * 3 + (body, body, unknown)), 2, doc.blocks)
    # A region wholly over the headline: kept only under a copy of the headline.
    assert not prose_under(layout(0, 2, (body, body) + (unknown,) * 4), 2, doc.blocks)
    assert prose_under(layout(1, 5, (unknown,) + (body,) * 4 + (unknown,)), 5, doc.blocks)


_LONG_TEASERS = (
    "The regional assembly approved a new aid programme for small farms in the valley after "
    "weeks of tense negotiations with the mayors of the surrounding towns.",
    "The opposition approved a plan to repair the old bridge over the river for the third "
    "time this year despite strong criticism from the residents of both banks.",
)


def test_a_glued_box_of_long_teasers_does_not_outweigh_a_one_sentence_article() -> None:
    """A "Latest" box of two long teasers glued under its heading is no body.

    Weighed at a quarter as a section's prose, the two long sentences still outweighed an
    article of one short sentence above the heading (``layout._article_over_sections``).
    """
    story = "Farmers said on Monday that nobody had explained where the money would come from."
    dump = f"Farmers reject pension reform\n\n{story}\n\n\nLatest\n" + "\n".join(_LONG_TEASERS)
    assert newsparse.parse(dump).body == (story,)


def test_the_article_going_on_apart_under_a_heading_is_still_read() -> None:
    """Negative: paragraphs printed apart under the heading are no glued box of teasers."""
    story = "Farmers said on Monday that nobody had explained where the money would come from."
    dump = f"Farmers reject pension reform\n\n{story}\n\n\nLatest\n\n" + "\n\n".join(_PARAS)
    assert newsparse.parse(dump).body[-1] == _PARAS[-1]
