r"""newsparse: split scraped news page dumps (HTML or plain text) into clean, typed articles.

>>> import newsparse
>>> dump = "Headline of the story\\n\\nBy Jane Doe\\n\\nA first paragraph, long enough to be prose."
>>> article = newsparse.parse(dump)
>>> article.headline, article.authors
('Headline of the story', ('Jane Doe',))
"""

from __future__ import annotations

import datetime as dt
import logging

from newsparse.errors import (
    ArgumentTypeError,
    ConfigError,
    DecodingError,
    InputError,
    InputTooLargeError,
    NewsparseError,
    ProfileError,
)
from newsparse.extract import Candidate, Context, Field, NamedRule
from newsparse.model import Article, Label, Paragraphs, Quote, QuoteKind, Segment, Verdict
from newsparse.parser import Explanation, Parser
from newsparse.profiles import Profile

__all__ = [
    "ArgumentTypeError",
    "Article",
    "Candidate",
    "ConfigError",
    "Context",
    "DecodingError",
    "Explanation",
    "Field",
    "InputError",
    "InputTooLargeError",
    "Label",
    "NamedRule",
    "NewsparseError",
    "Paragraphs",
    "Parser",
    "Profile",
    "ProfileError",
    "Quote",
    "QuoteKind",
    "Segment",
    "Verdict",
    "parse",
    "parse_and_explain",
]

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())


def parse(
    dump: str | bytes,
    /,
    *,
    url: str | None = None,
    fetched: dt.date | None = None,
    language: str | None = None,
    profile: Profile | None = None,
) -> Article:
    """Parse one page dump (HTML or plain text) into an :class:`Article`.

    A convenience wrapper over ``Parser.default().parse(...)``; see
    :meth:`Parser.parse` for the arguments and the exceptions.
    """
    return Parser.default().parse(
        dump, url=url, fetched=fetched, language=language, profile=profile
    )


def parse_and_explain(
    dump: str | bytes,
    /,
    *,
    url: str | None = None,
    fetched: dt.date | None = None,
    language: str | None = None,
    profile: Profile | None = None,
) -> tuple[Article, Explanation]:
    """Like :func:`parse`, and also return the :class:`Explanation` of every decision."""
    return Parser.default().parse_and_explain(
        dump, url=url, fetched=fetched, language=language, profile=profile
    )


for _name in __all__:
    _obj = globals()[_name]
    if isinstance(_obj, type):
        # Show public types as newsparse.X in reprs and docs, not their private module.
        _obj.__module__ = __name__
del _name, _obj
