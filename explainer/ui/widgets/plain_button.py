"""A plain button: a focusable label that Enter, space or a click presses.

The reader shows its choices on every screen, so they are on the path to the first
paint. Textual's Button brings about 7 KB of CSS for variants we never use, and parsing
it was the largest single cost of the first screen (about 8 ms). This widget keeps what
the reader needs; its few styles are in app.tcss.
Hand-written, not textual.widgets.Button, for that start-up cost.
"""

from __future__ import annotations

from textual import events
from textual.binding import Binding
from textual.content import Content
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget


class PlainButton(Widget, can_focus=True):
    """A label that can be pressed (long labels wrap); posts PlainButton.Pressed."""

    BINDINGS = [Binding("enter,space", "press", "Press", show=False)]

    label: reactive[Content] = reactive(Content(""), layout=True)

    class Pressed(Message):
        """The button was pressed (not sent while it is disabled or hidden)."""

        def __init__(self, button: PlainButton) -> None:
            super().__init__()
            self.button = button

        @property
        def control(self) -> PlainButton:
            return self.button

    def __init__(self, label: Content | None = None, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        if label is not None:
            self.label = label

    def render(self) -> Content:
        return self.label

    def get_content_width(self, container: Size, viewport: Size) -> int:
        return self.label.cell_length

    def press(self) -> None:
        if not self.disabled and self.display:
            self.post_message(self.Pressed(self))

    def action_press(self) -> None:
        self.press()

    def on_click(self, event: events.Click) -> None:
        event.stop()
        self.press()
