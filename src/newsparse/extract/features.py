"""Per-block evidence computed once and shared by every extractor: prose-likeness and cue class.

Nothing here decides a field; it describes each block (how much running prose it holds,
which cue-word list its whole text matches, whether it starts with a byline or tag label)
so that the layout and field rules can weigh the same facts without recomputing them.
"""

from __future__ import annotations

import enum
import functools
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence

import attrs

from newsparse.document import Block, BlockKind
from newsparse.document.text_markup import is_form_control
from newsparse.extract.text_counts import CJK_CHAR, is_cjk_char, mostly_upper, word_count
from newsparse.lexicon import SCRIPT_STOPS, Lexicon, fold, occurrence_pattern
from newsparse.model import Label, draft_class

__all__ = [
    "AGENCY_KEY",
    "CAPTION_KEY",
    "CREDIT_FREE_TAILS",
    "CUE_MAX_WORDS",
    "WORD_STOP",
    "Cue",
    "Features",
    "describe",
    "describe_all",
    "ends_sentence",
    "glued_credit",
    "is_cjk_char",
    "is_time_stamp",
    "word_count",
]

_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
"""A word: letters/digits, with inner hyphens or apostrophes (al-Sadr, don't)."""

_SENTENCE_END = re.compile(
    r"[.!?。！？…" + SCRIPT_STOPS + r"]['\"“”‘’»«›‹)\]」』）]*(?:（[^（）]{1,20}）)?$"
)
"""Text that ends a sentence, possibly followed by closing quotes or brackets (or a CJK
credit in full-width brackets: "。（编译/林靖东）"); the stops of other scripts too ("।",
"؟", "።": :data:`~newsparse.lexicon.SCRIPT_STOPS`)."""

_CUT = "..."
"""Three dots that cut a teaser's title short (after a Chinese or Japanese character)."""

_STOPS = frozenset(".!?。！？…" + SCRIPT_STOPS)
"""The stops of :data:`_SENTENCE_END`: a text ending in one ends a sentence."""

_STOP_TAILS = frozenset("'\"“”‘’»«›‹)]」』）\n")
"""Last characters after which :data:`_SENTENCE_END` may still match: its closers, the end
of its bracketed credit, and a final newline (before which ``$`` matches). After any other
character it cannot, so the search is skipped."""

_GREEK_ASK = re.compile(r"(?<=[\u0370-\u03ff\u1f00-\u1fff]);")
"""An ASCII ";" right after a Greek letter: the Greek question mark as pages type it (U+037E
is canonically the same character; Greek writes its semicolon as the raised dot "·"). A
Greek word decides, not the page's language, which the features do not know yet: the
ASCII ";" of a Latin word on a Greek page stays a semicolon."""


def _greek_ask_at_end(text: str) -> bool:
    """True when ``text`` ends in a Greek question mark typed as ";" (:data:`_GREEK_ASK`)."""
    before = text[-2:-1]
    return text[-1:] == ";" and ("\u0370" <= before <= "\u03ff" or "\u1f00" <= before <= "\u1fff")


_INNER_SENTENCE = re.compile(
    r"[.!?。！？" + SCRIPT_STOPS + r"](?:(?<=[^\W\d_]{2}[.!?。！？])|(?<=[" + SCRIPT_STOPS + r"]))"
    r"[\"”’»]?\s+\S"
)
"""A sentence boundary inside the text (word, stop, space, next word). The match starts at
the stop, so that the search skips ahead to stops instead of testing every letter pair. The
stops of other scripts (:data:`~newsparse.lexicon.SCRIPT_STOPS`) need no letters
before them: they end nothing but a sentence (no abbreviation, no decimal), and a Devanagari
word ends in a vowel sign as often as in a letter ("है।")."""

_CREDIT_SHAPE = re.compile(
    r"(?:^|\s)(?:©|\(c\)|\|)\s*[A-Z]|(?:photo|foto|bild|image)\s*:|\([^()/]{2,40}/[^()]{2,40}\)$",
    re.IGNORECASE,
)
"""Shapes of a photo credit: "© Name", "Agency | Name", "Photo: Name". The reference for
:func:`_credit_shape`, which tests each shape on its own, only where its mark is."""

_CREDIT_SIGN = re.compile(r"(?:^|\s)(?:©|\(c\)|\|)\s*[A-Z]", re.IGNORECASE)
"""The first shape of :data:`_CREDIT_SHAPE`: a credit sign, a name after it ("© Name")."""

_CREDIT_LABEL_END = re.compile(r"(?:photo|foto|bild|image)\Z", re.IGNORECASE)
"""The second shape's label, read where it ends, at a colon: "Photo: Name"."""

_CREDIT_LABEL_CHARS = 5
"""The longest label of :data:`_CREDIT_LABEL_END`, in characters (matched one for one)."""

_CREDIT_PAREN = re.compile(r"\([^()/]{2,40}/[^()]{2,40}\)$", re.IGNORECASE)
"""The third shape: a bracketed source and name closing the line ("(AP/Jane Doe)")."""

_SPACED_SLASH = re.compile(r"(?:^|\s)/\s*[A-Z]", re.IGNORECASE)
"""A slash after a space, a capital after it: "IMAGO / Jane Doe", "Jane Doe /Getty Images".
On a line of words alone, the shape of a credit only when a picture's source stands by the
slash (:func:`_names_source`): "Add-ons / Web Extensions", "Sign in / Sign up" are menus."""

_WORDS_ONLY = re.compile(r"[^\W\d_]+(?:[\s/'’-]+[^\W\d_]+)*")
"""A line of words alone, between slashes, spaces and hyphens: no digit, stop or colon."""

_CREDIT_MARK = re.compile(r"[©(/|:]")
"""A character that every shape of :data:`_CREDIT_SHAPE` holds: a cheap test to run first."""

_CAPTION_CREDIT = re.compile(
    r"""
    (?i:\(\s*(?:image|photo|foto|bild|picture|credit)\b[^()]{0,50}\))\s*$  # "(Image: Getty)"
    | \([^()/]{2,40}/[^()]{2,40}\)\s*$                  # "(AP Photo/Jane Doe, File)"
    | \([^()]{2,40}\svia\sAP\b[^()]{0,10}\)\s*$           # "(NASA via AP, File)"
    | ©[^©]{1,39}[^.!?\s]$                              # ". © Reuters / Jane Doe"
    # ". REUTERS/Jane Doe", ". | Jane Doe/PA Images", ". EFE/ J.J. Doe"
    | [.!?]['"”’]?\s*(?:\|\s*)?[A-Z][^.!?/|]{0,30}\s?/\s?[A-Z][^!?|]{0,39}[^.!?|\s]$
    # ". Credit: ESA", "World CupCredit: PA", "ice.Photograph by Jane Doe",
    # "... I've ever had.' Photograph: Jane Doe for the Guardian"
    | (?:[.!?]['"”’]?\s*|(?<=[a-z]))
      (?:Credit|Photo|Foto|Photograph|Image|Bild)(?::|\sby)\s?[A-Z][^.!?]{1,40}$
    # "... at Kismot Restaurant, Edinburgh Photo: DEADLINE": the label after a word.
    | \s(?<=\w\s)(?:Credit|Photo|Foto|Photograph|Image|Bild):\s?[A-Z][^.!?:]{1,40}$
    """,
    re.VERBOSE,
)
"""A photo credit closing a caption's sentence, read on a line's last :data:`_CAPTION_TAIL`
characters (:func:`_text_caption`)."""

CAPTION_KEY = "caption"
"""Cue key of a text dump's caption with its credit glued on (:func:`_text_caption`): unlike a
credit line alone ("credit"), it makes no caption of the block above it."""

AGENCY_KEY = "agency"
"""Cue key of a credit line that names a picture's source after a slash ("Jane Doe/Getty
Images", :func:`_slash_credit`): such a line stands above its photo's caption as often as
under it, so it makes no caption of the block above it."""

_SLASH_CREDIT_CHARS = 80
"""Longest line read as a slash credit."""

_SENTENCE_TAILS = frozenset(".!?…:;\"'”’»“" + SCRIPT_STOPS)
"""Last characters of a line that no photo credit ends with (sentences, quotes)."""

CREDIT_FREE_TAILS = _SENTENCE_TAILS
"""Last characters of a line that :func:`glued_credit` never finds a credit before: a
caller's cheap test on the most lines (paragraphs end in a stop) before the call."""

WORD_STOP = re.compile(r"[^\W\d_]{3}[.!]\s*$")
"""A sentence's end: a word's full stop ("... of the council."), not a time's ("6:00 p.m.")
or an abbreviation's: a line that tells something rather than labels it."""

_CAPTION_MIN_WORDS = 4
"""Fewest words before a photo credit that make its line a caption."""

_CAPTION_TAIL = 90
"""Characters at the end of a line that :data:`_CAPTION_CREDIT` reads."""

_BRACKET_CREDIT = re.compile(r"\[\s*([^\W\d_]+)[^\[\]]{0,40}\]$")
"""A bracketed credit closing a line ("... 모습. [사진 출처 = 연합뉴스]", "... [Foto: dpa]"): its
first word must be one of the lexicon's credit cues (:func:`_text_caption`)."""

_TRAILING_CREDIT = re.compile(r"[.!?。！？" + SCRIPT_STOPS + r"]['\"”’)]?\s+\|\s*([^|]{2,40})$")
"""A sentence, a pipe and a short tail: "Crowds gathered on Monday. | AP Photo Close" is a
photo caption with its credit (and a lightbox's button word) glued on."""


class Cue(enum.Enum):
    """Which cue-word list a whole block matches, if any."""

    NONE = "none"
    WIDGET = "widget"
    NAVIGATION = "navigation"
    COMMENT_HEADING = "comment-heading"
    COMMENT_TEXT = "comment-text"
    SIDEBAR_HEADING = "sidebar-heading"
    TAGS = "tags"
    BOILERPLATE = "boilerplate"
    CREDIT = "credit"


@attrs.frozen(kw_only=True, weakref_slot=False)
class Features:
    """What a block looks like, independent of its neighbours."""

    folded: str
    """The block text folded for cue matching (see :func:`newsparse.lexicon.fold`)."""
    words: int
    """Word count (:func:`word_count`)."""
    prose: float
    """Running-prose strength: 0.0 for labels and menus, up to ~1.0 for full sentences."""
    cue: Cue
    """The cue list the whole block (or its leading label) matches."""
    cue_key: str = ""
    """The matched cue word, for explanations."""


_FeaturesDraft = draft_class(Features)
"""Features are built as drafts, then made features (see :func:`newsparse.model.draft_class`)."""


# Enum members read as module constants: on Python 3.11 ``Cue.NONE`` costs a metaclass
# attribute lookup (~8 times a global read), and these are read for every block.
_HEADING = BlockKind.HEADING
_CAPTION_KIND = BlockKind.CAPTION
_NO_CUE = (Cue.NONE, "")
_NONE = Cue.NONE
_WIDGET = Cue.WIDGET
_CREDIT = Cue.CREDIT

_NAMED_HEADING_WORDS = 6
"""Most words of a sidebar heading named after its section ("Most read in Sport")."""

_NAME_JOINS = ("in", "from")
"""Words that join a sidebar heading to the section or site it lists."""

_SHARE_BAR_WORDS = (3, 12)
"""Fewest and most words of a share bar's line ("Facebook Twitter Pinterest Email")."""

_SHARE_BAR_NAMES = 2
"""Fewest share names (:attr:`Lexicon.share_names`) on a share bar's line: the rest may be
widget words ("facebook twitter print email")."""

_SHARE_BAR_SPLIT = re.compile(r"[\s|·•/,]+")
"""What parts a share bar's buttons: spaces, bars, bullets, slashes, commas."""

SHARE_BAR_KEY = "share bar"
"""Cue key of a share bar's line (:func:`_share_bar`)."""

_ICON_LINE_WORDS = 6
"""Most words of an icon's label ("Ícone seta para esquerda", "icon chevron down")."""

ICON_KEY = "icon"
"""Cue key of an icon's label (:func:`_icon_label`)."""

_AD_LABEL_WORDS = 3
"""Most words of a numbered ad label ("Advertisement 2"), counting its number."""

_AD_NUMBER_DIGITS = 2
"""Most digits of an ad slot's number: a longer number is a year or a count, no slot."""

CUE_MAX_WORDS = 60
"""Blocks longer than this many words match no cue (comment policies are the longest)."""


def describe(block: Block, lex: Lexicon) -> Features:
    """Compute the features of one block."""
    return _describe(block, lex, _line_cues(lex))


def _describe(
    block: Block, lex: Lexicon, line_cues: dict[str, tuple[Cue, str]], chrome: bool = False
) -> Features:
    """:func:`describe`, given the lexicon's whole-line cues (:func:`_line_cues`).

    A ``chrome`` block (:mod:`newsparse.extract.chrome`) scores no prose: a menu's, an
    aside's or a page footer's text is never the article's running text; it reads only the
    whole-line cues.
    """
    text = block.text
    words = word_count(text)
    if words > CUE_MAX_WORDS:
        # No cue list holds lines this long: skip folding and cue matching.
        folded, cue, key = text.casefold(), _NONE, ""
    elif chrome:
        # The page chrome reads its whole-line cues alone (a menu entry, a sidebar or
        # comments heading, a tag label): the other cue tests look for the article's
        # furniture (credits, share bars, notices), and the chrome takes its own label.
        folded = fold(text)
        cue, key = line_cues.get(folded) or _NO_CUE
        if cue is _NONE and (":" in folded or _WIDE_COLON in folded):
            key = tag_label(folded, lex)
            cue = Cue.TAGS if key else _NONE
    else:
        folded = fold(text)
        cue, key = _cue(folded, text, words, lex, line_cues)
        if cue is _NONE and block.kind is _CAPTION_KIND and is_form_control(text, line_cues):
            # A text browser's form line or button ("[____] [Search]"), see from_text.
            cue, key = _WIDGET, "form"
        if (
            cue is _NONE
            and words > 4
            and not block.tag_path
            # (no credit ends like a sentence: most paragraphs need no call)
            and text[-1] not in _SENTENCE_TAILS
        ):
            key = _text_caption(text, lex)
            cue = _CREDIT if key else _NONE
    # Headings and lines under four words are no prose (tested here, as most lines are).
    prose = (
        0.0
        if words < 4 or chrome or block.kind is _HEADING
        else _prose(block, text, words, folded, lex)
    )
    # Built as ``Features(...)`` builds it, at a fifth of the cost (one per distinct block).
    feat = _FeaturesDraft()  # (a call of the class: cheaper than ``object.__new__``)
    feat.folded = folded
    feat.words = words
    feat.prose = prose
    feat.cue = cue
    feat.cue_key = key
    feat.__class__ = Features
    return feat  # type: ignore[no-any-return]


def describe_all(
    blocks: Sequence[Block], lex: Lexicon, chrome: Sequence[Label | None] = ()
) -> list[Features]:
    """Compute the features of every block of a document, in order.

    Blocks that look alike (same text, heading and caption kind, link text and tag-path
    presence, all that :func:`describe` reads) share one :class:`Features`: pages repeat menu
    entries, share buttons and "Advertisement" lines, a fifth of the corpus blocks.
    ``chrome`` holds, index for index, a label for each block of the page chrome
    (:func:`~newsparse.extract.chrome.chrome_labels`; empty when there is none): those
    score no prose.
    """
    line_cues = _line_cues(lex)
    if chrome:
        return _describe_framed(blocks, lex, line_cues, chrome)
    # Keyed by text alone (its hash is cached, where a key tuple is built and hashed anew):
    # the first block of each text, and its features.
    seen: dict[str, tuple[Block, Features]] = {}
    feats: list[Features] = []
    clock = False  # whether a line is a media player's clock (rare: most pages skip the pass)
    for block in blocks:
        first = seen.get(block.text)
        if first is not None and _alike(first[0], block):
            feats.append(first[1])
            continue
        # (``chrome`` passed by position: a missing default costs the call a dict lookup.)
        feat = _describe(block, lex, line_cues, False)
        if first is None:
            seen[block.text] = block, feat
            if feat.cue_key == _PLAYER_CLOCK_KEY:
                clock = True
        feats.append(feat)
    if blocks and not blocks[0].tag_path:
        _stopless_cjk_prose(seen, feats)
    if clock:
        _player_buttons(feats, lex)
    return feats


def _describe_framed(
    blocks: Sequence[Block],
    lex: Lexicon,
    line_cues: dict[str, tuple[Cue, str]],
    chrome: Sequence[Label | None],
) -> list[Features]:
    """:func:`describe_all` of an HTML page with chrome: the chrome's alike blocks apart.

    (A loop of its own, so that a text dump's blocks, the most numerous, pay nothing for
    the chrome's test.)
    """
    seen: dict[str, tuple[Block, Features]] = {}
    seen_chrome: dict[str, tuple[Block, Features]] = {}
    feats: list[Features] = []
    clock = False
    for block, label in zip(blocks, chrome, strict=True):
        framed = label is not None
        cache = seen_chrome if framed else seen
        first = cache.get(block.text)
        if first is not None and _alike(first[0], block):
            feats.append(first[1])
            continue
        feat = _describe(block, lex, line_cues, framed)
        if first is None:
            cache[block.text] = block, feat
            if feat.cue_key == _PLAYER_CLOCK_KEY:
                clock = True
        feats.append(feat)
    if blocks and not blocks[0].tag_path:
        _stopless_cjk_prose(seen, feats)
    if clock:
        _player_buttons(feats, lex)
    return feats


_PLAYER_REACH = 2
"""Lines either side of a media player's clock that its buttons stand within."""


def _player_buttons(feats: list[Features], lex: Lexicon) -> None:
    """Make the player's buttons ("Play", "Pause") next to a media player's clock widgets.

    "Play" alone may be a section's or a story's word; beside "0:00 / 3:12" it is the
    player's. Called only for a page with a clock.
    """
    clocks = [i for i, feat in enumerate(feats) if feat.cue_key == _PLAYER_CLOCK_KEY]
    for i in clocks:
        for j in range(max(0, i - _PLAYER_REACH), min(len(feats), i + _PLAYER_REACH + 1)):
            feat = feats[j]
            if feat.cue is _NONE and feat.folded in lex.player_buttons:
                feats[j] = attrs.evolve(feat, cue=_WIDGET, cue_key=_PLAYER_BUTTON_KEY)


_HAN_KANA = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
"""Chinese and Japanese characters (the CJK ranges of :data:`CJK_CHAR` but Hangul)."""

_MIN_STOPLESS_LINES = 5
"""Fewest long stop-less Chinese/Japanese lines that show a dump's writer uses no stops."""

_STOPLESS_WORDS = 14
"""Fewest words of a long stop-less line (the lines that show a writer uses no stops)."""

_STOPLESS_SHORT_WORDS = 8
"""Fewest words of a stop-less line that is prose in a dump whose writer uses no stops: a
blog that breaks its lines by phrase prints shorter ones between the long ones."""

_STOPLESS_PROSE = 0.5
"""The prose score of a long stop-less line (as :func:`_prose` gives unpunctuated prose)."""


def _stopless_cjk_prose(seen: dict[str, tuple[Block, Features]], feats: list[Features]) -> None:
    """Score a text dump's long stop-less Chinese/Japanese lines as prose, if it has no stops.

    Blogs written in Chinese or Japanese often break lines by phrase and leave out the
    sentence stops, setting phrases apart with a space: no line of the post reads as a
    sentence. On a news page such lines are teaser headlines among stopped paragraphs. So
    they count as (weak) prose only when the dump holds at least
    :data:`_MIN_STOPLESS_LINES` of them and ten times as many as lines ending in ``。``;
    then the shorter stop-less lines between them (:data:`_STOPLESS_SHORT_WORDS` words or
    more) are prose too, as a run of them would cut the post in two.
    ``seen`` maps each distinct text to its first block and features (:func:`describe_all`);
    ``feats`` is updated in place.
    """
    # An ASCII line holds no Chinese or Japanese: the keys are screened in C first.
    lines = [
        (block, feat)
        for block, feat in map(seen.__getitem__, itertools.filterfalse(str.isascii, seen))
        if feat.words >= _STOPLESS_WORDS and not feat.prose and block.kind is not _HEADING
    ]
    if len(lines) < _MIN_STOPLESS_LINES:
        return
    lines = [(block, feat) for block, feat in lines if _stopless_line(block)]
    if len(lines) < _MIN_STOPLESS_LINES:
        return
    stops = sum(1 for text in seen if text.endswith("。"))
    if 10 * stops >= len(lines):
        return
    # The writer uses no stops: the shorter stop-less lines are read only now (rarely).
    lines += [
        (block, feat)
        for block, feat in map(seen.__getitem__, itertools.filterfalse(str.isascii, seen))
        if _STOPLESS_SHORT_WORDS <= feat.words < _STOPLESS_WORDS
        and not feat.prose
        and block.kind is not _HEADING
        and _stopless_line(block)
    ]
    scored = {id(feat): attrs.evolve(feat, prose=_STOPLESS_PROSE) for _, feat in lines}
    feats[:] = [scored.get(id(feat), feat) for feat in feats]


def _stopless_line(block: Block) -> bool:
    """Whether a line without links is mostly Chinese/Japanese and ends with no stop."""
    text = block.text
    return (
        not block.link_chars
        and 2 * len(_HAN_KANA.findall(text)) >= len(text)
        and not ends_sentence(text)
    )


def _alike(first: Block, block: Block) -> bool:
    """Whether two blocks of one text have the same features (as all :func:`describe` reads)."""
    return (
        (first.kind is _HEADING) is (block.kind is _HEADING)
        and (first.kind is _CAPTION_KIND) is (block.kind is _CAPTION_KIND)
        and first.link_chars == block.link_chars
        and bool(first.tag_path) is bool(block.tag_path)
    )


_LINE_CUES: list[tuple[Lexicon, dict[str, tuple[Cue, str]]]] = []
"""The whole-line cue table of the last lexicon seen (:func:`_line_cues`)."""


def _line_cues(lex: Lexicon) -> dict[str, tuple[Cue, str]]:
    """Map each whole-line cue of ``lex`` to its cue and key: one lookup instead of five.

    A line in several lists keeps the first list's cue, in the order :func:`_cue` tests
    them. Tag labels holding a colon stay out: :func:`tag_label` reads those.
    """
    if _LINE_CUES and _LINE_CUES[0][0] is lex:
        return _LINE_CUES[0][1]
    table: dict[str, tuple[Cue, str]] = {}
    for cue, lines in (
        (Cue.WIDGET, lex.widget_lines),
        (Cue.COMMENT_HEADING, lex.comment_headings),
        (Cue.SIDEBAR_HEADING, lex.sidebar_headings),
        (Cue.NAVIGATION, lex.navigation_lines),
        (Cue.TAGS, {label for label in lex.tag_labels if ":" not in label}),
    ):
        for line in sorted(lines):
            table.setdefault(line, (cue, line))
    _LINE_CUES[:] = [(lex, table)]
    return table


def _stopword_hits(folded: str, lex: Lexicon) -> int:
    return sum(map(lex.all_stopwords.__contains__, folded.split()))


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends like a sentence: a stop, maybe closing quotes or brackets after it."""
    if not text:
        return False
    last = text[-1]
    return (
        last in _STOPS
        or (last in _STOP_TAILS and bool(_SENTENCE_END.search(text)))
        or (last == ";" and _greek_ask_at_end(text))
    )


def _prose(block: Block, text: str, words: int, folded: str, lex: Lexicon) -> float:
    """Score how much a block of four words or more, no heading, reads like article prose.

    A Greek question mark typed as ";" (:data:`_GREEK_ASK`) reads as "?" does.
    """
    last = text[-1]
    if last == ";" and _greek_ask_at_end(text):
        text, last = _GREEK_ASK.sub("\u037e", text), "\u037e"
    ends = last in _STOPS or (last in _STOP_TAILS and bool(_SENTENCE_END.search(text)))
    if last == "." and text[-2:-1] == "." and _cut_title(text):
        ends = False
    # The inner-sentence test is read only where a final stop cannot decide: a short line
    # ending in "?" or "!", or a longer line without a final stop. Elsewhere it is moot.
    question = last in "?!？！؟፧\u037e" and words < 25
    inner = bool(_INNER_SENTENCE.search(text)) if question or (not ends and words >= 12) else False
    if not inner and not ends and words >= 12 and ";" in text:
        # "Τι θα γίνει; Η κυβέρνηση ...": a Greek question ends a sentence inside the line.
        inner = bool(_INNER_SENTENCE.search(_GREEK_ASK.sub("\u037e", text)))
    if not inner and question:
        # One question or exclamation on its own line is a headline shape, not running prose.
        return 0.0
    if words >= 20 and (ends or inner):
        score = 1.0
    elif words >= 12 and (ends or inner):
        score = 0.85
    elif words >= 6 and ends:
        score = 0.6
    elif words >= 25 or (
        words >= 14 and (_stopword_hits(folded, lex) >= 4 or _long_cjk_paragraph(block, words))
    ):
        # Long unpunctuated lines are prose when function words run through them (counted
        # only here: most lines are decided by their stops before).
        if _link_cloud(text, folded, words, lex):
            return 0.0
        score = 0.5
    else:
        return 0.0
    if block.link_chars:
        score *= max(0.0, 1.0 - 1.6 * block.link_density)
    # All-caps blocks are banners and teasers; long paragraphs are never all caps.
    if words < 60 and mostly_upper(text):
        score *= 0.3
    return score


_CLOUD_MAX_WORDS = 1000
"""Most words of a footer's link-cloud line: a longer stop-less line is read as it is (and
counting its words one by one would cost memory out of proportion on a page-long line)."""

_CLOUD_REPEATS = 4
"""Fewest times a link cloud's commonest word recurs ("… Gutscheine Nike Store Gutscheine …")."""

_CLOUD_SHARE = 8
"""A link cloud's commonest word is at least one word in this many."""

_CLOUD_STOPWORDS = 10
"""A link cloud holds under one function word in this many words (prose holds a third)."""

_CLOUD_WORD = re.compile(r"[^\W\d_]{3,}")
"""A word of three letters or more (a link cloud's repeated word: "Gutscheine", "Bonus")."""

_CODE_SIGNS = re.compile(r"[{}<>;=]")
"""Signs of program code or markup, which repeats its keywords without stops (a link cloud
holds none)."""


def _link_cloud(text: str, folded: str, words: int, lex: Lexicon) -> bool:
    """Whether a long stop-less line is a cloud of link labels, not unpunctuated prose.

    A footer prints its partner links as one line ("DAZN Gutscheine Nike Store Gutscheine
    adidas Gutscheine …", "… Broker Vergleich Online Broker Vergleich …"): one word recurs
    :data:`_CLOUD_REPEATS` times or more, as at least one word in :data:`_CLOUD_SHARE`,
    and function words are fewer than one in :data:`_CLOUD_STOPWORDS`: a sentence that
    repeats a noun that often runs through them. Code and markup (:data:`_CODE_SIGNS`)
    repeat their keywords too, and are left as they are; so is a line of more than
    :data:`_CLOUD_MAX_WORDS` words.
    """
    if (
        words > _CLOUD_MAX_WORDS
        or _CODE_SIGNS.search(text)
        or _stopword_hits(folded, lex) * _CLOUD_STOPWORDS >= words
    ):
        return False
    counts = Counter(_CLOUD_WORD.findall(folded))
    if not counts:
        return False
    top = max(counts.values())
    return top >= _CLOUD_REPEATS and top * _CLOUD_SHARE >= words


def _cut_title(text: str) -> bool:
    """Whether a Chinese or Japanese line ends in three dots that cut a teaser's title short.

    Chinese and Japanese write their ellipsis "……": "..." right after a character that is
    no dot ("…有薰衣草森林的...", "…銅鑼炮仗花步道>...") is a listing's cut, no sentence's
    stop (a writer's trailing dots run longer: "…重溫舊夢了.......").
    """
    return (
        text.endswith(_CUT)
        and len(text) > len(_CUT)
        and text[-4] not in ". "
        and _HAN_KANA.search(text) is not None
    )


def _long_cjk_paragraph(block: Block, words: int) -> bool:
    """An HTML paragraph of Chinese/Japanese text without stops (blogs break lines by phrase).

    Only in HTML, where links mark teasers and menus: a text dump's long CJK lines are as
    often teaser headlines.
    """
    text = block.text
    return bool(block.tag_path) and len(text) < 3 * words and bool(CJK_CHAR.search(text))


_PLAYER_CLOCK = re.compile(r"(\d{1,2}:)?\d{1,2}:\d{2} ?/ ?(\d{1,2}:)?\d{1,2}:\d{2}")
"""A media player's clock: the time played over the length ("0:00 / 3:12", "00:00/1:02:45")."""

_PLAYER_CLOCK_KEY = "player-clock"
"""Cue key of a media player's clock (:data:`_PLAYER_CLOCK`), a widget line."""

_PLAYER_BUTTON_KEY = "player-button"
"""Cue key of a media player's button next to its clock (:func:`_player_buttons`)."""


def _cue(
    folded: str, text: str, words: int, lex: Lexicon, line_cues: dict[str, tuple[Cue, str]]
) -> tuple[Cue, str]:
    found = line_cues.get(folded)
    # A doubled line has an odd length and a space in its middle: tested here, as most
    # short lines fail it.
    if found is None and words <= 6:
        if len(folded) & 1 and folded[len(folded) >> 1] == " ":
            found = _doubled_widget(folded, line_cues)
        if found is None and words <= _AD_LABEL_WORDS and folded[-1:].isdigit():
            found = _numbered_ad_label(folded, lex)
    if found is not None and found[0] is _WIDGET:
        return found
    if (
        found is None
        and _SHARE_BAR_WORDS[0] <= words <= _SHARE_BAR_WORDS[1]
        and folded.partition(" ")[0] in lex.share_names
        and _share_bar(folded, lex)
    ):
        return _WIDGET, SHARE_BAR_KEY
    if (
        found is None
        and words <= _ICON_LINE_WORDS
        and (folded.startswith(lex.icon_words) or (words == 2 and folded.endswith(lex.icon_words)))
        and _icon_label(folded, lex)
    ):
        return _WIDGET, ICON_KEY
    # A widget shape is short and opens with one of its letters or signs: test that first.
    if len(folded) <= 17 and folded[:1] in "a+-−" and _is_widget_shape(folded):
        return Cue.WIDGET, folded
    if found is not None:
        return found
    if 3 <= words <= _NAMED_HEADING_WORDS and (" in " in folded or " from " in folded):
        found = _named_sidebar_heading(folded, line_cues)
        if found is not None:
            return found
    label = tag_label(folded, lex) if ":" in folded or _WIDE_COLON in folded else ""
    if label:
        return Cue.TAGS, label
    if " " not in folded and folded.isalnum():
        # One word of letters and digits (a menu entry, a section name): only a one-word
        # phrase can occur in it, and only as the whole word, which :func:`_find_phrase`
        # looks up by its first word; a set lookup proves most such lines hold none. No
        # credit mark or caption label (its space) can be in it either, when the text is
        # as bare.
        if folded in _phrase_heads(lex):
            phrase = _phrase_in(folded, words, lex)
            if phrase is not None:
                return phrase
        if text.isalnum():
            return _NO_CUE
    # The one-regex test rules out almost every line before its word set is built. Over
    # 30 words only comment phrases can match: the search for those alone is cheaper.
    elif words <= 30:
        if lex.any_cue_phrase.search(folded):
            phrase = _phrase_in(folded, words, lex)
            if phrase is not None:
                return phrase
    elif words <= 60 and _comment_phrase_finder(lex.comment_phrases).search(folded):
        phrase = _phrase_in(folded, words, lex)
        if phrase is not None:
            return phrase
    if words <= 12:
        # The mark test (:data:`_CREDIT_MARK`) that :func:`_is_credit` needs, here: most
        # short lines hold none. Five substring tests (in C) cost a third of a regex search.
        if ":" in text or "/" in text or "(" in text or "|" in text or "©" in text:
            if folded[:1].isdigit() and _PLAYER_CLOCK.fullmatch(folded):
                return _WIDGET, _PLAYER_CLOCK_KEY
            if _is_credit(folded, text, lex):
                return Cue.CREDIT, "credit"
            if "/" in folded and len(text) < _SLASH_CREDIT_CHARS and _slash_credit(folded, lex):
                return Cue.CREDIT, AGENCY_KEY
    elif "|" in folded and _credit_tail(folded, lex):
        return Cue.CREDIT, "credit"
    if folded.startswith(lex.caption_labels) and _under_caption_label(folded, lex):
        # "Image copyright Reuters", "Image caption The minister arrives": a photo's
        # credit or caption under a screen reader's label.
        return Cue.CREDIT, CAPTION_KEY
    return _NO_CUE


def _phrase_in(folded: str, words: int, lex: Lexicon) -> tuple[Cue, str] | None:
    """The comment or boilerplate phrase of a line that a phrase finder matched, if any."""
    # A dict, not a set: words keep their text order, so the phrase reported (and the
    # segment reason built from it) does not depend on string hashing.
    tokens = dict.fromkeys(folded.split())
    tokens.update(dict.fromkeys(_WORD.findall(folded)))
    phrase = _find_phrase(folded, tokens, lex.comment_phrases)
    if phrase:
        return Cue.COMMENT_TEXT, phrase
    phrase = _find_phrase(folded, tokens, lex.boilerplate_phrases) if words <= 30 else ""
    if phrase:
        return Cue.BOILERPLATE, phrase
    return None


_PHRASE_HEADS: list[tuple[Lexicon, frozenset[str]]] = []
"""The first words of the comment and boilerplate phrases of the last lexicon seen."""


def _phrase_heads(lex: Lexicon) -> frozenset[str]:
    """The first words of ``lex``'s comment and boilerplate phrases.

    :func:`_find_phrase` checks a line only against the phrases whose first word is one of
    the line's words: a line of one word none of these holds no phrase.
    """
    if _PHRASE_HEADS and _PHRASE_HEADS[0][0] is lex:
        return _PHRASE_HEADS[0][1]
    heads = frozenset(
        phrase.split(" ", 1)[0] for phrase in (*lex.comment_phrases, *lex.boilerplate_phrases)
    )
    _PHRASE_HEADS[:] = [(lex, heads)]
    return heads


def _under_caption_label(folded: str, lex: Lexicon) -> bool:
    """Whether a line opening with a caption label goes on after it, past a space."""
    return any(folded.startswith(f"{label} ") for label in lex.caption_labels)


@functools.cache
def _comment_phrase_finder(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """Finds whether some comment phrase occurs (as ``any_cue_phrase`` does for all phrases)."""
    return occurrence_pattern(phrases)


@functools.cache
def _phrase_index(phrases: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Index phrases by first word: a line is checked only against phrases that can occur."""
    index: dict[str, list[str]] = {}
    for phrase in phrases:
        index.setdefault(phrase.split(" ", 1)[0], []).append(phrase)
    return {word: tuple(found) for word, found in index.items()}


def _find_phrase(folded: str, tokens: dict[str, None], phrases: tuple[str, ...]) -> str:
    """Return the first of ``phrases`` that occurs in ``folded``, or ``""``.

    ``tokens`` are the line's words (space-split and word-split) in text order, so that
    only phrases starting with one of them are checked, earliest word first.
    """
    index = _phrase_index(phrases)
    short = folded.count(" ") < 8
    for word in tokens:
        for phrase in index.get(word, ()):
            # A one-word phrase ("cookies") marks only short lines, not prose about it.
            if phrase in folded and (" " in phrase or short):
                return phrase
    return ""


_WIDE_COLON = "\uff1a"
"""The full-width colon CJK text writes after a label ("タグ：")."""


def tag_label(folded: str, lex: Lexicon) -> str:
    """Return the tag label a folded line starts with ("tags" for "tags: a, b"), else ``""``.

    A CJK label takes the full-width colon ("关键词：教育、民生").
    """
    head, sep, _ = folded.replace(_WIDE_COLON, ":", 1).partition(":")
    if sep and head.strip() in lex.tag_labels:
        return head.strip()
    if folded in lex.tag_labels:
        return folded
    return ""


def _named_sidebar_heading(
    folded: str, line_cues: dict[str, tuple[Cue, str]]
) -> tuple[Cue, str] | None:
    """The sidebar heading that opens a heading named after its section or site.

    "Most read in Sport", "More from The Sun": a heading of two words or more, then the
    name, which "in" or "from" joins to it (ending the heading or opening the name). A
    one-word heading ("Latest in ...") would catch an article's sub-headings.
    """
    tokens = folded.split()
    for k in range(len(tokens) - 1, 1, -1):
        found = line_cues.get(" ".join(tokens[:k]))
        if (
            found is not None
            and found[0] is Cue.SIDEBAR_HEADING
            and (tokens[k] in _NAME_JOINS or tokens[k - 1] in _NAME_JOINS)
        ):
            return found
    return None


def _doubled_widget(folded: str, line_cues: dict[str, tuple[Cue, str]]) -> tuple[Cue, str] | None:
    """A widget line printed twice ("teilen teilen"): a button's icon label and its text."""
    half = len(folded) // 2
    if len(folded) % 2 == 0 or folded[half] != " " or folded[:half] != folded[half + 1 :]:
        return None
    found = line_cues.get(folded[:half])
    return found if found is not None and found[0] is _WIDGET else None


def _share_bar(folded: str, lex: Lexicon) -> bool:
    """Whether a line is a share bar's buttons, in any order and count.

    "Facebook Twitter Xing LinkedIn Whatsapp Mail", "whatsapp | pinterest | facebook |
    twitter | mail | drucken": every button is a share name or a widget word, and
    :data:`_SHARE_BAR_NAMES` of them or more are share names; a sentence naming networks
    ("Facebook, Twitter und Instagram") holds other words. The caller has found a share
    name first.
    """
    tokens = _SHARE_BAR_SPLIT.split(folded)
    names = lex.share_names
    widgets = lex.widget_lines
    count = 0
    for token in tokens:
        if token in names:
            count += 1
        elif token not in widgets:
            return False
    return count >= _SHARE_BAR_NAMES and len(tokens) >= _SHARE_BAR_WORDS[0]


def _icon_label(folded: str, lex: Lexicon) -> bool:
    """Whether a line is an icon's label that a text dump printed: "Ícone fechar", "Share Icon".

    The word "icon" opens it, or ends a line of two words; the caller has found the word's
    letters there ("iconic" holds them too).
    """
    tokens = folded.split()
    icons = lex.icon_words
    return tokens[0] in icons or (len(tokens) == 2 and tokens[1] in icons)


def _numbered_ad_label(folded: str, lex: Lexicon) -> tuple[Cue, str] | None:
    """An ad slot's label with the slot's number after it: "Advertisement 2", "Anzeige 3"."""
    label, _, number = folded.rpartition(" ")
    if number.isdecimal() and len(number) <= _AD_NUMBER_DIGITS and label in lex.ad_labels:
        return _WIDGET, label
    return None


def _is_widget_shape(folded: str) -> bool:
    """Font-size and rating widgets are runs of one-letter tokens with signs: "a+ a-", "a a a"."""
    if len(folded) > 17:
        # Longer than six two-character tokens and their five spaces.
        return False
    tokens = folded.split()
    return 2 <= len(tokens) <= 6 and all(
        len(t) <= 2 and t[:1] in {"a", "+", "-", "−"} for t in tokens
    )


def _is_credit(folded: str, text: str, lex: Lexicon) -> bool:
    """Whether a short line is a photo credit; the caller has found a :data:`_CREDIT_MARK` in it.

    Each test below needs a mark in the text: "©" or "(" for the leading sign (folding makes
    neither), one for the shape, ":" for the label.
    """
    if folded.startswith(("©", "(c)")):
        return True
    if len(text) < 80:
        if _credit_shape(text):
            return True
        if (
            "/" in text
            and _SPACED_SLASH.search(text)
            and (
                _WORDS_ONLY.fullmatch(text) is None
                # "By Jane Doe / Staff Photographer": a byline naming the photographer.
                or lex.byline_prefix.match(folded) is not None
                or _names_source(folded, lex)
            )
        ):
            return True
    head = folded.split(":", 1)[0].strip() if ":" in folded[:20] else ""
    return bool(head) and head in lex.credit_cues


def _credit_shape(text: str) -> bool:
    """Whether ``text`` holds a shape of :data:`_CREDIT_SHAPE`, each shape tested on its own.

    Each needs a mark that a substring test (in C) finds: a sign ("©", "|", "(c)"), a colon
    after a label, a closing bracket at the end. The whole pattern tried every position of
    every line with a mark, at some 600 instructions a character.
    """
    if ("©" in text or "|" in text or "(c" in text or "(C" in text) and _CREDIT_SIGN.search(text):
        return True
    colon = text.find(":")
    while colon >= 0:
        # The label, then white space (``\s*``: what ``rstrip`` strips), then the colon.
        head = text[:colon].rstrip()
        if _CREDIT_LABEL_END.search(head, max(0, len(head) - _CREDIT_LABEL_CHARS)):
            return True
        colon = text.find(":", colon + 1)
    # ``$`` matches at the end and before a final newline.
    return ")" in text[-2:] and _CREDIT_PAREN.search(text) is not None


_CREDIT_NAMES: list[tuple[Lexicon, frozenset[str]]] = []
"""The words that name a picture's source after a slash, of the last lexicon seen."""

_CREDIT_NAME_WORDS = 3
"""Most words of a picture source's name ("press trust of india" aside)."""


def _credit_names(lex: Lexicon) -> frozenset[str]:
    """Credit cues, news agencies and photo agencies: what a slash credit names."""
    if _CREDIT_NAMES and _CREDIT_NAMES[0][0] is lex:
        return _CREDIT_NAMES[0][1]
    names = frozenset(lex.credit_cues) | lex.agencies | lex.photo_agencies
    _CREDIT_NAMES[:] = [(lex, names)]
    return names


def _names_source(folded: str, lex: Lexicon) -> bool:
    """Whether a picture's source stands by a slash of the line, or a sentence ends there.

    "IMAGO / Jane Doe", "picture alliance / dpa", "Jane Doe / Getty Images": a credit cue, news
    agency or photo agency ends what comes before a slash or opens what follows it. "A
    caption. / JANE DOE": a sentence stop before it.
    """
    names = _credit_names(lex)
    for before, after in itertools.pairwise(folded.split("/")):
        head = before.rstrip()
        if head[-1:] in _STOPS:
            return True
        words = head.split()[-_CREDIT_NAME_WORDS:]
        if any(" ".join(words[n:]) in names for n in range(len(words))):
            return True
        words = after.split(maxsplit=_CREDIT_NAME_WORDS)[:_CREDIT_NAME_WORDS]
        if any(" ".join(words[:n]) in names for n in range(1, len(words) + 1)):
            return True
    return False


def _slash_credit(folded: str, lex: Lexicon) -> bool:
    """Whether a short line names a picture's source after a slash: "Jane Doe/Getty Images".

    A word runs into the slash ("Tim Robberts/Getty Images", "STR/AFP via Getty Images",
    "Photo by Jane Doe/AP"), and a credit cue, a news agency or a photo agency opens what
    follows it; "AC/DC", "2024/25" or a path name none. Links ("://") are no credits.
    """
    if "://" in folded:
        return False
    names = _credit_names(lex)
    parts = folded.split("/")
    if parts[0] in names and parts[1][:1].isalnum():
        # The source first: "Imago/Blaulicht-News.de", "picture alliance/dpa".
        return True
    for before, after in itertools.pairwise(parts):
        if not before[-1:].isalnum():
            continue
        words = after.split(maxsplit=_CREDIT_NAME_WORDS)[:_CREDIT_NAME_WORDS]
        if any(" ".join(words[:n]) in names for n in range(1, len(words) + 1)):
            return True
    return False


def _text_caption(text: str, lex: Lexicon) -> str:
    """The credit cue key of a text dump's line that a photo credit closes, else "".

    A sentence closed by its credit ("... in Hialeah, Fla. (AP Photo/Jane Doe, File)",
    "... on Friday. REUTERS/Jane Doe") is a caption (:data:`CAPTION_KEY`); a credit with
    under four words before it ("(Image credit: Jane Doe)") is a credit line, "credit".
    Only text dumps: an HTML page marks its captions (and its weights keep such lines as
    prose, which live blogs printed outside the article container need to be crossed).
    """
    if text[-1] in _SENTENCE_TAILS:
        # No credit ends like a sentence: most lines (paragraphs) stop here.
        return ""
    bare = _bare_credit(text, lex)
    if bare:
        return bare
    tail = text[-_CAPTION_TAIL:]
    if text[-1] == "]":
        found = _BRACKET_CREDIT.search(tail)
        if found is None or fold(found.group(1)) not in lex.credit_cues:
            return ""
        before = text[: len(text) - len(tail) + found.start()]
        return CAPTION_KEY if len(before.split()) >= _CAPTION_MIN_WORDS else "credit"
    # Every shape of the credit holds one of these marks: substring tests (in C) rule out
    # most other lines before the regex tries each of their positions.
    if not (
        text[-1] == ")"
        or "/" in tail
        or "©" in tail
        # The shape without a mark: "ice.Photograph by Jane Doe", "Cup Credit: PA".
        or "Credit" in tail
        or "Photo" in tail
        or "Foto" in tail
        or "Image" in tail
        or "Bild" in tail
    ):
        return ""
    found = _CAPTION_CREDIT.search(tail)
    if found is None:
        return ""
    before = text[: len(text) - len(tail) + found.start()]
    return CAPTION_KEY if len(before.split()) >= _CAPTION_MIN_WORDS else "credit"


def glued_credit(text: str, lex: Lexicon) -> bool:
    """Whether a photo credit closes ``text``: a caption with its credit glued on.

    The test a text dump's lines pass through :func:`describe` (``"... in Toulouse (Photo
    Jane Doe. AFP)"``, ``"... Edinburgh Photo: DEADLINE"``), for an HTML block, whose
    weights keep such a line as prose: the labels read it once the body region is known.
    """
    if not text or text[-1] in _SENTENCE_TAILS:
        return False
    # Every credit an HTML caption glues on holds a mark ("(Image: Getty)", ". DCV / Jane
    # Doe", "Photo: Jane Doe") or a "by" ("Photograph by Jane Doe"), or closes a bracket:
    # tested on the tail first, it spares most sub-headings the whole reading.
    start = max(0, len(text) - _CAPTION_TAIL)
    if text[-1] != "]" and _CREDIT_MARK.search(text, start) is None and " by " not in text[start:]:
        return False
    return bool(_text_caption(text, lex))


def _bare_credit(text: str, lex: Lexicon) -> str:
    """:func:`_text_caption` of a line that a bare credit closes: "... the ground up. Supplied".

    The credit (one or two words the lexicon lists as ``bare_credits``) follows the line's
    last sentence stop; it names no source, so no other shape of credit finds it.
    """
    words = text[-_CAPTION_TAIL:].rsplit(None, 2)
    for n in (1, 2):
        if len(words) > n and words[-n - 1][-1:] in _STOPS:
            if fold(" ".join(words[-n:])) in lex.bare_credits:
                before = text.split()[:-n]
                return CAPTION_KEY if len(before) >= _CAPTION_MIN_WORDS else "credit"
            return ""
    return ""


def _credit_tail(folded: str, lex: Lexicon) -> bool:
    """True when a sentence ends in "| <credit cue> ...": a caption with its photo credit."""
    match = _TRAILING_CREDIT.search(folded)
    if match is None:
        return False
    tail = match.group(1).strip()
    return any(
        tail.startswith(cue) and not tail[len(cue) : len(cue) + 1].isalpha()
        for cue in lex.credit_cues
    )


def strip_marks(text: str) -> str:
    """Drop combining marks after NFD, for accent-insensitive comparisons."""
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))


_TIME_STAMP = re.compile(
    r"(?i:\d{1,2}[:.h]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s(?:uhr|h))?)(?:\s[A-Z]{2,4})?"
)
"""A clock time alone, with its am/pm, "Uhr" or zone ("14:32", "2.32pm", "14h32",
"20:05 Uhr", "09:41 BST")."""


def is_time_stamp(text: str) -> bool:
    """True for a line that is only a clock time: a live blog's entry stamp ("21:05 BST").

    Such a line dates what follows it; it is no sub-heading and no teaser card's kicker.
    """
    return text[:1].isdigit() and _TIME_STAMP.fullmatch(text) is not None
