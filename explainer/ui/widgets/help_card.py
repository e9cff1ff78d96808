"""A `help` section: the help-now card, with every resource from meta.help."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from ..styles import styles_beside
from ..text import plain
from .section_base import SectionView


class HelpCardView(SectionView):
    """The body, then a card listing where to get help now."""

    DEFAULT_CSS = styles_beside(__file__)
    SCOPED_CSS = False

    def compose(self) -> ComposeResult:
        yield from self.intro()
        card = Vertical(classes="help-card")
        card.border_title = plain("Help now")
        with card:
            for resource in self.explainer.content.meta.help:
                yield Static(plain(f"{resource.region}: {resource.name}"), classes="resource-name")
                yield Static(plain(f"  {resource.contact}"), classes="resource-contact")
        yield from self.outro()
