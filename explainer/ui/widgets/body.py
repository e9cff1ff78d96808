"""A section's Markdown body, drawn by one widget with the Line API.

One widget per body (rather than Textual's widget per paragraph and list item) keeps a
screen change fast; lines are wrapped once per width, with hanging indents for lists.
Hand-written, not textual.widgets.Markdown: faster in the code review's measurement, and a
link is only an index into `hrefs`, so authored text never becomes an action.
"""

from __future__ import annotations

from textual.content import Content
from textual.geometry import Size
from textual.message import Message
from textual.strip import Strip
from textual.widget import Widget

from ...core.explainer import Explainer
from ...core.markdown import Block, hanging_indent, parse
from ..markdown_blocks import block_content
from ..text import markdown


def wrap_blocks(blocks: list[Block], width: int) -> list[Content]:
    """The lines of the blocks at a width: markers on first lines, hanging indents after."""
    return hanging_indent(
        blocks,
        width,
        lambda block, room: block_content(block).wrap(room),
        lambda prefix, line: Content(prefix) + line,
        Content(""),
    )


class Body(Widget):
    """Markdown with [[term]] marks; a click on a link posts Body.LinkClicked with its href."""

    DEFAULT_CSS = """
    Body {
        height: auto;
    }
    """

    class LinkClicked(Message):
        """A link in the body was clicked: the screen decides what it means."""

        def __init__(self, href: str) -> None:
            super().__init__()
            self.href = href

    def __init__(self, text: str, explainer: Explainer, *, classes: str = "body") -> None:
        super().__init__(classes=classes)
        self.explainer = explainer
        self.blocks: list[Block] = []
        self.hrefs: list[str] = []
        self._lines: list[Content] = []
        self._width = -1
        self._set(text)

    def _set(self, text: str) -> None:
        parsed = parse(markdown(text, self.explainer))
        self.blocks, self.hrefs = parsed.blocks, parsed.hrefs
        self._width = -1
        self.display = bool(self.blocks)

    def update(self, text: str) -> None:
        """Show other Markdown in this same widget (cheaper than mounting a new one)."""
        self._set(text)
        self.refresh(layout=True)

    def lines(self, width: int) -> list[Content]:
        if width != self._width:
            self._lines = wrap_blocks(self.blocks, width)
            self._width = width
        return self._lines

    @property
    def plain_text(self) -> str:
        return "\n".join(line.plain for line in self.lines(self._width if self._width > 0 else 80))

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self.lines(width))

    def render_line(self, y: int) -> Strip:
        width = self.content_size.width
        lines = self.lines(width)
        if not 0 <= y < len(lines):
            return Strip.blank(width, self.rich_style)
        segments = lines[y].render_segments(self.visual_style)
        return Strip(segments).adjust_cell_length(width, self.rich_style)

    def action_link(self, index: int) -> None:
        if 0 <= index < len(self.hrefs):
            self.post_message(self.LinkClicked(self.hrefs[index]))
