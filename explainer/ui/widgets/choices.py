"""The "Next" block after a section: choices picked by mouse, arrows + Enter, or 1-9.

Each choice is a full row; a quiet "✓ seen" follows the ones already read, and links
back ("Back to ...") sit after a gap, marked ↩, apart from the way forward.

On a short terminal whose screen overflows, the reader folds the block (`fold`): the first
choices on one line each, then "▾ 3 more: 3 to 5" on the next button, which unfolds the
rest when it is focused (down, Tab) or clicked. Number keys reach every choice either way.
"""

from __future__ import annotations

from collections.abc import Container, Sequence
from typing import TYPE_CHECKING

from textual import events, on
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
SHOWN_FOLDED = 2
"""Choices still shown, one line each, when the block is folded; the next button says how many more."""


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

    HANG = 3
    """'1  ': the number and its two spaces. A label too long for the row wraps under its text."""

    def render(self) -> Content:
        label = self.label
        room = self.content_region.width - 2 * self.styles.line_pad
        if label.cell_length <= room or room <= self.HANG + 8 or self.styles.text_wrap == "nowrap":
            return label  # fits, too narrow to hang, or folded to one line (cut with an ellipsis)
        head, *rest = label[self.HANG :].wrap(room - self.HANG)
        indent = Content(" " * self.HANG)
        return Content("\n").join([label[: self.HANG] + head, *(indent + line for line in rest)])

    def focus_on_click(self) -> bool:
        """Not the fold row: a click unfolds the block (ChoiceList), and focus would unfold it first."""
        return not self.has_class("fold-row")


def fold_label(first: int, last: int) -> Content:
    """'▾  3 more: 3 to 5': how many are folded, and the number keys that reach them."""
    more = last - first + 1
    return Content.assemble(
        (f"{glyphs.active().fold}  ", ".choice--number"), (f"{more} more: {first} to {last}", ".choice--mark")
    )


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
        self.folded = False
        self.may_fold = True
        """False once folded, or unfolded by the reader, until the next section or size (unfold(refold=True))."""
        self._shown: tuple[Sequence[Choice], Container[str], Container[str], bool] = ((), (), (), False)
        self._last_focused: int | None = None

    def compose(self) -> ComposeResult:
        yield Static("NEXT", classes="next-heading")

    def show(
        self,
        choices: Sequence[Choice],
        *,
        seen: Container[str],
        known: Container[str],
        primary: bool = False,
        hidden: bool = False,
    ) -> AwaitMount | None:
        """Show these choices on the first buttons and hide the rest; buttons are added only when needed.

        With primary, the first choice is drawn as the screen's one primary action (the first screen's
        way in; it has the focus, so Enter takes it) and the others stay secondary. Hidden: ready (the
        number keys still take them) but not drawn, as on the care card. Returns the mounting of added
        buttons, for a caller that wants them in the same paint.
        """
        mounting = None
        self.targets = [choice.target for choice in choices[:MAX_CHOICES]]
        self._shown = (choices, seen, known, primary)
        self._last_focused = None
        self.may_fold, self._scroll_to_focus = True, False
        buttons = list(self.query(ChoiceButton))
        if len(buttons) < len(self.targets):
            extra = [ChoiceButton() for _ in range(len(self.targets) - len(buttons))]
            mounting = self.mount_all(extra)
            buttons += extra
        self._label(buttons)
        self.display = bool(self.targets) and not hidden
        return mounting

    @property
    def primary_label(self) -> str | None:
        """The label of the screen's one primary action (the first screen's way in), if it has one."""
        choices, _, known, primary = self._shown
        return glyphs.text(choices[0].label) if primary and choices and choices[0].target in known else None

    def _label(self, buttons: list[ChoiceButton]) -> None:
        """Every choice on its own button, in full (unfolded)."""
        choices, seen, known, primary = self._shown
        self.folded = False
        self.remove_class("folded")
        for number, button in enumerate(buttons, start=1):
            button.remove_class("fold-row")
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

    def fold(self) -> bool:
        """Show the first choices on one line each and "▾ n more" after them; False when there is nothing to fold.

        Not while the reader's focus is on a choice that would be folded, nor when a choice is
        missing (its button cannot take the focus that unfolds the rest).
        """
        buttons = [button for button in self.query(ChoiceButton) if button.display]
        if not self.may_fold or len(buttons) <= SHOWN_FOLDED + 1 or any(button.disabled for button in buttons):
            return False
        if any(button.has_focus for button in buttons[SHOWN_FOLDED:]):
            return False
        self.folded, self.may_fold = True, False
        self.add_class("folded")
        row, *rest = buttons[SHOWN_FOLDED:]
        row.label = fold_label(SHOWN_FOLDED + 1, len(buttons))
        row.remove_class("back", "first-back")
        row.add_class("fold-row")
        for button in rest:
            button.display = False
        return True

    def unfold(self, *, refold: bool = False) -> None:
        """Every choice in full again; with refold, the block may fold again after the next layout (a new size)."""
        if self.folded:
            self._label(list(self.query(ChoiceButton)))
        if refold:
            self.may_fold = True

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """Focus on the fold row unfolds the block: down from the choice above stays on the next
        choice; coming round from the top (up on the first, shift+Tab) goes to the last one."""
        buttons = [button for button in self.query(ChoiceButton) if button.display]
        index = buttons.index(event.widget) if event.widget in buttons else None
        came_from, self._last_focused = self._last_focused, index
        if not (self.folded and index == SHOWN_FOLDED):
            return
        self.unfold()
        self._scroll_to_focus = True  # once the unfolded block is laid out (on_resize)
        if came_from != SHOWN_FOLDED - 1:
            [*_, last] = [button for button in self.query(ChoiceButton) if button.display]
            last.focus(scroll_visible=False)

    _scroll_to_focus = False

    def on_resize(self) -> None:
        """The block has its unfolded size: bring the choice focused while it unfolded into view."""
        if self._scroll_to_focus:
            self._scroll_to_focus = False
            focused = self.screen.focused
            if focused is not None and focused.parent is self:
                focused.scroll_visible(animate=False)

    @on(PlainButton.Pressed, ".choice")
    def _pressed(self, event: PlainButton.Pressed) -> None:
        event.stop()
        assert isinstance(event.button, ChoiceButton)
        if event.button.has_class("fold-row"):  # clicked: show the rest, from the first folded choice
            self.unfold()
            self._scroll_to_focus = True
            event.button.focus(scroll_visible=False)
            return
        self.post_message(self.Chosen(event.button.target))

    def focus_first(self) -> bool:
        for button in self.query(ChoiceButton):
            if button.display and not button.disabled:
                button.focus(scroll_visible=False)
                return True
        return False
