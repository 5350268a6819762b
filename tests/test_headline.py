"""Headline choice in text dumps: table-driven cases, each with negatives."""

from __future__ import annotations

import gc
from types import SimpleNamespace
from typing import cast

import pytest

import newsparse
from newsparse.extract import (
    Candidate,
    Context,
    Field,
    headline,
    headline_around,
    headline_lines,
    headline_repeats,
    headline_slug,
)
from newsparse.lexicon import lexicon

_BODY = (
    "The city council voted on Tuesday to approve the new budget after a long debate.\n\n"
    "Critics said the plan would cut services in the poorest districts of the city.\n\n"
    "The mayor defended the budget and said the savings were needed to avoid a deficit.\n"
)


def _dump(top: str) -> str:
    return f"{top}\n\nBy Jane Smith\n\n{_BODY}"


@pytest.mark.parametrize(
    ("top", "expected"),
    [
        # A standfirst (longer, right after the headline that opens the run) loses.
        (
            "Home\nNews\nCouncil approves new budget\n"
            "After months of heated debate the council backed a plan that cuts spending"
            " in every district of the city",
            "Council approves new budget",
        ),
        # Negative: the line before is a breadcrumb, not a headline.
        (
            "Home\nNews\nHome › News › City › Budget\n"
            "Council approves the new city budget after months of debate",
            "Council approves the new city budget after months of debate",
        ),
        # Negative: the line before is a run of figures (a stock ticker), not a headline.
        (
            "Dow\n18,037.10\n-105.32 (-0.58%)\n"
            "Council approves the new city budget after months of debate",
            "Council approves the new city budget after months of debate",
        ),
        # A caption with a credit label or a "(Name/Agency)" credit is not the headline.
        (
            "Council approves new budget\n\nMore text\n\n"
            "The mayor speaks to reporters after the vote on the budget Photograph: Jane Roe",
            "Council approves new budget",
        ),
        (
            "Council approves new budget\n\nMore text\n\n"
            "The mayor speaks to reporters after the vote on the budget (Jane Roe/AFP)",
            "Council approves new budget",
        ),
        # A bare "Name/Agency" credit closes a caption too.
        (
            "Council approves new budget\n\nMore text\n\n"
            "The mayor speaks to reporters after the vote on the budget Jane Roe/Reuters",
            "Council approves new budget",
        ),
        # Negatives: other labels and a season in brackets are fine in a headline.
        (
            "Analysis: council approves the new city budget after months of debate",
            "Analysis: council approves the new city budget after months of debate",
        ),
        (
            "Council approves the city budget for the AC/DC concert after long debate",
            "Council approves the city budget for the AC/DC concert after long debate",
        ),
        (
            "Council approves the (2024/25) city budget after months of debate",
            "Council approves the (2024/25) city budget after months of debate",
        ),
        # A line that wraps the headline (crumb, widget text) or flattens it loses to it.
        (
            "Council approves new budget plan\n\nShare this\n\n"
            "Home » City » Council approves new budget plan",
            "Council approves new budget plan",
        ),
        (
            "Council approves new budget plan\n\nShare this\n\n"
            "Council approves new budget plan Back to video",
            "Council approves new budget plan",
        ),
        (
            "Vote: Council approves new budget plan\n\nShare this\n\n"
            "Vote Council approves new budget plan",
            "Vote: Council approves new budget plan",
        ),
        # Negative: a headline that ends with a weak short line (a menu label) keeps winning.
        (
            "Sports venue news\n\nNews\n\nA century at the stadium: sports venue news",
            "A century at the stadium: sports venue news",
        ),
        # A long line ending in a period is a sentence, even after a symbol ("Disney+.").
        (
            "Home\nNews\nStreaming stumbles\n\nShare this\n\n"
            "The company said that overwhelming consumer demand led to some problems as it"
            " rolled out the new streaming service Disney+.",
            "Streaming stumbles",
        ),
        # Negative: a shorter headline ending in an abbreviation is kept.
        (
            "Russia's nuclear help to Iran stirs questions about relations with the U.S.",
            "Russia's nuclear help to Iran stirs questions about relations with the U.S.",
        ),
    ],
    ids=[
        "standfirst-loses",
        "after-breadcrumb",
        "after-ticker",
        "credit-label",
        "credit-brackets",
        "credit-bare",
        "other-label",
        "slash-in-name",
        "season-brackets",
        "wrapped-by-crumb",
        "wrapped-by-widget",
        "flattened-copy",
        "wraps-weak-line",
        "long-sentence",
        "abbreviation-end",
    ],
)
def test_text_headline(top: str, expected: str) -> None:
    assert newsparse.parse(_dump(top)).headline == expected


def _html(h1: str, og: str | None = None, title: str | None = None) -> str:
    head = f"<title>{title}</title>" if title else ""
    if og:
        head += f'<meta property="og:title" content="{og}">'
    paragraphs = "".join(f"<p>{p}</p>" for p in _BODY.strip().split("\n\n"))
    return (
        f"<html><head>{head}</head><body><article><h1>{h1}</h1>"
        f"<p>By Jane Smith</p>{paragraphs}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # The <h1> shows the declared headline behind a kicker: the declared form wins.
        (
            _html(
                "Politik: Council approves the new city budget",
                og="Council approves the new city budget",
            ),
            "Council approves the new city budget",
        ),
        (
            _html(
                "BERLIN Council approves the new city budget",
                og="Council approves the new city budget",
            ),
            "Council approves the new city budget",
        ),
        # Negatives: a <title> is no evidence of a kicker, a longer prefix is no kicker,
        # and a title that only ends alike mid-word is no match.
        (
            _html(
                "Politik: Council approves the new city budget",
                title="Council approves the new city budget",
            ),
            "Politik: Council approves the new city budget",
        ),
        (
            _html(
                "After a long and bitter fight in the hall, council approves the new city budget",
                og="council approves the new city budget",
            ),
            "After a long and bitter fight in the hall, council approves the new city budget",
        ),
        (
            _html(
                "Supercouncil approves the new city budget",
                og="council approves the new city budget",
            ),
            "Supercouncil approves the new city budget",
        ),
        (
            _html(
                "Politik - Council approves the new city budget",
                og="Council approves the new city budget",
            )
            .replace("<h1>", "<h3>")
            .replace("</h1>", "</h3>"),
            "Council approves the new city budget",
        ),
        # A space lost in the heading's markup: the declared form wins; other words do not.
        (
            _html(
                "Council approves budget:After a long debate",
                og="Council approves budget: After a long debate",
            ),
            "Council approves budget: After a long debate",
        ),
        (
            _html(
                "Council approves budget: After a long debate",
                og="Council rejects budget: After a long debate",
            ),
            "Council approves budget: After a long debate",
        ),
    ],
    ids=[
        "colon-kicker",
        "dateline-kicker",
        "title-only",
        "long-prefix",
        "mid-word",
        "h3-kicker",
        "lost-space",
        "other-words",
    ],
)
def test_html_headline_kicker(page: str, expected: str) -> None:
    assert newsparse.parse(page).headline == expected


@pytest.mark.parametrize(
    ("h1", "og", "expected"),
    [
        # og:title lost only its " - Site" part, the site's name: it still tells a kicker.
        (
            "Politik: Council approves the new city budget",
            "Council approves the new city budget - Citypaper",
            "Council approves the new city budget",
        ),
        # Negatives: a part dropped for its length alone is no site name; a quotation
        # leading the headline is part of it, no kicker.
        (
            "Politik: Council approves the new city budget",
            "Council approves the new city budget - Weekly Roundup",
            "Politik: Council approves the new city budget",
        ),
        (
            '"Pure folly": Council approves the new city budget',
            "Council approves the new city budget",
            '"Pure folly": Council approves the new city budget',
        ),
    ],
    ids=["site-suffix", "other-suffix", "quoted-kicker"],
)
def test_html_headline_kicker_behind_site_suffix(h1: str, og: str, expected: str) -> None:
    """A declared headline that only lost the site's name keeps telling a kicker."""
    url = "https://www.citypaper.example/news/story"
    assert newsparse.parse(_html(h1, og=og), url=url).headline == expected


_STANDFIRST = (
    "Home\nNews\nCouncil approves new budget after long debate\n"
    "The council backed a plan that cuts spending on parks and roads in every district"
)


@pytest.mark.parametrize(
    ("top", "url", "expected"),
    [
        # The slug holds the standfirst's words, but the headline above shares the story's
        # words too: the slug cannot tell them apart, and the headline shape decides.
        (
            _STANDFIRST,
            "https://news.example/city/council-budget-cuts-spending-parks-roads-district",
            "Council approves new budget after long debate",
        ),
        # Negative: a section label over the headline shares only the slug's section
        # segment, so the headline keeps its slug bonus.
        (
            "Home\nNews\nThe City Desk Daily Report\n"
            "Council cuts spending on parks and roads in every district of the city",
            "https://news.example/the-city-desk/council-cuts-spending-parks-roads-district",
            "Council cuts spending on parks and roads in every district of the city",
        ),
        # Negative: without a slug the standfirst penalty alone decides.
        (_STANDFIRST, None, "Council approves new budget after long debate"),
        # A path of sections and an id: the section label over the headline matches every
        # slug word but is not the headline.
        (
            "Home\nNews\nCity Politics\n"
            "Council cuts spending on parks and roads in every district of the city",
            "https://news.example/city/city-politics/20241013-216478/",
            "Council cuts spending on parks and roads in every district of the city",
        ),
        # Negative: a story slug before the id still counts ("/story-words/12345/").
        (
            "Home\nNews\nCity budget: parks and roads\n"
            "Council cuts spending on parks and roads in every district of the city",
            "https://news.example/city/city-budget-parks-roads/6144149/",
            "City budget: parks and roads",
        ),
        # A tag row over the headline: the headline spells the whole slug, the row half
        # of it at most, and it runs barely longer, so it is no standfirst of the row.
        (
            "Home\nTo\nPolitics More: Council Budget Archive Longform\n"
            "The Council Budget Came Back From The Brink",
            "https://news.example/council-budget-brink-came-back",
            "The Council Budget Came Back From The Brink",
        ),
        # Negative: a standfirst spelling the whole slug but running much longer than the
        # headline over it stays a standfirst.
        (
            "Home\nTo\nCouncil budget passes its final vote\n"
            "After a long night of talks the council budget came back from the brink"
            " with support from every group",
            "https://news.example/council-budget-brink-came-back",
            "Council budget passes its final vote",
        ),
        # A breadcrumb spells the path's sections: only the story slug's words count for it,
        # and it shares one of those ("wheat").
        (
            "Home\nNews\nHome › Uttar Pradesh › Varanasi › Wheat\n"
            "Wheat buying begins at all centres in the district",
            "https://news.example/uttar-pradesh/varanasi/wheat-city-news-vns5205298178",
            "Wheat buying begins at all centres in the district",
        ),
    ],
    ids=[
        "slug-favours-standfirst",
        "section-label-shares-section",
        "no-slug",
        "sections-and-id",
        "story-slug-before-id",
        "tag-row-over-headline",
        "long-standfirst-spells-slug",
        "breadcrumb-spells-sections",
    ],
)
def test_text_headline_with_slug(top: str, url: str | None, expected: str) -> None:
    assert newsparse.parse(_dump(top), url=url).headline == expected


@pytest.mark.parametrize(
    ("line", "candidate"),
    [
        # A line ending in a CJK full stop or comma is a sentence (a notice), never a headline.
        ("記事を保存すると、あとで読むことができます。ご利用には会員登録が必要です。", False),
        ("市議会は予算案を可決し、", False),
        # Negative: a CJK headline without one, and a Latin one ending in "!", stay candidates.
        ("市議会が新年度予算案を可決 反対意見も", True),
        ("Council approves the new budget at last!", True),
        # A sentence ending in a year ends with a period as well; a year without one stays.
        ("Prices for public transport have risen since the start of 2017.", False),
        ("Prices for public transport have risen since 2017", True),
        # A Devanagari line ending in a danda is a sentence (a caption); a headline has none.
        ("पुलिस अधीक्षक और थाना अध्यक्ष मौके पर।", False),
        ("पुलिस ने दो दिनों में चोरी का खुलासा किया", True),
    ],
    ids=[
        "cjk-full-stop",
        "cjk-comma",
        "cjk-headline",
        "exclamation",
        "year-stop",
        "year",
        "danda",
        "devanagari-headline",
    ],
)
def test_sentence_endings_are_no_headline(line: str, candidate: bool) -> None:
    _, explanation = newsparse.Parser.default().parse_and_explain(_dump(f"Top story\n\n{line}"))
    values = [c.value for c in explanation.decisions[Field.HEADLINE].ranked]
    assert (line in values) is candidate


@pytest.mark.parametrize(
    ("top", "expected"),
    [
        # An upper-cased headline takes the case of a copy in the window (a breadcrumb)...
        (
            "Home Food Homemade Spiced Pear Jam for the Holidays\n\n"
            "HOMEMADE SPICED PEAR JAM FOR THE HOLIDAYS",
            "Homemade Spiced Pear Jam for the Holidays",
        ),
        # ... and stays upper-case without one,
        (
            "Home\n\nHOMEMADE SPICED PEAR JAM FOR THE HOLIDAYS",
            "HOMEMADE SPICED PEAR JAM FOR THE HOLIDAYS",
        ),
        # ... or when every copy is upper-case.
        (
            "HOME FOOD HOMEMADE SPICED PEAR JAM FOR THE HOLIDAYS\n\n"
            "HOMEMADE SPICED PEAR JAM FOR THE HOLIDAYS",
            "HOMEMADE SPICED PEAR JAM FOR THE HOLIDAYS",
        ),
        # An upper-case copy is passed over for a later mixed-case one ...
        (
            "HOME FOOD HOMEMADE SPICED PEAR JAM FOR THE HOLIDAYS\n\n"
            "Home Food Homemade Spiced Pear Jam for the Holidays\n\n"
            "HOMEMADE SPICED PEAR JAM FOR THE HOLIDAYS",
            "Homemade Spiced Pear Jam for the Holidays",
        ),
        # ... also where lower-casing lengthens another window line ("İ"), read line by line.
        (
            "Home İstanbul\n\nHome Food Homemade Spiced Pear Jam for the Holidays\n\n"
            "HOMEMADE SPICED PEAR JAM FOR THE HOLIDAYS",
            "Homemade Spiced Pear Jam for the Holidays",
        ),
    ],
    ids=["mixed-case-copy", "no-copy", "upper-case-copy", "later-copy", "lengthened-window"],
)
def test_upper_case_headline_takes_written_case(top: str, expected: str) -> None:
    assert newsparse.parse(_dump(top)).headline == expected


@pytest.mark.parametrize(
    ("wrapper", "demoted"),
    [
        # A breadcrumb trail ending in the headline is demoted, however far it outscores it.
        ("You are here: Home » Local News » Council approves new budget", True),
        # Negative: a line with one separator is no trail; well above the line it wraps
        # (more than the repeat margin), it keeps its score.
        ("Council approves new budget | City Hall", False),
    ],
    ids=["trail-wraps-headline", "single-separator"],
)
def test_breadcrumb_trail_wrapping_headline(wrapper: str, demoted: bool) -> None:
    found = [
        Candidate(value=wrapper, score=7.6, source="block:1", blocks=(1,)),
        Candidate(value="Council approves new budget", score=5.4, source="block:2", blocks=(2,)),
    ]
    scores = [c.score for c in headline_repeats.demote_repeats(found)]
    assert (scores[0] < found[0].score) is demoted
    assert scores[1] == found[1].score


@pytest.mark.parametrize(
    ("top", "expected"),
    [
        # A "Name, role" line under the headline is a portrait caption.
        (
            "Council approves new budget\n\nJane Roe, treasurer of the city",
            "Council approves new budget",
        ),
        (
            "Council approves new budget\n\nMary Jane Roe, the mayor",
            "Council approves new budget",
        ),
        # Negatives: a headline with a comma after a capitalised subject stays a headline...
        (
            "Home\n\nCouncil Approves Budget, Mayor Says",
            "Council Approves Budget, Mayor Says",
        ),
        # ... and so does a longer one in the same shape.
        (
            "Home\n\nJane Roe, the treasurer who cut every budget line, steps down after a decade",
            "Jane Roe, the treasurer who cut every budget line, steps down after a decade",
        ),
    ],
    ids=["name-role", "three-part-name", "capitalised-clause", "long-sentence"],
)
def test_name_role_caption(top: str, expected: str) -> None:
    assert newsparse.parse(_dump(top)).headline == expected


_TEASERS = "\n\n".join(f"Teaser number {n} about another story" for n in range(70))
_FAR_URL = "https://news.example/city/council-approves-new-budget-after-long-debate"


@pytest.mark.parametrize(
    ("top", "url", "expected"),
    [
        # Seventy teasers part the headline from the body: out of the window, the line
        # holding the whole story slug is still a candidate, and wins.
        (
            f"Council approves new budget after long debate\n\n{_TEASERS}",
            _FAR_URL,
            "Council approves new budget after long debate",
        ),
        # Negative: without a slug, nothing vouches for a line that far away.
        (
            f"Council approves new budget after long debate\n\n{_TEASERS}",
            None,
            "Teaser number 69 about another story",
        ),
        # Negative: a far line sharing only a few slug words stays out.
        (
            f"Council budget story\n\n{_TEASERS}",
            _FAR_URL,
            "Teaser number 69 about another story",
        ),
    ],
    ids=["far-line-names-story", "far-line-no-slug", "far-line-partial-slug"],
)
def test_far_headline_with_slug(top: str, url: str | None, expected: str) -> None:
    assert newsparse.parse(_dump(top), url=url).headline == expected


@pytest.mark.parametrize(
    ("line", "candidate"),
    [
        # A headline may reword a few slug words ("backs" for "approves", "long" left
        # out): three fifths of the slug still make a far line a candidate.
        ("Council backs new budget after debate", True),
        # Negative: fewer than three fifths do not.
        ("Council passes budget after debate", False),
    ],
    ids=["rewords-slug", "under-share"],
)
def test_far_line_rewording_slug(line: str, candidate: bool) -> None:
    _, explanation = newsparse.parse_and_explain(_dump(f"{line}\n\n{_TEASERS}"), url=_FAR_URL)
    values = [c.value for c in explanation.decisions[Field.HEADLINE].ranked]
    assert (line in values) is candidate


def test_body_subheading_naming_story_stays_out() -> None:
    # A subheading inside the body may repeat the slug; it is no misplaced headline.
    body = "\n\n".join([*(_BODY.strip().split("\n\n") * 4)][:6])
    dump = (
        "Home\nNews\nCouncil backs spending plan\n\nBy Jane Smith\n\n"
        f"{body}\n\nCouncil approves new budget after long debate\n\n{_BODY}"
    )
    assert newsparse.parse(dump, url=_FAR_URL).headline == "Council backs spending plan"


@pytest.mark.parametrize(
    ("top", "expected"),
    [
        # A headline of two sentences, under a kicker and over the byline, ends in a period.
        (
            "Home\nMARKETS\nAcme Stock Is Falling After Its Results. Why You Should Not Worry.",
            "Acme Stock Is Falling After Its Results. Why You Should Not Worry.",
        ),
        # Negative: one sentence ending in a period is still no headline.
        (
            "Home\nMARKETS\nAcme stock fell after its results on Tuesday morning.",
            None,
        ),
        # Negative: after a longer line (a footer's "Posted in ... Bookmark the permalink."),
        # two sentences are no headline either.
        (
            "Home\nYou might also like these stories\n"
            "Posted in Markets and tagged acme, stocks. Bookmark the permalink.",
            None,
        ),
    ],
    ids=["two-sentences", "one-sentence", "after-long-line"],
)
def test_two_sentence_headline(top: str, expected: str | None) -> None:
    _, explanation = newsparse.Parser.default().parse_and_explain(_dump(top))
    values = [c.value for c in explanation.decisions[Field.HEADLINE].ranked]
    line = top.rsplit("\n", 1)[1]
    assert (line in values) is (expected is not None)
    if expected is not None:
        winner = explanation.decisions[Field.HEADLINE].winner
        assert winner is not None
        assert winner.value == expected


_FR_HEADLINE = "Le conseil municipal adopte le budget de la ville après des mois de débat"
_FR_BODY = (
    "1 septembre 2018 à 15h57\n\n"
    "Le conseil municipal a approuvé mardi le nouveau budget après un long débat.\n\n"
    "Les critiques estiment que le plan réduira les services dans les quartiers pauvres.\n"
)


@pytest.mark.parametrize(
    ("top", "expected"),
    [
        # A newsletter box's pitch glued under its sign-up button is no title: the
        # headline under it is no standfirst of it.
        (
            "Newsletter\nAbonnez-vous\nRecevez chaque matin l'essentiel de l'actualité\n\n"
            + _FR_HEADLINE,
            _FR_HEADLINE,
        ),
        # Negative: under a share bar (no box phrase), a headline opens its run as before,
        # and the longer standfirst under it loses.
        (
            "Partager\nImprimer\nLe conseil adopte le budget\n"
            "Après des mois de débat, le conseil a voté un plan qui réduit les dépenses "
            "dans tous les quartiers de la ville",
            "Le conseil adopte le budget",
        ),
    ],
    ids=["pitch-under-sign-up", "headline-under-share-bar"],
)
def test_text_headline_under_widget_lines(top: str, expected: str) -> None:
    assert newsparse.parse(f"{top}\n\n{_FR_BODY}").headline == expected


_EN_HEADLINE = "City council approves the new budget after months of debate"
_EN_BODY = (
    "September 1, 2018 at 3:57 pm\n\n"
    "The city council approved the new budget on Tuesday after a long debate.\n\n"
    "Critics say the plan will cut services in the poorest neighbourhoods of the city.\n"
)
_DE_HEADLINE = "Stadtrat beschließt den neuen Haushalt nach monatelanger Debatte"
_DE_BODY = (
    "1. September 2018 um 15:57 Uhr\n\n"
    "Der Stadtrat hat am Dienstag nach langer Debatte den neuen Haushalt beschlossen.\n\n"
    "Kritiker sagen, der Plan kürze die Leistungen in den ärmsten Vierteln der Stadt.\n"
)


@pytest.mark.parametrize(
    ("top", "body", "expected"),
    [
        # The pitch glued under a sign-up button in any language is no title, and the
        # headline under it is no standfirst of it.
        (
            "Newsletter\nSign up\nGet the best of the city in your inbox every morning\n\n"
            + _EN_HEADLINE,
            _EN_BODY,
            _EN_HEADLINE,
        ),
        (
            "Newsletter\nJetzt anmelden\nDas Wichtigste aus der Stadt jeden Morgen\n\n"
            + _DE_HEADLINE,
            _DE_BODY,
            _DE_HEADLINE,
        ),
        # Negative: a site menu's last entry is a "Subscribe" link; the headline printed
        # right under the menu is the headline.
        (
            "News\nSport\nLog in\nSubscribe\nCouncil approves the new budget\n"
            "After months of debate the council voted for a plan that cuts spending in "
            "every district",
            _EN_BODY,
            "Council approves the new budget",
        ),
    ],
    ids=["pitch-under-sign-up-en", "pitch-under-sign-up-de", "headline-under-menu-link"],
)
def test_text_headline_under_sign_up_buttons(top: str, body: str, expected: str) -> None:
    assert newsparse.parse(f"{top}\n\n{body}").headline == expected


_TWO_SENTENCES = "Acme Stock Is Falling After Its Results. Why You Should Not Worry."
_UPDATED = "Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET"


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # A dump may print the prefix and the linked name on lines of their own.
        ("By\nJane Doe", _TWO_SENTENCES),
        # Negative: a bare name and a long date line under it are no byline it stands over.
        ("Jane Doe", None),
    ],
    ids=["lone-prefix", "bare-name"],
)
def test_two_sentence_headline_over_split_byline(byline: str, expected: str | None) -> None:
    dump = f"Home\nMARKETS\n{_TWO_SENTENCES}\n{byline}\n{_UPDATED}\n\n{_BODY}"
    assert newsparse.parse(dump).headline == expected


@pytest.mark.parametrize(
    ("line", "candidate"),
    [
        # A slash between words reads as "Name / Agency", but a question is no credit.
        ("Can fish feel pain / suffer?", True),
        # Negatives: real credits, with or without the slash, stay out (on a line of words
        # alone, a slash credit names a known source: features._names_source).
        ("Jane Roe / Getty Images", False),
        ("© Jane Roe / Agency Press!", False),
    ],
    ids=["slash-question", "slash-credit", "copyright-credit"],
)
def test_question_with_slash_is_no_credit(line: str, candidate: bool) -> None:
    _, explanation = newsparse.Parser.default().parse_and_explain(_dump(f"Home\nNews\n{line}"))
    values = [c.value for c in explanation.decisions[Field.HEADLINE].ranked]
    assert (line in values) is candidate


@pytest.mark.parametrize(
    ("url", "story"),
    [
        # A file extension is no word of the story.
        ("https://news.example/city/council-budget-vote.html", {"counc", "budge", "vote"}),
        # An id with an extension leaves no story slug; the section words are no story.
        ("https://news.example/city/a/1351332873_157836.html", set()),
        # Tokens mixing letters and digits are ids ("OYT1T50218"), not words.
        ("https://news.example/world/20241203-OYT1T50218/", set()),
        # A trailing "/amp" (or "index") names a format, and the slug before it counts.
        ("https://news.example/city/council-budget-vote-42432483/amp", {"counc", "budge", "vote"}),
        # Percent-encoded letters are decoded into words.
        (
            "https://news.example/fr/les-%C3%A9l%C3%A9phants-en-guin%C3%A9e/a-6533123",
            {"les", "éléph", "guiné"},
        ),
        # Negatives: a plain slug, and a last segment of one word, keep their words.
        ("https://news.example/city/council-budget-vote/", {"counc", "budge", "vote"}),
        ("https://news.example/words/maudlin.html", {"maudl"}),
    ],
    ids=["extension", "id-extension", "mixed-id", "amp", "percent", "plain", "one-word"],
)
def test_story_slug_words(url: str, story: set[str]) -> None:
    assert headline_slug.story_slug(url) == story


@pytest.mark.parametrize(
    ("top", "expected"),
    [
        # A date line under a headline is its dateline, not a menu item around it.
        (
            "Home\nNews\nNews alerts\nSyria\nCouncil approves new budget after debate\n"
            "November 18, 2019\nShare\nThe mayor and the treasurer",
            "Council approves new budget after debate",
        ),
        # Negative: between two menu words, the same line is a menu item.
        (
            "Home\nNews\nNews alerts\nSyria\nCouncil approves new budget after debate\n"
            "Politics\nShare\nThe mayor and the treasurer",
            "The mayor and the treasurer",
        ),
    ],
    ids=["date-under-headline", "menu-under-headline"],
)
def test_date_line_is_no_menu(top: str, expected: str) -> None:
    assert newsparse.parse(_dump(top)).headline == expected


@pytest.mark.parametrize(
    ("top", "expected"),
    [
        # A second standfirst line under the first is a standfirst too.
        (
            "Home\nNews\nMore topics »\nCouncil approves new budget\n"
            "The council backed a plan that cuts spending in every district\n"
            "Parks, roads and libraries lose a fifth of their money over the next three years",
            "Council approves new budget",
        ),
        # Negative: a line shorter than the standfirst above it is no second standfirst
        # (here, next to the byline, it wins).
        (
            "Home\nNews\nMore topics »\nCouncil approves new budget\n"
            "Parks, roads and libraries lose a fifth of their money over the next three years\n"
            "The council backed a plan that cuts spending",
            "The council backed a plan that cuts spending",
        ),
    ],
    ids=["second-standfirst", "shorter-third-line"],
)
def test_standfirst_chain(top: str, expected: str) -> None:
    assert newsparse.parse(_dump(top)).headline == expected


@pytest.mark.parametrize(
    ("line", "candidate"),
    [
        # A date with a clock time after it is a timestamp line, whatever precedes it.
        ("Jane Roe and John Doe Madrid 27 OCT 2012 - 12:14 CET", False),
        ("From the region 6. November 2023 15:00 write a comment", False),
        # Negatives: a headline naming a date, or a time without a date, is a candidate.
        (
            "Council to vote on the new city budget and the parks plan before 27 October 2012"
            " after the summer",
            True,
        ),
        ("Council vote set for 12:30 as the budget debate runs late", True),
    ],
    ids=["date-time", "date-time-words", "date-only", "time-only"],
)
def test_timestamp_line_is_no_headline(line: str, candidate: bool) -> None:
    _, explanation = newsparse.Parser.default().parse_and_explain(_dump(f"Home\nNews\n{line}"))
    values = [c.value for c in explanation.decisions[Field.HEADLINE].ranked]
    assert (line in values) is candidate


@pytest.mark.parametrize(
    ("top", "expected"),
    [
        # A "Title | Year" page-title echo over the headline loses to the headline.
        (
            "Home\nBest Cheap Council Budget Ideas | 2020\n"
            "Council approves new budget after months of debate",
            "Council approves new budget after months of debate",
        ),
        # Negative: without the pipe, the first line is the headline and the second its
        # standfirst.
        (
            "Home\nBest Cheap Council Budget Ideas\n"
            "Council approves new budget after months of debate",
            "Best Cheap Council Budget Ideas",
        ),
    ],
    ids=["pipe-title", "no-pipe"],
)
def test_pipe_line_loses(top: str, expected: str) -> None:
    assert newsparse.parse(_dump(top)).headline == expected


@pytest.mark.parametrize(
    ("upper", "lower", "expected"),
    [
        # The headline shows twice: high on the page with its colon, and flattened (the
        # colon lost) where it wins; the words are written as in the copy that kept its
        # punctuation.
        (
            "Acme: Gas group must sell part of its US business",
            "Acme Gas group must sell part of its US business",
            "Acme: Gas group must sell part of its US business",
        ),
        # Negative: a teaser copy cut short with dots does not lend its dots.
        (
            "Acme gas group must sell part of its US business...",
            "Acme gas group must sell part of its US business",
            "Acme gas group must sell part of its US business",
        ),
        # Negative: a copy led by "> " (a teaser link) lends no punctuation.
        (
            "> Acme: Gas group must sell part of its US business",
            "Acme: Gas group must sell part of its US business",
            "Acme: Gas group must sell part of its US business",
        ),
        # Negative: other words are no copy.
        (
            "Acme: Gas group must sell its US business",
            "Acme Gas group must sell part of its US business",
            "Acme Gas group must sell part of its US business",
        ),
    ],
    ids=["kept-colon", "teaser-dots", "teaser-mark", "other-words"],
)
def test_flattened_copy_takes_punctuation(upper: str, lower: str, expected: str) -> None:
    found = [
        Candidate(value=lower, score=9.0, source="block:40", blocks=(40,)),
        Candidate(value=upper, score=4.0, source="block:3", blocks=(3,)),
    ]
    winner = max(headline_repeats.demote_repeats(found), key=lambda c: c.score)
    assert winner.value == expected


def _line_score(top: str, line: str) -> float:
    _, explanation = newsparse.Parser.default().parse_and_explain(_dump(top))
    return next(c.score for c in explanation.decisions[Field.HEADLINE].ranked if c.value == line)


@pytest.mark.parametrize(
    ("short", "long", "longer_wins"),
    [
        # A CJK headline of 48 characters (24 "words") is no standfirst: it scores above a
        # 32-character one in the same place.
        (
            "市議会が新年度予算案を賛成多数で可決！公園と道路の予算を削減",
            "市議会が新年度予算案を賛成多数で可決！公園と道路の予算を大幅削減で住民サービス低下への懸念",
            True,
        ),
        # Negative: a Latin line of 24 words is long for a headline, and scores below one
        # of 16 words.
        (
            "Council approves the new budget after a long debate on parks, roads and the"
            " libraries of the city",
            "Council approves the new budget after a long debate on parks, roads and the"
            " libraries of the city as the mayor warns of cuts to come",
            False,
        ),
    ],
    ids=["cjk-48-chars", "latin-24-words"],
)
def test_long_cjk_headline(short: str, long: str, longer_wins: bool) -> None:
    top = "Home\nNews\n{}\nMarch 23, 2017"
    assert (_line_score(top.format(long), long) > _line_score(top.format(short), short)) is (
        longer_wins
    )


@pytest.mark.parametrize(
    ("top", "expected"),
    [
        # A short headline over its date line is not scored as a short menu item.
        (
            "Home\nAnother story on the city council\nClimate leaders?\n6 November 2023 15:00",
            "Climate leaders?",
        ),
        # Negatives: over a list of dates (a date picker), or over no date, it is.
        (
            "Home\nAnother story on the city council\nAny date\n10/12/2010\n10/11/2010",
            "Another story on the city council",
        ),
        (
            "Home\nAnother story on the city council\nClimate leaders?\nNews",
            "Another story on the city council",
        ),
    ],
    ids=["over-date", "over-date-list", "over-text"],
)
def test_short_headline_over_date(top: str, expected: str) -> None:
    assert newsparse.parse(_dump(top)).headline == expected


_SUBTITLE = "How the council and the mayor settled on the cuts"


@pytest.mark.parametrize(
    ("under_date", "expected"),
    [
        # A short headline under its rubric and date line beats the subtitle under it.
        ("World\n14.05.2025, 20:28\nBudget blues\n", "Budget blues"),
        # Negatives: a name under the date line is the byline; with no date line over it,
        # a short line is a menu item; a link under the date line is no headline either.
        ("World\n14.05.2025, 20:28\nJane Smith\n", _SUBTITLE),
        ("World\nBudget blues\n", _SUBTITLE),
        ("World\n14.05.2025, 20:28\n↓ Comments\n", _SUBTITLE),
    ],
    ids=["under-date", "name-under-date", "no-date", "link-under-date"],
)
def test_short_headline_under_date(under_date: str, expected: str) -> None:
    dump = f"Home\nNews\n{under_date}{_SUBTITLE}\n\n{_BODY}"
    assert newsparse.parse(dump).headline == expected


_IDEAS_URL = "https://news.example/city/best-cheap-council-budget-ideas-4243/amp"


@pytest.mark.parametrize(
    ("top", "expected"),
    [
        # The line under a "Title | Year" page-title echo is no standfirst of it: it keeps
        # its slug bonus and wins.
        (
            "Home\n©2020 Acme Media Inc.\nBest Cheap Council Budget Ideas | 2020\n"
            "Council approves cheap budget after months of debate",
            "Council approves cheap budget after months of debate",
        ),
        # Negative: under a headline-shaped line holding the slug, it is a standfirst.
        (
            "Home\n©2020 Acme Media Inc.\nBest Cheap Council Budget Ideas\n"
            "Council approves cheap budget after months of debate",
            "Best Cheap Council Budget Ideas",
        ),
    ],
    ids=["under-title-echo", "under-headline"],
)
def test_no_standfirst_under_pipe_line(top: str, expected: str) -> None:
    assert newsparse.parse(_dump(top), url=_IDEAS_URL).headline == expected


_WIRE_URL = "https://www.acmewire.net/releases/p/000088.html"


@pytest.mark.parametrize(
    ("top", "expected"),
    [
        # A line ending with the site's name (spaces ignored) is its tagline.
        (
            "Home\nThe press release service of Acme Wire\nCouncil opens new city library",
            "Council opens new city library",
        ),
        # Negatives: a post naming the site's domain, and a line naming the site mid-way,
        # are no taglines.
        (
            "Home\nFifteen years of acmewire.net\nCouncil opens library",
            "Fifteen years of acmewire.net",
        ),
        (
            "Home\nAcme Wire staff open a new city library\nCouncil",
            "Acme Wire staff open a new city library",
        ),
    ],
    ids=["tagline", "domain-post", "name-inside"],
)
def test_site_name_tagline(top: str, expected: str) -> None:
    assert newsparse.parse(_dump(top), url=_WIRE_URL).headline == expected


_WORDS_TOP = "Home\nThis week\nA week of words named after people\nWords\n{}\nPronunciation:"


@pytest.mark.parametrize(
    ("top", "url", "expected"),
    [
        # A one-word line that spells the whole story slug is a candidate, and wins.
        (_WORDS_TOP.format("maudlin"), "https://words.example/words/maudlin.html", "maudlin"),
        (
            "Home\nFishing guide\nTexts and photos: Jane Roe 0 337\nLakeside-Winterpike",
            "https://fish.example/de/lakesidewinterpike--1026",
            "Lakeside-Winterpike",
        ),
        # Negatives: another slug, or a slug too short to tell from a menu word ("sport").
        (
            _WORDS_TOP.format("maudlin"),
            "https://words.example/words/cicero.html",
            "A week of words named after people",
        ),
        (
            _WORDS_TOP.format("Sport"),
            "https://words.example/words/sport.html",
            "A week of words named after people",
        ),
    ],
    ids=["one-word-slug", "compound-slug", "other-slug", "short-slug"],
)
def test_one_word_headline_spelling_slug(top: str, url: str, expected: str) -> None:
    assert newsparse.parse(_dump(top), url=url).headline == expected


_STARS_TOP = (
    "Home\nStar clusters\nPleiades, M45\nAugust 17, 2019 Jane Roe\n"
    "A long night under the stars with the new camera and a small telescope in the hills.\n"
    "Details\n{}"
)


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        # A "Label: value" line between two more is a fact box entry, not the headline.
        ("ISO: 640\nExposure: 60 x 3 minutes\nDate: 31/08/2019", "Pleiades, M45"),
        # Negative: a lone "Kicker: headline" line keeps its score (here it wins).
        ("Energy: The council cuts its power bill", "Energy: The council cuts its power bill"),
    ],
    ids=["fact-box", "lone-kicker"],
)
def test_fact_box_line_is_no_headline(fields: str, expected: str) -> None:
    assert newsparse.parse(_dump(_STARS_TOP.format(fields))).headline == expected


@pytest.mark.parametrize(
    ("top", "expected"),
    [
        # A capitalised name line (the site's, a rubric's) over a sentence-case headline
        # that stands over its date line: the headline is no standfirst of the name.
        (
            "Accueil\nInternational\nLe Courrier du Soir\n"
            "Le gouvernement présente un plan contre la hausse de l'énergie\n1er janvier 2005",
            "Le gouvernement présente un plan contre la hausse de l'énergie",
        ),
        # Negative: a sentence-case headline over a longer line keeps its standfirst.
        (
            "Accueil\nInternational\nLe gouvernement présente un plan\n"
            "Le plan contre la hausse de l'énergie coûtera deux milliards\n1er janvier 2005",
            "Le gouvernement présente un plan",
        ),
        # A share bar between a headline and its date does not hide the date.
        (
            "World\nGovernment unveils school closures\nShare\nTweet\nEmail\nJames Thompson\n"
            "January 1, 2005",
            "Government unveils school closures",
        ),
        # Articles repeated in a Spanish headline do not make it a share bar.
        (
            "Opinión\nDeportes\nEl Diario del Sur\n\n"
            "El ayuntamiento aplaza el informe sobre el agua\n\nviernes, 3 de junio de 2005",
            "El ayuntamiento aplaza el informe sobre el agua",
        ),
        # An upper-case headline glued over a short prefixed byline ("written by" and one
        # name) is no menu item or section label, and beats the breadcrumb wrapping it.
        (
            "Home\nNews\nHome NewsCity Council approves new budget\nCityPolitics\n"
            "COUNCIL APPROVES NEW BUDGET\nwritten by Regan",
            "Council approves new budget",
        ),
        # Negative: over a one-word line, the upper-case line is a menu item; the trail
        # over it wins, and its last step is the headline (see test_trail_without_separators).
        (
            "Home\nNews\nHome NewsCity Council approves new budget\nCityPolitics\n"
            "COUNCIL APPROVES NEW BUDGET\nCity",
            "Council approves new budget",
        ),
        # A teaser glued under "Also read" is no headline, nor the headline its standfirst,
        # though it repeats the headline's first words.
        (
            "Also read\nCouncil approves new budget\n\n"
            "Council approves new budget after a long night of debate\nMay 3, 2024",
            "Council approves new budget after a long night of debate",
        ),
        # Negative: without the heading the shorter line is the headline over a standfirst.
        (
            "Council approves new budget\n\n"
            "Council approves new budget after a long night of debate\nMay 3, 2024",
            "Council approves new budget",
        ),
        # A line ending with a one-word byline prefix ("by", "von", "par") is a label
        # whose logo or name followed, not a headline.
        (
            "Home\nCity news is sponsored by\nCouncil approves new budget\nMay 3, 2024",
            "Council approves new budget",
        ),
        (
            "Startseite\nDieser Bereich wird präsentiert von\nRat beschließt neuen Haushalt\n"
            "3. Mai 2024",
            "Rat beschließt neuen Haushalt",
        ),
        # Negative: "by" inside the line is fine.
        (
            "Home\nCouncil approves budget by a wide margin\nCity news",
            "Council approves budget by a wide margin",
        ),
        # A four-word capitalised name glued under the menu, the headline printed apart
        # under it and ending no clause: the name is no headline over a standfirst.
        (
            "Home\nThe Gazette of Westford\n\n"
            "Government unveils a plan to fight the rise in energy prices",
            "Government unveils a plan to fight the rise in energy prices",
        ),
        (
            "Accueil\nLe Courrier du Soir\n\n"
            "Le gouvernement présente un plan contre la hausse de l'énergie",
            "Le gouvernement présente un plan contre la hausse de l'énergie",
        ),
        # Negative: a short title-case headline glued over its standfirst stays the
        # headline (the standfirst is glued to it, not printed apart).
        (
            "Home\nCouncil Approves New Budget\n"
            "The city council backs a plan to cut spending in every district",
            "Council Approves New Budget",
        ),
    ],
    ids=[
        "site-name-over-headline",
        "headline-over-standfirst",
        "share-bar",
        "repeated-articles",
        "over-short-byline",
        "over-menu-word",
        "teaser-box",
        "no-box",
        "sponsored-by",
        "praesentiert-von",
        "by-inside",
        "name-under-menu-over-headline-apart",
        "french-name-under-menu-over-headline-apart",
        "title-case-headline-over-glued-standfirst",
    ],
)
def test_lines_around_the_headline(top: str, expected: str) -> None:
    """Name lines, share bars, bylines, teaser boxes and labels around a headline."""
    assert newsparse.parse(f"{top}\n\n{_BODY}").headline == expected


@pytest.mark.parametrize(
    ("line", "two_sentences"),
    [
        # A long line of two sentences is a standfirst: it loses more than its length.
        (
            "In winter you can harvest fresh vegetables from the garden with this plant. "
            "Here are three tips around the harvest for you!",
            True,
        ),
        # Negatives: one long sentence; a one-word kicker ending in a stop.
        (
            "In winter you can harvest fresh vegetables from the garden with this plant and "
            "here are three tips around the harvest for you!",
            False,
        ),
        (
            "Solidarity. The hospital of the coast calls on companies and people to give what "
            "they can to its new children's ward",
            False,
        ),
    ],
    ids=["two-sentences", "one-sentence", "kicker"],
)
def test_long_two_sentence_line_is_a_standfirst(line: str, two_sentences: bool) -> None:
    words = len(line.split())
    extra = headline._length_penalty(line, words) - 0.15 * (words - headline._LONG)
    assert extra == pytest.approx(headline._TWO_SENTENCES_PENALTY if two_sentences else 0.0)


_HEAD = "Government unveils school closures"
_FIRST = "The minister said the plan would be funded by savings in other departments."


@pytest.mark.parametrize(
    "second",
    [
        "The government announced a new plan for public transport since 2017 (in Paris).",
        "The government announced a new plan for public transport in the U.S.",
        "The government said the new plan for public transport starts at 5 p.m.",
    ],
    ids=["paren-end", "abbreviation-end", "time-end"],
)
def test_body_sentence_under_a_sentence_is_no_headline(second: str) -> None:
    """A body sentence under another one is running text, however its last word ends."""
    assert newsparse.parse(f"{_HEAD}\n\n{_FIRST}\n\n{second}\n").headline == _HEAD


def test_line_under_a_kicker_stays_a_candidate() -> None:
    """Negative: under a short line (a kicker, not a sentence) a full line is a candidate."""
    line = "The government announced a new plan for public transport in the U.S."
    dump = f"{_HEAD}\n\nTransport\n\n{line}\n\n{_FIRST}\n"
    _, explanation = newsparse.Parser.default().parse_and_explain(dump)
    assert line in [c.value for c in explanation.decisions[Field.HEADLINE].ranked]


@pytest.mark.parametrize(
    ("crumb", "demoted"),
    [
        # Four capitalised steps glued together: a trail whose separators were icons.
        ("Hindi NewsLocalStateDistrict Council Approves The New City Budget", True),
        # Negative: brand names glue two or three words, and stay headlines.
        ("DevSecOps teams adopt the new YouTube and PlayStation tools", False),
    ],
    ids=["glued-steps", "glued-names"],
)
def test_glued_trail_loses(crumb: str, demoted: bool) -> None:
    top = f"Home\n{crumb}\n\nCouncil approves new budget"
    expected = "Council approves new budget" if demoted else crumb
    assert newsparse.parse(_dump(top)).headline == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # An upper-case kicker glued before a mixed-case headline is cut off.
        (
            "CHILDHOOD SWEETHEART Who is the council member behind the new budget?",
            "Who is the council member behind the new budget?",
        ),
        # Negatives: a short acronym, a kicker with its colon, a short rest and an
        # upper-case headline stay as written.
        (
            "US Council approves the new budget after long debate",
            "US Council approves the new budget after long debate",
        ),
        (
            "BREAKING NEWS: Council approves the new budget",
            "BREAKING NEWS: Council approves the new budget",
        ),
        ("NATO SUMMIT Leaders meet", "NATO SUMMIT Leaders meet"),
    ],
    ids=["caps-kicker", "acronym", "kicker-colon", "short-rest"],
)
def test_caps_kicker_on_headline_line(line: str, expected: str) -> None:
    assert newsparse.parse(_dump(f"Home\nNews\n\n{line}")).headline == expected


@pytest.mark.parametrize(
    ("top", "expected"),
    [
        # A trail without separators, led by a navigation word, ends with the headline
        # (a line of its own under it): the trail's last step is the headline.
        ("Search\nHome Pictures Star cluster, M45\n\nStar cluster, M45", "Star cluster, M45"),
        # Negative: a line led by a navigation word that ends with no other line stays whole.
        (
            "Search\nNews Council approves new budget after debate\n\nShare this",
            "News Council approves new budget after debate",
        ),
    ],
    ids=["trail-last-step", "no-other-line"],
)
def test_trail_without_separators(top: str, expected: str) -> None:
    assert newsparse.parse(_dump(top)).headline == expected


def test_trail_over_upper_case_copy_wins() -> None:
    # The trail, not the upper-case menu copy under it, wins; its value is the last step.
    top = (
        "Home\nNews\nHome NewsCity Council approves new budget\nCityPolitics\n"
        "COUNCIL APPROVES NEW BUDGET\nCity"
    )
    _, explanation = newsparse.parse_and_explain(f"{top}\n\n{_BODY}")
    winner = explanation.decisions[Field.HEADLINE].winner
    assert winner is not None
    assert (winner.blocks, winner.value) == ((2,), "Council approves new budget")


_CJK_BODY = (
    "新华社北京4月24日电 市议会周二投票通过了新年度预算案，此前经过了长时间的辩论。\n\n"
    "批评者表示，该计划将削减城市最贫困地区的服务，并影响数以万计的居民的日常生活。\n\n"
    "市长为预算辩护，称节省开支是避免赤字所必需的，并承诺明年将重新评估各项支出。\n"
)


@pytest.mark.parametrize(
    ("top", "expected"),
    [
        # Three Chinese phrases glued with spaces are a row of links, not a headline.
        (
            "首页\n新闻\n食品辟谣联盟官网正式上线 驱走心灵感冒远离抑郁焦虑 新红旗荣耀登场\n"
            "市议会通过新年度预算案\n2024-05-03 10:00",
            "市议会通过新年度预算案",
        ),
        # Negative: a Japanese headline of two phrases is one headline.
        (
            "首页\n新闻\n市議会が新年度予算案を可決 反対意見も\n2024-05-03 10:00",
            "市議会が新年度予算案を可決 反対意見も",
        ),
    ],
    ids=["glued-links", "two-phrases"],
)
def test_cjk_glued_links_are_no_headline(top: str, expected: str) -> None:
    assert newsparse.parse(f"{top}\n\n{_CJK_BODY}").headline == expected


@pytest.mark.parametrize(
    ("text", "glued"),
    [
        ("人民网智慧党建体验中心 828企业服务平台 人民云", True),
        ("时政 地方 法治 高层 人事", True),
        # Two phrases, Korean words (spaced by the language), and mixed Latin words are not.
        ("イスラエルとハマスの停戦「最も合意に近い」 最終案に双方同意か", False),
        ("정치 입문 후 두 번의 대선 거쳐 대통령 당선", False),
        ("新型 iPhone 15 発売", False),
    ],
)
def test_glued_cjk_items(text: str, glued: bool) -> None:
    assert headline_lines.glued_cjk_items(text) is glued


def test_byline_and_date_line_under_the_headline_is_no_photo_credit() -> None:
    # "Names | Publié le <date>" has a credit's shape ("Jane Doe | Reuters"), which made the
    # headline above it a photo caption and the site's name over it the headline; holding a
    # date, the line is the article's byline.
    headline = "Le gouvernement présente un plan contre la hausse de l'énergie"
    top = ["Aller au contenu", "Accueil", "International", "Le Courrier du Soir", headline]
    dump = "\n\n".join(
        [
            "\n".join(top),
            "Camille Dubois et Camille Lefèvre | Publié le 1er janvier 2005",
            "« Nous n'accepterons pas un plan qui laisse de côté les familles les plus "
            "modestes », a déclaré Camille Dubois.",
        ]
    )
    assert newsparse.parse(dump).headline == headline


def test_byline_line_memo_does_not_outlive_its_page() -> None:
    # The memo of the lines under headline candidates (a byline or a date there) held the last
    # page's context, and with it the whole document, until the next page was parsed.
    text = _dump("Home\nNews\nCouncil approves new budget")
    assert newsparse.parse(text).headline == "Council approves new budget"
    gc.collect()
    assert not any(isinstance(ref(), Context) for ref, _ in headline_around._MARKS)
    assert headline_around._MARKS == []


def test_headline_glued_under_its_date_line_beats_teasers_over_it() -> None:
    """A headline under its date line, its byline a bare name under the standfirst.

    The teasers above count the date line as under them too; the headline counts it over.
    """
    dump = (
        "Home\nNews\nIdeas\n\n"
        "The big lie about campus life and the dark story of student housing Jane Roe\n\n"
        "The quest to save the vanishing old town houses John Doe\n\n"
        "Log out Sign in\n\nSunday, Feb 1, 2015 11:57 AM UTC\n"
        "The sharing economy is a lie: taxis, tech and the truth about libertarians\n"
        "Disruptive companies talk a good game about sharing, but they are only companies\n"
        "Richard Eskow\nShare\n\n"
        f"{_BODY}"
    )
    assert newsparse.parse(dump).headline == (
        "The sharing economy is a lie: taxis, tech and the truth about libertarians"
    )


def test_headline_under_its_date_line_with_blank_lines_everywhere() -> None:
    """A dump that puts a blank line between all lines: the date line, blank-separated
    from the line over it too, is the headline's under it; one glued to the line over it
    is that line's (see test_byline_text's headline, date line and standfirst)."""
    lines = [
        "Home",
        "The big lie about campus life and the dark story of student housing Jane Roe",
        "The quest to save the vanishing old town houses John Doe",
        "Log out Sign in",
        "Sunday, Feb 1, 2015 11:57 AM UTC",
        "The sharing economy is a lie: taxis, tech and the truth about libertarians",
        "Disruptive companies talk a good game about sharing, but they are only companies",
        "Richard Eskow",
        "Share",
    ]
    dump = "\n\n".join(lines) + f"\n\n{_BODY}"
    assert newsparse.parse(dump).headline == (
        "The sharing economy is a lie: taxis, tech and the truth about libertarians"
    )


@pytest.mark.parametrize(
    ("line", "crumb"),
    [
        ("screenshot : «vape wave», «6 days», «alphonse président»…", False),
        ("ayrault «assume» et «revendique» sa méthode", False),
        ("der neue »tatort« und »polizeiruf« im test", False),
        # Negatives: guillemets as separators still make a trail.
        ("accueil » politique » élections", True),
        ("accueil » «les échos» » économie » marchés", True),
    ],
    ids=["french-titles", "french-words", "german-titles", "trail", "trail-with-title"],
)
def test_quote_marks_around_a_title_are_no_breadcrumb_separators(line: str, crumb: bool) -> None:
    ctx = cast("Context", SimpleNamespace(lex=lexicon()))
    assert headline_lines.is_breadcrumb(line, ctx) is crumb


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_kicker_over_a_short_headline_over_its_byline(gap: str) -> None:
    """A rubric over a short headline standing right over its byline is the kicker.

    The headline runs longer than the kicker, as a standfirst runs longer than its
    headline; but a standfirst is no short line right over the byline. A text rendering
    of HTML sets blank lines between them (``gap``).
    """
    dump = (
        "Home\nNews\nCulture\nOn your screens this week\n"
        f"Screenshot: 'Vape Wave', '6 Days', 'Braguino'{gap}"
        f"By Jane Smith and John Roe — 24 novembre 2017 à 18:42{gap}{_BODY}"
    )
    assert newsparse.parse(dump).headline == "Screenshot: 'Vape Wave', '6 Days', 'Braguino'"


@pytest.mark.parametrize(
    "lines",
    [
        # Negative: a standfirst of ten words or more over the dated byline stays one.
        "Council approves new budget\n"
        "The council backed a plan that cuts spending in every district\n\n"
        "By Jane Smith\nMarch 11, 2015\n\n",
        # Negative: a short standfirst with no byline right under it stays one.
        "Council approves new budget\nThe plan cuts spending in every district\n\nPhotos\n\n"
        "By Jane Smith\nMarch 11, 2015\n\n",
        # Negative: a short standfirst over an undated byline stays one.
        "Council approves new budget\nThe plan cuts spending in every district\n\n"
        "By Jane Smith\n\n",
    ],
    ids=["ten-words", "no-byline-under", "undated-byline"],
)
def test_kicker_rule_keeps_standfirsts(lines: str) -> None:
    dump = f"Home\nNews\n{lines}{_BODY}"
    assert newsparse.parse(dump).headline == "Council approves new budget"


@pytest.mark.parametrize(
    ("quote", "headline"),
    [
        ("“A new age of data use is beginning”", "“A new age of data use is beginning”"),
        # Negative: a line that only opens with a quote keeps the slug's verdict.
        (
            "“A new age” of data use is beginning",
            "Can big data beat the corona crisis as in South Korea? A media scholar weighs its"
            " risks",
        ),
    ],
    ids=["quotation", "opens-with-quote"],
)
def test_quotation_headline_over_a_standfirst_spelling_the_slug(quote: str, headline: str) -> None:
    """A headline that quotes someone shares no words with the URL slug; its standfirst,
    telling the story the slug was made from, does: the slug cannot tell them apart."""
    dump = (
        f"Topic – Corona\n{quote}\n"
        "Can big data beat the corona crisis as in South Korea? A media scholar weighs its risks\n"
        f"Interview: Jane Smith\n31.03.2020\n\n{_BODY}"
    )
    url = "https://www.example.org/corona-big-data-south-korea"
    assert newsparse.parse(dump, url=url).headline == headline


_PLAYER_MENU = (
    "Settings\nFull Screen\nVideo Quality\nAuto\nHigh (HD)\nLow\nClosed Captions\nLanguage\n"
    "English\nPosition\nBottom\nTop\nType Size\nAa\nArial\nImpact"
)


def _signed_far_dump(byline: str) -> str:
    """A headline over ``byline``, a video player's menus, a video's title, then the body."""
    menus = "\n".join([_PLAYER_MENU] * 5)
    return (
        "Home\nNews\n\nCouncil approves the new city budget after a long debate\n\n"
        f"{byline}\n\n{menus}\n\nVideo Not Available\n\n"
        f"What the new budget means for the poorest districts\nNow watching\n\n{_BODY}"
    )


def test_signed_headline_far_over_the_window() -> None:
    """A headline over its dated byline is a candidate however far over the body start.

    A text rendering of HTML prints a video player's hidden menus (short lines by the
    dozen) between the headline and the body: the headline falls out of the window, and
    the video's title, close to the body, would win.
    """
    article = newsparse.parse(_signed_far_dump("By Jane Smith March 11, 2015 3:46 PM"))
    assert article.headline == "Council approves the new city budget after a long debate"
    assert article.published is not None
    assert article.published.isoformat() == "2015-03-11"


def test_undated_byline_far_over_the_window_signs_nothing() -> None:
    """Negative: a byline with no date is no signature: the line over it stays out of reach."""
    _, explanation = newsparse.parse_and_explain(_signed_far_dump("By Jane Smith"))
    ranked = explanation.decisions[Field.HEADLINE].ranked
    assert all(c.blocks != (2,) for c in ranked)


@pytest.mark.parametrize(
    ("signature", "expected"),
    [
        ("By Jane Smith\nMarch 11, 2015", "Council approves the new city budget plan"),
        # Negative: a byline with no date under it signs nothing; the teaser keeps its lead.
        ("By Jane Smith", "Mayor says budget talks will go on next week"),
    ],
    ids=["signed", "unsigned"],
)
def test_headline_over_its_byline_and_date_beats_a_dated_teaser(
    signature: str, expected: str
) -> None:
    """A line over both its byline and a date outscores a teaser over its date line only."""
    dump = (
        "Home\nNews\n\nMayor says budget talks will go on next week\nMarch 10, 2015\n\n"
        f"Council approves the new city budget plan\n{signature}\n\n{_BODY}"
    )
    assert newsparse.parse(dump).headline == expected


def test_latin_trail_step_over_the_headline_in_the_page_script() -> None:
    """A trail printed a step a line, spelling the URL's sections, ends with the slug's
    English wording: the headline in the page's own script under it wins, no standfirst."""
    body = (
        "शहर के थाना क्षेत्र में दो दिन पहले हुई चोरी की घटना का पुलिस ने खुलासा कर दिया है और "
        "दो आरोपियों को गिरफ्तार किया गया है।\n\n"
        "पुलिस ने बताया कि आरोपियों के पास से चोरी के गहने और नकद रुपये बरामद किए गए हैं।\n\n"
        "थाना अध्यक्ष ने कहा कि मामले की जांच जारी है और अन्य आरोपियों की तलाश की जा रही है।\n"
    )
    headline = "शहर पुलिस ने 2 बदमाशों को पकड़ा: दो दिनों के अंदर चोरी कांड का किया खुलासा"
    dump = (
        "होम\nवीडियो\nसर्च\n\nHindi News\nLocal\nBihar\nSamastipur\n"
        f"Samastipur Police Caught 2 Miscreants\n\n{headline}\n\n"
        f"समस्तीपुर कुछ ही क्षण पहले\n\nकॉपी लिंक\n\n{body}"
    )
    url = "https://news.example/local/bihar/samastipur/news/samastipur-police-caught-2-miscreants-133589711.html"
    assert newsparse.parse(dump, url=url).headline == headline


def test_trail_step_in_the_page_script_stays_the_headline() -> None:
    """The same trail whose last step is in the page's script: that step may be the headline."""
    dump = (
        "Startseite\nKaufberatung\nDeals & Angebote\n"
        "Lego feiert Star-Wars-Tag: Alle Angebote im Überblick\n"
        "May the 4th be with you: Lego feiert den Star-Wars-Tag mit neuen Sets und "
        "exklusiven Geschenken für alle Fans\nTeilen\n\n"
        "Am 4. Mai feiern Fans in aller Welt den Star-Wars-Tag, und Lego bringt dazu neue Sets "
        "in die Läden, die es nur für kurze Zeit gibt.\n\n"
        "Wer in diesen Tagen bestellt, bekommt dazu ein kleines Geschenk, solange der Vorrat "
        "reicht, wie der Hersteller mitteilte.\n\n"
        "Die Preise der neuen Sets liegen zwischen zwanzig und mehreren hundert Euro, je nach "
        "Größe und Zahl der Teile.\n"
    )
    url = "https://news.example/kaufberatung/deals_angebote/lego-feiert-star-wars-tag_id_92942238.html"
    headline = "Lego feiert Star-Wars-Tag: Alle Angebote im Überblick"
    assert newsparse.parse(dump, url=url).headline == headline


def test_headline_over_glued_standfirst_bullets() -> None:
    """Bullet points glued under the headline, over the byline, are no headline, and the
    headline under a short kicker is no standfirst of it."""
    headline = "Cae en Francia la jefa del aparato militar de la banda y otro miembro de la cúpula"
    dump = (
        "Portada\nEspaña\nHistoria\nOrganización\nFotos y vídeos\n\n"
        f"En Macon, cerca de Lyon\n\n{headline}\n"
        "Bajo su mando se encontraba el control de todos los zulos y las armas\n"
        "Su pareja y lugarteniente, implicado en el atentado de la terminal\n"
        "Experimentó un gran ascenso en la banda tras las detenciones\n"
        "Estuvo al mando del subaparato de captación de la banda\n\n"
        "Ángeles Escrivá | Madrid\n\nActualizado domingo 28/10/2012 03:21 horas\n\n"
        "Importante golpe a la banda en Francia. La policía ha detenido a la jefa del aparato "
        "militar en una operación conjunta con la policía francesa en la ciudad de Macon.\n\n"
        "En la operación, que contaba con la colaboración de un equipo de élite, fue detenido "
        "también su lugarteniente, que vivía con ella en un piso del centro.\n\n"
        "Los agentes encontraron en el piso documentos, armas y dinero, según informaron "
        "fuentes de la investigación a este periódico el domingo.\n"
    )
    assert newsparse.parse(dump).headline == headline


def test_headline_under_a_teaser_chain_over_a_handle_byline() -> None:
    """Teasers each a word longer than the last are no chain of standfirsts over the
    headline (two standfirst lines at most are told apart), and a name with its social
    handle ("Jane Doe, @janedoe") signs the headline over it, far from the body though it
    stands: the pros and cons over the body are list items."""
    headline = "Xbox One X review: A console that keeps up with gaming PCs"
    dump = (
        "Engadget\n\n3 related articles\nBuy Now\n\nLogin\n\n"
        "Google is reportedly acquiring Lytro for around $40 million\n\n"
        "'Hyper Light Drifter' is another indie game coming to Switch\n\n"
        "Samsung's commercial-grade Galaxy Tab Active 2 is available in the US\n\n"
        f"{headline}\n\nBut only hardcore gamers will appreciate it.\n\n"
        "Devindra Hardawar, @devindra\n11.03.17 in Gadgetry\n\n"
        "Xbox One X\n\nGet more info\n\nMore\n87\nScores\n\nEngadget\n\n87\n\n"
        "Critic 10 Reviews\n\n8.3\n\nUsers 1 Reviews\n\n10\n\nKey Specs\n\n"
        "From $610.00\nBuy Now\n\nPros\n\n"
        "Most powerful hardware ever in a home console\n"
        "Solid selection of enhanced titles\n4K Blu-ray drive is great for movie fans\n\n"
        "Cons\n\nExpensive\nNot worth it if you don’t have a 4K TV\nStill no VR support\n\n"
        "Summary\n\n"
        "As promised, the Xbox One X is the most powerful game console ever. In practice, "
        "though, it only makes a difference if you have a 4K TV and care about the details.\n\n"
        "Despite all the power inside, the One X is the smallest console the company has made "
        "to date, and it runs quieter than the older models on every game we tried.\n\n"
        "The console costs more than its rivals, and only hardcore players will notice where "
        "the extra money goes, which makes it a hard sell for most families this season.\n"
    )
    article = newsparse.parse(dump)
    assert article.headline == headline
    assert article.authors == ("Devindra Hardawar",)


@pytest.mark.parametrize(
    "standfirst",
    [
        # As many words as the headline, more letters: the standfirst still.
        "Councillors backed a budget on Tuesday that cuts spending on parks, roads and libraries",
        # Negative (as before): a shorter line is no standfirst of a longer one.
        "Council budget cuts parks and roads",
    ],
    ids=["as-many-words", "shorter"],
)
def test_standfirst_as_long_as_its_headline(standfirst: str) -> None:
    """A line as many words long as the headline over it, but longer, is its standfirst."""
    headline_line = (
        "Council approves new budget that cuts spending on parks and roads in poorer districts"
    )
    page = (
        f"News\nNewsWorld\n{headline_line}\n\n{standfirst}\n\n"
        f"Jane Smith\nFriday 22 November 2024 08:49 GMT\n\n{_BODY}"
    )
    assert newsparse.parse(page).headline == headline_line


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        # A heading shows the declared headline as declared: it wins over the <h1>
        # that cases one word otherwise.
        (
            "<h3>Meta-Programming In Emacs Using Defadvice</h3>",
            "Meta-Programming In Emacs Using Defadvice",
        ),
        # Negative: no block shows the declared form; the <h1> shows the headline.
        ("", "Meta-Programming In Emacs Using defadvice"),
    ],
    ids=["declared-shown", "h1-only"],
)
def test_recased_h1_yields_to_the_declared_form(before: str, expected: str) -> None:
    """An <h1> holding the declared headline in another case loses to a block showing it."""
    page = _html(
        "Meta-Programming In Emacs Using defadvice", og="Meta-Programming In Emacs Using Defadvice"
    )
    page = page.replace("<article>", f"<article>{before}")
    url = "https://blog.example/2019/10/meta-programming-in-emacs-using.html"
    assert newsparse.parse(page, url=url).headline == expected


def _trail_page(*, prop: str | None, teaser_prop: bool = False) -> str:
    """A page whose breadcrumb trail ends in an <h1> short title, the headline in an <h2>."""
    short, long = "Council budget vote", "Council approves the new city budget after a long debate"
    jsonld = (
        '<script type="application/ld+json">'
        f'{{"@type": "NewsArticle", "headline": "{short}"}}</script>'
    )
    attr = f' itemprop="{prop}"' if prop else ""
    teaser = (
        '<div><h3 itemprop="headline">Mayor opens the new bridge</h3></div>' if teaser_prop else ""
    )
    paragraphs = "".join(f"<p>{p}</p>" for p in _BODY.strip().split("\n\n"))
    return (
        f'<html><head>{jsonld}<meta property="og:title" content="{long}"></head><body><article>'
        '<div class="breadcrumbs"><span><a href="/">Home</a></span> <span><a href="/city/">City</a>'
        f'</span> <h1 class="breadcrumb_last">{short}</h1></div>'
        f'<h2 class="entry-title"{attr}>{long}</h2>'
        f"<p>By Jane Smith</p>{paragraphs}{teaser}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # The page marks its headline with itemprop: an <h1> in the trail is its last step.
        (_trail_page(prop="headline"), "Council approves the new city budget after a long debate"),
        # Negatives: with no itemprop mark, or more than one (teasers), the <h1> keeps its mark.
        (_trail_page(prop=None), "Council budget vote"),
        (_trail_page(prop="headline", teaser_prop=True), "Council budget vote"),
    ],
    ids=["itemprop-headline", "no-itemprop", "itemprop-teasers"],
)
def test_heading_in_a_breadcrumb_trail(page: str, expected: str) -> None:
    assert newsparse.parse(page).headline == expected


_KO_BODY = "\n\n".join(
    [
        "정부가 내년도 예산안을 국회에 제출했다고 3일 밝혔다. "
        "총지출은 올해보다 늘어난 규모로 편성됐다.",
        "기획재정부는 경기 회복을 뒷받침하기 위해 재정 역할을 강화했다고 설명했다. "
        "복지와 일자리 예산이 크게 늘었다.",
        "국회는 다음 달부터 예산안 심사에 들어갈 예정이다. "
        "여야는 주요 사업을 두고 공방을 예고했다.",
    ]
)


def _headline_score(dump: str, headline: str, language: str | None = "ko") -> float:
    _, explanation = newsparse.parse_and_explain(dump, language=language)
    decision = explanation.decisions[newsparse.Field.HEADLINE]
    return max(c.score for c in decision.ranked if c.value == headline)


def test_korean_reporter_line_signs_the_headline_over_it() -> None:
    # "김혜진 기자" (a name, then the role word) is a byline line: the line over it gains.
    headline = "정부 내년 예산안 국회 제출"
    signed = f"{headline}\n\n김혜진 기자\n\n{_KO_BODY}"
    # Negative: the name beside another word is no byline.
    unsigned = f"{headline}\n\n김혜진 사진\n\n{_KO_BODY}"
    assert _headline_score(signed, headline) > _headline_score(unsigned, headline)


@pytest.mark.parametrize(
    ("meta", "is_meta"),
    [
        ("Jane Doe, John de la Roche-Smith and Mary Ann Roe · 5 May 2023", True),
        ("François de La Roche, Camille Lefèvre et Étienne Lefèvre · 5 octobre 2023", True),
        # Negative: a headline naming people and a day is no byline.
        ("Jane Doe and John Roe meet the mayor of the city to settle the 5 May 2023 budget", False),
    ],
)
def test_dated_line_of_bare_names_is_a_byline_or_date(meta: str, is_meta: bool) -> None:
    """A dated line past twelve words with only names before its date is a byline-or-date line."""
    article = newsparse.parse(
        f"Council approves new budget\n\n{meta}\nUpdated on 6 May 2023\n\n{_BODY}"
    )
    if is_meta:
        assert article.headline == "Council approves new budget"
    else:
        assert article.headline == meta


_SUBTITLES = [
    "Born poor he worked in a glove factory",
    "His wrist was broken and never treated",
    "He studied at night to become a manager",
    "A human rights lawyer then a city mayor",
    "Two presidential races before his victory",
]

_TOOLS = "\n\n".join(
    ["Print", "Share", "Comments", "Font size", "Close", "Scrap", "Language", "Close"]
)


def _subtitled(lines: list[str]) -> str:
    return f"From factory boy to president\n\n{_TOOLS}\n\n" + "\n".join(lines)


@pytest.mark.parametrize(
    ("top", "expected"),
    [
        # Five glued subtitle lines over the body: a list, none of them the headline.
        (_subtitled(_SUBTITLES), "From factory boy to president"),
        # Negative: four glued lines make no list.
        (_subtitled(_SUBTITLES[:4]), "A human rights lawyer then a city mayor"),
    ],
    ids=["subtitle-list", "four-lines"],
)
def test_glued_subtitle_lines(top: str, expected: str) -> None:
    assert newsparse.parse(f"{top}\n\n{_BODY}").headline == expected


def test_menu_lines_sharing_their_opening_word_make_no_glued_list() -> None:
    # Menu lines glued over the headline ("Latest news from X", "Latest news from Y") share
    # their opening word: they make no list with the headline and its standfirst.
    headline = "From factory boy to the presidency in one life"
    menu = [f"Latest news and views from {s} today" for s in ("Lisbon", "Porto", "Braga")]
    lines = [headline, "The former glove maker tells of his long road to power", "21 Dec 2018"]
    glued = "\n".join([*menu, *lines])
    apart = "\n\n".join(menu) + "\n\n" + "\n".join(lines)
    assert _headline_score(f"{glued}\n\n{_BODY}", headline, None) == _headline_score(
        f"{apart}\n\n{_BODY}", headline, None
    )


def test_headline_glued_last_under_teaser_titles_over_its_byline_keeps_its_score() -> None:
    # Four teaser titles glued over the headline, the headline right over its byline: the
    # run of five ends with the headline, which takes no list penalty; the teasers do.
    headline = "Council approves the new budget after a long debate"
    teasers = [
        "Storm closes the coast road for a second day",
        "Schools reopen after the summer floods",
        "New bridge plan goes to a public vote",
        "Rail strike called off at the last minute",
    ]
    glued = "\n".join([*teasers, headline])
    dump = f"{glued}\n\nBy Jane Smith\n\n{_BODY}"
    assert newsparse.parse(dump).headline == headline
    _, explanation = newsparse.parse_and_explain(dump)
    scores = {c.value: c.score for c in explanation.decisions[newsparse.Field.HEADLINE].ranked}
    # Negative: the same line glued last but over no byline is one of the list's lines.
    unsigned = f"{glued}\n\n{_BODY}"
    assert _headline_score(dump, headline, None) - _headline_score(unsigned, headline, None) > 2.0
    assert scores[headline] - scores[teasers[-1]] > 1.0
