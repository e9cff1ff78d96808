"""A `myth` section: the claim first, the reader's guess, then the verdict and why."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.reactive import reactive
from textual.widgets import Static

from ...core.document import VERDICT_WORDS
from ...core.evidence import LEVELS
from ...core.model import Myth
from ..styles import styles_beside
from ..text import plain
from .body import Body
from .plain_button import PlainButton
from .section_base import SectionView, level_class

if TYPE_CHECKING:
    from ..screens.reader import ReaderScreen


def verdict_line(guess: str, verdict: str) -> str:
    """What the reader is told after guessing; in words, never by colour alone."""
    right = (guess == "myth" and verdict == "myth") or (guess == "fact" and verdict == "true")
    if verdict == "partly true":
        outcome = "It is partly true."
    elif right:
        outcome = "You were right."
    else:
        outcome = "Not quite."
    return f"Verdict: {VERDICT_WORDS[verdict]}. You guessed {guess}. {outcome}"


class MythView(SectionView):
    """Claim, two guess buttons, and the verdict with its explanation once guessed."""

    DEFAULT_CSS = styles_beside(__file__)
    SCOPED_CSS = False

    BINDINGS = [
        Binding("left", "app.focus_previous", "Previous", show=False),
        Binding("right", "app.focus_next", "Next", show=False),
    ]
    guess: reactive[str | None] = reactive(None, init=False)

    section: Myth

    def compose(self) -> ComposeResult:
        yield from self.intro()
        yield Static(plain(self.section.claim), classes="claim")
        with Horizontal(classes="guess"):
            yield Static(plain("Myth or fact? Guess first:"), classes="guess-prompt")
            yield PlainButton(plain("It's a myth"), id="guess-myth")
            yield PlainButton(plain("It's a fact"), id="guess-fact")
        with Vertical(classes=f"reveal {level_class(self.section.level)}"):
            yield Static(classes="verdict")
            if self.section.level:
                yield Static(plain(LEVELS[self.section.level].label), classes="level-label")
            yield Body(self.shown(self.section.explanation), self.explainer, classes="body explanation")
        yield from self.outro()

    @on(PlainButton.Pressed, "#guess-myth, #guess-fact")
    def _guessed(self, event: PlainButton.Pressed) -> None:
        event.stop()
        self.guess = "myth" if event.button.id == "guess-myth" else "fact"

    def watch_guess(self, guess: str | None) -> None:
        if guess is None:
            return
        self.query_one(".verdict", Static).update(plain(verdict_line(guess, self.section.verdict)))
        self.add_class("revealed", f"verdict-{self.section.verdict.replace(' ', '-')}")
        for button in self.query(".guess PlainButton"):
            button.disabled = True
        reader = cast("ReaderScreen", self.screen)  # a myth is only ever shown by the reader
        reader.call_after_refresh(reader.focus_first_choice)
