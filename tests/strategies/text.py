"""Text rendering (a browser's ``innerText``) and whitespace noise."""

from __future__ import annotations

import attrs
from hypothesis import strategies as st

from tests.strategies.layout import Page, pages
from tests.strategies.spec import ArticleSpec

# --------------------------------------------------------------------------------------
# Text rendering and whitespace noise
# --------------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Noise:
    """Whitespace changes that must not change what ``parse`` finds."""

    newline: str = "\n"
    """Line ending: ``\\n``, ``\\r\\n`` or ``\\r``."""
    indent: str = ""
    """Prefix of every non-blank line (spaces, a tab)."""
    trailing: str = ""
    """Suffix of every non-blank line."""
    nbsp_spaces: bool = False
    """Inner spaces of lines become NBSP (as copy-paste from browsers gives)."""
    blank_filler: str = ""
    """What blank lines hold ("", " ", NBSP, a tab)."""


def whitespace_noise() -> st.SearchStrategy[Noise]:
    """Draw a :class:`Noise` (line endings, NBSP, indentation, filled blank lines)."""
    return st.builds(
        Noise,
        newline=st.sampled_from(("\n", "\r\n", "\r")),
        indent=st.sampled_from(("", " ", "  ", "\t", "\u00a0")),
        trailing=st.sampled_from(("", " ", "\u00a0", " \t")),
        nbsp_spaces=st.booleans(),
        blank_filler=st.sampled_from(("", " ", "\u00a0", "\t", "\u00a0 ")),
    )


def render_text(page: Page, noise: Noise | None = None) -> str:
    """Render a page as a browser's ``innerText`` would show it (one block per line)."""
    noise = noise or Noise()
    lines: list[str] = []
    first = True
    for part in page.parts:
        if part.role == "hidden":
            continue
        if not first:
            lines.extend([""] * part.gap)
        first = False
        for j, line in enumerate(part.lines):
            if j:
                lines.extend([""] * part.inner_gap)
            lines.append(line)
    out = []
    for line in lines:
        if not line:
            out.append(noise.blank_filler)
            continue
        shown = line.replace(" ", "\u00a0") if noise.nbsp_spaces else line
        out.append(f"{noise.indent}{shown}{noise.trailing}")
    return noise.newline.join(out) + noise.newline


def text_dumps(spec: ArticleSpec) -> st.SearchStrategy[str]:
    """Text dumps of ``spec`` in random layouts."""
    return pages(spec).map(render_text)
