"""The sources of the current screen in full: numbered as its citations, with full citations and notes."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Footer, Static

from ...core.citations import full_citation
from ...core.model import Source
from ..styles import styles_beside
from ..text import plain


def sources_text(sources: list[Source]) -> str:
    lines = []
    for number, source in enumerate(sources, start=1):
        lines.append(f"[{number}] {full_citation(source)}")
        if source.kind == "reference":
            lines.append("    A primary reference (added context).")
        if source.note:
            lines.append(f"    {source.note}")
        lines.append("")
    return "\n".join(lines).rstrip() or "This screen cites no sources."


class SourcesScreen(ModalScreen[None]):
    """Closed by Esc, s or q."""

    DEFAULT_CSS = styles_beside(__file__)
    SCOPED_CSS = False

    BINDINGS = [Binding("escape,s,q", "close", "Close")]

    def __init__(self, title: str, sources: list[Source]) -> None:
        super().__init__()
        self.box_title = title
        self.sources = sources

    def compose(self) -> ComposeResult:
        box = VerticalScroll(id="sources-box")
        box.border_title = plain(self.box_title)
        with box:
            yield Static(plain(sources_text(self.sources)), id="sources-full")
        yield Footer()

    def action_close(self) -> None:
        self.dismiss(None)
