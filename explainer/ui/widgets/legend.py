"""The legend of the four evidence levels, shown on any screen that draws one.

Marks and words come from the core's one table (core.evidence.LEVELS), so the legend,
the print-out and the handout say the same; here each level also gets its colour, never
alone. The level styles themselves are in app.tcss (`.level-shown` and the rest).
"""

from __future__ import annotations

from textual.content import Content
from textual.events import Resize
from textual.widgets import Static

from ...core.evidence import LEVELS
from .. import glyphs

COLOURS = {
    "shown": "$text-success",
    "theory": "$text-warning",
    "claim": "$text-muted",
    "context": "$text-primary",
}
"""Each level's colour, in the order a reader should trust them."""


def legend_content(gap: int = 3, *, short: bool = False) -> Content:
    """'✓ Shown in people   ≈ Leading theory   ! One article's claim   + Added context'.

    Short: '✓ Shown  ≈ Theory  ! Claim  + Context', each level held together (no-break spaces),
    so a wrap never leaves a word of one alone on a line.
    """
    hold = "\u00a0" if short and not glyphs.active().ascii else " "  # ASCII mode writes only ASCII
    parts: list[Content] = [
        Content.assemble(
            (f"{glyphs.text(level.mark)}{hold}", f"bold {COLOURS[level.id]}"),
            (level.short if short else level.words, COLOURS[level.id]),
        )
        for level in LEVELS.values()
    ]
    return Content(" " * gap).join(parts)


ROOMY = legend_content().cell_length
"""From this width the legend's levels sit three spaces apart; below it two, so at 80 columns
(a reading column of 75) it still takes one line and leaves the row to the text."""
SNUG = legend_content(2).cell_length
"""Below this width the full words would wrap: the short ones instead."""


class LevelLegend(Static):
    """One line (two below 80 columns) above the section."""

    DEFAULT_CSS = """
    LevelLegend {
        height: auto;
        margin: 0 0 1 0;
    }
    """

    gap = 3
    short = False

    def __init__(self) -> None:
        super().__init__(legend_content(self.gap), classes="legend")

    def on_resize(self, event: Resize) -> None:
        """Closer together when three spaces apart would wrap, short words when two would (rare once mounted)."""
        gap = 3 if event.size.width >= ROOMY else 2
        short = event.size.width < SNUG
        if (gap, short) != (self.gap, self.short):
            self.gap, self.short = gap, short
            self.update(legend_content(gap, short=short))
