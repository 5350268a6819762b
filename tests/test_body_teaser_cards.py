"""A feed of teaser cards under the article: kicker, title, meta line, then a blurb.

Each card's blurb reads as a paragraph; a long feed outweighs what its headers cost and
would run on from the article. Three cards in a row are a feed, not the article's.
"""

from __future__ import annotations

import newsparse
from newsparse.document.from_text import read_text
from newsparse.extract.features import describe_all
from newsparse.extract.patterns import kicker_cards
from newsparse.lexicon import lexicon

_ARTICLE = [
    "The city council voted on Tuesday to expand the bike lane network across the east side, "
    "after two years of debate over parking and the cost of the new signals.",
    "Supporters said the plan would make the busiest streets safer for children walking to "
    "school, and pointed to a drop in injuries where lanes were added last year.",
    "Opponents argued that shop owners along the avenue would lose customers who drive in "
    "from the suburbs, and asked for a study of the first phase before any more work.",
    "The first stretch of the new lanes is due to open in the spring, the council said, and "
    "the rest of the network should be finished within three years if funding holds.",
]

_CARDS = [
    ("REINDEER GAMES", "Why Herders Are Fighting The Miners", "1 story example.org World",
     "Herders have moved their animals across the hills for generations. Then the mines came."),
    ("LOVE IS LOVE", "What Two Friends Taught Us About Romance", "example.net Culture",
     "What is it like to share your life with someone and never feel any spark at all?"),
    ("A NATIONAL TRAGEDY", "Watching This Koala Get Rescued Is Heart-Wrenching", "Animals Nature",
     "Dozens of fires are spreading across the country, burning more than two million acres."),
    ("JACKPOT", "The Best Money I Ever Spent: Many Rounds Of Bingo", "example.com Money",
     "It is the one game where money becomes more magical and less weighty, she writes here."),
    ("RUNNING LONG", "Why Movies Went From Fifteen Minutes To Two Hours", "Explainer History",
     "Films used to be short reels shown between other acts, until one epic changed the trade."),
    ("FEELING THE HEAT", "Singer Reveals What She Likes Best About The Senator", "2 stories Fame",
     "The singer calls the senator a humanitarian who does not just say things to win votes."),
    ("DO NEW YORK NEXT", "Berlin Wants To Freeze Rents. Can It?", "example.org Cities",
     "Berlin is about to begin a rental law, but legal challenges cast doubt on its future."),
    ("CREME DE LA CREME", "Stolen Paintings Were Found In A Locker", "example.com Art Crime",
     "Of the thousands of missing paintings by the painter, most have now been recovered."),
    ("POTTY MOUTH", "Congressman Appears To Make A Rude Noise On Live TV", "3 stories Politics",
     "He has denied everything, but, well, it is best that you hear it for yourselves today."),
    ("A TALE OF ONE CITY", "The Divide In One Valley Town Is The Divide In America", "example.com",
     "What the changing demographics of this country look like up close, in one small town."),
]  # fmt: skip


_MORE = " The full story, with photos and a map of the area, is on our partner's site today."
"""A blurb's second sentence: blurbs as long as an article's short paragraphs."""


def _dump(*, glued: bool) -> str:
    sep = "\n" if glued else "\n\n"
    cards = [sep.join(card[:3]) + "\n\n" + card[3] + _MORE for card in _CARDS]
    parts = ["Bike lanes to expand across the east side", *_ARTICLE]
    return "\n\n".join([*parts, "Want more stories like this? Subscribe", *cards, "About"])


def test_a_feed_of_teaser_cards_ends_the_body() -> None:
    for glued in (True, False):
        body = newsparse.parse(_dump(glued=glued)).body
        assert body == tuple(_ARTICLE), glued


def test_kicker_cards_need_three_in_a_row() -> None:
    lex = lexicon()
    blocks = read_text(_dump(glued=True)).blocks
    found = kicker_cards(blocks, tuple(describe_all(blocks, lex)))
    texts = {text for card in _CARDS for text in (*card[:3], card[3] + _MORE)}
    assert {blocks[i].text for i in found} == texts
    # Two cards are no feed (an article may set a kicker over a short section).
    two = _dump(glued=True).split(_CARDS[2][0])[0]
    blocks = read_text(two).blocks
    assert not kicker_cards(blocks, tuple(describe_all(blocks, lex)))


def test_upper_case_sub_headings_over_paragraphs_are_no_cards() -> None:
    # A sub-heading over several paragraphs heads a section of the article.
    parts = []
    for n, heading in enumerate(["THE VOTE", "THE CRITICS", "WHAT COMES NEXT"]):
        parts += [heading, _ARTICLE[n], _ARTICLE[n + 1]]
    blocks = read_text("\n\n".join(parts)).blocks
    assert not kicker_cards(blocks, tuple(describe_all(blocks, lexicon())))
