"""The app as a 256-colour terminal shows it (tmux's default, macOS Terminal.app).

Snapshots are exported in true colour, so this app reduces every colour to the nearest
of the 256 first, as the terminal would.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from rich.color import ColorSystem
from rich.segment import Segment
from rich.style import Style
from textual.color import Color
from textual.filter import LineFilter

from explainer.ui import app as app_module
from explainer.ui.app import ExplainerApp


def eight_bit(style: Style | None) -> Style | None:
    if style is None:
        return None
    color = style.color.downgrade(ColorSystem.EIGHT_BIT) if style.color else None
    bgcolor = style.bgcolor.downgrade(ColorSystem.EIGHT_BIT) if style.bgcolor else None
    return style + Style(color=color, bgcolor=bgcolor)


class EightBitFilter(LineFilter):
    """Every colour to its nearest in the xterm 256-colour palette."""

    def apply(self, segments: list[Segment], background: Color) -> list[Segment]:
        return [Segment(text, eight_bit(style), control) for text, style, control in segments]


class EightBitApp(ExplainerApp):
    CSS_PATH = str(Path(app_module.__file__).with_name("app.tcss"))

    def get_line_filters(self) -> Sequence[LineFilter]:
        return [*super().get_line_filters(), EightBitFilter()]
