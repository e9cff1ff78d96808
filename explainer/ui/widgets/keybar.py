"""A one-line bar of the screen's keys, fitted to its width by a fixed priority.

Textual's Footer recomposes whenever focus moves, which on the reader (new buttons for
every section) cost about 150 ms a screen; these keys never change, so a static line will do.
When the line is too long, keys drop in the reverse of bindings.KEYBAR_PRIORITY: help now,
keys and quit always stay. Help now is not one key among the others: it is a chip of its
own style at the right, behind a separator, the way Textual's demo sets its palette key apart.
"""

from __future__ import annotations

from textual import events
from textual.binding import Binding
from textual.content import Content
from textual.style import Style
from textual.widgets import Static

from .. import glyphs
from ..bindings import KEYBAR_PRIORITY

HELP_NOW = "help-now"


def _pair(binding: Binding) -> tuple[str, str]:
    return binding.key_display or binding.key.split(",")[0], binding.description


def fitted(bindings: list[Binding], width: int, priority: list[str] = KEYBAR_PRIORITY, keep: int = 3) -> list[Binding]:
    """The shown bindings that fit in width, dropping the lowest priority first (never the first
    `keep` of them); order kept."""
    shown = [b for b in bindings if b.show]
    rank = {binding_id: n for n, binding_id in enumerate(priority)}
    by_priority = sorted(shown, key=lambda b: rank.get(b.id or "", len(rank)))
    while by_priority and _length(shown) > width and len(by_priority) > keep:
        dropped = by_priority.pop()
        shown.remove(dropped)
    return shown


def _length(bindings: list[Binding]) -> int:
    """Cells the keys take: ' key description ' each, the help chip with its separator."""
    return sum(len(_chip(b)) + 2 if b.id == HELP_NOW else _key_length(b) for b in bindings)


def _key_length(binding: Binding) -> int:
    key, description = _pair(binding)
    return len(key) + 2 + len(description) + 1


def _chip(binding: Binding) -> str:
    key, description = _pair(binding)
    return f" {key} {description} "


CARE_PRIORITY = ["help-now", "keys", "quit", "back", "choose"]
"""On the care card the way back is kept too: only the way on to further help may go."""


def care_fitted(alternatives: list[list[Binding]], width: int) -> list[Binding]:
    """The first of the care card's key sets (long words first) that fits whole, else the last, fitted."""
    for bindings in alternatives:
        if _length(bindings) <= width:
            return bindings
    return fitted(alternatives[-1], width, CARE_PRIORITY, keep=4)


def keybar_content(
    bindings: list[Binding], width: int = 10_000, chip_style: Style | str = "bold", *, fit: bool = True
) -> Content:
    """'key description' pairs, keys in the footer key style, as many as fit; help now at the right."""
    keys: list[Content] = []
    chip: Content | None = None
    for binding in fitted(bindings, width) if fit else bindings:
        if binding.id == HELP_NOW:
            chip = Content.styled(_chip(binding), chip_style)
            continue
        key, description = _pair(binding)
        keys.append(Content.styled(f" {key} ", "bold $footer-key-foreground"))
        keys.append(Content(f"{description} "))
    left = Content("").join(keys)
    if chip is None:
        return left
    gap = max(1, width - left.cell_length - chip.cell_length - 1) if width < 10_000 else 1
    return Content.assemble(left, " " * gap, (glyphs.active().separator, "$footer-foreground"), chip)


class KeyBar(Static):
    """The keys that matter on this screen, refitted only when its width or its keys change."""

    COMPONENT_CLASSES = {"keybar--help-now"}
    """The help-now chip's own style (app.tcss), so no theme or NO_COLOR leaves it like the other keys."""

    def __init__(self, bindings: list[Binding], *, id: str | None = None) -> None:
        super().__init__(keybar_content(bindings), id=id)
        self.bindings = bindings

    care_keys: list[list[Binding]] | None = None
    """The care card's key sets, longest words first (reader.py); None: the screen's own keys."""

    def show_only(self, alternatives: list[list[Binding]] | None) -> None:
        """Show the first of these key sets that fits (the care card); None: the screen's own keys again."""
        if alternatives != self.care_keys:
            self.care_keys = alternatives
            self._refit(self.size.width)

    def on_mount(self) -> None:
        self.watch(self.app, "theme", self._theme_changed, init=False)

    def _theme_changed(self) -> None:
        """The chip's colours come from the theme: draw it again once the new styles apply."""
        self.call_after_refresh(self._refit, self.size.width)

    def on_resize(self, event: events.Resize) -> None:
        self._refit(event.size.width)

    def _refit(self, width: int) -> None:
        if not width:
            return
        # the rich style: Widget.get_visual_style leaves out reverse, which NO_COLOR needs here
        chip_style = Style.from_rich_style(self.get_component_rich_style("keybar--help-now"))
        if self.care_keys:
            self.update(keybar_content(care_fitted(self.care_keys, width), width, chip_style, fit=False))
        else:
            self.update(keybar_content(self.bindings, width, chip_style))
