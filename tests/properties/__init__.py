"""Property-based tests of ``parse``: random articles rendered as text dumps and HTML pages.

The composer is ``tests/strategies/``. The number of examples follows the Hypothesis profile
(``HYPOTHESIS_PROFILE=dev|ci|explore|nightly``, see ``tests/conftest.py``); heavier
properties run a fraction of it (``support._examples``). Where to look:

* ``test_invariants``: totality (no crash on any text, markup soup or bytes), determinism,
  line accounting (every input line in exactly one segment), clean body paragraphs, author
  and tag hygiene, idempotent cleaning, lynx dump invariants.
* ``test_text_fields``: text round trips, one field per test, and whitespace noise.
* ``test_html``: HTML round trips, HTML/text agreement, HTML metamorphic insertions.
* ``test_text_around_body``: boilerplate (sidebars, comments, boxes) outside the body of a
  text dump leaves the body unchanged.
* ``test_text_mid_body``: boxes between paragraphs of a text dump leave the body unchanged;
  the pinned mid-body shapes.
* ``test_composer``: the composer's cue lines are lexicon entries.
* ``pages``: pinned single pages (``@example(page=...)``), each a minimal page a property
  found, with a docstring naming the field and the bug.
* ``pairs``: pinned ``(page, page with a block)`` pairs for the metamorphic properties.
* ``support``: profile-scaled settings (``_examples``), the strict-xfail mark ``_bug``, the
  page strategies (``PAGES``, ``SHORT_PAGES``), the metamorphic pair strategies and the
  shared checks.
"""
