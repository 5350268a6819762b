"""A page that shows its last edit as its date: the visible date against the declared ones."""

from __future__ import annotations

import datetime as dt

import pytest

import newsparse

D = dt.date


def _page(published: str, modified: str, date_line: str) -> str:
    return (
        f'<html><head><meta property="article:published_time" content="{published}">'
        f'<meta property="article:modified_time" content="{modified}"></head>'
        "<body><article><h1>Can fish feel pain?</h1>"
        f"<p>Editorial team</p><p>{date_line}</p>"
        "<p>Whether fish feel pain is a fair question and has long been at the centre of a"
        " scientific debate between biologists, anglers and animal welfare groups.</p>"
        "<p>Researchers in several countries have studied how fish react to injuries and"
        " what their nervous system can and cannot register.</p>"
        "</article></body></html>"
    )


def _day(value: dt.date | None) -> dt.date | None:
    return value.date() if isinstance(value, dt.datetime) else value


@pytest.mark.parametrize(
    ("published", "modified", "date_line", "expected"),
    [
        # The only date shown is the declared edit, weeks after the declared publication.
        ("2021-11-29T14:13:37Z", "2022-01-12T14:27:30Z", "8 min read 12.01.2022", D(2022, 1, 12)),
        # Negatives: the line shows the publication beside the edit...
        (
            "2021-11-29T14:13:37Z",
            "2022-01-12T14:27:30Z",
            "29.11.2021 (edited 12.01.2022)",
            D(2021, 11, 29),
        ),
        # ... an edit just after midnight is the same news day...
        (
            "2024-12-03T23:17:00+09:00",
            "2024-12-04T00:06:42+09:00",
            "2024/12/04 00:05",
            D(2024, 12, 3),
        ),
        # ... and a visible date that is no declared date leaves the declared publication.
        ("2021-11-29T14:13:37Z", "2022-01-12T14:27:30Z", "8 min read 03.01.2022", D(2021, 11, 29)),
    ],
    ids=["edit-shown", "both-shown", "next-day-edit", "other-date-shown"],
)
def test_visible_edit_date(
    published: str, modified: str, date_line: str, expected: dt.date
) -> None:
    article = newsparse.parse(_page(published, modified, date_line))
    assert _day(article.published) == expected


_BRIDGE = (
    "The city council approved the construction of a new bridge over the river on Tuesday,"
    " officials said in a statement.",
    "Work is expected to start in the autumn and to last for about two years, officials said"
    " at the meeting.",
    "The bridge will carry two lanes of traffic, a cycle path and a wide footpath on each side.",
)


@pytest.mark.parametrize(
    "note",
    [
        "This story was updated on March 9, 2024",
        "This article was updated on March 9, 2024 to correct a name.",
        "Cet article a été mis à jour le 9 mars 2024.",
    ],
    ids=["en", "en-sentence", "fr"],
)
@pytest.mark.parametrize("on_top", [True, False], ids=["top", "end"])
def test_an_update_note_dates_the_update(note: str, on_top: bool) -> None:
    paragraphs = (note, *_BRIDGE) if on_top else (*_BRIDGE, note)
    head = ("Council approves the new river bridge", "By Jane Doe", "Published March 1, 2024")
    dump = "\n\n".join((*head, *paragraphs))
    article = newsparse.parse(dump)
    assert (_day(article.published), _day(article.updated)) == (D(2024, 3, 1), D(2024, 3, 9))


@pytest.mark.parametrize(
    "line",
    ["Updated at 3:15 p.m. ET, March 9, 2024", "Aktualisiert um 15:15 Uhr, 9. März 2024"],
    ids=["en", "de"],
)
def test_an_update_line_with_a_clock_before_its_date_dates_the_update(line: str) -> None:
    """The clock's preposition ("at", "um") stands between the label and the date."""
    head = ("Council approves the new river bridge", "By Jane Doe", "Published March 1, 2024")
    dump = "\n\n".join((*head, line, *_BRIDGE))
    article = newsparse.parse(dump)
    assert (_day(article.published), _day(article.updated)) == (D(2024, 3, 1), D(2024, 3, 9))


@pytest.mark.parametrize(
    "note",
    [
        "UPDATE, March 9, 2024: The council later approved a second bridge.",
        "This article was amended on March 9, 2024 to correct the number of lanes it carries.",
    ],
    ids=["update-colon", "amended-sentence"],
)
def test_an_update_note_is_no_publication_date_on_an_undated_page(note: str) -> None:
    """An editor's note ("UPDATE, <date>: ...") tells a change to an earlier story.

    Unlike a lone "Updated <date>" line on a page without a publication date (the story's
    day), the note dates the update only.
    """
    dump = "\n\n".join(("Council approves the new river bridge", "By Jane Doe", note, *_BRIDGE))
    article = newsparse.parse(dump)
    assert (article.published, _day(article.updated)) == (None, D(2024, 3, 9))
    # Negative: a lone update line still dates the story (docs/fields.md).
    dump = dump.replace(note, "Updated March 9, 2024")
    assert _day(newsparse.parse(dump).published) == D(2024, 3, 9)
