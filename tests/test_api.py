"""The public surface: exports, argument checking, immutability, JSON and pickle round trips."""

from __future__ import annotations

import datetime as dt
import pickle
from pathlib import Path

import attrs
import pytest

import newsparse
from newsparse import Article, Field, NamedRule, Parser, Profile

SAMPLE = (
    "Council approves the new river bridge\n\n"
    "By Jane Doe and John Roe\n"
    "12 March 2021\n\n"
    "The city council approved the construction of a new bridge over the river on Tuesday.\n\n"
    "Work is expected to start in the autumn and to last for about two years, officials said.\n"
)


def test_all_is_sorted_and_complete() -> None:
    assert list(newsparse.__all__) == sorted(newsparse.__all__)
    for name in newsparse.__all__:
        assert getattr(newsparse, name) is not None


def test_public_types_report_the_package_as_module() -> None:
    assert repr(Article).startswith("<class 'newsparse.Article'")


def test_parse_returns_article_fields() -> None:
    article = newsparse.parse(SAMPLE)
    assert article.headline == "Council approves the new river bridge"
    assert article.authors == ("Jane Doe", "John Roe")
    assert article.published == dt.date(2021, 3, 12)
    assert len(article.body) == 2
    assert article.is_article


def test_body_text_joins_paragraphs_with_blank_lines() -> None:
    article = newsparse.parse(SAMPLE)
    assert article.body.text == "\n\n".join(article.body)
    assert article.text == article.body.text


def test_article_is_frozen() -> None:
    article = newsparse.parse(SAMPLE)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article.headline = "x"  # type: ignore[misc]


def test_json_round_trip() -> None:
    article = newsparse.parse(SAMPLE)
    assert Article.from_json(article.to_json()) == article


def test_pickle_round_trip_of_article_and_parser() -> None:
    article = newsparse.parse(SAMPLE)
    assert pickle.loads(pickle.dumps(article)) == article
    parser = pickle.loads(pickle.dumps(Parser.default()))
    assert parser.parse(SAMPLE) == article


def test_bytes_and_str_give_the_same_article() -> None:
    assert newsparse.parse(SAMPLE.encode("utf-8")) == newsparse.parse(SAMPLE)


@pytest.mark.parametrize(
    "bad", [None, 3, ["text"], {"html": ""}], ids=["none", "int", "list", "dict"]
)
def test_wrong_dump_type_raises_argument_type_error(bad: object) -> None:
    with pytest.raises(newsparse.ArgumentTypeError):
        newsparse.parse(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        newsparse.parse(bad)  # type: ignore[arg-type]


def test_input_over_the_limit_raises() -> None:
    parser = Parser(max_input_chars=100)
    with pytest.raises(newsparse.InputTooLargeError):
        parser.parse("x" * 101)


@pytest.mark.parametrize("limit", [0, -1, "10"], ids=["zero", "negative", "string"])
def test_bad_config_raises_config_error(limit: object) -> None:
    with pytest.raises(newsparse.ConfigError):
        Parser(max_input_chars=limit)  # type: ignore[arg-type]


def test_empty_input_gives_empty_article() -> None:
    article = newsparse.parse("")
    assert article.headline is None
    assert article.body == ()
    assert not article.is_article


def _fixed_headline(ctx: newsparse.Context) -> list[newsparse.Candidate[str]]:
    return [newsparse.Candidate(value="Fixed", score=100.0, source="test")]


def test_with_rule_adds_a_rule_without_changing_the_original() -> None:
    base = Parser.default()
    custom = base.with_rule(Field.HEADLINE, "fixed", _fixed_headline, before="meta")
    assert custom.parse(SAMPLE).headline == "Fixed"
    assert base.parse(SAMPLE).headline != "Fixed"
    assert custom.without_rule(Field.HEADLINE, "fixed").parse(SAMPLE) == base.parse(SAMPLE)


def test_duplicate_rule_names_are_rejected() -> None:
    with pytest.raises(newsparse.ConfigError):
        Parser(
            rules={
                Field.HEADLINE: (NamedRule("a", _fixed_headline), NamedRule("a", _fixed_headline))
            }
        )


def test_profile_boilerplate_lines_are_dropped() -> None:
    text = SAMPLE + "\nSpecial promo line of this site, read it every single day now.\n"
    profile = Profile(
        name="promo",
        boilerplate=("Special promo line of this site, read it every single day now.",),
    )
    assert "Special promo" not in newsparse.parse(text, profile=profile).body.text


def test_explain_lists_ranked_candidates() -> None:
    article, why = newsparse.parse_and_explain(SAMPLE)
    ranked = why.decisions[Field.HEADLINE].ranked
    assert ranked[0].value == article.headline
    assert why.kind.value == "text"


_HASH_PROBE = """
import json, sys
import newsparse
dump = sys.stdin.read()
print(json.dumps(newsparse.parse(dump).to_dict(), sort_keys=True, default=str))
"""


def test_output_does_not_depend_on_string_hashing() -> None:
    """Two interpreters with different hash seeds give the same Article, reasons included.

    Set iteration order follows string hashes; a rule that reports "the first" item of a
    set would name different cue phrases in different processes.
    """
    import os
    import subprocess
    import sys

    seed = Path(__file__).resolve().parent.parent / "seeds" / "000_bc9334b8f7fa0cdf.txt"
    dump = seed.read_text(encoding="utf-8") + (
        "\nWe welcome comments that advance the story. We moderate all comments.\n"
        "Get breaking news in your browser. Click here to turn on notifications.\n"
    )
    outputs = set()
    for hash_seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        done = subprocess.run(  # noqa: S603 - fixed argv, no shell
            [sys.executable, "-c", _HASH_PROBE],
            input=dump,
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        outputs.add(done.stdout)
    assert len(outputs) == 1


def test_a_parser_without_quotes_leaves_the_rest_alone() -> None:
    dump = SAMPLE + '\n"We will open it next year," said Mayor Ann Lee on Friday.\n'
    full = newsparse.parse(dump)
    assert full.quotes  # the option must have something to skip
    lean = Parser(quotes=False).parse(dump)
    assert lean.quotes == ()
    assert attrs.evolve(lean, quotes=full.quotes) == full
    assert pickle.loads(pickle.dumps(Parser(quotes=False))).quotes is False
    with pytest.raises(newsparse.ConfigError):
        Parser(quotes="no")  # type: ignore[arg-type]
