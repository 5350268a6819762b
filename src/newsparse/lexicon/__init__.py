"""Per-language cue words, loaded once from the TOML files beside this module.

Each ``<lang>.toml`` holds data only (month names, byline prefixes, section headings,
widget strings...). :func:`lexicon` merges every language into one :class:`Lexicon`:
pages mix languages (a German article under an English share bar), so cues from all
languages apply, while ``stopwords`` stay per language for language identification.
"""

from __future__ import annotations

import functools
import re
import tomllib
import unicodedata
from collections.abc import Iterable
from importlib import resources
from typing import Any

import attrs

__all__ = [
    "LANGUAGES",
    "SCRIPT_STOPS",
    "SENTENCE_STOPS",
    "Lexicon",
    "fold",
    "lexicon",
    "longest_first",
    "occurrence_pattern",
]

LANGUAGES: tuple[str, ...] = (
    "ar",
    "cs",
    "da",
    "de",
    "el",
    "en",
    "es",
    "fa",
    "fr",
    "hi",
    "id",
    "is",
    "it",
    "ja",
    "ko",
    "lv",
    "nl",
    "no",
    "pl",
    "pt",
    "ru",
    "sv",
    "th",
    "tr",
    "uk",
    "vi",
    "zh",
)
"""The languages that have a cue-word file."""

SCRIPT_STOPS = "\u0964\u0965\u061f\u06d4\u0589\u1362\u1367\u104b\u17d4\u17d5\u037e"
"""Sentence stops of scripts beyond the Latin and CJK ones, which the text rules read as they
read ".", "?" and "。": the danda and double danda ("।", "॥": Hindi, Bengali, Marathi...), the
Arabic question mark "؟" and full stop "۔" (Urdu), the Armenian full stop "։", the Ethiopic
full stop and question mark ("።", "፧"), the Myanmar section mark "။" and the Khmer stops "។",
"៕", and the Greek question mark ";" (U+037E; the ASCII ";" a Greek page may type for it is
read as a semicolon). Not the Arabic comma "،" nor the Ethiopic word space "፡"; Thai writes no
stop at all (a space ends its sentences); not the Tibetan shad "།", which ends clauses and
titles as well as sentences."""

SENTENCE_STOPS = ".!?…。！？" + SCRIPT_STOPS
"""Every character that ends a sentence: the Latin stops, the ellipsis, the CJK ones and
:data:`SCRIPT_STOPS`. A string: ``text[-1:] in SENTENCE_STOPS`` is true of an empty text."""

_LIST_KEYS: tuple[str, ...] = (
    "weekdays",
    "byline_prefixes",
    "byline_verbs",
    "author_conjunctions",
    "conjunction_names",
    "staff_words",
    "agencies",
    "role_words",
    "surnames",
    "non_name_words",
    "name_articles",
    "published_cues",
    "updated_cues",
    "last_edit_cues",
    "other_date_cues",
    "tag_labels",
    "tag_colon_labels",
    "generic_tags",
    "comment_headings",
    "comment_phrases",
    "sidebar_headings",
    "inline_headings",
    "teaser_labels",
    "widget_lines",
    "share_names",
    "icon_words",
    "ad_labels",
    "ad_notices",
    "navigation_lines",
    "service_lines",
    "boilerplate_phrases",
    "paywall_phrases",
    "credit_cues",
    "photo_agencies",
    "caption_labels",
    "bare_credits",
    "sign_up_buttons",
    "player_buttons",
    "form_labels",
)


_FOLD_TRIM = " :|»«>•·-–—*#■□▪▶►▸◆◇●○\u200e\u200f"
"""Decoration that :func:`fold` trims: spaces, colons, guillemets, bullets (geometric
shapes too: "■関連キーワード", "▶ Themen"), dashes, and the direction marks (U+200E,
U+200F) a right-to-left line opens or closes with ("\u200fبقلم: ...\u200f")."""


@functools.lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Return the matching key of a cue or a line: NFC, case-folded, inner spaces folded.

    Trailing colons and surrounding punctuation that decorates headings (``"Tags:"``,
    ``"» Related"``) are dropped so that the data files need one spelling only.

    Memoised: the feature pass folds every short block, and field rules fold the same
    block texts again (the headline rule, every block under 400 characters).
    """
    # ASCII text is its own NFC form, and its case fold is its lower case.
    if text.isascii():
        text = text.lower()
    else:
        # Case folding can leave a text unnormalised: "ΐ" folds to "ι" and two combining
        # marks ("Μαΐου"). The second NFC composes them again (a quick check when it need not).
        text = unicodedata.normalize("NFC", unicodedata.normalize("NFC", text).casefold())
        if "\u0307" in text:
            # Turkish "İ" folds to "i" and a combining dot: "İlgili Haberler" is "ilgili haberler".
            text = text.replace("i\u0307", "i")
    if "  " in text or not text.isprintable():
        # Every white-space character but the space is unprintable: a printable text
        # without double spaces has single spaces only, which the split would keep.
        text = " ".join(text.split())
    return text.strip(_FOLD_TRIM)


@attrs.frozen(kw_only=True)
class Lexicon:
    """Cue words of all languages, folded with :func:`fold`, as frozensets for O(1) lookups."""

    months: dict[str, int]
    """Month name or abbreviation → month number 1–12."""
    weekdays: frozenset[str]
    """Day names and abbreviations."""
    byline_prefixes: tuple[str, ...]
    """Words that introduce a byline ("by", "von"), longest first."""
    byline_verbs: frozenset[str]
    """Verbs that open a byline without a colon ("Escribe Jane Doe"); also byline prefixes."""
    author_conjunctions: frozenset[str]
    """Words joining two author names ("and", "und")."""
    staff_words: frozenset[str]
    """Bylines that name no person ("Staff", "Redaktion")."""
    agencies: frozenset[str]
    """News agencies: an author only when a byline names nothing else."""
    role_words: frozenset[str]
    """Job titles that follow a byline name ("Reporter", "Korrespondentin")."""
    surnames: frozenset[str] = frozenset()
    """Common family names of a script without spaces, written first ("张", "王"): after a
    reporter word glued before it ("记者张三"), a short run that opens with one is a name."""
    name_articles: frozenset[str]
    """Articles that never start a personal name ("The Verge", "Der Spiegel")."""
    conjunction_names: frozenset[str] = frozenset()
    """Names that open with the letter of a one-letter conjunction written glued to the next
    word ("وليد", Walid, is no "و" + "ليد"; "وأحمد" is "and Ahmad")."""
    non_name_words: frozenset[str] = frozenset()
    """Words that never stand in a personal name though they are capitalised in a name's
    place: a letter's greeting over its signature ("Liebe Grüße", "Best regards"), a
    source credit ("Via Example.com"), a blog's own name ("Jane's Blog"), the word that
    opens a place's name ("United States", "São Paulo": a place line over the body)."""
    published_cues: frozenset[str]
    """Labels before a publication date ("Published", "Veröffentlicht am")."""
    updated_cues: frozenset[str]
    """Labels before an update date ("Updated", "Aktualisiert")."""
    last_edit_cues: frozenset[str] = frozenset()
    """Labels of a page's last revision ("Last updated", "Zuletzt aktualisiert")."""
    other_date_cues: frozenset[str] = frozenset()
    """Labels before a date that is neither ("Joined", "Mitglied seit"): never the story's."""
    tag_labels: frozenset[str]
    """Labels that introduce a tag list ("Tags", "Schlagwörter")."""
    tag_colon_labels: frozenset[str] = frozenset()
    """Labels that introduce a tag list only when a colon follows them ("More:", "Read more:"):
    folded without it, as every entry is; alone, such words are a widget or a teaser link."""
    generic_tags: frozenset[str] = frozenset()
    """Words for news itself ("news", "Nachrichten", "ニュース"): a CMS adds them to every
    page's declared keywords or sections; they tag no article."""
    comment_headings: frozenset[str]
    """Headings that open a comments section."""
    comment_phrases: tuple[str, ...]
    """Phrases found inside comment policies and forms."""
    sidebar_headings: frozenset[str]
    """Headings that open a latest/related/most-read list."""
    inline_headings: frozenset[str]
    """Sidebar headings that introduce a few links inside an article ("Read also")."""
    teaser_labels: frozenset[str] = frozenset()
    """Labels that open a line linking another story ("READ MORE: <its headline>"), with
    every :attr:`inline_headings` entry."""
    widget_lines: frozenset[str]
    """Whole lines that are widgets (share, font size, print), with every :attr:`ad_labels`
    entry."""
    share_names: frozenset[str] = frozenset()
    """Names on a share bar's buttons (networks, messengers, mail): a line of three or more
    of these and :attr:`widget_lines` words, two of them names ("Facebook Twitter Xing
    LinkedIn Whatsapp Mail"), is a widget line."""
    icon_words: tuple[str, ...] = ()
    """The word "icon" ("ícone", "icône"): a short line that opens with it ("Ícone seta
    para esquerda", "icon close"), or two words ending with it ("Share Icon"), is an icon's
    label, a widget line."""
    ad_labels: frozenset[str] = frozenset()
    """Whole lines that label an ad slot ("Advertisement", "Anzeige"): a widget line, also
    with the slot's number after it ("Advertisement 2")."""
    ad_notices: tuple[str, ...] = ()
    """Phrases of an ad slot's placeholder line ("This advertisement has not loaded yet, but
    your article continues below"): no cue, as the line closes boxes and runs as prose
    does, but no body line either (:mod:`newsparse.extract.block_labels`)."""
    navigation_lines: frozenset[str]
    """Whole lines that are site navigation: section names ("Politik") and every
    :attr:`service_lines` entry."""
    service_lines: frozenset[str] = frozenset()
    """Navigation lines that are site services (account, search, legal, contact, "Newsletter"),
    never a section an article is tagged with."""
    boilerplate_phrases: tuple[str, ...]
    """Phrases of newsletter boxes, paywalls, cookie and copyright notices (with every
    :attr:`paywall_phrases` entry)."""
    paywall_phrases: tuple[str, ...] = ()
    """Phrases saying the rest of an article is for subscribers ("La suite est réservée aux
    abonnés"): a line holding one after the article's first part ends the body."""
    credit_cues: tuple[str, ...]
    """Words that mark a photo caption or credit line."""
    photo_agencies: frozenset[str] = frozenset()
    """Photo agencies and picture libraries ("Getty", "EPA") that a credit names after a
    slash ("Jane Doe/Getty Images")."""
    sign_up_buttons: frozenset[str] = frozenset()
    """Whole lines that are a newsletter or subscription box's button ("Sign up",
    "Jetzt anmelden", "Abonnez-vous"): a line glued under one is the box's pitch."""
    player_buttons: frozenset[str] = frozenset()
    """Whole lines that are a video or audio player's button ("Play", "Abspielen"): a
    widget line next to the player's clock ("0:00 / 3:12")."""
    form_labels: frozenset[str] = frozenset()
    """Whole lines that are a comment form's field label or button ("Name", "E-Mail",
    "Website", "Post Comment", "Courriel"): under a comments box's notice lines, a short
    line that is none of them is no field of the form (a sub-heading over the article)."""
    caption_labels: tuple[str, ...] = ()
    """Labels that open a photo's credit or caption line without a colon ("Image copyright
    Reuters", "Image caption ...")."""
    bare_credits: frozenset[str] = frozenset()
    """Credits that close a photo caption alone, after its last sentence ("... the lodge's new
    lobby. Supplied"): words that no paragraph ends with."""
    stopwords: dict[str, frozenset[str]]
    """Language code → its most frequent function words."""
    all_stopwords: frozenset[str]
    """Stopwords of every language, for prose detection in an unknown language."""
    byline_prefix: re.Pattern[str]
    """Matches a folded line that opens with a byline prefix and a space or colon (a whole
    word: ``search`` finds one inside a line only at a word start)."""
    month_day: re.Pattern[str]
    """Matches a month name followed by a day number ("March 19"), case-insensitively."""
    any_cue_phrase: re.Pattern[str]
    """Finds whether some comment or boilerplate phrase occurs (:func:`occurrence_pattern`)."""


def _char_trie(words: Iterable[str]) -> dict[str, Any]:
    """Merge ``words`` into a character trie; the key ``""`` marks the end of a word."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return trie


_CHAR_SHARES: dict[str, float] = {
    char: share
    for chars, share in (
        (" ", 180),
        ("e", 100),
        ("taoinshr", 60),
        ("dlcu", 30),
        ("mwfgyp", 17),
        ("b", 12),
        ("v", 8),
        ("k", 6),
        ("-'", 3),
        ("jxqz", 1),
    )
    for char in chars
}
"""Characters of Western text with their rough share of its characters, per thousand
(English letter frequencies, the space, hyphens and apostrophes); any other (accented
letters, digits, other signs) is rarer still (:data:`_RARE_SHARE`). :func:`occurrence_pattern`
anchors phrases at characters that are rare together."""

_RARE_SHARE = 0.5
"""The share per thousand assumed for a character :data:`_CHAR_SHARES` does not list."""


def _share(char: str) -> float:
    return _CHAR_SHARES.get(char, _RARE_SHARE)


def _anchor_chars(phrases: list[str]) -> frozenset[str]:
    """Characters that every phrase holds one of, rare together (a weighted set cover).

    ``search`` enters the pattern of :func:`occurrence_pattern` at every anchor character
    of a text, so the anchors' summed shares (:data:`_CHAR_SHARES`) are what a search
    costs. Greedy: the character covering the most phrases left per share is taken first
    (ties to the first in code-point order); then anchors that others made redundant, the
    commonest first, are dropped.
    """
    chosen: set[str] = set()
    left = set(phrases)
    while left:
        candidates = sorted({char for phrase in left for char in phrase})
        best = max(candidates, key=lambda c: sum(c in p for p in left) / _share(c))
        chosen.add(best)
        left = {phrase for phrase in left if best not in phrase}
    for char in sorted(chosen, key=lambda c: (-_share(c), c)):
        rest = chosen - {char}
        if all(not rest.isdisjoint(phrase) for phrase in phrases):
            chosen = rest
    return frozenset(chosen)


def occurrence_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """Return a regex whose ``search`` succeeds exactly when one of ``phrases`` occurs in a text.

    Each phrase is anchored at one character of a set that every phrase holds one of and
    that is rare together (:func:`_anchor_chars`): the regex starts with that character,
    reads the phrase's tail after it and then looks behind for the whole phrase. So
    ``search`` tries only the positions of the anchor characters (about a tenth of a
    line's), where a pattern starting with each phrase's first letter was tried at most
    positions; the tails of one anchor are merged into a character trie, so that a
    position costs a few character tests, not one test per phrase. A phrase that holds
    another is left out (it occurs only where the other does). Only the existence of a
    match means anything: which phrase matched must be found separately.
    """
    if "" in phrases:
        return re.compile("")
    unique = set(phrases)
    kept = [
        phrase
        for phrase in sorted(unique)
        if not any(other != phrase and other in phrase for other in unique)
    ]
    anchors = _anchor_chars(kept)
    groups: dict[str, list[tuple[str, str]]] = {}
    for phrase in kept:
        # The phrase's rarest anchor, its first occurrence.
        at = min(
            (i for i, char in enumerate(phrase) if char in anchors),
            key=lambda i: (_share(phrase[i]), i),
        )
        # (the whole phrase is looked behind for only where it starts before its anchor)
        groups.setdefault(phrase[at], []).append((phrase[at + 1 :], phrase if at else ""))
    alternatives = [
        re.escape(anchor) + _tail_trie(tails) for anchor, tails in sorted(groups.items())
    ]
    return re.compile("|".join(alternatives) or "(?!)")


def _tail_trie(tails: list[tuple[str, str]]) -> str:
    """The alternation of ``tails``, merged into a trie by their characters.

    Each tail comes with the phrase to look behind for once it is read (``""`` for none).
    The alternation matches where one of the tails does.
    """
    ends = [f"(?<={re.escape(whole)})" if whole else "" for tail, whole in tails if not tail]
    if "" in ends:
        # A phrase ends at the anchor with nothing to look behind for: it occurs already.
        return ""
    by_first: dict[str, list[tuple[str, str]]] = {}
    for tail, whole in tails:
        if tail:
            by_first.setdefault(tail[0], []).append((tail[1:], whole))
    branches = [re.escape(c) + _tail_trie(rest) for c, rest in sorted(by_first.items())]
    branches += ends
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


def longest_first(words: list[str]) -> str:
    """An alternation of ``words`` that matches like the flat one sorted longest first.

    Both match the longest word they can (given what follows in the pattern). The words are
    merged into a trie, each node trying its continuations before the word that ends there:
    a word start costs a few character tests instead of one test per word. Children of one
    node must not match the same character case-insensitively (the regex would then try one
    subtree before the other, not the longest word first); if two do, the flat alternation
    is returned.
    """
    flat = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    trie = _char_trie(words)

    def branch(node: dict[str, Any]) -> str | None:
        chars = [c for c in node if c]
        for k, a in enumerate(chars):
            if any(re.fullmatch(re.escape(a), b, re.IGNORECASE) for b in chars[k + 1 :]):
                return None
        alternatives = []
        for char in chars:
            rest = branch(node[char])
            if rest is None:
                return None
            alternatives.append(re.escape(char) + rest)
        if "" in node:
            alternatives.append("")
        return alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"

    merged = branch(trie) if words else None
    return flat if merged is None else merged


def _load(lang: str) -> dict[str, Any]:
    data = resources.files(__name__).joinpath(f"{lang}.toml").read_text(encoding="utf-8")
    return tomllib.loads(data)


@functools.cache
def lexicon() -> Lexicon:
    """Return the merged lexicon of every language (loaded once per process)."""
    lists: dict[str, set[str]] = {key: set() for key in _LIST_KEYS}
    months: dict[str, int] = {}
    stopwords: dict[str, frozenset[str]] = {}
    for lang in LANGUAGES:
        data = _load(lang)
        for number, names in enumerate(data["months"], start=1):
            for name in names:
                months.setdefault(fold(name), number)
        for key in _LIST_KEYS:
            lists[key].update(fold(w) for w in data.get(key, ()))
        stopwords[lang] = frozenset(fold(w) for w in data["stopwords"])

    # A paywall notice is boilerplate wherever it stands (the layout also ends the body there).
    lists["boilerplate_phrases"] |= lists["paywall_phrases"]
    # "Read also" over a link may also open the link's line ("Read also: <headline>").
    lists["teaser_labels"] |= lists["inline_headings"]
    # A service line is navigation too: the files list it once, under ``service_lines``.
    lists["navigation_lines"] |= lists["service_lines"]
    # An ad slot's label is a widget line: the files list it once, under ``ad_labels``.
    lists["widget_lines"] |= lists["ad_labels"]
    # A byline verb is a byline prefix: the files list it once, under ``byline_verbs``.
    lists["byline_prefixes"] |= lists["byline_verbs"]

    def by_length(key: str) -> tuple[str, ...]:
        return tuple(sorted(lists[key], key=lambda w: (-len(w), w)))

    return Lexicon(
        months=months,
        weekdays=frozenset(lists["weekdays"]),
        byline_prefixes=by_length("byline_prefixes"),
        byline_verbs=frozenset(lists["byline_verbs"]),
        author_conjunctions=frozenset(lists["author_conjunctions"]),
        staff_words=frozenset(lists["staff_words"]),
        agencies=frozenset(lists["agencies"]),
        role_words=frozenset(lists["role_words"]),
        surnames=frozenset(lists["surnames"]),
        name_articles=frozenset(lists["name_articles"]),
        non_name_words=frozenset(lists["non_name_words"]),
        conjunction_names=frozenset(lists["conjunction_names"]),
        published_cues=frozenset(lists["published_cues"]),
        updated_cues=frozenset(lists["updated_cues"]),
        last_edit_cues=frozenset(lists["last_edit_cues"]),
        other_date_cues=frozenset(lists["other_date_cues"]),
        tag_labels=frozenset(lists["tag_labels"]),
        tag_colon_labels=frozenset(lists["tag_colon_labels"]),
        generic_tags=frozenset(lists["generic_tags"]),
        comment_headings=frozenset(lists["comment_headings"]),
        comment_phrases=by_length("comment_phrases"),
        sidebar_headings=frozenset(lists["sidebar_headings"]),
        inline_headings=frozenset(lists["inline_headings"]),
        teaser_labels=frozenset(lists["teaser_labels"]),
        widget_lines=frozenset(lists["widget_lines"]),
        share_names=frozenset(lists["share_names"]),
        icon_words=by_length("icon_words"),
        ad_labels=frozenset(lists["ad_labels"]),
        ad_notices=by_length("ad_notices"),
        navigation_lines=frozenset(lists["navigation_lines"]),
        service_lines=frozenset(lists["service_lines"]),
        boilerplate_phrases=by_length("boilerplate_phrases"),
        paywall_phrases=by_length("paywall_phrases"),
        credit_cues=by_length("credit_cues"),
        photo_agencies=frozenset(lists["photo_agencies"]),
        caption_labels=by_length("caption_labels"),
        bare_credits=frozenset(lists["bare_credits"]),
        sign_up_buttons=frozenset(lists["sign_up_buttons"]),
        player_buttons=frozenset(lists["player_buttons"]),
        form_labels=frozenset(lists["form_labels"]),
        stopwords=stopwords,
        all_stopwords=frozenset().union(*stopwords.values()),
        month_day=re.compile(
            r"(?<!\w)(?:" + longest_first(list(months)) + r")\.?\s+\d",
            re.IGNORECASE,
        ),
        any_cue_phrase=occurrence_pattern(
            by_length("comment_phrases") + by_length("boilerplate_phrases")
        ),
        # The left boundary matters to ``search`` (a prefix word anywhere in a line): without
        # it "baby " held "by " and "saudi " held "di ".
        byline_prefix=re.compile(
            r"(?<!\w)(?:" + longest_first(list(by_length("byline_prefixes"))) + ")[ :：]"
        ),
    )
