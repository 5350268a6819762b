"""Japanese and Chinese pages (the ``cjk`` page family of :mod:`tests.strategies.families`).

CJK text has no spaces between words and its own punctuation (、。「」“”：), dates written
with 年月日 or slashes, and reporters credited by a role word ("記者 山田太郎", "记者 张伟").
The builder :func:`cjk_pages` lays a page out itself (the shared layout's cue lines are
European): a menu with a skip link, the site's name, the headline, a byline and a date line
in a site's order, an optional share bar, an optional photo caption, the body, then tags,
a related-articles box and a footer, each from the lexicon's lines where the lexicon has
them (``tests/properties/test_composer.py`` checks it).

What a careful reader takes from a page (``Page.spec`` holds it):

* the headline is the line over the byline and date block; a Japanese headline's two parts
  are set apart by a plain space (the corpus's truth writes "…津波注意報 気象庁");
* the date is the date line's day, with or without its label ("公開日：", "发布时间：") and
  time; an update line ("更新日：") under it is a later date, not the publication date;
* the authors are the names the byline credits, without the role word (記者, 记者, 本报记者)
  or the label (作者：); a source label ("来源：东方日报", in the date line or before the
  author's label) names the site, not an author;
* the tags are the names a tag line or list under its label holds;
* the body is the article's paragraphs, without the ideographic space (U+3000) a Japanese
  paragraph may open with; the menu, share bar, caption, related box and footer are not
  body.

In HTML the same page is marked up by the shared renderer (``render_html``), so the HTML
truth is the text truth.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from tests.strategies.layout import Page, Part
from tests.strategies.script_parts import body_and_tags, masthead, script_article, widgets

CJK_LANGS = ("ja", "zh")
"""The languages of the family."""

_SUBJECTS: dict[str, tuple[str, ...]] = {
    "ja": (
        "政府",
        "東京都",
        "文部科学省",
        "日本銀行",
        "大阪市",
        "厚生労働省",
        "気象庁",
        "県教育委員会",
    ),
    "zh": ("国务院", "北京市政府", "教育部", "中国人民银行", "上海市", "国家统计局", "交通运输部"),
}
_OBJECTS: dict[str, tuple[str, ...]] = {
    "ja": ("新たな子育て支援策", "来年度の予算案", "電気料金の負担軽減策", "学校の統廃合計画",
           "新しい交通システムの導入", "住宅の耐震化に向けた補助制度", "地域医療の見直し案"),
    "zh": ("新的住房保障政策", "明年的财政预算方案", "电价调整方案", "城市交通发展规划",
           "中小学课后服务措施", "老旧小区改造计划", "农村医疗保障办法"),
}  # fmt: skip
_VERBS: dict[str, tuple[str, ...]] = {
    "ja": ("発表した", "明らかにした", "決定した", "承認した", "見直す方針を示した"),
    "zh": ("发布了", "公布了", "通过了", "批准了", "出台了"),
}
_HEAD_VERBS: dict[str, tuple[str, ...]] = {
    "ja": ("を発表", "を決定", "を承認", "の見直しへ", "を検討"),
    "zh": ("发布", "公布", "通过", "批准", "出台"),
}
_HEAD_TAILS: dict[str, tuple[str, ...]] = {
    "ja": ("", "", "来年度から実施へ", "住民から不安の声", "今月中にも", "専門家は評価"),
    "zh": ("", "", "，明年起正式实施", "，惠及更多家庭", "，专家称意义重大"),
}
_MORE: dict[str, tuple[str, ...]] = {
    "ja": (
        "関係者の間では{obj}による影響を懸念する声も上がっている。",
        "{subj}は今後、具体的な内容について専門家と協議を続ける方針だ。",
        "{obj}をめぐっては、これまでにも議会でたびたび議論されてきた。",
        "対象となる世帯は全国でおよそ{n}万に上る見通しだという。",
        "野党側は財源の裏付けが不十分だとして説明を求めている。",
    ),
    "zh": (
        "据{subj}有关负责人介绍，{obj}将于明年正式实施。",
        "专家认为，{obj}有助于减轻居民的生活负担。",
        "此前，{obj}曾多次征求社会各界的意见。",
        "预计全国约有{n}万户家庭将从中受益。",
        "有关部门表示，将进一步加强监督检查，确保各项措施落实到位。",
    ),
}
_QUOTES: dict[str, tuple[str, ...]] = {
    "ja": (
        "住民の負担をできるだけ減らしたい",
        "丁寧に説明を続けていく",
        "できる限り早く実現したい",
    ),
    "zh": ("我们将继续认真听取市民的意见", "这项政策将惠及更多家庭", "下一步将加快推进相关工作"),
}
_FAMILY_NAMES: dict[str, tuple[str, ...]] = {
    "ja": ("山田", "佐藤", "鈴木", "高橋", "田中", "渡辺", "伊藤", "中村"),
    "zh": ("张", "王", "李", "刘", "陈", "杨", "赵", "黄"),
}
_GIVEN_NAMES: dict[str, tuple[str, ...]] = {
    "ja": ("太郎", "花子", "健一", "直樹", "美咲", "翔太", "裕子"),
    "zh": ("伟", "芳", "娜", "洋", "静", "晓明", "建国"),
}
_SITES: dict[str, tuple[str, ...]] = {
    "ja": ("東都新聞", "毎朝新報", "関西日報"),
    "zh": ("东方日报", "华夏新闻网", "江南晚报"),
}
_NAV: dict[str, tuple[str, ...]] = {
    "ja": ("トップ", "国際", "政治", "経済", "社会", "スポーツ", "文化", "ログイン", "検索"),
    "zh": ("首页", "国内", "国际", "财经", "社会", "体育", "科技", "登录", "搜索"),
}
_SKIP_LINKS: dict[str, tuple[str, ...]] = {
    "ja": ("メニューをとばして、本文へ", "本文へ移動"),
    "zh": ("跳到主要内容", "跳过导航"),
}
_WIDGETS: dict[str, tuple[str, ...]] = {
    "ja": ("シェア", "ポスト", "印刷", "はてなブックマーク", "リンクをコピー", "文字サイズ"),
    "zh": ("分享到", "微信", "微博", "打印", "复制链接", "收藏"),
}
_TAG_WORDS: dict[str, tuple[str, ...]] = {
    "ja": ("子育て", "予算", "教育", "交通", "医療", "地方自治", "物価高"),
    "zh": ("住房", "财政", "教育", "交通", "医疗", "城市建设", "民生"),
}
_TAG_LABELS: dict[str, tuple[str, ...]] = {
    "ja": ("タグ", "関連キーワード"),
    "zh": ("标签", "关键词"),
}
_SIDEBARS: dict[str, tuple[str, ...]] = {
    "ja": ("関連記事", "あわせて読みたい", "人気記事"),
    "zh": ("相关新闻", "相关阅读", "热门新闻"),
}
_FOOTERS: dict[str, tuple[str, ...]] = {
    "ja": ("利用規約", "プライバシーポリシー", "お問い合わせ", "会社概要"),
    "zh": ("关于我们", "联系我们", "隐私政策", "网站地图"),
}
_CAPTIONS: dict[str, tuple[str, ...]] = {
    "ja": ("記者会見する担当者（{day}日、東京都内で）", "新たに整備された駅前の広場"),
    "zh": ("图为新建成的公交枢纽。", "市民在服务大厅办理业务。"),
}
_CREDITS: dict[str, tuple[str, ...]] = {
    "ja": ("（写真：共同）", "撮影・{name}"),
    "zh": ("新华社记者 {name} 摄", "（图片来源：视觉中国）"),
}


def _name(draw: st.DrawFn, lang: str) -> str:
    return draw(st.sampled_from(_FAMILY_NAMES[lang])) + draw(st.sampled_from(_GIVEN_NAMES[lang]))


@st.composite
def _sentence(draw: st.DrawFn, lang: str, day: int, speakers: tuple[str, ...]) -> str:
    subj = draw(st.sampled_from(_SUBJECTS[lang]))
    obj = draw(st.sampled_from(_OBJECTS[lang]))
    kind = draw(st.integers(0, 3))
    if kind == 0:
        verb = draw(st.sampled_from(_VERBS[lang]))
        if lang == "ja":
            return f"{subj}は{day}日、{obj}を{verb}。"
        return f"{subj}{day}日{verb}{obj}。"
    if kind == 1:
        words = draw(st.sampled_from(_QUOTES[lang]))
        who = draw(st.sampled_from(speakers))
        if lang == "ja":
            return f"{who}氏は記者会見で「{words}」と述べた。"
        return f"{who}表示：“{words}。”"
    more = draw(st.sampled_from(_MORE[lang]))
    return more.format(subj=subj, obj=obj, n=draw(st.integers(2, 90)))


def _date_line(lang: str, day: dt.date, style: int, clock: tuple[int, int], site: str) -> str:
    hour, minute = clock
    y, m, d = day.year, day.month, day.day
    shapes: tuple[str, ...]
    if lang == "ja":
        weekday = "月火水木金土日"[day.weekday()]
        shapes = (
            f"{y}年{m}月{d}日 {hour}時{minute:02d}分",
            f"{y}年{m}月{d}日 {hour:02d}:{minute:02d}",
            f"公開日：{y}/{m:02d}/{d:02d} {hour:02d}:{minute:02d}",
            f"{y}年{m}月{d}日（{weekday}）",
            f"{y}年{m}月{d}日",
        )
    else:
        shapes = (
            f"{y}年{m:02d}月{d:02d}日 {hour:02d}:{minute:02d}",
            f"{y}-{m:02d}-{d:02d} {hour:02d}:{minute:02d}",
            f"发布时间：{y}-{m:02d}-{d:02d} {hour:02d}:{minute:02d}",
            f"{y}年{m}月{d}日",
            f"{y}年{m:02d}月{d:02d}日{hour:02d}:{minute:02d}",
            f"{y}-{m:02d}-{d:02d} {hour:02d}:{minute:02d} 来源：{site}",
        )
    return shapes[style]


def _byline(lang: str, names: list[str], style: int, site: str) -> str:
    shapes: tuple[str, ...]
    if lang == "ja":
        joined = "、".join(names)
        shapes = (f"記者 {joined}", f"{joined} 記者")
    else:
        joined = " ".join(names)
        shapes = (
            f"记者 {joined}",
            f"作者：{joined}",
            f"本报记者 {joined}",
            f"来源：{site} 作者：{joined}",
        )
    return shapes[style]


def _tags_line(draw: st.DrawFn, label: str, tags: tuple[str, ...]) -> str:
    """A labelled tag line: a full-width colon, then the tags joined by a drawn separator."""
    sep = draw(st.sampled_from(("、", "，", " | ")))
    return f"{label}：{sep.join(tags)}"


@st.composite
def cjk_pages(draw: st.DrawFn, lang: str | None = None) -> Page:
    """A Japanese or Chinese article page (see the module docstring for its truth)."""
    lang = lang or draw(st.sampled_from(CJK_LANGS))
    site = draw(st.sampled_from(_SITES[lang]))
    published = draw(st.dates(dt.date(2005, 1, 1), dt.date(2025, 12, 31)))
    hour, minute = draw(st.integers(0, 23)), draw(st.integers(0, 59))
    date_style = draw(st.integers(0, 5 if lang == "zh" else 4))
    date_text = _date_line(lang, published, date_style, (hour, minute), site)
    updated_text = None
    if lang == "ja" and date_style == 2 and draw(st.booleans()):
        later = published + dt.timedelta(days=draw(st.integers(0, 3)))
        updated_text = f"更新日：{later.year}/{later.month:02d}/{later.day:02d} 09:00"
    count = draw(st.integers(0, 2))
    names: list[str] = []
    while len(names) < count:
        name = _name(draw, lang)
        if name not in names:
            names.append(name)
    authors = tuple(names)
    byline = (
        _byline(lang, names, draw(st.integers(0, 3 if lang == "zh" else 1)), site) if names else ""
    )
    subject = draw(st.sampled_from(_SUBJECTS[lang]))
    headline = (
        subject
        + ("、" if lang == "ja" else "")
        + draw(st.sampled_from(_OBJECTS[lang]))
        + draw(st.sampled_from(_HEAD_VERBS[lang]))
    )
    tail = draw(st.sampled_from(_HEAD_TAILS[lang]))
    if tail:
        headline += f" {tail}" if lang == "ja" else tail
    speakers = (_name(draw, lang), _name(draw, lang))
    spec = script_article(
        draw,
        _sentence(lang, published.day, speakers),
        "",
        _TAG_WORDS[lang],
        lang=lang,
        site=site,
        headline=headline,
        published=published,
        date_text=date_text,
        date_style=date_style,
        updated_text=updated_text,
        authors=authors,
        byline=byline,
    )

    parts = masthead(draw, _NAV[lang], site, headline, _SKIP_LINKS[lang])
    meta = [Part(role="date", lines=(date_text,), gap=draw(st.integers(0, 1)))]
    if updated_text:
        meta.append(Part(role="updated", lines=(updated_text,), gap=0))
    if byline:
        at = draw(st.sampled_from((0, len(meta))))
        meta.insert(at, Part(role="byline", lines=(byline,), gap=draw(st.integers(0, 1))))
    meta += widgets(draw, _WIDGETS[lang])
    parts.extend(meta)
    if draw(st.integers(0, 3)) == 0:
        caption = draw(st.sampled_from(_CAPTIONS[lang])).format(day=published.day)
        credit = draw(st.sampled_from(_CREDITS[lang])).format(name=_name(draw, lang))
        parts.append(Part(role="caption", lines=(caption, credit)))
    indent = "\u3000" if lang == "ja" and draw(st.booleans()) else ""
    body, shows_tags = body_and_tags(draw, spec, _TAG_LABELS[lang], _tags_line, indent)
    parts += body
    if draw(st.booleans()):
        teasers = []
        for _ in range(draw(st.integers(2, 5))):
            teaser = (
                draw(st.sampled_from(_SUBJECTS[lang]))
                + ("、" if lang == "ja" else "")
                + draw(st.sampled_from(_OBJECTS[lang]))
                + draw(st.sampled_from(_HEAD_VERBS[lang]))
            )
            if teaser not in teasers and teaser != headline:
                teasers.append(teaser)
        heading = draw(st.sampled_from(_SIDEBARS[lang]))
        parts.append(Part(role="sidebar", lines=(heading, *teasers), gap=draw(st.integers(1, 2))))
    if draw(st.booleans()):
        links = draw(st.lists(st.sampled_from(_FOOTERS[lang]), min_size=1, max_size=4, unique=True))
        parts.append(Part(role="footer", lines=(f"© {published.year} {site}", *links)))
    return Page(
        spec=spec,
        parts=tuple(parts),
        shows_tags=shows_tags,
        html_variant=draw(st.integers(0, 2**16)),
    )
