"""A gallery's slide counters printed with their label: "Image 1 of 5", "Image 2 of 5"...

Such a gallery set into the article prints each slide's counter, caption and credit; its
captions are no part of the article, as under bare "1/5" counters.
"""

from __future__ import annotations

import newsparse
from newsparse.document.from_text import read_text
from newsparse.extract.patterns import gallery_lines

_PARAS = [
    "The space agency picked five more companies on Monday to build the small landers "
    "that will carry its instruments to the surface of the moon over the next few years.",
    "The five companies join nine others chosen last year, bringing the number of firms "
    "that may bid on each delivery to fourteen, the agency said in a statement.",
    "They include lander concepts of all sizes, from a heavy vehicle able to carry a rover "
    "to small craft meant to drop a single instrument near the lunar south pole.",
    "The agency plans to spend up to two billion dollars on the deliveries through the "
    "end of the decade, and to announce the first awards under the new deal in spring.",
]

_CAPTIONS = [
    "An artist's concept of the heavy lander resting on the grey plains of the moon.",
    "An artist's concept of a mid-sized lander and its small rover near a crater rim.",
    "This illustration shows a concept lander folding out its four legs before touchdown.",
    "An artist's concept of a small lander dropping a single instrument near the pole.",
    "This illustration shows the five landers side by side, drawn to the same scale.",
]


def _gallery() -> list[str]:
    lines = []
    for n, caption in enumerate(_CAPTIONS, start=1):
        lines += [f"Image {n} of 5", caption + "\n(Image credit: Example Space Co.)"]
    return lines


def test_labelled_slide_counters_mark_a_gallery() -> None:
    blocks = read_text("\n\n".join(_gallery())).blocks
    found = gallery_lines(blocks)
    assert {blocks[i].text for i in found} >= {f"Image {n} of 5" for n in range(1, 6)}
    assert {blocks[i].text for i in found} >= set(_CAPTIONS)


def test_a_labelled_gallery_inside_the_article_is_not_body() -> None:
    parts = ["Five more companies join the moon lander program", *_PARAS[:2], *_gallery()]
    dump = "\n\n".join([*parts, *_PARAS[2:]])
    assert list(newsparse.parse(dump).body) == _PARAS
