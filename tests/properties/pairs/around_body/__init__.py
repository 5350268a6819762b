"""Pinned pairs ``(page, the same page with one block added)`` whose block goes outside the
body: over or under the headline, byline and date, above the body (comments, teasers, most-read
lists, captions) or after it. The text and HTML "outside the body" properties use them.

Each pair's docstring names the block and where it went; the properties say the two pages
parse to the same body. The modules go by the block: ``comments`` (comment threads,
notices, forms and headings) and ``lists`` (sidebars, "Most read" and "Read also" boxes,
teasers, list boxes and newsletter pitches); ``shared`` holds the pages both build on.
"""
