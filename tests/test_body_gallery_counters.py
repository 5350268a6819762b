"""A gallery's slide counters printed with their label: "Image 1 of 5", "Image 2 of 5"...

Such a gallery set into the article prints each slide's counter, caption and credit; its
captions are no part of the article, as under bare "1/5" counters. A counter may also close
its slide (caption, credit, counter): then the first slide stands over the first counter.
"""

from __future__ import annotations

import newsparse
from newsparse.document.from_text import read_text
from newsparse.extract.features import describe_all
from newsparse.extract.patterns import gallery_lines
from newsparse.lexicon import lexicon

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
    found = gallery_lines(blocks, tuple(describe_all(blocks, lexicon())))
    assert {blocks[i].text for i in found} >= {f"Image {n} of 5" for n in range(1, 6)}
    assert {blocks[i].text for i in found} >= set(_CAPTIONS)


def test_a_labelled_gallery_inside_the_article_is_not_body() -> None:
    parts = ["Five more companies join the moon lander program", *_PARAS[:2], *_gallery()]
    dump = "\n\n".join([*parts, *_PARAS[2:]])
    assert list(newsparse.parse(dump).body) == _PARAS


_LEAD = "Thousands line the river for the summer parade"
"""The headline of the pages below."""


def test_a_french_labelled_gallery_is_not_body() -> None:
    """A French counter ("Photo 2 sur 5") counts a slide as "Photo 2 of 5" does."""
    slides = [
        f"Photo {n} sur 5\n{caption}\nPhoto : Marc Vidal/AFP"
        for n, caption in enumerate(_CAPTIONS, start=1)
    ]
    dump = "\n\n".join([_LEAD, *_PARAS[:2], *slides])
    assert list(newsparse.parse(dump).body) == _PARAS[:2]


def test_a_gallery_whose_counters_close_their_slides_is_not_body() -> None:
    """Caption, credit, then the counter: the first caption over the first counter is the
    gallery's, not the article's last paragraph."""
    slides = [
        f"{caption}\nPhoto: Jane Holt/Reuters\n{n} / 5" for n, caption in enumerate(_CAPTIONS, 1)
    ]
    dump = "\n\n".join([_LEAD, *_PARAS[:2], *slides])
    assert list(newsparse.parse(dump).body) == _PARAS[:2]
