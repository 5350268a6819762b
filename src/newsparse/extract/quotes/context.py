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

from newsparse.extract.quotes.cues import (
    _NAME_PARTICLES,
    _NAME_SUFFIXES,
    WORD,
    _Cues,
)
from newsparse.extract.quotes.names import (
    _MIN_STEM,
    _Ctx,
    _inflected_tail,
    _inflects,
    _is_cap,
    _name_start,
    _not_name,
    _titles,
)

# An initial inside a name ("James P. Kennedy"), and a possessive ending to strip ("Trump's").
_INITIAL = re.compile(r"[^\W\d_]\.")
POSSESSIVE = re.compile(r"['’]s?(?=[.,:;]?$)")


def _make_ctx(paragraphs: Sequence[str], cues: _Cues, headline: str | None = None) -> _Ctx:
    """The name context of an article; its parts are read from the text on first use.

    A ``headline`` in sentence case gives the full names the body lacks ("Kristi Noem" for a
    body that says only "Noem"); a headline in title case, every long word capitalised, is
    left out: its capitalised words are no names.
    """
    text = _SEPARATOR.join(paragraphs)
    if headline and not _title_case(headline):
        return _Ctx(
            cues,
            partial(_LowerWords, text),
            partial(_HeadlineSurnames, text, headline),
            text=text,
            headline=headline,
        )
    return _Ctx(
        cues,
        partial(_LowerWords, text),
        partial(_Surnames, text),
        text=text,
        headline=headline or "",
    )


class _HeadlineSurnames:
    """The body's full names, and the headline's for a key the body gives no full name for.

    The body decides whenever it can: a headline's name run may hold a role the body writes
    apart ("Anti-A100-Aktivist Tobias Trommer: …").
    """

    def __init__(self, text: str, headline: str, ctx: _Ctx) -> None:
        self._body = _Surnames(text, ctx)
        self._headline = _Surnames(headline, ctx)

    def get(self, key: str) -> str | None:
        """The body's full name for ``key``, else the headline's, else None."""
        return self._body.get(key) or self._headline.get(key)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None


def _title_case(headline: str) -> bool:
    """True when every word of four letters or more in ``headline`` is capitalised."""
    long = [w for w in WORD.findall(headline) if len(w) >= _TITLE_WORD]
    return all(w[0].isupper() for w in long)


_TITLE_WORD = 4
"""Letters of the shortest word read for title case ("With", "From"; not "of", "the")."""


_SEPARATOR = "\n\x00\n"
"""Joins the paragraphs into one text read in one pass. The NUL stands alone between line
breaks: it is no word (for :data:`WORD`) and no name token, so a name run never crosses a
paragraph edge, and as "the word before" a run it is no role link."""


class _LowerWords:
    """The words an article writes in lower case, looked up one word at a time.

    An article asks about a few words (a capitalised word opening a long name run), so each
    is looked for in the text (one C search per occurrence of its letters) instead of
    collecting the whole vocabulary; after :data:`_LOOKUPS` words the vocabulary is
    collected, which keeps the cost linear however many words are asked about.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._seen: dict[object, bool] = {}
        self._all: frozenset[str] | None = None

    def __contains__(self, word: object) -> bool:
        if self._all is not None:
            return word in self._all
        known = self._seen.get(word)
        if known is None:
            if len(self._seen) >= _LOOKUPS or not isinstance(word, str):
                self._all = _lower_words(self._text)
                return word in self._all
            known = self._seen[word] = _writes_lower(self._text, word)
        return known


_LOOKUPS = 12
"""Words looked up one by one before the whole vocabulary is collected."""

_WORD_CHAR = re.compile(r"\w")


def _writes_lower(text: str, word: str) -> bool:
    """True when ``word`` starts with a lower-case letter and stands alone in ``text``.

    That is: ``word in _lower_words(text)``, a whole match of :data:`WORD` somewhere.
    """
    if not word[:1].islower() or not WORD.fullmatch(word):
        return False
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not _WORD_CHAR.match(text, at - 1)) and not _WORD_CHAR.match(text, end):
            return True
        at = text.find(word, at + 1)
    return False


def _lower_words(text: str) -> frozenset[str]:
    """The words ``text`` writes in lower case."""
    # The vocabulary is much smaller than the text: test each distinct word once.
    words = set(WORD.findall(text))
    # compress/map keep the per-word test in C (the set is iterated twice, in one order).
    return frozenset(compress(words, map(str.islower, map(itemgetter(0), words))))


class _Surnames:
    """The article's full names by last name (casefolded), and by ``"^"`` + first name.

    A key maps to what reading every name run in text order gives (a longer form that
    contains the known one wins: "George Guido Lombardi"), but only the runs holding the
    key's word are read, when the key is first asked for: an article asks for a few words,
    and reading a run (:func:`_full_name`) is the costly part.
    """

    def __init__(self, text: str, ctx: _Ctx) -> None:
        self._ctx = ctx
        self._text = text
        self._runs: list[tuple[str, ...]] = []
        # Casefolded token -> the runs that hold it, in text order, each once; read from the
        # text when a key first needs it (:meth:`_no_name` answers some without).
        self._by_token: dict[str, list[int]] | None = None
        self._names: dict[tuple[str, ...], tuple[str, ...]] = {}
        self._known: dict[str, str | None] = {}

    def get(self, key: str) -> str | None:
        """The full name for ``key``, else None."""
        if key in self._known:
            return self._known[key]
        full = self._known[key] = self._read(key)
        endings = self._ctx.cues.case_endings
        if full is not None and endings and key.startswith("^"):
            # "^малайзии" files "Малайзии Анваром Ибрагимом": a genitive before an inflected
            # full name ("Анвар Ибрагим"), no first name.
            words = full.split()
            base = self.get(words[-1].casefold()) if len(words) > _FIRST_AND_LAST else None
            if base is not None and _inflected_tail(" ".join(words[1:]), base, endings):
                full = self._known[key] = None
        elif full is not None and endings:
            # "ибрагимом" files "Малайзии Анваром Ибрагимом": the name is the one its stem
            # files ("Анвар Ибрагим"), which the inflected run ends with.
            for ending in endings:
                if key.endswith(ending) and len(key) - len(ending) >= _MIN_STEM:
                    base = self.get(key[: -len(ending)])
                    if base is not None and _inflected_tail(full, base, endings):
                        full = self._known[key] = base
                        break
        return full

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None

    def _read(self, key: str) -> str | None:
        # A token starts with a letter: "^" keys (first names) and last-name keys never mix.
        first = key.startswith("^")
        word = key[1:] if first else key
        if self._no_name(word):
            return None
        if self._by_token is None:
            self._runs = _name_runs(self._text, self._ctx)
            self._by_token = {}
            for j, run in enumerate(self._runs):
                for token in run:
                    found = self._by_token.setdefault(token.casefold(), [])
                    if not found or found[-1] != j:
                        found.append(j)
        known: str | None = None
        for j in self._by_token.get(word, ()):
            run = self._runs[j]
            name = self._names.get(run)
            if name is None:
                name = self._names[run] = _full_name(run, self._ctx)
            if (len(name) < 2 and not self._mononym(run, name, first=first)) or not _name_key(
                name, word, first=first
            ):
                continue
            if not first and len(name) == _OPENED_NAME and self._opened(name, word):
                continue
            full = " ".join(name)
            if known is None or _better_name(full, known, self._ctx.cues.case_endings):
                known = full
        return known

    def _mononym(self, run: tuple[str, ...], name: tuple[str, ...], *, first: bool) -> bool:
        """True for a one-word name after a capitalised adverb opening a run ("Tik Jėzus").

        The word after the sentence's opening word is capitalised though it opens nothing,
        so it is a name even alone ("Only Jesus …"); after a conjunction it may open a clause
        of its own ("But Uber, …", "Before Bridesmaids"). Not where every noun is capitalised,
        and not a first name of a full name the article gives ("Though Mariam does not
        know" after "Mariam Malibiche").
        """
        cues = self._ctx.cues
        opening = run[0].casefold()
        return (
            not first
            and len(run) == _OPENED_NAME
            and len(name) == 1
            and not cues.noun_suffixes
            and opening in cues.adverbs
            and self.get("^" + name[0].casefold()) is None
        )

    def _opened(self, name: tuple[str, ...], word: str) -> bool:
        """True when a two-token run is a sentence's opening word and a first name.

        "Obwohl Liat und …": a conjunction is no first name; "Von Liat fehlte …": a particle
        before a name the article gives as a first name ("Liat Atzili") is the preposition.
        """
        opening = name[0].casefold()
        if opening in self._ctx.cues.conjunctions:
            return True
        return opening in _NAME_PARTICLES and self.get("^" + word) is not None

    def _no_name(self, word: str) -> bool:
        """True when a token that casefolds to ``word`` is :func:`_not_name`.

        No full name holds such a token (:func:`_full_name` gives none), and a name is filed
        only under a word it holds (:func:`_name_key`), so nothing is filed under ``word``.
        """
        cues = self._ctx.cues
        return word in cues.non_name or (len(word) > 5 and word.endswith(cues.noun_suffixes))


def _better_name(full: str, known: str, endings: tuple[str, ...]) -> bool:
    """True when ``full`` is a better form of the name ``known`` than ``known`` itself.

    A longer form that holds it ("George Guido Lombardi" for "Guido Lombardi"). In an
    inflecting language (``endings``), the nominative of an inflected form read first
    ("Declan Rice" for "Declana Rice"), and a capitalised word before a name is a genitive
    ("президент России Владимир Путин", "předseda ODS Petr Fiala"), no part of it: there the
    form without it is the better one.
    """
    if not endings:
        return len(full) > len(known) and f" {known} " in f" {full} "
    if _inflects(known, full, endings):
        return True
    if " " in full and known.endswith(" " + full):
        return True  # "Владимир Путин" after "России Владимир Путин"
    return len(full) > len(known) and f" {known} " in f" {full} " and not full.endswith(" " + known)


# Words of a name of a first and a last name.
_FIRST_AND_LAST = 2

# Tokens of a run opened by a conjunction or particle ("Obwohl Liat", "Von Liat").
_OPENED_NAME = 2


def _name_key(name: tuple[str, ...], word: str, *, first: bool) -> bool:
    """True when a full name is filed under ``word``: its last name, or its first one."""
    if first:
        return name[0].casefold() == word
    last = name[-1].casefold()
    # "James P. Kennedy Jr." is filed under "kennedy" too.
    return last == word or (
        last in _NAME_SUFFIXES and len(name) >= 3 and name[-2].casefold() == word
    )


def _name_runs(text: str, ctx: _Ctx) -> list[tuple[str, ...]]:
    """The runs of name tokens of ``text`` (the paragraphs joined by :data:`_SEPARATOR`).

    A full name has two tokens or more, so only runs of two or more name tokens with nothing
    but spaces between them are read: :data:`_NAME_RUN` finds them in C, and the capitalised
    words standing alone (most sentence starts) cost no Python work at all.
    """
    runs: list[tuple[str, ...]] = []
    # Word -> (its name token or "", whether the run goes on after it): names repeat.
    words: dict[str, tuple[str, bool]] = {}
    # Either way ``found.start()`` is where the run starts in ``text`` and the words of
    # ``found.group()`` are the run's words.
    hyphens = _hyphen_names(text)
    matches = _NAME_RUN.finditer(" " + text) if hyphens else _CAPITAL_RUN.finditer(text)
    for found in matches:
        if _PLAIN_RUN.fullmatch(found.group()):
            # Most runs: every word is its own name token and the run goes on over all.
            plain = found.group().split()
            linked = (len(plain) > 2 and _linked(text, found.start(), ctx)) or _governed(
                plain[0], text, found.start(), ctx
            )
            runs.append(tuple(plain[linked:]))
            continue
        # After "of" a run opens with the role's object: "Secretary of State Mike Pompeo".
        # Only the first run of a match, and only one over two tokens, needs the word before.
        first = True
        # A quotation's first word is capitalised as a sentence start ("«Bene Giorgia Meloni
        # da Trump»"): a run it opens drops it, like a role link, before two more tokens.
        quoted = False
        run: list[str] = []
        for word in found.group().split():
            read = words.get(word)
            if read is None:
                read = words[word] = _name_token(word)
            token, goes_on = read
            if not run:
                quoted = word[:1] in _QUOTE_OPENERS
            if goes_on:
                run.append(token)  # an initial ("James P. Kennedy") does not end the name
                continue
            if token:
                run.append(token)
            if len(run) >= 2:
                runs.append(_unlinked(run, text, found.start(), ctx, first=first, quoted=quoted))
            run = []
            first = False
        if len(run) >= 2:
            runs.append(_unlinked(run, text, found.start(), ctx, first=first, quoted=quoted))
    return runs


def _unlinked(
    run: list[str], text: str, start: int, ctx: _Ctx, *, first: bool, quoted: bool
) -> tuple[str, ...]:
    """A name run without the word that opens it as a role's object or a quote's first word.

    Only the first run of a match (at ``start``) has the word before it in the text: a role
    link ("Secretary of State Mike Pompeo") or a preposition governing the run's first word
    ("в Раді Венедіктова").
    """
    linked = len(run) > 2 and (quoted or (first and _linked(text, start, ctx)))
    linked = linked or (first and _governed(run[0], text, start, ctx))
    return tuple(run[linked:])


_QUOTE_OPENERS = frozenset("\"'“”„‚‘’«»‹›「『")
"""Marks a word may open with where it opens a quotation."""


def _hyphen_names(text: str) -> bool:
    """True when a word opening with a letter of :data:`_NO_NAME_START` may be a name token.

    Such a word is one only when a hyphen in it comes before an upper-case letter ("al-Assad",
    :func:`_is_cap`); without one, the word ends a run as a word :data:`_CAPITAL_RUN` does
    not match does, and that pattern, which does not read such words to their end, finds the
    runs :data:`_NAME_RUN` finds. Each word is read once, however many hyphens it holds.
    """
    checked = 0
    backwards = ""
    for hit in _HYPHEN_NAME.finditer(text):
        at = hit.start()
        if at < checked:
            continue
        # The word's start: the non-spaces before the hyphen, read in the reversed text.
        backwards = backwards or text[::-1]
        back = len(text) - at
        start = at - (_word_end(backwards, back) - back)
        if _LOWER_OPENING.match(text, start):
            return True
        checked = _word_end(text, at)
    return False


def _word_end(text: str, at: int) -> int:
    """Where the non-space characters from ``at`` end."""
    found = _NON_SPACES.match(text, at)
    return found.end() if found else at  # \S*+ always matches: the else is for mypy


def _governed(word: str, text: str, start: int, ctx: _Ctx) -> bool:
    """True when a run's first word is a noun a preposition governs ("в Раді Венедіктова")."""
    endings = ctx.cues.governed_endings
    return (
        bool(endings)
        and word.casefold().endswith(endings)
        and (_word_before(text, start) in ctx.cues.np_breaks)
    )


def _linked(text: str, start: int, ctx: _Ctx) -> bool:
    """True when the word before a name run links it to a role ("Secretary of")."""
    return _word_before(text, start) in ctx.cues.role_links


_SIMPLE_WORD = re.compile(r"([A-ZÀ-ÖØ-Þ]\w*+)(?:(?<=\w\w)([.,:;]++))?")
"""A capitalised word of word characters, maybe with trailing stops or commas after two of them."""


# A bracket inside a word, or a dash ending it ("EFE).-"): no name token.
_NO_NAME_MARK = re.compile(r"[()\[\]]|-[.,:;]*$")


def _name_token(word: str) -> tuple[str, bool]:
    """Read one word of a name run: its name token (``""`` if none) and whether the run goes on.

    A token with a trailing stop or comma ends the run after it ("Kennedy," "Kennedy."),
    except an initial ("P.").
    """
    # The common shapes first: a lower-case word (no hyphen, so no "al-Assad"), a plain
    # capitalised word, one with a trailing stop or comma (longer than an initial).
    if word[:1].islower() and "-" not in word:
        return "", False
    simple = _SIMPLE_WORD.fullmatch(word)
    if simple is not None:
        return simple[1], not simple[2]
    token = word.strip("\"'“”‘’«»„‚()[]")
    if _NO_NAME_MARK.search(token) is not None:
        return "", False  # "(EFE).- El alto representante": a dateline's agency and dash
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


#: Letters no name opens with: lower-case Latin, Greek and Cyrillic, and the letters of some
#: scripts without case (Hebrew, Arabic, kana, CJK ideographs, Hangul). None is upper-case, so
#: a word opening with one is a name token only when hyphenated ("al-Assad", "по-Путину":
#: :func:`_is_cap` reads the parts); any other such word ends a run, like a word not matched.
#: Listing the non-Latin ones keeps the name scan in C on text written in them: in Russian
#: every word would otherwise stop it.
_NO_NAME_START = "a-zß-öø-ÿά-ώа-џא-תء-يぁ-ヿ一-鿿가-힣"

# Tokens that may be (or start) a name: a word character that is not a digit and none of
# :data:`_NO_NAME_START`, maybe after an opening mark or bracket, or a hyphenated lower-case
# start ("al-Assad"). Everything else is skipped in C. The quantifiers are possessive: what
# one part takes the next never could (a hyphen ends the lower-case start), so giving back
# characters only wastes time.
_MARKS = r"[\"'“”‘’«»„‚(\[]*+"
_NAME_PART = rf"{_MARKS}(?:[^\W\d_{_NO_NAME_START}]|[{_NO_NAME_START}][^\s-]*+-)\S*+"
_NAME_TOKEN = re.compile(rf"(?<!\S){_NAME_PART}")
#: Two or more name tokens in a row with only spaces between them. A token runs to the end
#: of its word, so the words of a match are its tokens, and a match is never part of a
#: longer run. It is matched in ``" " + paragraph``: the whitespace before a run opens the
#: match (the pattern starts with a character class, so the scan jumps from one whitespace
#: to the next in C), and ``match.start()`` is where the run starts in the paragraph.
_NAME_RUN = re.compile(rf"\s{_NAME_PART}(?:\s++{_NAME_PART})+")

_CAPITAL_PART = rf"{_MARKS}[^\W\d_{_NO_NAME_START}]\S*+"
_CAPITAL = rf"[^\W\d_{_NO_NAME_START}]"
#: :data:`_NAME_RUN` without the hyphenated lower-case starts, whose words it must read to
#: their end for a hyphen, and matched in the paragraph itself (``match.start()`` is the
#: run's start there too): the same runs where :func:`_hyphen_names` is false (the word
#: before a run, :func:`_linked`, is then such a word or the one before it was; neither is a
#: role link, which has no hyphen). It opens with one character class, a superset of the
#: characters a run may open with (no space, ASCII digit, underscore or letter of
#: :data:`_NO_NAME_START`), so the scan skips in C to the few characters that may open one
#: (capitals and punctuation, not every space as :data:`_NAME_RUN` does), and only there do
#: the lookbehinds check that a word starts and that it is a mark or a capital.
_CAPITAL_RUN = re.compile(
    rf"[^\s0-9_{_NO_NAME_START}](?<!\S.)"
    rf"(?:(?<=[\"'“”‘’«»„‚(\[])[\"'“”‘’«»„‚(\[]*+{_CAPITAL}|(?<={_CAPITAL}))\S*+"
    rf"(?:\s++{_CAPITAL_PART})+"
)
_HYPHEN_NAME = re.compile(rf"-[^\W\d_{_NO_NAME_START}]")
_LOWER_OPENING = re.compile(rf"{_MARKS}[{_NO_NAME_START}]")
_NON_SPACES = re.compile(r"\S*+")

#: A name run whose words all start with an upper-case letter and hold only word characters
#: after it: :func:`_name_token` keeps each word whole and goes on after it. (A match of
#: :data:`_NAME_RUN` opens with a space, one of :data:`_CAPITAL_RUN` does not.)
_PLAIN_RUN = re.compile(r"\s?+[A-ZÀ-ÖØ-Þ]\w*+(?:\s++[A-ZÀ-ÖØ-Þ]\w*+)*+")


def _full_name(run: tuple[str, ...], ctx: _Ctx) -> tuple[str, ...]:
    """The full name a run of name tokens gives: its tokens after any role (empty if none)."""
    start = _name_start(run, ctx)
    titles = _titles(run, start, ctx.cues, initials=False)
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
