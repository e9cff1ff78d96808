"""The explainer app: owns the content, the reader's history and the opt-in saved place.

Presenter mode is its subclass (presenter_app.PresenterApp); this reader offers it hooks
(reader_screen, after_mount, status_extras, _moved) and never asks which mode it is in.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, cast

from textual.app import App
from textual.binding import BindingType
from textual.command import Provider
from textual.reactive import reactive
from textual.screen import ModalScreen

if TYPE_CHECKING:
    from ..core.diagnostics import Diagnostic
    from .widgets.status import StatusExtras

from ..core import clock as dates
from ..core.explainer import Explainer
from ..core.history import History
from ..core.model import GlossaryEntry, Help
from ..core.state import StateStore
from . import glyphs
from .bindings import APP_BINDINGS
from .screens.reader import ReaderScreen
from .terminal_loss import end_app_on_terminal_loss
from .themes import DEFAULT_THEME, THEMES, ShippedThemes, theme_before_first_parse

APP_TCSS = Path(__file__).with_name("app.tcss")
ASCII_TCSS = Path(__file__).with_name("ascii.tcss")


def _commands() -> type[Provider]:
    """The palette's provider, imported when the palette first opens."""
    from .commands import ExplainerCommands

    return ExplainerCommands


class ExplainerApp(App[None]):
    """A branching explainer; every screen comes from the loaded content."""

    CSS_PATH = "app.tcss"
    COMMANDS = App.COMMANDS | {_commands}
    ENABLE_COMMAND_PALETTE = True
    BINDINGS: ClassVar[list[BindingType]] = [*APP_BINDINGS]
    APP_ACTIONS: ClassVar[frozenset[str]] = frozenset(b.action for b in APP_BINDINGS)

    section_id: reactive[str] = reactive("", always_update=True, init=False, repaint=False)
    """The section on screen. No repaint of its own: that started the screen's update timer before
    the reader screen had changed anything, and the next screen came torn over three frames."""

    def __init__(
        self,
        explainer: Explainer,
        *,
        start: str | None = None,
        state: StateStore | None = None,
        fresh: bool = False,
        theme: str | None = None,
        watch: Path | None = None,
        today: datetime.date | None = None,
        keymap: Mapping[str, str] | None = None,
        ascii: bool = False,
    ) -> None:
        # --ascii: the ASCII glyph table, and ascii.tcss's borders (parsed only in this mode)
        self.glyphs = glyphs.use(ascii)
        super().__init__(css_path=[APP_TCSS, ASCII_TCSS] if ascii else None)
        if ascii:
            self.set_class(True, "-ascii", update=False)
        self.keymap: Mapping[str, str] = keymap or {}
        """The reader's own keys by binding id (core.keymap checked them); the key bar and ? follow it."""
        self.set_keymap(self.keymap)
        self.explainer = explainer
        self.title = explainer.content.meta.title
        self.state = state
        self.today = today or dates.today()
        # --fresh starts over without touching the saved place: this session saves only after r.
        self.remembering = bool(state and state.enabled and not fresh)
        saved = None
        self.questions: list[str] = []
        """The reader's questions for their clinician ('a'); saved only with the place."""
        if state is not None and self.remembering:
            loaded = state.load(self.content_key, set(explainer.sections))  # read even with --start: see save()
            saved = loaded if start is None else None
            self.questions = state.load_questions(self.content_key)
            # a damaged or newer file counts as none, and another content's place is left as it is
            self.remembering = state.enabled and not state.foreign
        self.history = saved or History.starting_at(start or explainer.content.start)
        self.set_reactive(ExplainerApp.section_id, self.history.current)  # the reader shows it as it mounts
        self._theme_name = theme
        self.watch_path = watch
        """With --watch: the content file to reload on every save."""
        self.problems: list[Diagnostic] = []
        """With --watch: what the last save's load and lint found (errors keep the last good content)."""
        for shipped in THEMES:
            self.register_theme(shipped)
        theme_before_first_parse(self, self.wanted_theme)

    @property
    def wanted_theme(self) -> str:
        """The theme asked for (--theme), else the calm dark one."""
        return self._theme_name or DEFAULT_THEME

    def search_themes(self) -> None:
        """The palette's "Theme" command offers only the shipped themes (the contrast-tested ones)."""
        from .palette import Palette

        self.push_screen(Palette(providers=[ShippedThemes], placeholder="Search for themes..."))

    def notify(self, message: str, *, markup: bool = False, **kwargs: Any) -> None:
        """Notifications may quote content (ids, paths): never read them as markup."""
        super().notify(message, markup=markup, **kwargs)

    def action_help_quit(self) -> None:
        """Ctrl+C: say how to quit, in words (Textual's own message is markup, which notify shows raw here)."""
        keys = sorted(
            (key for key, active in self.active_bindings.items() if active.binding.action in ("quit", "app.quit")),
            key=len,
        )
        self.notify(f"To quit, press {' or '.join(keys) or 'ctrl+q'}.", title="Quit?")

    @property
    def content_key(self) -> str:
        return self.explainer.content.meta.title

    async def on_mount(self) -> None:
        if not self.is_headless:
            end_app_on_terminal_loss(self)
        if self.theme != self.wanted_theme:
            self.theme = self.wanted_theme
        self._report_state_problem()
        if self.watch_path is not None:
            self.run_worker(self._watch_content(self.watch_path), group="watch", exclusive=True)
        if self.state is not None and self.state.foreign:
            self.notify(
                f"The saved place in {self.state.path} is for other content; it is left as it is. "
                "Press r to save this explainer's place there instead.",
                timeout=10,
            )
        self._report_overdue_review()
        await self.after_mount()

    def get_default_screen(self) -> ReaderScreen:
        """The reader is the first screen: no blank default screen to lay out and paint before it."""
        return self.reader_screen()

    def reader_screen(self) -> ReaderScreen:
        """The main screen; a mode may show more on it (the presenter's notes)."""
        return ReaderScreen()

    async def after_mount(self) -> None:
        """What a mode starts once the reader is up (the presenter: its clock and notes link)."""

    def status_extras(self) -> StatusExtras:
        """What a mode adds to the status line (the presenter: the time and the route)."""
        return {}

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """An app key is on only where this app has its action: the presenter's keys are the presenter's."""
        return action not in self.APP_ACTIONS or hasattr(self, f"action_{action}")

    def mode_allows(self, action: str) -> bool:
        return self.check_action(action, ()) is not False

    # navigation ------------------------------------------------------------------

    def goto(self, section_id: str) -> None:
        """Go to a section by choice, map, palette or key; unknown ids are refused politely."""
        if section_id not in self.explainer.sections:
            self.notify(f"There is no section '{section_id}'.", severity="error")
            return
        self._close_modals()
        self.history.go(section_id)
        self._moved()

    async def action_back(self) -> None:  # overrides App.action_back (pop a screen) on purpose
        if self.history.back():
            self._moved()
        else:
            self.notify("This is where you started.")

    def action_forward(self) -> None:
        if self.history.forward():
            self._moved()
        else:
            self.notify("Nothing further ahead: you are at your latest screen.")

    def action_home(self) -> None:
        self.goto(self.explainer.content.home)

    def action_help_now(self) -> None:
        help_id = next((s.id for s in self.explainer.content.sections if isinstance(s, Help)), None)
        if help_id is None:
            self.notify("This content has no help card.", severity="error")
            return
        self.goto(help_id)

    def _moved(self) -> None:
        """After every move; a mode adds what it tells others (the presenter's notes link)."""
        self.section_id = self.history.current
        self._save()

    def _close_modals(self) -> None:
        """Close every modal from outside: stop its pending work first (the palette's search would
        otherwise run on a removed screen and crash), then pop it."""
        while isinstance(self.screen, ModalScreen):
            self.workers.cancel_node(self.screen)
            self.pop_screen()

    # other screens -----------------------------------------------------------------

    def action_command_palette(self) -> None:
        """Textual's palette, with page keys that do not crash before its results are drawn."""
        from textual.command import CommandPalette

        from .palette import Palette

        if self.use_command_palette and not CommandPalette.is_open(cast("App[object]", self)):
            placeholder = f"Search for commands{self.glyphs.ellipsis}"
            self.push_screen(Palette(id="--command-palette", placeholder=placeholder))

    def action_map(self) -> None:
        from .screens.map import MapScreen

        if isinstance(self.screen, MapScreen):
            return
        self._close_modals()
        self.push_screen(MapScreen(self.explainer, self.history.current, set(self.history.seen)), self._jump)

    def _jump(self, section_id: str | None) -> None:
        if section_id:
            self.goto(section_id)

    def action_glossary(self) -> None:
        self.show_glossary(list(self.explainer.content.glossary), title="Glossary")

    def show_glossary(self, entries: list[GlossaryEntry], title: str = "Glossary") -> None:
        from .screens.glossary import GlossaryScreen

        if not entries:
            self.notify("This content has no glossary.")
            return
        self._close_modals()
        self.push_screen(GlossaryScreen(entries, self.explainer, title))

    def action_keys(self) -> None:
        from .bindings import grouped, reader_bindings_in
        from .screens.keys import KeysScreen

        if isinstance(self.screen, KeysScreen):
            return
        self._close_modals()
        self.push_screen(KeysScreen(grouped(reader_bindings_in(self.mode_allows, self.keymap)), self.history.current))

    # the saved place -----------------------------------------------------------------

    def action_toggle_remember(self) -> None:
        if self.state is None:
            self.notify("Saving your place is off in this mode.")
            return
        if self.remembering:
            self.remembering = not self.state.forget() and self.remembering
            if not self.remembering:
                self.notify("Your place will not be saved. The saved copy was deleted.")
        else:
            self.remembering = self.state.save(self.content_key, self.history, self.questions, replace=True)
            if self.remembering:
                self.notify(f"Your place will be saved on this computer, in {self.state.path}.")
        self._report_state_problem()
        if isinstance(self.screen, ReaderScreen):
            self.screen.refresh_status()

    def _save(self) -> None:
        if self.state is not None and self.remembering:
            if not self.state.save(self.content_key, self.history, self.questions):
                self.remembering = False  # said once why; r turns it on again
                if isinstance(self.screen, ReaderScreen):
                    self.screen.refresh_status()
            self._report_state_problem()

    @property
    def review_overdue(self) -> bool:
        return self.explainer.content.meta.review_by < self.today

    def _report_overdue_review(self) -> None:
        """Readers are told plainly when the content is past its review date (authors get a lint warning)."""
        if self.review_overdue:
            due = self.explainer.content.meta.review_by.isoformat()
            self.notify(
                f"This explainer was due for review on {due}, so parts of it may be out of date. "
                "Check anything important with a clinician.",
                severity="warning",
                timeout=12,
            )

    def _report_state_problem(self) -> None:
        if self.state is not None and (problem := self.state.take_problem()):
            self.notify(problem.capitalize(), severity="warning", timeout=8)

    # the reader's questions ------------------------------------------------------------

    def add_question(self, question: str) -> bool:
        """Add a question to 'My questions' (once); saved only if the reader turned saving on."""
        question = question.strip()
        if not question or question in self.questions:
            return False
        self.questions.append(question)
        self._save()
        return True

    def questions_changed(self) -> None:
        """The list screen edited or deleted a question."""
        self._save()

    def action_questions(self) -> None:
        from .screens.questions import QuestionsScreen

        if isinstance(self.screen, QuestionsScreen):
            return
        self._close_modals()
        self.push_screen(QuestionsScreen())

    # live preview for authors (--watch) -------------------------------------------------

    async def _watch_content(self, path: Path) -> None:
        """Reload on every save; a save that does not load or lint cleanly keeps the last good content."""
        import asyncio

        from ..core.watching import check, saves

        try:
            first = await asyncio.to_thread(check, path, self.explainer.file)
            self.show_problems(first.problems)  # lint's findings on the file as opened, until the next save
            async for _ in saves(path):
                checked = await asyncio.to_thread(check, path, self.explainer.file)
                if checked.missing:
                    continue  # mid-rename: the next event brings the new file
                if checked.explainer is not None:
                    self.replace_content(checked.explainer)
                self.show_problems(checked.problems)
        except Exception as exc:  # e.g. the folder went away, or the system's limit on watches was reached
            self.notify(f"Live reload stopped: {exc}. Restart with --watch to resume.", severity="error", timeout=15)

    def show_problems(self, problems: list[Diagnostic]) -> None:
        self.problems = problems
        # Every reader screen on the stack; none once the app has closed (a late report from the watcher is kept).
        for screen in self.screen_stack:
            if isinstance(screen, ReaderScreen):
                screen.show_problems(problems)

    def replace_content(self, explainer: Explainer) -> None:
        """Show new content in place: the same section, or the nearest one that still exists."""
        old = self.explainer
        current = self.history.current
        self.explainer = explainer
        self.title = explainer.content.meta.title
        known = explainer.sections
        if current not in known:
            current = self._nearest(old, current)
        self.history.restrict_to(known)
        if not self.history.entries:
            self.history.reset(current)
        elif current != self.history.current:
            self.history.go(current)
        for screen in self.screen_stack:
            if isinstance(screen, ReaderScreen):
                screen.content_replaced()
        self._moved()

    def _nearest(self, old: Explainer, gone: str) -> str:
        """Where to stand when the shown section was deleted or renamed: its branch, the path back, or home."""
        known = self.explainer.sections
        section = old.sections.get(gone)
        if section is not None and section.branch:
            same = [s.id for s in self.explainer.content.sections if s.branch == section.branch]
            if same:
                return same[0]
        for earlier in reversed(self.history.trail):
            if earlier in known:
                return earlier
        home = self.explainer.content.home
        return home if home in known else self.explainer.content.start
