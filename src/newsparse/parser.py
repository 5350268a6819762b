"""The Parser: readers, field rules and profiles composed; the only module that knows stage order.

Data flow: ``dump → sniff → Document (from_text | from_html) → features → layout (body
region) → field rules → resolve → assemble (:mod:`newsparse.assemble`) → Article``. Every
stage is a pure function over frozen values, so a Parser can be shared between threads and
pickled into worker processes.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Mapping
from operator import attrgetter
from types import MappingProxyType
from typing import Any
from urllib.parse import urlsplit

import attrs

from newsparse.assemble import assemble
from newsparse.dates import capture_date
from newsparse.document import Document, DumpKind
from newsparse.document.from_html import read_html
from newsparse.document.from_text import read_text
from newsparse.errors import ArgumentTypeError, ConfigError, InputTooLargeError
from newsparse.extract import Context, Field, NamedRule, Rule, find_block_dates
from newsparse.extract.byline import authors_from_text
from newsparse.extract.byline_meta import authors_from_meta
from newsparse.extract.byline_names import plain
from newsparse.extract.chrome import chrome_labels
from newsparse.extract.date import (
    page_dates,
    published_from_meta,
    published_from_text,
    published_from_url,
    updated_from_meta,
    updated_from_text,
)
from newsparse.extract.dateline import dateline_from_body
from newsparse.extract.features import Cue, Features, describe_all
from newsparse.extract.headline import headline_from_meta, headline_from_text
from newsparse.extract.lang import detect_language
from newsparse.extract.layout import Layout, find_layout, prose_under
from newsparse.extract.structure import read_structure
from newsparse.extract.tags import tags_from_meta, tags_from_text
from newsparse.lexicon import Lexicon, fold, lexicon
from newsparse.model import Article, Label
from newsparse.profiles import BUILTIN_PROFILES, Profile, load_plugin_profiles, match_profile
from newsparse.resolve import Decision, decide
from newsparse.sniff import sniff

__all__ = ["Explanation", "Parser", "default_rules"]

_TEXT = attrgetter("text")

DEFAULT_MAX_INPUT_CHARS = 64_000_000
"""Inputs longer than this many characters raise InputTooLargeError (configurable)."""


def default_rules() -> Mapping[Field, tuple[NamedRule, ...]]:
    """Return the built-in rule table: for each field, its rules in order."""
    return MappingProxyType(
        {
            Field.HEADLINE: (
                NamedRule("meta", headline_from_meta),
                NamedRule("text", headline_from_text),
            ),
            Field.PUBLISHED: (
                NamedRule("meta", published_from_meta),
                NamedRule("text", published_from_text),
                NamedRule("url", published_from_url),
            ),
            Field.UPDATED: (
                NamedRule("meta", updated_from_meta),
                NamedRule("text", updated_from_text),
            ),
            Field.AUTHORS: (
                NamedRule("meta", authors_from_meta),
                NamedRule("text", authors_from_text),
            ),
            Field.TAGS: (NamedRule("meta", tags_from_meta), NamedRule("text", tags_from_text)),
            Field.DATELINE: (NamedRule("body", dateline_from_body),),
        }
    )


@attrs.frozen(kw_only=True)
class Explanation:
    """Why a parse came out as it did: the ranked candidates of every field."""

    kind: DumpKind
    """What the dump was sniffed as."""
    sniff_reason: str
    """How the dump was decoded and classified."""
    profile: str | None
    """Name of the profile that applied, if any."""
    decisions: Mapping[Field, Decision]
    """Per field, every candidate with its score and source."""


def _check_rules(rules: Mapping[Field, tuple[NamedRule, ...]]) -> None:
    for field, named in rules.items():
        if not isinstance(field, Field):
            msg = f"unknown field {field!r}; use newsparse.Field"
            raise ConfigError(msg)
        names = [r.name for r in named]
        if len(set(names)) != len(names):
            msg = f"duplicate rule names for {field.value}: {names}"
            raise ConfigError(msg)
        for r in named:
            if not callable(r.rule):
                msg = f"rule {r.name!r} of {field.value} is not callable"
                raise ConfigError(msg)


def _profiles(value: tuple[Profile, ...] | list[Profile]) -> tuple[Profile, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class Parser:
    """An immutable, picklable page-dump parser. Build once, call :meth:`parse` many times.

    Raises:
        ConfigError: On construction, for invalid options or rules.
    """

    rules: Mapping[Field, tuple[NamedRule, ...]] = attrs.field(factory=default_rules)
    """Per-field rule lists (see :func:`default_rules`)."""
    profiles: tuple[Profile, ...] = attrs.field(default=BUILTIN_PROFILES, converter=_profiles)
    """Profiles tried in priority order."""
    max_input_chars: int = DEFAULT_MAX_INPUT_CHARS
    """Longest accepted input, in characters (bytes for bytes input)."""
    quotes: bool = True
    """Find quotations; ``False`` leaves ``Article.quotes`` empty and saves roughly 10-20% of
    the parse time (for batches that never read quotes)."""

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.max_input_chars, int) or self.max_input_chars <= 0:
            msg = f"max_input_chars must be a positive int, got {self.max_input_chars!r}"
            raise ConfigError(msg)
        if not isinstance(self.quotes, bool):
            msg = f"quotes must be a bool, got {self.quotes!r}"
            raise ConfigError(msg)
        for profile in self.profiles:
            if not isinstance(profile, Profile):
                msg = f"profiles must be Profile values, got {type(profile).__name__}"
                raise ConfigError(msg)
        _check_rules(self.rules)

    def __getstate__(self) -> dict[str, Any]:
        return {
            "rules": dict(self.rules),
            "profiles": self.profiles,
            "max_input_chars": self.max_input_chars,
            "quotes": self.quotes,
        }

    def __setstate__(self, state: dict[str, Any]) -> None:
        object.__setattr__(self, "rules", MappingProxyType(state["rules"]))
        object.__setattr__(self, "profiles", state["profiles"])
        object.__setattr__(self, "max_input_chars", state["max_input_chars"])
        object.__setattr__(self, "quotes", state.get("quotes", True))

    @classmethod
    def default(cls) -> Parser:
        """Return the shared default parser (built-in plus plugin profiles), built once."""
        return _default_parser()

    def with_rule(
        self,
        field: Field,
        name: str,
        rule: Rule,
        *,
        before: str | None = None,
        after: str | None = None,
    ) -> Parser:
        """Return a copy with ``rule`` added to ``field``: last, or before/after a named rule."""
        current = list(self.rules.get(field, ()))
        anchor = before or after
        position = len(current)
        if anchor is not None:
            names = [r.name for r in current]
            if anchor not in names:
                msg = f"no rule named {anchor!r} for {field.value}"
                raise ConfigError(msg)
            position = names.index(anchor) + (1 if after else 0)
        current.insert(position, NamedRule(name, rule))
        rules = dict(self.rules)
        rules[field] = tuple(current)
        return attrs.evolve(self, rules=MappingProxyType(rules))

    def without_rule(self, field: Field, name: str) -> Parser:
        """Return a copy without the named rule of ``field``."""
        current = self.rules.get(field, ())
        if name not in [r.name for r in current]:
            msg = f"no rule named {name!r} for {field.value}"
            raise ConfigError(msg)
        rules = dict(self.rules)
        rules[field] = tuple(r for r in current if r.name != name)
        return attrs.evolve(self, rules=MappingProxyType(rules))

    def parse(
        self,
        dump: str | bytes,
        /,
        *,
        url: str | None = None,
        fetched: dt.date | None = None,
        language: str | None = None,
        profile: Profile | None = None,
    ) -> Article:
        """Parse one page dump (HTML or plain text) into an :class:`Article`.

        Args:
            dump: The page as ``str`` or raw ``bytes`` (decoded by BOM, declared charset,
                then detection).
            url: The page URL, when known: evidence for headline, date and site.
            fetched: When the page was fetched; no date later than this is returned.
            language: ISO 639-1 code to use instead of detection.
            profile: A profile to apply instead of matching one.

        Returns:
            The article; fields not found are ``None`` or empty.

        Raises:
            ArgumentTypeError: ``dump`` is not str or bytes, or an option has a wrong type.
            DecodingError: ``dump`` is bytes that are binary or not decodable text.
            InputTooLargeError: ``dump`` is longer than ``max_input_chars``.
        """
        return self._run(dump, url=url, fetched=fetched, language=language, profile=profile)[0]

    def parse_and_explain(
        self,
        dump: str | bytes,
        /,
        *,
        url: str | None = None,
        fetched: dt.date | None = None,
        language: str | None = None,
        profile: Profile | None = None,
    ) -> tuple[Article, Explanation]:
        """Like :meth:`parse`, and also return the :class:`Explanation` of every decision."""
        return self._run(dump, url=url, fetched=fetched, language=language, profile=profile)

    def _run(
        self,
        dump: str | bytes,
        *,
        url: str | None,
        fetched: dt.date | None,
        language: str | None,
        profile: Profile | None,
    ) -> tuple[Article, Explanation]:
        _check_arguments(dump, url, fetched, language, profile, self.max_input_chars)
        source = sniff(dump)
        if source.kind is DumpKind.HTML:
            # The page's UTF-8 bytes (as large as the page) go to the reader alone, which
            # drops them once its tree is built: held here, they would stay through the walk,
            # the parse's peak (a tenth of it on a 10 MB page).
            handed = [source.utf8]
            source = attrs.evolve(source, utf8=None)
            doc = read_html(source.text, url=url, utf8=handed.pop())
        else:
            doc = read_text(source.text, url=url)
        lex = lexicon()
        chosen = profile or match_profile(self.profiles, doc)
        chrome = chrome_labels(doc.blocks) if doc.kind is DumpKind.HTML else ()
        feats = _features(doc, lex, chosen, chrome)
        structure = read_structure(doc, feats, chrome) if doc.kind is DumpKind.HTML else None
        layout = find_layout(doc.blocks, feats, structure)
        lang = language or doc.lang_hint or _detect(doc, layout, lex)
        fetched_day = fetched.date() if isinstance(fetched, dt.datetime) else fetched
        if fetched_day is None and source.kind is DumpKind.HTML:
            # An archived copy names its capture day: the page's own fetch date.
            fetched_day = capture_date(source.text)
        block_dates = find_block_dates(doc.blocks, lang, fetched_day, fetched)
        date_order, latest_date = page_dates(block_dates)
        ctx = Context(
            doc=doc,
            lex=lex,
            feats=feats,
            layout=layout,
            lang=lang,
            fetched=fetched_day,
            site_names=_site_names(doc),
            date_order=MappingProxyType(date_order),
            latest_date=latest_date,
            block_dates=block_dates,
            chrome=chrome,
        )
        rules = dict(self.rules)
        if chosen is not None:
            for field, extra in chosen.rules.items():
                rules[field] = (*rules.get(field, ()), *extra)
        weights = chosen.weights if chosen is not None else None
        decisions, ctx = _decide_all(
            rules,
            ctx,
            weights,
            lambda floor: find_layout(doc.blocks, feats, structure, floor=floor),
        )
        article = assemble(doc, ctx, decisions, url, quotes=self.quotes)
        explanation = Explanation(
            kind=source.kind,
            sniff_reason=source.reason,
            profile=chosen.name if chosen else None,
            decisions=MappingProxyType(decisions),
        )
        return article, explanation


@functools.cache
def _default_parser() -> Parser:
    return Parser(profiles=(*BUILTIN_PROFILES, *load_plugin_profiles()))


def _decide_all(
    rules: Mapping[Field, tuple[NamedRule, ...]],
    ctx: Context,
    weights: Mapping[str, float] | None,
    relayout: Callable[[int], Layout],
) -> tuple[dict[Field, Decision], Context]:
    """Decide the headline first, then every other field with the headline's block known.

    The date line and byline sit just under the headline, which may be far above the
    found body start; later rules read the headline decision from ``ctx.headline_block``.
    When the found region holds the headline but no body under it (teasers over it won
    the region), the layout is found again under the headline (``relayout``, given the
    first block the region may start at) for the other fields and the article: the
    context they read is returned with the decisions.
    """

    def run(field: Field, context: Context) -> Decision:
        return decide((c for named in rules[field] for c in named.rule(context)), weights)

    decisions: dict[Field, Decision] = {}
    if Field.HEADLINE in rules:
        decisions[Field.HEADLINE] = run(Field.HEADLINE, ctx)
        winner = decisions[Field.HEADLINE].winner
        if winner is not None and winner.blocks:
            head = winner.blocks[0]
            if not prose_under(ctx.layout, head, ctx.doc.blocks):
                under = relayout(head + 1)
                if under.start < under.end:
                    ctx = attrs.evolve(ctx, layout=under)
            ctx = attrs.evolve(ctx, headline_block=head)
    for field in rules:
        if field is not Field.HEADLINE:
            decisions[field] = run(field, ctx)
    return _declared_authors_take_their_line(_tags_keep_their_lines(decisions)), ctx


def _tags_keep_their_lines(decisions: dict[Field, Decision]) -> dict[Field, Decision]:
    """Drop author candidates read off lines that the winning tag list claims.

    A tag list printed one tag a line ends in short capitalised lines ("Europäische
    Union") that read like a bare-name byline; a line that a tag list claims is a tag.
    """
    tags, authors = decisions.get(Field.TAGS), decisions.get(Field.AUTHORS)
    winner = tags.winner if tags is not None else None
    if winner is None or not winner.blocks or authors is None or not authors.ranked:
        return decisions
    claimed = set(winner.blocks)
    kept = tuple(c for c in authors.ranked if not (c.blocks and claimed.issuperset(c.blocks)))
    if len(kept) != len(authors.ranked):
        decisions[Field.AUTHORS] = Decision(ranked=kept)
    return decisions


def _declared_authors_take_their_line(decisions: dict[Field, Decision]) -> dict[Field, Decision]:
    """Give a declared author list that won the byline line printing the same names.

    A declaration (JSON-LD, ``rel=author``, an hCard) names no block, so when it outranks
    the visible byline that reads the same names, that line would lose its byline label
    for no reason: the winner takes the blocks of the best such candidate.
    """
    authors = decisions.get(Field.AUTHORS)
    winner = authors.winner if authors is not None else None
    if authors is None or winner is None or winner.blocks:
        return decisions
    # Spellings apart ("Jeré Longman" declared, "JERE LONGMAN" printed): see ``plain``.
    names = {plain(name) for name in winner.value}
    for candidate in authors.ranked[1:]:
        if candidate.blocks and {plain(name) for name in candidate.value} == names:
            ranked = (attrs.evolve(winner, blocks=candidate.blocks), *authors.ranked[1:])
            decisions[Field.AUTHORS] = Decision(ranked=ranked)
            break
    return decisions


def _check_arguments(  # noqa: PLR0917 -- mirrors parse()'s own arguments one to one
    dump: object, url: object, fetched: object, language: object, profile: object, limit: int
) -> None:
    if not isinstance(dump, str | bytes | bytearray | memoryview):
        msg = f"dump must be str or bytes, got {type(dump).__name__}"
        raise ArgumentTypeError(msg)
    if url is not None and not isinstance(url, str):
        msg = f"url must be a str or None, got {type(url).__name__}"
        raise ArgumentTypeError(msg)
    if fetched is not None and not isinstance(fetched, dt.date):
        msg = f"fetched must be a datetime.date or None, got {type(fetched).__name__}"
        raise ArgumentTypeError(msg)
    if language is not None and not isinstance(language, str):
        msg = f"language must be a str or None, got {type(language).__name__}"
        raise ArgumentTypeError(msg)
    if profile is not None and not isinstance(profile, Profile):
        msg = f"profile must be a newsparse.Profile or None, got {type(profile).__name__}"
        raise ArgumentTypeError(msg)
    if len(dump) > limit:
        msg = f"input of {len(dump):,} characters exceeds max_input_chars={limit:,}"
        raise InputTooLargeError(msg)


def _features(
    doc: Document,
    lex: Lexicon,
    profile: Profile | None,
    chrome: tuple[Label | None, ...] = (),
) -> tuple[Features, ...]:
    feats = describe_all(doc.blocks, lex, chrome)
    if profile is not None and profile.boilerplate:
        extra = frozenset(profile.boilerplate)
        for i, feat in enumerate(feats):
            if feat.folded in extra:
                feats[i] = attrs.evolve(
                    feat, cue=Cue.BOILERPLATE, cue_key=f"profile:{profile.name}"
                )
    return tuple(feats)


def _detect(doc: Document, layout: Layout, lex: Lexicon) -> str | None:
    blocks = doc.blocks[layout.start : layout.end] or doc.blocks
    return detect_language(" ".join(map(_TEXT, blocks[:60])), lex)


def _site_names(doc: Document) -> frozenset[str]:
    names = {fold(m.value) for m in doc.meta_values("site")}
    if doc.url:
        host = (urlsplit(doc.url).hostname or "").casefold()
        labels = [
            p
            for p in host.split(".")
            if p not in ("www", "m", "amp", "com", "net", "org", "co", "uk")
        ]
        names.update(labels)
        names.add(host)
        names.add(host.removeprefix("www."))
    names.discard("")
    return frozenset(names)
