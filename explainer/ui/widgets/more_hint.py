"""The line under the reading area that says when there is more below the fold, and how to reach it."""

from __future__ import annotations

from collections.abc import Callable

from textual.content import Content
from textual.widget import Widget

from .. import glyphs
from ..text import plain


class MoreHint(Widget):
    """Worked out as it is drawn, from the sizes of the layout being painted.

    Kept on screen (blank when all of the text is in view), so that it never changes the
    layout: a hint set after the paint, or shown and hidden, took a second frame with the
    body one row shorter or longer. Its styles are in app.tcss (#more).
    """

    def __init__(
        self,
        rows_below: Callable[[], int],
        choices_follow: Callable[[], bool],
        primary_below: Callable[[], str | None],
        *,
        page_key: str = "PgDn",
        id: str,
    ) -> None:
        super().__init__(id=id)
        self._rows_below = rows_below
        self._choices_follow = choices_follow
        self._primary_below = primary_below
        self._page_key = page_key
        """The reader's key for a page down (their keymap's), as the hint names it."""

    @property
    def showing(self) -> bool:
        """Whether it says there is more: some of the screen is below the fold."""
        return self._rows_below() >= 1

    def render(self) -> Content:
        if not self.showing:
            return Content("")
        table = glyphs.active()
        choices = f"{table.dot}the choices follow" if self._choices_follow() else ""
        room = (self.size.width or 80) - 4
        arrow, page = table.arrow_down, self._page_key
        texts = [
            f"{arrow} More below: {page} to scroll{choices}",
            f"{arrow} More below: {page} to scroll",
            f"{arrow} More: {page}",
        ]
        primary = self._primary_below()
        if primary:  # the first screen's way in is below the fold: name it, and the key that takes it
            enter = "Enter" if table.ascii else f"{table.enter} Enter"
            texts[:0] = [
                f"{arrow} More below: {page}{table.dot}{enter}: {primary}",
                f"{arrow} {page}{table.dot}{enter}: {primary}",
            ]
        return plain(next((text for text in texts if len(text) <= room), texts[-1]))
