"""The exceptions newsparse raises, all under one root.

``parse()`` is total on content: any ``str`` and any decodable text ``bytes`` give an
:class:`~newsparse.Article` (possibly empty, with ``is_article`` false). Exceptions are for
misuse, for bytes that are not text, for inputs over the size limit, and for bad
configuration. Each class also inherits the builtin a caller would naturally catch::

    NewsparseError                      root: ``except newsparse.NewsparseError`` catches all
    ├── InputError(ValueError)          the input cannot be parsed as a page dump
    │   ├── DecodingError               bytes that are binary or in no decodable text encoding
    │   └── InputTooLargeError          input longer than ``Parser.max_input_chars``
    ├── ArgumentTypeError(TypeError)    ``dump`` is neither ``str`` nor ``bytes``
    └── ConfigError(ValueError)         invalid ``Parser`` option, rule or profile
        └── ProfileError                a profile that cannot be used (bad value, failed plugin)
"""

from __future__ import annotations

__all__ = [
    "ArgumentTypeError",
    "ConfigError",
    "DecodingError",
    "InputError",
    "InputTooLargeError",
    "NewsparseError",
    "ProfileError",
]


class NewsparseError(Exception):
    """Root of every exception newsparse raises on purpose."""


class InputError(NewsparseError, ValueError):
    """The input cannot be parsed as a page dump."""


class DecodingError(InputError):
    """Bytes that are binary (image, PDF, archive) or in no decodable text encoding."""


class InputTooLargeError(InputError):
    """The input is longer than the parser's configured ``max_input_chars``."""


class ArgumentTypeError(NewsparseError, TypeError):
    """An argument of the wrong type, such as a ``dump`` that is neither str nor bytes."""


class ConfigError(NewsparseError, ValueError):
    """An invalid parser option, rule or profile, raised when the parser is built."""


class ProfileError(ConfigError):
    """A site profile that cannot be used: a bad value or a plugin that failed to load."""
