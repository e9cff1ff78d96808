"""Helpers for driving the app with Pilot."""

from __future__ import annotations

import datetime
import html
import re
from functools import cache
from typing import Any

from rich.cells import cell_len
from textual.pilot import Pilot

from explainer.core.explainer import Explainer
from explainer.core.loader import load
from explainer.core.paths import default_content_path
from explainer.core.state import StateStore
from explainer.ui.app import ExplainerApp
from explainer.ui.presenter_app import PresenterApp


@cache
def shipped() -> Explainer:
    return load(default_content_path())


TODAY = datetime.date(2026, 11, 21)
"""The date every app in the tests believes it is: nothing on screen depends on the real date."""


def make_app(
    start: str | None = None, state: StateStore | None = None, *, present: bool = False, **kwargs
) -> ExplainerApp:
    """The reader, or with present=True the presenter (which takes no saved place: `state` is not passed)."""
    if present:
        return PresenterApp(shipped(), start=start, **{"today": TODAY, **kwargs})
    return ExplainerApp(shipped(), start=start, state=state, **{"today": TODAY, **kwargs})


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
    svg = app.export_screenshot(simplify=True)
    width = app.size.width
    # the lines drawn (until a resize is handled, the old count); Rich clips all but the last
    rows = [""] * (len(_SVG_LINE.findall(svg)) + 1)
    for x, row, text in _SVG_TEXT.findall(svg):
        line, column = rows[int(row)], round(float(x) / CHAR_WIDTH)
        rows[int(row)] = line + " " * (column - cell_len(line)) + html.unescape(text.replace("&#160;", " "))
    return "\n".join(line + " " * (width - cell_len(line)) for line in rows)


CHAR_WIDTH = 20 * 0.61
"""Rich's export_svg: a 20-pixel line with a font aspect ratio of 0.61."""

_SVG_LINE = re.compile(r'<clipPath id="[\w-]+-line-\d+">')

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


async def resize(pilot: Pilot, width: int, height: int, *, tries: int = 1000) -> None:
    """Resize, then wait until the screen is laid out and drawn at the new size.

    Pilot's own pause waits for an idle CPU, which a loaded machine can report before the
    app has handled the resize (the screen was still 20 rows after a resize to 16).
    """
    await pilot.resize_terminal(width, height)
    app = pilot.app
    for _ in range(tries):
        # laid out at the new size first (cheap), then drawn at it (one screenshot, not one per pause)
        if app.screen.size == (width, height) and len(screen_text(app).splitlines()) == height:
            await pilot.pause()  # and whatever the resize itself set off (narrow/short classes) has run
            return
        await pilot.pause()
    raise AssertionError(f"the screen never reached {width}x{height}")
