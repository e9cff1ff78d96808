"""When what a terminal shows last changed: a program's output replayed through a terminal emulator.

Textual may repaint a screen that looks the same (a second layout pass after sizes settle), so
the last byte a program writes is not when the reader's screen was complete. Replaying the
output through pyte, after the timing is over, tells the frames that changed something apart
from those that did not, without slowing the reading that takes the times.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyte

Cell = tuple[str, str, str, bool, bool, bool, bool]


class ScreenChanges:
    """A terminal of one size, fed a program's output in order."""

    def __init__(self, size: tuple[int, int]) -> None:
        columns, rows = size
        self.screen = pyte.Screen(columns, rows)
        self.stream = pyte.ByteStream(self.screen)
        self.shown = self._cells()

    def _cells(self) -> list[list[Cell]]:
        """Every cell's character and look: a change of colour alone (a focus moving) is a change too."""
        buffer = self.screen.buffer
        return [
            [
                (cell.data, cell.fg, cell.bg, cell.bold, cell.italics, cell.underscore, cell.reverse)
                for cell in (buffer[row][column] for column in range(self.screen.columns))
            ]
            for row in range(self.screen.lines)
        ]

    def last_change(self, arrivals: Iterable[tuple[float, bytes]]) -> float | None:
        """Feed these (time, bytes) in order; the time of the last one that changed the screen, if any did."""
        last = None
        for arrived, chunk in arrivals:
            self.stream.feed(chunk)
            cells = self._cells()
            if cells != self.shown:
                last, self.shown = arrived, cells
        return last
