"""The per-article name context: the words it writes in lower case and the full names it gives.

A later surname ("Parise") resolves to the full name given earlier ("Zach Parise"); a
capitalised word the article also writes in lower case ("Dazu", "Also") is no name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import partial
from itertools import compress
from operator import itemgetter

import attrs

from newsparse.extract.quotes.cues import (
    _NAME_PARTICLES,
    _NAME_SUFFIXES,
    WORD,
    _Cues,
)
from newsparse.extract.quotes.names import _Ctx, _is_cap, _is_title, _name_start, _not_name

# An initial inside a name ("James P. Kennedy"), and a possessive ending to strip ("Trump's").
_INITIAL = re.compile(r"[^\W\d_]\.")
POSSESSIVE = re.compile(r"['’]s?(?=[.,:;]?$)")


def _make_ctx(paragraphs: Sequence[str], cues: _Cues) -> _Ctx:
    """The name context of an article; its parts are read from the text on first use."""
    text = _SEPARATOR.join(paragraphs)
    return _Ctx(cues, partial(_lower_words, text), partial(_full_names, text))


_SEPARATOR = "\n\x00\n"
"""Joins the paragraphs into one text read in one pass. The NUL stands alone between line
breaks: it is no word (for :data:`WORD`) and no name token, so a name run never crosses a
paragraph edge, and as "the word before" a run it is no role link."""


def _lower_words(text: str) -> frozenset[str]:
    """The words ``text`` writes in lower case."""
    # The vocabulary is much smaller than the text: test each distinct word once.
    words = set(WORD.findall(text))
    # compress/map keep the per-word test in C (the set is iterated twice, in one order).
    return frozenset(compress(words, map(str.islower, map(itemgetter(0), words))))


def _full_names(text: str, ctx: _Ctx) -> dict[str, str]:
    """The full names of ``text`` by last name (and by ``"^"`` + first name)."""
    surnames: dict[str, str] = {}
    _collect_names(text, ctx, surnames, _NameMemo())
    return surnames


@attrs.define
class _NameMemo:
    """Per-article memos of :func:`_collect_names`: an article repeats its names and words."""

    words: dict[str, tuple[str, bool]] = attrs.Factory(dict)
    """Word -> (its name token or ``""``, whether the run goes on after it)."""
    names: dict[tuple[str, ...], tuple[str, ...]] = attrs.Factory(dict)
    """Run of name tokens -> the full name it gives (empty when none)."""


def _collect_names(text: str, ctx: _Ctx, surnames: dict[str, str], memo: _NameMemo) -> None:
    """Add the full names of ``text`` (the paragraphs joined by :data:`_SEPARATOR`) to ``surnames``.

    A full name has two tokens or more, so only runs of two or more name tokens with nothing
    but spaces between them are read: :data:`_NAME_RUN` finds them in C, and the capitalised
    words standing alone (most sentence starts) cost no Python work at all.
    """
    words = memo.words
    for found in _NAME_RUN.finditer(" " + text):
        # After "of" a run opens with the role's object: "Secretary of State Mike Pompeo".
        # Only the first run of a match, and only one over two tokens, needs the word before.
        first = True
        run: list[str] = []
        for word in found.group().split():
            read = words.get(word)
            if read is None:
                read = words[word] = _name_token(word)
            token, goes_on = read
            if goes_on:
                run.append(token)  # an initial ("James P. Kennedy") does not end the name
                continue
            if token:
                run.append(token)
            if len(run) >= 2:
                linked = first and len(run) > 2 and _linked(text, found.start(), ctx)
                _add_full_name(run[linked:], ctx, surnames, memo)
            run = []
            first = False
        if len(run) >= 2:
            linked = first and len(run) > 2 and _linked(text, found.start(), ctx)
            _add_full_name(run[linked:], ctx, surnames, memo)


def _linked(text: str, start: int, ctx: _Ctx) -> bool:
    """True when the word before a name run links it to a role ("Secretary of")."""
    return _word_before(text, start) in ctx.cues.role_links


def _name_token(word: str) -> tuple[str, bool]:
    """Read one word of a name run: its name token (``""`` if none) and whether the run goes on.

    A token with a trailing stop or comma ends the run after it ("Kennedy," "Kennedy."),
    except an initial ("P.").
    """
    token = word.strip("\"'“”‘’«»„‚()[]")
    if "'" in token or "’" in token:
        token = POSSESSIVE.sub("", token)
    if (
        token
        and _is_cap(token)
        and (not token.endswith((".", ",", ":", ";")) or _INITIAL.fullmatch(token))
    ):
        return token, True
    bare = token.rstrip(".,:;")
    if token and _is_cap(bare) and len(bare) > 1:
        return bare, False
    return "", False


def _word_before(text: str, start: int) -> str:
    """The space-delimited word before ``start`` (``""`` at the start of the text)."""
    # A short window holds the word almost always; it must not end the window on the left.
    begin = max(0, start - _WORD_WINDOW)
    words = text[begin:start].split()
    if words and (begin == 0 or text[begin - 1].isspace() or len(words) > 1):
        return words[-1]
    if not words and begin == 0:
        return ""
    end = start
    while end and text[end - 1].isspace():
        end -= 1
    begin = end
    while begin and not text[begin - 1].isspace():
        begin -= 1
    return text[begin:end]


_WORD_WINDOW = 40
"""Characters before a name run read for the word before it, before falling back to a scan."""


# Tokens that may be (or start) a name: a letter that is not lower-case Latin, maybe after an
# opening mark or bracket, or a hyphenated lower-case start ("al-Assad"). Everything else is
# skipped in C. The quantifiers are possessive: what one part takes the next never could
# (a hyphen ends the lower-case start), so giving back characters only wastes time.
_NAME_PART = r"[\"'“”‘’«»„‚(\[]*+(?:[^\W\d_a-zß-öø-ÿ]|[a-zß-öø-ÿ][^\s-]*+-)\S*+"
_NAME_TOKEN = re.compile(rf"(?<!\S){_NAME_PART}")
#: Two or more name tokens in a row with only spaces between them. A token runs to the end
#: of its word, so the words of a match are its tokens, and a match is never part of a
#: longer run. It is matched in ``" " + paragraph``: the whitespace before a run opens the
#: match (the pattern starts with a character class, so the scan jumps from one whitespace
#: to the next in C), and ``match.start()`` is where the run starts in the paragraph.
_NAME_RUN = re.compile(rf"\s{_NAME_PART}(?:\s++{_NAME_PART})+")


def _add_full_name(run: list[str], ctx: _Ctx, surnames: dict[str, str], memo: _NameMemo) -> None:
    key = tuple(run)
    name = memo.names.get(key)
    if name is None:
        name = memo.names[key] = _full_name(run, ctx)
    if len(name) >= 2:
        full = " ".join(name)
        keys = [name[-1].casefold(), "^" + name[0].casefold()]  # "Phil" -> "Phil Foden"
        if name[-1].casefold() in _NAME_SUFFIXES and len(name) >= 3:  # "James P. Kennedy Jr."
            keys.append(name[-2].casefold())
        for key_ in keys:
            known = surnames.get(key_)
            # A longer form that contains the known one wins ("George Guido Lombardi").
            if known is None or (len(full) > len(known) and f" {known} " in f" {full} "):
                surnames[key_] = full


def _full_name(run: list[str], ctx: _Ctx) -> tuple[str, ...]:
    """The full name a run of name tokens gives: its tokens after any role (empty if none)."""
    start = _name_start(run, ctx)
    titles = [k for k in range(start, len(run)) if _is_title(run[k], ctx.cues)]
    name = run[(titles[-1] + 1 if titles else start) :]
    if any(_not_name(t, ctx.cues) for t in name):
        return ()
    if len(name) > 4 and not any(_name_glue(t) for t in name[1:]):
        # A long run of capitals is more often a place or body before a name than one name;
        # particles, initials and suffixes ("Abu Anas Al Saud", "James P. Kennedy Jr.") glue.
        # Four words may be one name (Spanish "Juan José Rodríguez Sendín").
        name = name[-2:]
    return tuple(name)


def _name_glue(token: str) -> bool:
    """True for name parts that join a long name: particles, initials, suffixes."""
    low = token.casefold()
    return low in _NAME_PARTICLES or low in _NAME_SUFFIXES or (len(low) == 2 and low[1] == ".")
