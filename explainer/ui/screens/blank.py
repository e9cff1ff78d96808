"""A blank screen for a pause in a session: any key or click brings the explainer back."""

from __future__ import annotations

from textual import events

from ..styles import styles_beside
from .modal import OnceModal


class BlankScreen(OnceModal[None]):
    """Nothing at all on screen."""

    DEFAULT_CSS = styles_beside(__file__)
    SCOPED_CSS = False

    def on_key(self, event: events.Key) -> None:
        event.stop()
        event.prevent_default()
        self.dismiss(None)

    def on_click(self) -> None:
        self.dismiss(None)
