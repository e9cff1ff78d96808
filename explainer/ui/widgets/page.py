"""A `page` section: Markdown."""

from __future__ import annotations

from textual.app import ComposeResult

from ...core.model import Section
from .body import Body
from .section_base import SectionView


class PageView(SectionView):
    """The body of a page section; the reader keeps one and shows each page in it."""

    def compose(self) -> ComposeResult:
        yield Body(self.shown(self.section.body), self.explainer)
        yield from self.outro()

    def show(self, section: Section) -> None:
        """Show another page (the reader reuses this view only between pages without icon arrays)."""
        self.section = section
        self.query_one(Body).update(self.shown(section.body))
