"""Unit tests of benchmarks.scoring (no corpus, no parser needed)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from benchmarks.scoring import (
    Extraction,
    ShingleMatch,
    SnippetResult,
    Snippets,
    Truth,
    aggregate_body,
    check_snippets,
    date_outcome,
    extraction_from_article,
    fold,
    headline_match,
    normalize_text,
    percentile,
    score_page,
    set_f1,
    shingle_match,
    shingles,
    split_by_origin,
    summarize,
    timing_summary,
    tokenize,
)

# --- Zyte tokenisation and shingles --------------------------------------------------


def test_tokenize_keeps_case_and_splits_on_non_word_characters() -> None:
    assert tokenize("Hello, World! It's 2019.") == ["Hello", "World", "It", "s", "2019"]


def test_tokenize_is_unicode_aware_and_accepts_none() -> None:
    assert tokenize("Straße — café_au_lait 東京都") == ["Straße", "café_au_lait", "東京都"]
    assert tokenize(None) == []
    assert tokenize("  ...  ") == []


def test_shingles_are_overlapping_four_grams() -> None:
    assert shingles("a b c d e") == {("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1}


def test_short_text_gives_one_short_shingle_and_empty_text_none() -> None:
    assert shingles("a b") == {("a", "b"): 1}
    assert shingles("a b c d") == {("a", "b", "c", "d"): 1}
    assert shingles("") == {}


def test_shingles_count_repeats() -> None:
    assert shingles("x y z w x y z w")[("x", "y", "z", "w")] == 2


# --- Zyte shingle matching ---------------------------------------------------------------


def test_identical_bodies_match_perfectly() -> None:
    match = shingle_match("One two three four five.", "One two three four five.")
    assert (match.tp, match.fp, match.fn) == (1.0, 0.0, 0.0)
    assert (match.precision, match.recall, match.f1) == (1.0, 1.0, 1.0)


def test_counts_are_normalised_to_sum_to_one() -> None:
    # truth shingles: abcd, bcde; pred: abcd  ->  tp 1, fp 0, fn 1  ->  / 2
    match = shingle_match("a b c d e", "a b c d")
    assert (match.tp, match.fp, match.fn) == (0.5, 0.0, 0.5)
    assert match.precision == 1.0
    assert match.recall == 0.5


def test_matching_is_on_multisets() -> None:
    # truth has "p q r s" twice, pred once: one tp, one fn
    match = shingle_match("p q r s p q r s", "p q r s")
    true_total = 5  # pqrs qrsp rspq spqr pqrs
    assert match.tp == pytest.approx(1 / true_total)
    assert match.fn == pytest.approx(4 / true_total)
    assert match.fp == 0


def test_matching_is_case_sensitive_and_ignores_punctuation() -> None:
    assert shingle_match("One, two; three four", "one two three four").f1 == 0.0
    assert shingle_match("One, two; three four", "One two three four").f1 == 1.0


def test_empty_prediction_scores_zero_recall_and_stays_out_of_precision_mean() -> None:
    match = shingle_match("a b c d e", "")
    assert (match.tp, match.fp, match.fn) == (0.0, 0.0, 1.0)
    assert match.precision == 0.0
    assert match.recall == 0.0
    assert not match.has_prediction
    assert match.has_truth


def test_both_empty_is_perfect_but_enters_no_mean() -> None:
    match = shingle_match("", "")
    assert (match.precision, match.recall) == (1.0, 1.0)
    assert not match.has_prediction
    assert not match.has_truth


def test_corpus_f1_is_harmonic_mean_of_mean_precision_and_recall() -> None:
    # per-page F1 would average to 2/3; Zyte's F1 of the means is 0.75
    a = ShingleMatch(tp=1 / 3, fp=0.0, fn=1 / 3 + 1 / 3)  # P 1, R 1/3
    b = ShingleMatch(tp=1 / 3, fp=2 / 3, fn=0.0)  # P 1/3, R 1
    agg = aggregate_body([a, b])
    assert agg.precision == pytest.approx(2 / 3)
    assert agg.recall == pytest.approx(2 / 3)
    assert agg.f1 == pytest.approx(2 / 3)
    c = ShingleMatch(tp=0.5, fp=0.0, fn=0.5)  # P 1, R 0.5
    d = ShingleMatch(tp=0.5, fp=0.5, fn=0.0)  # P 0.5, R 1
    agg = aggregate_body([c, d])
    assert agg.f1 == pytest.approx(0.75)
    assert (c.f1 + d.f1) / 2 == pytest.approx(2 / 3)


def test_aggregate_leaves_empty_predictions_out_of_precision() -> None:
    good = shingle_match("a b c d e", "a b c d e")
    empty = shingle_match("a b c d e", "")
    agg = aggregate_body([good, empty])
    assert agg.precision == 1.0
    assert agg.recall == 0.5
    assert agg.f1 == pytest.approx(2 / 3)
    assert agg.empty == 1
    assert agg.pages == 2


def test_aggregate_of_nothing_is_none() -> None:
    agg = aggregate_body([])
    assert (agg.precision, agg.recall, agg.f1, agg.pages) == (None, None, None, 0)


# --- normalisation, headline, snippets ---------------------------------------------------


def test_normalize_text_folds_unicode_forms_quotes_dashes_and_space() -> None:
    assert normalize_text("Cafe\u0301") == "Café"
    assert normalize_text("\u201cYes\u201d \u2013 it\u2019s\u00a0done ") == '"Yes" - it\'s done'
    assert normalize_text("Ex\u00adtra\u200b  line\n two") == "Extra line two"
    assert normalize_text("Keep Case.") == "Keep Case."


def test_fold_is_case_insensitive_normal_form() -> None:
    assert fold("  STRASSE Straße ") == "strasse strasse"


def test_headline_match() -> None:
    assert headline_match("It\u2019s  here", "It's here")
    assert not headline_match("it's here", "It's here")
    assert not headline_match("It's here | Site", "It's here")
    assert not headline_match(None, "It's here")


def test_snippets_from_json_ignores_comments_and_empties() -> None:
    assert Snippets.from_json(None) is None
    assert Snippets.from_json({"with": [], "without": [], "comments": ["x"]}) is None
    snippets = Snippets.from_json({"with": ["a", ""], "without": ["b"], "comments": ["c"]})
    assert snippets == Snippets(None, ("a",), ("b",))


def test_check_snippets_with_and_without() -> None:
    body = "First paragraph here.\n\nSecond   one ends."
    snippets = Snippets(with_=("paragraph here. Second one", "MISSING"), without=("ends",))
    result = check_snippets(body, snippets)
    assert result.passed == 1
    assert result.total == 3
    assert result.failed == ("with: MISSING", "without: ends")


def test_check_snippets_prefix_is_case_and_space_insensitive() -> None:
    snippets = Snippets(prefix="Washington (CNN) -- Democrats")
    assert check_snippets("WASHINGTON (CNN) --  Democrats pledged", snippets).passed == 1
    assert check_snippets("Home | News\n\nWashington (CNN) -- Democrats", snippets).passed == 0


# --- dates and sets ------------------------------------------------------------------------


def test_date_outcome_compares_calendar_dates_without_tz_conversion() -> None:
    late = dt.datetime(2020, 1, 1, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    assert date_outcome(late, "2020-01-01") == "right"
    assert date_outcome(dt.date(2020, 1, 2), "2020-01-01") == "wrong"
    assert date_outcome("2020-01-01T10:00:00", "2020-01-01") == "right"
    assert date_outcome(None, "2020-01-01") == "missing"


def test_set_f1() -> None:
    assert set_f1(["Jane Doe", "john  SMITH"], ["John Smith", "jane doe"]) == 1.0
    assert set_f1(["Jane Doe"], ["Jane Doe", "John Smith"]) == pytest.approx(2 / 3)
    assert set_f1(["a", "A"], ["a"]) == 1.0
    assert set_f1([], []) == 1.0
    assert set_f1([], ["x"]) == 0.0
    assert set_f1(["x"], []) == 0.0


# --- truth, pages, summaries -------------------------------------------------------------


def _truth(**kwargs: object) -> Truth:
    data: dict[str, object] = {"source": "s", "id": "p1", "truth_from": {}}
    data.update(kwargs)
    return Truth.from_json(data)


def test_truth_from_json() -> None:
    truth = _truth(
        url="https://example.org/a",
        headline="H",
        published="2021-02-03",
        authors=["A"],
        tags=None,
        body="B",
        body_snippets={"prefix": "B"},
        truth_from={"headline": "page-meta"},
    )
    assert truth.page_id == "p1"
    assert truth.authors == ("A",)
    assert truth.tags is None
    assert truth.snippets == Snippets(prefix="B")
    assert truth.truth_from == {"headline": "page-meta"}


def test_score_page_scores_only_known_and_supported_fields() -> None:
    truth = _truth(headline="Title", published="2021-02-03", authors=["Ann Lee"], body="a b c d")
    got = Extraction(headline="Title", published=None, authors=("ann lee",), body="a b c d")
    score = score_page(truth, got)
    assert score.headline is True
    assert score.published == "missing"
    assert score.authors == 1.0
    assert score.tags is None
    assert score.snippets is None
    assert score.body is not None
    assert score.body.f1 == 1.0
    partial = score_page(truth, got, fields=frozenset({"headline", "body"}), system="peer")
    assert partial.published is None
    assert partial.authors is None
    assert partial.system == "peer"


def test_failed_page_is_scored_as_empty() -> None:
    truth = _truth(headline="T", body="a b c d", body_snippets={"with": ["a"]})
    score = score_page(truth, Extraction(), error="ValueError: x", seconds=0.1)
    assert score.error == "ValueError: x"
    assert score.headline is False
    assert score.body is not None
    assert score.body.recall == 0.0
    assert score.snippets == SnippetResult(0, 1, ("with: a",))


def test_summarize_counts_and_rates() -> None:
    pages = [
        score_page(_truth(id="1", headline="T", published="2020-01-01"), Extraction("T")),
        score_page(
            _truth(id="2", headline="T", published="2020-01-01", tags=["x"]),
            Extraction("U", "2020-01-01", tags=("X",)),
        ),
        score_page(_truth(id="3", published="2020-01-01"), Extraction(published="2020-01-02")),
        score_page(_truth(id="4", body="a b c d e"), Extraction(body="a b c d"), error="E: x"),
    ]
    summary = summarize(pages)
    assert summary.pages == 4
    assert summary.errors == 1
    assert (summary.headline_hits, summary.headline_pages) == (1, 2)
    assert (summary.date_right, summary.date_wrong, summary.date_missing) == (1, 1, 1)
    assert summary.date_rate("wrong") == pytest.approx(1 / 3)
    assert summary.tags_f1 == 1.0
    assert summary.tags_pages == 1
    assert summary.authors_f1 is None
    assert summary.authors_pages == 0
    assert summary.body.pages == 1
    assert summary.body.recall == 0.5
    assert summary.snippet_rate is None


def test_split_by_origin() -> None:
    a = score_page(_truth(id="a", headline="T", truth_from={"headline": "dataset"}), Extraction())
    b = score_page(_truth(id="b", headline="T", truth_from={"headline": "page-meta"}), Extraction())
    c = score_page(_truth(id="c"), Extraction())
    groups = split_by_origin([a, b, c], "headline")
    assert list(groups) == ["dataset", "page-meta"]
    assert groups["page-meta"] == [b]


# --- timing --------------------------------------------------------------------------------


def test_percentile_is_nearest_rank() -> None:
    values = [float(v) for v in range(1, 21)]
    assert percentile(values, 95) == 19.0
    assert percentile(values, 100) == 20.0
    assert percentile([3.0], 95) == 3.0
    with pytest.raises(ValueError, match="empty"):
        percentile([], 95)


def test_timing_summary() -> None:
    timing = timing_summary([0.1, 0.3, 0.2, 0.4])
    assert timing is not None
    assert timing.median == pytest.approx(0.25)
    assert timing.mean == pytest.approx(0.25)
    assert timing.p95 == 0.4
    assert timing.pages_per_second == pytest.approx(4.0)
    assert timing_summary([]) is None


# --- Article conversion --------------------------------------------------------------------


@dataclass(frozen=True)
class FakeArticle:
    headline: str | None
    published: dt.date | None
    authors: tuple[str, ...]
    tags: tuple[str, ...]
    body: tuple[str, ...]


def test_extraction_from_article_like() -> None:
    article = FakeArticle("H", dt.date(2020, 5, 6), ("A",), ("t",), ("p1", "p2"))
    got = extraction_from_article(article)
    assert got == Extraction("H", dt.date(2020, 5, 6), ("A",), ("t",), "p1\n\np2")


def test_extraction_from_real_article_model() -> None:
    model = pytest.importorskip("newsparse.model")
    article = model.Article(
        headline="H",
        published=dt.datetime(2020, 5, 6, 7, 8, tzinfo=dt.UTC),
        authors=["A"],
        body=["p1", "p2"],
    )
    got = extraction_from_article(article)
    assert got.body == article.body.text
    assert date_outcome(got.published, "2020-05-06") == "right"
