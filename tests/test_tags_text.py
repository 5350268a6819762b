"""Tag lists of text dumps: which visible list is the article's, and where it ends."""

from __future__ import annotations

import pytest

import newsparse

_ARTICLE = (
    "Council approves the new river bridge\n\n"
    "The city council approved the construction of a new bridge over the river on Tuesday.\n\n"
    "Work on the bridge is expected to start in the autumn and to cost the city budget more "
    "than planned.\n\n"
)


def _bridge_page(head: str = "", after: str = "") -> str:
    """The bridge story as an HTML page: ``head`` inside ``<head>``, ``after`` under the body."""
    paragraphs = "".join(f"<p>{p}</p>" for p in _ARTICLE.split("\n\n")[1:] if p)
    return (
        f"<html><head><title>Council approves the new river bridge</title>{head}</head>"
        f"<body><article><h1>Council approves the new river bridge</h1>{paragraphs}{after}"
        "</article></body></html>"
    )


def test_lines_run_on_after_a_tag_list_are_dropped() -> None:
    # The share links after the list are words the article never uses; no blank line
    # closes the list before the next box ("Most viewed").
    dump = (
        _ARTICLE
        + "Tags\nBridges\nCity budget\nEmail link\nReuse this content\nMost viewed\n"
        + "Storm closes the coastal road for the third time this winter\n"
    )
    assert newsparse.parse(dump).tags == ("Bridges", "City budget")


def test_a_closed_list_keeps_its_unmentioned_tail() -> None:
    # The end of the dump (or a blank line) closes the list: nothing ran on into it.
    dump = _ARTICLE + "Tags\nBridges\nCity budget\nFlooding\n"
    assert newsparse.parse(dump).tags == ("Bridges", "City budget", "Flooding")
    dump = _ARTICLE + "Tags\nBridges\nCity budget\nFlooding\n\nFollow us on social media\n"
    assert newsparse.parse(dump).tags == ("Bridges", "City budget", "Flooding")


def test_a_menu_run_on_into_a_closed_list_is_dropped() -> None:
    # Site menu lines ("Newsletter", "Contact") after the tags, before the blank line.
    dump = _ARTICLE + "Tags\nBridges\nCity budget\nNewsletter\nContact\n"
    assert newsparse.parse(dump).tags == ("Bridges", "City budget")


def test_a_section_name_inside_a_closed_list_is_a_tag() -> None:
    # "Politics" is a site section (a navigation line) but no site service: no menu ran on.
    dump = _ARTICLE + "Tags\nCity budget\nPolitics\nFlooding\n"
    assert newsparse.parse(dump).tags == ("City budget", "Politics", "Flooding")
    # A service line before the blank still marks a menu run on: the tail goes.
    dump = _ARTICLE + "Tags\nBridges\nCity budget\nSport\nNewsletter\nContact\n\nMore\n"
    assert newsparse.parse(dump).tags == ("Bridges", "City budget")


def test_an_unmentioned_tag_inside_the_list_is_kept() -> None:
    dump = _ARTICLE + "Tags\nBridges\nInfrastructure\nRiver\n"
    assert newsparse.parse(dump).tags == ("Bridges", "Infrastructure", "River")


def test_tail_item_sharing_a_word_with_a_tag_is_kept() -> None:
    dump = _ARTICLE + "Tags\nBridge\nBridge building\n"
    assert newsparse.parse(dump).tags == ("Bridge", "Bridge building")


def test_a_colon_line_ends_the_list() -> None:
    dump = _ARTICLE + "Tags:\nBridges\nInfrastructure\nShare this article:\nFacebook\n"
    assert newsparse.parse(dump).tags == ("Bridges", "Infrastructure")


def test_the_list_the_article_mentions_beats_a_menu() -> None:
    menu = "Topics\nPolitics\nSport\nWeather\nPuzzles\n\n"
    dump = menu + _ARTICLE + "Tags\nBridges\nCity council\nRiver\n"
    assert newsparse.parse(dump).tags == ("Bridges", "City council", "River")


_GERMAN = (
    "Stadtrat beschließt die neue Brücke\n\n"
    "Der Stadtrat hat am Dienstag den Bau einer neuen Brücke über den Fluss beschlossen.\n\n"
    "Die Arbeiten sollen im Herbst beginnen; die Kosten für den Haushalt steigen weiter.\n\n"
)


def test_topic_lines_under_a_related_heading_are_tags() -> None:
    dump = _GERMAN + "Mehr zum Thema\nBrücke\nHaushalt\nStadtrat\n"
    assert newsparse.parse(dump).tags == ("Brücke", "Haushalt", "Stadtrat")


def test_article_titles_under_a_related_heading_are_not_tags() -> None:
    dump = _GERMAN + "Mehr zum Thema\nBrücke\nDer Stadtrat streitet über den Haushalt\n"
    assert newsparse.parse(dump).tags == ()
    # A teaser's author, then its title after a blank line: one short line is no list.
    dump = _GERMAN + "Mehr zum Thema\n\nJane Doe\n\nDer Stadtrat streitet über den Haushalt\n"
    assert newsparse.parse(dump).tags == ()


def test_inline_tag_links_on_one_line_are_split() -> None:
    dump = _GERMAN + "Themen\nBrücke Haushalt Stadtrat Fluss\nStartseite\nKultur\n"
    assert newsparse.parse(dump).tags == ("Brücke", "Haushalt", "Stadtrat", "Fluss")


def test_inline_tag_links_of_one_stem_count_as_one_topic() -> None:
    # Half the topics are words the article uses: "Laufen", "Laufschuh" are one topic.
    dump = _GERMAN + "Tags Brücke Laufen Laufschuh Stadtrat Marathon\n"
    assert newsparse.parse(dump).tags == ("Brücke", "Laufen", "Laufschuh", "Stadtrat", "Marathon")


def test_lower_case_tags_run_together_split_into_body_words() -> None:
    # A dump that drops the spaces between tag links: the words the body uses, apart.
    dump = _ARTICLE + "Related Topics:\n\nbridgecouncilbudgetriver\n"
    assert newsparse.parse(dump).tags == ("bridge", "council", "budget", "river")
    # A word the body never uses leaves the run whole.
    dump = _ARTICLE + "Related Topics:\n\nbridgecouncilbudgetharbour\n"
    assert newsparse.parse(dump).tags == ("bridgecouncilbudgetharbour",)


def test_a_sentence_under_a_tag_heading_is_not_split_into_tags() -> None:
    dump = _GERMAN + "Themen\nDer Stadtrat und die Brücke\n"
    assert newsparse.parse(dump).tags == ("Der Stadtrat und die Brücke",)


def test_labels_in_other_spellings() -> None:
    dump = _GERMAN + "Lesen Sie mehr zu diesen Themen:\nBrücke\nHaushalt\n"
    assert newsparse.parse(dump).tags == ("Brücke", "Haushalt")
    dump = _ARTICLE + "Related Tags\nBridges\nCity council\n"
    assert newsparse.parse(dump).tags == ("Bridges", "City council")


def test_label_and_list_on_one_line_without_colon() -> None:
    dump = _GERMAN + "Getaggt mit Brücke, Stadtrat\n"
    assert newsparse.parse(dump).tags == ("Brücke", "Stadtrat")


def test_a_sentence_opening_with_label_words_is_not_a_tag_list() -> None:
    dump = _ARTICLE + "More on that, later this week\n"
    assert newsparse.parse(dump).tags == ()


def test_cjk_tags_are_mentioned_without_spaces() -> None:
    dump = (
        "台風で新幹線が運休\n\n"
        "台風の影響で東海道新幹線は終日運休となり、駅では多くの利用者が足止めされた。\n\n"
        "関連キーワード\n#台風\n#新幹線\nすべて見る\n"
        # The list runs on into the next box without a blank line: its tail goes.
        "主要ニュース\n台風の進路と各地の被害の状況について詳しく伝える記事の見出しがここに入る\n"
    )
    # The page shows its tags as hashtags: they keep their "#".
    assert newsparse.parse(dump).tags == ("#台風", "#新幹線")


@pytest.mark.parametrize(
    ("line", "tags"),
    [
        ("関連キーワード：台風、新幹線", ("台風", "新幹線")),
        ("关键词：台风，高铁", ("台风", "高铁")),
        ("タグ：台風", ("台風",)),
        # Chinese and Japanese write a phrase without spaces: a space parts two tags.
        ("关键词：台风 高铁", ("台风", "高铁")),
        ("タグ：台風 新幹線 東海道", ("台風", "新幹線", "東海道")),
    ],
    ids=["ja-ideographic-comma", "zh-full-width-comma", "one-tag", "zh-spaces", "ja-spaces"],
)
def test_cjk_tag_line_with_a_full_width_colon(line: str, tags: tuple[str, ...]) -> None:
    dump = (
        "台風で新幹線が運休\n\n"
        "台風の影響で東海道新幹線は終日運休となり、駅では多くの利用者が足止めされた。\n\n"
    )
    assert newsparse.parse(dump + line + "\n").tags == tags


def test_arabic_commas_split_a_tag_line() -> None:
    dump = (
        "الحكومة تعلن خطة جديدة لدعم الأسر ذات الدخل المحدود\n\n"
        "أعلنت الحكومة يوم الثلاثاء عن خطة جديدة لدعم الأسر ذات الدخل المحدود، تشمل زيادة "
        "المساعدات النقدية وتخفيض أسعار الخدمات الأساسية.\n\n"
        "الوسوم: الحكومة، الاقتصاد\n"
    )
    assert newsparse.parse(dump).tags == ("الحكومة", "الاقتصاد")


def test_hashtags_keep_their_sign_and_their_capitals() -> None:
    dump = _ARTICLE + "#Bridges #CityBudget #RiverFlooding\n"
    assert newsparse.parse(dump).tags == ("#Bridges", "#CityBudget", "#RiverFlooding")
    # A "#" before a space is a bullet, not a hashtag.
    dump = _ARTICLE + "# Bridges# City budget\n"
    assert newsparse.parse(dump).tags == ("Bridges", "City budget")


def test_a_colon_only_label_heads_a_list_of_topics() -> None:
    # "More" alone is a link; "More:" over topic lines is the tag list.
    dump = (
        _ARTICLE
        + "More:\nBridges\nThe City Budget\nThe Daily\n"
        + "The best of our paper, every day, in your in-box.\n"
    )
    # "The Daily" ran on from the next box: it shares no topic word with the tags.
    assert newsparse.parse(dump).tags == ("Bridges", "The City Budget")
    dump = _ARTICLE + "Read more:\nBridges\nCity budget\nRiver floods\n\nFacebook\n"
    assert newsparse.parse(dump).tags == ("Bridges", "City budget", "River floods")
    # Teaser titles under it are no tags, nor is a lone link.
    dump = (
        _ARTICLE
        + "Read more:\nWhy the council chose the northern bank for the bridge\n"
        + "How the city pays for its roads\n\n"
    )
    assert newsparse.parse(dump).tags == ()
    assert newsparse.parse(_ARTICLE + "More\nBridges\nCity budget\n").tags == ()


def test_counters_are_no_tags() -> None:
    dump = _ARTICLE + "Tags\nBridges\nCity budget\n(42) Comments\nKommentieren0\n438.3K\n"
    assert newsparse.parse(dump).tags == ("Bridges", "City budget")
    # A tag holding a number stays.
    dump = _ARTICLE + "Tags\nBridges\n2024 budget\n4K\n"
    assert newsparse.parse(dump).tags == ("Bridges", "2024 budget", "4K")


def test_a_topic_menu_printed_twice_is_not_a_tag_list() -> None:
    # The site prints its topic menu in the header and again in the footer.
    menu = "Topics\nBridges\nWeather\nCity budget\n\n"
    assert newsparse.parse(menu + _ARTICLE + menu).tags == ()
    # Once, under its heading, the same list is the article's.
    assert newsparse.parse(_ARTICLE + menu).tags == ("Bridges", "Weather", "City budget")


def test_a_list_opening_with_section_lines_is_a_menu() -> None:
    menu = "Topics\nPolitics\nBusiness\nSport\nBridges\nCity budget\nFlooding\n\n"
    assert newsparse.parse(menu + _ARTICLE).tags == ()
    # A section or two among the tags is no menu.
    dump = _ARTICLE + "Tags\nPolitics\nBridges\nSport\nCity budget\nFlooding\nRiver\n"
    assert newsparse.parse(dump).tags == (
        "Politics",
        "Bridges",
        "Sport",
        "City budget",
        "Flooding",
        "River",
    )


def test_a_count_is_never_a_tag() -> None:
    dump = _ARTICLE + "Tags\nBridges\n/\nCity budget\n0\n"
    assert newsparse.parse(dump).tags == ("Bridges", "City budget")
    # Nor is a letter of an A-Z index.
    dump = _ARTICLE + "Tags\n" + "\n".join("abcdefgh") + "\n"
    assert newsparse.parse(dump).tags == ()


def test_a_teaser_run_on_into_a_closed_list_ends_it() -> None:
    # The next box's title, date line and link lines are no tags, blank line or not.
    dump = (
        _ARTICLE
        + "Tags\nBridges\nCity budget\nFlooding\nWhy do bridges rust so fast?\n"
        + "12.10.2022 Jane Doe\n\nFollow us\n"
    )
    assert newsparse.parse(dump).tags == ("Bridges", "City budget")
    dump = _ARTICLE + "Tags\nBridges\nCity budget\nRead all about it in the paper\n"
    assert newsparse.parse(dump).tags == ("Bridges", "City budget")
    dump = _ARTICLE + "Tags\nBridges\nCity budget\nhttps://example.org/\n"
    assert newsparse.parse(dump).tags == ("Bridges", "City budget")


def test_a_name_with_particles_is_a_tag() -> None:
    dump = _ARTICLE + "Tags\nBridges\nUrsula von der Leyen\nCity budget\n"
    assert newsparse.parse(dump).tags == ("Bridges", "Ursula von der Leyen", "City budget")


def test_a_short_run_of_tags_splits_only_into_mentioned_words() -> None:
    body = _ARTICLE + "The river flooded Riverside and Millbrook last spring.\n\n"
    # Each word is one the article uses: three tags.
    dump = body + "More about\n\nRiverside Millbrook Council\n"
    assert newsparse.parse(dump).tags == ("Riverside", "Millbrook", "Council")
    # One piece the article never uses: the run may be one tag.
    dump = body + "More about\n\nRiverside Harbour Authority\n"
    assert newsparse.parse(dump).tags == ("Riverside Harbour Authority",)


def test_a_label_and_inline_tags_after_a_space() -> None:
    dump = _ARTICLE + "Tags Bridges Council Budget City Budget River\n"
    assert newsparse.parse(dump).tags == ("Bridges", "Council", "Budget", "City Budget", "River")


def test_a_label_line_closes_the_list_above_it() -> None:
    # "Share:" opens the next list: nothing ran on into the tags, unmentioned or not.
    dump = _ARTICLE + "Tags:\nBridge\nFlooding\nInfrastructure\nShare:\nFacebook\n"
    assert newsparse.parse(dump).tags == ("Bridge", "Flooding", "Infrastructure")


def test_a_widget_line_closes_the_list_above_it() -> None:
    # "Share" glued under the list is no tag (the list stops there): it closes the list
    # as "Share:" does, so nothing ran on into the tags, unmentioned or not.
    dump = _ARTICLE + "Tags\nBridges\nCity budget\nFlooding\nShare\n"
    assert newsparse.parse(dump).tags == ("Bridges", "City budget", "Flooding")


def test_a_service_line_the_body_uses_keeps_no_menu_tail() -> None:
    body = _ARTICLE + "Residents who want to comment can contact the council.\n\n"
    # "Contact" is a site menu line: no evidence of a tag, the list ran into a menu.
    dump = body + "Tags\nBridge\nFlooding\nContact\nArchive\n"
    assert newsparse.parse(dump).tags == ("Bridge",)
    # Inside the list, a service word may be a topic.
    dump = body + "Tags\nBridge\nContact\nCouncil\n"
    assert newsparse.parse(dump).tags == ("Bridge", "Contact", "Council")


def test_a_long_list_above_the_headline_is_the_header_menu() -> None:
    header = "Topics\nBridges\nWeather\nCity budget\nTransport\nSchools\n\n"
    assert newsparse.parse(header + _ARTICLE).tags == ()
    # Under the article, the same list is its tags.
    assert newsparse.parse(_ARTICLE + header).tags == (
        "Bridges",
        "Weather",
        "City budget",
        "Transport",
        "Schools",
    )


def test_tags_after_a_pipe_in_a_post_meta_line() -> None:
    # A blog's post-meta line: categories, then the tags after a pipe, then a permalink.
    dump = _ARTICLE + "Posted in: News, Local | Tags: Bridges, City budget | Permalink\n"
    assert newsparse.parse(dump).tags == ("Bridges", "City budget")
    dump = _ARTICLE + "Posted in News | Tagged bridges, city budget | Leave a comment\n"
    assert newsparse.parse(dump).tags == ("bridges", "city budget")


def test_a_pipe_segment_opening_with_a_label_word_is_no_list() -> None:
    dump = _ARTICLE + "Photos: City archive | More on that story tomorrow\n"
    assert newsparse.parse(dump).tags == ()


def test_a_lone_shown_tag_yields_to_the_fuller_declared_list() -> None:
    # HTML: the page shows one of the tags it declares; the declared list is the fuller one.
    page = _bridge_page(
        head=(
            '<meta property="article:tag" content="Bridges">'
            '<meta property="article:tag" content="City budget">'
            '<meta property="article:tag" content="Flooding">'
        ),
        after="<h3>Tags</h3><ul><li><a href='/t/bridges'>Bridges</a></li></ul>",
    )
    assert newsparse.parse(page.encode()).tags == ("Bridges", "City budget", "Flooding")


def test_a_declared_list_held_whole_by_a_longer_one_is_the_editors() -> None:
    # JSON-LD keywords add the CMS's flags to the keywords meta's list.
    page = _bridge_page(
        head=(
            '<meta name="keywords" content="bridges, city budget">'
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline":'
            ' "Council approves the new river bridge", "keywords": ["bridges", "city'
            ' budget", "paywall exclude", "web"]}</script>'
        )
    )
    assert newsparse.parse(page.encode()).tags == ("bridges", "city budget")


_BRIDGE_STORY = (
    "Council approves the new river bridge\n\n"
    "The council approved the bridge over the river on Tuesday after a long debate.\n\n"
    "The bridge will link the two halves of the town; the council expects the works to "
    "start in the autumn.\n\n"
    "Critics of the bridge say the council has underestimated the cost of the project.\n\n"
)


def test_an_unlabelled_topic_run_under_the_body_is_tags() -> None:
    # Topic links under the last paragraph, past a widget line, closed by a heading.
    dump = _BRIDGE_STORY + "Share\nBridge\nCouncil\nMost read\nStorm closes the coast road\n"
    assert newsparse.parse(dump).tags == ("Bridge", "Council")
    dump = _BRIDGE_STORY + "Bridge\n\nFollow us on social media\n"
    assert newsparse.parse(dump).tags == ("Bridge",)


def test_a_name_or_a_button_under_the_body_is_no_topic() -> None:
    # The body uses each word once or not at all: a byline's name, a sign-up button.
    for line in ("Jane Doe", "Subscribe free", "Autumn"):
        assert newsparse.parse(_BRIDGE_STORY + line + "\n\nMore stories\n").tags == ()
    # A run that a long line follows is the next box's, not a topic list.
    dump = _BRIDGE_STORY + "Bridge\nCouncil\nThe town votes on the new harbour plan next week\n"
    assert newsparse.parse(dump).tags == ()


def test_wordpress_category_links_are_no_tags() -> None:
    # rel="category tag" marks a post's categories; rel="tag" its tags.
    page = _bridge_page(
        after=(
            "<p>Posted in <a href='/c/local' rel='category tag'>Local</a>. Tagged <a"
            " href='/t/bridges' rel='tag'>Bridges</a>, <a href='/t/budget' rel='tag'>City"
            " budget</a>"
            "</p>"
        )
    )
    assert newsparse.parse(page.encode()).tags == ("Bridges", "City budget")


def test_a_declared_keyword_loses_its_index() -> None:
    # A CMS numbers a keyword ("(1) Free article"); a bare count is no keyword at all.
    page = _bridge_page(head='<meta name="keywords" content="(1) Bridges, City budget, (2)">')
    assert newsparse.parse(page.encode()).tags == ("Bridges", "City budget")


_ICE_ARTICLE = (
    "Engineers test a heat shield for the ice\n\n"
    "Engineers coated the frozen pond with glass bubbles to keep its ice from melting, "
    "and they hope the method could one day help the Arctic.\n\n"
    "Climate change shrinks the polar ice every year, the scientists said, and the Arctic "
    "warms faster than the rest of the planet.\n\n"
)


def test_a_colon_label_run_into_its_list_reads_as_the_label_over_the_list() -> None:
    # "More:" is a tag label only with its colon; a dump that keeps the label and its
    # links on one line runs the topics together, split on the body's evidence.
    dump = _ICE_ARTICLE + "More: The Arctic Ice Climate Change\n"
    assert newsparse.parse(dump).tags == ("The Arctic", "Ice", "Climate Change")
    # As the same label over its list one a line does.
    dump = _ICE_ARTICLE + "More:\nThe Arctic\nIce\nClimate Change\n"
    assert newsparse.parse(dump).tags == ("The Arctic", "Ice", "Climate Change")


def test_a_colon_label_over_words_the_body_never_uses_is_no_list() -> None:
    # A sentence or a link line that opens with the label's word is not tags.
    dump = _ICE_ARTICLE + "More: Subscribe today for unlimited access\n"
    assert newsparse.parse(dump).tags == ()
    # Nor is a teaser's title, though the body uses each of its phrases: it holds
    # function words ("than") as a list of topics does not.
    dump = _ICE_ARTICLE + "More: Scientists said Arctic warms faster than planet\n"
    assert newsparse.parse(dump).tags == ()


def test_a_tag_label_behind_a_geometric_bullet_heads_its_list() -> None:
    # Japanese sites mark their headings with a square ("■関連キーワード"); the square is
    # decoration, as "•" is, and the label still heads the tag list under it.
    for label in ("■Tags", "▶ Tags", "■関連キーワード"):
        dump = _BRIDGE_STORY + f"{label}\nBridge\nCouncil\n\nMost read\n"
        assert newsparse.parse(dump).tags == ("Bridge", "Council"), label


def test_a_tag_label_inside_a_post_meta_line_heads_the_list_after_it() -> None:
    # A blog's post-meta links run together: categories, then the tags after their label,
    # glued to the words on either side or kept apart by spaces.
    for line in (
        "CategoriesNewsTagsbridges, council, city budget",
        "Categories News Tags bridges, council, city budget",
    ):
        assert newsparse.parse(_BRIDGE_STORY + line + "\n\nMost read\n").tags == (
            "bridges",
            "council",
            "city budget",
        ), line


def test_a_sentence_that_names_its_topics_is_no_tag_line() -> None:
    # The label's word inside a sentence, lower-case or far into it, heads no list.
    for line in (
        "Our Topics bridges, roads and the budget of the town are the council's.",
        "The council debated many topics, bridges, roads, budgets",
        "The council of the town debated Topics bridges, roads, budgets",
    ):
        assert newsparse.parse(_BRIDGE_STORY + line + "\n\nMost read\n").tags == (), line


_RUN_ON_STORY = (
    "Council approves the new river bridge\n\n"
    "The council approved the bridge over the river on Tuesday after a long debate that "
    "lasted until late in the evening.\n\n"
    "The bridge will link the two halves of the town; the council expects the works to "
    "start in the autumn and to last for two years at least, the mayor said.\n\n"
    "What the bridge will cost the town\n\n"
    "Critics of the bridge say the council has underestimated the cost of the project, and "
    "that the town will pay for it for decades.\n\n"
    "{topic}\n\n"
    "Related\n\n"
    "Jane Doe\n\n"
    "Storm closes the coast road again\n\n"
    "John Roe\n\n"
    "The harbour vote is set for next week\n\n"
    "Editors\n\n"
    "The town council of the river town approved a bridge and a road and a harbour plan "
    "in the same week, and the mayor said the works would last.\n\n"
    "Our newsletter brings you the news of the town every morning, with the council, the "
    "bridge, the harbour and the weather of the day.\n"
)


def test_a_topic_line_over_the_heading_that_closes_the_article_is_tags() -> None:
    # The found region runs on past a related box into a footer's prose, and took the
    # topic line under the last paragraph in as a subheading: the line right over the
    # box's heading, under the body's prose, is the article's topic still.
    article = newsparse.parse(_RUN_ON_STORY.format(topic="Bridge"))
    assert article.tags == ("Bridge",)
    assert "Bridge" not in article.body
    # A line the body never repeats (a name, a button) is no topic.
    for topic in ("Jane Doe", "Subscribe"):
        assert newsparse.parse(_RUN_ON_STORY.format(topic=topic)).tags == (), topic


_HARBOUR_STORY = (
    "Mayor Ann Lee opens the new harbour\n\n"
    "Mayor Ann Lee opened the new harbour on Tuesday; the fishing fleet and the ferry will "
    "share its quays.\n\n"
    "The harbour cost the town less than planned, Ann Lee said, and the ferry company "
    "thanked the council.\n\n"
    "Fishing boats moved in the same afternoon, and tourism offices expect more visitors.\n\n"
)


def test_a_lower_case_line_of_topic_links_under_the_body_is_tags() -> None:
    # Lower-case tag links run together into one line under the last paragraph, past a
    # close button's "✕"; split as inline tag links are, on the body's evidence.
    for gap in ("", "✕\n"):
        dump = _HARBOUR_STORY + gap + "ann lee harbour ferry tourism\nShare on Facebook\n"
        assert newsparse.parse(dump).tags == ("ann lee", "harbour", "ferry", "tourism"), gap


def test_a_lower_case_sentence_under_the_body_is_no_tag_line() -> None:
    # A sentence fails the inline-link test (a function word opens or ends a piece), a
    # line with a digit or a capital is no lower-case tag line, nor are two words.
    for line in (
        "the harbour and the ferry of the town",
        "ann lee harbour ferry 2024",
        "Ann lee harbour ferry tourism",
        "harbour ferry",
    ):
        dump = _HARBOUR_STORY + line + "\nShare on Facebook\n"
        assert newsparse.parse(dump).tags == (), line


def test_a_line_of_topic_links_between_the_byline_and_the_body_is_tags() -> None:
    # Tag links printed over the first paragraph run together into one line.
    head = "Mayor Ann Lee opens the new harbour\nBy Jane Doe | 12/10/2020\n\n"
    dump = head + "ann lee Harbour Ferry tourism\n\n" + _HARBOUR_STORY.split("\n\n", 1)[1]
    assert newsparse.parse(dump).tags == ("ann lee", "Harbour", "Ferry", "tourism")
    # A standfirst, a caption or a breadcrumb there is no tag line.
    for line in (
        "The mayor opened the harbour to the ferry and the fleet",
        "Ann Lee at the harbour (Photo: Jane Doe)",
        "Home > Harbour > Ferry > Tourism",
    ):
        dump = head + line + "\n\n" + _HARBOUR_STORY.split("\n\n", 1)[1]
        assert newsparse.parse(dump).tags == (), line


def test_a_longer_declared_list_that_adds_names_the_body_uses_is_the_fuller() -> None:
    # The keywords meta adds the people and places the article names to the JSON-LD's
    # topic words: it is no CMS's list of flags, but the fuller one.
    page = (
        "<html><head><title>Council approves the new river bridge</title>"
        '<meta name="keywords" content="Bridges, City budget, Mary Lou Walsh, Northbank">'
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"headline": "Council approves the new river bridge", '
        '"keywords": ["bridges", "city budget"]}</script>'
        "</head><body><article><h1>Council approves the new river bridge</h1>"
        "<p>The city council approved the construction of a new bridge to Northbank.</p>"
        "<p>Mayor Mary Lou Walsh said the work would cost the city budget more than planned.</p>"
        "</article></body></html>"
    )
    assert newsparse.parse(page.encode()).tags == (
        "Bridges",
        "City budget",
        "Mary Lou Walsh",
        "Northbank",
    )


def test_declared_words_for_news_itself_are_no_tags() -> None:
    # A CMS adds "News" (and "ニュース", "新聞") to every page's keywords and sections.
    page = _bridge_page(
        head=(
            '<meta name="keywords" content="Bridges, City budget, News, ニュース">'
            '<meta property="article:section" content="News">'
        )
    )
    assert newsparse.parse(page.encode()).tags == ("Bridges", "City budget")
    only_section = page.replace(
        '<meta name="keywords" content="Bridges, City budget, News, ニュース">', ""
    )
    assert newsparse.parse(only_section.encode()).tags == ()


def test_declared_site_keywords_the_article_never_uses_yield_to_its_visible_tags() -> None:
    # Every page of the site declares the same keywords; the article uses none of them,
    # and its visible tag list names what it is about.
    page = _bridge_page(
        head=('<meta name="keywords" content="politics, society, sports, entertainment, health">'),
        after=(
            "<h3>Tags</h3><ul><li><a href='/t/bridge'>Bridge</a></li><li>"
            "<a href='/t/city-budget'>City budget</a></li></ul>"
        ),
    )
    assert newsparse.parse(page.encode()).tags == ("Bridge", "City budget")


def test_site_keywords_yield_to_a_visible_list_the_body_uses_one_tag_of() -> None:
    # The site's keywords are on every page, and the body uses none of them; the
    # visible list names the play, its cast and its stage, of which the body uses one.
    page = _bridge_page(
        head=('<meta name="keywords" content="politics, society, sports, entertainment, health">'),
        after=(
            "<h3>Tags</h3><ul><li><a href='/t/bridge'>Bridge</a></li><li>"
            "<a href='/t/harbour'>Harbour authority</a></li><li>"
            "<a href='/t/ferry'>Ferry lines</a></li></ul>"
        ),
    )
    assert newsparse.parse(page.encode()).tags == ("Bridge", "Harbour authority", "Ferry lines")


def _boxed_page(links: list[str], box: str = "post-tags") -> bytes:
    items = "".join(f"<li><a href='/t/{k}'>{link}</a></li>" for k, link in enumerate(links))
    return _bridge_page(after=f"<ul class='{box}'>{items}</ul>").encode()


def test_an_unlabelled_box_of_tag_links_is_the_tag_list() -> None:
    # The template names the box of tag links ("post-tags"); no label stands over it.
    assert newsparse.parse(_boxed_page(["Bridges", "City budget"])).tags == (
        "Bridges",
        "City budget",
    )
    # A class naming one tag of the post ("tag-bridges") is no box of tags.
    assert newsparse.parse(_boxed_page(["Bridges", "City budget"], "tag-bridges")).tags == ()


def test_a_lone_link_or_a_cloud_in_a_tag_box_is_no_tag_list() -> None:
    # One link: a kicker's category, or links run together that HTML cannot part.
    assert newsparse.parse(_boxed_page(["BridgesCity budget"])).tags == ()
    # Sixteen links and more: the site's tag cloud.
    cloud = [f"Topic {chr(ord('A') + k)}" for k in range(16)]
    assert newsparse.parse(_boxed_page(cloud)).tags == ()


def test_html_tag_links_run_together_split_into_the_declared_tags() -> None:
    # The box prints its links with nothing between them: one lower-case word on the
    # page, cut into the fewest words the page declares or the body uses.
    page = _bridge_page(
        head='<meta name="keywords" content="bridges, citybudget, flooding, council">',
        after=(
            "<div class='tags'><a href='/t/1'>bridges</a><a href='/t/2'>citybudget</a>"
            "<a href='/t/3'>flooding</a></div>"
        ),
    )
    assert newsparse.parse(page.encode()).tags == ("bridges", "citybudget", "flooding")


_TH_ARTICLE = (
    "รัฐบาลประกาศแผนการจราจรใหม่\n\n"
    + "รัฐบาลประกาศแผนการจราจรใหม่ในวันพุธ เพื่อลดความแออัดในใจกลางเมือง แผนนี้จะเริ่มใช้ในต้นปีหน้า"
    " และจะครอบคลุมถนนสายหลักทั้งหมด เจ้าหน้าที่กล่าวว่ามาตรการนี้ผ่านการศึกษามาอย่างยาวนาน\n\n" * 3
)


@pytest.mark.parametrize(
    ("line", "tags"),
    [
        # Hashtags after the label mark their tags in a script without capitals.
        ("แท็ก #การเมือง #เศรษฐกิจ", ("การเมือง", "เศรษฐกิจ")),
        ("タグ #政治 #経済", ("政治", "経済")),
        # A caseless letter opens a tag as a capital does.
        ("แท็ก การเมือง, เศรษฐกิจ", ("การเมือง", "เศรษฐกิจ")),
        ("Tags #Bridges #Flooding", ("Bridges", "Flooding")),
        # Negative: lower-case Latin words after a label run into the line are a sentence's.
        ("Tags politics, economy", ()),
    ],
)
def test_a_label_run_into_hashtags_or_caseless_tags(line: str, tags: tuple[str, ...]) -> None:
    assert newsparse.parse(_TH_ARTICLE + line + "\n").tags == tags


@pytest.mark.parametrize(
    ("line", "tags"),
    [
        # Thai writes a phrase without spaces: after the label a space parts two tags...
        ("แท็ก: การเมือง เศรษฐกิจ", ("การเมือง", "เศรษฐกิจ")),
        ("แท็ก: การเมือง เศรษฐกิจ ต่างประเทศ", ("การเมือง", "เศรษฐกิจ", "ต่างประเทศ")),
        # ...or a first name from a surname, which the story prints as one phrase.
        ("แท็ก: ประยุทธ์ จันทร์โอชา การเมือง", ("ประยุทธ์ จันทร์โอชา", "การเมือง")),
    ],
)
def test_a_spaced_thai_tag_line_parts_its_tags(line: str, tags: tuple[str, ...]) -> None:
    story = _TH_ARTICLE.replace("เจ้าหน้าที่กล่าวว่า", "นายประยุทธ์ จันทร์โอชา กล่าวว่า", 1)
    assert newsparse.parse(story + line + "\n").tags == tags
