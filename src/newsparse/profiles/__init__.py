"""Site and platform profiles: frozen values that add hints and rules to the generic pipeline.

A :class:`Profile` never forks the pipeline: it adds boilerplate lines, extra rules and
source weights, so a profile that does not match cannot make parsing worse. Profiles
come from :data:`BUILTIN_PROFILES`, from the ``newsparse.profiles`` entry-point group of
installed packages (``NEWSPARSE_NO_PLUGINS=1`` turns that off), or from the caller.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from importlib.metadata import entry_points
from itertools import repeat
from operator import attrgetter, contains
from urllib.parse import urlsplit

import attrs

from newsparse.document import Document
from newsparse.errors import ProfileError
from newsparse.extract import Field, NamedRule
from newsparse.lexicon import fold

__all__ = ["BUILTIN_PROFILES", "Profile", "load_plugin_profiles", "match_profile"]


def _folded_tuple(values: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    return tuple(fold(v) for v in values)


@attrs.frozen(kw_only=True)
class Profile:
    """Knowledge about one platform or site, as a value."""

    name: str
    """Unique profile name."""
    domains: tuple[str, ...] = attrs.field(default=(), converter=_folded_tuple)
    """Host names this profile applies to (a subdomain matches too), checked against ``url=``."""
    detect: Callable[[Document], bool] | None = None
    """Predicate over the document for dumps without a URL (generator meta, class names...).
    Must be a module-level function so that parsers stay picklable."""
    boilerplate: tuple[str, ...] = attrs.field(default=(), converter=_folded_tuple)
    """Extra whole lines to drop as boilerplate (matched like cue words, case-insensitively)."""
    rules: Mapping[Field, tuple[NamedRule, ...]] = attrs.field(factory=dict)
    """Extra rules per field, run after the generic ones."""
    weights: Mapping[str, float] = attrs.field(factory=dict)
    """Score multipliers by candidate source prefix (``{"meta:og:title": 0.5}``)."""
    priority: int = 0
    """Higher priorities are tried first; ties keep registration order."""

    def __attrs_post_init__(self) -> None:
        if not self.name:
            msg = "a profile needs a non-empty name"
            raise ProfileError(msg)
        for weight in self.weights.values():
            if weight < 0:
                msg = f"profile {self.name!r}: weights must be >= 0, got {weight!r}"
                raise ProfileError(msg)

    def matches(self, doc: Document) -> bool:
        """Return True when the URL host is one of ``domains`` or ``detect(doc)`` holds."""
        if self.domains and doc.url:
            host = (urlsplit(doc.url).hostname or "").casefold()
            if any(host == d or host.endswith("." + d) for d in self.domains):
                return True
        return self.detect is not None and self.detect(doc)


def _is_wordpress(doc: Document) -> bool:
    """WordPress pages declare their generator or carry its post-content class names."""
    if any(m.key == "generator" and "wordpress" in m.value.casefold() for m in doc.meta):
        return True
    # Membership tests per block rather than one union of every token: the union cost
    # more than a millisecond per page, and blocks share their token sets anyway.
    # The first scan (most pages fail it) runs in C: map and ``contains``, no generator.
    tokens = list(map(_TOKENS_OF, doc.blocks[:400]))
    return any(map(contains, tokens, repeat("entry-content"))) and any(
        "post" in t or "hentry" in t for t in tokens
    )


_TOKENS_OF = attrgetter("tokens")
"""A block's class/id tokens."""


BUILTIN_PROFILES: tuple[Profile, ...] = (
    Profile(
        name="wordpress",
        detect=_is_wordpress,
        boilerplate=("leave a reply", "cancel reply", "like this:", "like loading...", "related"),
    ),
)
"""Profiles for platforms, matched by document features, never by corpus sites."""


def load_plugin_profiles() -> tuple[Profile, ...]:
    """Load profiles registered under the ``newsparse.profiles`` entry-point group.

    Raises:
        ProfileError: An entry point failed to load or did not give a ``Profile``.
    """
    if os.environ.get("NEWSPARSE_NO_PLUGINS"):
        return ()
    found: list[Profile] = []
    for point in entry_points(group="newsparse.profiles"):
        try:
            value = point.load()
        except Exception as exc:  # a plugin's import error must name the plugin
            msg = f"profile plugin {point.name!r} failed to load: {exc}"
            raise ProfileError(msg) from exc
        if not isinstance(value, Profile):
            msg = f"profile plugin {point.name!r} gave {type(value).__name__}, not a Profile"
            raise ProfileError(msg)
        found.append(value)
    return tuple(found)


def match_profile(profiles: tuple[Profile, ...], doc: Document) -> Profile | None:
    """Return the first matching profile by priority, then registration order."""
    ordered = sorted(enumerate(profiles), key=lambda pair: (-pair[1].priority, pair[0]))
    for _, profile in ordered:
        if profile.matches(doc):
            return profile
    return None
