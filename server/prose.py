"""Curriculum Markdown to safe HTML, for pages and for the live meeting's segment text."""

from __future__ import annotations

from functools import lru_cache

import nh3
from markdown_it import MarkdownIt
from markupsafe import Markup

# Raw HTML in a file is shown as text, and whatever the renderer makes is cleaned again: the
# content is written by people, and a page read beside a live chat must never run a script,
# carry a style (the CSP refuses them) or fetch anything from another host.
_RENDERER = MarkdownIt("commonmark", {"html": False})
_TAGS = {
    "p", "br", "hr", "em", "strong", "code", "pre", "blockquote",
    "ul", "ol", "li", "h4", "h5", "h6", "a",
}  # fmt: skip
_ATTRIBUTES = {"a": {"href"}, "ol": {"start"}}


@lru_cache(maxsize=1024)
def to_html(text: str) -> Markup:
    """Sanitised HTML for a Markdown fragment (no images, scripts, styles or event handlers).
    Cached: the live meeting sends the same segment texts to every member who joins."""
    html = _RENDERER.render(text)
    return Markup(
        nh3.clean(
            html,
            tags=_TAGS,
            attributes=_ATTRIBUTES,
            url_schemes={"https", "mailto"},
            link_rel="noopener noreferrer nofollow",
        )
    )
