"""Text-dump byline rules: the name above an outlet's dated line, agencies, early bylines."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.extract.byline import read_byline, split_names
from newsparse.lexicon import lexicon

PROSE = (
    "The city council approved the construction of a new bridge over the river on Tuesday.\n\n"
    "Work is expected to start in the autumn and to last for about two years, officials said.\n\n"
    "The bridge will carry two lanes of traffic, a cycle path and a wide footpath on each side.\n\n"
    "Residents had asked for a new crossing for more than a decade, the mayor told reporters.\n"
)
HEAD = "Home\nNews\nPolitics\n\nCouncil approves the new river bridge\n"
MENU = "\n".join(f"more news on topic {k}" for k in range(80)) + "\n\n"


@pytest.mark.parametrize(
    ("dump", "authors"),
    [
        (HEAD + "JANE DOE\nAssociated PressDecember 2, 2016\n\n" + PROSE, ("JANE DOE",)),
        (HEAD + "Jane Doe\nGames Editor\nRiver NewsOctober 13, 2016\n\n" + PROSE, ("Jane Doe",)),
        # Negatives: an agency alone on the dated line; a dated name line with no name above.
        (HEAD + "\nAssociated Press December 2, 2016\n\n" + PROSE, ("Associated Press",)),
        (HEAD + "\nJane Doe | December 2, 2016\n\n" + PROSE, ("Jane Doe",)),
        (HEAD + "Share this\nJane DoeDecember 2, 2016\n\n" + PROSE, ("Jane Doe",)),
    ],
    ids=["agency-under-name", "outlet-under-role", "agency-alone", "dated-name", "no-name-above"],
)
def test_person_above_a_dated_outlet_line(dump: str, authors: tuple[str, ...]) -> None:
    assert newsparse.parse(dump).authors == authors


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Associated Press", []),
        ("By The Associated Press", []),
        ("By Jane Doe, Associated Press", ["Jane Doe"]),
        ("Jane Doe and Associated Press", ["Jane Doe"]),
        ("Pressa Associated", ["Pressa Associated"]),
    ],
)
def test_agency_is_no_person(line: str, names: list[str]) -> None:
    assert split_names(line, lexicon()) == names


@pytest.mark.parametrize(
    ("dump", "authors"),
    [
        (HEAD + "By Jane Doe\nSept. 25, 2018\n\n" + MENU + PROSE, ("Jane Doe",)),
        # Negatives: no date beside the prefixed line; a date but no prefix.
        (HEAD + "By Jane Doe\n\n" + MENU + PROSE, ()),
        (HEAD + "Jane Doe\nSept. 25, 2018\n\n" + MENU + PROSE, ()),
    ],
    ids=["prefixed-dated", "undated", "unprefixed"],
)
def test_prefixed_dated_byline_far_above_the_body(dump: str, authors: tuple[str, ...]) -> None:
    assert newsparse.parse(dump).authors == authors


@pytest.mark.parametrize(
    ("line", "names", "prefixed"),
    [
        ("AuthorAndreas Kalt4 Kommentare", ("Andreas Kalt",), True),
        ("Posted on 28. Juli 2019AuthorAndreas Kalt", ("Andreas Kalt",), True),
        ("ByJane Doe", ("Jane Doe",), True),
        ("bySauli Giliard", ("Sauli Giliard",), True),
        ("Text & Fotos: Ivan Valetny", ("Ivan Valetny",), True),
        ("Text und Fotos: Ivan Valetny", ("Ivan Valetny",), True),
        # Negatives: a glued name prefix, a glued word that is no byline prefix.
        ("McDonald Jones", ("McDonald Jones",), False),
        ("HomeAndreas Kalt", ("HomeAndreas Kalt",), False),
        ("Text & Fotos Ivan Valetny", (), False),
    ],
)
def test_glued_and_compound_prefixes(line: str, names: tuple[str, ...], prefixed: bool) -> None:
    byline = read_byline(line, lexicon())
    assert (byline.names, byline.prefixed) == (names, prefixed)


@pytest.mark.parametrize(
    ("line", "names", "prefixed"),
    [
        ("By Jane Doe Jane Doe", ("Jane Doe",), True),
        ("Posted on 28. Juli 2019 Author Jane Doe 4 Kommentare", ("Jane Doe",), True),
        ("Updated 3 May 2024 | Author Jane Doe", ("Jane Doe",), True),
        # Negatives: a label noun opening an undated line needs its colon; no doubled name.
        ("Author Jane Doe", ("Author Jane Doe",), False),
        ("Jane Doe Jane Roe", ("Jane Doe Jane Roe",), False),
        ("Doe Doe", ("Doe Doe",), False),
    ],
)
def test_doubled_names_and_labels_after_a_date(
    line: str, names: tuple[str, ...], prefixed: bool
) -> None:
    byline = read_byline(line, lexicon())
    assert (byline.names, byline.prefixed) == (names, prefixed)


LEAD = "The council met on Monday evening to discuss the plans for the new bridge in town.\n\n" * 11


@pytest.mark.parametrize(
    ("dump", "authors"),
    [
        ("Council approves the bridge\n\n" + LEAD + "By\nJane Doe\n\n" + PROSE, ("Jane Doe",)),
        # Negative: a bare name line as deep into the body is a sub-heading, not a byline.
        ("Council approves the bridge\n\n" + LEAD + "Share\nJane Doe\n\n" + PROSE, ()),
    ],
    ids=["under-lone-prefix", "no-prefix-line"],
)
def test_name_under_a_lone_prefix_line_deep_in_the_body(
    dump: str, authors: tuple[str, ...]
) -> None:
    assert newsparse.parse(dump).authors == authors


_CITY_LEAD = (
    "NEW YORK — The city council approved a plan on Monday to expand the night bus network "
    "across all five boroughs."
)


@pytest.mark.parametrize(
    ("lead", "authors"),
    [
        (_CITY_LEAD, ()),
        # Negative: a bare name line over the same paragraph is still the byline.
        ("Jane Doe\n\n" + _CITY_LEAD, ("Jane Doe",)),
    ],
    ids=["dateline-led-paragraph", "name-line-above-it"],
)
def test_a_dateline_led_first_paragraph_is_no_byline(lead: str, authors: tuple[str, ...]) -> None:
    # "NEW YORK — <sentence>" splits like "Name — rest", but a line of prose is no bare
    # byline: the paragraph stays in the body and the city is not an author.
    article = newsparse.parse("Council backs night bus plan\n\n" + lead + "\n")
    assert article.authors == authors
    assert article.body == (_CITY_LEAD,)


@pytest.mark.parametrize(
    ("dump", "authors"),
    [
        # The headline is no role label between a name and its date: the name over the
        # headline is the site's.
        ("Home\nNorthern Herald\nCouncil approves bridge\nDecember 2, 2016\n\n" + PROSE, ()),
        # Negative: a short label under a name, over the date, still is one.
        (
            "Home\nCouncil approves the new river bridge\n\nJane Doe\nIdeas\nDecember 2, 2016\n\n"
            + PROSE,
            ("Jane Doe",),
        ),
    ],
    ids=["name-over-headline", "name-over-label"],
)
def test_a_name_over_the_headline_is_no_byline(dump: str, authors: tuple[str, ...]) -> None:
    assert newsparse.parse(dump).authors == authors


_BIO = "Jane Doe is a staff writer at the Northern Herald covering city hall and transport."


@pytest.mark.parametrize(
    ("dump", "authors"),
    [
        # An author's bio closing the article names the author when no byline does.
        ("Council approves the new river bridge\n\n" + PROSE + "\n\n" + _BIO + "\n", ("Jane Doe",)),
        # Negatives: a byline near the headline wins; a sentence opening with a name and
        # a role word ("spokesman") is about someone in the story.
        (
            "Council approves the new river bridge\n\nBy John Roe\n\n" + PROSE + "\n\n" + _BIO,
            ("John Roe",),
        ),
        (
            "Council approves the new river bridge\n\n"
            + PROSE
            + "\n\nCity Hall spokesman Jane Doe told reporters the bridge would open in May.\n",
            (),
        ),
    ],
    ids=["bio", "byline-wins", "spokesman"],
)
def test_author_bio_after_the_body(dump: str, authors: tuple[str, ...]) -> None:
    assert newsparse.parse(dump).authors == authors


PLAYER = (
    "\n".join(
        [
            "Listen to the article",
            *("Play", "Pause", "Mute", "Full screen", "Playback speed", "Normal", "Slow"),
            *("Fast", "Close player", "Report an error", "Share the article", "Copy the link"),
        ]
    )
    + "\n\n"
)
DEK = "\nA crossing the residents waited for\n\nThe work starts in the autumn\n\n"


@pytest.mark.parametrize(
    ("date", "authors"),
    [
        ("Published Sept. 25, 2018\n", ("Jane Doe",)),
        # Negative: without the date line, the lines under a headline may be a menu's.
        ("", ()),
    ],
    ids=["dated", "undated"],
)
def test_bare_name_under_headline_over_a_player(date: str, authors: tuple[str, ...]) -> None:
    """A bare name under the headline, its date line and standfirst is the byline, though a
    player's lines put the found body start far below it."""
    dump = HEAD + date + DEK + "Jane Doe\n" + PLAYER + PROSE
    assert newsparse.parse(dump).authors == authors


@pytest.mark.parametrize(
    ("byline", "bio", "authors"),
    [
        # The first name repeats the second one's head ("Jane Ann"): no evidence of a split.
        ("By Jane Ann Doe and Jane Ann Roe Smith", "", ("Jane Ann Doe", "Jane Ann Roe Smith")),
        # Negative: a bio naming the head apart still splits a run ("Gear Team").
        (
            "By Jane Doe and Mary Roe Gear Team",
            "\n\nMary Roe is a senior writer.\n",
            ("Jane Doe", "Mary Roe", "Gear Team"),
        ),
    ],
    ids=["head-in-other-name", "head-named-apart"],
)
def test_a_long_second_name_splits_on_evidence_outside_the_byline(
    byline: str, bio: str, authors: tuple[str, ...]
) -> None:
    dump = f"{HEAD}\n{byline}\nDecember 2, 2016\n\n{PROSE}{bio}"
    assert newsparse.parse(dump).authors == authors


@pytest.mark.parametrize(
    ("gap", "authors"),
    [
        ("", ("Jane Doe",)),
        # Negative: farther under the body, a signature must open its line with the prefix.
        ("\n".join(f"Related story number {k}" for k in range(6)) + "\n", ()),
    ],
    ids=["right-under-body", "far-under-body"],
)
def test_prefixed_signature_under_a_short_body(gap: str, authors: tuple[str, ...]) -> None:
    """A line right under a short body is read as a tail line, not as one deep in the body.

    The search window above the body start also reaches past the end of a body of ten to
    twenty lines; its lines there are as near as the tail's first lines, where a prefix
    need not open the line ("Fix an error | Posted by Jane Doe").
    """
    more = "".join(
        f"\nThe {w} phase of the works will close the old crossing for {k + 2} weeks, they said.\n"
        for k, w in enumerate(("first", "second", "third", "fourth", "fifth", "sixth", "last"))
    )
    body = HEAD + "December 2, 2016\n\n" + PROSE + more
    dump = body + "\n" + gap + "Fix an error | Posted by Jane Doe\nAbout us\nContact\n"
    assert newsparse.parse(dump).authors == authors


@pytest.mark.parametrize(
    ("line", "other"),
    [
        ("MM-Redaktion Palma, Mallorca 15.04.25 09:56", "MM-Redaktion"),
        ("IN-Redaktion | 16. April 2025", "IN-Redaktion"),
        ("dpaMM-Redaktion Palma, Mallorca 15.04.25 09:56", "MM-Redaktion"),
        ("dpa MM-Redaktion | 15.04.25 09:56", "MM-Redaktion"),
        # Negatives: a plain staff word keeps the words before it ("Metro Staff"); letters
        # glued on that are no agency stay.
        ("Metro Staff | 2 May 2024", "Metro Staff"),
        ("abcMM-Redaktion | 2 May 2024", "abcMM-Redaktion"),
    ],
    ids=["compound-and-place", "compound", "glued-agency", "spaced-agency", "plain", "glued"],
)
def test_compound_staff_word_is_a_desk(line: str, other: str) -> None:
    """A staff word as a compound's last part ("MM-Redaktion") names a desk, not a person,
    and ends the desk's name where a place follows it unseparated; an agency before it is
    left out of the desk's name."""
    byline = read_byline(line, lexicon())
    assert byline.names == ()
    assert byline.other == other
