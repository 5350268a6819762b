"""Pinned pairs ``(page, the same page with one block added)`` for the metamorphic tests, by
where the block goes: ``around_body`` (outside the body) and ``mid_body`` (between two
paragraphs); ``night_bus`` holds the story page both build on."""
