"""Icon arrays: each row a 10x10 grid of people, the counted ones a different shape, the number in words beside it."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Static

from ...core.document import out_of_100
from ...core.explainer import Explainer
from ...core.model import IconRow, Section
from .. import glyphs
from ..styles import styles_beside
from ..text import plain


def grid(count: int) -> Content:
    """Ten lines of ten people, filled row by row from the top left.

    Counted people are filled squares, the rest small dots: they differ by shape, not only by colour.
    """
    table = glyphs.active()
    lines = []
    for line in range(10):
        counted = max(min(count - line * 10, 10), 0)
        lines.append(
            Content.assemble(
                (" ".join(table.counted * counted), "bold $text-primary"),
                " " if 0 < counted < 10 else "",
                (" ".join(table.not_counted * (10 - counted)), "$text-muted"),
            )
        )
    return Content("\n").join(lines)


def row_words(row: IconRow, numbers: dict[str, int]) -> str:
    cited = ", ".join(str(numbers[s]) if s in numbers else "?" for s in dict.fromkeys(row.sources))
    return f"{row.label}\n{row.time}:\n{out_of_100(row.count)} [{cited}]"


class IconArrays(Vertical):
    """Every icon array of a section, after its body."""

    DEFAULT_CSS = styles_beside(__file__)
    SCOPED_CSS = False

    def __init__(self, section: Section, explainer: Explainer) -> None:
        super().__init__(classes="icon-arrays")
        self.section = section
        self.explainer = explainer

    def compose(self) -> ComposeResult:
        numbers = self.explainer.source_numbers(self.section)
        for array in self.section.icon_arrays:
            with Vertical(classes="icon-array"):
                yield Static(plain(array.title), classes="icon-array-title")
                for row in array.rows:
                    with Horizontal(classes="icon-row"):
                        yield Static(grid(row.count), classes="icon-grid")
                        yield Static(plain(row_words(row, numbers)), classes="icon-words")
        table = glyphs.active()
        yield Static(
            plain(f"{table.counted} = counted   {table.not_counted} = not counted   (each grid is 100 people)"),
            classes="icon-key",
        )
