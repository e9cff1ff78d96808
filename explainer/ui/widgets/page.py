"""A `page` section: Markdown."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical

from ...core.loader import Explainer
from ...core.model import Section
from .body import Body


class PageView(Vertical):
    """The body of a page section."""

    DEFAULT_CLASSES = "section-view"

    def __init__(self, section: Section, explainer: Explainer) -> None:
        super().__init__()
        self.section = section
        self.explainer = explainer

    def compose(self) -> ComposeResult:
        if self.section.body.strip():
            yield Body(self.section.body, self.explainer)
