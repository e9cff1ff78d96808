"""A `steps` section: an ordered cascade of boxes joined by arrows."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from ...core.model import Steps
from ..styles import styles_beside
from ..text import plain
from .body import Body
from .section_base import SectionView


class StepsView(SectionView):
    """Boxes in order, an arrow between each pair."""

    DEFAULT_CSS = styles_beside(__file__)
    SCOPED_CSS = False

    section: Steps

    def compose(self) -> ComposeResult:
        yield from self.intro()
        for index, step in enumerate(self.section.steps):
            if index:
                yield Static(plain("▼"), classes="arrow")
            box = Vertical(classes="step")
            box.border_title = plain(step.title)
            with box:
                if step.text:
                    yield Body(step.text, self.explainer, classes="body step-text")
                else:
                    yield Static(plain(step.title), classes="step-text")
