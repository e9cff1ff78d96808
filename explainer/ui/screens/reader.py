"""The reader: the current section, its sources and choices, the breadcrumb and status."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.events import Resize
from textual.widgets import Static

from ...core.evidence import has_levels
from ...core.gcpause import resume_after_first_paint
from ...core.model import Help, Page, Section
from ..bindings import READER_BINDINGS, key_named, reader_bindings_in, short_key_named
from ..text import glossary_entry, plain
from ..widgets.ask_line import AskLine
from ..widgets.body import Body
from ..widgets.breadcrumb import Breadcrumb
from ..widgets.choices import ChoiceList
from ..widgets.keybar import KeyBar
from ..widgets.more_hint import MoreHint
from ..widgets.page import PageView
from ..widgets.plain_button import PlainButton
from ..widgets.section_base import SectionView
from ..widgets.section_view import view_for
from ..widgets.sources import SourcesLine
from ..widgets.status import StatusLine, status_text
from .side_place import SidePanelPlace

if TYPE_CHECKING:
    from ...core.diagnostics import Diagnostic

NARROW = 100
"""Below this many columns, compare sections stack their sides."""
SHORT = 20
"""Below this many rows, the breadcrumb gives its line to the section."""
TINY = 14
"""Below this many rows, the footer goes too; the status line keeps ! and ?."""


class ReaderScreen(SidePanelPlace):
    """Shows app.section_id; every key here moves through the reader's history."""

    _stale_view = False

    BINDINGS: ClassVar[list[BindingType]] = [*READER_BINDINGS]

    def compose(self) -> ComposeResult:
        yield Breadcrumb(id="breadcrumb")
        if self.reader_app.watch_path is not None:
            from ..widgets.problems import ProblemsPanel  # only authors with --watch need it

            yield ProblemsPanel(id="problems")
        with Horizontal(id="main"):
            with VerticalScroll(id="body", can_focus=False), Vertical(id="column"):
                yield Static(id="title")
                yield Vertical(id="legend-slot")
                yield Vertical(id="view")
                yield SourcesLine(id="sources")
                yield AskLine(id="ask")
                yield ChoiceList(id="choices")
            yield Static(id="side-slot")
            yield from self.beside_column()
        page_key = short_key_named("page-down", self.reader_app.keymap)
        yield MoreHint(self._rows_below, self._choices_follow, self._primary_below, page_key=page_key, id="more")
        yield StatusLine(id="status")
        yield KeyBar(reader_bindings_in(self.reader_app.mode_allows, self.reader_app.keymap), id="keybar")

    def beside_column(self) -> ComposeResult:
        """Widgets beside the reading column from the start (the presenter's notes); none here."""
        yield from ()

    async def on_mount(self) -> None:
        # The first section before the screen's first layout and paint, then every later one.
        await self.show_section(self.reader_app.section_id)
        self.call_after_refresh(resume_after_first_paint)  # paused by the command: see core/gcpause
        bodies = self.query("#body")
        if not bodies:
            return  # the app quit before its first paint: its widgets are gone
        self.watch(self.app, "section_id", self.show_section, init=False)
        body = bodies.first()
        self.watch(body, "scroll_y", self._scrolled, init=False)
        self.watch(body, "virtual_size", self._scrolled, init=False)

    async def show_section(self, section_id: str) -> None:
        app = self.reader_app
        section = app.explainer.sections.get(section_id)
        views = self.query("#view")
        if section is None or not (views and views.first().is_attached) or app.return_code is not None:
            return  # unknown id, or the app is closing before its first paint
        with app.batch_update():  # one layout and one paint for the whole change: see _settle
            self._mark(welcome=section_id == app.explainer.content.start, care=isinstance(section, Help))
            self.query_one("#title", Static).update(self._title(section, welcome=self.welcome))
            await self._show_view(section)
            await self.show_legend_if_levels(section)
            self.query_one("#sources", SourcesLine).show(section, app.explainer, key=self._key("sources"))
            self._show_question(section.ask, added=section.ask.strip() in app.questions)
            history = app.history
            choices = self.query_one(ChoiceList)
            mounting = choices.show(  # hidden on the care card: the key bar names the way on
                section.choices, seen=history.seen, known=app.explainer.sections, primary=self.welcome, hidden=self.care
            )
            if mounting is not None:
                await mounting
            self.query_one(Breadcrumb).show(self._location(section))
            self.refresh_status()
            self.showing(section)
            panel_to_mount = await self._show_side_panel(schedule_mount=False)
            self.query_one("#body", VerticalScroll).scroll_home(animate=False)
            self.focus_first_choice()
            self._refresh_hint()  # drawn with the new layout (folding waits for it: _scrolled)
            await self._settle()
        self.check_idle()  # paint now: the screen's messages all came in while the batch held them
        if panel_to_mount:  # registered inside the batch, it would have run at the settling, before the paint
            self.call_after_refresh(self._mount_side_panel)
        self.call_after_refresh(self._scrolled)

    def _mark(self, *, welcome: bool, care: bool) -> None:
        """Class only the widgets the first screen and the care card change.

        A class on the screen itself would restyle every widget on it at each section:
        about 30 ms of a 160x50 key press.
        """
        self.welcome, self.care = welcome, care
        for widget in self.query("#title, #breadcrumb"):
            widget.set_class(welcome, "welcome")
        for widget in self.query("#breadcrumb, #title, #sources, #ask, #status"):
            widget.set_class(care, "care")
        keybar = self.query_one(KeyBar)
        keybar.show_only(self._care_keys(keybar.bindings) if care else None)

    def _care_keys(self, bindings: list[Binding]) -> list[list[Binding]]:
        """The care card's keys: back, its first choice by name (further help), keys, quit, help now.

        The choice's full label where it fits, else its first two words ("Further help").
        """
        section = self.reader_app.explainer.sections[self.reader_app.section_id]
        label = section.choices[0].label if section.choices else ""
        by_id = {b.id: b for b in bindings}
        keys = [b for b in (by_id.get(i) for i in ("back", "choose", "keys", "quit", "help-now")) if b is not None]
        short = " ".join(label.split()[:2])
        return [
            [
                dataclasses.replace(b, key_display=None, description=words) if b.id == "choose" else b
                for b in keys
                if b.id != "choose" or words
            ]
            for words in dict.fromkeys((label, short))
        ]

    def showing(self, section: Section) -> None:
        """A section is being shown: a hook for what else follows it (the presenter's notes)."""

    def _title(self, section: Section, *, welcome: bool) -> Content:
        """The section's title; on the first screen, the explainer's own name above it."""
        if not welcome:
            return plain(section.title)
        return Content.assemble(
            (self.reader_app.explainer.content.meta.title, "bold"), "\n", (section.title, "$text-muted")
        )

    def _location(self, section: Section) -> list[str]:
        """Where this section is, not how the reader came: its branch, then its title."""
        if section.id == self.reader_app.explainer.content.start:
            return [self.reader_app.explainer.content.meta.title]
        return (
            [section.branch, section.title] if section.branch and section.branch != section.title else [section.title]
        )

    async def show_legend_if_levels(self, section: Section) -> None:
        """The evidence levels' legend, on screens that draw any level (imported when first needed)."""
        slot = self.query_one("#legend-slot", Vertical)
        wanted = has_levels(section)
        if wanted and not slot.children:
            from ..widgets.legend import LevelLegend

            await slot.mount(LevelLegend())
        slot.display = wanted

    def show_problems(self, problems: list[Diagnostic]) -> None:
        """--watch: the last save's errors (and warnings) in a panel; hidden when there are none."""
        from ..widgets.problems import ProblemsPanel

        for panel in self.query(ProblemsPanel):
            panel.show(problems)

    def content_replaced(self) -> None:
        """--watch: new content; views built from the old one are rebuilt on the next show."""
        self._stale_view = True

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
            today=app.today,
            **app.status_extras(),
        )
        for status in self.query(StatusLine):  # none once the app has begun closing (a clock's last tick)
            status.update(plain(text))

    def focus_first_choice(self) -> None:
        """Focus the myth's guess if it is waiting, else the first choice."""
        guess = self.query(".guess PlainButton")
        if self.care:
            self.set_focus(None)  # its choices are hidden: the key bar names them
        elif guess and not guess.first().disabled:
            guess.first().focus(scroll_visible=False)
        elif not self.query_one(ChoiceList).focus_first():
            self.set_focus(None)

    async def on_resize(self, event: Resize) -> None:
        self.set_class(event.size.width < NARROW, "narrow")
        self.set_class(event.size.height < SHORT, "short")
        self.set_class(event.size.height < TINY, "tiny")
        views = self.query("#view")
        if views and views.first().children:  # a section is shown, and the app is not closing
            self.refresh_status()
            await self._show_side_panel()
            self.query_one(ChoiceList).unfold(refold=True)
            self.call_after_refresh(self._scrolled)

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
            kept = (
                ""
                if app.remembering or not app.mode_allows("toggle_remember")
                else " It is kept until you quit (r saves it)."
            )
            self.notify(f"Added to My questions ({self._key('my-questions')} shows them).{kept}")
        else:
            self.notify(f"That question is already in My questions ({self._key('my-questions')} shows them).")
        self._show_question(question, added=True)

    def _show_question(self, question: str, *, added: bool) -> None:
        keys = {"add_key": self._key("add-question"), "list_key": self._key("my-questions")}
        self.query_one(AskLine).show(question, added=added, **keys)

    def _key(self, binding_id: str) -> str:
        """The key that does this for this reader (their keymap's), for hints written in the text."""
        return key_named(binding_id, self.reader_app.keymap)

    def action_terms(self) -> None:
        app = self.reader_app
        in_view = [text for view in self.query(SectionView) for text in view.texts_in_view()]  # a myth's, as guessed
        entries = app.explainer.marked_entries(in_view)
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
