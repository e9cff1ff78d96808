"""Section Markdown as plain blocks of styled spans, for every renderer (TUI, plain, print).

A small subset of Markdown (paragraphs, lists, emphasis, headings, quotes, code, links) is
parsed by markdown-it with raw HTML off. A link keeps only an index into `hrefs`, so a
renderer never turns authored text into an action.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

import msgspec
from markdown_it import MarkdownIt
from markdown_it.token import Token

_PARSER: MarkdownIt | None = None


class Span(msgspec.Struct, frozen=True):
    """A run of text with one style."""

    text: str
    bold: bool = False
    italic: bool = False
    code: bool = False
    link: int | None = None


class Block(msgspec.Struct, frozen=True):
    """One wrapped unit: spans, its hanging indent, the marker before its first line."""

    spans: tuple[Span, ...]
    indent: int = 0
    marker: str = ""
    gap_before: bool = True
    every_line: str = ""
    """A prefix drawn on every line inside the indent (for quotes)."""
    heading: bool = False

    @property
    def plain(self) -> str:
        return "".join(span.text for span in self.spans)


class Parsed(msgspec.Struct):
    """The blocks of a body and the hrefs its links point at."""

    blocks: list[Block] = msgspec.field(default_factory=list)
    hrefs: list[str] = msgspec.field(default_factory=list)


def parse(markdown: str) -> Parsed:
    """Blocks for the Markdown text, in order."""
    global _PARSER
    if _PARSER is None:
        _PARSER = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    return _Walker().walk(_PARSER.parse(markdown))


def hard_breaks(text: str) -> str:
    """Markdown whose single line breaks are kept (notes are written a line per point)."""
    lines = [line.rstrip() for line in text.strip().split("\n")]
    ends = [line and following for line, following in zip(lines, [*lines[1:], ""], strict=True)]
    return "\n".join(line + "\\" if end else line for line, end in zip(lines, ends, strict=True))


def wrap_plain(blocks: list[Block], width: int) -> list[str]:
    """Plain-text lines at a width: markers on first lines, hanging indents after."""
    return hanging_indent(blocks, width, _wrap_text, lambda prefix, line: (prefix + line).rstrip(), "")


def _wrap_text(block: Block, room: int) -> list[str]:
    parts = block.plain.split("\n")
    return [line for part in parts for line in (textwrap.wrap(part, room, break_on_hyphens=False) or [""])]


Line = TypeVar("Line")


def hanging_indent(
    blocks: Sequence[Block],
    width: int,
    wrap: Callable[[Block, int], Iterable[Line]],
    prefixed: Callable[[str, Line], Line],
    blank: Line,
) -> list[Line]:
    """Blocks laid out at a width, whatever a line is (plain str, or styled text in the UI).

    A blank line before each block that asks for a gap; each block wrapped to the room its
    indent leaves, its marker on the first line, a hanging indent (and a quote's prefix) after.
    """
    lines: list[Line] = []
    for block in blocks:
        if block.gap_before and lines:
            lines.append(blank)
        room = max(width - block.indent, 8)
        for number, line in enumerate(wrap(block, room)):
            lead = block.marker if number == 0 else ""
            prefix = block.every_line + " " * max(block.indent - len(lead) - len(block.every_line), 0) + lead
            lines.append(prefixed(prefix, line))
    return lines


class _List(msgspec.Struct):
    ordered: bool
    number: int
    indent: int


class _Walker:
    """One pass over markdown-it's flat token stream, keeping list and quote nesting."""

    def __init__(self) -> None:
        self.out = Parsed()
        self.lists: list[_List] = []
        self.quote = 0
        self.marker = ""
        self.item_start = False
        self.first_item = False
        self.loose = True
        self.heading = False
        self.cells: list[tuple[Span, ...]] | None = None

    def walk(self, tokens: list[Token]) -> Parsed:
        for token in tokens:
            handler = getattr(self, f"_on_{token.type}", None)
            if handler is not None:
                handler(token)
        return self.out

    def add(self, spans: tuple[Span, ...]) -> None:
        """A block, with a blank line before it unless it is a tight list item."""
        if not self.out.blocks:
            gap = False
        elif self.item_start:
            gap = self.loose or (self.first_item and len(self.lists) == 1)
        else:
            gap = True
        indent = (self.lists[-1].indent if self.lists else 0) + 2 * self.quote
        block = Block(spans, indent, self.marker, gap, "| " if self.quote else "", self.heading)
        self.out.blocks.append(block)
        self.marker, self.item_start, self.first_item = "", False, False

    def _on_inline(self, token: Token) -> None:
        spans = self._inline(token)
        if self.cells is not None:
            self.cells.append(spans)
        else:
            self.add(spans)

    def _on_heading_open(self, token: Token) -> None:
        self.heading = True

    def _on_heading_close(self, token: Token) -> None:
        self.heading = False

    def _on_paragraph_open(self, token: Token) -> None:
        self.loose = not token.hidden  # markdown-it hides the paragraphs of tight lists

    def _on_bullet_list_open(self, token: Token) -> None:
        self._open_list(ordered=False, start=1)

    def _on_ordered_list_open(self, token: Token) -> None:
        self._open_list(ordered=True, start=int(token.attrGet("start") or 1))

    def _open_list(self, *, ordered: bool, start: int) -> None:
        outer = self.lists[-1].indent if self.lists else 0
        width = len(f"{start + 8}. ") if ordered else 2
        self.lists.append(_List(ordered, start - 1, outer + width))
        self.first_item = True

    def _on_bullet_list_close(self, token: Token) -> None:
        self.lists.pop()

    _on_ordered_list_close = _on_bullet_list_close

    def _on_list_item_open(self, token: Token) -> None:
        current = self.lists[-1]
        current.number += 1
        self.marker = f"{current.number}. " if current.ordered else "- "
        self.item_start = True

    def _on_blockquote_open(self, token: Token) -> None:
        self.quote += 1

    def _on_blockquote_close(self, token: Token) -> None:
        self.quote -= 1

    def _on_fence(self, token: Token) -> None:
        self.add((Span(token.content.rstrip("\n"), code=True),))

    _on_code_block = _on_fence

    def _on_hr(self, token: Token) -> None:
        self.add((Span("-" * 20),))

    def _on_tr_open(self, token: Token) -> None:
        self.cells = []

    def _on_tr_close(self, token: Token) -> None:
        row, self.cells = self.cells or [], None
        spans: list[Span] = []
        for index, cell in enumerate(row):
            if index:
                spans.append(Span(" | "))
            spans.extend(cell)
        self.add(tuple(spans))

    def _inline(self, token: Token) -> tuple[Span, ...]:
        spans: list[Span] = []
        bold = italic = 0
        link: int | None = None

        def add(text: str, *, code: bool = False) -> None:
            spans.append(Span(text, bold > 0, italic > 0, code, link))

        for child in token.children or []:
            kind = child.type
            if kind in ("text", "html_inline"):
                add(child.content)
            elif kind == "softbreak":
                add(" ")
            elif kind == "hardbreak":
                add("\n")
            elif kind == "code_inline":
                add(child.content, code=True)
            elif kind == "strong_open":
                bold += 1
            elif kind == "strong_close":
                bold = max(bold - 1, 0)
            elif kind == "em_open":
                italic += 1
            elif kind == "em_close":
                italic = max(italic - 1, 0)
            elif kind == "link_open":
                link = len(self.out.hrefs)
                self.out.hrefs.append(str(child.attrGet("href") or ""))
            elif kind == "link_close":
                link = None
            elif kind == "image":
                add(f"[image: {child.content}]")
        return tuple(spans)
