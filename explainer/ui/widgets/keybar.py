"""A one-line bar of the screen's keys, fitted to its width by a fixed priority.

Textual's Footer recomposes whenever focus moves, which on the reader (new buttons for
every section) cost about 150 ms a screen; these keys never change, so a static line will do.
When the line is too long, keys drop in the reverse of bindings.KEYBAR_PRIORITY: help now,
keys and quit always stay.
"""

from __future__ import annotations

from textual import events
from textual.binding import Binding
from textual.content import Content
from textual.widgets import Static

from ..bindings import KEYBAR_PRIORITY


def _pair(binding: Binding) -> tuple[str, str]:
    return binding.key_display or binding.key.split(",")[0], binding.description


def fitted(bindings: list[Binding], width: int) -> list[Binding]:
    """The shown bindings that fit in width, dropping the lowest priority first; order kept."""
    shown = [b for b in bindings if b.show]
    rank = {binding_id: n for n, binding_id in enumerate(KEYBAR_PRIORITY)}
    by_priority = sorted(shown, key=lambda b: rank.get(b.id or "", len(rank)))
    while by_priority and _length(shown) > width and len(by_priority) > 3:
        dropped = by_priority.pop()
        shown.remove(dropped)
    return shown


def _length(bindings: list[Binding]) -> int:
    return sum(len(key) + 2 + len(description) + 1 for key, description in map(_pair, bindings))


def keybar_content(bindings: list[Binding], width: int = 10_000) -> Content:
    """'key description' pairs, keys in the footer key style, as many as fit."""
    parts: list[Content] = []
    for binding in fitted(bindings, width):
        key, description = _pair(binding)
        parts.append(Content.styled(f" {key} ", "bold $footer-key-foreground"))
        parts.append(Content(f"{description} "))
    return Content("").join(parts)


class KeyBar(Static):
    """The keys that matter on this screen, refitted only when its width changes."""

    def __init__(self, bindings: list[Binding], *, id: str | None = None) -> None:
        super().__init__(keybar_content(bindings), id=id)
        self.bindings = bindings

    def on_resize(self, event: events.Resize) -> None:
        self.update(keybar_content(self.bindings, event.size.width))
