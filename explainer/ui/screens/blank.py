"""A blank screen for a pause in a session: any key or click brings the explainer back."""

from __future__ import annotations

from textual import events
from textual.screen import ModalScreen


class BlankScreen(ModalScreen[None]):
    """Nothing at all on screen."""

    def on_key(self, event: events.Key) -> None:
        event.stop()
        event.prevent_default()
        self.dismiss(None)

    def on_click(self) -> None:
        self.dismiss(None)
