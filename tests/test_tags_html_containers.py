"""HTML tag lists that put each tag in a container of its own under the label."""

from __future__ import annotations

import newsparse

_PARAGRAPHS = "".join(
    f"<p>{text}</p>"
    for text in (
        "Rząd Chile ogłosił w poniedziałek nowe ograniczenia dla podróżnych przylatujących z "
        "Europy, a minister zdrowia zapowiedział dodatkowe testy na lotniskach w całym kraju.",
        "Według ministerstwa liczba nowych zakażeń wzrosła w ostatnim tygodniu o jedną trzecią, "
        "dlatego władze zdecydowały się na zaostrzenie przepisów dotyczących kwarantanny.",
        "Nowe zasady mają obowiązywać co najmniej do końca miesiąca, po czym rząd oceni ich "
        "skutki i zdecyduje, czy je przedłużyć, czy złagodzić w zależności od sytuacji.",
    )
)


def _tag(name: str) -> str:
    link = f'<a class="article-tag" href="/tagi/{name}">{name}</a>'
    return f'<div class="link"><div class="link__content">{link}</div></div>'


def _page(tags: list[str]) -> str:
    return (
        "<html><head><title>Chile zaostrza przepisy</title></head><body><article>"
        "<h1>Chile zaostrza przepisy dla podróżnych z Europy</h1>"
        f"{_PARAGRAPHS}"
        '<div class="tags-box"><span class="tags-title">Tagi:</span>'
        f'<div class="article-tags">{"".join(map(_tag, tags))}</div></div>'
        '<div class="reports-box"><span class="tags-title">Raporty:</span>'
        '<div class="report-tags"><div class="report"><a href="/raporty/1">Koronawirus - '
        "najważniejsze informacje</a></div></div></div>"
        "</article></body></html>"
    )


def test_every_tag_of_one_container_per_tag_is_read() -> None:
    tags = ["Chile", "Koronawirus na świecie", "Europa"]
    assert newsparse.parse(_page(tags)).tags == tuple(tags)
