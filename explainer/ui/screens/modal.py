"""The base of every modal screen here: it closes once, and only while it is on top.

Keys typed faster than the screen changes (Enter Enter on the map, two keys on the blank
screen) are queued on the modal's widgets before its first dismiss takes effect. Textual's
`dismiss` pops whatever screen is on top, so a second one popped the reader beneath and
left a blank terminal. Every modal derives from this class so that cannot happen again.
"""

from __future__ import annotations

from typing import TypeVar

from textual.await_complete import AwaitComplete
from textual.screen import ModalScreen

ResultType = TypeVar("ResultType")


class OnceModal(ModalScreen[ResultType]):
    """A modal screen whose dismiss is a no-op once it has closed or when it is not the active screen."""

    _once_dismissed: bool = False

    def dismiss(self, result: ResultType | None = None) -> AwaitComplete:
        if self._once_dismissed or not self.is_active:
            return AwaitComplete.nothing()
        self._once_dismissed = True
        return super().dismiss(result)
