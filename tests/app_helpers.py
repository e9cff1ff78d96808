"""Helpers for driving the app with Pilot."""

from __future__ import annotations

import datetime
from functools import cache

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
