"""Counsellor notes inside the presenter's own terminal, for counsellors with one screen."""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from ...core.explainer import Explainer
from ...core.markdown import hard_breaks
from ...core.model import Section
from .. import glyphs
from ..styles import styles_beside
from ..text import plain
from .body import Body
from .status import clock_text


class NotesPanel(VerticalScroll):
    """The current section's notes and the choices ahead; hidden until `n`."""

    DEFAULT_CSS = styles_beside(__file__)
    SCOPED_CSS = False

    def __init__(self, explainer: Explainer, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.explainer = explainer
        self.border_title = plain("Counsellor notes")
        self.border_subtitle = plain("n hides")

    def show_elapsed(self, elapsed: float) -> None:
        """The session's time in the title, so a counsellor reading the notes need not look down."""
        self.border_title = plain(f"Counsellor notes{glyphs.active().dot}{clock_text(elapsed)}")

    def compose(self):
        yield Body("", self.explainer, classes="body notes-text")
        yield Static(id="notes-ahead")

    def show(self, section: Section) -> None:
        self.query_one(".notes-text", Body).update(hard_breaks(section.notes) or "(no notes for this section)")
        titles = [
            f"{n}. {self.explainer.sections[c.target].title if c.target in self.explainer.sections else c.target}"
            for n, c in enumerate(section.choices, start=1)
        ]
        self.query_one("#notes-ahead", Static).update(
            Content.assemble(("Choices ahead:", "bold"), "\n", "\n".join(titles))
        )
