"""A paragraph right after an image that repeats the image's alt text is its caption."""

from __future__ import annotations

from newsparse.document import BlockKind
from newsparse.document.from_html import read_html

_ALT = "The mayor says the town will keep its old bridge open to traffic through the winter."


def _kinds(body: str) -> dict[str, BlockKind]:
    return {b.text: b.kind for b in read_html(f"<html><body>{body}</body></html>").blocks}


def test_block_repeating_the_alt_text_after_an_image_is_a_caption() -> None:
    body = (
        f'<div class="story"><div><img src="m.jpg" alt="{_ALT}"></div>'
        f"<div>{_ALT}</div><p>The council voted on Tuesday.</p></div>"
    )
    kinds = _kinds(body)
    assert kinds[_ALT] is BlockKind.CAPTION
    assert kinds["The council voted on Tuesday."] is BlockKind.TEXT


def test_title_counts_when_there_is_no_alt() -> None:
    kinds = _kinds(f'<div><img src="m.jpg" title="{_ALT}"></div><p>{_ALT}</p>')
    assert kinds[_ALT] is BlockKind.CAPTION


def test_only_the_first_block_after_the_image_is_compared() -> None:
    body = f'<img src="m.jpg" alt="{_ALT}"><p>The council voted on Tuesday.</p><p>{_ALT}</p>'
    assert _kinds(body)[_ALT] is BlockKind.TEXT


def test_a_different_paragraph_after_an_image_stays_text() -> None:
    body = f'<img src="m.jpg" alt="Bridge"><p>{_ALT}</p>'
    assert _kinds(body)[_ALT] is BlockKind.TEXT


def test_alt_text_may_add_the_sites_name() -> None:
    """An alt text that is the caption and the site's name after a dash ("<caption> - Site")."""
    body = f'<div><img src="m.jpg" alt="{_ALT} - Daily Example"></div><div>{_ALT}</div>'
    assert _kinds(body)[_ALT] is BlockKind.CAPTION


def test_a_linked_title_under_an_image_with_the_sites_name_stays_text() -> None:
    """Negative: a teaser's linked title under its picture ("<title> - Site" in the alt text)."""
    title = "Harbour ferry returns next spring"
    image = f'<div><img src="m.jpg" alt="{title} - Daily Example"></div>'
    body = f'{image}<div><a href="/f">{title}</a></div>'
    assert _kinds(body)[title] is BlockKind.TEXT


def test_a_heading_repeating_the_alt_text_stays_a_heading() -> None:
    # A post's picture carries the post's title as alt text, over the title's <h1>.
    body = f'<img src="m.jpg" alt="{_ALT}"><h1>{_ALT}</h1><p>The council voted on Tuesday.</p>'
    assert _kinds(body)[_ALT] is BlockKind.HEADING
