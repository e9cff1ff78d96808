"""The side panel's place beside the reading column: when it shows, what fills it, and
mounting it just after the first paint. A base of ReaderScreen."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual import on

from ..widgets.section_base import SectionView
from .fold import FoldAndHint

if TYPE_CHECKING:
    from ..app import ExplainerApp

WIDE = 110
"""From this many columns up, the side panel sits beside the reading column."""


class SidePanelPlace(FoldAndHint):
    """The reader screen's side panel: shown from WIDE columns up, or as the reader toggles it."""

    side_panel_open: bool | None = None
    """None: the panel follows the width (shown from WIDE up); True or False once toggled."""

    @property
    def reader_app(self) -> ExplainerApp:
        return cast("ExplainerApp", self.app)

    @property
    def side_panel_shown(self) -> bool:
        """Toggled by the reader, or by the width; whatever else is open beside the column takes its place.

        Never beside the care card: help now has the whole width, whatever was toggled.
        """
        if self.care or self.beside_column_open():
            return False
        if self.side_panel_open is not None:
            return self.side_panel_open
        return (self.size.width or 80) >= WIDE

    def beside_column_open(self) -> bool:
        """Whether a widget from beside_column is showing (the presenter's notes)."""
        return False

    async def _show_side_panel(self, *, schedule_mount: bool = True) -> bool:
        """Show and fill the panel where it is wanted; the first time, mount it after the next paint.

        Returns whether the panel still has to be mounted (scheduled here unless `schedule_mount` is false).
        """
        if not self.is_attached:
            return False  # the app is closing: its widgets are going
        shown = self.side_panel_shown
        panels = self.query("#side-panel")
        self.query_one("#sources").set_class(shown, "in-panel")  # the panel lists them: not twice
        if shown and not (panels and panels.first().is_mounted):
            # The reading column first, the panel a frame later in the place held for it: building
            # it was about a tenth of a start-up (measured), and nothing on it is needed to start reading.
            self.query_one("#side-slot").display = True
            if panels:
                return False
            if schedule_mount:
                self.call_after_refresh(self._mount_side_panel)
            return True
        for slot in self.query("#side-slot"):
            slot.display = False
        if not shown:
            for panel in panels:
                panel.display = False
            return False
        from ..widgets.side_panel import SidePanel

        panel = self.query_one("#side-panel", SidePanel)
        panel.display = True
        for view in self.query(SectionView):  # its texts in view: a myth keeps its explanation back until the guess
            panel.show(view.section, self.reader_app.history.seen, view.texts_in_view())
        return False

    async def _mount_side_panel(self) -> None:
        """Mount the panel (its module with it) once, then fill it if it is still wanted."""
        from ..widgets.side_panel import SidePanel

        main, slot = self.query("#main"), self.query("#side-slot")
        if self.query("#side-panel") or not (self.is_attached and main and slot):
            return  # already there, or the app is closing
        panel = SidePanel(self.reader_app.explainer, id="side-panel")
        panel.display = False
        await main.first().mount(panel, before=slot.first())
        if panel.is_attached:
            await self._show_side_panel()

    async def action_toggle_side_panel(self) -> None:
        self.side_panel_open = not self.side_panel_shown
        await self._show_side_panel()
        self.call_after_refresh(self._scrolled)

    @on(SectionView.Answered)
    async def _answered(self) -> None:
        """What the screen kept back is in view now: the panel lists its terms too."""
        await self._show_side_panel()
