"""Russian pages (the ``cyrillic`` page family of :mod:`tests.strategies.families`).

Russian is written in Cyrillic, declines its month names ("14 мая 2025", the genitive),
writes numeric dates with dots ("14.05.2025"), quotes with guillemets and a dash
("«...», — заявил ..." or "... заявляет: «...»"), and credits its reporters after a label
("Автор:", "Авторы:", "Текст:") or by a bare name line under the headline; women's family
names take their own ending ("Анна Петрова"). The builder :func:`cyrillic_pages` lays a
page out itself (the shared layout's cue lines are European): a menu, the headline, a
byline and a date line in a site's order (an update line "Обновлено: ..." now and then
under the date), an optional share bar, the body, then tags, a related-articles box and a
footer, each from the lexicon's lines (``tests/properties/test_composer.py`` checks them).

What a careful reader takes from a page (``Page.spec`` holds it):

* the headline is the line over the byline and date block;
* the date is the date line's day, with or without its label ("Опубликовано:"), weekday
  and time; the update line's later day is no publication date;
* the authors are the names the byline credits, without the label; two names are joined by
  "и" or a comma;
* the tags are the names a tag line ("Теги: Экономика, Транспорт") or a list under its
  label holds;
* the body is the article's paragraphs; the menu, share bar, related box and footer are
  not body.

In HTML the same page is marked up by the shared renderer (``render_html``), so the HTML
truth is the text truth.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from tests.strategies.layout import Page, Part
from tests.strategies.script_parts import body_and_tags, masthead, script_article, widgets

_SUBJECTS = ("Власти", "Депутаты", "Чиновники мэрии", "Власти региона", "Депутаты городской думы")
_VERBS = ("одобрили", "представили", "обсудили", "отложили", "раскритиковали")
_OBJECTS = (
    "новую программу поддержки семей",
    "бюджет на следующий год",
    "проект развития общественного транспорта",
    "меры по снижению тарифов на электроэнергию",
    "план ремонта школ",
    "новый закон об аренде жилья",
)
_HEAD_TAILS = ("", "", "до конца года", "после долгих споров", "несмотря на критику")
_SENTENCES = (
    "{subj} во вторник {verb} {obj} на пресс-конференции в столице.",
    "Как сообщили в пресс-службе, документ рассчитан на {n} лет.",
    "Стоимость проекта оценивается примерно в {n} миллионов рублей.",
    "Представители оппозиции раскритиковали {obj}, назвав решение поспешным.",
    "Ожидается, что изменения вступят в силу в начале следующего года.",
)
_QUOTES = (
    "Мы продолжим прислушиваться к мнению жителей",
    "Это важный шаг для будущего города",
    "Расходы не лягут на плечи горожан",
)
_MEN = ("Иван", "Сергей", "Дмитрий", "Алексей", "Михаил")
_WOMEN = ("Анна", "Мария", "Елена", "Ольга", "Наталья")
_FAMILY = (("Петров", "Петрова"), ("Смирнов", "Смирнова"), ("Кузнецов", "Кузнецова"),
           ("Соколов", "Соколова"), ("Волков", "Волкова"), ("Морозов", "Морозова"))  # fmt: skip
_SITES = ("Городские вести", "Вечерний курьер", "Северная газета")
_NAV = ("Главная", "Новости", "Политика", "Экономика", "Общество", "В мире", "Спорт", "Культура",
        "Поиск", "Войти")  # fmt: skip
_WIDGETS = ("Поделиться", "Печать", "Копировать ссылку", "ВКонтакте", "Одноклассники")
_SIDEBARS = ("Читайте также", "По теме", "Самое читаемое", "Последние новости")
_TAG_WORDS = ("Экономика", "Транспорт", "Образование", "Бюджет", "Выборы", "Здравоохранение")
_TAG_LABELS = ("Теги", "Метки", "Ключевые слова")
_FOOTERS = ("О проекте", "Контакты", "Реклама", "Политика конфиденциальности")
_MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
           "сентября", "октября", "ноября", "декабря")  # fmt: skip
_WEEKDAYS = ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье")


def _date_line(day: dt.date, style: int, hour: int, minute: int) -> str:
    month = _MONTHS[day.month - 1]
    clock = f"{hour:02d}:{minute:02d}"
    numeric = f"{day.day:02d}.{day.month:02d}.{day.year}"
    shapes = (
        f"{day.day} {month} {day.year}",
        f"{day.day} {month} {day.year}, {clock}",
        f"Опубликовано: {numeric} {clock}",
        f"{numeric}, {clock}",
        f"{_WEEKDAYS[day.weekday()].capitalize()}, {day.day} {month} {day.year}",
        f"{clock}, {day.day} {month} {day.year}",
    )
    return shapes[style]


def _names(draw: st.DrawFn, count: int) -> list[str]:
    names: list[str] = []
    while len(names) < count:
        woman = draw(st.booleans())
        first = draw(st.sampled_from(_WOMEN if woman else _MEN))
        name = f"{first} {draw(st.sampled_from(_FAMILY))[int(woman)]}"
        if name not in names:
            names.append(name)
    return names


def _byline(names: list[str], style: int) -> str:
    if len(names) == 1:
        return (f"Автор: {names[0]}", f"Текст: {names[0]}", names[0])[style]
    a, b = names
    return (f"Авторы: {a} и {b}", f"Текст: {a}, {b}", f"{a}, {b}")[style]


@st.composite
def _sentence(draw: st.DrawFn, speakers: tuple[str, ...]) -> str:
    if draw(st.integers(0, 4)) == 0:
        who = draw(st.sampled_from(speakers))
        words = draw(st.sampled_from(_QUOTES))
        if draw(st.booleans()):
            return f"{who} заявляет: «{words}»."
        return f"«{words}», — говорит {who}."
    return draw(st.sampled_from(_SENTENCES)).format(
        subj=draw(st.sampled_from(_SUBJECTS)),
        verb=draw(st.sampled_from(_VERBS)),
        obj=draw(st.sampled_from(_OBJECTS)),
        n=draw(st.integers(2, 90)),
    )


def _headline(draw: st.DrawFn) -> str:
    parts = (
        draw(st.sampled_from(_SUBJECTS)),
        draw(st.sampled_from(_VERBS)),
        draw(st.sampled_from(_OBJECTS)),
        draw(st.sampled_from(_HEAD_TAILS)),
    )
    return " ".join(parts).strip()


@st.composite
def cyrillic_pages(draw: st.DrawFn) -> Page:
    """A Russian article page (see the module docstring for its truth)."""
    site = draw(st.sampled_from(_SITES))
    published = draw(st.dates(dt.date(2005, 1, 1), dt.date(2025, 12, 31)))
    hour, minute = draw(st.integers(0, 23)), draw(st.integers(0, 59))
    date_style = draw(st.integers(0, 5))
    date_text = _date_line(published, date_style, hour, minute)
    updated_text = None
    if draw(st.integers(0, 3)) == 0:
        later = published + dt.timedelta(days=draw(st.integers(1, 3)))
        updated_text = f"Обновлено: {later.day:02d}.{later.month:02d}.{later.year} 09:15"
    authors = tuple(_names(draw, draw(st.integers(0, 2))))
    byline = _byline(list(authors), draw(st.integers(0, 2))) if authors else ""
    headline = _headline(draw)
    speakers = tuple(_names(draw, 2))
    spec = script_article(
        draw,
        _sentence(speakers),
        " ",
        _TAG_WORDS,
        lang="ru",
        site=site,
        headline=headline,
        published=published,
        date_text=date_text,
        date_style=date_style,
        updated_text=updated_text,
        authors=authors,
        byline=byline,
    )

    parts = masthead(draw, _NAV, site, headline)
    meta = [Part(role="date", lines=(date_text,), gap=draw(st.integers(0, 1)))]
    if updated_text:
        meta.append(Part(role="updated", lines=(updated_text,), gap=0))
    if byline:
        at = draw(st.sampled_from((0, len(meta))))
        meta.insert(at, Part(role="byline", lines=(byline,), gap=draw(st.integers(0, 1))))
    meta += widgets(draw, _WIDGETS)
    parts.extend(meta)
    body, shows_tags = body_and_tags(
        draw, spec, _TAG_LABELS, lambda _draw, label, tags: f"{label}: {', '.join(tags)}"
    )
    parts += body
    if draw(st.booleans()):
        teasers: list[str] = []
        for _ in range(draw(st.integers(2, 5))):
            teaser = _headline(draw)
            if teaser not in teasers and teaser != headline:
                teasers.append(teaser)
        heading = draw(st.sampled_from(_SIDEBARS))
        parts.append(Part(role="sidebar", lines=(heading, *teasers), gap=draw(st.integers(1, 2))))
    if draw(st.booleans()):
        links = draw(st.lists(st.sampled_from(_FOOTERS), min_size=1, max_size=4, unique=True))
        parts.append(Part(role="footer", lines=(f"© {published.year} {site}", *links)))
    return Page(
        spec=spec,
        parts=tuple(parts),
        shows_tags=shows_tags,
        html_variant=draw(st.integers(0, 2**16)),
    )
