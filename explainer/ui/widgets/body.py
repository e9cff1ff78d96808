"""A section's Markdown body, drawn by one widget with the Line API.

One widget per body (rather than Textual's widget per paragraph and list item) keeps a
screen change fast; lines are wrapped once per width, with hanging indents for lists.
Hand-written, not textual.widgets.Markdown: faster in the code review's measurement, and a
link is only an index into `hrefs`, so authored text never becomes an action.
"""

from __future__ import annotations

import msgspec
from rich.segment import Segment
from textual.content import Content
from textual.geometry import Size
from textual.message import Message
from textual.strip import Strip
from textual.style import Style
from textual.widget import Widget

from ...core.evidence import LEVELS
from ...core.explainer import Explainer
from ...core.markdown import Block, hanging_indent, parse
from .. import glyphs
from ..markdown_blocks import block_content
from ..text import GLOSSARY_SCHEME, markdown

QUOTE = "| "
"""The core's plain-text rule before each line of a quote (a Markdown `>` block)."""
CALLOUT = ".body--callout"
CALLOUT_RULE = ".body--callout-bar"


def wrap_blocks(blocks: list[Block], width: int, terms: frozenset[int] = frozenset()) -> list[Content]:
    """The lines of the blocks at a width: markers on first lines, hanging indents after.

    A quote (`>`) is drawn as an inset callout: a bar and its own background across the
    column (plain text, print and export keep the core's plain quote rule).
    """

    def prefixed(prefix: str, line: Content) -> Content:
        if not prefix.startswith(QUOTE):
            return Content(_glyphs(prefix)) + line
        inner = (
            Content.assemble((f"{glyphs.active().callout_bar} ", CALLOUT_RULE), _glyphs(prefix[len(QUOTE) :])) + line
        )
        return inner.pad_right(max(width - inner.cell_length, 0)).stylize_before(CALLOUT)

    def wrapped(block: Block, room: int) -> list[Content]:
        level = level_of(block)
        if level is None:
            return block_content(block, terms).wrap(room)
        rule = Content.styled(f"{glyphs.active().level_rules[level]} ", f".body--level-{level}")
        return [rule + line for line in block_content(block, terms).wrap(max(room - 2, 8))]

    return hanging_indent(blocks, width, wrapped, prefixed, Content(""))


LEVEL_LEADS = {level.id: f"{level.mark} {level.words}:" for level in LEVELS.values()}
"""How a block with an evidence level begins once the core has worded its marker (core.evidence.worded)."""


def level_of(block: Block) -> str | None:
    """The evidence level a paragraph or list item carries, drawn as a rule beside it (design review P2)."""
    text = block.plain
    return next((level for level, lead in LEVEL_LEADS.items() if text.startswith(lead)), None)


def is_subhead(block: Block) -> bool:
    """A heading, or a paragraph of bold text alone ("**Shown in people:**"): a label for what follows."""
    if block.heading:
        return True
    text = block.plain.strip()
    return bool(text) and not block.marker and not block.indent and all(s.bold for s in block.spans if s.text.strip())


def close_subheads(blocks: list[Block]) -> list[Block]:
    """No blank line after a sub-head (the blank line above it stays), so it sits with what it labels."""
    out = list(blocks)
    for index in range(1, len(out)):
        if out[index].gap_before and is_subhead(out[index - 1]):
            out[index] = msgspec.structs.replace(out[index], gap_before=False)
    return out


def _glyphs(prefix: str) -> str:
    """The core's plain-text bullet and quote rule as the glyph table draws them (same width)."""
    table = glyphs.active()
    return prefix.replace("- ", f"{table.bullet} ").replace("| ", f"{table.quote_bar} ")


class Body(Widget):
    """Markdown with [[term]] marks; a click on a link posts Body.LinkClicked with its href."""

    DEFAULT_CSS = """
    Body {
        height: auto;
    }
    """
    COMPONENT_CLASSES = {
        "body--term",
        "body--link",
        "body--heading",
        "body--callout",
        "body--callout-bar",
        "body--level-shown",
        "body--level-theory",
        "body--level-claim",
        "body--level-context",
    }
    """Glossary terms, other links, headings, and a quote drawn as a callout; styled in app.tcss."""

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
        self.blocks, self.hrefs = close_subheads(parsed.blocks), parsed.hrefs
        self.terms = frozenset(i for i, href in enumerate(self.hrefs) if href.startswith(GLOSSARY_SCHEME))
        self._width = -1
        self.display = bool(self.blocks)

    def update(self, text: str) -> None:
        """Show other Markdown in this same widget (cheaper than mounting a new one)."""
        self._set(text)
        self.refresh(layout=True)

    def lines(self, width: int) -> list[Content]:
        if width != self._width:
            self._lines = wrap_blocks(self.blocks, width, self.terms)
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
        parts = lines[y].render(self.visual_style, end="", parse_style=self._style)
        segments = [Segment(text, style.rich_style) for text, style in parts]
        return Strip(segments).adjust_cell_length(width, self.rich_style)

    def _style(self, style: str | Style) -> Style:
        """'.body--term' and the like from this widget's component classes; others parsed."""
        if isinstance(style, Style):
            return style
        if style.startswith("."):
            # partial: the class's own colours over the text's; the callout's background must show too
            return self.get_visual_style(style[1:], partial=style != CALLOUT)
        return Style.parse(style)

    def action_link(self, index: int) -> None:
        if 0 <= index < len(self.hrefs):
            self.post_message(self.LinkClicked(self.hrefs[index]))
