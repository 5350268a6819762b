"""Time and memory of ``newsparse.parse`` on 1, 10 and 50 MB dumps: is parsing linear?

Run from the repository root::

    python -m benchmarks.scaling                      # all kinds, 1/10/50 MB
    python -m benchmarks.scaling --sizes 1 10 --kind text-adversarial

Every (kind, size) runs in a fresh subprocess, so ``ru_maxrss`` (the peak resident set)
measures that parse alone: the reported memory is the growth of the peak during
``parse`` over the peak after the dump was built, divided by the dump's UTF-8 size. The
linearity ratio is ``time(10 MB) / (10 x time(1 MB))``: 1.0 is exactly linear.

The dumps are made up, never copied from a corpus:

* ``text-realistic`` / ``html-realistic``: synthetic articles (headline, byline, date,
  paragraphs with quotes) between navigation, share bars, "Most read" sidebars, tag lines
  and newsletter boxes, repeated to the size;
* ``text-adversarial`` / ``html-adversarial``: chunks of what stresses regexes and loops
  (runs of quote marks, dashes, digits and dots, ``"By "`` and ``"Tags: "`` runs, dense
  dates, combining marks, RTL, NUL, pathological white space; for HTML also unclosed
  nesting, giant attributes, broken tags and entities), repeated to the size;
* ``text-one-line`` / ``html-one-line``: the whole size as one line (one block) of words.

:data:`ADVERSARIAL_CASES` (named single inputs) is shared with ``tests/test_robustness.py``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Callable

MB = 1_000_000

_HTML_HEAD = (
    "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>"
    "<meta property='og:title' content='{title}'>"
    '<script type=\'application/ld+json\'>{{"@type":"NewsArticle","headline":"{title}",'
    '"datePublished":"2024-05-03T10:00:00Z","author":{{"name":"Jane Doe"}}}}</script>'
    "</head><body>"
)


def _html_page(body: str, title: str = "Synthetic headline") -> str:
    return _HTML_HEAD.format(title=title) + body + "</body></html>"


def _realistic_text_chunk(i: int) -> str:
    paragraph = (
        f"The council voted {i} to 3 on Tuesday to approve the new transit plan, which "
        "officials said would cut travel times across the city by a fifth. “We have waited "
        "a long time for this,” said Maria Lopez, who chairs the committee. Critics argued "
        "that the cost, estimated at $2.1 billion, had not been explained to residents."
    )
    return "\n".join(
        [
            "Home | World | Politics | Business | Sport | Opinion",
            "",
            f"Council approves transit plan number {i}",
            "",
            "By Jane Doe and John Smith",
            "May 3, 2024, 10:00 AM",
            "",
            *([paragraph, ""] * 6),
            "Share on Facebook  Share on Twitter  Email",
            "Tags: transit, council, city budget",
            "",
            "Most read",
            *[f"{n}. Another headline about something else entirely" for n in range(1, 6)],
            "",
            "Sign up for our newsletter. Enter your email address",
            "© 2024 Example News. All rights reserved.",
            "",
            "",
        ]
    )


def _realistic_html_chunk(i: int) -> str:
    paragraph = (
        f"<p>The council voted {i} to 3 on Tuesday to approve the <a href='/plan'>new transit "
        "plan</a>, which officials said would cut travel times across the city by a fifth. "
        "“We have waited a long time for this,” said Maria Lopez, who chairs the committee. "
        "Critics argued that the cost, estimated at $2.1 billion, had not been explained.</p>"
    )
    nav = "".join(f"<li><a href='/s{n}'>Section {n}</a></li>" for n in range(8))
    most_read = "".join(f"<li><a href='/a{n}'>Another headline {n}</a></li>" for n in range(5))
    return (
        f"<header class='site-header'><nav class='main-nav'><ul>{nav}</ul></nav></header>"
        "<main><article class='story'>"
        f"<h1 class='headline'>Council approves transit plan number {i}</h1>"
        "<div class='byline'>By <a rel='author' href='/jd'>Jane Doe</a></div>"
        "<time datetime='2024-05-03T10:00:00Z'>May 3, 2024</time>"
        "<div class='share-bar'><a>Facebook</a><a>Twitter</a><a>Email</a></div>"
        f"<div class='article-body'>{paragraph * 6}</div>"
        "<div class='tags'>Tags: <a rel='tag'>transit</a>, <a rel='tag'>council</a></div>"
        "</article>"
        f"<aside class='sidebar most-read'><h2>Most read</h2><ol>{most_read}</ol></aside>"
        "<div class='newsletter' style='display:none'>Sign up for our newsletter</div>"
        "</main><footer><p>© 2024 Example News. All rights reserved.</p></footer>\n"
    )


def _adversarial_text_chunk(i: int) -> str:
    return "\n".join(
        [
            "“" * 500 + " " + "”" * 500,
            '"' * 300 + " a " + "'" * 300,
            "-" * 400 + " " + "—" * 400 + " " + "–" * 200,
            "1.1.1.1." * 120,
            "9" * 40 + " " + "2024-01-01 " * 40 + "12/12/2012 " * 20,
            "January 1, " * 40 + "3. Mai " * 40,
            "By " * 300 + "Jane Doe",
            "Tags: " + "a " * 300,
            "Tags: " + "a, " * 300,
            "LONDON, " * 60 + "— text",
            "Z" + "\u0301\u0308\u0327" * 100,
            "هذا نص عربي يقول «شيئا» مهما. " * 10,
            "זהו טקסט בעברית עם ״ציטוט״. " * 10,
            "nul\x00byte " * 20,
            " \t\u00a0\u2003\u200b" * 100 + "x",
            "a" * 30 + "@" + "b" * 30 + "." + "c" * 30,
            "(" * 100 + "x" + ")" * 100,
            f"Chunk {i}: “Quoted words,” said Someone Important. “More words” " * 8,
            "",
            "\n" * 20,
            "x\n" * 50,
        ]
    )


def _adversarial_html_chunk(i: int) -> str:
    return (
        "<div>" * 300
        + "x"
        + "<span><b>" * 100
        + f"<p class='{'a-b_c ' * 300}' style='{'display :' * 100}'>giant attribute {i}</p>"
        + "<p>" + "<" * 200 + "p x" + "</p>"
        + "<!-- comment -- - > --> <![CDATA[ x ]] <?pi "
        + "<p>" + "&amp;&#x1F600;&#0;&#xD800;&#99999999999;&nbsp;" * 20 + "</p>"
        + "<p>" + "x</p><p>" * 100 + "</p>"
        + "<br>" * 200
        + "<time datetime='2024-01-01'>Jan 1</time>" * 10
        + "<h1>Headline here</h1>" * 5
        + "<blockquote>" + "“" * 300 + "</blockquote>"
        + "<p>" + "By " * 100 + "</p><p>Tags: " + "a, " * 100 + "</p>"
        + "<p>" + "2024-01-01 " * 30 + "</p>"
        + "<p>" + "Z" + "\u0301\u0308\u0327" * 100 + "</p>"
        + "</b></span>" * 100
        + "</div>" * 300
        + "\n"
    )  # fmt: skip


def _repeat(chunk: Callable[[int], str], size: int, prefix: str = "", suffix: str = "") -> str:
    parts = [prefix]
    total = len(prefix) + len(suffix)
    i = 0
    while total < size:
        piece = chunk(i)
        parts.append(piece)
        total += len(piece)
        i += 1
    parts.append(suffix)
    return "".join(parts)


def build_dump(kind: str, size: int) -> str:
    """Build a made-up dump of about ``size`` characters.

    Args:
        kind: One of :data:`KINDS`.
        size: Target length in characters.

    Returns:
        The dump.
    """
    head = _HTML_HEAD.format(title="Synthetic headline")
    if kind == "text-realistic":
        return _repeat(_realistic_text_chunk, size)
    if kind == "html-realistic":
        return _repeat(_realistic_html_chunk, size, head, "</body></html>")
    if kind == "text-adversarial":
        return _repeat(_adversarial_text_chunk, size)
    if kind == "html-adversarial":
        return _repeat(_adversarial_html_chunk, size, head, "</body></html>")
    if kind == "text-one-line":
        return "word " * (size // 5)
    if kind == "html-one-line":
        return _html_page("<p>" + "word " * (size // 5) + "</p>")
    msg = f"unknown kind {kind!r}"
    raise ValueError(msg)


KINDS = (
    "text-realistic",
    "text-adversarial",
    "text-one-line",
    "html-realistic",
    "html-adversarial",
    "html-one-line",
)
"""Dump kinds :func:`build_dump` makes."""


def _billion_laughs() -> str:
    entities = ['<!ENTITY lol "lol">'] + [
        f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10 if n > 1 else "&lol;" * 10}">'
        for n in range(1, 10)
    ]
    return (
        f'<?xml version="1.0"?><!DOCTYPE lolz [{"".join(entities)}]>'
        "<html><body><h1>&lol9;</h1><p>&lol9; &lol9;</p></body></html>"
    )


_XXE = (
    '<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">'
    '<!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd"> %remote;]>'
    "<html><head><title>&xxe;</title></head><body><h1>&xxe;</h1>"
    "<p>&xxe; and some words around it.</p></body></html>"
)


def _body_then(n: int, line: str) -> str:
    """A text dump of ``n`` paragraphs followed by ``n`` lines made from ``line``."""
    body = "".join(
        f"The minister said on Tuesday that plan {i} would cut energy prices for families.\n\n"
        for i in range(n)
    )
    return "Headline of the story\n\n" + body + "".join(line.format(i=i) + "\n" for i in range(n))


def _surname(i: int) -> str:
    """A distinct made-up surname of letters for ``i`` ("Doa", "Dob", ..., "Doaa", ...)."""
    letters = ""
    i += 1
    while i:
        i, rest = divmod(i - 1, 26)
        letters = "abcdefghijklmnopqrstuvwxyz"[rest] + letters
    return "Do" + letters


def _declared_authors(n: int) -> str:
    """A page declaring ``n`` distinct authors in <meta> and printing each at its top."""
    head = "".join(f'<meta name="author" content="Jane {_surname(i)}">' for i in range(n))
    names = "".join(f"<p>Jane {_surname(i)}</p>" for i in range(n))
    body = "<p>The minister said on Tuesday that the plan would cut prices.</p>" * 5
    return _HTML_HEAD.format(title="T").replace("</head>", head + "</head>") + names + body


def _declared_cjk_authors(n: int) -> str:
    """A page whose JSON-LD declares ``n`` distinct four-character Han names."""
    han = "松岡大地田中山本佐藤鈴木高橋伊渡辺"
    people = ",".join(
        '{"@type":"Person","name":"' + "".join(han[(i >> s) % 16] for s in (0, 4, 8, 12)) + '"}'
        for i in range(n)
    )
    return (
        '<html><head><script type="application/ld+json">{"@type":"NewsArticle",'
        f'"headline":"H","author":[{people}]}}</script></head><body>'
        "<p>The minister said on Tuesday that the plan would cut prices.</p></body></html>"
    )


ADVERSARIAL_CASES: dict[str, Callable[[], str | bytes]] = {
    # Empty and blank.
    "empty-str": lambda: "",
    "empty-bytes": lambda: b"",
    "whitespace-only": lambda: " \n\t\r\n \u00a0\u2003 " * 1000,
    "whitespace-pathological-text": lambda: (
        " \t\u00a0\u2003\u200b" * 200_000 + "x" + "\n \n" * 200_000
    ),
    "whitespace-pathological-html": lambda: _html_page(
        "<p>" + " \u00a0\u2009\n" * 500_000 + "</p>" + "<br>" * 100_000
    ),
    # Encodings.
    "nul-bytes-str": lambda: "Hello\x00world\n" * 1000,
    "nul-bytes-html": lambda: _html_page("<p>a\x00b</p>" * 1000),
    "lone-surrogates-text": lambda: "Title\n\n" + "text \ud800 more \udfff\n" * 1000,
    "lone-surrogates-html": lambda: _html_page("<p>x\ud800y</p>" * 100),
    "mixed-encodings": lambda: ("Café ".encode() + "Café ".encode("cp1252")) * 1000,
    "cp1252-bytes": lambda: ("Café “quoted” — naïve\n" * 200).encode("cp1252"),
    "latin1-declared": lambda: (
        _html_page("<p>Café naïve</p>").replace("utf-8", "iso-8859-1").encode("latin-1")
    ),
    "utf16-bom": lambda: _html_page("<p>Hello wörld</p>" * 100).encode("utf-16"),
    "utf16le-no-bom": lambda: _html_page("<p>Hello world</p>" * 100).encode("utf-16-le"),
    "utf32-bom": lambda: ("Hello world\n" * 100).encode("utf-32"),
    "declared-base64": lambda: b'<meta charset="base64"><p>hi</p>' + "é".encode("cp1252") * 100,
    "declared-idna": lambda: b'<meta charset="idna"><p>hi</p>' + "é".encode("cp1252") * 100,
    "declared-undefined": lambda: (
        b'<meta charset="undefined"><p>hi</p>' + "é".encode("cp1252") * 100
    ),
    "declared-utf7": lambda: (
        b'<meta charset="utf-7"><p>+ADw-script+AD4-</p>' + "é".encode("cp1252") * 100
    ),
    "declared-unicode-escape": lambda: (
        b'<meta charset="unicode_escape"><p>\\N{x}</p>' + "é".encode("cp1252") * 100
    ),
    # Scripts and marks.
    "rtl-arabic": lambda: (
        "عنوان المقال\n\n" + ("هذا نص عربي طويل يقول «شيئا» مهما. " * 20 + "\n\n") * 50
    ),
    "rtl-hebrew-html": lambda: _html_page(
        "<h1>כותרת</h1>" + "<p>זהו טקסט בעברית עם ״ציטוט״ ארוך.</p>" * 100
    ),
    "combining-run-300k": lambda: "Z" + "\u0301\u0308\u0327" * 100_000 + "\n",
    "combining-html": lambda: _html_page("<p>" + "a\u0301" * 200_000 + "</p>"),
    # Nesting and markup.
    "nesting-div-100k": lambda: _html_page("<div>" * 100_000 + "x" + "</div>" * 100_000),
    "nesting-mixed-100k": lambda: _html_page("<div><span><b>" * 33_334 + "x"),
    "nesting-p-100k": lambda: _html_page("<p>" * 100_000 + "x"),
    "nesting-li-100k": lambda: _html_page("<ul><li>" * 50_000 + "x"),
    "nesting-table-30k": lambda: _html_page("<table><tr><td>" * 30_000 + "x"),
    "nesting-blockquote-100k": lambda: _html_page("<blockquote>" * 100_000 + "“hi”"),
    "nesting-bare-100k": lambda: "<div>" * 100_000 + "x",
    # Text at every level: past the fallback reader's depth cap all of it lands on one
    # element (it once cost time quadratic in the page's size).
    "nesting-text-every-level-100k": lambda: _html_page("<div>Some words here " * 100_000),
    "nesting-closed-paragraphs-100k": lambda: _html_page(
        "<div><p>Some words here</p>" * 100_000 + "</div>" * 100_000
    ),
    "nesting-author-props-50k": lambda: _html_page(
        '<div><span itemprop="author">Jane Doe</span>' * 50_000 + "</div>" * 50_000
    ),
    # Void elements past the depth cap are all children of one element: finding the last
    # child by counting them was quadratic.
    "nesting-text-br-64k": lambda: _html_page("<div>Some words<br>" * 64_000),
    "nesting-figure-img-64k": lambda: _html_page(
        "<figure><img src='/a.jpg'><figcaption>Photo by Jane Doe</figcaption>" * 64_000
    ),
    "brackets-100k": lambda: "(" * 100_000 + "x" + ")" * 100_000,
    "billion-laughs": _billion_laughs,
    "xxe-file-and-network": lambda: _XXE,
    "giant-attribute-10mb": lambda: _html_page(
        '<div class="' + "a" * (10 * MB) + '"><p>Hello there world.</p></div>'
    ),
    "giant-attribute-tokens": lambda: _html_page(
        '<div class="' + "a-b_c " * MB + '"><p>Hello there world.</p></div>'
    ),
    "single-line-5mb-text": lambda: "word " * MB,
    "single-line-5mb-html": lambda: _html_page("<p>" + "word " * MB + "</p>"),
    "many-lines-1m": lambda: "x\n" * MB,
    # Thousands of tag lines under a long body: each list read searches the body.
    "many-tag-lines-8k": lambda: _body_then(8000, "Tags: Energy{i}, Prices{i}, Government{i}"),
    "many-glued-tag-lines-8k": lambda: _body_then(8000, "TagsEnergy Prices Government Plan{i}"),
    # Thousands of colon-labelled teasers under a long body: each split its title by
    # searching the body (sixteenth round).
    "many-colon-label-lines-8k": lambda: _body_then(
        8000, "READ MORE: Council approves transit plan number {i}"
    ),
    # Thousands of long lines under a long body: each was searched for the opening of every
    # paragraph above it (the article-copy test).
    "many-long-lines-under-body-4k": lambda: _body_then(
        4000, "Line {i} " + "of many words that run on without a stop " * 30
    ),
    # Thousands of declared authors: each was looked for in the names kept so far and in
    # the text at the top of the page.
    "many-declared-authors-64k": lambda: _declared_authors(64_000),
    "many-declared-cjk-authors-64k": lambda: _declared_cjk_authors(64_000),
    "many-blank-lines-5m": lambda: "\n" * (5 * MB) + "x",
    "broken-tags": lambda: "<html><body><" + "<" * 100_000 + "p>x</p></body></html>",
    "comment-unclosed": lambda: "<!--" + "-" * 100_000,
    "cdata-and-pis": lambda: (
        "<html><body>" + "<![CDATA[" * 10_000 + "<?xml " * 10_000 + "</body></html>"
    ),
    "entities": lambda: _html_page(
        "<p>" + "&amp;&#x1F600;&#0;&#xD800;&#99999999999;&nbsp;" * 100_000 + "</p>"
    ),
    "jsonld-deep": lambda: (
        '<html><head><script type="application/ld+json">'
        + "[" * 100_000
        + "]" * 100_000
        + "</script></head><body><p>x</p></body></html>"
    ),
    "jsonld-nan-huge-int": lambda: (
        '<html><head><script type="application/ld+json">{"headline":NaN,"datePublished":'
        + "9" * 100_000
        + ',"author":Infinity}</script></head><body><p>x</p></body></html>'
    ),
    # Regex-adversarial strings.
    "letters-then-bang": lambda: "a" * 100_000 + "!",
    "straight-quotes": lambda: '"' * 100_000,
    "curly-quotes": lambda: "“" * 100_000 + "\n" + "”" * 100_000,
    "open-quote-runs": lambda: "“Hello, " * 50_000 + "said John.",
    "dashes": lambda: "-" * 100_000 + "\n" + "—" * 100_000,
    "digits": lambda: "1" * 100_000,
    "dotted-digits": lambda: "1." * 100_000,
    "iso-dates-run": lambda: "2024-01-01 " * 100_000,
    "month-dates-run": lambda: "January 1, " * 100_000,
    "by-run": lambda: "By " * 50_000,
    "by-names": lambda: "By " + "John Smith, " * 50_000,
    "tags-words": lambda: "Tags: " + "a " * 100_000,
    "tags-commas": lambda: "Tags: " + "a, " * 100_000,
    "email-like": lambda: "a" * 50_000 + "@" + "b" * 50_000,
    "long-words": lambda: ("a" * 100_000 + " ") * 5,
    # Many quotes in one paragraph: each quote once copied or split the whole paragraph.
    "quotes-attributed-one-paragraph-64k": lambda: (
        "Headline of the story\n\n" + "“Hello there,” said John. " * 64_000 + "\n"
    ),
    "quotes-unattributed-one-paragraph-16k": lambda: (
        "Headline of the story\n\n" + "“Hello there my friend” " * 16_000 + "\n"
    ),
    # Thousands of names and pronouns in one paragraph: each pronoun's referent search
    # filtered every name of the paragraph by gender (sixteenth round).
    "quotes-pronouns-one-paragraph-10k": lambda: (
        "Headline of the story\n\n"
        + "".join(
            f"Jean {_surname(i)} a déclaré que « la situation est grave ». "
            "Il a ajouté que « rien ne change ».\n"
            for i in range(10_000)
        )
    ),
    # Thousands of unclaimed quotes after "que" in one paragraph: the last look at them
    # read the paragraph from its start for each (sixteenth round).
    "quotes-clause-openers-one-paragraph-16k": lambda: (
        "Headline of the story\n\n"
        + "Jean Dupont parle de ceux que “nous sommes ici maintenant” et " * 16_000
    ),
    # Scare quotes chained in one paragraph: the chain was copied for each link and the
    # heading test split the paragraph for each quote (sixteenth round).
    "quotes-scare-chain-one-paragraph-40k": lambda: (
        "Headline of the story\n\n" + "a “b c d” e " * 40_000
    ),
    "stop-runs-in-quotes": lambda: (
        "Headline of the story\n\n"
        + ("Some words here, and more. " * 8 + "“" + "!" * 50_000 + " said,” she said.\n\n") * 3
    ),
}
"""Named single hostile inputs, for ``tests/test_robustness.py`` and ad-hoc timing."""


def _child(kind: str, size: int) -> dict[str, float]:
    import newsparse  # imported here so the parent's timing excludes nothing of the child's

    dump = build_dump(kind, size)
    newsparse.parse("warm up <p>the lexicon and regexes</p>")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    start, cpu = time.perf_counter(), time.process_time()
    article = newsparse.parse(dump)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    return {
        "seconds": seconds,
        "cpu": cpu,
        "bytes": float(len(dump.encode("utf-8", "surrogatepass"))),
        "peak_growth": float(max(0, after - before)),
        "segments": float(len(article.segments)),
    }


def measure(kind: str, size_mb: int, timeout: float) -> dict[str, float] | None:
    """Parse one dump in a fresh subprocess.

    Args:
        kind: One of :data:`KINDS`.
        size_mb: Size in MB.
        timeout: Seconds before the child is killed (reported as a hang).

    Returns:
        Wall and CPU seconds, UTF-8 bytes, peak RSS growth and segment count; ``None`` on timeout;
        ``returncode`` when the child died.
    """
    command = [sys.executable, "-m", "benchmarks.scaling", "--child", kind, str(size_mb)]
    try:
        done = subprocess.run(  # noqa: S603 -- our own module, fixed arguments
            command, capture_output=True, text=True, timeout=timeout, check=True
        )
    except subprocess.TimeoutExpired:
        return None
    except subprocess.CalledProcessError as error:
        # The child died (killed, out of memory): report it rather than stop the table.
        return {"seconds": float("nan"), "bytes": float("nan"), "returncode": error.returncode}
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main(argv: list[str] | None = None) -> int:
    """Run the scaling benchmark and print a table; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--kind", action="append", choices=KINDS, help="default: all")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 10, 50], help="MB")
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds per parse")
    parser.add_argument("--child", nargs=2, metavar=("KIND", "MB"), help=argparse.SUPPRESS)
    options = parser.parse_args(argv)
    if options.child:
        kind, size = options.child
        print(json.dumps(_child(kind, int(size) * MB)))
        return 0
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs; one run per cell")
    # CPU seconds beside wall seconds: on a shared machine the wall clock also counts
    # the time other processes held the CPU.
    print("| kind | MB | seconds | CPU s | MB/s | peak RSS growth | x input | 10MB/(10x1MB) |")
    print("|---|---|---|---|---|---|---|---|")
    for kind in options.kind or KINDS:
        times: dict[int, float] = {}
        for size in options.sizes:
            result = measure(kind, size, options.timeout)
            if result is None:
                print(f"| {kind} | {size} | HANG (>{options.timeout:.0f} s) | | | | | |")
                continue
            if "returncode" in result:
                print(f"| {kind} | {size} | FAILED (exit {result['returncode']:.0f}) | | | | | |")
                continue
            times[size] = result["seconds"]
            ratio = ""
            if size == 10 and 1 in times:
                ratio = f"{times[10] / (10 * times[1]):.2f}"
            mb = result["bytes"] / MB
            print(
                f"| {kind} | {size} | {result['seconds']:.2f} | {result['cpu']:.2f} "
                f"| {mb / result['seconds']:.1f} "
                f"| {result['peak_growth'] / MB:.0f} MB "
                f"| {result['peak_growth'] / result['bytes']:.1f} | {ratio} |",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
