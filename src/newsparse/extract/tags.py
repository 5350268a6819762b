"""Tag candidates: "Tags:" lines (run-together ones split with page evidence) and declared keywords.

A text dump often runs a tag list together ("Tags: Jund al-Imam al Hujja Muqtada al-Sadr
troops expulsion"). Such a line is split by dynamic programming over its words: a
segment that occurs as a phrase in the body text scores by its length, a lower-case
word the body uses scores less, a segment of uniform capitalisation of a word or two
less again (longer ones lose), and every segment costs a constant, so the best split
prefers body phrases and then short, case-consistent tags. A list names each tag once:
a word the line repeats pairs up with a neighbour ("Web Scraping ... Data Scraping").
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
import weakref
from collections import Counter
from collections.abc import Iterator, Sequence

from newsparse.document import DumpKind
from newsparse.extract import Candidate, Context
from newsparse.extract.features import Cue, is_cjk_char
from newsparse.lexicon import fold, longest_first
from newsparse.model import Label

# Enum members read as module constants: on Python 3.11 an enum member read costs a
# metaclass attribute lookup (~8 times a global read), and these are read per block or line.
_CUE_NONE = Cue.NONE
_CUE_NONE_OR_NAVIGATION = (Cue.NONE, Cue.NAVIGATION)
_CUE_TAGS = Cue.TAGS
_CUE_SIDEBAR = Cue.SIDEBAR_HEADING
_CUE_NAVIGATION = Cue.NAVIGATION
_CUE_CREDIT = Cue.CREDIT
_CUE_WIDGET = Cue.WIDGET
_CUE_COMMENTS = Cue.COMMENT_HEADING
_CLOSING_CUES = (Cue.SIDEBAR_HEADING, Cue.COMMENT_HEADING, Cue.TAGS)
"""Cues of headings that close an unlabelled topic run (:func:`_trailing_topics`)."""
_DUMP_HTML = DumpKind.HTML
_LABEL_BODY = Label.BODY
_LABEL_NAVIGATION = Label.NAVIGATION

__all__ = ["split_run_together", "tags_from_meta", "tags_from_text"]

_SEPARATORS = re.compile(r"\s*(?:[,;|•·#]|\s/\s)\s*")
"""Explicit tag separators."""
_HASHTAGS = re.compile(r"\s*(?=#\w)")
"""Where a line of hashtags ("#Flooding #City_budget") splits: before each ``#``."""

_WORD = re.compile(r"\w+")
_WORD_START = re.compile(r"\w")
_DIGIT = re.compile(r"\d")
_COUNT = re.compile(r"\(?\d[\d.,]*\)?")
"""A number, bracketed or not ("0", "(42)", "438.3"), as counters show one."""
_ROUNDED_COUNT = re.compile(r"(?:\d+[.,]\d+|\d{2,})\s*[KkMm]")
"""A count in thousands or millions ("438.3K", "17K"; not a "4K" screen)."""
_LETTER = re.compile(r"[^\W\d_]")

_GUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.IGNORECASE)
"""Identifiers that CMSs put among keywords."""

_LABEL_PREFIX = re.compile(
    r"""^(?:[\w ]{0,20}\bcategory              # "Category:", "Primary category:"
         |sections?|topics?|tags?|organizations?|persons?|locations?)
        \s*[:/]\s*""",
    re.IGNORECASE | re.VERBOSE,
)
"""CMS prefixes on declared keywords: "Category: Travel", "sections/sverige", "topic/x"."""

_INDEX_PREFIX = re.compile(r"^\(\d+\)\s*")
"""A bracketed number opening a declared keyword: a CMS's index or count, not the tag's."""
_MACHINE = re.compile(r"^nlp\b", re.IGNORECASE)
"""Machine-generated categories ("NLP Category: General") are not the editors' tags."""
_MAX_SECTION_CHARS = 40
_META_SCORES = {"rel": 5.5, "jsonld": 4.5, "meta": 4.0}
"""Scores of declared tag lists by source (others 3.5): rel=tag links are the visible ones."""
_MAX_GLUED_WORDS = 30
_GUESSED_SCORE = 3.0
_PARTIAL_LIST_SCORE = 3.9
_EVIDENCE_BONUS = 0.5
_BODY_WORD_SCORE = 1.2
_MAX_SHARED_LABEL_TAG_WORDS = 3
_MIN_INLINE_WORDS = 4
_MIN_SHORT_RUN_WORDS = 3
"""Fewest words of a tag line to split; under :data:`_MIN_INLINE_WORDS`, only into pieces
the article uses each (:func:`_inline_links`)."""
_MAX_INLINE_WORDS = 30
_MAX_TAG_WORDS = 6
_MAX_REPEAT_TAG_WORDS = 2
"""Longest segment a word the tag line repeats scores in as a phrase (:func:`_segment_score`)."""
_MAX_LINE_WORDS = 80
_NOT_A_TAG = re.compile(r"://|^www\.|\d{1,2}[./]\d{1,2}[./]\d{2,4}|[?…]$|\.\.\.$")
"""A link, a date, a question or an elided title: a teaser or a link line, never a tag."""
_SENTENCE_STOPWORDS = 2
"""Function words (name particles aside: "Ursula von der Leyen") that make a line a phrase."""
_STEM_CHARS = 4
"""Letters two words of one stem share at their start (:func:`_shared_stems`)."""
_MIN_GLUED_CHARS = 16
"""Shortest space-less lower-case tag that may be several run together (:func:`_glued_words`)."""
_MIN_GLUED_WORD_CHARS = 3
_MAX_GLUED_WORD_CHARS = 24
_MAX_COLON_TAG_WORDS = 4
"""Most words of a line in a list under a colon-only label ("Jewish Supreme Court Justices")."""
_MAX_COLON_LABEL_CHARS = 12
"""Where the colon of a colon-only label on its list's line stands at the latest ("Read more:")."""
_MENU_LINES = 3
_HEADER_MENU_ITEMS = 5
"""Fewest items of a heading's list above the headline that make it the site's menu."""
"""Navigation lines among a heading's list that make it a site menu (:func:`_site_menu`)."""


def _norm(text: str) -> str:
    """Fold to lower-case words separated by single spaces, padded, for phrase lookups."""
    # The words joined by single spaces: what replacing every run of non-word characters
    # (whitespace among them) by one space and stripping the ends gives, a fifth faster.
    return " " + " ".join(_WORD.findall(text.casefold())) + " "


def _case_class(word: str) -> str:
    """The case of a word's first letter ("upper", "lower"), or "other" with no letter."""
    # Most words open with their first letter: the loop ends at once.
    for char in word:
        if char.isalpha():
            return "upper" if char.isupper() else "lower"
    return "other"


_PARTICLES = frozenset(
    {"al", "of", "the", "de", "van", "von", "and", "for", "in", "bin", "la", "le", "el", "da"}
)


def _segment_score(
    words: list[str], body: str, long_run: bool = False, repeated: bool = False
) -> float:
    phrase = _norm(" ".join(words))
    if repeated:
        # A word the line repeats (:func:`_pairs_with_repeat`) paired with a neighbour
        # of its case scores as a phrase would; alone, as a word without evidence.
        # Variants of one stem ("Datascraping Data") are tags apart, as below.
        if len(words) == 1:
            return 0.5
        if _prefixed(words):
            return -1.0 * len(words)
        if len({_case_class(w) for w in words}) == 1:
            return 2.0 * len(words)
    # A lone common word occurs in any body; only names and phrases count as evidence.
    evidence = len(words) > 1 or words[0][:1].isupper()
    if len(phrase) > 2 and phrase in body:
        if evidence:
            return 2.0 * len(words)
        if long_run:
            # A lower-case word the body uses is weak evidence (any body has common words),
            # but in a long lower-case run ("books romance author reader genre") words
            # the body never joins are tags of their own: scored over half the segment
            # cost each, they split where a phrase would not. A run of two between
            # capitalised tags ("troops expulsion") stays one tag.
            return _BODY_WORD_SCORE
    if len(words) > 1 and _shared_stems(words):
        # Words of one stem side by side ("Laufen Laufschuh", "Datascraping Data") are
        # variants a tag list gives apart, not one tag.
        return -1.0 * len(words)
    classes = [_case_class(w) for w in words if w.casefold().split("-")[0] not in _PARTICLES]
    if len(set(classes)) <= 1:
        # A tag of a word or two is the common case; past two words a run of same-case
        # words the body never uses together is more likely several tags than one.
        return 0.5 * len(words) if len(words) <= 2 else 1.0 - 0.5 * (len(words) - 2)
    if classes[0] == "upper" and set(classes[1:]) == {"lower"}:
        # Sentence case ("Precio de la luz", "Cambio climático") is one tag, weaker evidence.
        return 0.3 * len(words)
    return -1.0 * len(words)


def _shared_stems(words: Sequence[str]) -> bool:
    """Whether two neighbouring words open with the same :data:`_STEM_CHARS` letters."""
    stems = [w[:_STEM_CHARS].casefold() if len(w) > _STEM_CHARS else "" for w in words]
    return any(a and a == b for a, b in itertools.pairwise(stems))


def _prefixed(words: Sequence[str]) -> bool:
    """Whether a word opens with its neighbour or shares its stem ("Datascraping Data")."""
    folded = [w.casefold() for w in words]
    return _shared_stems(words) or any(
        a.startswith(b) or b.startswith(a) for a, b in itertools.pairwise(folded)
    )


def split_run_together(line: str, body: str) -> list[str]:
    """Split a tag line with no separators into tags, using ``body`` as evidence.

    Args:
        line: The tag words, label removed.
        body: Text of the article body.

    Returns:
        The tags in order.
    """
    return _split_words(line, _norm(body))


def _split_words(line: str, norm_body: str) -> list[str]:
    """:func:`split_run_together` with the body already folded by :func:`_norm`."""
    words = line.split()[:_MAX_LINE_WORDS]
    n = len(words)
    long_runs = _long_case_runs(words)
    repeats = _repeated_words(words, norm_body)
    best: list[float] = [0.0] + [float("-inf")] * n
    back = [0] * (n + 1)
    for end in range(1, n + 1):
        for size in range(1, min(_MAX_TAG_WORDS, end) + 1):
            begin = end - size
            long_run = size == 1 and long_runs[begin]
            repeated = (
                size <= _MAX_REPEAT_TAG_WORDS
                and any(repeats[begin:end])
                and _pairs_with_repeat(words[begin:end], repeats[begin:end], norm_body)
            )
            segment = _segment_score(words[begin:end], norm_body, long_run, repeated)
            score = best[begin] + segment - 1.0
            if score > best[end]:
                best[end], back[end] = score, begin
    tags: list[str] = []
    end = n
    while end > 0:
        tags.append(" ".join(words[back[end] : end]))
        end = back[end]
    return tags[::-1]


def _repeated_words(words: list[str], norm_body: str) -> list[int]:
    """How each word of the line repeats: 0 once, 1 twice or more, 2 twice or more unexplained.

    An occurrence that forms a phrase of the body with a neighbour ("City Budget") is
    accounted for; a word whose occurrences but one are accounted for (1) may be a tag
    alone too ("Council Budget City Budget"), one with more left (2) belongs to several
    tags of more words (see :func:`_pairs_with_repeat`). A name particle and a number
    are never counted.
    """
    folded = [w.casefold() for w in words]
    if len(set(folded)) == len(folded):
        return [0] * len(words)  # most lines: no word twice
    counts = Counter(folded)
    repeated = [
        counts[w] > 1 and w.split("-")[0] not in _PARTICLES and _LETTER.search(w) is not None
        for w in folded
    ]
    if not any(repeated):
        return [0] * len(words)
    in_phrases: Counter[str] = Counter()
    pairs = [_norm(f"{a} {b}") in norm_body for a, b in itertools.pairwise(folded)]
    for k, word in enumerate(folded):
        if repeated[k] and ((k > 0 and pairs[k - 1]) or (k < len(pairs) and pairs[k])):
            in_phrases[word] += 1
    return [
        (2 if counts[w] - in_phrases[w] > 1 else 1) if seen else 0
        for w, seen in zip(folded, repeated, strict=True)
    ]


def _pairs_with_repeat(words: list[str], repeats: list[int], norm_body: str) -> bool:
    """Whether a segment is a word the line repeats with its partner in one tag.

    A tag list names a tag once: a word it gives twice or more, unaccounted for by
    phrases of the body (2 in :func:`_repeated_words`), belongs to a tag of several
    words in one place at least ("Web Scraping ... Data Scraping"). One accounted for
    but once (1: "Google Search ... Search Engine") pairs up with a neighbour the body
    never uses, which has no evidence of standing alone.
    """
    if len(words) == 1:
        return repeats[0] == 2
    if 2 in repeats:
        return True
    return any(
        state == 1 and _norm(other) not in norm_body
        for state, other in ((repeats[0], words[1]), (repeats[1], words[0]))
    )


def _long_case_runs(words: list[str]) -> list[bool]:
    """Whether each word stands in a run of three same-case words or more (two passes).

    A name particle ("al-Sadr", "von") belongs to a name, not to a run of lower-case tags.
    """
    classes = [
        "particle" if w.casefold().split("-")[0] in _PARTICLES else _case_class(w) for w in words
    ]
    lengths = [1] * len(words)
    for k in range(1, len(words)):
        if classes[k] == classes[k - 1]:
            lengths[k] = lengths[k - 1] + 1
    for k in range(len(words) - 2, -1, -1):
        if classes[k] == classes[k + 1]:
            lengths[k] = lengths[k + 1]
    return [length >= _MIN_SHORT_RUN_WORDS for length in lengths]


def _dedupe(tags: list[str]) -> tuple[str, ...]:
    seen: set[str] = set()
    out: list[str] = []
    for raw in tags:
        tag = " ".join(raw.split()).strip(" .:")
        if tag and tag.casefold() not in seen and len(tag) <= 80:
            seen.add(tag.casefold())
            out.append(tag)
    return tuple(out)


_MAX_CHECKED_LISTS = 50
"""Tag lists read on one page (see :func:`tags_from_text`); a real page has a handful."""


_TEXT_OF = operator.attrgetter("text")

_NORM_BODY: list[tuple[weakref.ref[Context], str]] = []
"""The folded body of the last context seen (:func:`_norm_body`), while that context lives:
a weak reference, so that the memo does not keep the last page (its document, features and
layout) alive after its parse (:func:`_forget_norm_body` drops it with the context)."""


def _forget_norm_body(ref: weakref.ref[Context]) -> None:
    """Drop the folded body of a context that has died (unless a later page replaced it)."""
    if _NORM_BODY and _NORM_BODY[0][0] is ref:
        _NORM_BODY.clear()


def _norm_body(ctx: Context) -> str:
    """The body text folded by :func:`_norm`, built once per page.

    Several tag lists of a page are checked against the body; the one-entry memo
    refers to the context itself (weakly), so an identity match cannot be a different
    page. The entry is read once, as one tuple: parses in other threads may replace it in
    between, and a check and a read of two different entries would hand over another
    page's body.
    """
    entry = _NORM_BODY[0] if _NORM_BODY else None
    if entry is not None and entry[0]() is ctx:
        return entry[1]
    layout = ctx.layout
    start, end = layout.start, layout.end
    # compress/map pick the body blocks in C: a body has hundreds of blocks.
    is_body = map(operator.is_, layout.labels[start:end], itertools.repeat(_LABEL_BODY))
    text = " ".join(itertools.compress(map(_TEXT_OF, ctx.doc.blocks[start:end]), is_body))
    norm = _norm(text)
    _NORM_BODY[:] = [(weakref.ref(ctx, _forget_norm_body), norm)]
    return norm


def tags_from_text(ctx: Context) -> Iterator[Candidate[tuple[str, ...]]]:
    """Propose tags from tag lines and lists.

    A labelled line ("Tags: a, b"), the short lines under a "Tags" heading, a label run
    together with its first tag ("TagsFuelCell Running"), or a hashtag line; in a text
    dump, weakly, an unlabelled run of topics under the body (:func:`_trailing_topics`).
    """
    yield from _listed_tags(ctx)
    if ctx.doc.kind is not _DUMP_HTML:
        yield from _trailing_topics(ctx)
        over = _line_over_body(ctx)
        if over is not None:
            yield over


def _listed_tags(ctx: Context) -> Iterator[Candidate[tuple[str, ...]]]:  # noqa: PLR0915
    """The tag lists of :func:`tags_from_text` that a label, a heading or hashtags mark."""
    feats = ctx.feats
    declared: frozenset[str] | None = None  # computed once, on the first tag line
    checked = 0  # tag lists read so far
    glued = _glued_label_pattern(ctx.lex.tag_labels)
    heads = _label_heads(ctx.lex.tag_labels)
    html = ctx.doc.kind is _DUMP_HTML
    blocks = ctx.doc.blocks
    for i, feat in enumerate(feats):
        if checked >= _MAX_CHECKED_LISTS:
            # Reading a list searches the whole body (splitting run-together tags, the
            # mention check): a bounded number keeps a page of thousands of tag lines
            # linear. The lists after it are not read.
            break
        # The line tests stand inline, on locals: they run on every line of the page.
        cue = feat.cue
        if cue is _CUE_TAGS:
            parts, claimed, guessed = _labelled_parts(i, ctx)
            checked += 1
        else:
            text = blocks[i].text
            if (
                (
                    cue is _CUE_SIDEBAR
                    # Only a line ending in a colon may be a colon-only label
                    # (:func:`_topic_heading`).
                    or ((cue is _CUE_NONE or cue is _CUE_WIDGET) and text[-1:] == ":")
                )
                and (limits := _topic_heading(i, ctx)) is not None
            ):
                topics = _topic_parts(i, ctx, *limits)
                if topics is None:
                    continue
                parts, claimed, guessed = topics
            elif (
                (
                    cue is _CUE_NONE
                    and feat.words <= _MAX_GLUED_WORDS
                    # HTML keeps labels apart: there only hashtag lines are looked at.
                    and (not html or text[:1] == "#")
                    # Most lines open with two ASCII letters no label opens with ("Th" does,
                    # "An" does not) and hold no pipe: a set lookup rejects them here.
                    and (
                        heads is None
                        or not (head := text[:2]).isascii()
                        or head.lower() in heads
                        or head[:1] == "#"
                        or "|" in text
                        # A post-meta line whose label stands inside it
                        # (:func:`_inner_label_parts`).
                        or (
                            not html
                            and text[-1:] not in _SENTENCE_ENDS
                            and text.count(",") >= _MIN_INNER_COMMAS
                        )
                    )
                )
                or (cue is _CUE_CREDIT and not html and "|" in text)
            ):
                found = _plain_line_parts(i, ctx, glued, heads)
                if found is None:
                    continue  # neither a hashtag line nor a label in the line: most lines
                parts, claimed, guessed = found
            else:
                continue
            checked += 1
        if not parts:
            continue  # most lines: nothing to dedupe
        if len(claimed) > 1 and not guessed and _site_menu(i, claimed, ctx):
            continue
        tags = _list_tags(parts, ctx)
        if not tags or ctx.layout.labels[i] is _LABEL_NAVIGATION:
            continue
        score = 5.0 if i >= ctx.layout.start - 30 else 3.0
        if not html:
            tags, ends = _cut_at_prose(tags, claimed, ctx)
            # The folded body is built once per page (:func:`_norm_body` keeps it).
            tags, shown = _trim_unmentioned(
                tags, _norm_body(ctx), ends, ctx.lex.service_lines, ctx.lex.all_stopwords
            )
            if not tags:
                continue
            # Of two visible lists (a menu under "Topics", the tags under "Tags"), the one
            # whose words the article uses is its tag list: the share breaks the tie.
            score += _EVIDENCE_BONUS * shown
        if declared is None:
            declared = declared_tags(ctx)
        if declared:
            # A visible list that shares nothing with the declared tags is a menu.
            shared = sum(1 for t in tags if t.lstrip("#").casefold() in declared) / len(tags)
            score = 5.0 + shared if shared >= 0.3 else 2.0
            if html and (
                (shared < 1.0 and len(claimed) > 1)
                or (shared == 1.0 and len(tags) == 1 < len(declared))
            ):
                # Links under an HTML heading that differ from the declared tags are
                # a partial rendering of them (hidden words), and a lone tag shown of
                # several declared is their lead: the declared list is cleaner or fuller.
                score = min(score, _PARTIAL_LIST_SCORE)
        if guessed:
            # Tag boundaries guessed from a run of words lose to any declared list.
            score = min(score, _GUESSED_SCORE)
        yield Candidate(value=tags, score=score, source=f"block:{i}", blocks=claimed)


_TRAILING_SCORE = 2.5
"""Score of an unlabelled topic run under the body: below any labelled or declared list."""
_MAX_TRAILING_LINES = 6
_MIN_TRAILING_MENTIONS = 3
"""Times the body uses each topic of an unlabelled run (:func:`_trailing_topics`)."""
_MAX_TRAILING_SKIP = 3
"""Widget lines ("Zur Startseite", "Share") passed over between the body and a topic run."""


def _trailing_topics(ctx: Context) -> Iterator[Candidate[tuple[str, ...]]]:
    """An unlabelled run of topic links right under a text dump's body ("Venezuela").

    Sites print an article's topics as a few linked words after its last paragraph,
    with no label: a run of one to six topic lines (a topic's length, opening with a
    capital), past widget lines only, closed by a heading, a blank line, a label line or
    the end. Only a run whose every topic the body uses three times or more counts.
    When the found region runs on past the article (its last body line a footer's), the
    run is looked for over the heading that closes the article (:func:`_run_over_heading`).
    """
    run = _run_under_body(ctx)
    own = 0  # times each topic's own line counts in the body: a line the layout took in
    if run is None:
        lower = _lower_case_line(ctx)
        if lower is not None:
            yield lower
            return
        run = _run_over_heading(ctx)
        own = 1
    if run is None:
        return
    blocks = ctx.doc.blocks
    tags = _list_tags([blocks[j].text for j in run], ctx)
    if not tags or not _body_may_repeat(tags, ctx, _MIN_TRAILING_MENTIONS + own):
        return
    norm_body = _norm_body(ctx)
    # A word the body uses once or twice may be anything under it (a byline's name, a
    # sign-up button's words); a topic the article is about recurs in it.
    least = _MIN_TRAILING_MENTIONS + own
    if not tags or not all(_mentions(tag, norm_body) >= least for tag in tags):
        return
    yield Candidate(value=tags, score=_TRAILING_SCORE, source=f"block:{run[0]}", blocks=tuple(run))


def _is_topic_line(j: int, ctx: Context) -> bool:
    """A line of a topic's length with no cue that opens with a capital ("Venezuela")."""
    feat, text = ctx.feats[j], ctx.doc.blocks[j].text
    return (
        feat.cue is _CUE_NONE
        and feat.words <= _MAX_SHARED_LABEL_TAG_WORDS
        and text[:1].isupper()
        and text[-1:].isalnum()
    )


def _run_under_body(ctx: Context) -> list[int] | None:
    """The topic lines right under the region's last body line (:func:`_trailing_topics`)."""
    feats, blocks = ctx.feats, ctx.doc.blocks
    first = _first_under_body(ctx)
    if first is None:
        return None
    k = first
    run: list[int] = []
    while k < len(blocks) and len(run) <= _MAX_TRAILING_LINES:
        if run and blocks[k].blank_before:
            break
        if not _is_topic_line(k, ctx):
            break
        run.append(k)
        k += 1
    if not run or len(run) > _MAX_TRAILING_LINES:
        return None
    if k < len(blocks) and not (
        blocks[k].blank_before or feats[k].cue in _CLOSING_CUES or blocks[k].text[-1:] == ":"
    ):
        return None
    return run


_MAX_LEAD_GAP = 3
"""Most lines between the headline and a tag line right over the body (:func:`_line_over_body`)."""
_TOPIC_CHARS = frozenset(" -'’.")
"""Characters besides letters that a line of run-together topic links holds."""


def _line_over_body(ctx: Context) -> Candidate[tuple[str, ...]] | None:
    """A line of topic links run together right over the body, under the headline.

    Some sites print an article's tag links between its byline and its first paragraph,
    and a text dump runs them together ("eu european commission European Union Green New
    Deal Ursula von der Leyen"). Only the line right over the first body line, at most
    :data:`_MAX_LEAD_GAP` lines under the headline, of letters and spaces only (no
    digit, bracket, colon or closing stop: no date, caption, breadcrumb or standfirst)
    in a script with case, that splits the way a line of inline tag links does into
    three tags or more (:func:`_inline_links`), counts.
    """
    headline = ctx.headline_block
    if headline is None:
        return None
    labels, feats = ctx.layout.labels, ctx.feats
    stop = min(len(feats), headline + _MAX_LEAD_GAP + 2)
    first = next((k for k in range(headline + 1, stop) if labels[k] is _LABEL_BODY), None)
    if first is None or first - 1 <= headline:
        return None
    k = first - 1
    text, words = ctx.doc.blocks[k].text, feats[k].words
    if (
        feats[k].cue is not _CUE_NONE
        or words < _MIN_INLINE_WORDS
        or text.lower() == text.upper()
        or not all(c.isalpha() or c in _TOPIC_CHARS for c in text)
        or _opens_or_ends_on_stopword(text, ctx)
    ):
        return None
    return _link_line(text, words, k, _TRAILING_SCORE, ctx)


def _link_line(
    text: str, words: int, k: int, score: float, ctx: Context
) -> Candidate[tuple[str, ...]] | None:
    """The tags of a line of topic links run together, when it splits into enough of them."""
    tags = _list_tags(_inline_links(text, words, ctx), ctx)
    if len(tags) < _MIN_SHORT_RUN_WORDS:
        return None
    return Candidate(value=tags, score=score, source=f"block:{k}", blocks=(k,))


def _opens_or_ends_on_stopword(text: str, ctx: Context) -> bool:
    """Whether a line opens or ends on a function word ("By Jane Doe and John Roe").

    Such a line fails :func:`_inline_links` (its first tag opens, its last ends, on
    that word): the test spares the split and the folded body of most pages.
    """
    words = text.casefold().split()
    stop = ctx.lex.all_stopwords
    return bool(words) and (words[0] in stop or words[-1] in stop)


def _first_under_body(ctx: Context) -> int | None:
    """The first line under the region's last body line, else ``None``.

    Widget lines ("Share") and lines of no word (a close button's "✕") are passed over.
    """
    layout, feats = ctx.layout, ctx.feats
    labels = layout.labels
    last = layout.end - 1
    while last >= layout.start and labels[last] is not _LABEL_BODY:
        last -= 1
    if last < layout.start:
        return None
    k = last + 1
    skipped = 0
    while (
        k < len(feats)
        and (feats[k].cue is _CUE_WIDGET or feats[k].words == 0)
        and skipped < _MAX_TRAILING_SKIP
    ):
        k += 1
        skipped += 1
    return k


def _lower_case_line(ctx: Context) -> Candidate[tuple[str, ...]] | None:
    """A line of lower-case topic links run together right under the body, else ``None``.

    Some sites print their tag links in lower case, and a text dump runs them together
    ("múte b. egede grønland selvstændighed samfund donald trump"): a line with no
    capital and no digit, of three words or more, that splits into three tags or more
    the way a line of inline tag links does (:func:`_inline_links`: no tag opens or ends
    on a function word, half of them or more the article uses). A lower-case sentence
    fails that test; scripts without case (CJK) have no such line.
    """
    k = _first_under_body(ctx)
    if k is None or k >= len(ctx.feats) or ctx.feats[k].cue is not _CUE_NONE:
        return None
    text, words = ctx.doc.blocks[k].text, ctx.feats[k].words
    if (
        words < _MIN_SHORT_RUN_WORDS
        or not text.islower()
        or _DIGIT.search(text)
        or _NOT_A_TAG.search(text)
        or _opens_or_ends_on_stopword(text, ctx)
    ):
        return None
    return _link_line(text, words, k, _GUESSED_SCORE, ctx)


def _run_over_heading(ctx: Context) -> list[int] | None:
    """The topic lines right over the first heading that closes the article, else ``None``.

    The heading of a related or comments box ("Mehr zum Thema") under the body's
    prose: the topic lines right above it, themselves right under a body line of
    prose, are the article's topics even when the layout took them in as a short body
    line (a subheading that no paragraph follows).
    """
    layout, feats, labels = ctx.layout, ctx.feats, ctx.layout.labels
    seen_body = False
    for k in range(layout.start, layout.end):
        if labels[k] is _LABEL_BODY:
            seen_body = True
        elif seen_body and (feats[k].cue is _CUE_SIDEBAR or feats[k].cue is _CUE_COMMENTS):
            break
    else:
        return None
    first = k
    while (
        first > layout.start and k - first < _MAX_TRAILING_LINES and _is_topic_line(first - 1, ctx)
    ):
        first -= 1
    above = first - 1
    if (
        first == k
        or labels[above] is not _LABEL_BODY
        or feats[above].words <= _MAX_SHARED_LABEL_TAG_WORDS
    ):
        return None
    return list(range(first, k))


def _body_may_repeat(tags: tuple[str, ...], ctx: Context, least: int) -> bool:
    """Whether each tag's first word occurs ``least`` times in the body or more.

    A necessary condition of :func:`_mentions` reaching that count (a word of the folded
    body is a piece of the body's case-folded text), read block by block without the
    word regex that :func:`_norm_body` runs over the whole body: most runs fail it.
    """
    firsts = [words[0] for tag in tags if (words := _WORD.findall(tag.casefold()))]
    if len(firsts) < len(tags):
        return False
    counts = dict.fromkeys(firsts, 0)
    layout, labels, blocks = ctx.layout, ctx.layout.labels, ctx.doc.blocks
    for k in range(layout.start, layout.end):
        if labels[k] is _LABEL_BODY:
            text = blocks[k].text.casefold()
            for word in counts:
                counts[word] += text.count(word)
    return all(count >= least for count in counts.values())


def _plain_line_parts(
    i: int, ctx: Context, glued: re.Pattern[str] | None, heads: frozenset[str] | None
) -> tuple[list[str], tuple[int, ...], bool] | None:
    """The tags of a line with no tag cue (:func:`_unlabelled_parts`), else ``None``.

    A hashtag line, a line that a label runs into, a colon-only label followed by its
    list (:func:`_colon_label_parts`), or (text dumps) a blog's post-meta
    line that holds its tags after a pipe ("Posted in News | Tags: a, b | Permalink");
    such a line ending in a name-like segment ("| Permalink") reads as a photo credit
    ("Photo | Reuters"), so credit lines come here too, and only their pipe is read.
    """
    text = ctx.doc.blocks[i].text
    if (
        ctx.feats[i].cue is _CUE_NONE
        and (
            text[:1] == "#"
            or (
                glued is not None
                # Most lines open with two ASCII letters no label opens with ("Th" does,
                # "An" does not): a set lookup rejects them before the label trie.
                and (heads is None or not text[:2].isascii() or text[:2].lower() in heads)
                and glued.match(text) is not None
            )
        )
    ):
        return _unlabelled_parts(i, ctx, glued)
    if (
        ctx.feats[i].cue is _CUE_NONE
        and ":" in text[:_MAX_COLON_LABEL_CHARS]
        and ctx.doc.kind is not _DUMP_HTML
    ):
        found = _colon_label_parts(text, ctx)
        if found is not None:
            parts, guessed = found
            return parts, (i,), guessed
    if ctx.doc.kind is _DUMP_HTML:
        return None
    # The pipe test passes few lines to the label trie.
    parts = _piped_label_parts(text, glued) if "|" in text else []
    if not parts and text.count(",") >= _MIN_INNER_COMMAS:
        parts = _inner_label_parts(text, ctx)
    return (parts, (i,), False) if parts else None


def _colon_label_parts(text: str, ctx: Context) -> tuple[list[str], bool] | None:
    """The tags after a colon-only label on the same line ("More: The Arctic Ice Climate Change").

    A dump that puts the label and its links on one line reads as a text dump's label
    over a list of them does (:func:`_topic_heading`): two topics or more, each of a
    topic's length and opening with a letter, run together ones split by the body's
    evidence. A label's words also open sentences, link lines and teasers' titles
    ("Read more: Two diagnosed with plague in Beijing"): only a list of one function
    word at most, whose every topic the body uses, counts. Returns the tags and
    whether their boundaries were guessed, else ``None``.
    """
    colon = text.find(":")
    if fold(text[:colon]) not in ctx.lex.tag_colon_labels:
        return None
    rest = text[colon + 1 :].strip()
    words = rest.casefold().split()
    stop = ctx.lex.all_stopwords
    if (
        len(words) > _MAX_INLINE_WORDS
        # Function words ("with", "in") make it a teaser's title (:func:`_cut_at_prose`).
        or sum(1 for w in words if w in stop) >= _SENTENCE_STOPWORDS
    ):
        return None
    norm_body = _norm_body(ctx)
    parts = [p for p in _SEPARATORS.split(rest) if p]
    guessed = len(parts) == 1
    if guessed:
        parts = _split_words(rest, norm_body)
    if len(parts) < 2 or not all(
        len(part.split()) <= _MAX_COLON_TAG_WORDS
        and part[:1].isalpha()
        and _mentioned(part, norm_body)
        for part in parts
    ):
        return None
    return parts, guessed


def _line_parts(text: str) -> list[str]:
    """The tags of one line of a visible list, split at its separators.

    A line of hashtags ("#北朝鮮", "#Flooding #Bridges") keeps each tag's ``#``, as the page
    shows it; a ``#`` before a space is a bullet ("# Bridges# Budget") and goes.
    """
    if text[:1] == "#" and _WORD_START.match(text, 1):
        return [tag for p in _HASHTAGS.split(text) if (tag := p.rstrip(" ,;|•·"))]
    return [p.strip() for p in _SEPARATORS.split(text) if p.strip()]


def _list_tags(parts: list[str], ctx: Context) -> tuple[str, ...]:
    """The tags of a visible list's parts: camel-case runs split, duplicates and counts dropped.

    A count ("0" comments, "224"), a lone separator ("/") or a letter of an A-Z index is
    never a tag (a Han character may be one). Declared keywords keep theirs: a CMS may
    tag a story with a number or a year.
    """
    tags = _dedupe([t for part in parts for t in _split_camel(part, ctx)])
    return tuple(
        tag
        for tag in tags
        if _LETTER.search(tag)
        and (len(tag) > 1 or is_cjk_char(tag))
        and (_DIGIT.search(tag) is None or not _is_counter(tag, ctx))
    )


def _is_counter(tag: str, ctx: Context) -> bool:
    """Whether a tag holding a digit is a counter: "438.3K" views, "Kommentieren0", "(42) Comments".

    A count with a thousands or millions suffix, or a widget or comments link with its
    count, is a page's furniture; a tag merely holding a number ("10 GB", "Saison
    2022-2023") is kept.
    """
    if _ROUNDED_COUNT.fullmatch(tag):
        return True
    folded = fold(_COUNT.sub(" ", tag))
    lex = ctx.lex
    return folded in lex.widget_lines or folded in lex.comment_headings


_LINE_COUNTS: list[tuple[weakref.ref[Context], Counter[str]]] = []
"""How often each block text occurs on the last page seen (:func:`_line_counts`), while its
context lives (a weak reference, for the reason :data:`_NORM_BODY` gives)."""


def _forget_line_counts(ref: weakref.ref[Context]) -> None:
    """Drop the line counts of a context that has died (unless a later page replaced them)."""
    if _LINE_COUNTS and _LINE_COUNTS[0][0] is ref:
        _LINE_COUNTS.clear()


def _line_counts(ctx: Context) -> Counter[str]:
    """How often each block text occurs on the page, counted once per page.

    Only pages with a heading list count (a one-entry memo, read as one tuple for the
    reason :func:`_norm_body` gives).
    """
    entry = _LINE_COUNTS[0] if _LINE_COUNTS else None
    if entry is not None and entry[0]() is ctx:
        return entry[1]
    counts = Counter(map(_TEXT_OF, ctx.doc.blocks))
    _LINE_COUNTS[:] = [(weakref.ref(ctx, _forget_line_counts), counts)]
    return counts


def _site_menu(i: int, claimed: tuple[int, ...], ctx: Context) -> bool:
    """Whether the lines under heading ``i`` are a site's topic menu, not the article's tags.

    A page prints its menu twice or more (header, footer, a drawer), each time under the
    same heading ("Themen", "Topics"); an article's tag list stands under its heading once.
    A long list above the headline is the header's menu. A list that opens with several
    navigation lines (sections, services: "Politik", "Kontakt", "Newsletter") is a menu
    too: a tag list names a section or two, and the menu a text dump runs on into comes
    at its end (:func:`_run_on_ends` trims it).
    """
    if _line_counts(ctx)[ctx.doc.blocks[i].text] > 1:
        return True
    feats = ctx.feats
    items = claimed[1:]
    headline = ctx.headline_block
    if headline is not None and claimed[-1] < headline and len(items) >= _HEADER_MENU_ITEMS:
        # A long list above the headline is the site header's menu: an article's own
        # topic lines above its headline are a kicker or a category or two.
        return True
    head = items[: (len(items) + 1) // 2]
    return sum(1 for j in head if feats[j].cue is _CUE_NAVIGATION) >= _MENU_LINES


def _mentions(tag: str, norm_body: str) -> int:
    """How often the body (folded by :func:`_norm`) uses a tag as a phrase (:func:`_mentioned`)."""
    phrase = _norm(tag)
    if not _LETTER.search(phrase):
        return 0
    if len(phrase) > 2 and is_cjk_char(phrase[1]):
        return norm_body.count(phrase.strip())
    return norm_body.count(phrase)


def _mentioned(tag: str, norm_body: str) -> bool:
    """Whether the body (folded by :func:`_norm`) uses the tag as a phrase.

    CJK text has no spaces between words: there a tag is looked up as a plain substring.
    A number ("224", a comment count) occurs in any body and proves nothing.
    """
    phrase = _norm(tag)
    if not _LETTER.search(phrase):
        return False
    if phrase in norm_body:
        return True
    return len(phrase) > 2 and is_cjk_char(phrase[1]) and phrase.strip() in norm_body


def _trim_unmentioned(
    tags: tuple[str, ...],
    norm_body: str,
    ends: frozenset[str] | None,
    services: frozenset[str] = frozenset(),
    stopwords: frozenset[str] = frozenset(),
) -> tuple[tuple[str, ...], float]:
    """Drop the unmentioned tail of a heading's list; return it with its mentioned share.

    A text dump runs the lines after a tag list on without a break ("Share", "Sponsored
    by our partners"); those trailing lines are words the article never uses, while a
    list's true tags mostly are. Only the tail goes: an unmentioned tag inside the list
    is kept, and a list with no mentioned tag is left whole. ``ends`` (see
    :func:`_run_on_ends`) says whether the tail may go: ``None`` never, an empty set
    always, else only when a tail tag is one of its (folded) menu lines. A site-service
    line (``services``: "Kontakt", "Newsletter") that the body uses ("Kontakt hatten")
    is no evidence of a tag: it counts as unmentioned, so a menu's tail goes (inside the
    list it stays: "Datenschutz" may be a topic). Linear in the list's length.
    """
    mentioned = [fold(tag) not in services and _mentioned(tag, norm_body) for tag in tags]
    if any(mentioned) and ends is not None:
        # A tail item sharing a word with a mentioned tag ("Halloween workout") is a tag;
        # a function word (``stopwords``: "The Arctic", "The Daily") is no shared topic.
        words = {
            w
            for tag, seen in zip(tags, mentioned, strict=True)
            if seen
            for w in _norm(tag).split()
            if w not in stopwords
        }
        last = max(
            k
            for k, tag in enumerate(tags)
            if mentioned[k] or not words.isdisjoint(_norm(tag).split())
        )
        # From the last tag the body uses: a closed list loses its tail only to a menu.
        tail = tags[max(k for k, seen in enumerate(mentioned) if seen) :]
        if not ends or any(tag.casefold() in ends for tag in tail):
            tags = tags[: last + 1]
    return tags, (sum(mentioned) / len(tags) if tags else 0.0)


def _cut_at_prose(
    tags: tuple[str, ...], claimed: tuple[int, ...], ctx: Context
) -> tuple[tuple[str, ...], frozenset[str] | None]:
    """Cut a text dump's list under a heading at its first line that is no tag.

    A tag names a topic: a link (``https://``), a date ("12.10.2022 Jane Doe"), a question
    or an elided teaser title ("Was steckt dahinter?", "…"), or a phrase of two function
    words or more ("Nutzen Sie … als …", "Lo más leído por los socios") is the next box
    run on into the list, even when a blank line closed it after that box. Returns the
    list up to that line and how its unmentioned tail may go (:func:`_trim_unmentioned`):
    after a cut, as for a list that ran on.
    """
    ends = _run_on_ends(claimed, ctx)
    if len(claimed) < 3:
        return tags, ends
    stop = ctx.lex.all_stopwords
    for k, tag in enumerate(tags):
        if _NOT_A_TAG.search(tag) or (
            sum(1 for w in tag.casefold().split() if w in stop and w not in _PARTICLES)
            >= _SENTENCE_STOPWORDS
        ):
            return tags[:k], frozenset()
    return tags, ends


def _run_on_ends(claimed: tuple[int, ...], ctx: Context) -> frozenset[str] | None:
    """How a text dump's list under a heading may have run on into the lines after it.

    ``None`` for a one-line list (nothing to trim). An empty set when no blank line, no
    label line and no end of dump closes the list: it ran on into the next lines, any
    unmentioned tail may go. Else the folded menu lines ("Newsletter", "Kontakt") among
    the list's lines but its last: a list closed by a blank line keeps its tail
    ("Élections") unless a site menu ran on into it before the blank. Only site-service
    lines count as a menu: a section name ("Politique") is navigation too, but as likely
    one of the tags.
    """
    if len(claimed) < 2:
        return None
    blocks, feats = ctx.doc.blocks, ctx.feats
    after = claimed[-1] + 1
    # A label line ("Beitrag teilen:", "Share:") right after the list opens the next
    # list, and a known widget line ("Share", "Print") stopped :func:`_labelled_parts` as
    # no tag: either closes this one as a blank line would.
    if (
        after < len(blocks)
        and blocks[after].blank_before == 0
        and blocks[after].text[-1:] != ":"
        and feats[after].cue is not _CUE_WIDGET
    ):
        return frozenset()
    # The list's last line is left out: a lone service line closing the list ("Contact")
    # may be a tag still; a menu runs on for several lines.
    services = ctx.lex.service_lines
    menu = frozenset(
        blocks[j].text.casefold()
        for j in claimed[:-1]
        if feats[j].cue is _CUE_NAVIGATION and feats[j].cue_key in services
    )
    return menu or None


def _topic_heading(i: int, ctx: Context) -> tuple[int, int] | None:
    """The limits of a heading that heads topic links or teaser titles, else ``None``.

    A text dump's related heading that is also a tag label ("Mehr zum Thema"), or a
    label that counts only with its colon ("More:", "Read more:", a widget line without
    it), over a list of two lines or more: one short line under a related heading is as
    likely the first teaser's author ("Jane Doe"). Returns the most words of a topic
    line and the fewest lines of the list (:func:`_topic_parts`).
    """
    feat = ctx.feats[i]
    if feat.cue is _CUE_SIDEBAR:
        html = ctx.doc.kind is _DUMP_HTML
        if not html and feat.cue_key in ctx.lex.tag_labels:
            return _MAX_SHARED_LABEL_TAG_WORDS, 2
        return None
    text = ctx.doc.blocks[i].text
    if (
        text[-1:] == ":"
        and feat.words <= _MAX_SHARED_LABEL_TAG_WORDS
        and fold(text) in ctx.lex.tag_colon_labels
    ):
        return _MAX_COLON_TAG_WORDS, 2
    return None


def _topic_parts(
    i: int, ctx: Context, most_words: int, fewest_items: int
) -> tuple[list[str], tuple[int, ...], bool] | None:
    """The tags under a heading that heads topic links or teaser titles, else ``None``.

    Only a list of topic-length worded lines is tags (not titles, not a count "11"):
    each line holds at most ``most_words`` words, and the list ``fewest_items`` lines or more.
    """
    parts, claimed, guessed = _labelled_parts(i, ctx)
    if (
        guessed
        or len(claimed) <= fewest_items
        or not all(map(functools.partial(_topic_line, ctx, most_words), claimed[1:]))
    ):
        return None
    return parts, claimed, guessed


def _topic_line(ctx: Context, most_words: int, j: int) -> bool:
    """A line of a topic's length that opens with a letter ("China", "Künstliche Intelligenz")."""
    return ctx.feats[j].words <= most_words and ctx.doc.blocks[j].text[:1].isalpha()


def _labelled_parts(i: int, ctx: Context) -> tuple[list[str], tuple[int, ...], bool]:
    """Tags of a "Tags: a, b" line, or of the short lines under a "Tags" heading.

    Also returns whether the tag boundaries were guessed (a run of words split by evidence).
    """
    blocks, feats = ctx.doc.blocks, ctx.feats
    feat, text = feats[i], blocks[i].text
    colon = text.find(":")
    rest = text[colon + 1 :].strip() if colon >= 0 and feat.folded != feat.cue_key else ""
    if rest:
        split, guessed = _split_line(rest, ctx)
        return split, (i,), guessed
    parts: list[str] = []
    claimed = [i]
    html = ctx.doc.kind is _DUMP_HTML
    if not html and i + 1 < len(blocks):
        inline = _inline_links(blocks[i + 1].text, feats[i + 1].words, ctx)
        if inline:
            return inline, (i, i + 1), True
    for j in range(i + 1, min(len(blocks), i + 40)):
        if feats[j].words > 8 or feats[j].cue not in _CUE_NONE_OR_NAVIGATION:
            if j == i + 1 and _is_link_run(j, ctx):
                # An HTML tag cloud whose links came out as one line: split it like a dump's.
                return _split_words(blocks[j].text, _norm_body(ctx)), (i, j), True
            break
        # A list ends at a blank line (text) or where its container ends (HTML).
        if html:
            ends = blocks[j].container != blocks[i + 1].container
        else:
            ends = blocks[j].blank_before > 0
        # A text dump runs the next label on ("Share:"): a line ending in a colon opens a new list.
        if j > i + 1 and (ends or (not html and blocks[j].text[-1:] == ":")):
            break
        parts.extend(_line_parts(blocks[j].text))
        claimed.append(j)
    return parts, tuple(claimed), False


def _inline_links(text: str, words: int, ctx: Context) -> list[str]:
    """Tags of a text dump's line of inline tag links, run together ("Diktatur Buch Philippinen").

    Block-level tag links come out one a line; inline ones come out as one line of
    words that the splitter cuts into several tags. A one-a-line list's first tag
    ("Celebrity Relationships And Break Ups") stays whole under the splitter and is left
    to the caller.
    """
    if not _MIN_SHORT_RUN_WORDS <= words <= _MAX_INLINE_WORDS or _SEPARATORS.search(text):
        return []
    norm_body = _norm_body(ctx)
    tags = _split_words(text, norm_body)
    # A tag cloud or a sentence also splits; most inline tags are words the article uses,
    # and none opens or ends on a function word ("News e ultime notizie oggi da ...").
    stop = ctx.lex.all_stopwords
    if any(w[0].casefold() in stop or w[-1].casefold() in stop for w in map(str.split, tags)):
        return []
    mentioned = sum(_mentioned(tag, norm_body) for tag in tags)
    if words < _MIN_INLINE_WORDS:
        # A short run is as likely one tag ("New Balance"): it splits only into words the
        # article uses each ("Australian Laos Thai").
        return tags if len(tags) >= 2 and mentioned == len(tags) else []
    # Variants of one stem side by side ("Laufen", "Laufschuh") are one topic.
    topics = len(tags) - sum(map(_shared_stems, itertools.pairwise(tags)))
    return tags if len(tags) >= 2 and 2 * mentioned >= topics else []


def _unlabelled_parts(
    i: int, ctx: Context, glued: re.Pattern[str] | None
) -> tuple[list[str], tuple[int, ...], bool]:
    """Tags of a "#a #b" hashtag line, or (text dumps) a line whose label runs into its first tag.

    HTML keeps the label in its own element; there a glued line is a heading or a teaser.
    """
    text = ctx.doc.blocks[i].text
    if text.startswith("#"):
        parts = _line_parts(text)
        if len(parts) >= 2 and all(len(p.split()) <= _MAX_TAG_WORDS for p in parts):
            return parts, (i,), False
        return [], (), False
    if glued is None or ctx.doc.kind is _DUMP_HTML:
        return [], (), False
    found = glued.match(text)
    if found is None:
        return [], (), False
    rest = text[found.end() :]
    if rest[:1] == " ":
        # "Getaggt mit Derek Jarman, The Garden": a label and a list of capitalised
        # names, not a sentence that opens with a label's words ("More on that, later").
        parts = [p for p in _SEPARATORS.split(rest.strip()) if p]
        if len(parts) >= 2 and all(
            p[:1].isupper() and len(p.split()) <= _MAX_TAG_WORDS for p in parts
        ):
            return parts, (i,), False
        # "Tags FuelCell Laufen New Balance Running": inline tag links after the label,
        # split as a line of them is (no sentence passes: see :func:`_inline_links`).
        inline = _inline_links(rest.strip(), len(rest.split()), ctx)
        return inline, ((i,) if inline else ()), bool(inline)
    if not rest[:1].isupper():
        return [], (), False
    parts, guessed = _split_line(rest, ctx)
    return parts, (i,), guessed


_MIN_INNER_COMMAS = 2
"""Fewest commas of a line whose tag label stands inside it (:func:`_inner_label_parts`)."""
_SENTENCE_ENDS = ".!?:"
"""Last characters of a line that closes as a sentence does (no post-meta line of tags)."""
_MAX_INNER_LEAD_WORDS = 3
"""Most words before a tag label inside a line ("Kategorien Notizen Schlagworte a, b")."""


def _inner_label_parts(text: str, ctx: Context) -> list[str]:
    """The tags after a capitalised tag label inside a blog's post-meta line, else ``[]``.

    A text dump runs a post's meta links together: "KategorienNotizenSchlagworteblogs,
    internet, reflexion" (categories, then the tags after their label, the label glued to
    the words on either side), or with spaces. The label opens with a capital, after a
    space or at a join of a lower-case letter and that capital, behind a lead of
    :data:`_MAX_INNER_LEAD_WORDS` words at most; a comma-separated list of two tags or
    more follows it, none of a sentence's length, with fewer than two function words
    all told, not closed as a sentence is. A sentence that names topics ("Die Themen
    Klima, Verkehr und Energie stehen an.") is no such line.
    """
    glued = _glued_label_pattern(ctx.lex.tag_labels)
    if glued is None or text[-1:] in _SENTENCE_ENDS:
        return []
    # The label opens within the lead's words or the one it is glued to: only the
    # capitals of that stretch are tried, each with the label trie anchored there (a
    # search of the trie from the second character costs more: it tries every place).
    pieces = text.split(None, _MAX_INNER_LEAD_WORDS + 1)
    reach = len(text) - len(pieces[-1]) if len(pieces) > _MAX_INNER_LEAD_WORDS + 1 else len(text)
    for start in range(1, reach):
        char, before = text[start], text[start - 1]
        if not char.isupper() or not (before.isspace() or before.islower()):
            continue
        found = glued.match(text, start)
        if found is None:
            continue
        rest = text[found.end() :].lstrip(" :")
        parts = [p for p in _SEPARATORS.split(rest) if p]
        stop = ctx.lex.all_stopwords
        words = rest.casefold().split()
        if (
            len(parts) >= _MIN_INNER_COMMAS
            and all(len(p.split()) <= _MAX_COLON_TAG_WORDS for p in parts)
            and sum(1 for w in words if w in stop) < _SENTENCE_STOPWORDS
        ):
            return parts
        return []
    return []


def _piped_label_parts(text: str, glued: re.Pattern[str] | None) -> list[str]:
    """Tags of the first segment after a pipe that a tag label opens ("| Tags: a, b |").

    The label ends in a colon, or a space before a list of two tags or more ("| Tagged
    a, b |"): a segment that merely opens with a label's word ("| More on that") is no list.
    """
    if glued is None:
        return []
    for piece in itertools.islice(text.split("|"), 1, None):
        segment = piece.strip()
        found = glued.match(segment)
        if found is None:
            continue
        rest = segment[found.end() :]
        colon = rest[:1] == ":"
        if not colon and rest[:1] != " ":
            continue
        parts = [p for p in _SEPARATORS.split(rest[1:].strip()) if p]
        if (colon and parts) or len(parts) >= 2:
            return parts
    return []


def _split_line(rest: str, ctx: Context) -> tuple[list[str], bool]:
    """Split a tag line at its separators, else by words; say whether it was a guess."""
    parts = [p for p in _SEPARATORS.split(rest) if p]
    words = len(rest.split())
    if len(parts) == 1 and words > _MIN_SHORT_RUN_WORDS:
        return _split_words(rest, _norm_body(ctx)), True
    if len(parts) == 1 and words == _MIN_SHORT_RUN_WORDS:
        short = _inline_links(rest, words, ctx)
        if short:
            return short, True
    return parts, False


def _is_link_run(j: int, ctx: Context) -> bool:
    """A block of nothing but link text, of tag-list length, not in a menu."""
    block = ctx.doc.blocks[j]
    return (
        ctx.feats[j].words <= _MAX_LINE_WORDS
        and block.link_chars >= 0.9 * len(block.text)
        and ctx.layout.labels[j] is not _LABEL_NAVIGATION
    )


@functools.cache
def _glued_label_pattern(labels: frozenset[str]) -> re.Pattern[str] | None:
    """A tag label at the start of a line, longest first ("More about", "Tags")."""
    if not labels:
        return None
    # A trie that tries the longest label first, as a flat longest-first alternation would.
    return re.compile(longest_first(sorted(labels)), re.IGNORECASE)


@functools.cache
def _label_heads(labels: frozenset[str]) -> frozenset[str] | None:
    """The lower-cased two-ASCII-character openings of lines :func:`_glued_label_pattern` may match.

    An ASCII line opening outside this set opens no label, so the trie (a test per label
    initial, about a microsecond a line) need not run. ``None`` (no filter) when a label is
    shorter than two characters. Each label character contributes the ASCII characters that
    match it case-insensitively as the regex engine sees it (the Kelvin sign matches "k").
    """
    if not labels or min(map(len, labels)) < 2:
        return None
    return frozenset(
        a + b for label in labels for a in _ascii_twins(label[0]) for b in _ascii_twins(label[1])
    )


@functools.cache
def _ascii_twins(char: str) -> frozenset[str]:
    """The lower-cased ASCII characters that match ``char`` under ``re.IGNORECASE``."""
    pattern = re.compile(re.escape(char), re.IGNORECASE)
    return frozenset(c.lower() for c in map(chr, range(128)) if pattern.fullmatch(c))


def _split_camel(tag: str, ctx: Context) -> list[str]:
    """Split a space-less tag of several capitalised words ("BauteileLötenReparieren").

    A text dump that drops the spaces between tag links runs them together; one inner
    capital ("FuelCell", "iPhone") is a name, two or more are tags. HTML keeps its links
    apart, so its tags are never split; nor is a hashtag, whose capitals join its words
    ("#EndeZuEndeVerschlüsselung").
    """
    if " " in tag or ctx.doc.kind is _DUMP_HTML or tag[:1] == "#":
        return [tag]
    if len(tag) >= _MIN_GLUED_CHARS and tag.isalpha() and tag.islower():
        # Lower-case tags run together ("booksromanceauthorreader"): split into words
        # the body uses, when there are several.
        words = _glued_words(tag, _norm_body(ctx))
        if len(words) >= _MIN_SHORT_RUN_WORDS:
            return words
    cuts = [k for k in range(1, len(tag)) if tag[k - 1].islower() and tag[k].isupper()]
    if len(cuts) < 2:
        return [tag]
    bounds = [0, *cuts, len(tag)]
    return [tag[a:b] for a, b in itertools.pairwise(bounds)]


def _glued_words(text: str, norm_body: str) -> list[str]:
    """Cut a space-less lower-case run into the fewest words of the body, else ``[]``.

    Each word holds :data:`_MIN_GLUED_WORD_CHARS` letters or more and occurs in the body
    (folded by :func:`_norm`) as a word of its own. Dynamic programming over the run's
    characters, each word at most :data:`_MAX_GLUED_WORD_CHARS` long: linear in the run.
    """
    vocabulary = frozenset(norm_body.split())
    n = len(text)
    best: list[int] = [0] + [n + 1] * n
    back = [0] * (n + 1)
    for end in range(_MIN_GLUED_WORD_CHARS, n + 1):
        for begin in range(max(0, end - _MAX_GLUED_WORD_CHARS), end - _MIN_GLUED_WORD_CHARS + 1):
            if best[begin] + 1 < best[end] and text[begin:end] in vocabulary:
                best[end], back[end] = best[begin] + 1, begin
    if best[n] > n:
        return []
    words: list[str] = []
    end = n
    while end > 0:
        words.append(text[back[end] : end])
        end = back[end]
    return words[::-1]


def _clean_declared(value: str) -> list[str]:
    """Split and clean one declared keyword value; drop identifiers, flags, machine categories."""
    if _MACHINE.match(value) or _GUID.match(value.strip()):
        return []
    value = _LABEL_PREFIX.sub("", value.strip())
    parts = [p for p in _SEPARATORS.split(value) if p]
    if len(parts) == 1 and " " in value and all(map(is_cjk_char, value.replace(" ", "")[:4])):
        # CJK keyword lists are separated by spaces (words themselves have none).
        parts = value.split()
    # An underscore joins the words of a CMS flag ("editors_pick", "_commerce"), never a tag's;
    # a bracketed number opening a keyword is the CMS's index or count ("(1) 無料記事", "(2)").
    return [
        tag
        for p in parts
        if not _GUID.match(p) and "_" not in p and (tag := _INDEX_PREFIX.sub("", p))
    ]


def _without_site_names(tags: tuple[str, ...], site_names: frozenset[str]) -> tuple[str, ...]:
    """Drop the site's own name (or its short form, "Planet" of "Planet Digital") from keywords.

    CMSs add the publication's name and domain to every page's keywords; they tag the
    site, not the article.
    """
    return tuple(
        tag
        for tag in tags
        if not any(
            name.startswith(folded) and 2 * len(folded) >= len(name)
            for folded in (fold(tag),)
            for name in site_names
        )
    )


def declared_tags(ctx: Context) -> frozenset[str]:
    """Folded tags the page declares in its metadata (for confirming visible tag lists)."""
    return frozenset(
        t.casefold() for item in ctx.doc.meta_values("tag") for t in _clean_declared(item.value)
    )


def tags_from_meta(ctx: Context) -> Iterator[Candidate[tuple[str, ...]]]:
    """Propose declared tags (article:tag, JSON-LD keywords, rel=tag links); sections weakly."""
    by_source: dict[str, list[str]] = {}
    for item in ctx.doc.meta_values("tag"):
        by_source.setdefault(item.source.split(":")[0], []).extend(_clean_declared(item.value))
    lists = {
        source: tags
        for source, values in by_source.items()
        if (tags := _without_site_names(_dedupe(values), ctx.site_names))
    }
    scores = {source: _META_SCORES.get(source, 3.5) for source in lists}
    folded = {source: frozenset(map(str.casefold, tags)) for source, tags in lists.items()}
    for source, tags in lists.items():
        # A list that another source's holds whole, with more, is the editors' own: the
        # longer one adds the CMS's flags and sections ("paywall exclude", "web", "gear").
        wider = [scores[o] for o in lists if o != source and folded[source] < folded[o]]
        score = max(scores[source], max(wider) + 0.1) if wider and len(tags) > 1 else scores[source]
        yield Candidate(value=tags, score=score, source=source)
    sections = _dedupe(
        [
            v
            for item in ctx.doc.meta_values("section")
            for v in _clean_declared(item.value)
            # A "section" of sentence length is a CMS filling the field with the headline.
            if len(v) <= _MAX_SECTION_CHARS
        ]
    )
    if sections:
        # A section is a coarse tag: used only when the page declares no tags.
        yield Candidate(value=sections, score=1.0, source="section")
