"""Helpers for driving the app with Pilot."""

from __future__ import annotations

import datetime
from functools import cache

from textual.pilot import Pilot

from explainer.core.explainer import Explainer
from explainer.core.loader import load
from explainer.core.paths import default_content_path
from explainer.core.state import StateStore
from explainer.ui.app import ExplainerApp


@cache
def shipped() -> Explainer:
    return load(default_content_path())


TODAY = datetime.date(2026, 11, 21)
"""The date every app in the tests believes it is: nothing on screen depends on the real date."""


def make_app(start: str | None = None, state: StateStore | None = None, **kwargs) -> ExplainerApp:
    return ExplainerApp(shipped(), start=start, state=state, **{"today": TODAY, **kwargs})


def labels(app: ExplainerApp) -> list[str]:
    """The choice buttons' labels, in order."""
    from explainer.ui.widgets.choices import ChoiceButton

    return [str(button.label) for button in app.screen.query(ChoiceButton) if button.display]


def screen_text(app: ExplainerApp) -> str:
    """Everything on the screen as plain text, as a reader would read it."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


async def resize(pilot: Pilot, width: int, height: int, *, tries: int = 1000) -> None:
    """Resize, then wait until the screen is laid out and drawn at the new size.

    Pilot's own pause waits for an idle CPU, which a loaded machine can report before the
    app has handled the resize (the screen was still 20 rows after a resize to 16).
    """
    await pilot.resize_terminal(width, height)
    app = pilot.app
    for _ in range(tries):
        drawn = screen_text(app).splitlines()
        if app.size == (width, height) and len(drawn) == height:  # (wide characters make lines shorter in len)
            await pilot.pause()  # and whatever the resize itself set off (narrow/short classes) has run
            return
        await pilot.pause()
    raise AssertionError(f"the screen never reached {width}x{height}")
