"""lynx and markdown text dumps: wrapped lines re-joined, markup removed, field by field.

A page rendered by :func:`tests.strategies.render_lynx` (hard-wrapped at 79 or 72
columns, paragraphs indented 3 spaces, list items ``     * [12]text``, link markers before
link texts, image and form placeholders, a References list) must give each field back as
the page's spec has it, or else as the same page rendered as a browser's innerText
(:func:`tests.strategies.render_text`) does: the wrapping and the markers may not lose
what innerText finds. (Where innerText itself is wrong, a known bug of the text rules has
its own property in ``tests/properties/``.) A page rendered by
:func:`tests.strategies.render_markdown` (``html2text`` style: ``[text](url)`` links,
``![alt](src)`` images, ``**bold**`` and ``_italic_`` runs, ``> `` quotes, wrapped at 78
columns or not at all) must do the same.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from operator import attrgetter

import pytest
from hypothesis import given

import newsparse
from newsparse.document import BlockKind
from newsparse.document.from_text import (
    is_lynx_dump,
    is_markdown_dump,
    read_text,
    strip_link_markers,
)
from newsparse.document.text_markup import (
    appendix_line,
    is_form_control,
    is_label_line,
    is_lynx_layout,
)
from newsparse.model import Label
from tests.strategies import Page, articles, pages, render_lynx, render_markdown, render_text

PAGES = articles().flatmap(pages)


_RENDERERS = pytest.mark.parametrize(
    "render", [render_lynx, render_markdown], ids=["lynx", "markdown"]
)
"""Each field property runs on both text-browser renderings of the same page."""


def _day(article: newsparse.Article) -> str | None:
    """The published day in ISO form: a text dump's time of day is not compared."""
    return article.published.isoformat()[:10] if article.published else None


_FIELDS: dict[str, tuple[Callable[[newsparse.Article], object], Callable[[Page], object]]] = {
    "headline": (attrgetter("headline"), lambda page: page.spec.headline),
    "published": (_day, lambda page: page.spec.published.isoformat()),
    "authors": (attrgetter("authors"), lambda page: page.spec.authors),
    "tags": (attrgetter("tags"), lambda page: page.expected_tags),
    "body": (attrgetter("body"), lambda page: page.spec.body),
}
"""Each field as read from an article, and the page spec's value of it."""


@_RENDERERS
@pytest.mark.parametrize("field", list(_FIELDS))
@given(PAGES)
def test_field(render: Callable[[Page], str], field: str, page: Page) -> None:
    """The dump gives the field as the spec has it, or as the page's innerText does."""
    read, expected = _FIELDS[field]
    dump, inner = newsparse.parse(render(page)), newsparse.parse(render_text(page))
    assert read(dump) in (expected(page), read(inner))


@given(PAGES.map(render_markdown))
def test_every_line_of_a_markdown_dump_is_in_exactly_one_segment(dump: str) -> None:
    assert is_markdown_dump(dump)
    lines = dump.split("\n")
    owners = [0] * len(lines)
    for segment in newsparse.parse(dump).segments:
        first, last = segment.lines
        for n in range(first, last + 1):
            owners[n] += 1
    assert owners == [1 if line.strip() else 0 for line in lines]


# --------------------------------------------------------------------------------------
# Pinned examples (written for these tests)
# --------------------------------------------------------------------------------------

_DUMP = """\
     * [1]Home
     * [2]World
     * [3]Politics

                   Council approves plan for a new town library

   By [4]Maria Lopez and [5]Tom Baker
   Published: March 4, 2021

   [6][IMG]
   [The old library building on Market Street.]

   The council approved on Tuesday a plan for a new library in the town
   centre, after more than ten years of debate among [7]councillors and
   residents who want a modern building for the whole community.

   Members agreed to commission a study of the costs and of the possible
   sites before the end of the year, and to publish its findings in the
   spring so that residents can comment on them at a public meeting.

   Tags: [8]Libraries · [9]Local government · [10]Town centre · [11]Culture
   · [12]Budget

Most read

     * [13]Storm closes coastal road for the second time this winter, and
       the police ask drivers to avoid the area
     * [14]School wins regional chess title

   Your email: [____________________] [Subscribe]

References

   Visible links
   1. https://example.org/
   2. https://example.org/world/
   3. https://example.org/politics/
   4. https://example.org/authors/maria-lopez-who-writes-about-local-government-and-culture
   5. https://example.org/authors/tom-baker
   6. https://example.org/images/library.jpg
   7. https://example.org/tags/councillors
   8. https://example.org/tags/libraries
   9. https://example.org/tags/local-government
  10. https://example.org/tags/town-centre
  11. https://example.org/tags/culture
  12. https://example.org/tags/budget
  13. https://example.org/news/storm-closes-coastal-road
  14. https://example.org/news/chess

   Hidden links:
  15. https://example.org/rss
"""


def test_pinned_lynx_dump_fields() -> None:
    article = newsparse.parse(_DUMP)
    assert article.headline == "Council approves plan for a new town library"
    assert article.authors == ("Maria Lopez", "Tom Baker")
    assert article.published is not None
    assert article.published.isoformat()[:10] == dt.date(2021, 3, 4).isoformat()
    assert article.tags == (
        "Libraries", "Local government", "Town centre", "Culture", "Budget"
    )  # fmt: skip
    assert article.body == (
        "The council approved on Tuesday a plan for a new library in the town centre, after "
        "more than ten years of debate among councillors and residents who want a modern "
        "building for the whole community.",
        "Members agreed to commission a study of the costs and of the possible sites before "
        "the end of the year, and to publish its findings in the spring so that residents "
        "can comment on them at a public meeting.",
    )


def test_pinned_lynx_dump_segments() -> None:
    article = newsparse.parse(_DUMP)
    by_text = {s.text: s for s in article.segments}
    # The References appendix is lynx's, not the page's: boilerplate, whatever precedes it.
    assert by_text["References"].label is Label.BOILERPLATE
    assert by_text["1. https://example.org/"].label is Label.BOILERPLATE
    assert by_text["15. https://example.org/rss"].label is Label.BOILERPLATE
    # Placeholders are never body; a wrapped list item is one segment over its two lines.
    assert by_text["[IMG]"].label is Label.WIDGET
    assert by_text["Your email: [____________________] [Subscribe]"].label is Label.WIDGET
    assert by_text["[The old library building on Market Street.]"].label is not Label.BODY
    teaser = next(s for s in article.segments if s.text.startswith("Storm closes"))
    assert teaser.lines[1] == teaser.lines[0] + 1
    assert teaser.label is not Label.BODY


def test_lynx_reader_blocks() -> None:
    doc = read_text(_DUMP)
    texts = [b.text for b in doc.blocks]
    assert texts[:3] == ["Home", "World", "Politics"]  # bullets and markers dropped
    assert all(b.kind is BlockKind.LIST_ITEM for b in doc.blocks[:3])
    assert "By Maria Lopez and Tom Baker" in texts
    # A separator that the wrap put at a line's start continues the tag line.
    assert (
        "Tags: Libraries · Local government · Town centre · Culture · Budget" in texts
    )  # fmt: skip
    image = next(b for b in doc.blocks if b.text == "[IMG]")
    assert image.kind is BlockKind.CAPTION
    form = next(b for b in doc.blocks if b.text.startswith("Your email"))
    assert form.kind is BlockKind.CAPTION  # a form line, labels and all, is no prose
    hidden = [b for b in doc.blocks if b.hidden]
    assert hidden[0].text == "References"
    assert hidden[-1].text == "15. https://example.org/rss"
    assert not any(b.hidden for b in doc.blocks if b.lines[0] < hidden[0].lines[0])


def test_lynx_detection() -> None:
    assert is_lynx_dump(_DUMP)
    # Cut short before its References: the markers alone count up in order.
    assert is_lynx_dump(_DUMP.split("References", maxsplit=1)[0])
    # Footnote marks are glued after a word or a stop, and a references list of
    # citations is no list of URLs.
    footnotes = "The river floods often.[1] The town[2] moved.[3][4] Again [5] later.\n"
    assert not is_lynx_dump(footnotes * 5)
    citations = "Text [1]here.\n\nReferences\n\n   1. Smith, J. (2001). A study.\n"
    assert not is_lynx_dump(citations)
    # w3m -dump with link numbers: "References:" and "[1] URL" entries.
    w3m = "[1]Home [2]News\n\nStory text.\n\nReferences:\n\n[1] https://example.org/\n"
    assert is_lynx_dump(w3m)
    # Markers that do not count up are not lynx's.
    assert not is_lynx_dump(" ".join(f"[{n}]x" for n in (9, 3, 7, 1, 8, 2, 6, 4)))


def test_markers_only_before_link_text() -> None:
    assert strip_link_markers("[1]Home [2]World") == "Home World"
    assert strip_link_markers("said ([3]see the report) today") == "said (see the report) today"
    assert strip_link_markers("town[2] and [3] more") == "town[2] and [3] more"
    assert strip_link_markers("[14][IMG]") == "[IMG]"


def test_lynx_wrap_width_ignores_long_reference_urls() -> None:
    # Every reference URL overflows the width: read over all lines, they would hide it.
    urls = "".join(f"  {n:2d}. https://example.org/{'x' * 90}/{n}\n" for n in range(1, 13))
    dump = _DUMP.split("References", maxsplit=1)[0] + "References\n\n" + urls
    doc = read_text(dump)
    assert any(
        b.text.startswith("The council approved") and b.lines[1] > b.lines[0] for b in doc.blocks
    )


def test_lynx_heading_is_not_joined_to_the_paragraph_under_it() -> None:
    # A heading near the width at column 0 over a paragraph at the 3-space margin, with
    # no blank line: the paragraph's first word would not have fitted after the heading,
    # but lynx indents all lines of one block alike, so the two are separate blocks.
    heading = "Residents of the northern districts ask the council for more buses at night"
    body = _DUMP.split("\n")[12:15]  # the first paragraph's three wrapped lines
    appendix = _DUMP[_DUMP.index("References") :]
    doc = read_text("\n".join([heading, *body, "", appendix]))
    assert doc.blocks[0].text == heading
    assert doc.blocks[1].text.startswith("The council approved")
    assert doc.blocks[1].lines == (1, 3)


# --------------------------------------------------------------------------------------
# Markdown dumps (html2text style): links keep their text, marks go
# --------------------------------------------------------------------------------------

_MARKDOWN = """\
[Skip to content](#main)

  * [Home](/)
  * [World](/world/)
  * [Politics](/politics/ "Politics and government")

# Council approves plan for a new town library after more than ten years of
debate

By [Maria Lopez](https://example.org/authors/maria-lopez) and [Tom
Baker](https://example.org/authors/tom-baker)

March 4, 2021

![The old library building on Market Street](https://example.org/images/old-
library.jpg)

The council approved on Tuesday a plan for a new library in the town centre,
after more than ten years of debate among **councillors and residents** who
want a [modern building](https://example.org/news/2020/01/library-plans) for
the whole community.

> “We have waited long enough,” said one of the residents at the meeting in the
> town hall on Tuesday evening.

## What happens next

Members agreed to commission a study of the costs and of the possible sites
before the end of the year, and to publish its _findings_ in the spring.
"""


def test_pinned_markdown_dump() -> None:
    article = newsparse.parse(_MARKDOWN)
    assert article.headline == (
        "Council approves plan for a new town library after more than ten years of debate"
    )
    assert article.authors == ("Maria Lopez", "Tom Baker")
    assert article.published is not None
    assert article.published.isoformat()[:10] == "2021-03-04"
    assert article.body[0] == (
        "The council approved on Tuesday a plan for a new library in the town centre, after "
        "more than ten years of debate among councillors and residents who want a modern "
        "building for the whole community."
    )
    assert "What happens next" in article.body
    assert article.body[-1].endswith("to publish its findings in the spring.")
    assert not any("](" in p or "**" in p for p in article.body)


def test_markdown_reader_blocks() -> None:
    doc = read_text(_MARKDOWN)
    by_text = {b.text: b for b in doc.blocks}
    assert by_text["Politics"].kind is BlockKind.LIST_ITEM
    heading = next(b for b in doc.blocks if b.text.startswith("Council approves"))
    assert (heading.kind, heading.heading_level) == (BlockKind.HEADING, 1)
    assert by_text["What happens next"].heading_level == 2
    image = by_text["[The old library building on Market Street]"]
    assert image.kind is BlockKind.CAPTION
    quote = next(b for b in doc.blocks if b.text.startswith("“We have waited"))
    assert quote.kind is BlockKind.QUOTE
    assert quote.text.endswith("in the town hall on Tuesday evening.")
    # Not markdown: two links are not enough, and prose brackets are no links.
    assert not is_markdown_dump("See [this](/a) and [that](/b).\n")
    assert is_markdown_dump(_MARKDOWN)


def test_markdown_hyphen_breaks_escapes_and_tables() -> None:
    dump = (
        "[Home](/) [World](/world/) [Climate](/climate/)\n\n"
        "# Storms test the new flood defences\n\n"
        "The agency said the new walls held during the storm, a test of its long-\n"
        "term plan against extreme weather in the river towns.\n\n"
        "\\- Reporting by the news desk \\*updated\\* at\\_noon\n\n"
        "1\\. January was the wettest month on record.\n\n"
        "Town | Rain (mm)\n"
        "---|---\n"
        "[Riverside](/towns/riverside) | 120\n"
        "Hillcrest | 95\n\n"
        "| Day | Level |\n"
        "| --- | :---: |\n"
        "| Monday | 3.2 m |\n"
        "| Tuesday \\- late | 2.9 m |\n\n"
        "See [the planet](https://example.org/wiki/Mercury_(planet)) and [the rest](/more).\n"
    )
    doc = read_text(dump)
    texts = [b.text for b in doc.blocks]
    assert (
        "The agency said the new walls held during the storm, a test of its long-term plan "
        "against extreme weather in the river towns."
    ) in texts
    assert "- Reporting by the news desk *updated* at_noon" in texts
    assert "1. January was the wettest month on record." in texts
    rows = {b.text: b for b in doc.blocks if b.lines[0] >= 11}
    # A table's lines are never joined; a row shows its cells, the rule stays as it is.
    assert rows["Town Rain (mm)"].kind is BlockKind.TABLE_CELL
    assert rows["Riverside 120"].kind is BlockKind.TABLE_CELL
    assert rows["---|---"].kind is BlockKind.TEXT
    assert rows["Monday 3.2 m"].kind is BlockKind.TABLE_CELL
    assert "| --- | :---: |" in rows
    assert "Tuesday - late 2.9 m" in rows
    # A URL may hold brackets of its own.
    assert "See the planet and the rest." in texts


def test_bracketed_paragraph_is_body_not_a_placeholder() -> None:
    note = (
        "[Editor's note: This article was updated on March 5 to correct the name of one "
        "of the councillors quoted in an earlier version of the story.]"
    )
    lynx = _DUMP.replace(
        "   Members agreed",
        "   [Editor's note: This article was updated on March 5 to correct the name of\n"
        "   one of the councillors quoted in an earlier version of the story.]\n\n"
        "   Members agreed",
    )
    assert note in newsparse.parse(lynx).body
    markdown = _MARKDOWN.replace(
        "## What happens next",
        "[Editor's note: This article was updated on March 5 to correct the name of one\n"
        "of the councillors quoted in an earlier version of the story.]\n\n"
        "## What happens next",
    )
    assert note in newsparse.parse(markdown).body


def test_markdown_author_photo_beside_the_byline_is_no_author() -> None:
    dump = _MARKDOWN.replace(
        "By [Maria Lopez]",
        "![Photo of Maria Lopez](https://example.org/img/ml.jpg) By [Maria Lopez]",
    )
    assert newsparse.parse(dump).authors == ("Maria Lopez", "Tom Baker")


def test_short_lynx_dump_takes_its_longest_line_as_the_width() -> None:
    # Found by test_field[authors-lynx]: with four long lines the densest pile of lengths
    # was the byline's and the headline's (about 44), so the date line under the byline
    # was joined to it and "First" became part of the second author's name.
    dump = (
        "     * [1]Home\n\n"
        "Government unveils plan to cut energy prices\n\n"
        "   By [2]James Thompson and [3]James Carter\n"
        "   First published on January 1, 2005\n\n"
        "   Protesters gather outside the town hall on Monday evening.\n\n"
        "   WASHINGTON — “We will not accept a plan that leaves the [4]poorest families\n"
        "   behind,” James Thompson said.\n\n"
        "References\n\n"
        "   1. https://www.example.com/\n"
        "   2. https://www.example.com/author/0\n"
        "   3. https://www.example.com/author/1\n"
        "   4. https://www.example.com/story\n"
    )
    article = newsparse.parse(dump)
    assert article.authors == ("James Thompson", "James Carter")
    assert article.published == dt.date(2005, 1, 1)
    assert article.body[-1].startswith("WASHINGTON")
    assert article.body[-1].endswith("poorest families behind,” James Thompson said.")


def test_linkless_short_wrapped_dump_rejoins_its_paragraph() -> None:
    # Found by test_field[headline-lynx]: with no link markers, no References list and
    # under 8 long lines, the dump was read line by line; set in as lynx sets paragraphs,
    # it is now read as a short ``lynx -dump -nolist`` wrapped at its longest line.
    dump = (
        "              Regierung stellt Plan gegen hohe Energiepreise vor\n\n"
        "   Anna Müller und Anna Schneider | Samstag, 1. Januar 2005\n"
        "   Aktualisiert am Sonntag, 2. Januar 2005\n\n"
        "   BERLIN — „Wir werden keinen Plan akzeptieren, der die ärmsten Familien\n"
        "   zurücklässt“, sagte Anna Müller. Die Bundesregierung kündigte einen neuen\n"
        "   Plan für den Nahverkehr am Dienstag an.\n"
    )
    article = newsparse.parse(dump)
    assert article.headline == "Regierung stellt Plan gegen hohe Energiepreise vor"
    assert article.body == (
        "BERLIN — „Wir werden keinen Plan akzeptieren, der die ärmsten Familien zurücklässt“, "
        "sagte Anna Müller. Die Bundesregierung kündigte einen neuen Plan für den Nahverkehr "
        "am Dienstag an.",
    )


def test_only_a_dump_set_in_as_lynx_sets_paragraphs_is_read_as_lynx_layout() -> None:
    lynx = "   A paragraph's first line,\n   its second line\n\nHeading\n\n   Another one.\n"
    assert is_lynx_layout(lynx, lynx.split("\n"))
    # Browser innerText and copy-paste: no margin, a tab, two spaces, a page-wide line.
    for dump in (
        lynx.replace("   ", ""),
        lynx.replace("   ", "\t"),
        lynx.replace("   ", "  "),
        lynx + "   " + "word " * 60 + "\n",
    ):
        assert not is_lynx_layout(dump, dump.split("\n"))


def test_lynx_date_line_under_a_long_byline_is_a_line_of_its_own() -> None:
    # Found by test_field[authors-lynx]: a short dump's width is its longest line (73),
    # less than the 79 columns lynx wrapped at, so the update line's first word seemed
    # not to fit after the byline (65 + 1 + 7 > 73 - 2) and "Zuletzt" joined the last
    # author's name. A date line under its label is a <div> of its own.
    dump = (
        "              Regierung stellt Plan gegen hohe Energiepreise vor\n"
        "   1. Januar 2005\n"
        "   Von [1]Anna Müller, [2]Jörg Müller und [3]Hans-Peter Schneider\n"
        "   Zuletzt aktualisiert: 2. Januar 2005\n\n"
        "   Die Bundesregierung kündigte einen neuen Plan für den Nahverkehr nach\n"
        "   wochenlangen Verhandlungen am Dienstag an.\n\n"
        "References\n\n"
        "   1. https://www.example.com/author/0\n"
        "   2. https://www.example.com/author/1\n"
        "   3. https://www.example.com/author/2\n"
    )
    article = newsparse.parse(dump)
    assert article.authors == ("Anna Müller", "Jörg Müller", "Hans-Peter Schneider")
    assert article.updated == dt.date(2005, 1, 2)


def test_lynx_credit_line_under_a_long_caption_is_a_line_of_its_own() -> None:
    # Found by test_field[body-lynx] (explore profile, seed 1): the dump's longest line
    # (69) is less than lynx's 79 columns, so "Foto:" seemed not to fit after the caption
    # (66 + 1 + 5 > 69 - 2) and caption and credit were read as a body paragraph.
    dump = (
        "              Regierung stellt Plan gegen hohe Energiepreise vor\n"
        "   1. Januar 2005\n"
        "   Aktualisiert am 2. Januar 2005\n\n"
        "   [Die alte Brücke ist seit dem Frühjahr für den Verkehr gesperrt.]\n"
        "   Die alte Brücke ist seit dem Frühjahr für den Verkehr gesperrt.\n"
        "   Foto: dpa\n\n"
        "   „Wir werden keinen Plan akzeptieren, der [1]die ärmsten Familien\n"
        "   zurücklässt“, sagte Anna Müller.\n\n"
        "References\n\n"
        "   1. https://www.example.com/story/inline\n"
    )
    assert newsparse.parse(dump).body == (
        "„Wir werden keinen Plan akzeptieren, der die ärmsten Familien zurücklässt“, "
        "sagte Anna Müller.",
    )


@pytest.mark.parametrize(
    "line",
    [
        "Zuletzt aktualisiert: 2. Januar 2005",
        "Updated Jan. 2, 2005 at 10:14 a.m. EST",
        "Foto: dpa",
        "Photo : Jane Doe/Reuters",
        "© Jane Doe",
    ],
)
def test_label_lines(line: str) -> None:
    assert is_label_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "updated its plans on 2 March after the meeting",  # a sentence's line
        "Published without a date",
        "Dated 2 May 2001",  # a word that only starts like a label
        "Posted 2 May: the council said on Monday that it would meet again",
        "Fotos zeigen, dass die Brücke",  # a credit word without its colon
    ],
)
def test_lines_that_are_no_label_lines(line: str) -> None:
    assert not is_label_line(line)


# --------------------------------------------------------------------------------------
# Other text browsers and converters (shapes checked against lynx 2.9, elinks 0.16,
# w3m 0.5.3 and html2text 2024 output of a page written for these tests)
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "appendix",
    [
        # lynx in a German locale translates the heading and the line under it.
        "Verweise\n\n   Sichtbare Links:\n   1. https://example.org/\n",
        # elinks lists links only: form fields took the first numbers.
        "References\n\n   Visible links\n   6. https://example.org/a/1\n",
        "References:\n\n[2] https://example.org/\n",  # w3m -o display_link_number=1
        "Tham chiếu\n\n  12. https://example.org/\n",
    ],
    ids=["lynx-de", "elinks", "w3m", "two-words"],
)
def test_references_list_of_other_browsers_and_languages(appendix: str) -> None:
    dump = _DUMP.split("References", maxsplit=1)[0] + appendix
    assert is_lynx_dump(dump)
    doc = read_text(dump)
    hidden = [b.text for b in doc.blocks if b.hidden]
    assert hidden[0] == appendix.split("\n", 1)[0]
    assert newsparse.parse(dump).body == newsparse.parse(_DUMP).body


def test_a_pages_own_list_of_urls_is_no_references_list() -> None:
    # lynx sets a page's ordered list in by 5 columns; its references are numbered in 4.
    own = "Further reading\n\n     1. https://example.org/report\n     2. https://example.org/\n"
    dump = _DUMP.split("References", maxsplit=1)[0] + own
    assert appendix_line(dump) is None


_REFERENCE_STYLE = """\
  * [Home][1]
  * [World][2]

# Council approves plan for a new town library

By [Maria Lopez][3] and [Tom Baker][4]

March 4, 2021

![The old library building][5]

The council approved on Tuesday a plan for a new library in the town centre,
after more than ten years of debate among [councillors][6] and residents.

Tags: [Libraries][7] · [Culture][8]

   [1]: /

   [2]: /world/

   [3]: /authors/maria-lopez

   [4]: /authors/tom-baker "Tom Baker"

   [5]: /img/library.jpg

   [6]: /tags/councillors

   [7]: /tags/libraries

   [8]: /tags/culture
"""


def test_markdown_reference_style_links() -> None:
    # html2text with inline_links=False: [text][n] and the definitions at the end.
    assert is_markdown_dump(_REFERENCE_STYLE)
    assert not is_lynx_dump(_REFERENCE_STYLE)  # "[1]: /" is no link marker
    article = newsparse.parse(_REFERENCE_STYLE)
    assert article.headline == "Council approves plan for a new town library"
    assert article.authors == ("Maria Lopez", "Tom Baker")
    assert article.tags == ("Libraries", "Culture")
    assert article.body == (
        "The council approved on Tuesday a plan for a new library in the town centre, after "
        "more than ten years of debate among councillors and residents.",
    )
    by_text = {s.text: s for s in article.segments}
    assert by_text['[4]: /authors/tom-baker "Tom Baker"'].reason == "hidden"
    assert by_text["[The old library building]"].label is not Label.BODY


@pytest.mark.parametrize(
    "line",
    [
        "[Search]",  # a button whose label is a cue line (w3m)
        "[Search] [____________________] [Go]",
        "____________________ Search",  # lynx: a bare field and its button's label
        "Your email: ____________________ [ ] [Daily____.] (BUTTON) Subscribe (*)",
        "[ Search ]",  # elinks
    ],
)
def test_form_lines_are_widgets_not_captions(line: str) -> None:
    dump = _DUMP.replace("   [6][IMG]\n", f"   {line}\n")
    segment = next(s for s in newsparse.parse(dump).segments if s.lines[0] == 9)
    assert (segment.text, segment.label) == (" ".join(line.split()), Label.WIDGET)


def test_image_placeholders_are_no_form() -> None:
    assert not is_form_control("[The old library building on Market Street.]", {"search"})
    assert not is_form_control("[IMG]", {"search"})
    assert is_form_control("[Search]", {"search"})
