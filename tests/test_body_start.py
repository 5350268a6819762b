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


_COMMENTS = tuple(
    f"Reader {n} writes that the rule would cost small firms a great deal of money, and that "
    f"the court should listen to the clerks who keep the records before it decides anything."
    for n in range(1, 6)
)


def test_a_widget_name_on_the_article_container_names_its_wrapper() -> None:
    # "content_print" names the container a print button reads, not a widget: the
    # container holds the page's most prose, though the comments outweigh it.
    paragraphs = "".join(f"<p>{text}</p>" for text in _PARAGRAPHS)
    comments = "".join(f"<div class='comment'><p>{text}</p></div>" for text in _COMMENTS)
    page = (
        "<html><body><h1>Plan to restrict public records draws mounting opposition</h1>"
        f"<div class='article_content' id='content_print'>{paragraphs}</div>"
        f"<div class='comments'>{comments}</div></body></html>"
    )
    article = newsparse.parse(page)
    assert article.body == _PARAGRAPHS
