"""Tests for newsparse.sniff: decoding bytes and telling HTML from text."""

from __future__ import annotations

import codecs
import gzip

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsparse.document import DumpKind
from newsparse.errors import ArgumentTypeError, DecodingError, InputError
from newsparse.sniff import HEAD_CHARS, Source, declared_charset, detect_kind, sniff

RUSSIAN = (
    "Президент заявил журналистам, что переговоры продолжатся на следующей неделе. "
    "По словам источников, стороны обсудят вопросы торговли и безопасности в регионе. "
)
JAPANESE = "東京都は本日、新しい交通政策を発表しました。市民の生活に大きな影響を与える見込みです。"
KOREAN = "서울시는 오늘 새로운 교통 정책을 발표했습니다. 시민들의 생활에 큰 영향을 미칠 전망입니다."
CHINESE = "北京市今天发布了新的交通政策。预计将对市民的生活产生重大影响。"


def page(body: str, *, charset: str | None = None, meta: str = "charset") -> str:
    """A small HTML page, optionally declaring a charset."""
    head = ""
    if charset is not None and meta == "charset":
        head = f'<meta charset="{charset}">'
    elif charset is not None:
        head = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    return (
        f"<!DOCTYPE html><html><head>{head}<title>t</title></head><body><p>{body}</p></body></html>"
    )


# --- decoding ---------------------------------------------------------------------------

DECODE_CASES = [
    # (id, bytes, expected substring, expected codec)
    ("utf8-declared", page("café", charset="utf-8").encode(), "café", "utf-8"),
    ("utf8-undeclared", page("naïve façade").encode(), "naïve façade", "utf-8"),
    (
        "utf8-declared-latin1-is-utf8",
        page("Müller sagte", charset="iso-8859-1").encode("utf-8"),
        "Müller sagte",
        "utf-8",
    ),
    (
        "cp1252-declared-latin1",
        page("Müller sagte „hallo“", charset="iso-8859-1").encode("cp1252"),
        "Müller sagte „hallo“",
        "cp1252",
    ),
    (
        "cp1251-declared-utf8",
        page(RUSSIAN * 3, charset="utf-8").encode("cp1251"),
        RUSSIAN.strip(),
        "cp1251",
    ),
    ("cp1251-undeclared", page(RUSSIAN * 3).encode("cp1251"), RUSSIAN.strip(), "cp1251"),
    (
        "cp1251-declared-http-equiv",
        page(RUSSIAN, charset="windows-1251", meta="http-equiv").encode("cp1251"),
        RUSSIAN.strip(),
        "cp1251",
    ),
    (
        "shift-jis-declared",
        page(JAPANESE, charset="Shift_JIS").encode("shift_jis"),
        JAPANESE,
        "cp932",
    ),
    ("euc-kr-declared", page(KOREAN, charset="EUC-KR").encode("euc-kr"), KOREAN, "cp949"),
    ("gb2312-declared", page(CHINESE, charset="gb2312").encode("gb2312"), CHINESE, "gb18030"),
    (
        "xml-declaration",
        ('<?xml version="1.0" encoding="ISO-8859-2"?>' + page("Łódź")).encode("iso-8859-2"),
        "Łódź",
        "iso8859-2",
    ),
    (
        "bom-utf8-beats-declared",
        codecs.BOM_UTF8 + page("café", charset="iso-8859-1").encode(),
        "café",
        "utf-8",
    ),
    ("bom-utf16le", codecs.BOM_UTF16_LE + page("café").encode("utf-16-le"), "café", "utf-16-le"),
    ("bom-utf16be", codecs.BOM_UTF16_BE + page("café").encode("utf-16-be"), "café", "utf-16-be"),
    ("utf16le-no-bom", page("café").encode("utf-16-le"), "café", "utf-16-le"),
    (
        "utf8-with-one-stray-byte",
        page("Überschrift " * 20).encode() + b"\xff" + page("Straße").encode(),
        "Straße",
        "utf-8",
    ),
    ("ascii", b"<html><body><p>plain</p></body></html>", "plain", "ascii"),
    (
        "cp1252-declared-with-undefined-byte",
        page("Grüße aus Köln " * 50, charset="windows-1252").encode("cp1252") + b"\x81",
        "Grüße aus Köln",
        "cp1252",
    ),
]


@pytest.mark.parametrize(
    ("data", "expected", "codec"),
    [case[1:] for case in DECODE_CASES],
    ids=[case[0] for case in DECODE_CASES],
)
def test_decoding(data: bytes, expected: str, codec: str) -> None:
    source = sniff(data)
    assert expected in source.text
    assert source.encoding == codec


def test_declared_single_byte_charset_never_garbles_utf8() -> None:
    source = sniff(page("Zürich – Genève", charset="windows-1252").encode())
    assert "Zürich – Genève" in source.text
    assert "Ã" not in source.text


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b'<meta charset="UTF-8">', "utf-8"),
        (b"<meta charset=utf-8>", "utf-8"),
        (b'<META HTTP-EQUIV="content-type" CONTENT="text/html; charset=ISO-8859-1">', "cp1252"),
        (b"<meta charset='gbk'>", "gb18030"),
        (b'<meta charset="utf-16">', "utf-8"),
        (b'<meta charset="no-such-codec">', None),
        (b"<p>no declaration</p>", None),
    ],
    ids=[
        "quoted",
        "unquoted",
        "http-equiv-upper",
        "single-quoted",
        "utf16-is-utf8",
        "unknown",
        "none",
    ],
)
def test_declared_charset(head: bytes, expected: str | None) -> None:
    assert declared_charset(head) == expected


# --- binary input -----------------------------------------------------------------------

BINARY_CASES = [
    ("png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 50),
    ("jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF" + b"\x01" * 50),
    ("gif", b"GIF89a" + b"\x01\x00" * 30),
    ("pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"),
    ("zip", b"PK\x03\x04\x14\x00" + b"\x00" * 40),
    ("gzip", gzip.compress(b"<html><body>compressed</body></html>")),
    ("webp", b"RIFF\x24\x00\x00\x00WEBPVP8 "),
    ("nul-heavy", b"abc\x00\x00\x01def\x00\x00" * 100),
    ("control-heavy", bytes(range(1, 9)) * 100 + b"text"),
]


@pytest.mark.parametrize("data", [c[1] for c in BINARY_CASES], ids=[c[0] for c in BINARY_CASES])
def test_binary_raises(data: bytes) -> None:
    with pytest.raises(DecodingError):
        sniff(data)


def test_decoding_error_is_an_input_error() -> None:
    with pytest.raises(InputError):
        sniff(b"\x89PNG\r\n\x1a\n")


def test_text_with_escape_sequences_is_not_binary() -> None:
    assert sniff(b"colour \x1b[31mred\x1b[0m line\n" * 5).kind is DumpKind.TEXT


# --- kind -------------------------------------------------------------------------------

KIND_CASES = [
    ("doctype", "<!DOCTYPE html>\n<html><body>x</body></html>", DumpKind.HTML),
    ("doctype-legacy", '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN">\n<p>x', DumpKind.HTML),
    ("html-tag", "  \n<html lang='en'><p>x</p></html>", DumpKind.HTML),
    ("comment-then-html", "<!-- saved from url -->\n<html><body>x</body></html>", DumpKind.HTML),
    ("xml-declaration", '<?xml version="1.0"?>\n<!DOCTYPE html><html></html>', DumpKind.HTML),
    ("head-first", "<head><title>t</title></head><body>x</body>", DumpKind.HTML),
    ("script-first", "<script>var a = 1;\nvar b = 2;\n</script><p>x</p>", DumpKind.HTML),
    (
        "fragment-dense-tags",
        "<div class='a'><p>One.</p><p>Two.</p><p>Three.</p><p>Four <a href='/'>link</a>.</p></div>",
        DumpKind.HTML,
    ),
    ("plain-text", "Headline\n\nBy Jane Doe\n\nFirst paragraph of the story.\n", DumpKind.TEXT),
    (
        "prose-mentioning-tags",
        "How to embed it\n\nPaste the <script> tag into your page, right before the closing "
        "</body> tag, then reload.\n\n" + "An ordinary paragraph of text follows here. " * 20,
        DumpKind.TEXT,
    ),
    (
        "text-quoting-markup-lines",
        "Embed code\n\n<div class='embed'><p>quote</p><p>more</p><a href='/x'>link</a></div>"
        "<p>a</p><p>b</p><p>c</p>\n\n" + "A plain line of prose in the article.\n" * 10,
        DumpKind.TEXT,
    ),
    ("empty", "", DumpKind.TEXT),
    ("less-than-in-prose", "a < b and c > d in maths\n" * 10, DumpKind.TEXT),
]


@pytest.mark.parametrize(
    ("text", "kind"), [c[1:] for c in KIND_CASES], ids=[c[0] for c in KIND_CASES]
)
def test_kind(text: str, kind: DumpKind) -> None:
    assert detect_kind(text)[0] is kind
    assert sniff(text).kind is kind


# --- normalisation ----------------------------------------------------------------------

NORMALISE_CASES = [
    ("crlf", "a\r\nb\r\n", "a\nb\n"),
    ("cr", "a\rb\r", "a\nb\n"),
    ("nul-removed", "a\x00b", "ab"),
    ("lone-surrogate", "a\ud800b\udfffc", "a\ufffdb\ufffdc"),
    ("unchanged", "plain\ntext", "plain\ntext"),
]


@pytest.mark.parametrize(
    ("dump", "expected"), [c[1:] for c in NORMALISE_CASES], ids=[c[0] for c in NORMALISE_CASES]
)
def test_str_normalisation(dump: str, expected: str) -> None:
    assert sniff(dump).text == expected


def test_bytes_newlines_normalised() -> None:
    assert sniff(b"line one\r\nline two\rline three").text == "line one\nline two\nline three"


def test_str_input_has_no_encoding() -> None:
    source = sniff("<html></html>")
    assert source.encoding is None
    assert source.reason.startswith("str;")


def test_source_is_frozen() -> None:
    source = sniff("x")
    assert isinstance(source, Source)
    with pytest.raises(AttributeError):
        source.text = "y"  # type: ignore[misc]


@pytest.mark.parametrize("dump", [None, 42, ["<html>"]], ids=["none", "int", "list"])
def test_wrong_type_raises(dump: object) -> None:
    with pytest.raises(ArgumentTypeError):
        sniff(dump)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        sniff(dump)  # type: ignore[arg-type]


@settings(deadline=None, max_examples=300)
@given(st.binary(max_size=300))
def test_bytes_decode_or_raise_decoding_error(data: bytes) -> None:
    try:
        source = sniff(data)
    except DecodingError:
        return
    assert "\r" not in source.text
    assert "\x00" not in source.text


@settings(deadline=None, max_examples=300)
@given(st.text())
def test_any_str_is_accepted(text: str) -> None:
    source = sniff(text)
    assert source.encoding is None
    source.text.encode("utf-8")


# Runs of combining marks (and other non-starters) between letters, spaces and markup.
_MARK_RUNS = st.lists(
    st.one_of(
        st.text(alphabet="\u0301\u0489\u05b0\u0e31\u302a\u20d0\U0001d167", min_size=25),
        st.integers(min_value=29, max_value=33).map("\u0301".__mul__),
        st.sampled_from(["a", " ", "<p>", "\u00e9", "\u4e00", "\U0001f600", "\u0300"]),
    ),
    max_size=8,
).map("".join)


@settings(deadline=None, max_examples=300)
@example("Z" + "\u0301" * 31)
@given(_MARK_RUNS)
def test_utf8_bytes_are_made_stream_safe_like_text(text: str) -> None:
    # Bytes read as UTF-8 are checked for over-long runs on the bytes, text on itself.
    assert sniff(text.encode("utf-8")).text == sniff(text).text


def test_cr_is_found_in_the_bytes_of_mostly_valid_utf8() -> None:
    # The CR test reads the UTF-8 bytes when they are kept: a stray invalid byte before a
    # CR must not hide it, and folding it drops the bytes (they no longer equal the text).
    source = sniff(f"<p>{'é' * 20}</p>\r\n<p>x</p>\r".encode() + b"\xff\r<p>y</p>")
    assert "\r" not in source.text
    assert source.text.endswith("\ufffd\n<p>y</p>")
    assert source.utf8 is None
    clean = sniff("<p>é</p>\n".encode())
    assert clean.utf8 == "<p>é</p>\n".encode()


def test_html_start_is_looked_for_in_the_head_only() -> None:
    # The document start is matched within the first HEAD_CHARS characters, as in a slice.
    late = " " * HEAD_CHARS + "<!doctype html><p>x</p>"
    assert detect_kind(late)[0] is DumpKind.TEXT
    assert detect_kind(" " * (HEAD_CHARS - 20) + "<html><p>x</p>")[1] == "start:markup"


def test_a_non_ascii_str_keeps_its_utf8_bytes_for_the_html_reader() -> None:
    # A str dump is encoded once (the surrogate check) and those bytes are kept, as for
    # UTF-8 bytes input; they are dropped whenever sniffing changes the text.
    text = "<p>café</p>\n"
    assert sniff(text).utf8 == text.encode()
    assert sniff("<p>cafe</p>\n").utf8 is None  # ASCII: not encoded here at all
    assert sniff("<p>café</p>\r\n").utf8 is None
    assert sniff("<p>café\x00</p>").utf8 is None
    assert sniff("<p>café\x00</p>").text == "<p>café</p>"
    assert sniff("<p>caf\ud800</p>").utf8 is None
    marks = "<p>Z" + "\u0301" * 40 + "</p>"
    assert sniff(marks).utf8 is None
    assert sniff(marks).text == sniff(marks.encode()).text
