"""Textual's command palette, with page keys that cannot crash it.

Two crashes of Textual 8.2.8's palette, found by the pty key fuzz, are closed here until
they are fixed upstream:
- a page key that arrives before the results are laid out raises KeyError in
  OptionList._move_page; the page keys here skip a move the list cannot make yet;
- typing that is still queued when the palette closes starts a search on the removed
  screen (NoMatches for CommandList in a worker); a closed palette starts no search.
"""

from __future__ import annotations

import contextlib

from textual import events, on
from textual.binding import Binding
from textual.command import CommandList, CommandPalette, SearchIcon
from textual.widgets import Input

from . import glyphs


class Palette(CommandPalette):
    """The command palette; page up and down are no-ops until the results are drawn."""

    BINDINGS = [
        Binding("pagedown", "page(1)", "Next page", show=False),
        Binding("pageup", "page(-1)", "Previous page", show=False),
    ]

    def action_page(self, direction: int) -> None:
        commands = self.query_one(CommandList)
        with contextlib.suppress(KeyError):  # the Textual bug above: no lines laid out yet
            if direction > 0:
                commands.action_page_down()
            else:
                commands.action_page_up()

    @on(Input.Changed)
    def _no_search_once_closed(self, event: Input.Changed) -> None:
        if not self.is_active:
            event.stop()
            event.prevent_default()  # the palette's own handler would search a removed screen

    def on_mount(self, event: events.Mount) -> None:
        if not self.is_active:  # closed before it was shown
            event.prevent_default()
        elif glyphs.active().ascii:
            self.query_one(SearchIcon).icon = ">"  # Textual's is an emoji
