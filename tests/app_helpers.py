"""Helpers for driving the app with Pilot."""

from __future__ import annotations

import html
import re
from functools import cache
from typing import Any

from rich.cells import cell_len

from explainer.core.explainer import Explainer
from explainer.core.loader import load
from explainer.core.paths import default_content_path
from explainer.core.state import StateStore
from explainer.ui.app import ExplainerApp


@cache
def shipped() -> Explainer:
    return load(default_content_path())


def make_app(start: str | None = None, state: StateStore | None = None, **kwargs) -> ExplainerApp:
    return ExplainerApp(shipped(), start=start, state=state, **kwargs)


def labels(app: ExplainerApp) -> list[str]:
    """The choice buttons' labels, in order."""
    from explainer.ui.widgets.choices import ChoiceButton

    return [str(button.label) for button in app.screen.query(ChoiceButton) if button.display]


def screen_text(app: ExplainerApp) -> str:
    """Everything on the screen as plain text, as a reader would read it.

    Read back from Textual's public `export_screenshot`: Rich writes each run of text as a
    `<text>` at x = column * CHAR_WIDTH, clipped to its line, writes spaces as `&#160;` and
    leaves out runs of spaces.
    """
    width, height = app.size
    rows = [""] * height
    for x, row, text in _SVG_TEXT.findall(app.export_screenshot(simplify=True)):
        line, column = rows[int(row)], round(float(x) / CHAR_WIDTH)
        rows[int(row)] = line + " " * (column - cell_len(line)) + html.unescape(text.replace("&#160;", " "))
    return "\n".join(line + " " * (width - cell_len(line)) for line in rows)


CHAR_WIDTH = 20 * 0.61
"""Rich's export_svg: a 20-pixel line with a font aspect ratio of 0.61."""

_SVG_TEXT = re.compile(
    r'<text class="[^"]*" x="([\d.]+)" y="[\d.]+" textLength="[\d.]+" clip-path="url\(#[\w-]+-line-(\d+)\)">(.*?)</text>'
)


def notified(app: ExplainerApp) -> list[str]:
    """The messages the app notifies from now on (every widget's notify goes through the app's)."""
    messages: list[str] = []
    show = app.notify

    def record(message: str, **kwargs: Any) -> None:
        messages.append(message)
        show(message, **kwargs)

    app.notify = record  # type: ignore[method-assign]
    return messages
