"""What every section kind's widget shares: its section, the content, and the body first."""

from __future__ import annotations

from collections.abc import Iterator

from textual.containers import Vertical
from textual.widget import Widget

from ...core.explainer import Explainer
from ...core.model import Section
from .body import Body


class SectionView(Vertical):
    """Base for the widget that draws one kind of section."""

    DEFAULT_CLASSES = "section-view"

    def __init__(self, section: Section, explainer: Explainer) -> None:
        super().__init__()
        self.section = section
        self.explainer = explainer

    def intro(self) -> Iterator[Widget]:
        """The section's body, when it has one, before the kind's own parts."""
        if self.section.body.strip():
            yield Body(self.section.body, self.explainer)
