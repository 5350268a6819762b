"""A video or podcast page: the player between the lead and the transcript is no body.

A media player prints its buttons and its clock ("Play", "0:00 / 3:12", "Pause"); the clock
is a widget line by its shape, and the player's buttons next to it are widget lines too
(``features._player_buttons``). A "Play" line with no clock beside it is read as before.
"""

from __future__ import annotations

import newsparse

_LEAD = (
    "The city council explains in this video why the new tram line will open two years "
    "later than planned and what it will cost."
)
_PARAS = [
    "Good evening, and welcome to our weekly look at the city's biggest building projects "
    "and the people who run them.",
    "The council said on Tuesday that the tunnel under the old town had turned out to be "
    "far harder to dig than the engineers had expected.",
]


def _page(*player: str) -> str:
    lines = ["Why the tram line is two years late", "March 3, 2024", _LEAD, "\n".join(player)]
    return "\n\n".join([*lines, "Transcript", *_PARAS]) + "\n"


def test_player_buttons_and_clock_are_no_text_body() -> None:
    body = newsparse.parse(_page("Play", "0:00 / 3:12", "Pause")).body
    assert body == (_LEAD, "Transcript", *_PARAS)


def test_a_german_player_is_no_text_body() -> None:
    body = newsparse.parse(_page("Video abspielen", "00:00 / 43:10", "Anhören")).body
    assert body == (_LEAD, "Transcript", *_PARAS)


def test_player_buttons_are_no_html_body() -> None:
    html = (
        "<html><body><article><h1>Why the tram line is two years late</h1>"
        f"<p>March 3, 2024</p><div class='text'><p>{_LEAD}</p>"
        "<div class='media-player'><div><button>Play</button></div>"
        "<div class='time'>0:00 / 3:12</div></div>"
        "<h2>Transcript</h2>" + "".join(f"<p>{p}</p>" for p in _PARAS) + "</div></article>"
        "</body></html>"
    )
    assert newsparse.parse(html).body == (_LEAD, "Transcript", *_PARAS)
