"""The path the reader took, as a breadcrumb that keeps its newest end visible."""

from __future__ import annotations

from textual.widgets import Static

from ..text import plain

SEPARATOR = " > "
ELLIPSIS = "... > "


def breadcrumb_text(titles: list[str], width: int) -> str:
    """Titles joined oldest to newest, dropping the oldest until it fits the width.

    One pass from the newest end, so a long path costs time in proportion to its length.
    """
    if not titles:
        return ""
    total = sum(map(len, titles)) + len(SEPARATOR) * (len(titles) - 1)
    if total <= width or len(titles) == 1:
        text = SEPARATOR.join(titles)
    else:
        first = len(titles) - 1
        length = len(ELLIPSIS) + len(titles[first])
        while first > 1 and length + len(SEPARATOR) + len(titles[first - 1]) <= width:
            first -= 1
            length += len(SEPARATOR) + len(titles[first])
        text = ELLIPSIS + SEPARATOR.join(titles[first:])
    if len(text) > width > 3:
        text = text[: width - 3] + "..."
    return text


class Breadcrumb(Static):
    """Re-fits itself when the terminal is resized."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.titles: list[str] = []

    def show(self, titles: list[str]) -> None:
        self.titles = titles
        self._refit()

    def on_resize(self) -> None:
        self._refit()

    def _refit(self) -> None:
        width = max(self.size.width - 2, 10) if self.size.width else 78
        self.update(plain(breadcrumb_text(self.titles, width)))
