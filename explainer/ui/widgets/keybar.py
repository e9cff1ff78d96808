"""A one-line bar of the screen's keys, drawn once.

Textual's Footer recomposes whenever focus moves, which on the reader (new buttons for
every section) cost about 150 ms a screen; these keys never change, so a static line will do.
"""

from __future__ import annotations

from textual.binding import Binding
from textual.content import Content
from textual.widgets import Static


def keybar_content(bindings: list[Binding]) -> Content:
    """'key description' pairs, keys in the footer key style."""
    parts: list[Content] = []
    for binding in bindings:
        if not binding.show:
            continue
        key = binding.key_display or binding.key.split(",")[0]
        parts.append(Content.styled(f" {key} ", "bold $footer-key-foreground"))
        parts.append(Content(f"{binding.description} "))
    return Content("").join(parts)


class KeyBar(Static):
    """The keys that matter on this screen, never recomputed."""

    def __init__(self, bindings: list[Binding], *, id: str | None = None) -> None:
        super().__init__(keybar_content(bindings), id=id)
