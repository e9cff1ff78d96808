"""The core's Markdown blocks as Textual Content: styles for spans, click actions for links.

A link becomes the action `link(N)`, an index into the body's own hrefs: no authored
text ever reaches an action string.
"""

from __future__ import annotations

from textual.content import Content
from textual.style import Style

from ..core.markdown import Block, Span

BOLD = Style(bold=True)
ITALIC = Style(italic=True)
CODE = Style(reverse=True)
LINK = Style(underline=True)
HEADING = Style(bold=True, underline=True)


def span_style(span: Span) -> Style:
    style = Style.null()
    if span.bold:
        style += BOLD
    if span.italic:
        style += ITALIC
    if span.code:
        style += CODE
    if span.link is not None:
        style += LINK + Style.from_meta({"@click": f"link({span.link})"})
    return style


def block_content(block: Block) -> Content:
    content = Content.assemble(*((span.text, span_style(span)) for span in block.spans))
    return content.stylize(HEADING) if block.heading else content
