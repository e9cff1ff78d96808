"""The presenter's reader screen: the reader, with the counsellor's notes beside it (`n`)."""

from __future__ import annotations

from textual.app import ComposeResult

from ...core.model import Section
from ..widgets.notes_panel import NotesPanel
from .reader import ReaderScreen


class PresenterScreen(ReaderScreen):
    """The counsellor keeps the status line (time, route) even on the care card: see app.tcss."""

    DEFAULT_CLASSES = "presenting"

    def beside_column(self) -> ComposeResult:
        yield NotesPanel(self.reader_app.explainer, id="notes")

    def beside_column_open(self) -> bool:
        """The notes take the side panel's place."""
        return any(panel.display for panel in self.query(NotesPanel))

    def showing(self, section: Section) -> None:
        for panel in self.query(NotesPanel):
            panel.show(section)

    def refresh_status(self) -> None:
        """The status line, and the same elapsed time in the notes panel's title (one clock ticks both)."""
        super().refresh_status()
        elapsed = self.reader_app.status_extras().get("elapsed")
        if elapsed is not None:
            for panel in self.query(NotesPanel):
                panel.show_elapsed(elapsed)

    def content_replaced(self) -> None:
        super().content_replaced()
        for panel in self.query(NotesPanel):
            panel.explainer = self.reader_app.explainer

    def toggle_notes(self) -> None:
        for panel in self.query(NotesPanel):
            panel.display = not panel.display
        self.call_later(self._show_side_panel)
