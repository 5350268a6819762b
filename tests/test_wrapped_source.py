"""Text dumps of a page's pretty-printed source, and dumps of stop-less CJK prose.

A text dump may hold a page's formatted source with its tags gone: paragraphs wrapped at a
width that counts their deep indentation, further lines hanging a few columns deeper than
the first, a line cut short where a tag stood, and scripts or JSON-LD left whole on lines
far over the width. Such paragraphs are re-joined. Chinese and Japanese blogs often leave
out sentence stops: a dump without stops still has prose.
"""

from __future__ import annotations

import textwrap

from hypothesis import given

import newsparse
from newsparse.document.from_text import read_text
from newsparse.extract.features import describe_all
from newsparse.lexicon import lexicon
from tests.strategies import articles, pages, render_source

_PARAGRAPHS = [
    "The new console is the most powerful one ever made, and it plays more games in native "
    "resolution than any other system on the market today, at a price few will pay.",
    "Despite all the power inside, it is the smallest console of the maker to date. It looks "
    "similar to the last model, except that its case is matte black and slightly slimmer.",
    "Along the front there is a slot-loading disc drive, a physical power button, a single "
    "port and a pairing button. Around the back there are two more ports and a socket.",
    "The controller has not changed since its last upgrade. That revision rounded out its "
    "seams, improved the bumpers and added a headphone jack, which most players welcome.",
    "Games that were made for the new console look sharper and run more smoothly, and older "
    "games load faster from the hard drive, though not every one of them looks any better.",
    "The maker says that more than a hundred games will be tuned for the console by the end "
    "of the year, and that many older games will get updates that raise their resolution.",
    "The biggest knock against the console is its price, which is a hundred more than its "
    "rival asked last year, and there is a good chance that the rival will soon cost less.",
    "Ultimately the console offers some major upgrades that players will notice, especially "
    "those who come from the very first model, but only the keenest will want to pay for it.",
]

_CUT = [
    "As promised, the console is the",
    "most powerful one ever made. In practice, though, it",
    "only puts its maker on an equal footing with the rest.",
]


def _source_dump() -> tuple[str, list[int]]:
    """A formatted page source as text, and the line each paragraph starts on."""
    blob = '"reviewBody": "' + " ".join(_PARAGRAPHS) + '",'
    lines = ["Console review", "        {", "            " + blob, "        }"]
    starts = []
    for paragraph in _PARAGRAPHS:
        starts.append(len(lines))
        lines += textwrap.wrap(
            paragraph, width=72, initial_indent=" " * 16, subsequent_indent=" " * 20
        )
    starts.append(len(lines) + 1)
    lines += ["", " " * 16 + _CUT[0], *(" " * 20 + line for line in _CUT[1:])]
    return "\n".join(lines), starts


def test_paragraphs_of_a_formatted_page_source_are_rejoined() -> None:
    dump, starts = _source_dump()
    blocks = read_text(dump).blocks
    texts = [block.text for block in blocks]
    # Each paragraph is one block, its hanging lines and a line cut short by a tag joined;
    # the JSON-LD's long line is a block of its own, and so is the line under it.
    assert texts[4:] == [*_PARAGRAPHS, " ".join(_CUT)]
    assert texts[1:4] == ["{", texts[2], "}"]
    assert [block.lines[0] for block in blocks[4:]] == starts
    # Every line with text is in exactly one block.
    covered = [n for block in blocks for n in range(block.lines[0], block.lines[1] + 1)]
    assert covered == [n for n, line in enumerate(dump.split("\n")) if line.strip()]


def test_a_line_back_at_the_column_under_a_hanging_line_opens_a_paragraph() -> None:
    # The hanging line above is full: by the width alone, "Councillors" would continue it.
    full = "and the members of the council voted for it by a large"
    dump, _ = _source_dump()
    lines = [" " * 16 + "The plan was put to a vote on Tuesday after a long debate,"]
    lines += [" " * 20 + full, " " * 16 + "Councillors will meet again next week."]
    blocks = read_text(dump + "\n\n" + "\n".join(lines)).blocks
    assert [block.text for block in blocks[-2:]] == [
        lines[0].strip() + " " + full,
        "Councillors will meet again next week.",
    ]


_STOPLESS = [
    "一波波接續性低溫寒流報到 已將新竹尖石鄉後山一帶層層山巒披上嫣紅的彩衣",
    "玉峰道路一路上雲氣山嵐滯留山頭 順路下切蜿蜒道路後不久即抵達來到玉峰國小",
    "美樹美如其名偌大楓香樹早已呈現金黃 泛紅色彩也是愛攝人仕所喜愛造訪之地啊",
    "第二次造訪美樹發現到營區變了 印象中以前生冷招牌換成了原木招牌可謂匠心獨運",
    "燻黑原木加上金黃色醒目字體 加上了貓頭鷹原木創作也充分發揮了裝飾藝術功力",
    "營區內除了露營、民宿、餐飲、賞楓項目多了許多原木飾品更有畫龍點睛加乘效果",
]


def test_long_stopless_cjk_lines_are_prose_in_a_dump_without_stops() -> None:
    lex = lexicon()
    feats = describe_all(read_text("\n\n".join(_STOPLESS)).blocks, lex)
    assert [feat.prose for feat in feats] == [0.5] * len(_STOPLESS)
    # Among stopped paragraphs, the same lines are teaser headlines: no prose.
    stopped = ["這是一個很長的句子，用來說明新聞報導中的段落都有句號結尾的情況。"] * 1
    stopped = [f"{line}第{n}段。" for n, line in enumerate(stopped * 6)]
    blocks = read_text("\n\n".join([*stopped, *_STOPLESS])).blocks
    assert [feat.prose for feat in describe_all(blocks, lex)][len(stopped) :] == [0.0] * 6


@given(articles().flatmap(pages).map(render_source))
def test_every_line_of_a_formatted_source_is_in_exactly_one_segment(dump: str) -> None:
    lines = dump.split("\n")
    owners = [0] * len(lines)
    for segment in newsparse.parse(dump).segments:
        for n in range(segment.lines[0], segment.lines[1] + 1):
            owners[n] += 1
    assert owners == [1 if line.strip() else 0 for line in lines]


def test_json_ld_kept_in_a_text_dump_declares_the_article() -> None:
    # A page's source read as text keeps its JSON-LD script: it dates and names the story
    # as it would in the HTML, whatever block the body is found in.
    dump, _ = _source_dump()
    script = textwrap.indent(
        textwrap.dedent(
            """\
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "Console review",
                "author": [{"@type": "Person", "name": "Ann Writer"}],
                "datePublished": "2017-11-03 03:01:00.000000"
            }"""
        ),
        " " * 8,
    )
    article = newsparse.parse(dump + "\n\n" + script + "\n")
    assert article.published is not None
    assert article.published.isoformat() == "2017-11-03"
    assert article.headline == "Console review"
    assert article.authors == ("Ann Writer",)
    # An object whose headline the dump shows nowhere else (an example quoted by an
    # article about markup) is not the page's: it declares nothing.
    example = script.replace('"Console review"', '"An example headline"')
    assert newsparse.parse(dump + "\n\n" + example + "\n").published is None
    # Braces that do not open with "@context", or do not parse, declare nothing.
    broken = script.replace('"datePublished"', "datePublished")
    assert newsparse.parse(dump + "\n\n" + broken + "\n").published is None


def test_a_json_ld_object_in_a_text_dump_is_hidden() -> None:
    # The script's lines are no visible text: its "articleBody" line, one long line of
    # prose, can be no body paragraph; the lines around it stay visible.
    dump, _ = _source_dump()
    body = '"articleBody": "' + " ".join(_PARAGRAPHS * 3) + '"'
    script = ["{", '    "@context": "https://schema.org",', '    "@type": "Article",']
    script += ["    " + body, "}"]
    text = dump + "\n\nAbove the script\n" + "\n".join(script) + "\nUnder the script\n"
    blocks = read_text(text).blocks
    hidden = [block.text for block in blocks if block.hidden]
    assert hidden == [line.strip() for line in script]
    assert blocks[-1].text == "Under the script"
    assert not blocks[-1].hidden
    assert not any(block.hidden for block in blocks if block.text == "Above the script")
    body_paragraphs = newsparse.parse(text).body
    assert all(not paragraph.startswith('"articleBody"') for paragraph in body_paragraphs)


def test_a_lower_case_line_hanging_under_a_short_cut_line_continues_it() -> None:
    # "<li><b>Most</b> powerful ...</li>": the formatter broke after the tag, the rest
    # of the item hangs 4 columns deeper. A line at the same depth starts anew.
    dump, _ = _source_dump()
    lines = [" " * 16 + "Pros", " " * 20 + "Most", " " * 24 + "powerful hardware ever"]
    lines += [" " * 20 + "Solid", " " * 20 + "selection of enhanced titles"]
    blocks = read_text(dump + "\n\n" + "\n".join(lines) + "\n").blocks
    assert [block.text for block in blocks[-4:]] == [
        "Pros",
        "Most powerful hardware ever",
        "Solid",
        "selection of enhanced titles",
    ]
