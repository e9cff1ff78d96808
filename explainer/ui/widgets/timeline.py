"""A `timeline` section: phases drawn down a line, each with its span and items."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from ...core.explainer import Explainer
from ...core.model import Timeline
from ..text import plain
from .body import Body


class TimelineView(Vertical):
    """Each phase hangs off a vertical rule, with its time span beside its name."""

    DEFAULT_CLASSES = "section-view"

    def __init__(self, section: Timeline, explainer: Explainer) -> None:
        super().__init__()
        self.section = section
        self.explainer = explainer

    def compose(self) -> ComposeResult:
        if self.section.body.strip():
            yield Body(self.section.body, self.explainer)
        with Vertical(classes="timeline"):
            for number, phase in enumerate(self.section.phases, start=1):
                with Vertical(classes="phase"):
                    yield Static(plain(f"{number}. {phase.name}  ({phase.span})"), classes="phase-name")
                    for item in phase.items:
                        yield Static(plain(f"- {item}"), classes="phase-item")
