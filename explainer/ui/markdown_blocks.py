"""Markdown to styled blocks, for a body drawn by one widget instead of a widget per block.

Textual's Markdown widget mounts several widgets per paragraph and list item, which made
every screen change cost 100-200 ms. Bodies here use a small subset of Markdown
(paragraphs, lists, emphasis, headings, quotes, code, links), parsed by markdown-it with
raw HTML off. A link never carries authored text into an action: it becomes `link(N)`,
an index into the body's own list of hrefs.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from markdown_it.token import Token
from textual.content import Content
from textual.style import Style

_PARSER = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})

BOLD = Style(bold=True)
ITALIC = Style(italic=True)
CODE = Style(reverse=True)
LINK = Style(underline=True)
HEADING = Style(bold=True, underline=True)


@dataclass(frozen=True, slots=True)
class Block:
    """One wrapped unit: text, its hanging indent, the marker before its first line."""

    text: Content
    indent: int = 0
    marker: str = ""
    gap_before: bool = True
    every_line: str = ""
    """A prefix drawn on every line inside the indent (for quotes)."""


@dataclass
class Parsed:
    """The blocks of a body and the hrefs its links point at."""

    blocks: list[Block] = field(default_factory=list)
    hrefs: list[str] = field(default_factory=list)


def parse(markdown: str) -> Parsed:
    """Blocks for the Markdown text, in order."""
    return _Walker().walk(_PARSER.parse(markdown))


@dataclass
class _List:
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
        self.cells: list[Content] | None = None

    def walk(self, tokens: list[Token]) -> Parsed:
        for token in tokens:
            handler = getattr(self, f"_on_{token.type}", None)
            if handler is not None:
                handler(token)
        return self.out

    def add(self, text: Content) -> None:
        """A block, with a blank line before it unless it is a tight list item."""
        if not self.out.blocks:
            gap = False
        elif self.item_start:
            gap = self.loose or (self.first_item and len(self.lists) == 1)
        else:
            gap = True
        indent = (self.lists[-1].indent if self.lists else 0) + 2 * self.quote
        self.out.blocks.append(Block(text, indent, self.marker, gap, "| " if self.quote else ""))
        self.marker, self.item_start, self.first_item = "", False, False

    def _on_inline(self, token: Token) -> None:
        text = self._inline(token)
        if self.cells is not None:
            self.cells.append(text)
        else:
            self.add(text.stylize(HEADING) if self.heading else text)

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
        self.add(Content(token.content.rstrip("\n")).stylize(CODE))

    _on_code_block = _on_fence

    def _on_hr(self, token: Token) -> None:
        self.add(Content("-" * 20))

    def _on_tr_open(self, token: Token) -> None:
        self.cells = []

    def _on_tr_close(self, token: Token) -> None:
        row, self.cells = self.cells or [], None
        self.add(Content(" | ").join(row))

    def _inline(self, token: Token) -> Content:
        parts: list[tuple[str, Style] | str] = []
        styles: list[Style] = []
        for child in token.children or []:
            kind = child.type
            if kind in ("text", "html_inline"):
                parts.append((child.content, _combine(styles)))
            elif kind == "softbreak":
                parts.append((" ", _combine(styles)))
            elif kind == "hardbreak":
                parts.append(("\n", _combine(styles)))
            elif kind == "code_inline":
                parts.append((child.content, _combine([*styles, CODE])))
            elif kind == "strong_open":
                styles.append(BOLD)
            elif kind == "em_open":
                styles.append(ITALIC)
            elif kind == "link_open":
                index = len(self.out.hrefs)
                self.out.hrefs.append(str(child.attrGet("href") or ""))
                styles.append(LINK + Style.from_meta({"@click": f"link({index})"}))
            elif kind in ("strong_close", "em_close", "link_close") and styles:
                styles.pop()
            elif kind == "image":
                parts.append((f"[image: {child.content}]", _combine(styles)))
        return Content.assemble(*parts)


def _combine(styles: list[Style]) -> Style:
    combined = Style.null()
    for style in styles:
        combined += style
    return combined
