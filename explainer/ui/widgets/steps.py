"""A `steps` section: an ordered cascade of boxes joined by arrows."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from ...core.evidence import LEVELS
from ...core.model import Steps
from .. import glyphs
from ..styles import styles_beside
from ..text import plain
from .body import Body
from .section_base import SectionView, level_class


class StepsView(SectionView):
    """Boxes in order, an arrow between each pair."""

    DEFAULT_CSS = styles_beside(__file__)
    SCOPED_CSS = False

    section: Steps

    def compose(self) -> ComposeResult:
        yield from self.intro()
        for index, step in enumerate(self.section.steps):
            if index:
                yield Static(plain(glyphs.active().arrow_down), classes="arrow")
            box = Vertical(classes=f"step {level_class(step.level)}")
            box.border_title = plain(step.title)
            with box:
                if step.level:
                    yield Static(plain(LEVELS[step.level].label), classes="level-label")
                if step.text:
                    yield Body(self.shown(step.text), self.explainer, classes="body step-text")
                else:
                    yield Static(plain(step.title), classes="step-text")
        yield from self.outro()
