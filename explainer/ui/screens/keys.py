"""The keys: every key the reader can press, in words, in one compact list."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Footer, Static

from ..styles import styles_beside
from ..text import plain
from .modal import OnceModal

KEYS = [
    ("1 to 9", "pick a choice"),
    ("up, down, Enter", "move between choices and pick one"),
    ("Esc, Backspace", "back to where you were"),
    ("f", "forward again (after going back)"),
    ("h, Home", "back to the topics"),
    ("m", "map of every section; Enter jumps there"),
    ("g", "the glossary terms on this screen"),
    ("G", "the whole glossary"),
    ("!", "help now, from anywhere"),
    ("ctrl+p", "search sections and glossary terms"),
    ("r", "remember your place on this computer (on/off)"),
    ("Page Up, Page Down", "scroll a long section"),
    ("?", "this list"),
    ("q, ctrl+q", "quit"),
]


def keys_text() -> str:
    width = max(len(key) for key, _ in KEYS) + 3
    lines = [f"{key:<{width}}{meaning}" for key, meaning in KEYS]
    lines += ["", "Nothing you do here is sent anywhere. Esc closes this list."]
    return "\n".join(lines)


class KeysScreen(OnceModal[None]):
    """Closed by Esc, ? or q."""

    DEFAULT_CSS = styles_beside(__file__)
    SCOPED_CSS = False

    BINDINGS = [Binding("escape,question_mark,q", "close", "Close")]

    def compose(self) -> ComposeResult:
        box = VerticalScroll(id="keys-box")
        box.border_title = plain("Keys")
        with box:
            yield Static(plain(keys_text()), id="keys")
        yield Footer()

    def action_close(self) -> None:
        self.dismiss(None)
