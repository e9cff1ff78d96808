"""The core's Markdown blocks as Textual Content: styles for spans, click actions for links.

A link becomes the action `link(N)`, an index into the body's own hrefs: no authored
text ever reaches an action string. Glossary terms, other links and headings take their
looks from the Body's component classes (app.tcss), so each theme and NO_COLOR can set
them: terms are coloured, not underlined, so they differ from links and headings.
"""

from __future__ import annotations

from collections.abc import Container

from textual.content import Content
from textual.style import Style

from ..core.markdown import Block, Span

BOLD = Style(bold=True)
ITALIC = Style(italic=True)
CODE = Style(reverse=True)
LINK = ".body--link"
TERM = ".body--term"
HEADING = ".body--heading"
"""Component class names (with a dot: Content resolves them through the widget)."""


def span_style(span: Span) -> Style:
    style = Style.null()
    if span.bold:
        style += BOLD
    if span.italic:
        style += ITALIC
    if span.code:
        style += CODE
    if span.link is not None:
        style += Style.from_meta({"@click": f"link({span.link})"})
    return style


def block_content(block: Block, terms: Container[int] = ()) -> Content:
    """A block's spans as Content; links whose index is in `terms` are glossary terms."""
    content = Content.assemble(*((span.text, span_style(span)) for span in block.spans))
    offset = 0
    for span in block.spans:
        end = offset + len(span.text)
        if span.link is not None:
            content = content.stylize(TERM if span.link in terms else LINK, offset, end)
        offset = end
    return content.stylize_before(HEADING) if block.heading else content
