"""Pinned pages: minimal pages the properties found, kept as explicit ``@example`` cases.

Each page's docstring names the field and the bug it showed; a fixed one stays as a
regression case, an open one is the example of a ``_bug`` strict xfail. The modules go by
the field the bug was in: ``headline``, ``authors``, ``dates`` (dates and datelines),
``tags`` and ``body``; ``texts`` holds the paragraphs and quotes several of them share.
"""
