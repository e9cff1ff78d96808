"""The reader: the current section, its sources and choices, the breadcrumb and status."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast

from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical, VerticalScroll
from textual.events import Resize
from textual.screen import Screen
from textual.widgets import Static

from ...core.evidence import LEGEND, has_levels
from ...core.model import Page, Section
from ..bindings import READER_BINDINGS, reader_bindings_in
from ..text import glossary_entry, plain
from ..widgets.ask_line import AskLine
from ..widgets.body import Body
from ..widgets.breadcrumb import Breadcrumb
from ..widgets.choices import ChoiceList
from ..widgets.keybar import KeyBar
from ..widgets.notes_panel import NotesPanel
from ..widgets.page import PageView
from ..widgets.plain_button import PlainButton
from ..widgets.section_view import view_for
from ..widgets.sources import SourcesLine
from ..widgets.status import StatusLine, status_text

if TYPE_CHECKING:
    from ...core.diagnostics import Diagnostic
    from ..app import ExplainerApp

NARROW = 100
"""Below this many columns, compare sections stack their sides."""
SHORT = 20
"""Below this many rows, the breadcrumb gives its line to the section."""
TINY = 14
"""Below this many rows, the footer goes too; the status line keeps ! and ?."""


class ReaderScreen(Screen[None]):
    """Shows app.section_id; every key here moves through the reader's history."""

    _stale_view = False

    BINDINGS: ClassVar[list[BindingType]] = [*READER_BINDINGS]

    def compose(self) -> ComposeResult:
        yield Breadcrumb(id="breadcrumb")
        if self.reader_app.watch_path is not None:
            from ..widgets.problems import ProblemsPanel  # only authors with --watch need it

            yield ProblemsPanel(id="problems")
        with VerticalScroll(id="body", can_focus=False):
            yield Static(id="title")
            yield Vertical(id="view")
            yield Static(id="legend")
            yield SourcesLine(id="sources")
            yield AskLine(id="ask")
        if self.reader_app.present:
            yield NotesPanel(self.reader_app.explainer, id="notes")
        yield ChoiceList(id="choices")
        yield StatusLine(id="status")
        yield KeyBar(reader_bindings_in(self.reader_app.mode_allows), id="keybar")

    @property
    def reader_app(self) -> ExplainerApp:
        return cast("ExplainerApp", self.app)

    def on_mount(self) -> None:
        self.watch(self.app, "section_id", self.show_section)

    async def show_section(self, section_id: str) -> None:
        app = self.reader_app
        section = app.explainer.sections.get(section_id)
        if section is None or not self.query_one("#view").is_attached or app.return_code is not None:
            return  # unknown id, or the app is closing before its first paint
        with app.batch_update():  # one layout and one paint for the whole change
            self.query_one("#title", Static).update(plain(section.title))
            await self._show_view(section)
            legend = self.query_one("#legend", Static)
            legend.display = has_levels(section)
            if legend.display:
                legend.update(plain(LEGEND))
            self.query_one("#sources", SourcesLine).show(section, app.explainer)
            self.query_one(AskLine).show(section.ask, added=section.ask.strip() in app.questions)
            history = app.history
            self.query_one(ChoiceList).show(section.choices, seen=history.seen, known=app.explainer.sections)
            titles = [app.explainer.sections[s].title for s in history.trail if s in app.explainer.sections]
            self.query_one(Breadcrumb).show(titles if len(titles) > 1 else [app.explainer.content.meta.title])
            self.refresh_status()
            for panel in self.query(NotesPanel):
                panel.show(section)
            self.query_one("#body", VerticalScroll).scroll_home(animate=False)
            self.focus_first_choice()

    def show_problems(self, problems: list[Diagnostic]) -> None:
        """--watch: the last save's errors (and warnings) in a panel; hidden when there are none."""
        from ..widgets.problems import ProblemsPanel

        for panel in self.query(ProblemsPanel):
            panel.show(problems)

    def content_replaced(self) -> None:
        """--watch: new content; views built from the old one are rebuilt on the next show."""
        self._stale_view = True
        for panel in self.query(NotesPanel):
            panel.explainer = self.reader_app.explainer

    async def _show_view(self, section: Section) -> None:
        """Reuse the page view for pages; mount a fresh view for other kinds (they keep state)."""
        view = self.query_one("#view", Vertical)
        current = view.children[0] if view.children else None
        stale, self._stale_view = self._stale_view, False
        if (
            type(section) is Page
            and isinstance(current, PageView)
            and not (stale or section.icon_arrays or current.section.icon_arrays)
        ):
            current.show(section)
            return
        await view.remove_children()
        await view.mount(view_for(section, self.reader_app.explainer))

    def refresh_status(self) -> None:
        app = self.reader_app
        width = self.size.width or 80
        text = status_text(
            len(app.history.seen & app.explainer.sections.keys()),
            len(app.explainer.sections),
            app.explainer.content.meta.review_by,
            remembering=app.remembering,
            width=width - 2,
            keys_hint=self.has_class("tiny"),
            elapsed=app.elapsed if app.present else None,
            route=app.route_summary() if app.present else None,
            today=app.today,
        )
        self.query_one(StatusLine).update(plain(text))

    def focus_first_choice(self) -> None:
        """Focus the myth's guess if it is waiting, else the first choice."""
        guess = self.query(".guess PlainButton")
        if guess and not guess.first().disabled:
            guess.first().focus(scroll_visible=False)
        elif not self.query_one(ChoiceList).focus_first():
            self.set_focus(None)

    def toggle_notes(self) -> None:
        for panel in self.query(NotesPanel):
            panel.display = not panel.display

    def on_resize(self, event: Resize) -> None:
        self.set_class(event.size.width < NARROW, "narrow")
        self.set_class(event.size.height < SHORT, "short")
        self.set_class(event.size.height < TINY, "tiny")
        if self.reader_app.section_id:
            self.refresh_status()

    @on(ChoiceList.Chosen)
    def _chosen(self, event: ChoiceList.Chosen) -> None:
        self.reader_app.goto(event.target)

    def action_choose(self, number: int) -> None:
        targets = self.query_one(ChoiceList).targets
        if 1 <= number <= len(targets):
            self.reader_app.goto(targets[number - 1])
        else:
            self.app.bell()

    def action_add_question(self) -> None:
        """'a': this screen's question goes to My questions."""
        app = self.reader_app
        question = app.explainer.sections[app.section_id].ask.strip()
        if not question:
            self.notify("This screen has no suggested question. Press A to see My questions.")
            return
        if app.add_question(question):
            kept = "" if app.present or app.remembering else " It is kept until you quit (r saves it)."
            self.notify(f"Added to My questions (A shows them).{kept}")
        else:
            self.notify("That question is already in My questions (A shows them).")
        self.query_one(AskLine).show(question, added=True)

    def action_terms(self) -> None:
        app = self.reader_app
        section = app.explainer.sections[app.section_id]
        entries = app.explainer.marked_entries(text for _, text in section.texts())
        if not entries:
            self.notify("No glossary terms are marked on this screen. Press G for the whole glossary.")
            return
        app.show_glossary(entries, title="Terms on this screen")

    def action_sources(self) -> None:
        """Open this screen's sources in full."""
        from .sources import SourcesScreen

        app = self.reader_app
        section = app.explainer.sections[app.section_id]
        app.push_screen(SourcesScreen(f"Sources: {section.title}", app.explainer.screen_sources(section)))

    def action_scroll_body(self, direction: int) -> None:
        body = self.query_one("#body", VerticalScroll)
        if direction < 0:
            body.scroll_page_up()
        else:
            body.scroll_page_down()

    @on(Body.LinkClicked)
    def _link(self, event: Body.LinkClicked) -> None:
        event.stop()
        entry = glossary_entry(event.href, self.reader_app.explainer)
        if entry is not None:
            self.reader_app.show_glossary([entry], title="Glossary")
        else:
            self.notify("Links to other places are not opened from here.", severity="warning")

    @on(PlainButton.Pressed)
    def _stray_button(self, event: PlainButton.Pressed) -> None:
        event.stop()
