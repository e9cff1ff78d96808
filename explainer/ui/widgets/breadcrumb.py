"""Where the reader is, as a location (branch › section), fitted to the width.

A location rather than a history: Esc and f keep the history, the breadcrumb says where
this screen sits. Ancestors are muted, the current screen in full-strength text.
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from .. import glyphs


def breadcrumb_text(titles: list[str], width: int) -> str:
    """Titles joined outermost to current, dropping the outermost until it fits the width.

    One pass from the current end, so a long path costs time in proportion to its length.
    """
    if not titles:
        return ""
    separator, ellipsis = glyphs.active().crumb, glyphs.active().ellipsis
    titles = [glyphs.text(title) for title in titles]
    total = sum(map(len, titles)) + len(separator) * (len(titles) - 1)
    if total <= width or len(titles) == 1:
        text = separator.join(titles)
    else:
        first = len(titles) - 1
        length = len(ellipsis) + len(separator) + len(titles[first])
        while first > 1 and length + len(separator) + len(titles[first - 1]) <= width:
            first -= 1
            length += len(separator) + len(titles[first])
        text = ellipsis + separator + separator.join(titles[first:])
    if len(text) > width > 1:
        text = text[: width - len(ellipsis)] + ellipsis
    return text


def breadcrumb_content(titles: list[str], width: int) -> Content:
    """The fitted text with everything before the current screen muted."""
    text = breadcrumb_text(titles, width)
    separator = glyphs.active().crumb
    current = text.rfind(separator)
    if current < 0:
        return Content.styled(text, "bold $text")
    start = current + len(separator)
    return Content.assemble((text[:start], "$text-muted"), (text[start:], "bold $text"))


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
        self.update(breadcrumb_content(self.titles, width))
