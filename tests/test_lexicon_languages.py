"""Lexicons of Arabic, Hindi, Turkish, Polish, Icelandic, Greek, Persian, Vietnamese: language,
dates, tags."""

from __future__ import annotations

import datetime as dt

import pytest

import newsparse
from newsparse.extract.lang import detect_language
from newsparse.lexicon import lexicon

_TEXTS = {
    "el": (
        "Ο υπουργός Υγείας δήλωσε ότι η κυβέρνηση θα ανοίξει νέο νοσοκομείο στην πόλη τον "
        "επόμενο μήνα, ενώ το έργο που καθυστέρησε για χρόνια θα εξυπηρετεί χιλιάδες κατοίκους."
    ),
    "fa": (
        "وزیر بهداشت گفت که دولت ماه آینده یک بیمارستان جدید در این شهر افتتاح خواهد کرد و "
        "این طرح که سال‌ها به تأخیر افتاده بود به هزاران نفر از ساکنان منطقه خدمت می‌کند."
    ),
    "ar": (
        "قال وزير الصحة إن الحكومة ستفتح مستشفى جديدا في المدينة خلال الشهر المقبل، "
        "وأضاف أن المشروع الذي تأخر منذ سنوات سيخدم آلاف السكان في المنطقة."
    ),
    "hi": (
        "स्वास्थ्य मंत्री ने कहा कि सरकार अगले महीने शहर में एक नया अस्पताल खोलेगी और इससे "
        "इलाके के हजारों लोगों को फायदा होगा, जो कई सालों से इसका इंतजार कर रहे थे।"
    ),
    "tr": (
        "Sağlık Bakanı, hükümetin gelecek ay şehirde yeni bir hastane açacağını söyledi ve "
        "yıllardır ertelenen bu projenin bölgedeki binlerce kişiye hizmet edeceğini belirtti. "
        "Bakan, hastanenin daha sonra genişletileceğini de ifade etti."
    ),
    "pl": (
        "Minister zdrowia powiedział, że rząd otworzy w przyszłym miesiącu nowy szpital "
        "w mieście, który będzie służył tysiącom mieszkańców. Jak dodał, projekt był "
        "opóźniony przez wiele lat, ale teraz jest już gotowy."
    ),
    "is": (
        "Heilbrigðisráðherra segir að ríkisstjórnin muni opna nýtt sjúkrahús í borginni í næsta "
        "mánuði. Hann sagði að verkefnið, sem hefur tafist í mörg ár, muni þjóna þúsundum íbúa á "
        "svæðinu og að það verði tilbúið fyrir sumarið."
    ),
    "vi": (
        "Bộ trưởng Bộ Y tế cho biết chính phủ sẽ mở một bệnh viện mới tại thành phố vào tháng "
        "tới. Theo ông, dự án đã bị trì hoãn nhiều năm và sẽ phục vụ hàng nghìn người dân trong "
        "khu vực, nhưng chi phí của nó vẫn chưa được công bố."
    ),
}


@pytest.mark.parametrize("lang", sorted(_TEXTS))
def test_a_short_article_is_identified(lang: str) -> None:
    assert detect_language(_TEXTS[lang] * 2, lexicon()) == lang


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("da", "Hun siger, at det ikke er muligt, og at hun vil vente, til de har talt med os."),
        ("no", "Han sier at det ikke er mulig, og at hun vil vente til etter møtet i morgen."),
        ("cs", "Ministr řekl, že vláda otevře nemocnici, která bude sloužit také lidem z okolí."),
        ("de", "Der Minister sagte, dass die Regierung bald ein neues Krankenhaus eröffnet."),
        ("es", "El ministro dijo que el gobierno abrirá un nuevo hospital en la ciudad."),
        ("pt", "O ministro disse que o governo vai abrir um novo hospital na cidade."),
        ("fr", "Le ministre a dit que le gouvernement ouvrira un nouvel hôpital dans la ville."),
        ("id", "Menteri mengatakan bahwa pemerintah akan membuka rumah sakit baru di kota itu."),
        ("en", "The minister said that the government will open a new hospital in the city."),
    ],
)
def test_the_new_stopwords_leave_neighbouring_languages_alone(lang: str, text: str) -> None:
    assert detect_language(text * 2, lexicon()) == lang


_PAGES = {
    "el": (
        "12 Ιανουαρίου 2024",
        "Ετικέτες: υγεία, νοσοκομείο",
        "Σχετικά άρθρα",
        dt.date(2024, 1, 12),
    ),
    "fa": ("12 ژانویه 2024", "برچسب‌ها: سلامت، بیمارستان", "اخبار مرتبط", dt.date(2024, 1, 12)),
    "fa-solar-hijri": (
        "پنجشنبه ۶ آذر ۱۴۰۵",
        "برچسب‌ها: سلامت، بیمارستان",
        "اخبار مرتبط",
        dt.date(2026, 11, 27),
    ),
    "ar": ("12 يناير 2024", "الوسوم: الصحة، المستشفيات", "اقرأ أيضا", dt.date(2024, 1, 12)),
    "ar-levant": ("3 تشرين الأول 2023", "الوسوم: الصحة", "الأكثر قراءة", dt.date(2023, 10, 3)),
    "hi": ("15 जनवरी 2024", "टैग: स्वास्थ्य, अस्पताल", "यह भी पढ़ें", dt.date(2024, 1, 15)),
    "tr": ("30 Ekim 2020", "Etiketler: sağlık, hastane", "İlgili Haberler", dt.date(2020, 10, 30)),
    "pl": ("3 stycznia 2024", "Tagi: zdrowie, szpital", "Czytaj także", dt.date(2024, 1, 3)),
    "is": ("16. apríl 2025", "Efnisorð: sjúkrahús, heilsa", "Mest lesið", dt.date(2025, 4, 16)),
    "vi": (
        "Thứ năm, 27/11/2026, 09:05 (GMT+7)",
        "Từ khóa: y tế, bệnh viện",
        "Tin liên quan",
        dt.date(2026, 11, 27),
    ),
    "vi-words": (
        "Thứ năm, ngày 27 tháng 11 năm 2026",
        "Thẻ: y tế, bệnh viện",
        "Có thể bạn quan tâm",
        dt.date(2026, 11, 27),
    ),
}

_HEADLINES = {
    "el": "Νέο νοσοκομείο ανοίγει στην πόλη",
    "fa": "دولت بیمارستان جدیدی در شهر می‌سازد",
    "ar": "الحكومة تفتح مستشفى جديدا في المدينة",
    "hi": "सरकार शहर में नया अस्पताल खोलेगी",
    "tr": "Hükümet şehirde yeni hastane açıyor",
    "pl": "Rząd otworzy nowy szpital w mieście",
    "is": "Nýtt sjúkrahús opnað í borginni",
    "vi": "Thành phố sắp có bệnh viện mới",
}


@pytest.mark.parametrize("key", sorted(_PAGES))
def test_date_tags_and_related_lines_are_read(key: str) -> None:
    """A page in the language: its date line, its "Tags" line and a related box after the body."""
    lang = key.split("-", maxsplit=1)[0]
    date_line, tags_line, related, date = _PAGES[key]
    body = [_TEXTS[lang], f"{_HEADLINES[lang]}: {_TEXTS[lang]}"]
    teasers = [_HEADLINES[lang] + " 2", _HEADLINES[lang] + " 3"]
    page = "\n\n".join([_HEADLINES[lang], date_line, *body, tags_line, related, *teasers])
    article = newsparse.parse(page)
    labels = {s.text: s.label.value for s in article.segments}
    assert article.lang == lang
    assert article.published == date
    assert labels[tags_line] == "tags"
    assert labels[related] == "sidebar"
    assert article.tags
    assert article.body == tuple(body)


def test_a_vietnamese_byline_and_comments_are_read() -> None:
    """A Vietnamese article: its author under "Tác giả:", its comments box after the body."""
    body = [_TEXTS["vi"], f"{_HEADLINES['vi']}: {_TEXTS['vi']}"]
    page = "\n\n".join(
        [
            "Trang chủ",
            "Thời sự",
            _HEADLINES["vi"],
            "Tác giả: Lê Phương",
            "Thứ năm, 27/11/2026, 09:05 (GMT+7)",
            *body,
            "Bình luận",
            "Bài viết rất hay, cảm ơn tác giả đã chia sẻ những thông tin hữu ích này với bạn đọc.",
        ]
    )
    article = newsparse.parse(page)
    labels = {s.text: s.label.value for s in article.segments}
    assert article.lang == "vi"
    assert article.headline == _HEADLINES["vi"]
    assert article.authors == ("Lê Phương",)
    assert article.published == dt.date(2026, 11, 27)
    assert article.body == tuple(body)
    assert labels["Trang chủ"] == labels["Thời sự"] == "navigation"
    assert labels["Bình luận"] == "comments"
