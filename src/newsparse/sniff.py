r"""Turn a raw dump (``str`` or ``bytes``) into decoded text and decide whether it is HTML.

Bytes are decoded by :func:`newsparse.decode.decode` (a byte-order mark, the declared
charset, UTF-8, then a detector; binary input raises
:class:`~newsparse.errors.DecodingError`). The decoded text has ``\n`` newlines only.
"""

from __future__ import annotations

import re

import attrs

from newsparse.decode import declared_charset, decode
from newsparse.document import DumpKind
from newsparse.errors import ArgumentTypeError
from newsparse.stream_safe import stream_safe, utf8_may_have_long_run

# ``decode`` and ``declared_charset`` lived here before the decoding moved to its own
# module; they stay importable from here.
__all__ = ["Source", "declared_charset", "decode", "detect_kind", "sniff"]

#: Characters examined to tell HTML from text.
HEAD_CHARS = 65536

#: Newline conventions folded to ``\n``.
NEWLINES = re.compile(r"\r\n?")

#: Lone UTF-16 surrogates, which only a ``str`` built by hand (or ``surrogateescape``) holds.
LONE_SURROGATE = re.compile("[\ud800-\udfff]")

#: A dump that opens with one of these (after white space and comments) is HTML.
HTML_START = re.compile(
    r"""
    \A (?: \s | <!--.*?-->)*
    < (?: !doctype \s+ html | html | head | body | meta | title | script | style | link
        | \?xml [^>]*> \s* <(?:!doctype|html) )
    [\s>/]?
    """,
    re.IGNORECASE | re.VERBOSE | re.DOTALL,
)

#: Tags that make up ordinary page markup, used to measure tag density.
HTML_TAG = re.compile(
    r"""
    </? (?: p | div | span | a | br | li | ul | ol | h[1-6] | table | tr | td | img | section
          | article | header | footer | nav | main | figure | script | style | link | meta
          | strong | em | b | i | form | input | button | iframe | noscript )
    (?: \s [^<>]* )? /? >
    """,
    re.IGNORECASE | re.VERBOSE,
)
#: Tag matches needed before density counts at all (a prose mention of ``<script>`` is one).
MIN_HTML_TAGS = 8
#: Share of the head's characters inside known tags above which it may be HTML.
MIN_TAG_SHARE = 0.05
#: Share of the head's non-blank lines holding a known tag above which it is HTML.
MIN_TAGGED_LINE_SHARE = 0.2


@attrs.frozen(kw_only=True)
class Source:
    """A decoded dump and what it was sniffed as."""

    text: str
    """Decoded text: newlines folded to ``\\n``, NUL removed, lone surrogates replaced."""
    kind: DumpKind
    """HTML or plain text."""
    encoding: str | None
    """Python codec name the bytes were decoded with; ``None`` for ``str`` input."""
    reason: str
    """How decoding and kind were decided, e.g. ``"bom:utf-8;start:doctype"``."""
    utf8: bytes | None = attrs.field(default=None, repr=False, eq=False)
    """The dump's bytes when they are exactly ``text`` in UTF-8 (valid UTF-8 or ASCII, no
    BOM, nothing changed by sniffing), or a non-ASCII ``str`` dump's UTF-8 encoding (no
    NUL, nothing changed by sniffing), which spares the HTML reader encoding the text."""


def sniff(dump: str | bytes) -> Source:
    """Decode a dump and decide whether it is HTML or plain text.

    Args:
        dump: The page as stored: ``str`` (already decoded) or raw ``bytes``.

    Returns:
        The decoded text with its kind, the codec used and the reasons for both.

    Raises:
        DecodingError: The bytes are binary (a known file signature, NUL- or
            control-heavy) and not text in any encoding.
        ArgumentTypeError: ``dump`` is neither ``str`` nor ``bytes``.
    """
    # Set for bytes read as UTF-8 or ASCII without NUL bytes, and for a non-ASCII str
    # without NUL once encoded: then the text holds no NUL either, and checks on the bytes
    # (a memchr, a translate) replace scans of the text.
    utf8: bytes | None = None
    if isinstance(dump, str):
        text, encoding, how = dump, None, "str"
        if not text.isascii():
            # Only lone surrogates make UTF-8 encoding fail; encoding is faster than a scan.
            # The bytes are kept (without NUL, as for bytes input): the checks below read
            # them, and the HTML reader would encode the text again.
            try:
                encoded = text.encode("utf-8")
            except UnicodeEncodeError:
                text = LONE_SURROGATE.sub("\ufffd", text)
            else:
                if b"\x00" not in encoded:
                    utf8 = encoded
    elif isinstance(dump, bytes | bytearray | memoryview):
        data = bytes(dump)
        text, encoding, how = decode(data)
        if encoding in {"utf-8", "ascii"} and b"\x00" not in data:
            utf8 = data
    else:
        msg = f"dump must be str or bytes, got {type(dump).__name__}"
        raise ArgumentTypeError(msg)
    decoded = text
    # In the bytes when they are the text in UTF-8: a byte search is a memchr, a search in
    # a str of wide characters is not.
    if (b"\r" in utf8) if utf8 is not None else ("\r" in text):
        text = NEWLINES.sub("\n", text)
    if utf8 is None and "\x00" in text:
        text = text.replace("\x00", "")
    if not text.isascii() and (utf8 is None or utf8_may_have_long_run(utf8)):
        text = stream_safe(text)
    kind, why = detect_kind(text)
    exact = how in {"str", "ascii", "utf-8-valid"} or how.startswith("utf-8-valid:")
    return Source(
        text=text,
        kind=kind,
        encoding=encoding,
        reason=f"{how};{why}",
        utf8=utf8 if exact and text is decoded else None,
    )


def detect_kind(text: str) -> tuple[DumpKind, str]:
    """Tell an HTML dump from a plain-text one.

    A document start (doctype, ``<html>``, ``<head>``...) decides at once; otherwise the
    head must have enough ordinary tags, taking enough of its characters and spread over
    enough of its lines, so prose that mentions or quotes markup stays text.

    Args:
        text: Decoded dump.

    Returns:
        The kind and a short reason (``"start:doctype"``, ``"tags:57"``...).
    """
    # Matched within the head of the text itself: a slice would copy the head first.
    if HTML_START.match(text, 0, HEAD_CHARS):
        return DumpKind.HTML, "start:markup"
    head = text[:HEAD_CHARS]
    tags = 0
    tag_chars = 0
    for match in HTML_TAG.finditer(head):
        tags += 1
        tag_chars += match.end() - match.start()
    if tags < MIN_HTML_TAGS or tag_chars < MIN_TAG_SHARE * len(head.strip()):
        return DumpKind.TEXT, f"text:tags-{tags}"
    # Text dumps that quote markup (a code sample, noscript contents rendered as text)
    # keep it on a few lines; in HTML, even a fragment, tags are on most lines.
    lines = [line for line in head.split("\n") if line and not line.isspace()]
    tagged = sum(1 for line in lines if HTML_TAG.search(line))
    if tagged < MIN_TAGGED_LINE_SHARE * len(lines):
        return DumpKind.TEXT, f"text:tagged-lines-{tagged}/{len(lines)}"
    return DumpKind.HTML, f"tags:{tags}"
