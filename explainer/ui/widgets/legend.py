"""The legend of the four evidence levels, shown on any screen that draws one.

Each level is a mark and words as well as a colour, so the legend reads the same in
NO_COLOR and to someone who cannot tell amber from green. The level styles themselves
are in app.tcss (`.level-shown` and the rest).
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

LEVELS = (
    ("shown", "●", "shown in people", "$text-success"),
    ("theory", "◌", "leading theory", "$text-warning"),
    ("claim", "❝", "one article's claim", "$text-muted"),
    ("context", "+", "added context", "$text-primary"),
)
"""(id, mark, words, colour) for each level, in the order a reader should trust them."""


def legend_content() -> Content:
    """'● shown in people   ◌ leading theory   ❝ one article's claim   + added context'."""
    parts: list[Content] = [
        Content.assemble((f"{mark} ", f"bold {colour}"), (words, colour)) for _, mark, words, colour in LEVELS
    ]
    return Content("   ").join(parts)


class LevelLegend(Static):
    """One line (two when narrow) above the section."""

    DEFAULT_CSS = """
    LevelLegend {
        height: auto;
        margin: 0 0 1 0;
    }
    """

    def __init__(self) -> None:
        super().__init__(legend_content(), classes="legend")
