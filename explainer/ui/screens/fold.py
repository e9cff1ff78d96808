"""What keeps the reader's screen whole: a change painted in one frame, the Next block folded
on a short screen that overflows, and the more-below hint. A base of ReaderScreen."""

from __future__ import annotations

import asyncio

from textual.containers import VerticalScroll
from textual.screen import Screen

from ..widgets.choices import ChoiceButton, ChoiceList
from ..widgets.more_hint import MoreHint

FOLD_BELOW = 30
"""Below this many rows, the Next block folds when the screen overflows (ChoiceList.fold)."""


class FoldAndHint(Screen[None]):
    """The reader screen's parts that depend on the layout being painted."""

    @staticmethod
    async def _settle() -> None:
        """Give the changed widgets a few turns of the event loop to send the screen their layout requests.

        Each widget sends them from its own task when it next falls idle. Without this, the batch
        ended first and the screen painted a torn frame (new texts in the old layout), then laid
        out one or two 60 Hz ticks later: a key took three frames to show the next screen. Measured
        in a traced pty at 160x50, all of them are in after one turn; three leave a margin.
        """
        for _ in range(3):
            await asyncio.sleep(0)

    welcome = False
    """Showing the first screen: the title is a band and the breadcrumb goes (app.tcss)."""
    care = False
    """Showing the care card: nothing but the card and the way back (app.tcss)."""

    # nothing silently cut off --------------------------------------------------------

    def _scrolled(self, _: object = None) -> None:
        """Fold the Next block where it must, and say when there is more below the fold (the hint
        works it out as it is drawn)."""
        if not self.query("#view"):
            return  # the app is closing
        self._fit_choices()
        self._refresh_hint()

    def _refresh_hint(self) -> None:
        for hint in self.query(MoreHint):
            hint.refresh()

    def _rows_below(self) -> int:
        """Rows of this screen below the fold, from the layout being painted."""
        bodies = self.query("#body")
        if not (bodies and self.query("#column")):
            return 0  # the app is closing
        return self._below() - round(bodies.first(VerticalScroll).scroll_y)

    def _choices_follow(self) -> bool:
        return any(choices.display for choices in self.query(ChoiceList))

    def _primary_below(self) -> str | None:
        """The first screen's primary action when it is not in view (its label), for the hint to name."""
        buttons, bodies, lists = self.query("#choices .primary"), self.query("#body"), self.query(ChoiceList)
        if not (self.welcome and buttons and bodies and lists):
            return None
        button = buttons.first(ChoiceButton)
        if button.display and bodies.first().region.contains_region(button.region):
            return None  # in view
        return lists.first().primary_label

    def _fit_choices(self) -> None:
        """On a short terminal, fold the Next block when the section and its choices overflow the body.

        Run after each layout (from _scrolled). Measured with every choice shown: a new section
        or size unfolds them first; once folded, or unfolded by the reader, the block stays so
        until then.
        """
        if (self.size.height or 24) >= FOLD_BELOW:
            return
        choices = self.query_one(ChoiceList)
        if not choices.may_fold:
            return
        if self._below() > 0:
            choices.fold()

    def _below(self) -> int:
        """Rows of the column below the body's view when scrolled to the top; the blank after the
        Next block does not count (nothing is cut off when only it is).

        From the column's own height: the scroll container's sizes lag a layout behind.
        """
        body = self.query_one("#body", VerticalScroll)
        choices = self.query_one(ChoiceList)
        blank = choices.styles.margin.bottom if choices.display else 0
        return self.query_one("#column").outer_size.height - blank - body.scrollable_content_region.height
