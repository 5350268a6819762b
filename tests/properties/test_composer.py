"""The composer itself: its cue lines are the lexicon's, so failures point at the parser."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from newsparse.lexicon import fold, lexicon
from tests import strategies
from tests.strategies import cjk, cyrillic, families, rtl

# --------------------------------------------------------------------------------------
# The composer itself: its cue lines are the lexicon's, so failures point at the parser
# --------------------------------------------------------------------------------------


def _holds_phrase(line: str, phrases: tuple[str, ...]) -> bool:
    return any(phrase in fold(line) for phrase in phrases)


def _is_sign_up(line: str) -> bool:
    """A sign-up line of the lexicon: a widget line or a boilerplate phrase ("newsletter")."""
    lex = lexicon()
    return fold(line) in lex.widget_lines or _holds_phrase(line, lex.boilerplate_phrases)


def _not_listed(
    tables: Mapping[str, tuple[Mapping[str, Sequence[str]], Collection[str]]],
) -> list[tuple[str, str]]:
    """The (kind, line) pairs of the composer's tables whose folded line no lexicon set lists."""
    return [
        (kind, line)
        for kind, (table, entries) in tables.items()
        for lines in table.values()
        for line in lines
        if fold(line) not in entries
    ]


def test_composer_cue_lines_are_lexicon_entries() -> None:
    lex = lexicon()
    tables = {
        "sidebar heading": (strategies.SIDEBAR_HEADINGS, lex.sidebar_headings),
        "comment heading": (strategies.COMMENT_HEADINGS, lex.comment_headings),
        "widget": (strategies.WIDGET_LINES, lex.widget_lines),
        "ad": (strategies.AD_LINES, lex.widget_lines),
        "navigation": (strategies.NAV_LINES, lex.navigation_lines),
        "section label": (strategies.SECTION_LABELS, lex.navigation_lines),
        "tag label": (strategies.TAG_LABELS, lex.tag_labels),
    }
    # "A+ A-" is a font-size widget's shape, no lexicon entry.
    missing = [pair for pair in _not_listed(tables) if pair[1] != "A+ A-"]
    missing += [
        ("comment policy", line)
        for lines in strategies.COMMENT_POLICY.values()
        for line in lines
        if not _holds_phrase(line, lex.comment_phrases)
    ]
    # A footer prints a copyright notice and service links.
    missing += [
        ("footer", line)
        for lines in strategies.FOOTERS.values()
        for line in lines
        if fold(line) not in lex.navigation_lines
        and not _holds_phrase(line, lex.boilerplate_phrases)
    ]
    # A sign-up box: its heading and buttons are lexicon lines, its pitch (one at most) is
    # plain text, and it holds a sign-up line (two service links alone read as a menu).
    boxes = [box for table in strategies.NEWSLETTER.values() for box in table]
    missing += [
        ("newsletter", line)
        for box in boxes
        for line in box
        if line not in strategies.NEWSLETTER_PITCHES
        and fold(line) not in lex.navigation_lines
        and not _is_sign_up(line)
    ]
    missing += [
        ("newsletter box without a sign-up line", " / ".join(box))
        for box in boxes
        if not any(map(_is_sign_up, box))
    ]
    missing += [
        ("newsletter box with two pitches", " / ".join(box))
        for box in boxes
        if len(strategies.NEWSLETTER_PITCHES.intersection(box)) > 1
    ]
    # A photo credit names its source with a credit cue ("Photo", "©", an agency).
    missing += [
        ("credit", line)
        for lines in strategies.CREDITS.values()
        for line in lines
        # "(Adam Berg/Associated Press)": a bracketed agency credit, read by its shape.
        if not _holds_phrase(line, lex.credit_cues) and not line.startswith("(")
    ]
    assert not missing


def test_cjk_composer_cue_lines_are_lexicon_entries() -> None:
    """The Japanese and Chinese pages' menu, share, related-box, tag-label and footer lines
    are lexicon entries (their skip links are not: no lexicon lists one)."""
    lex = lexicon()
    tables: dict[str, tuple[dict[str, tuple[str, ...]], Collection[str]]] = {
        "navigation": (cjk._NAV, lex.navigation_lines),
        "widget": (cjk._WIDGETS, lex.widget_lines),
        "sidebar heading": (cjk._SIDEBARS, lex.sidebar_headings),
        "tag label": (cjk._TAG_LABELS, lex.tag_labels),
        "footer": (cjk._FOOTERS, lex.navigation_lines),
    }
    assert not _not_listed(tables)


def test_arabic_composer_cue_lines_are_lexicon_entries() -> None:
    """The Arabic pages' menu, share, related-box, tag-label and footer lines are lexicon
    entries, and their copyright line holds a boilerplate phrase."""
    lex = lexicon()
    tables: dict[str, tuple[tuple[str, ...], Collection[str]]] = {
        "navigation": (rtl._NAV, lex.navigation_lines),
        "widget": (rtl._WIDGETS, lex.widget_lines),
        "sidebar heading": (rtl._SIDEBARS, lex.sidebar_headings),
        "tag label": (rtl._TAG_LABELS, lex.tag_labels),
        "footer": (rtl._FOOTERS, lex.navigation_lines),
    }
    missing = [
        (kind, line)
        for kind, (lines, entries) in tables.items()
        for line in lines
        if fold(line) not in entries
    ]
    assert not missing
    assert _holds_phrase("جميع الحقوق محفوظة © 2024", lex.boilerplate_phrases)


def test_russian_composer_cue_lines_are_lexicon_entries() -> None:
    """The Russian pages' menu, share, related-box, tag-label and footer lines are lexicon
    entries."""
    lex = lexicon()
    tables: dict[str, tuple[dict[str, tuple[str, ...]], Collection[str]]] = {
        "navigation": ({"ru": cyrillic._NAV}, lex.navigation_lines),
        "widget": ({"ru": cyrillic._WIDGETS}, lex.widget_lines),
        "sidebar heading": ({"ru": cyrillic._SIDEBARS}, lex.sidebar_headings),
        "tag label": ({"ru": cyrillic._TAG_LABELS}, lex.tag_labels),
        "footer": ({"ru": cyrillic._FOOTERS}, lex.navigation_lines),
    }
    assert not _not_listed(tables)


def test_paywall_gallery_and_player_cue_lines_are_lexicon_entries() -> None:
    """A paywall's notice holds a paywall phrase and its buttons are service lines, sign-up
    buttons or hold a boilerplate phrase; a gallery slide's credit holds a credit cue; a
    media player's buttons are player buttons."""
    lex = lexicon()
    missing = [
        ("paywall notice", line)
        for lines in families.PAYWALL_NOTICES.values()
        for line in lines
        if not _holds_phrase(line, lex.paywall_phrases)
    ]
    missing += [
        ("paywall button", line)
        for lines in families.PAYWALL_BUTTONS.values()
        for line in lines
        if fold(line) not in lex.navigation_lines | lex.sign_up_buttons and not _is_sign_up(line)
    ]
    missing += [
        ("player button", line)
        for lines in families.PLAYER_BUTTONS.values()
        for line in lines
        if fold(line) not in lex.player_buttons
    ]
    missing += [
        ("slide credit", line)
        for lines in families.SLIDE_CREDITS.values()
        for line in lines
        if not _holds_phrase(line.format(name="Jane Doe"), lex.credit_cues) and "/" not in line
    ]
    assert not missing
