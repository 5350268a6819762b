"""The article spec: :class:`ArticleSpec` and the strategies that draw it (:func:`articles`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import attrs
from hypothesis import strategies as st

from tests.strategies.words import (
    AGENCIES,
    BYLINE_PREFIXES,
    BYLINE_ROLES,
    COMPLEMENTS,
    CONJUNCTIONS,
    DATE_PREFIXES,
    DATELINES,
    EN_MONTH_ABBR,
    FIRST_NAMES,
    HEADLINE_OBJECTS,
    HEADLINE_SUBJECTS,
    HEADLINE_TAILS,
    HEADLINE_VERBS,
    LANGS,
    LAST_NAMES,
    MONTHS,
    OBJECTS,
    QUOTE_BODIES,
    SAID,
    SITES,
    SUBHEADINGS,
    SUBJECTS,
    TAG_WORDS,
    UPDATE_PREFIXES,
    VERBS,
    WEEKDAYS,
)

# --------------------------------------------------------------------------------------
# The article spec
# --------------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class ArticleSpec:
    """One random article: what a page shows, and what ``parse`` must give back."""

    lang: str
    """Language of all page text (``en``, ``de``, ``fr``, ``es``)."""
    site: str
    """Publisher name (footer, ``<title>`` suffix)."""
    headline: str
    """The headline, as shown."""
    published: dt.date
    """Publication date."""
    date_text: str
    """The publication date written in the page's format (with its cue, e.g. "Published: ")."""
    date_format: str
    """Name of the format ``date_text`` was written in (for failure reports)."""
    updated_text: str | None
    """An "Updated ..." date line (a later date), or ``None``."""
    authors: tuple[str, ...]
    """Author names in byline order."""
    byline: str
    """The byline line as shown ("By A and B", "Von A", "A and B"); ``""`` without authors."""
    tags: tuple[str, ...]
    """Topic tags, unique case-insensitively."""
    paragraphs: tuple[str, ...]
    """Prose paragraphs in order (the first one starts with the dateline when there is one)."""
    subheadings: tuple[tuple[int, str], ...]
    """``(i, text)``: a sub-heading shown before ``paragraphs[i]`` (``i >= 1``)."""
    dateline: str | None
    """The place of the dateline, as ``parse`` should return it, or ``None``."""

    @property
    def body(self) -> tuple[str, ...]:
        """The expected ``Article.body``: paragraphs with sub-headings in place."""
        heads = dict(self.subheadings)
        out: list[str] = []
        for i, paragraph in enumerate(self.paragraphs):
            if i in heads:
                out.append(heads[i])
            out.append(paragraph)
        return tuple(out)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


@st.composite
def sentences(draw: st.DrawFn, lang: str) -> str:
    """One declarative sentence of at least 8 words, ending in a full stop."""
    parts = [
        draw(st.sampled_from(SUBJECTS[lang])),
        draw(st.sampled_from(VERBS[lang])),
        draw(st.sampled_from(OBJECTS[lang])),
    ]
    complements = draw(
        st.lists(st.sampled_from(COMPLEMENTS[lang]), min_size=1, max_size=3, unique=True)
    )
    parts.extend(complements)
    if lang == "de" and parts[1] in ("kündigte", "lehnte"):
        parts.append("an" if parts[1] == "kündigte" else "ab")
    text = " ".join(parts)
    while len(text.split()) < 8:
        text += " " + draw(st.sampled_from(COMPLEMENTS[lang]))
    # News prose states; a lone exclamation is a headline shape, not a paragraph.
    return _cap(text) + "."


def _quote(lang: str, words: str, speaker: str, verb: str, style: int) -> str:
    if lang == "en":
        if style == 0:
            return f"“{words},” {speaker} {verb}."
        return f"“{words},” {verb} {speaker}, speaking after the meeting."
    if lang == "de":
        return f"„{words}“, {verb} {speaker}." if style == 0 else f"{speaker} {verb}: „{words}.“"
    if lang == "fr":
        return f"« {words} », {verb} {speaker}." if style == 0 else f"« {words} », selon {speaker}."
    return f"«{words}», {verb} {speaker}." if style == 0 else f"{speaker} {verb}: «{words}»."


@st.composite
def paragraphs(draw: st.DrawFn, lang: str, speakers: Sequence[str]) -> str:
    """One body paragraph: 1–4 sentences, or a quotation with its speaker."""
    if draw(st.integers(0, 5)) == 0:
        speaker = draw(st.sampled_from(tuple(speakers)))
        words = draw(st.sampled_from(QUOTE_BODIES[lang]))
        verb = draw(st.sampled_from(SAID[lang]))
        text = _quote(lang, words, speaker, verb, draw(st.integers(0, 1)))
        if draw(st.booleans()):
            text += " " + draw(sentences(lang))
        return text
    return " ".join(draw(st.lists(sentences(lang), min_size=1, max_size=4)))


def person_names(lang: str) -> st.SearchStrategy[str]:
    """A person name of the language (first and last name, particles kept lower-case)."""
    return st.builds(
        lambda first, last: f"{first} {last}",
        st.sampled_from(FIRST_NAMES[lang]),
        st.sampled_from(LAST_NAMES[lang]),
    )


@st.composite
def headlines(draw: st.DrawFn, lang: str) -> str:
    """A headline: subject, verb, object and an optional tail; no final full stop."""
    subject = draw(st.sampled_from(HEADLINE_SUBJECTS[lang]))
    verb = draw(st.sampled_from(HEADLINE_VERBS[lang]))
    obj = draw(st.sampled_from(HEADLINE_OBJECTS[lang]))
    tail = draw(st.sampled_from(HEADLINE_TAILS[lang]))
    if lang == "de" and " " in verb:
        # Separable verbs: "Regierung stellt Plan vor".
        head, particle = verb.split(" ", 1)
        text = f"{subject} {head} {obj} {particle}"
    else:
        text = f"{subject} {verb} {obj}"
    if tail:
        text = f"{text} {tail}"
    end = draw(st.sampled_from(("", "", "", "", "?")))
    return _cap(text) + end


def _join_names(names: Sequence[str], lang: str, *, amp: bool) -> str:
    conj = "&" if amp else CONJUNCTIONS[lang]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + f" {conj} " + names[-1]


DATE_FORMATS: dict[str, tuple[str, ...]] = {
    "en": ("mdy-long", "mdy-abbr", "dmy-long", "weekday-mdy", "iso", "us-slash", "dmy-dash",
           "mdy-time", "mdy-ordinal"),
    "de": ("dmy-long", "dotted", "dotted-time", "weekday-dmy", "iso"),
    "fr": ("dmy-long", "weekday-dmy", "slash", "dmy-time", "iso"),
    "es": ("de-long", "slash", "slash-time", "weekday-de", "dmy-long"),
}  # fmt: skip


def format_date(day: dt.date, lang: str, fmt: str, hour: int, minute: int) -> str:
    """Write ``day`` in one of the language's formats (without a cue word)."""
    d, m, y = day.day, day.month, day.year
    month = MONTHS[lang][m - 1]
    weekday = WEEKDAYS[lang][day.weekday()]
    h12 = (hour % 12) or 12
    ampm = "am" if hour < 12 else "pm"
    table: dict[str, str] = {
        "mdy-long": f"{month} {d}, {y}",
        "mdy-abbr": f"{EN_MONTH_ABBR[m - 1]}{'.' if m != 5 else ''} {d}, {y}",
        "dmy-long": (
            f"{d}. {month} {y}"
            if lang == "de"
            else f"{'1er' if d == 1 and lang == 'fr' else d} {month} {y}"
        ),
        "weekday-mdy": f"{weekday}, {month} {d}, {y}",
        "weekday-dmy": (
            f"{weekday}, {d}. {month} {y}" if lang == "de" else f"{weekday} {d} {month} {y}"
        ),
        "weekday-de": f"{weekday}, {d} de {month} de {y}",
        "iso": f"{y}-{m:02d}-{d:02d}",
        "us-slash": f"{m:02d}/{d:02d}/{y}",
        "dmy-dash": f"{d:02d}-{m:02d}-{y}",
        "mdy-time": f"{month} {d}, {y} {h12}:{minute:02d} {ampm}",
        "mdy-ordinal": f"{month} {d}{_ordinal(d)}, {y}",
        "dotted": f"{d:02d}.{m:02d}.{y}",
        "dotted-time": f"{d:02d}.{m:02d}.{y}, {hour:02d}:{minute:02d} Uhr",
        "slash": f"{d:02d}/{m:02d}/{y}",
        "slash-time": f"{d:02d}/{m:02d}/{y} {hour:02d}:{minute:02d}",
        "dmy-time": f"{d} {month} {y} à {hour:02d}h{minute:02d}",
        "de-long": f"{d} de {month} de {y}",
    }
    return table[fmt]


def _ordinal(d: int) -> str:
    if 10 <= d % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


@st.composite
def articles(draw: st.DrawFn, lang: str | None = None, max_paragraphs: int = 30) -> ArticleSpec:
    """Draw a random :class:`ArticleSpec` (``lang`` fixed or drawn)."""
    lang = lang or draw(st.sampled_from(LANGS))
    site = draw(st.sampled_from(SITES[lang]))
    published = draw(st.dates(dt.date(2005, 1, 1), dt.date(2025, 12, 31)))
    fmt = draw(st.sampled_from(DATE_FORMATS[lang]))
    hour, minute = draw(st.integers(0, 23)), draw(st.integers(0, 59))
    date_text = draw(st.sampled_from(DATE_PREFIXES[lang])) + format_date(
        published, lang, fmt, hour, minute
    )
    updated_text = None
    if draw(st.integers(0, 4)) == 0:
        later = published + dt.timedelta(days=draw(st.integers(1, 5)))
        updated_text = draw(st.sampled_from(UPDATE_PREFIXES[lang])) + format_date(
            later, lang, fmt, hour, minute
        )
    # Agency copy and briefs often carry no byline at all.
    no_byline = draw(st.integers(0, 9)) == 0
    authors = tuple(
        draw(
            st.lists(
                person_names(lang),
                min_size=0 if no_byline else 1,
                max_size=0 if no_byline else 3,
                unique_by=str.casefold,
            )
        )
    )
    byline_form = draw(st.sampled_from(("prefix", "prefix", "prefix", "bare", "amp")))
    names = _join_names(authors, lang, amp=byline_form == "amp")
    if byline_form == "bare" and len(authors) == 1 and lang != "en":
        byline_form = "prefix"
    byline = (
        names
        if byline_form == "bare" or not authors
        else f"{draw(st.sampled_from(BYLINE_PREFIXES[lang]))} {names}"
    )
    if authors and byline_form != "bare" and draw(st.integers(0, 4)) == 0:
        byline += draw(st.sampled_from(BYLINE_ROLES[lang]))
    tags = tuple(
        draw(st.lists(st.sampled_from(TAG_WORDS[lang]), max_size=6, unique_by=str.casefold))
    )
    speakers = [draw(person_names(lang)) for _ in range(2)]
    paras = draw(
        st.lists(paragraphs(lang, speakers), min_size=1, max_size=max_paragraphs, unique=True)
    )
    dateline = None
    if draw(st.integers(0, 3)) == 0:
        place = draw(st.sampled_from(DATELINES[lang]))
        agency = draw(st.sampled_from(("", *AGENCIES[lang])))
        dash = draw(st.sampled_from(("—", "–", "-", "--")))
        head = f"{place} ({agency})" if agency else place
        paras[0] = f"{head} {dash} {paras[0]}"
        dateline = place
    subheadings: list[tuple[int, str]] = []
    if len(paras) >= 4 and draw(st.booleans()):
        positions = draw(
            st.lists(st.integers(1, len(paras) - 1), min_size=1, max_size=3, unique=True)
        )
        heads = draw(
            st.lists(
                st.sampled_from(SUBHEADINGS[lang]),
                min_size=len(positions),
                max_size=len(positions),
                unique=True,
            )
        )
        subheadings = sorted(zip(positions, heads, strict=True))
    return ArticleSpec(
        lang=lang,
        site=site,
        headline=draw(headlines(lang)),
        published=published,
        date_text=date_text,
        date_format=fmt,
        updated_text=updated_text,
        authors=authors,
        byline=byline,
        tags=tags,
        paragraphs=tuple(paras),
        subheadings=tuple(subheadings),
        dateline=dateline,
    )
