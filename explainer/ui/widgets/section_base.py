"""What every section kind's widget shares: its section, the content, and the body first."""

from __future__ import annotations

from collections.abc import Iterator

from textual.containers import Vertical
from textual.message import Message
from textual.widget import Widget

from ...core.explainer import Explainer
from ...core.model import Section
from .body import Body


class SectionView(Vertical):
    """Base for the widget that draws one kind of section."""

    DEFAULT_CLASSES = "section-view"

    class Answered(Message):
        """The reader answered the screen (a myth's guess): what it kept back is in view now."""

    @property
    def answered(self) -> bool:
        """Whether the screen shows all of its texts; a view that asks something says until when."""
        return True

    def texts_in_view(self) -> list[str]:
        """The texts the reader can see now (the side panel's and `g`'s terms come from these)."""
        return [text for _, text in self.section.texts_in_view(self.answered)]

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
