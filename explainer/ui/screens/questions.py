"""My questions: the questions a reader kept with `a`, to see, edit and delete before an appointment."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from ..styles import styles_beside
from ..text import plain

if TYPE_CHECKING:
    from ..app import ExplainerApp

EMPTY = "No questions yet. On a screen that suggests one, press a to add it."


class QuestionsScreen(ModalScreen[None]):
    """The list of the reader's questions; Enter or e edits one, d deletes it, Esc closes."""

    DEFAULT_CSS = styles_beside(__file__)
    SCOPED_CSS = False

    BINDINGS = [
        Binding("escape", "close", "Close", id="questions-close"),
        Binding("A", "close", "Close", show=False),
        Binding("e,enter", "edit", "Edit", id="questions-edit", tooltip="Change the highlighted question"),
        Binding("d,delete", "delete", "Delete", id="questions-delete", tooltip="Delete the highlighted question"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="questions-box") as box:
            box.border_title = plain("My questions for my clinician")
            yield Static(plain("Up and down to choose; Enter or e edits, d deletes, Esc closes."), id="questions-help")
            yield OptionList(id="questions-list")
            yield Static(plain(EMPTY), id="questions-empty")
            yield Input(id="questions-edit", placeholder="Your question")

    @property
    def reader_app(self) -> ExplainerApp:
        return cast("ExplainerApp", self.app)

    def on_mount(self) -> None:
        self.query_one(Input).display = False
        self._fill()

    def _fill(self, highlight: int = 0) -> None:
        questions = self.reader_app.questions
        listing = self.query_one(OptionList)
        listing.clear_options()
        listing.add_options([Option(plain(f"{n}. {q}")) for n, q in enumerate(questions, start=1)])
        listing.display = bool(questions)
        self.query_one("#questions-empty").display = not questions
        if questions:
            listing.highlighted = min(highlight, len(questions) - 1)
            listing.focus()

    def _chosen(self) -> int | None:
        listing = self.query_one(OptionList)
        index = listing.highlighted
        return index if index is not None and 0 <= index < len(self.reader_app.questions) else None

    def action_close(self) -> None:
        """Esc closes the list, or in the editor cancels the edit."""
        editor = self.query_one(Input)
        if editor.display:
            editor.display = False
            self._fill(self._chosen() or 0)
        else:
            self.dismiss(None)

    def action_edit(self) -> None:
        index = self._chosen()
        if index is None:
            return
        editor = self.query_one(Input)
        editor.value = self.reader_app.questions[index]
        editor.display = True
        editor.focus()

    def action_delete(self) -> None:
        index = self._chosen()
        if index is None:
            return
        del self.reader_app.questions[index]
        self.reader_app.questions_changed()
        self._fill(index)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """While the editor is open, its keys are its own (Enter saves, Esc cancels)."""
        editing = self.query_one(Input).display if self.is_mounted else False
        return not (editing and action in ("edit", "delete"))

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_edit()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        index = self._chosen()
        text = event.value.strip()
        if index is not None and text:
            self.reader_app.questions[index] = text
            self.reader_app.questions_changed()
        event.input.display = False
        self._fill(index or 0)
