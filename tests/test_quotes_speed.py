"""Shortcuts of quote finding must give what the plain way gives."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from newsparse.extract.quotes import context, events, find_quotes, marks
from newsparse.extract.quotes.cues import _cue_tables
from newsparse.extract.quotes.names import _Who

_WORDS = st.sampled_from(
    [
        *["Anna", "Schmidt", "Pierre", "of", "the", "said", "he", "she", "they", "told"],
        *["al-Assad", "pro-Russian", "well-known", "Mr.", "P.", "Jr.", "Smith,", "Smith's"],
        *["Иван", "Петров", "сказал", "по-Путину", "он", "«Путин»", "«сказал»", "по-русски"],
        *["Νίκος", "είπε", "ανα-Νίκος", "東京", "東-京", "서울", "말했다", "قال", "אמר", "１２"],
        *["Dazu", "erklärte", "von", "der", "Leyen", "ładny", "Łódź", "(Berlin)", "[Paris]"],
        *[
            "Mercedes-Benz",
            "SPD-Chef",
            "U.S.-led",
            "Anti-Trump",
            "«al-Sadr»",
            "x-X-x-Y",
            "iPhone-Chef",
        ],
    ]
)
_GLUE = st.sampled_from([" ", " ", " ", "  ", ", ", ". ", ": ", "\n\x00\n", " “", "” "])
_TEXT = st.lists(st.tuples(_WORDS, _GLUE).map("".join), max_size=30).map("".join)

# The name-part pattern before non-Latin lower case and caseless letters were skipped in C.
_LATIN_PART = r"[\"'“”‘’«»„‚(\[]*+(?:[^\W\d_a-zß-öø-ÿ]|[a-zß-öø-ÿ][^\s-]*+-)\S*+"


@given(_TEXT)
@example("Mercedes-Benz al-Assad Anna Smith")  # a hyphen checked in the word before
@example("Neue iPhone-Chef Anna Smith")  # only the word's first letter is lower-case
@example("Anna Smith, “Anna” (Smith) [Paris] Berlin")  # runs at the start and after marks
@example("Paris,Anna Smith x.Anna Smith 1Anna Smith _Anna Smith")  # no word start: no run
def test_name_runs_are_those_of_the_plain_pattern(text: str) -> None:
    # The plain way: every word that may be a name part read, with lower case listed for
    # Latin only, whether or not the text has a hyphenated name.
    ctx = context._make_ctx([text], _cue_tables()["en"])
    fast = context._name_runs(text, ctx)
    plain = re.compile(rf"\s{_LATIN_PART}(?:\s++{_LATIN_PART})+")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(context, "_NAME_RUN", plain)
        patch.setattr(context, "_hyphen_names", lambda text: True)
        assert context._name_runs(text, ctx) == fast


class _ReadAll(events._Events):
    """The events as looked up before: all ``_LOOK_BACK`` paragraphs before a quote read."""

    def _read_back(self, key: tuple[int, int]) -> None:
        for p in range(max(0, key[0] - events._LOOK_BACK), key[0] + 1):
            self._ensure(p)

    def unattributed(self, key: tuple[int, int], *, standalone: bool) -> _Who:
        self._read_back(key)
        return events._unattributed(self._events, self._keys, key, standalone=standalone)

    def resolve(
        self,
        ref: str,
        key: tuple[int, int],
        mentions: events._Mentions,
        gender: str | None = None,
    ) -> _Who | None:
        self._read_back(key)
        ctx = self._source[1]
        return events._resolve(ref, self._events, self._keys, key, mentions, gender=gender, ctx=ctx)


_CLAUSES = st.sampled_from(
    [
        "Anna Schmidt said the plan works.",
        "The ministers told reporters",
        "He said:",
        "“We will win,” he said.",
        "“They lied.”",
        "“It is over,” they told the court.",
        "Pierre Martin, the mayor, agreed.",
        "“A new start,” the statement said.",
        "Later she added: “Not today, not ever.”",
        "Reporters asked questions.",
        "“Both sides must talk,” Smith told them.",
    ]
)
_ARTICLE = st.lists(st.lists(_CLAUSES, min_size=1, max_size=4).map(" ".join), max_size=9)


@given(_ARTICLE)
# The pronoun's referent is a text event of the paragraph before, after a quote's speaker there.
@example(
    [
        "“Both sides must talk,” Smith told them. Anna Schmidt said the plan works.",
        "“We will win,” he said.",
    ]
)
def test_lazy_event_lookups_give_the_answers_of_a_full_read(paragraphs: list[str]) -> None:
    lazy = find_quotes(paragraphs, lang="en")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("newsparse.extract.quotes._Events", _ReadAll)
        assert find_quotes(paragraphs, lang="en") == lazy


_MARKED = st.lists(
    st.text(alphabet=st.sampled_from(list("aZ é ß\n\"'“”‘’«»‹›„‚「」『』.x")), max_size=12),
    min_size=1,
    max_size=5,
)


@given(_MARKED)
@example(["don't", "'tis", "it’s'", "a'", "l'é"])  # apostrophes at letters and edges
def test_marks_read_by_find_are_those_of_the_pattern(paragraphs: list[str]) -> None:
    plain = {
        p: [m.start() for m in marks._READ_MARK.finditer(text)] for p, text in enumerate(paragraphs)
    }
    assert marks._read_marks(paragraphs) == {p: found for p, found in plain.items() if found}


@given(st.lists(_WORDS, min_size=1, max_size=12).map(" ".join), _WORDS)
@example("Die Anna Schmidt", "Die")
def test_words_no_name_holds_skip_the_name_read(text: str, word: str) -> None:
    ctx = context._make_ctx([text], _cue_tables()["de"])
    key = word.strip(",.").casefold()
    fast = ctx.surnames.get(key)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(context._Surnames, "_no_name", lambda self, word: False)
        assert context._make_ctx([text], _cue_tables()["de"]).surnames.get(key) == fast
    if ctx.surnames._no_name(key):  # type: ignore[attr-defined]
        assert fast is None


def test_a_subject_read_twice_is_read_once() -> None:
    # A verb's subject is read for a quote and again for its paragraph's speech events.
    from newsparse.extract.quotes import names

    ctx = context._make_ctx(["Pentagon spokesman John Kirby said it."], _cue_tables()["en"])
    calls: list[str] = []
    read = names._read_subject

    def counted(before: str, ctx: names._Ctx, *, initial: bool = False) -> _Who | None:
        calls.append(before)
        return read(before, ctx, initial=initial)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(names, "_read_subject", counted)
        first = names._subject("Pentagon spokesman John Kirby ", ctx, initial=True)
        assert names._subject("Pentagon spokesman John Kirby ", ctx, initial=True) is first
        names._subject("Pentagon spokesman John Kirby ", ctx)  # another key: read again
    assert len(calls) == 2
    assert first is not None
    assert first.speaker == "John Kirby"
    assert first == read("Pentagon spokesman John Kirby ", ctx, initial=True)
