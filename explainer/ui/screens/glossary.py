"""The glossary: terms on the left, the highlighted term's definition on the right."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from ...core.citations import named
from ...core.explainer import Explainer
from ...core.model import GlossaryEntry
from .. import glyphs
from ..styles import styles_beside
from ..text import plain
from ..widgets.body import Body
from .modal import OnceModal


class GlossaryScreen(OnceModal[None]):
    """A list of entries (all, or those on the current screen) with their definitions."""

    DEFAULT_CSS = styles_beside(__file__)
    SCOPED_CSS = False

    BINDINGS = [Binding("escape,q,g,G", "close", "Close")]

    def __init__(self, entries: list[GlossaryEntry], explainer: Explainer, title: str = "Glossary") -> None:
        super().__init__()
        self.entries = sorted(entries, key=lambda entry: entry.term.casefold())
        self.explainer = explainer
        self.heading = title

    def compose(self) -> ComposeResult:
        box = Vertical(id="glossary-box", classes="modal-box")
        box.border_title = plain(self.heading)
        box.border_subtitle = plain(f"{glyphs.active().up_down} browse{glyphs.active().dot}esc close")
        with box, Horizontal():
            yield OptionList(*(Option(plain(e.term), id=str(i)) for i, e in enumerate(self.entries)), id="terms")
            with VerticalScroll(id="definition-box"):
                yield Static(id="term-title")
                yield Body("", self.explainer, classes="body definition")
        yield Footer()

    def on_mount(self) -> None:
        terms = self.query_one(OptionList)
        terms.focus()
        terms.highlighted = 0
        self._show(0)

    @on(OptionList.OptionHighlighted)
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self._show(event.option_index)

    def _show(self, index: int) -> None:
        if not 0 <= index < len(self.entries):
            return
        entry = self.entries[index]
        also = f" (also: {', '.join(entry.aliases)})" if entry.aliases else ""
        self.query_one("#term-title", Static).update(plain(entry.term + also))
        long = named(entry.long, self.explainer.sources) if entry.long else ""
        text = entry.short + (f"\n\n{long}" if long else "")
        self.query_one(".definition", Body).update(text)

    @on(Body.LinkClicked)
    def _no_links(self, event: Body.LinkClicked) -> None:
        event.stop()

    def action_close(self) -> None:
        self.dismiss(None)
