"""The choices at the foot of a section: buttons picked by mouse, arrows + Enter, or 1-9."""

from __future__ import annotations

from collections.abc import Container, Sequence

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Button

from ...core.model import Choice
from ..text import plain

VISITED_MARK = "(seen)"


def choice_label(number: int, choice: Choice, *, visited: bool, exists: bool) -> str:
    """'1  Label (seen)': the mark is a word, so it does not depend on colour."""
    label = f"{number}  {choice.label}"
    if not exists:
        return f"{label} (missing section)"
    return f"{label}  {VISITED_MARK}" if visited else label


class ChoiceButton(Button):
    """One choice; knows where it leads."""

    def __init__(self, label: str, target: str, *, disabled: bool = False) -> None:
        super().__init__(plain(label), compact=True, disabled=disabled, classes="choice")
        self.target = target


class ChoiceList(Vertical):
    """The section's choices, in order; up and down move between them."""

    BINDINGS = [
        Binding("up", "app.focus_previous", "Previous choice", show=False),
        Binding("down", "app.focus_next", "Next choice", show=False),
    ]

    class Chosen(Message):
        """The reader picked a choice."""

        def __init__(self, target: str) -> None:
            super().__init__()
            self.target = target

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.targets: list[str] = []

    def compose(self) -> ComposeResult:
        return iter(())

    async def show(self, choices: Sequence[Choice], *, seen: Container[str], known: Container[str]) -> None:
        """Replace the buttons with these choices."""
        self.targets = [choice.target for choice in choices]
        buttons = [
            ChoiceButton(
                choice_label(number, choice, visited=choice.target in seen, exists=choice.target in known),
                choice.target,
                disabled=choice.target not in known,
            )
            for number, choice in enumerate(choices, start=1)
        ]
        await self.remove_children()
        await self.mount_all(buttons)
        self.display = bool(buttons)

    @on(Button.Pressed, ".choice")
    def _pressed(self, event: Button.Pressed) -> None:
        event.stop()
        assert isinstance(event.button, ChoiceButton)
        self.post_message(self.Chosen(event.button.target))

    def focus_first(self) -> bool:
        for button in self.query(ChoiceButton):
            if not button.disabled:
                button.focus(scroll_visible=False)
                return True
        return False
