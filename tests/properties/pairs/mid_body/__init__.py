"""Pinned pairs ``(page, the same page with one block added)`` whose block goes between two
paragraphs of the body. The text and HTML "inside the body" properties use them.

Each pair's docstring names the block and where it went; the properties say the two pages
parse to the same body. The modules go by the block: ``comments`` (comment threads, notices
and forms), ``signups`` (sign-up and newsletter boxes, ad and share lines), ``lists`` (list
and teaser boxes between paragraphs) and ``sections`` (boxes over sub-headings and the
article's sections); ``shared`` holds the pages several of them build on.
"""
