"""A `page` section: Markdown."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical

from ...core.explainer import Explainer
from ...core.model import Section
from .body import Body


class PageView(Vertical):
    """The body of a page section; the reader keeps one and shows each page in it."""

    DEFAULT_CLASSES = "section-view"

    def __init__(self, section: Section, explainer: Explainer) -> None:
        super().__init__()
        self.section = section
        self.explainer = explainer

    def compose(self) -> ComposeResult:
        yield Body(self.section.body, self.explainer)

    def show(self, section: Section) -> None:
        self.section = section
        self.query_one(Body).update(section.body)
