"""The keys: every key of this mode, grouped (Move / Read / Present / Help), derived from the bindings."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, VerticalScroll
from textual.widgets import Footer, Static

from ...core.evidence import LEVELS, legend_lines
from .. import glyphs
from ..styles import styles_beside
from ..text import plain
from .modal import OnceModal

Groups = list[tuple[str, list[tuple[str, str]]]]


def marks_text() -> str:
    """What the evidence marks and citation numbers mean (a part of its own, after the keys)."""
    lines = ["Marks beside a claim:", *(f"  {line}" for line in legend_lines())]
    rules = glyphs.active().level_rules
    shapes = ", ".join(f"{rules[level.id]} {level.words.lower()}" for level in LEVELS.values())
    lines.append(f"Rules beside paragraphs and steps mean the same: {shapes}.")
    lines.append("Numbers like [1] point to the sources at the foot of the screen.")
    return "\n".join(lines)


class KeysScreen(OnceModal[None]):
    """Closed by Esc, ? or q. Keys and their meanings in a two-column grid, so a long meaning
    wraps under itself and never back under the keys."""

    DEFAULT_CSS = styles_beside(__file__)
    SCOPED_CSS = False

    BINDINGS = [Binding("escape,question_mark,q", "close", "Close")]

    def __init__(self, groups: Groups, section_id: str) -> None:
        super().__init__()
        self.groups = groups
        self.section_id = section_id

    def compose(self) -> ComposeResult:
        table = glyphs.active()
        box = VerticalScroll(id="keys-box", classes="modal-box")
        box.border_title = plain("Keys")
        box.border_subtitle = plain(f"{table.up_down} scroll{table.dot}esc close")
        with box:
            yield Static(plain("Nothing you do here is sent anywhere."), id="keys-intro")
            with Grid(id="keys-grid"):
                for heading, rows in self.groups:
                    yield Static(plain(heading), classes="keys-heading")
                    for key, meaning in rows:
                        yield Static(plain(key), classes="keys-key")
                        yield Static(plain(meaning), classes="keys-meaning")
            yield Static(
                plain(f"This section's id: {self.section_id} (for explainer print, export or --start)."),
                id="keys-section-id",
            )
            yield Static(plain(marks_text()), id="keys-marks")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#keys-box").focus()

    def action_close(self) -> None:
        self.dismiss(None)
