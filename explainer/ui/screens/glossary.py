"""The glossary: terms A-Z under letter headings on the left, the highlighted term's definition,
and the sections that use it, on the right."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from ...core.citations import numbered_apart
from ...core.document import escape
from ...core.explainer import Explainer
from ...core.model import GlossaryEntry
from .. import glyphs
from ..styles import styles_beside
from ..text import plain
from ..widgets.body import Body
from .modal import OnceModal


def letter(term: str) -> str:
    """The heading a term is listed under: its first letter, or 0-9 for a digit or sign."""
    first = glyphs.text(term)[:1].upper()
    return first if first.isalpha() else "0-9"


def with_letters(entries: list[GlossaryEntry]) -> list[Option]:
    """Options for entries (sorted), each new first letter preceded by a disabled heading the cursor skips."""
    options: list[Option] = []
    for i, entry in enumerate(entries):
        heading = letter(entry.term)
        if not options or letter(entries[i - 1].term) != heading:
            options.append(Option(plain(heading), id=f"letter-{heading}", disabled=True))
        options.append(Option(plain(entry.term), id=str(i)))
    return options


def plain_options(entries: list[GlossaryEntry]) -> list[Option]:
    """Options for a short list (the terms on one screen), where letter headings would be clutter."""
    return [Option(plain(entry.term), id=str(i)) for i, entry in enumerate(entries)]


LETTERS_FROM = 10
"""A list of this many terms or more gets letter headings."""


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
            options = with_letters(self.entries) if len(self.entries) >= LETTERS_FROM else plain_options(self.entries)
            yield OptionList(*options, id="terms")
            with VerticalScroll(id="definition-box"):
                yield Static(id="term-title")
                yield Body("", self.explainer, classes="body definition")
                yield Static(id="term-used-in")
        yield Footer()

    def on_mount(self) -> None:
        terms = self.query_one(OptionList)
        terms.focus()
        terms.action_first()  # the first term, past its letter
        self._show(0)

    @on(OptionList.OptionHighlighted)
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id is not None and event.option.id.isdigit():
            self._show(int(event.option.id))

    def _show(self, index: int) -> None:
        if not 0 <= index < len(self.entries):
            return
        entry = self.entries[index]
        also = f" (also: {', '.join(entry.aliases)})" if entry.aliases else ""
        self.query_one("#term-title", Static).update(plain(entry.term + also))
        long, listed = numbered_apart(entry.long, self.explainer.sources) if entry.long else ("", [])
        sources = "".join(f"\n{n}. {escape(name)}" for n, name in listed)
        text = entry.short + (f"\n\n{long}" if long else "") + (f"\n\nSources:\n{sources}" if listed else "")
        self.query_one(".definition", Body).update(text)
        used = self.explainer.used_in(entry)
        self.query_one("#term-used-in", Static).update(plain(f"Used in: {'; '.join(used)}" if used else ""))

    @on(Body.LinkClicked)
    def _no_links(self, event: Body.LinkClicked) -> None:
        event.stop()

    def action_close(self) -> None:
        self.dismiss(None)
