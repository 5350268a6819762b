"""Attribution in Chinese and Japanese, written without spaces between words."""

from __future__ import annotations

from newsparse.extract.quotes import find_quotes
from newsparse.model import QuoteKind


def test_a_chinese_speaker_after_the_quote_loses_the_role_before_the_name() -> None:
    body = [
        "“贺信充分体现了主席对合作伙伴关系的殷切期望。”中国国家航天局国际合作司副司长姚建廷说，"
        "我们将不断深化国际交流合作。",
        "“让我们倍感振奋。”中国航天科工三江公司数控车工、特级技师阎敏说，身为一线工人，我将持续学习。",
    ]
    assert [(q.speaker, q.verb) for q in find_quotes(body, lang="zh")] == [
        ("姚建廷", "说"),
        ("阎敏", "说"),
    ]


def test_a_chinese_speaker_before_a_verb_and_colon_opens_the_quote() -> None:
    (quote,) = find_quotes(["东方空间联合创始人姚颂表示：“中国航天要持续突破。”"], lang="zh")
    assert (quote.text, quote.speaker) == ("中国航天要持续突破。", "姚颂")


def test_a_chinese_relative_clause_adverb_and_title_are_no_part_of_the_name() -> None:
    body = [
        "“想不关注都难啊！”在澳大利亚墨尔本留学的马素湘说。",
        "“武汉肯定能过关。”钟南山院士说。",
        "“我相信会有新的活力。”卢宇恳切地说。",
    ]
    assert [q.speaker for q in find_quotes(body, lang="zh")] == ["马素湘", "钟南山", "卢宇"]


def test_a_chinese_pronoun_before_the_verb_is_the_last_speaker() -> None:
    body = ["“我们要创新。”李博灏说。", "“消费品品质要提高。”他认为。"]
    assert [q.speaker for q in find_quotes(body, lang="zh")] == ["李博灏", "李博灏"]


def test_a_japanese_quote_before_a_speech_verb_is_the_topics() -> None:
    body = [
        "停戦交渉を仲介しているカタールの外務省報道官は14日、「これまでで最も合意に近づいている」"
        "と語った。対立する双方ともに同意しているとみられる。"
    ]
    (quote,) = find_quotes(body, lang="ja")
    assert (quote.text, quote.speaker, quote.verb, quote.kind) == (
        "これまでで最も合意に近づいている",
        "カタールの外務省報道官",
        "語った",
        QuoteKind.PARTIAL,
    )


def test_a_japanese_quote_without_a_speech_verb_after_it_is_a_name_or_term() -> None:
    body = ["アクシオスが報じた合意案によると、「第1段階」で42日間の停戦を実施する。"]
    assert find_quotes(body, lang="ja") == ()
