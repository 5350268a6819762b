"""Profiles: matching order, validation, the documented example, platform detection."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

import newsparse
from newsparse import Profile
from newsparse.document import Block, Document, DumpKind
from newsparse.profiles import BUILTIN_PROFILES, match_profile

DOCS = Path(__file__).resolve().parent.parent / "docs" / "profiles.md"
HTML = (
    "<html><body><h1>Politik | Council approves the bridge</h1>"
    "<p>The city council approved the construction of a new bridge over the river.</p>"
    "<p>Work is expected to start in the autumn and to last about two years.</p></body></html>"
)


def _doc(url: str | None = None, tokens: frozenset[str] = frozenset()) -> Document:
    block = Block(index=0, text="x", lines=(0, 0), tokens=tokens)
    return Document(kind=DumpKind.HTML, blocks=(block,), url=url)


def test_documented_profile_example_runs() -> None:
    code = re.findall(r"```python\n(.*?)```", DOCS.read_text(encoding="utf-8"), re.S)[0]
    namespace: dict[str, Any] = {}
    exec(code, namespace)  # noqa: S102 -- the docs' own example, run as written
    article = newsparse.parse(HTML, profile=namespace["PROFILE"])
    assert article.headline == "Council approves the bridge"


def test_domain_matches_subdomains() -> None:
    profile = Profile(name="p", domains=("example.org",))
    assert profile.matches(_doc("https://news.example.org/a"))
    assert not profile.matches(_doc("https://example.org.evil.test/a"))


def test_priority_then_registration_order() -> None:
    low = Profile(name="low", domains=("example.org",))
    high = Profile(name="high", domains=("example.org",), priority=5)
    other = Profile(name="other", domains=("example.org",))
    chosen = match_profile((low, high, other), _doc("https://example.org/"))
    assert chosen is high
    assert match_profile((low, other), _doc("https://example.org/")) is low


def test_wordpress_is_detected_by_its_markup() -> None:
    doc = _doc(tokens=frozenset({"entry-content", "hentry"}))
    assert match_profile(BUILTIN_PROFILES, doc) is not None
    assert match_profile(BUILTIN_PROFILES, _doc()) is None


@pytest.mark.parametrize(
    "kwargs",
    [{"name": ""}, {"name": "w", "weights": {"meta:": -1.0}}],
    ids=["empty-name", "negative-weight"],
)
def test_invalid_profiles_raise_profile_error(kwargs: dict[str, Any]) -> None:
    with pytest.raises(newsparse.ProfileError):
        Profile(**kwargs)


def test_weights_change_the_winner() -> None:
    html = (
        "<html><head><meta property='og:title' content='SEO title for search engines'></head>"
        "<body><p>The city council approved the construction of a new bridge over the river.</p>"
        "<p>Work is expected to start in the autumn and to last about two years.</p></body></html>"
    )
    assert newsparse.parse(html).headline == "SEO title for search engines"
    muted = Profile(name="mute-og", weights={"meta:og:title": 0.0})
    assert newsparse.parse(html, profile=muted).headline != "SEO title for search engines"
