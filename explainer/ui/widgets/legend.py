"""The legend of the four evidence levels, shown on any screen that draws one.

Marks and words come from the core's one table (core.evidence.LEVELS), so the legend,
the print-out and the handout say the same; here each level also gets its colour, never
alone. The level styles themselves are in app.tcss (`.level-shown` and the rest).
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from ...core.evidence import LEVELS

COLOURS = {
    "shown": "$text-success",
    "theory": "$text-warning",
    "claim": "$text-muted",
    "context": "$text-primary",
}
"""Each level's colour, in the order a reader should trust them."""


def legend_content() -> Content:
    """'✓ Shown in people  ≈ Leading theory  ! One article's claim  + Added context'.

    Two spaces apart (the marks set the levels apart), so it is one line at 80 columns:
    75 cells, the reading column's width there.
    """
    parts: list[Content] = [
        Content.assemble((f"{level.mark} ", f"bold {COLOURS[level.id]}"), (level.words, COLOURS[level.id]))
        for level in LEVELS.values()
    ]
    return Content("  ").join(parts)


class LevelLegend(Static):
    """One line (two below 80 columns) above the section."""

    DEFAULT_CSS = """
    LevelLegend {
        height: auto;
        margin: 0 0 1 0;
    }
    """

    def __init__(self) -> None:
        super().__init__(legend_content(), classes="legend")
