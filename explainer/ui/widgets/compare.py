"""A `compare` section: the sides next to each other (stacked when narrow), then the careful reading."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Static

from ...core.document import source_names
from ...core.model import Compare
from ..styles import styles_beside
from ..text import plain
from .body import Body
from .section_base import SectionView


class CompareView(SectionView):
    """Sides in columns; the screen adds the `narrow` class to stack them."""

    DEFAULT_CSS = styles_beside(__file__)
    SCOPED_CSS = False

    section: Compare

    def compose(self) -> ComposeResult:
        with Horizontal(classes="sides"):
            for side in self.section.sides:
                panel = Vertical(classes="side")
                panel.border_title = plain(side.label)
                with panel:
                    yield Body(side.text, self.explainer, classes="body side-text")
                    names = source_names(side.sources, self.explainer)
                    yield Static(plain(f"Source: {'; '.join(names)}"), classes="side-sources")
        if self.section.body.strip():
            yield Body(self.section.body, self.explainer, classes="body reading")
