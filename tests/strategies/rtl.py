"""Arabic pages (the ``rtl`` page family of :mod:`tests.strategies.families`).

Arabic runs right to left and has no letter case; its pages print the Arabic comma "،",
guillemets around quotations, month names of two systems ("مارس", "آذار"), and right-to-left
marks (U+200F) around the meta lines a CMS builds from parts (byline, date). The builder
:func:`rtl_pages` lays a page out itself (the shared layout's cue lines are European): a
menu, the headline, a byline and a date line in a site's order (either may open and close
with a right-to-left mark), an optional share bar, the body, then tags, a related-articles
box and a footer, each from the lexicon's lines (``tests/properties/test_composer.py``
checks them).

What a careful reader takes from a page (``Page.spec`` holds it):

* the headline is the line over the byline and date block;
* the date is the date line's day, with or without its label ("نشر في") and time;
* the authors are the names after the byline's label ("بقلم:", "كتب:"), joined by "،",
  without the label and the direction marks;
* the tags are the names a tag line ("الوسوم: أ، ب") or a list under its label holds;
* the body is the article's paragraphs (no direction marks in them); the menu, share bar,
  related box and footer are not body.

In HTML the same page is marked up by the shared renderer (``render_html``), so the HTML
truth is the text truth.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from tests.strategies.layout import Page, Part
from tests.strategies.script_parts import body_and_tags, masthead, script_article, widgets

RLM = "\u200f"
"""The right-to-left mark."""

_SUBJECTS = (
    "الحكومة",
    "وزارة الصحة",
    "البنك المركزي",
    "مجلس النواب",
    "بلدية المدينة",
    "وزارة التربية",
)
_OBJECTS = (
    "خطة جديدة لدعم الأسر ذات الدخل المحدود",
    "ميزانية العام المقبل",
    "مشروعا لتطوير شبكة النقل العام",
    "إجراءات جديدة لخفض أسعار الكهرباء",
    "برنامجا لإصلاح المدارس الحكومية",
    "قانونا جديدا لتنظيم الإيجارات",
)
_HEAD_VERBS = ("تعلن", "تقر", "تدرس", "تؤجل", "ترفض")
_HEAD_TAILS = ("", "", "وسط انتقادات المعارضة", "قبل نهاية العام", "بعد أسابيع من المفاوضات")
_SENTENCES = (
    "أعلنت {subj} يوم الثلاثاء عن {obj} في مؤتمر صحفي عقد في العاصمة.",
    "وقال مسؤول في {subj} إن {obj} سيدخل حيز التنفيذ مطلع العام المقبل.",
    "وأشار التقرير إلى أن {obj} يهدف إلى تخفيف الأعباء عن المواطنين.",
    "ومن المتوقع أن تبلغ تكلفة المشروع نحو {n} مليون دولار بحسب الأرقام الرسمية.",
    "وانتقدت أحزاب المعارضة {obj} معتبرة أنه لا يلبي مطالب السكان.",
)
_QUOTES = (
    "نحن ملتزمون بتخفيف الأعباء عن المواطنين",
    "سنواصل الاستماع إلى آراء السكان",
    "هذه خطوة مهمة لمستقبل المدينة",
)
_FIRST_NAMES = ("محمد", "أحمد", "خالد", "فاطمة", "مريم", "يوسف", "ليلى", "سامر")
_LAST_NAMES = ("حسن", "الخطيب", "منصور", "سليمان", "الحلبي", "عبد الله", "النجار")
_SITES = ("الصباح الجديد", "أخبار اليوم", "صوت المدينة")
_NAV = ("الرئيسية", "أخبار", "سياسة", "اقتصاد", "رياضة", "ثقافة", "منوعات", "بحث")
_WIDGETS = ("شارك", "طباعة", "نسخ الرابط", "حجم الخط")
_SIDEBARS = ("الأكثر قراءة", "أخبار ذات صلة", "آخر الأخبار")
_TAG_WORDS = ("الحكومة", "الاقتصاد", "التعليم", "الصحة", "النقل", "الانتخابات")
_TAG_LABELS = ("الوسوم", "الكلمات المفتاحية")
_FOOTERS = ("من نحن", "اتصل بنا", "سياسة الخصوصية", "شروط الاستخدام")
_MONTHS = (
    ("يناير", "كانون الثاني"), ("فبراير", "شباط"), ("مارس", "آذار"), ("أبريل", "نيسان"),
    ("مايو", "أيار"), ("يونيو", "حزيران"), ("يوليو", "تموز"), ("أغسطس", "آب"),
    ("سبتمبر", "أيلول"), ("أكتوبر", "تشرين الأول"), ("نوفمبر", "تشرين الثاني"),
    ("ديسمبر", "كانون الأول"),
)  # fmt: skip
_WEEKDAYS = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")


def _date_line(day: dt.date, style: int, hour: int, minute: int) -> str:
    gregorian, levant = _MONTHS[day.month - 1]
    shapes = (
        f"{day.day} {gregorian} {day.year}",
        f"{_WEEKDAYS[day.weekday()]} {day.day} {gregorian} {day.year}",
        f"نشر في {day.day} {gregorian} {day.year}",
        f"{day.day:02d}/{day.month:02d}/{day.year} {hour:02d}:{minute:02d}",
        f"{day.day} {levant} {day.year}",
    )
    return shapes[style]


@st.composite
def _sentence(draw: st.DrawFn, speakers: tuple[str, ...]) -> str:
    if draw(st.integers(0, 4)) == 0:
        who = draw(st.sampled_from(speakers))
        return f"وقال {who}: «{draw(st.sampled_from(_QUOTES))}»."
    return draw(st.sampled_from(_SENTENCES)).format(
        subj=draw(st.sampled_from(_SUBJECTS)),
        obj=draw(st.sampled_from(_OBJECTS)),
        n=draw(st.integers(2, 90)),
    )


def _names(draw: st.DrawFn, count: int) -> list[str]:
    names: list[str] = []
    while len(names) < count:
        name = f"{draw(st.sampled_from(_FIRST_NAMES))} {draw(st.sampled_from(_LAST_NAMES))}"
        if name not in names:
            names.append(name)
    return names


@st.composite
def rtl_pages(draw: st.DrawFn) -> Page:
    """An Arabic article page (see the module docstring for its truth)."""
    site = draw(st.sampled_from(_SITES))
    published = draw(st.dates(dt.date(2005, 1, 1), dt.date(2025, 12, 31)))
    hour, minute = draw(st.integers(0, 23)), draw(st.integers(0, 59))
    date_style = draw(st.integers(0, 4))
    date_text = _date_line(published, date_style, hour, minute)
    authors = tuple(_names(draw, draw(st.integers(0, 2))))
    label = draw(st.sampled_from(("بقلم", "كتب")))
    byline = f"{label}: {'، '.join(authors)}" if authors else ""
    headline = " ".join(
        (draw(st.sampled_from(_SUBJECTS)), draw(st.sampled_from(_HEAD_VERBS)),
         draw(st.sampled_from(_OBJECTS)), draw(st.sampled_from(_HEAD_TAILS)))
    ).strip()  # fmt: skip
    speakers = tuple(_names(draw, 2))
    spec = script_article(
        draw,
        _sentence(speakers),
        " ",
        _TAG_WORDS,
        lang="ar",
        site=site,
        headline=headline,
        published=published,
        date_text=date_text,
        date_style=date_style,
        updated_text=None,
        authors=authors,
        byline=byline,
    )

    def marked(line: str) -> str:
        """A meta line, wrapped in right-to-left marks now and then."""
        return f"{RLM}{line}{RLM}" if draw(st.booleans()) else line

    parts = masthead(draw, _NAV, site, headline)
    meta = [Part(role="date", lines=(marked(date_text),), gap=draw(st.integers(0, 1)))]
    if byline:
        at = draw(st.sampled_from((0, 1)))
        meta.insert(at, Part(role="byline", lines=(marked(byline),), gap=draw(st.integers(0, 1))))
    meta += widgets(draw, _WIDGETS)
    parts.extend(meta)
    body, shows_tags = body_and_tags(
        draw, spec, _TAG_LABELS, lambda _draw, label, tags: f"{label}: {'، '.join(tags)}"
    )
    parts += body
    if draw(st.booleans()):
        teasers: list[str] = []
        for _ in range(draw(st.integers(2, 5))):
            teaser = " ".join(
                (draw(st.sampled_from(_SUBJECTS)), draw(st.sampled_from(_HEAD_VERBS)),
                 draw(st.sampled_from(_OBJECTS)))
            )  # fmt: skip
            if teaser not in teasers and teaser != headline:
                teasers.append(teaser)
        heading = draw(st.sampled_from(_SIDEBARS))
        parts.append(Part(role="sidebar", lines=(heading, *teasers), gap=draw(st.integers(1, 2))))
    if draw(st.booleans()):
        links = draw(st.lists(st.sampled_from(_FOOTERS), min_size=1, max_size=4, unique=True))
        notice = f"جميع الحقوق محفوظة © {published.year} {site}"
        parts.append(Part(role="footer", lines=(notice, *links)))
    return Page(
        spec=spec,
        parts=tuple(parts),
        shows_tags=shows_tags,
        html_variant=draw(st.integers(0, 2**16)),
    )
