r"""Decode page bytes to text, and refuse bytes that are no text at all.

Decoding order: a byte-order mark; then, for ASCII-compatible input, the charset the page
declares (``<meta charset>``, ``http-equiv`` or an XML declaration in the first few KB);
valid UTF-8 beats a declared single-byte charset (a page saved as UTF-8 but still
declaring ``iso-8859-1`` is the common mistake, and multi-byte UTF-8 is almost never valid
by accident); ``charset_normalizer`` guesses when nothing declared fits. Binary input
(images, archives, PDFs, NUL- or control-heavy bytes) raises
:class:`~newsparse.errors.DecodingError`. :mod:`newsparse.sniff` calls :func:`decode`,
then folds newlines and tells HTML from text.
"""

from __future__ import annotations

import codecs
import functools
import re

import charset_normalizer

from newsparse.errors import DecodingError

__all__ = ["declared_charset", "decode"]

#: Bytes examined for magic numbers, control characters and a declared charset. Browsers
#: look at the first 1024 bytes for ``<meta charset>``; pages with long inline scripts in
#: ``<head>`` push it further, so look a little deeper.
HEAD_BYTES = 8192
#: Bytes handed to ``charset_normalizer``: it samples anyway, and a prefix bounds its cost.
DETECT_BYTES = 262144

#: A NUL share above this in the head means binary (UTF-16 without a BOM is checked first).
MAX_NUL_SHARE = 0.01
#: Share of NULs needed in every other byte for UTF-16 without a BOM: markup and Latin
#: text in UTF-16 have a NUL high byte in nearly every code unit, while binary records
#: with a NUL every fourth byte (``b"abc\x00"``) reach only half.
UTF16_NUL_SHARE = 0.7
#: A share of C0 control characters (other than tab, newlines, form feed, escape) above
#: this in the head means binary.
MAX_CONTROL_SHARE = 0.05
#: Share of invalid sequences among all non-ASCII sequences tolerated before bytes that
#: are not valid UTF-8 go to the detector: a stray byte in an otherwise UTF-8 page is
#: common and best replaced, while single-byte text (cp1251, cp1252) read as UTF-8 is
#: almost all invalid, as valid multi-byte sequences rarely happen by accident.
MAX_UTF8_ERROR_SHARE = 0.2

#: Undecodable bytes per non-ASCII character tolerated in the declared charset before the
#: declaration is distrusted: a stray byte undefined in windows-1252 (0x81, 0x9D...) is
#: common in real pages and should not send the whole page to the detector, while UTF-8
#: read as windows-1252 hits an undefined byte in about one character of twelve.
MAX_DECLARED_ERROR_SHARE = 0.01

#: File signatures of common binary formats that are never page dumps.
BINARY_MAGIC: tuple[bytes, ...] = (
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff",  # JPEG
    b"GIF87a",
    b"GIF89a",
    b"%PDF-",
    b"PK\x03\x04",  # ZIP, DOCX, EPUB, JAR
    b"\x1f\x8b",  # gzip
    b"BZh",
    b"\xfd7zXZ\x00",
    b"7z\xbc\xaf\x27\x1c",
    b"\x28\xb5\x2f\xfd",  # zstd
    b"\x7fELF",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",  # OLE (old Office)
    b"\x00asm",
    b"wOFF",
    b"wOF2",
    b"\x00\x00\x01\x00",  # ICO
)

#: Byte-order marks, longest first so UTF-32-LE is not read as UTF-16-LE.
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: A charset declared in the head: ``<meta charset=...>``, ``<meta http-equiv=...
#: content="text/html; charset=...">`` or ``<?xml ... encoding="...">``.
DECLARED_CHARSET = re.compile(
    rb"""
    (?: <meta [^>]*? \bcharset \s* = \s* ["']? \s*       # meta charset / content=...charset=
      | <\?xml [^>]*? \bencoding \s* = \s* ["'] \s* )    # XML declaration
    (?P<name> [a-z0-9_.:+-]{2,40} )
    """,
    re.IGNORECASE | re.VERBOSE,
)

#: C0 controls that never occur in text (tab, LF, VT, FF, CR and ESC excluded).
CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


#: Every printable ASCII byte plus tab and newline: a codec a page may declare must decode
#: these to themselves (so EBCDIC, UTF-16/32, UTF-7 and the bytes-to-bytes codecs are
#: refused, as browsers refuse them in ASCII-compatible markup).
ASCII_PROBE = bytes(range(0x20, 0x7F)) + b"\t\n"
#: Codecs that pass the ASCII probe but turn backslash escapes in the page into text.
ESCAPE_CODECS = frozenset({"unicode-escape", "raw-unicode-escape"})


#: Declared names mapped to the codec a browser really uses (WHATWG encoding standard):
#: browsers decode "iso-8859-1" and "ascii" as windows-1252, "gb2312" as GBK/GB18030, and
#: so on; a page declaring UTF-16 in an ASCII-compatible byte stream is UTF-8.
CHARSET_ALIASES: dict[str, str] = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "iso-8859-9": "cp1254",
    "latin5": "cp1254",
    "iso-8859-11": "cp874",
    "tis-620": "cp874",
    "windows-874": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "windows-31j": "cp932",
    "utf-16": "utf-8",
    "utf-16le": "utf-8",
    "utf-16be": "utf-8",
    "unicode": "utf-8",
}


def decode(data: bytes) -> tuple[str, str, str]:
    """Decode page bytes to text.

    Args:
        data: The raw bytes.

    Returns:
        ``(text, codec, reason)``.

    Raises:
        DecodingError: The bytes are binary.
    """
    for bom, codec in BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(codec, "replace"), codec, f"bom:{codec}"
    head = data[:HEAD_BYTES]
    if head.startswith(BINARY_MAGIC) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP"):
        msg = f"binary input (file signature {head[:8]!r})"
        raise DecodingError(msg)
    utf16 = _utf16_without_bom(head)
    if utf16 is not None:
        return data.decode(utf16, "replace"), utf16, f"nul-pattern:{utf16}"
    _reject_binary(head)
    if data.isascii():
        return data.decode("ascii"), "ascii", "ascii"
    declared = declared_charset(head)
    utf8_text, utf8_errors = _utf8_decode(data)
    if declared is not None and declared != "utf-8":
        # Valid multi-byte UTF-8 under a single-byte declaration is a mislabelled page.
        if utf8_errors == 0.0:
            return utf8_text, "utf-8", f"utf-8-valid:declared-{declared}-ignored"
        try:
            return data.decode(declared), declared, f"declared:{declared}"
        except UnicodeDecodeError:
            text = data.decode(declared, "replace")
            if text.count("\ufffd") <= MAX_DECLARED_ERROR_SHARE * _non_ascii(text):
                return text, declared, f"declared-mostly-valid:{declared}"
    if utf8_errors <= MAX_UTF8_ERROR_SHARE:
        how = "utf-8-valid" if utf8_errors == 0.0 else "utf-8-mostly-valid"
        return utf8_text, "utf-8", how
    return _guess(data, declared)


def declared_charset(head: bytes) -> str | None:
    """Return the Python codec for the charset the page head declares, if it is known.

    Args:
        head: The first few KB of the page bytes.

    Returns:
        A normalised codec name (``"utf-8"``, ``"cp1252"``, ...), or ``None`` when nothing
        is declared or the name is unknown to Python.
    """
    match = DECLARED_CHARSET.search(head)
    if match is None:
        return None
    name = match.group("name").decode("ascii").lower()
    return _page_codec(CHARSET_ALIASES.get(name, name))


@functools.lru_cache(maxsize=256)
def _page_codec(name: str) -> str | None:
    """Return the canonical Python codec for a declared name, if it can decode a page.

    A page may declare any name, and Python knows names that are no text encoding of an
    ASCII-compatible page (``base64``, ``zlib``, ``rot13``, ``idna``, ``punycode``,
    ``undefined``, ``utf-7``, ``cp037``...): those must be ignored like unknown ones rather
    than reach ``bytes.decode`` and raise.
    """
    try:
        codec = codecs.lookup(name).name
        if codec in ESCAPE_CODECS:
            return None
        if ASCII_PROBE.decode(codec, "replace") != ASCII_PROBE.decode("ascii"):
            return None
        b"\xff\xfe\x80".decode(codec, "replace")
    except (LookupError, UnicodeError, ValueError, TypeError):
        return None
    return codec


def _utf16_without_bom(head: bytes) -> str | None:
    """Return a UTF-16 codec when NULs sit in every other byte like ASCII in UTF-16."""
    if len(head) < 16:
        return None
    even, odd = head[0::2], head[1::2]
    half = len(odd)
    if odd.count(0) > UTF16_NUL_SHARE * half and even.count(0) < 0.05 * half:
        return "utf-16-le"
    if even.count(0) > UTF16_NUL_SHARE * half and odd.count(0) < 0.05 * half:
        return "utf-16-be"
    return None


def _reject_binary(head: bytes) -> None:
    """Raise :class:`DecodingError` when the head is NUL- or control-heavy."""
    if not head:
        return
    if head.count(0) > MAX_NUL_SHARE * len(head):
        msg = "binary input (NUL bytes)"
        raise DecodingError(msg)
    controls = len(CONTROL_BYTES.findall(head))
    if controls > MAX_CONTROL_SHARE * len(head):
        msg = f"binary input ({controls} control bytes in the first {len(head)})"
        raise DecodingError(msg)


def _utf8_decode(data: bytes) -> tuple[str, float]:
    """Decode bytes as UTF-8, replacing errors; return the text and its share of errors.

    The share is that of invalid sequences among the non-ASCII characters (0.0 if the
    bytes are valid). Returning the text spares the caller a second decoding of the page.
    """
    try:
        return data.decode("utf-8"), 0.0
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", "replace")
    return text, text.count("\ufffd") / max(_non_ascii(text), 1)


def _non_ascii(text: str) -> int:
    """Count the non-ASCII characters of a text."""
    return len(text) - len(text.encode("ascii", "ignore"))


def _guess(data: bytes, declared: str | None) -> tuple[str, str, str]:
    """Decode bytes that are neither valid in their declared charset nor UTF-8."""
    best = charset_normalizer.from_bytes(data[:DETECT_BYTES]).best()
    if best is not None:
        codec = codecs.lookup(best.encoding).name
        return data.decode(codec, "replace"), codec, f"detected:{codec}"
    if declared is not None:
        return data.decode(declared, "replace"), declared, f"declared-lossy:{declared}"
    return data.decode("cp1252", "replace"), "cp1252", "fallback:cp1252"
