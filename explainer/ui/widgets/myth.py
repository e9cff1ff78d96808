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
from .. import glyphs
from ..styles import styles_beside
from ..text import plain
from .body import Body
from .plain_button import PlainButton
from .section_base import SectionView, level_class

if TYPE_CHECKING:
    from ..screens.reader import ReaderScreen

GUESSES = {"guess-myth": "myth", "guess-partly": "partly true", "guess-fact": "fact"}
"""Every myth offers all three guesses: offering "partly true" only where it is the
answer would give the answer away."""
GUESS_MEANS = {"myth": "myth", "partly true": "partly true", "fact": "true"}
"""The verdict each guess stands for."""


def verdict_stamp(verdict: str) -> str:
    """'✗ MYTH', '◐ PARTLY TRUE', '✓ TRUE': the banner's glyph and word."""
    return f"{glyphs.active().verdicts[verdict]} {VERDICT_WORDS[verdict]}"


def guessed_text(guess: str, verdict: str) -> str:
    """The banner's secondary text: 'You guessed myth · right'."""
    right = GUESS_MEANS.get(guess) == verdict
    return f"You guessed {guess}{glyphs.active().dot}{'right' if right else 'not quite'}"


class MythView(SectionView):
    """Claim, three guess buttons, and the verdict banner with its explanation once guessed."""

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
        table = glyphs.active()
        yield Static(
            plain(f"Myth or fact? Guess first ({table.left_right} to move, Enter to choose):"), classes="guess-prompt"
        )
        with Horizontal(classes="guess"):
            yield PlainButton(plain(f"{table.verdicts['myth']} It's a myth"), id="guess-myth")
            yield PlainButton(plain(f"{table.verdicts['partly true']} Partly true"), id="guess-partly")
            yield PlainButton(plain(f"{table.verdicts['true']} It's a fact"), id="guess-fact")
        with Vertical(classes=f"reveal {level_class(self.section.level)}"):
            with Horizontal(classes="verdict"):
                yield Static(classes="verdict-stamp")
                yield Static(classes="verdict-guessed")
            if self.section.level:
                # "Evidence:" so that a mark under the verdict never reads as a second verdict (✗ MYTH, ✓ ...)
                yield Static(plain(f"Evidence: {LEVELS[self.section.level].label}"), classes="level-label")
            yield Body(self.shown(self.section.explanation), self.explainer, classes="body explanation")
        yield from self.outro()

    @property
    def answered(self) -> bool:
        return self.guess is not None

    @on(PlainButton.Pressed, ".guess PlainButton")
    def _guessed(self, event: PlainButton.Pressed) -> None:
        event.stop()
        self.guess = GUESSES[event.button.id or "guess-myth"]

    def watch_guess(self, guess: str | None) -> None:
        if guess is None:
            return
        verdict = self.section.verdict
        self.query_one(".verdict-stamp", Static).update(plain(verdict_stamp(verdict)))
        self.query_one(".verdict-guessed", Static).update(plain(guessed_text(guess, verdict)))
        self.add_class("revealed", f"verdict-{verdict.replace(' ', '-')}")
        for button in self.query(".guess PlainButton"):
            button.disabled = True
        self.post_message(self.Answered())
        reader = cast("ReaderScreen", self.screen)  # a myth is only ever shown by the reader
        reader.call_after_refresh(reader.focus_first_choice)
