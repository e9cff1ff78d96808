"""The side panel beside the reading column: terms on this screen, its sources, where you are.

What a web page cannot show beside its text. Shown from WIDE columns up (ReaderScreen),
folded behind a key below that. Imported when first shown, so a narrow first screen
never pays for it.
"""

from __future__ import annotations

from collections.abc import Container, Iterable

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from ...core.citations import short_name
from ...core.explainer import Explainer
from ...core.model import Section
from .. import glyphs
from ..styles import styles_beside
from ..text import plain
from .sources import body_lists_them

PROGRESS_CELLS = 10
"""The width of the seen/total bar, in cells."""


def numbered_sources(section: Section, explainer: Explainer) -> list[tuple[int, str]]:
    """This screen's sources as (number, short name), numbered as the citations in its text are."""
    return [(n, short_name(source)) for n, source in enumerate(explainer.screen_sources(section), start=1)]


def branch_progress(section: Section, explainer: Explainer, seen: Container[str]) -> tuple[str, int, int]:
    """(branch, seen, total) for the section's branch."""
    members = [s.id for s in explainer.content.sections if s.branch == section.branch]
    return section.branch or "All sections", sum(1 for s in members if s in seen), len(members)


def progress_bar(seen: int, total: int, cells: int = PROGRESS_CELLS) -> str:
    """'▰▰▰▱▱▱▱▱▱▱': filled cells for the share seen (at least one once anything is seen)."""
    filled = 0 if total <= 0 or seen <= 0 else max(1, round(cells * min(seen, total) / total))
    table = glyphs.active()
    return table.progress_full * filled + table.progress_empty * (cells - filled)


def _heading(text: str) -> Static:
    return Static(plain(text.upper()), classes="rail-heading")


class SidePanel(VerticalScroll):
    """Filled again for every section by show(); each part hides when it has nothing."""

    DEFAULT_CSS = styles_beside(__file__)
    SCOPED_CSS = False

    def __init__(self, explainer: Explainer, *, id: str | None = None) -> None:
        super().__init__(id=id, can_focus=False)
        self.explainer = explainer

    def compose(self) -> ComposeResult:
        yield _heading("Where you are")
        yield Static(id="rail-where", classes="rail-text")
        yield _heading("Terms on this screen")
        yield Static(id="rail-terms", classes="rail-text")
        yield _heading("Sources")
        yield Static(id="rail-sources", classes="rail-text")

    def show(self, section: Section, seen: Container[str], texts: Iterable[str]) -> None:
        """Fill it for this section; its terms are those marked in `texts`, what the screen shows now."""
        if len(self.query(".rail-text")) < 3:
            return  # its parts are being taken down: the app is closing (seen in tests that quit at once)
        branch, done, total = branch_progress(section, self.explainer, seen)
        self.query_one("#rail-where", Static).update(
            Content.assemble(
                (branch, "bold"), "\n", (progress_bar(done, total), "$text-primary"), f" {done}/{total} seen"
            )
        )
        entries = self.explainer.marked_entries(texts)
        terms = Content("\n").join(
            Content.assemble((entry.term, "bold $text-primary"), "\n", (entry.short, "$text-muted"))
            for entry in entries
        )
        self._part("#rail-terms", terms, 1)
        listed = (
            []
            if body_lists_them(section, self.explainer.source_numbers(section))
            else numbered_sources(section, self.explainer)
        )  # the body is the list (about-sources): not twice
        sources = Content("\n").join(Content.assemble((f"{number} ", "bold"), name) for number, name in listed)
        self._part("#rail-sources", sources, 2)

    def _part(self, selector: str, content: Content, heading_index: int) -> None:
        """Show a part and its heading only when it has something to say."""
        widget = self.query_one(selector, Static)
        widget.update(content)
        widget.display = bool(content.plain)
        self.query(".rail-heading")[heading_index].display = bool(content.plain)
