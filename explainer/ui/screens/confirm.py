"""A yes/no question before something that cannot be undone (reset, quit)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Static

from .. import glyphs
from ..styles import styles_beside
from ..text import plain
from ..widgets.plain_button import PlainButton
from .modal import OnceModal


class ConfirmScreen(OnceModal[bool]):
    """Returns True for yes (y, Enter on Yes), False for no (n, Esc)."""

    DEFAULT_CSS = styles_beside(__file__)
    SCOPED_CSS = False

    BINDINGS = [
        Binding("y", "answer(True)", "Yes"),
        Binding("n,escape", "answer(False)", "No"),
        Binding("left", "app.focus_previous", "", show=False),
        Binding("right", "app.focus_next", "", show=False),
    ]

    def __init__(self, title: str, question: str) -> None:
        super().__init__()
        self.title_text = title
        self.question = question

    def compose(self) -> ComposeResult:
        box = Vertical(id="confirm-box")
        box.border_title = plain(self.title_text)  # the modal template: name above, keys below
        box.border_subtitle = plain(f"y yes{glyphs.active().dot}n or esc no")
        with box:
            yield Static(plain(self.question), id="question")
            with Horizontal(id="answers"):
                yield PlainButton(plain("Yes (y)"), id="yes")
                yield PlainButton(plain("No (n)"), id="no")

    def on_mount(self) -> None:
        self.query_one("#no", PlainButton).focus()

    @on(PlainButton.Pressed)
    def _pressed(self, event: PlainButton.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "yes")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)
