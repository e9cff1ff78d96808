"""The "Next" block after a section: choices picked by mouse, arrows + Enter, or 1-9.

Each choice is a full row; a quiet "✓ seen" follows the ones already read, and links
back ("Back to ...") sit after a gap, marked ↩, apart from the way forward.
"""

from __future__ import annotations

from collections.abc import Container, Sequence
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Static

from ...core.model import Choice
from .. import glyphs
from .plain_button import PlainButton

if TYPE_CHECKING:
    from textual.widget import AwaitMount

MAX_CHOICES = 9
"""Number keys reach nine choices; the linter refuses more (E106)."""


def is_back(choice: Choice) -> bool:
    """A link back up the explainer ('Back to the topics'), by the content's own wording."""
    return choice.label.casefold().startswith("back ")


def choice_label(number: int, choice: Choice, *, visited: bool, exists: bool, primary: bool = False) -> Content:
    """'1  Label  ✓ seen': the number in the accent, the mark a muted word (never colour alone).

    The primary action (the first screen's way in) says that Enter takes it: '1  Start exploring  ⏎ Enter'.
    """
    table = glyphs.active()
    text = (f"{table.back} " if is_back(choice) else "") + glyphs.text(choice.label)
    parts: list[tuple[str, str] | str] = [(f"{number}  ", ".choice--number"), text]
    if not exists:
        parts.append((" (missing section)", ".choice--mark"))
    elif primary:
        enter = "Enter" if table.ascii else f"{table.enter} Enter"  # ASCII's stand-in is the word itself
        parts.append((f"  {enter}", ".choice--mark"))
    elif visited:
        parts.append((f"  {table.seen} seen", ".choice--mark"))
    return Content.assemble(*parts)


class ChoiceButton(PlainButton):
    """One choice; knows where it leads. The list adds buttons when a section needs more, and reuses them."""

    COMPONENT_CLASSES = {"choice--number", "choice--mark"}
    """The number (in the accent) and the seen mark (muted); both take the cursor's colour on focus."""

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

    def compose(self) -> ComposeResult:
        yield Static("NEXT", classes="next-heading")

    def show(
        self, choices: Sequence[Choice], *, seen: Container[str], known: Container[str], primary: bool = False
    ) -> AwaitMount | None:
        """Show these choices on the first buttons and hide the rest; buttons are added only when needed.

        With primary, the first choice is drawn as the screen's one primary action (the first screen's
        way in; it has the focus, so Enter takes it) and the others stay secondary. Returns the mounting
        of added buttons, for a caller that wants them in the same paint.
        """
        mounting = None
        self.targets = [choice.target for choice in choices[:MAX_CHOICES]]
        buttons = list(self.query(ChoiceButton))
        if len(buttons) < len(self.targets):
            extra = [ChoiceButton() for _ in range(len(self.targets) - len(buttons))]
            mounting = self.mount_all(extra)
            buttons += extra
        for number, button in enumerate(buttons, start=1):
            if number <= len(self.targets):
                choice = choices[number - 1]
                exists = choice.target in known
                first = primary and number == 1 and exists
                button.label = choice_label(number, choice, visited=choice.target in seen, exists=exists, primary=first)
                button.set_class(first, "primary")
                back = is_back(choice)
                button.set_class(back, "back")
                button.set_class(back and number > 1 and not is_back(choices[number - 2]), "first-back")
                button.target = choice.target
                button.disabled = not exists
                button.display = True
            else:
                button.display = False
        self.display = bool(self.targets)
        return mounting

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
