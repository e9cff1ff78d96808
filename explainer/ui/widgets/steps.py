"""A `steps` section: an ordered cascade of boxes joined by arrows."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from ...core.explainer import Explainer
from ...core.model import Steps
from ..text import plain
from .body import Body


class StepsView(Vertical):
    """Boxes in order, an arrow between each pair."""

    DEFAULT_CLASSES = "section-view"

    def __init__(self, section: Steps, explainer: Explainer) -> None:
        super().__init__()
        self.section = section
        self.explainer = explainer

    def compose(self) -> ComposeResult:
        if self.section.body.strip():
            yield Body(self.section.body, self.explainer)
        for index, step in enumerate(self.section.steps):
            if index:
                yield Static(plain("|\nv"), classes="arrow")
            box = Vertical(classes="step")
            box.border_title = plain(step.title)
            with box:
                if step.text:
                    yield Body(step.text, self.explainer, classes="body step-text")
                else:
                    yield Static(plain(step.title), classes="step-text")
