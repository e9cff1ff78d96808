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
            yield Body(self.shown(self.section.body), self.explainer)

    def outro(self) -> Iterator[Widget]:
        """The section's icon arrays, after the kind's own parts."""
        if self.section.icon_arrays:
            from .icon_arrays import IconArrays

            yield IconArrays(self.section, self.explainer)

    def shown(self, text: str) -> str:
        """Markdown as the reader sees it: citations as numbers, level markers as mark and words."""
        return self.explainer.shown_text(self.section, text)


def level_class(level: str | None) -> str:
    """The CSS class of a block with an evidence level ('level-shown' ...), or none."""
    return f"level-{level}" if level else ""
