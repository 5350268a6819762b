"""The joined searches of the headline rule agree with the line-by-line tests they replace."""

from __future__ import annotations

import pytest

from newsparse.extract import Candidate, headline_repeats, headline_slug

_STORY = headline_slug.story_slug("https://news.example/city/council-approves-new-budget/")

_LINES = [
    "Home",
    "Council approves new budget",  # every stem
    "COUNCIL APPROVES THE BUDGET",  # upper case: folded before the search
    "The council approves",  # too few stems
    "Straße: council approves new budget",  # "ß" folds to "ss": offsets per folded line
    "counc",  # a stem at a line's end must not reach into the next line
    "il approves new budget",
    "x" * 301 + " council approves new budget",  # too long to be a headline
    "",
    "Council approves new budget, again",
]


_ASCII_LINES = [line for line in _LINES if "ß" not in line]


@pytest.mark.parametrize("lines", [_LINES, _LINES[:4], _ASCII_LINES])
def test_story_lines_match_names_the_story(lines: list[str]) -> None:
    expected = [k for k, line in enumerate(lines) if headline_slug.names_the_story(line, _STORY)]
    assert headline_slug.story_lines(lines, _STORY) == expected
    assert expected  # the samples hold lines that name the story


def test_story_lines_without_story_slug() -> None:
    assert headline_slug.story_lines(_LINES, {"counc", "budge"}) == []
    assert headline_slug.story_lines([], _STORY) == []


def test_path_words_follow_the_url() -> None:
    # The last URL's path words are remembered: a new URL is read afresh.
    first = headline_slug.story_slug("https://news.example/city/council-approves-new-budget/")
    second = headline_slug.story_slug("https://news.example/sport/local-team-wins-title/")
    assert first == {"counc", "appro", "new", "budge"}
    assert second == {"local", "team", "wins", "title"}
    assert headline_slug.one_word_key("https://news.example/words/maudlin.html") == "maudlin"


def _candidate(value: str, score: float, block: int) -> Candidate[str]:
    return Candidate(value=value, score=score, source=f"block:{block}", blocks=(block,))


def test_demote_repeats_finds_each_wrapped_candidate() -> None:
    found = [
        _candidate("Council approves new budget", 5.0, 10),
        _candidate("Home » City » Council approves new budget", 5.5, 3),
        _candidate("Share on X: Council approves new budget", 4.0, 12),
        _candidate("Mayor resigns after the vote", 1.0, 14),
        _candidate("Video: Mayor resigns after the vote now", 6.0, 15),
        _candidate("Short", 2.0, 16),
    ]
    scores = [c.score for c in headline_repeats.demote_repeats(found)]
    # The trail and the share bar wrap the headline; the video line wraps a line scoring
    # more than its margin below it, so it keeps its score.
    assert scores == [5.0, 2.5, 1.0, 1.0, 6.0, 2.0]
