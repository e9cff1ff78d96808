"""A `help` section: the help-now card, with every resource from meta.help."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from ...core.explainer import Explainer
from ...core.model import Section
from ..text import plain
from .body import Body


class HelpCardView(Vertical):
    """The body, then a card listing where to get help now."""

    DEFAULT_CLASSES = "section-view"

    def __init__(self, section: Section, explainer: Explainer) -> None:
        super().__init__()
        self.section = section
        self.explainer = explainer

    def compose(self) -> ComposeResult:
        if self.section.body.strip():
            yield Body(self.section.body, self.explainer)
        card = Vertical(classes="help-card")
        card.border_title = plain("Help now")
        with card:
            for resource in self.explainer.content.meta.help:
                yield Static(plain(f"{resource.region}: {resource.name}"), classes="resource-name")
                yield Static(plain(f"  {resource.contact}"), classes="resource-contact")
