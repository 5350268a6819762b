"""Author candidates read off the page: prefixed and dated byline lines, name lines near the body.

A line is cut into pieces at separators ("|", "•", "/", spaced dashes), dates and times;
the piece a prefix opens ("By", "Von", "Par") is the byline, else the first piece.
Names are cleaned without mangling case: roles after a comma, e-mail addresses,
@handles and "Updated" tails are cut; "A and B" and "A, B & C" are split. A bare name
line counts when a date or an e-mail address sits beside it, a label line ("Author:")
precedes it or it signs the body. Staff words ("Staff", "Redaktion"), agencies and the
site's own name are not persons: they are the author only as a last resort, when they
are the only byline the page has (a prefixed or dated line, or a declared author).
Declared authors (JSON-LD, meta tags) are proposed by :mod:`newsparse.extract.byline_meta`.
"""

from __future__ import annotations

from collections.abc import Iterator
from operator import attrgetter

from newsparse.document import Block, DumpKind
from newsparse.document.html_attributes import AUTHOR_WORD
from newsparse.extract import Candidate, Context
from newsparse.extract.byline_lines import (
    Byline,
    LineHead,
    could_be_names,
    finish_byline,
    only_names,
    read_byline,
    read_head,
    recalled_byline,
    split_names,
)
from newsparse.extract.byline_names import (
    bio_name,
    bracket_signoff,
    cjk_name,
    split_run,
    word_sets,
)
from newsparse.extract.byline_parts import (
    dated_handle,
    opening_desk,
    signoff_names,
    site_signoff,
    trailing_name,
)
from newsparse.extract.byline_pieces import DIGIT, PIECE
from newsparse.extract.byline_scores import head_score, next_to_date, signed_run, tail_score
from newsparse.extract.chrome import in_menu
from newsparse.extract.features import Cue
from newsparse.lexicon import Lexicon, fold
from newsparse.model import Label

# Enum members read as module constants: on Python 3.11 an enum member read costs a
# metaclass attribute lookup (~8 times a global read), and these are read per block or line.
_CUE_CREDIT = Cue.CREDIT
_CUE_NONE = Cue.NONE
_CUE_NONE_OR_CREDIT = (Cue.NONE, Cue.CREDIT)
_COMMENTS = Label.COMMENTS
_BODY = Label.BODY
_CAPTION = Label.CAPTION
_DUMP_HTML = DumpKind.HTML

__all__ = ["Byline", "authors_from_text", "read_byline", "split_names"]

_WINDOW = 60
"""Blocks before the body start searched for bylines."""
_OTHER_WINDOW = 15
"""Largest distance from the body start of an agency or desk byline."""
_TAIL_WINDOW = 30
"""Blocks after the body end searched for a prefixed signature ("Posted by ...")."""
_TAIL_NEAR = 5
"""Blocks after the body end searched for a bare signature or an author box."""
_UNDER_HEADLINE = 4
"""Blocks under the decided headline searched when the body window leaves them out."""
_NAME_UNDER_HEADLINE = 6
"""Lines under the decided headline where a bare name line is read as a byline."""
_DATE_LINE_WORDS = 14
"""Longest line read as the date line under a headline, in words."""
_EARLY_SCORE = 1.2
"""Score of a prefixed, dated byline above the window: beats only a desk or agency."""

_BIO_WINDOW = 10
"""Last blocks of the body searched for an author's bio."""
_BIO_SCORE = 1.0
"""Score of an author's bio: above a bare signature, below any byline near the headline."""

_TEXT = attrgetter("text")

_ATTRIBUTION = ("—", "–", "-", "―")
"""Dashes that open the attribution under a quote or an embedded post, not a byline."""
_MAX_BARE_WORDS = 8
"""Longest unprefixed byline piece ("Jane Doe, John Roe and Max Mustermann")."""
_BYLINE_TOKENS = frozenset(
    {"author", "authors", "byline", "autor", "autoren", "auteur", "writer", "by-line"}
)
"""Class/id tokens of HTML elements that hold a byline."""


def authors_from_text(ctx: Context) -> Iterator[Candidate[tuple[str, ...]]]:
    """Propose bylines from visible lines around the body start and right after its end."""
    blocks, feats, layout = ctx.doc.blocks, ctx.feats, ctx.layout
    head = range(max(0, layout.start - _WINDOW), min(len(blocks), layout.start + 20))
    tail = range(max(head.stop, layout.end - 1), min(len(blocks), layout.end + _TAIL_WINDOW))
    yield from _early_bylines(ctx, head.start)
    yield from _author_bios(ctx)
    same: dict[str, list[int]] | None = None  # head lines by folded text, built on first use
    texts: list[str] = []  # the page's lines, read on first use
    start, end, labels = layout.start, layout.end, layout.labels
    prefix, lone = ctx.lex.byline_prefix, _lone_prefixes(ctx.lex)
    deep, below = min(head.stop, end), end + _TAIL_NEAR
    headline, chrome = ctx.headline_block, ctx.chrome
    near: dict[int, bool] = {}  # lines holding a digit or an "@" (see _worth_reading)
    for i in (*_headline_range(ctx, head.start), *head, *tail):
        block, feat = blocks[i], feats[i]
        if (
            block.hidden
            or feat.cue not in _CUE_NONE_OR_CREDIT
            # A menu's line (an aside's or a page footer's may sign the story).
            or (chrome and chrome[i] is not None and in_menu(block.tag_path))
        ):
            continue
        if labels[i] is _COMMENTS and start <= i < end:
            # A commenter's name over a comment's date, in a comments box that the article
            # goes on under (a byline's shape): the box's, not the article's.
            continue
        # A label line ("Author of the article:") over the line gives it its names.
        labelled = i > 0 and feats[i - 1].folded in lone
        # Deep in the body, or far below it; the lines right under a short body (which the
        # head window reaches past its end) are as near as the tail's first lines.
        if (start + 10 <= i < deep or i > below) and not (labelled or prefix.match(feat.folded)):
            # Deeper into the body or below it ("Posted by Jane Doe at 2:33 PM" under a
            # blog post), only a line opening with a prefix, or under a lone prefix line
            # ("By" / "Jane Doe"), may be a byline.
            continue
        if feat.words > 25 and (feat.words > 60 or i >= start or not prefix.match(feat.folded)):
            # "By Jane Doe, a deputy editor who has covered ... for a decade."
            continue
        marked = bool(block.tokens) and _marked(block.tokens)
        found = _line_byline(i, ctx, marked, labelled, near)
        if found is None:
            continue
        byline, labelled = found
        strong = byline.prefixed or labelled or marked
        if i == headline and not strong:
            # The decided headline's own line: its head before a dash or a dot reads as a
            # bare name ("Content Depth — Write Comprehensively ...", "Diet Name - ..."),
            # but a headline line is no byline unless a prefix or a label says so.
            continue
        if not byline.names:
            desk = _desk_byline(i, byline, strong, ctx)
            if desk is not None:
                yield desk
            continue
        # A bare name line the page's menus print too is no byline (see _menu_entry).
        signed = (
            None
            if not strong and _menu_entry(i, ctx, texts)
            else signed_run(i, byline, labelled, ctx)
        )
        if signed is None:
            continue  # a menu entry, or read with the first line of its run
        names, last, labelled = signed
        score = _line_score(i, last, byline, labelled, ctx, marked=marked)
        if score is None:
            continue
        if same is None:
            same = {}
            for j in head:
                same.setdefault(feats[j].folded, []).append(j)
        claimed = tuple(j for j in same.get(feat.folded, ()) if j != i)
        run = tuple(range(i + 1, last + 1))
        value = _split_runs(names, ctx)
        yield Candidate(value=value, score=score, source=f"block:{i}", blocks=(i, *run, *claimed))


def _line_score(
    i: int, last: int, byline: Byline, labelled: bool, ctx: Context, *, marked: bool
) -> float | None:
    """Score the byline on block ``i`` whose run of name lines ends at ``last``, if it counts."""
    if i >= ctx.layout.end:
        score = tail_score(i, byline, labelled, ctx)
    else:
        score = head_score(last, byline, labelled, ctx)
    if score is None:
        return None
    if marked:
        return score + 2.0
    if ctx.doc.kind is _DUMP_HTML and not (byline.prefixed or labelled):
        return _unmarked_html_score(i, score, ctx)
    return score


_HTML_SIGNOFF_SCORE = 0.7
"""Score of an unmarked HTML name paragraph signing the body (see :func:`html_signoff`)."""


def html_signoff(i: int, ctx: Context) -> bool:
    """True when HTML block ``i`` is the paragraph right under the body, in its container.

    A story signed with its author's name in a paragraph of its own ("<p><strong>Jane
    Doe</strong></p>" after the last one) marks no byline, but it sits in the body's
    container at the body's tag path, where menus and captions do not; a link is a
    teaser's or a menu's, not a signature.
    """
    end = ctx.layout.end
    if i != end or i == 0:
        return False
    blocks = ctx.doc.blocks
    block, last = blocks[i], blocks[i - 1]
    return (
        block.link_chars == 0
        and block.container == last.container
        and block.tag_path == last.tag_path
        and ctx.layout.labels[i - 1] is _BODY
    )


def _unmarked_html_score(i: int, score: float, ctx: Context) -> float:
    """Score an unmarked, unprefixed HTML byline on block ``i`` that scored ``score``."""
    if html_signoff(i, ctx):
        return _HTML_SIGNOFF_SCORE  # above a declared outlet (0.4 to 0.6), below a person
    return score - 2.0  # weaker than a declared person


def _marked(tokens: frozenset[str]) -> bool:
    """True when an HTML block's class/id tokens say it holds a byline.

    A token names it whole ("author", "byline") or holds an author word run into other
    words ("metaInfoAuthorList", lower-cased to "metainfoauthorlist"; "postauthor",
    "autorin", "autore"; see :data:`~newsparse.document.html_attributes.AUTHOR_WORD`).
    """
    if not tokens:
        return False  # a text dump's blocks
    # Blocks of one container share one token set (and a frozenset keeps its hash): the
    # substring scan runs once per set, not per block.
    known = _MARKED.get(tokens)
    if known is None:
        if len(_MARKED) >= _MARKED_SIZE:
            _MARKED.clear()
        known = not _BYLINE_TOKENS.isdisjoint(tokens) or any(
            "aut" in t and AUTHOR_WORD.search(t) is not None for t in tokens
        )
        _MARKED[tokens] = known
    return known


_MARKED: dict[frozenset[str], bool] = {}
"""Whether a block's token set marks a byline (see :func:`_marked`), memoised."""
_MARKED_SIZE = 4096
"""Token sets remembered before the memo starts over."""


def _desk_byline(
    i: int, byline: Byline, strong: bool, ctx: Context
) -> Candidate[tuple[str, ...]] | None:
    """Propose the desk, agency or handle a nameless byline on block ``i`` names, if near."""
    if (
        not byline.prefixed
        and i + 1 < len(ctx.layout.labels)
        and ctx.layout.labels[i + 1] is _CAPTION
    ):
        # "AP" over "Apr. 8: President Obama signs ...": the photo's credit over its caption.
        return None
    distance = abs(ctx.layout.start - i)
    # "Posted on <date> by admin" may also sit under the body; "by Taboola" may not.
    near = (i < ctx.layout.end and distance <= _OTHER_WINDOW) or (byline.prefixed and byline.dated)
    if byline.other and near and (strong or byline.dated or next_to_date(i, ctx)):
        # A desk or an agency is the author only when nothing better is found; a prefix
        # and a date on one line ("Posted on <date> by admin") are a byline.
        score = (2.5 if byline.prefixed and byline.dated else 0.8) - 0.02 * distance
        if _declared_with_others(byline.other, ctx):
            # The page declares the desk among its authors, with others: the line shortens
            # that list ("dpaMM-Redaktion" for dpa and MM-Redaktion), the declaration wins.
            score = min(score, _DECLARED_DESK_SCORE)
        return Candidate(value=(byline.other,), score=score, source=f"agency:{i}", blocks=(i,))
    return None


_DECLARED_DESK_SCORE = 0.3
"""Score of a desk byline whose desk the page declares with other authors: under any
declared list (see :func:`newsparse.extract.byline_meta.authors_from_meta`)."""


def _declared_with_others(desk: str, ctx: Context) -> bool:
    """True when the page's declared authors hold ``desk`` and at least one other name."""
    declared = {fold(item.value.strip()) for item in ctx.doc.meta_values("author")}
    return len(declared) > 1 and fold(desk.strip()) in declared


_MENU_REPEATS = 2
"""Other places where a bare name line and one line after it recur together that make it a
menu entry (a menu printed in the header and again in the footer)."""


def _menu_entry(i: int, ctx: Context, texts: list[str]) -> bool:
    """True when bare name line ``i`` is a menu entry that the page prints elsewhere.

    A section name ("Front Page") over the date line reads as a byline, but the page prints
    it in its header menu and its footer menu too, each time over the same next entry
    ("Taiwan News"). An author's name may recur (an author box, a teaser's byline), but not
    twice more over one same line. ``texts`` holds the page's lines, filled on first use.
    """
    if not texts:
        texts.extend(map(_TEXT, ctx.doc.blocks))
    text = texts[i]
    # Counted in C first: most lines recur less often than a menu entry needs.
    if texts.count(text) <= _MENU_REPEATS:
        return False
    nexts: dict[str, int] = {}
    last = len(texts) - 1
    for k, other in enumerate(texts):
        if other == text and k != i and k < last:
            after = texts[k + 1]
            nexts[after] = nexts.get(after, 0) + 1
    return any(n >= _MENU_REPEATS for n in nexts.values())


def _split_runs(names: tuple[str, ...], ctx: Context) -> tuple[str, ...]:
    """Split names of four tokens or more that run two names together (see split_run)."""
    if all(n.count(" ") < 3 for n in names):
        return names  # nearly every byline: no long name
    texts = [b.text for b in ctx.doc.blocks]
    split: list[str] = []
    for name in names:
        split += split_run(name, texts, ctx.lex)
    return tuple(dict.fromkeys(split))


def _author_bios(ctx: Context) -> Iterator[Candidate[tuple[str, ...]]]:
    """Propose the persons an author's bio or a dated sign-off names, at a low score.

    "Jane Doe is a staff writer at ..." closes many articles (often inside the found body,
    over a few more widget lines), and so does "... (Jane Doe, 3.5.2024)"; they name the
    author when no byline does. Lower still: the name run into the end of the body's first
    paragraph signed so ("... hates CNN. Peter Weber", see ``trailing_name``).
    """
    blocks, feats, layout = ctx.doc.blocks, ctx.feats, ctx.layout
    # The desk signing the body may also be the first line under it.
    for i in range(max(layout.start, layout.end - _BIO_WINDOW), min(len(blocks), layout.end + 1)):
        feat = feats[i]
        if feat.cue is not _CUE_NONE or blocks[i].hidden:
            continue
        if feat.words <= _SITE_SIGNOFF_WORDS:
            desk = _desk_signoff(i, ctx, feat.words)
            if desk is not None:
                yield desk
                continue
        if feat.words <= _MAX_BARE_WORDS:
            if i < layout.end:
                boxed = _boxed_byline(i, ctx)
                if boxed is not None:
                    yield boxed
            continue
        if i == layout.end:
            continue
        text = blocks[i].text
        names = (
            signoff_names(text, ctx.lex, ctx.site_names)
            or bracket_signoff(text)
            or (bio_name(text, ctx.lex),)
        )
        if names[0]:
            # No block: the bio or sign-off may be the article's last paragraph, which stays
            # in the body.
            yield Candidate(value=names, score=_BIO_SCORE, source=f"bio:{i}", blocks=())
    start = layout.start
    for i, block in enumerate(blocks[start : layout.end], start):
        # The first paragraph signed at its end: a stream of posts signs each post.
        if not block.text[-1:].isalpha():
            continue
        feat = feats[i]
        if feat.words > _MAX_BARE_WORDS and feat.cue is _CUE_NONE:
            name = trailing_name(block.text, ctx.lex, ctx.site_names)
            if name:
                yield Candidate(
                    value=(name,), score=_TRAILING_SCORE, source=f"signed:{i}", blocks=()
                )
                break


_TRAILING_SCORE = 0.6
"""Score of a name run into the end of a body paragraph: below any byline, bio or desk."""

_BOXED_SCORE = 2.5
"""Score of the byline of an author box closing the body (see :func:`_boxed_byline`): over
a teaser's byline below the body, under a byline near the headline."""


def _boxed_byline(i: int, ctx: Context) -> Candidate[tuple[str, ...]] | None:
    """Propose the byline of an author box: "By Jane Doe" over "Jane has covered ...".

    An author box closes many articles inside the found body: a prefixed byline line over
    the author's bio, a paragraph that opens with the author's first name or full name.
    Where no byline heads the article, the box names its author.
    """
    feats, blocks, lex = ctx.feats, ctx.doc.blocks, ctx.lex
    if i + 1 >= len(blocks) or feats[i + 1].prose <= 0:
        return None
    if not lex.byline_prefix.match(feats[i].folded):
        return None
    names = read_byline(blocks[i].text, lex, ctx.site_names).names
    if len(names) != 1:
        return None
    first = names[0].split()[0]
    bio = blocks[i + 1].text
    if not bio.startswith(first) or bio[len(first) : len(first) + 1].isalpha():
        return None
    return Candidate(value=names, score=_BOXED_SCORE, source=f"box:{i}", blocks=(i,))


_DESK_SIGNOFF_WORDS = 3
"""Longest line read as a desk signing the body ("IN-Redaktion", "MM-Redaktion Palma")."""
_SITE_SIGNOFF_WORDS = 5
"""Longest line read as a desk signing for its site ("red, ORF.at/Agenturen")."""
_DESK_SIGNOFF_SCORE = 0.55
"""Score of a desk signing the body: below any person and any desk byline, above a
declared outlet that ``meta`` or ``rel=author`` gives (see ``authors_from_meta``)."""


def _desk_signoff(i: int, ctx: Context, words: int) -> Candidate[tuple[str, ...]] | None:
    """Propose the desk a short line under a body paragraph signs with ("IN-Redaktion").

    The line is an agency or a compound desk alone, under prose, near the body's end (the
    caller's window): where no byline heads the article, its desk signs it. A desk signing
    for the site it names by its address ("red, ORF.at/Agenturen") signs with the address.
    No block is claimed: the line stays in the body, as a bio does. ``words`` is the
    line's word count.
    """
    if i == 0 or ctx.feats[i - 1].prose <= 0:
        return None
    text = ctx.doc.blocks[i].text.strip(" ()[]-–—")
    site = site_signoff(text, ctx.lex) if "." in text else None
    if site is not None:
        return Candidate(value=(site,), score=_DESK_SIGNOFF_SCORE, source=f"signoff:{i}", blocks=())
    if words > _DESK_SIGNOFF_WORDS:
        return None
    desk = opening_desk(text, ctx.lex)
    if desk is None or desk != text:
        return None
    if fold(desk) not in ctx.lex.agencies and (" " in desk or "-" not in desk):
        # Only an agency or a compound desk ("IN-Redaktion") signs so: "Staff Writer" or
        # "Ideas Contributor" under a bio is the bio's role line.
        return None
    return Candidate(value=(desk,), score=_DESK_SIGNOFF_SCORE, source=f"signoff:{i}", blocks=())


def _headline_range(ctx: Context, lo: int) -> range:
    """Blocks right under the decided headline when they lie above the search window.

    The found body start can sit far under the real headline (a gallery, a teaser list in
    between); the byline still follows the headline closely.
    """
    head = ctx.headline_block
    if head is None or head + 1 >= lo:
        return range(0)
    return range(head + 1, min(lo, head + 1 + _UNDER_HEADLINE))


def _early_bylines(ctx: Context, lo: int) -> Iterator[Candidate[tuple[str, ...]]]:
    """Propose prefixed, dated person bylines above the search window, at a low score.

    "By Jane Doe" over "Sept. 25, 2018" far above a wrongly found body start still beats
    a desk or an agency, but no byline found near the body.
    """
    blocks, feats, lex = ctx.doc.blocks, ctx.feats, ctx.lex
    for i in range(lo):
        feat = feats[i]
        if feat.words > 12 or feat.cue is not _CUE_NONE or blocks[i].hidden:
            continue
        if not lex.byline_prefix.match(feat.folded):
            continue
        byline = read_byline(blocks[i].text, lex, ctx.site_names)
        if byline.names and byline.prefixed and (byline.dated or next_to_date(i, ctx)):
            score = _EARLY_SCORE - 0.001 * (lo - i)
            yield Candidate(value=byline.names, score=score, source=f"early:{i}", blocks=(i,))


def _line_byline(
    i: int, ctx: Context, marked: bool, labelled: bool, near: dict[int, bool]
) -> tuple[Byline, bool] | None:
    """Read block ``i`` as a byline; also say whether a label line ("Author:") precedes it.

    ``labelled`` says whether one does (the line above is in :func:`_lone_prefixes`); ``near``
    remembers the page's lines that hold a digit or an "@" (see :func:`_worth_reading`).
    """
    block, lex = ctx.doc.blocks[i], ctx.lex
    text, html = block.text, ctx.doc.kind is _DUMP_HTML
    # HTML: a name paragraph signing the body in its own container reads as a text dump's.
    signoff = html and html_signoff(i, ctx)
    if (
        not (labelled or marked or text[:1].islower())
        and DIGIT.search(text) is None
        and (
            (html and not signoff)
            or (not html and not _worth_reading(i, ctx, near))
            or not could_be_names(text, lex)
        )
        and lex.byline_prefix.search(ctx.feats[i].folded) is None
    ):
        # Cheap tests first: without a prefix, a byline needs a date (digits) or a line
        # of capitalised words; most lines near the body are neither. The prefix, looked
        # for anywhere in the line, is searched for last, on the lines the others reject.
        return None
    byline = recalled_byline(text, lex, ctx.site_names)
    if byline is None:
        head = read_head(text, lex)
        if not (head.prefixed or labelled or marked or signoff) and _no_bare_byline(i, head, ctx):
            return None
        byline = finish_byline(text, head, lex, ctx.site_names)
    if byline.prefixed or labelled or marked:
        return byline, labelled
    if ctx.feats[i].cue is _CUE_CREDIT and (not byline.dated or _names_a_credit(block.text, lex)):
        return None  # "Foto: Jane Doe", "© Agency/Jane Doe"; "Jane Doe | <date>" is kept
    if (
        html
        and not (byline.dated and byline.names)
        and not (signoff and byline.names)
        and not _linked_dated_handle(block, byline, lex)
    ):
        # HTML marks bylines; an unmarked name-shaped line is a menu or a caption, unless
        # a date shares its line ("3 May 2024 Jane Doe": a blog's entry meta), it signs
        # the body (see html_signoff) or it is a poster's linked handle and the date.
        return None
    if not byline.names:
        return (byline, False) if byline.other else None
    if (
        byline.words > _MAX_BARE_WORDS and not byline.dated and not only_names(text, lex)
    ) or text.startswith(_ATTRIBUTION):
        # A title-case sentence, or the attribution under a quote; a long line of names
        # alone ("Jane Doe, John Roe and Max van der Muster") is a byline.
        return None
    if not byline.dated and ctx.feats[i].prose > 0:
        # A sentence led by a dateline ("NEW YORK — The council voted ..."), not a bare
        # byline: a bare name line is no prose, and a dated one is handled below.
        return None
    if not could_be_names(block.text, lex) and (not byline.dated or ctx.feats[i].prose > 0):
        # Lower-case words before any separator make a sentence, unless a date closes a
        # line that is no prose ("Jane Doe, professor at the university, <date>").
        return None
    return byline, False


def _linked_dated_handle(block: Block, byline: Byline, lex: Lexicon) -> bool:
    """True for a dated line opening with a user handle that links to its profile.

    "<a href=/user/...>HansEhrlich</a> 17.10.2019, 13:56 Uhr" heads a deal site's or a
    forum's post as "Jane Doe, 17.10.2019" heads an article: the handle (capitalised
    words run together, see ``dated_handle``) is the poster. In HTML the link, at least
    as long as the handle, tells it from a teaser's section word over its date.
    """
    other = byline.other
    return (
        byline.dated
        and other is not None
        and block.link_chars >= len(other)
        and dated_handle(other, lex) is not None
    )


def _no_bare_byline(i: int, head: LineHead, ctx: Context) -> bool:
    """True when an unprefixed, unlabelled, unmarked line is no byline, whatever names it holds.

    The tests of :func:`_line_byline` after the reading that need no names: with no desk
    word to fall back on (``head.desk``), a line they reject is rejected with or without
    names, so its names, the dearest part of the reading, are not read.
    """
    text, dated = ctx.doc.blocks[i].text, head.dated
    if ctx.doc.kind is _DUMP_HTML:
        rejected = not dated
    else:
        prose = ctx.feats[i].prose > 0
        rejected = (
            # One word is no name, unless a Han or Hangul name with its reporter word glued
            # on ("记者张三", "山田太郎記者", "홍길동기자").
            (
                " " not in head.chosen
                and (head.chosen.isascii() or not cjk_name([head.chosen], ctx.lex))
            )
            or (not dated and prose)
            or text.startswith(_ATTRIBUTION)
            or (head.words > _MAX_BARE_WORDS and not dated and not only_names(text, ctx.lex))
            or ((not dated or prose) and not could_be_names(text, ctx.lex))
        )
    # Tested last: the desk word is read off the first piece, and most lines keep none.
    return rejected and head.desk(ctx.lex) is None


def _lone_prefixes(lex: Lexicon) -> frozenset[str]:
    """The folded lines that are a byline prefix alone ("by", "author of the article").

    A set lookup settles a line (``in`` on the prefix tuple compared each prefix in turn);
    the caller reads the set once a page.
    """
    return word_sets(lex).prefixes


def _worth_reading(i: int, ctx: Context, near: dict[int, bool]) -> bool:
    """Whether an undated, unprefixed line can score.

    It can near the body start or end, or with a date or an e-mail address at most two
    lines away. Whether a line holds a digit or an "@" is remembered in ``near`` (by line
    index, for the page): neighbouring candidates ask about the same lines.
    """
    start, end = ctx.layout.start, ctx.layout.end
    if start - 10 <= i < start + 6 or end - 1 <= i <= end:
        return True
    head = ctx.headline_block
    if head is not None and head < i <= head + _NAME_UNDER_HEADLINE:
        # The byline follows the headline closely, over or under its date line (a share
        # bar between), over a standfirst, even where the found body start lies far below
        # (a player, a gallery, a tag list between); without the date line, the lines under
        # a wrong headline are a menu's.
        dated, feats = ctx.block_dates, ctx.feats
        window = range(head + 1, min(len(dated), head + _NAME_UNDER_HEADLINE + 1))
        if any(dated[j] and feats[j].words <= _DATE_LINE_WORDS for j in window if j != i):
            return True
    blocks = ctx.doc.blocks
    for j in range(max(0, i - 2), min(len(blocks), i + 3)):
        holds = near.get(j)
        if holds is None:
            text = blocks[j].text
            holds = near[j] = "@" in text or DIGIT.search(text) is not None
        if holds:
            return True
    return False


def _names_a_credit(text: str, lex: Lexicon) -> bool:
    """True when a line says it credits a picture ("Foto: ...", "© ...", "... | Photo")."""
    folded = fold(text)
    if "©" in folded or "(c)" in folded:
        return True
    return any(p.split(":", 1)[0].strip() in lex.credit_cues for p in PIECE.split(folded))
