"""The keys: every key of this mode, in words, in one compact list (derived from the bindings)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Footer, Static

from ..styles import styles_beside
from ..text import plain
from .modal import OnceModal


def keys_text(rows: list[tuple[str, str]], section_id: str) -> str:
    """The keys of this mode (from the bindings), then where the reader is, by id."""
    width = max(len(key) for key, _ in rows) + 3
    lines = [f"{key:<{width}}{meaning}" for key, meaning in rows]
    lines += [
        "",
        f"This section's id: {section_id} (for explainer print, export or --start).",
        "Nothing you do here is sent anywhere. Esc closes this list.",
    ]
    return "\n".join(lines)


class KeysScreen(OnceModal[None]):
    """Closed by Esc, ? or q."""

    DEFAULT_CSS = styles_beside(__file__)
    SCOPED_CSS = False

    BINDINGS = [Binding("escape,question_mark,q", "close", "Close")]

    def __init__(self, rows: list[tuple[str, str]], section_id: str) -> None:
        super().__init__()
        self.rows = rows
        self.section_id = section_id

    def compose(self) -> ComposeResult:
        box = VerticalScroll(id="keys-box")
        box.border_title = plain("Keys")
        with box:
            yield Static(plain(keys_text(self.rows, self.section_id)), id="keys")
        yield Footer()

    def action_close(self) -> None:
        self.dismiss(None)
