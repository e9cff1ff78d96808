"""The keys: every key of this mode, in words, in one compact list (derived from the bindings)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Footer, Static

from ...core.evidence import legend_lines
from ..styles import styles_beside
from ..text import plain
from .modal import OnceModal


def keys_text(rows: list[tuple[str, str]], section_id: str) -> str:
    """The keys of this mode (from the bindings), where the reader is by id, then the marks."""
    width = max(len(key) for key, _ in rows) + 3
    lines = ["Esc closes this list. Nothing you do here is sent anywhere.", ""]
    lines += [f"{key:<{width}}{meaning}" for key, meaning in rows]
    lines += ["", f"This section's id: {section_id} (for explainer print, export or --start)."]
    return "\n".join(lines) + "\n\n" + marks_text()


def marks_text() -> str:
    """What the evidence marks and citation numbers mean (a part of its own, after the keys)."""
    lines = ["Marks beside a claim:", *(f"  {line}" for line in legend_lines())]
    lines.append("Numbers like [1] point to the sources at the foot of the screen.")
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
