"""The choices at the foot of a section: buttons picked by mouse, arrows + Enter, or 1-9."""

from __future__ import annotations

from collections.abc import Container, Sequence

from textual import on
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message

from ...core.model import Choice
from ..text import plain
from .plain_button import PlainButton

VISITED_MARK = "(seen)"
MAX_CHOICES = 9
"""Number keys reach nine choices; the linter refuses more (E106)."""


def choice_label(number: int, choice: Choice, *, visited: bool, exists: bool) -> str:
    """'1  Label (seen)': the mark is a word, so it does not depend on colour."""
    label = f"{number}  {choice.label}"
    if not exists:
        return f"{label} (missing section)"
    return f"{label}  {VISITED_MARK}" if visited else label


class ChoiceButton(PlainButton):
    """One choice; knows where it leads. The list adds buttons when a section needs more, and reuses them."""

    def __init__(self) -> None:
        super().__init__(classes="choice")
        self.target = ""
        self.display = False


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

    def show(self, choices: Sequence[Choice], *, seen: Container[str], known: Container[str]) -> None:
        """Show these choices on the first buttons and hide the rest; buttons are added only when needed."""
        self.targets = [choice.target for choice in choices[:MAX_CHOICES]]
        buttons = list(self.query(ChoiceButton))
        if len(buttons) < len(self.targets):
            extra = [ChoiceButton() for _ in range(len(self.targets) - len(buttons))]
            self.mount_all(extra)
            buttons += extra
        for number, button in enumerate(buttons, start=1):
            if number <= len(self.targets):
                choice = choices[number - 1]
                exists = choice.target in known
                button.label = plain(choice_label(number, choice, visited=choice.target in seen, exists=exists))
                button.target = choice.target
                button.disabled = not exists
                button.display = True
            else:
                button.display = False
        self.display = bool(self.targets)

    @on(PlainButton.Pressed, ".choice")
    def _pressed(self, event: PlainButton.Pressed) -> None:
        event.stop()
        assert isinstance(event.button, ChoiceButton)
        self.post_message(self.Chosen(event.button.target))

    def focus_first(self) -> bool:
        for button in self.query(ChoiceButton):
            if button.display and not button.disabled:
                button.focus(scroll_visible=False)
                return True
        return False
