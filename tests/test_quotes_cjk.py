"""Attribution in Chinese, Japanese and Korean: particles and endings, not word cues."""

from __future__ import annotations

import time

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


def test_a_korean_quote_with_an_ending_is_the_subjects_and_a_surname_takes_the_full_name() -> None:
    body = [
        "이재명 대통령 당선인이 손을 흔들었다.",
        "이 당선인은 전일 유세에서 “혁명을 완수할 것”이라며 “대한민국을 만들어내겠다”고 강조했다.",
        "이 회사 이동훈 이사는 “열린 기업문화가 비결”이라고 귀띔했다.",
    ]
    quotes = find_quotes(body, lang="ko")
    assert [(q.text, q.speaker, q.speaker_role) for q in quotes] == [
        ("혁명을 완수할 것", "이재명", None),
        ("대한민국을 만들어내겠다", "이재명", None),
        ("열린 기업문화가 비결", "이동훈", "이사"),
    ]


def _korean_speeches(count: int) -> list[str]:
    """``count`` pairs of paragraphs: a full name with a role, then a quote by surname and role."""
    paragraphs = []
    for i in range(count):
        paragraphs.append(f"이재명 대통령 당선인이 {i}번 손을 흔들었다.")
        paragraphs.append(f"이 당선인은 “대한민국을 {i}번 만들어내겠다”고 강조했다.")
    return paragraphs


def test_korean_full_name_lookups_stay_linear() -> None:
    """Each surname-and-role lookup reads the whole article: it is made once a page.

    Made once a quote, 4,000 quotes took 18 s where 1,000 took 1.2 s.
    """

    def best_of_three(count: int) -> float:
        times = []
        for _ in range(3):
            started = time.process_time()
            quotes = find_quotes(_korean_speeches(count), lang="ko")
            times.append(time.process_time() - started)
        assert {q.speaker for q in quotes} == {"이재명"}
        return min(times)

    small = best_of_three(300)
    large = best_of_three(1_200)
    assert large < 8 * max(small, 0.05), (small, large)


def test_a_page_of_ever_new_korean_roles_makes_a_bounded_number_of_lookups() -> None:
    """Past the lookup budget a surname and role stay as written (the page stays linear)."""
    roles = [f"{chr(0xAC00 + 7 * i)}장" for i in range(40)]
    paragraphs = [f"이가나 {roles[0]}과 이다라 {roles[-1]}이 만났다."]
    paragraphs += [
        f"이 {role}은 “대한민국을 {i}번 만들어내겠다”고 강조했다." for i, role in enumerate(roles)
    ]
    speakers = [quote.speaker for quote in find_quotes(paragraphs, lang="ko")]
    assert (len(speakers), speakers[0], speakers[-1]) == (40, "이가나", f"이 {roles[-1]}")


def test_a_korean_term_in_marks_without_an_ending_is_no_quote() -> None:
    body = ["그는 ‘이름 없는 소년공’으로 지냈다. 당내에선 ‘빛의 혁명’을 강조했다."]
    assert find_quotes(body, lang="ko") == ()


def test_a_korean_subject_is_read_in_the_quotes_sentence_only() -> None:
    body = [
        "대중들의 반응은 비난으로 이어졌다. 하지만 그는 “추억을 간직하는 게 잘못이냐”고 말했다.",
    ]
    (quote,) = find_quotes(body, lang="ko")
    assert quote.speaker != "반응"


def test_japanese_quotes_before_more_verb_forms_are_the_topics() -> None:
    body = [
        "同大の女子学生（21）は「一区切りついたと思うけど、不安は残る」と心配そうに話した。",
        "一方、同医大病院の40代の女性看護師は「不正に流出した金が戻ってくるわけではない」と憤る。",
        "春高バレーは終わったものの、JVAは「対応を検討中です。お答えできません」と回答した。",
        "尹氏は「憲政秩序を守るためだ、国を守る必要がある」とし、理由を挙げた。",
    ]
    assert [(q.speaker, q.verb) for q in find_quotes(body, lang="ja")] == [
        ("同大の女子学生", "話した"),
        ("同医大病院の40代の女性看護師", "憤る"),
        ("JVA", "回答した"),
        ("尹氏", "し"),
    ]


def test_a_short_japanese_term_before_shita_or_another_particle_is_no_quote() -> None:
    body = [
        "政府は計画を「第1段階」とした。JVAは「対応を検討中です。お答えできません」と回答したが、"
        "「鞍替え」が検討されても不思議ではない。"
    ]
    assert [q.text for q in find_quotes(body, lang="ja")] == ["対応を検討中です。お答えできません"]


def test_a_chinese_foreign_name_with_a_middle_dot_and_a_title_before_a_name() -> None:
    body = [
        "“我们将继续合作。”巴西航天局局长马科斯·蓬特斯说。",
        "“这是一个重要的时刻。”美国总统拜登说。",
        "日本首相石破茂表示：“我们要加强合作。”",
        "“中方坚决反对。”外交部发言人毛宁说。",
    ]
    assert [(q.speaker, q.speaker_role) for q in find_quotes(body, lang="zh")] == [
        ("马科斯·蓬特斯", "巴西航天局局长"),
        ("拜登", "美国总统"),
        ("石破茂", "日本首相"),
        ("毛宁", "外交部发言人"),
    ]
