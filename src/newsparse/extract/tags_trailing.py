"""Unlabelled topic runs of text dumps: topic links under or over the body with no label.

Sites print an article's topics as a few linked words after its last paragraph, or as
a line of links between the byline and the first paragraph, with no label; a text dump
keeps them as short lines or one run-together line. Each such run is proposed weakly,
only when the body uses its topics.
"""

from __future__ import annotations

from collections.abc import Iterator

from newsparse.extract import Candidate, Context
from newsparse.extract.features import Cue
from newsparse.extract.tags_page import (
    _GUESSED_SCORE,
    _MAX_SHARED_LABEL_TAG_WORDS,
    _MIN_INLINE_WORDS,
    _inline_links,
    _list_tags,
    _norm_body,
)
from newsparse.extract.tags_words import _DIGIT, _MIN_SHORT_RUN_WORDS, _NOT_A_TAG, _WORD, _mentions
from newsparse.model import Label

# Enum members read as module constants: on Python 3.11 an enum member read costs a
# metaclass attribute lookup (~8 times a global read), and these are read per block or line.
_CUE_NONE = Cue.NONE
_CUE_SIDEBAR = Cue.SIDEBAR_HEADING
_CUE_WIDGET = Cue.WIDGET
_CUE_COMMENTS = Cue.COMMENT_HEADING
_CLOSING_CUES = (Cue.SIDEBAR_HEADING, Cue.COMMENT_HEADING, Cue.TAGS)
"""Cues of headings that close an unlabelled topic run (:func:`_trailing_topics`)."""
_LABEL_BODY = Label.BODY


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
