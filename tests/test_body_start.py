"""Where an HTML article's body starts: a lead paragraph set as a heading, a highlights box."""

from __future__ import annotations

import newsparse

_PARAGRAPHS = (
    "The state supreme court has proposed a rule that would remove dates of birth and "
    "addresses from court records, and it has asked the public for comments.",
    "Reporters and editors have long opposed the move because it would make it harder to "
    "verify identities and to find background information on people in the news.",
    "Now prosecutors, police chiefs and business groups have come out against the proposal "
    "as well, each for their own reasons, in letters sent to the court this week.",
)

_LEAD = (
    "Opposition to a proposal to remove certain personal data from court records is "
    "mounting, and with good reason. Or good reasons, we should say."
)


def _page(lead: str) -> str:
    paragraphs = "<br><br>".join(_PARAGRAPHS)
    return (
        "<html><body><h1>Plan to restrict public records draws mounting opposition</h1>"
        "<p class='byline'>By the Editorial Board</p>"
        "<div class='entry-content'><span class='article-text'>"
        f"<h2>{lead}</h2><br><br>{paragraphs}</span></div>"
        "<div class='footer'><a href='/about'>About us</a> <a href='/contact'>Contact</a></div>"
        "</body></html>"
    )


def test_a_lead_paragraph_set_as_a_heading_opens_the_body() -> None:
    article = newsparse.parse(_page(_LEAD))
    assert article.body == (_LEAD, *_PARAGRAPHS)


def test_a_short_heading_above_the_article_stays_out_of_the_body() -> None:
    # A heading without the length and stop of a paragraph is no lead.
    article = newsparse.parse(_page("Records under seal"))
    assert article.body == _PARAGRAPHS


def test_a_story_highlights_box_above_the_article_is_no_body() -> None:
    highlights = [
        "STORY HIGHLIGHTS",
        "The court asked for public comments on the rule",
        "Prosecutors and police chiefs oppose the proposal",
    ]
    # A photo's caption above the box reads as prose: the region starts there.
    caption = "The chief justice says the court will read every comment it receives on the rule."
    lines = ["Plan to restrict public records draws opposition", "By Jane Doe", caption]
    dump = "\n\n".join(["\n".join([*lines, *highlights]), *_PARAGRAPHS])
    article = newsparse.parse(dump)
    assert not set(highlights) & set(article.body)
    assert article.body[-3:] == _PARAGRAPHS
