"""--watch: what the author's last save got wrong, FILE:LINE:COL each, until it is fixed."""

from __future__ import annotations

from textual.widgets import Static

from ...core.diagnostics import Diagnostic
from ..styles import styles_beside
from ..text import plain

MAX_LINES = 12
"""More than this and the panel would push the section off a small screen; lint lists them all."""


def problems_text(problems: list[Diagnostic]) -> str:
    errors = sum(d.severity == "error" for d in problems)
    if errors:
        head = f"The last save has {errors} error(s): still showing the last good version. Fix and save again."
    else:
        head = f"The last save is shown, with {len(problems)} warning(s):"
    lines = [str(d) for d in problems[:MAX_LINES]]
    if len(problems) > MAX_LINES:
        lines.append(f"... and {len(problems) - MAX_LINES} more: run `explainer lint` for all of them")
    return "\n".join([head, *lines])


class ProblemsPanel(Static):
    """Hidden while the file is clean; errors keep the last good content on screen."""

    DEFAULT_CSS = styles_beside(__file__)
    SCOPED_CSS = False

    def on_mount(self) -> None:
        self.display = False
        self.border_title = plain("Content file")

    def show(self, problems: list[Diagnostic]) -> None:
        self.display = bool(problems)
        self.set_class(any(d.severity == "error" for d in problems), "has-errors")
        if problems:
            self.update(plain(problems_text(problems)))
