"""Chinese and Japanese blogs that break lines by phrase and leave out sentence stops.

Such a post prints long stop-less lines and, between them, shorter ones of a phrase or two:
once the long lines show that the writer uses no stops, the shorter lines are prose too
(else a run of them cuts the post in two).
"""

from __future__ import annotations

import newsparse
from newsparse.document.from_text import read_text
from newsparse.extract.features import describe_all
from newsparse.lexicon import lexicon
from newsparse.model import Label

_LONG = [
    "清晨的山谷裡雲霧緩緩散開 沿著溪邊小路一直走到那座古老的石橋旁邊休息片刻",
    "橋下的溪水清澈見底 幾條小魚在石縫之間游來游去讓人忍不住停下腳步觀看",
    "過了石橋之後山路開始變得陡峭 兩旁的竹林在風中輕輕搖晃發出沙沙的聲音",
    "走到半山腰的涼亭時太陽已經升得很高 遠處的村落和田野都看得一清二楚",
    "涼亭旁邊有一位老先生在賣自家種的茶葉 聊了幾句才知道他在這裡住了五十年",
    "下山的時候特地繞到另一條步道 路邊開滿了不知名的小花吸引許多蝴蝶飛舞",
]

_SHORT = [
    "午後的陽光灑在石階上顯得格外溫暖",  # 17 characters: 8 words
    "老先生說秋天山上的景色最美值得再來",
    "回程的路上天空忽然飄起了細細的小雨",
    "傍晚回到山腳下的小店喝了一碗熱湯",
    "店家阿姨熱情地介紹附近的露營地點",
    "下次一定要帶著帳篷來這裡住上一晚",
]


def _post(long: list[str]) -> list[str]:
    """The long lines, each with a short line after it."""
    lines: list[str] = []
    for n, line in enumerate(long):
        lines.append(line)
        if n < len(_SHORT):
            lines.append(_SHORT[n])
    return lines


def test_short_stopless_lines_are_prose_in_a_post_without_stops() -> None:
    lines = _post(_LONG)
    feats = describe_all(read_text("\n\n".join(lines)).blocks, lexicon())
    short = [feat.prose for line, feat in zip(lines, feats, strict=True) if line in _SHORT]
    assert short == [0.5] * len(_SHORT)
    # A short line (under eight words) stays a heading's or a menu's shape.
    lines = [*_post(_LONG), "回程的路上下雨"]
    feats = describe_all(read_text("\n\n".join(lines)).blocks, lexicon())
    assert feats[-1].prose == 0.0


def test_short_stopless_lines_alone_show_no_post_without_stops() -> None:
    # Too few long lines (four): nothing shows the writer leaves out stops, and the short
    # lines (teaser titles among them) count for nothing.
    lines = _post(_LONG[:4])
    feats = describe_all(read_text("\n\n".join(lines)).blocks, lexicon())
    assert all(feat.prose == 0.0 for feat in feats)


def test_the_short_lines_of_a_post_without_stops_are_its_paragraphs() -> None:
    # Six short lines in a row between the long ones: paragraphs, not sub-headings.
    lines = [*_LONG[:3], *_SHORT, *_LONG[3:]]
    dump = "\n\n".join(["Menu", "Home", "山谷裡的一日小旅行", *lines, "© 2024 Blog"])
    segments = {segment.text: segment for segment in newsparse.parse(dump).segments}
    assert {segments[line].label for line in [*_SHORT, *_LONG[3:]]} == {Label.BODY}
    assert {segments[line].reason for line in _SHORT} == {"prose"}
