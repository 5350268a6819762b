"""How many HTML blocks are page chrome, and what the parse makes of them (an audit).

Run from the repository root::

    python -m benchmarks.chrome_blocks --corpus ../shared/corpus

For every corpus page: its HTML blocks against its text dump's blocks, and the HTML blocks
split by what the reader alone could tell about them before any scoring: inside
``<nav>``/``<footer>``/``<aside>`` (a tag of the block's path), hidden, all link text
(``link_chars == len(text)``), and the structural aside label that
:func:`~newsparse.extract.structure.read_structure` gives. For each class it counts the
final labels of those blocks, to show whether labelling them without scoring would have
changed a field (a block of the class that ends as headline, body, byline... would).
"""

from __future__ import annotations

import argparse
import collections
import statistics
import sys

import newsparse
from benchmarks.corpus import load_pages, resolve_corpus
from newsparse.document.from_html import read_html
from newsparse.document.from_text import read_text
from newsparse.extract.structure import read_structure
from newsparse.lexicon import lexicon
from newsparse.model import Label
from newsparse.parser import _features
from newsparse.sniff import sniff

#: Elements whose blocks are the page's frame.
FRAME_TAGS = frozenset({"nav", "footer", "aside"})
#: Labels that a field (or the body) took: a block pre-labelled as chrome must not get these.
FIELD_LABELS = frozenset(
    {
        Label.HEADLINE,
        Label.DATE,
        Label.BYLINE,
        Label.TAGS,
        Label.DATELINE,
        Label.BODY,
        Label.CAPTION,
    }
)


def _strict_frame(tags: list[str]) -> bool:
    """Tell whether a tag path runs through the page frame, strictly.

    Through ``<nav>`` or ``<aside>``, or a ``<footer>`` under no ``<figure>`` or
    ``<article>`` (a figure's footer is its credit, an article's its byline or tags).
    """
    for index, tag in enumerate(tags):
        if tag in {"nav", "aside"}:
            return True
        if tag == "footer" and not {"figure", "article"} & set(tags[:index]):
            return True
    return False


def main(argv: list[str] | None = None) -> int:
    """Print the audit (see the module docstring)."""
    options = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    options.add_argument("--corpus")
    options.add_argument("--show", type=int, default=0, help="examples of field blocks per class")
    args = options.parse_args(argv)
    corpus = resolve_corpus(args.corpus)
    lex = lexicon()
    html_counts: list[int] = []
    text_counts: list[int] = []
    classes = ("frame", "frame-strict", "hidden", "all-link", "aside-label", "any")
    sizes: dict[str, list[int]] = {name: [] for name in classes}
    labels: dict[str, collections.Counter[str]] = {name: collections.Counter() for name in classes}
    field_pages: dict[str, set[str]] = {name: set() for name in classes}
    examples: dict[str, list[str]] = collections.defaultdict(list)
    for page in load_pages(corpus):
        source = sniff(page.read("html"))
        doc = read_html(source.text, utf8=source.utf8)
        article = newsparse.parse(page.read("html"), url=page.truth.url)
        text_doc = read_text(str(page.read("txt")))
        html_counts.append(len(doc.blocks))
        text_counts.append(len(text_doc.blocks))
        structure = read_structure(doc, _features(doc, lex, None))
        final = [segment.label for segment in article.segments]
        if len(final) != len(doc.blocks):
            continue
        counted = dict.fromkeys(classes, 0)
        for block, label, aside in zip(doc.blocks, final, structure.aside, strict=True):
            tags = block.tag_path.split("/")
            member = {
                "frame": not FRAME_TAGS.isdisjoint(tags),
                "frame-strict": _strict_frame(tags),
                "hidden": block.hidden,
                "all-link": block.link_chars >= len(block.text),
                "aside-label": aside is not None,
            }
            member["any"] = any(member.values())
            for name, inside in member.items():
                if not inside:
                    continue
                counted[name] += 1
                labels[name][label.value] += 1
                if label in FIELD_LABELS:
                    field_pages[name].add(page.directory.name)
                    if len(examples[name]) < args.show:
                        examples[name].append(
                            f"{page.directory.name}: {label.value} {block.tag_path} "
                            f"{block.text[:70]!r}"
                        )
        for name in classes:
            sizes[name].append(counted[name])
    median = statistics.median
    print(f"{len(html_counts)} pages")
    print(
        f"blocks a page: html median {median(html_counts)} mean "
        f"{statistics.mean(html_counts):.1f}; text dump median {median(text_counts)} mean "
        f"{statistics.mean(text_counts):.1f}"
    )
    total = sum(html_counts)
    for name in classes:
        count = sum(sizes[name])
        fields = sum(labels[name][label.value] for label in FIELD_LABELS)
        print(
            f"{name:12s} {count:6d} blocks ({count / total:5.1%}), median "
            f"{median(sizes[name])} a page; {fields} end with a field/body label, on "
            f"{len(field_pages[name])} pages"
        )
        print(f"{'':12s} labels: {dict(labels[name].most_common())}")
    for name, lines in examples.items():
        print(f"-- {name}")
        for line in lines:
            print(f"   {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
