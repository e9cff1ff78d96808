"""The explainer app: owns the content, the reader's history and the opt-in saved place."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from textual.app import App
from textual.binding import Binding
from textual.command import Provider
from textual.reactive import reactive
from textual.screen import ModalScreen

if TYPE_CHECKING:
    from ..presenter.link import PresenterLink

from ..core.explainer import Explainer
from ..core.history import History
from ..core.model import GlossaryEntry, Help
from ..core.state import StateStore
from .screens.reader import ReaderScreen
from .themes import DEFAULT_THEME, THEMES


def _commands() -> type[Provider]:
    """The palette's provider, imported when the palette first opens."""
    from .commands import ExplainerCommands

    return ExplainerCommands


class ExplainerApp(App[None]):
    """A branching explainer; every screen comes from the loaded content."""

    CSS_PATH = "app.tcss"
    COMMANDS = App.COMMANDS | {_commands}
    ENABLE_COMMAND_PALETTE = True
    BINDINGS = [
        Binding("exclamation_mark", "help_now", "Help now", key_display="!", priority=True),
        Binding("question_mark", "keys", "Keys", key_display="?"),
        Binding("m", "map", "Map"),
        Binding("G", "glossary", "Glossary", key_display="G"),
        Binding("ctrl+p", "command_palette", "Search", key_display="^p"),
        Binding("q", "quit", "Quit"),
        Binding("n", "toggle_notes", "Notes"),
        Binding("b", "blank", "Blank"),
        Binding("ctrl+r", "reset", "Reset", key_display="^r"),
        Binding("e", "export_handout", "Handout"),
    ]
    PRESENTER_ACTIONS = frozenset({"toggle_notes", "blank", "reset", "export_handout"})

    section_id: reactive[str] = reactive("", always_update=True, init=False)

    def __init__(
        self,
        explainer: Explainer,
        *,
        start: str | None = None,
        state: StateStore | None = None,
        fresh: bool = False,
        theme: str | None = None,
        present: bool = False,
        link: PresenterLink | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__()
        self.explainer = explainer
        self.title = explainer.content.meta.title
        self.present = present
        self.state = None if present else state  # a presenter reads and writes nothing
        state = self.state
        self.link = link
        self.clock = clock
        self.started = clock()
        self.remembering = bool(state and state.enabled)
        saved = None
        if state is not None and self.remembering and not fresh and start is None:
            saved = state.load(self.content_key, set(explainer.sections))
        self.history = saved or History.starting_at(start or explainer.content.start)
        self._theme_name = theme
        for shipped in THEMES:
            self.register_theme(shipped)

    def notify(self, message: str, *, markup: bool = False, **kwargs) -> None:  # type: ignore[override]
        """Notifications may quote content (ids, paths): never read them as markup."""
        super().notify(message, markup=markup, **kwargs)

    @property
    def content_key(self) -> str:
        return self.explainer.content.meta.title

    async def on_mount(self) -> None:
        self.theme = self._theme_name or DEFAULT_THEME
        self.section_id = self.history.current
        self.push_screen(ReaderScreen())
        self._report_state_problem()
        if self.present:
            self.set_interval(1.0, self._tick)
            if self.link is not None:
                from ..presenter.link import LinkError

                try:
                    await self.link.start()
                except (LinkError, OSError) as exc:
                    self.link = None
                    self.notify(f"Notes link not available: {exc}", severity="warning", timeout=8)
                else:
                    await self.link.publish(self.presenter_state())

    async def on_unmount(self) -> None:
        if self.link is not None:
            await self.link.stop()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Presenter keys exist only in presenter mode."""
        return self.present or action not in self.PRESENTER_ACTIONS

    # navigation ------------------------------------------------------------------

    def goto(self, section_id: str) -> None:
        """Go to a section by choice, map, palette or key; unknown ids are refused politely."""
        if section_id not in self.explainer.sections:
            self.notify(f"There is no section '{section_id}'.", severity="error")
            return
        self._close_modals()
        self.history.go(section_id)
        self._moved()

    def action_back(self) -> None:
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
        self.section_id = self.history.current
        self._save()
        if self.link is not None:
            self.run_worker(self.link.publish(self.presenter_state()), group="link")

    # presenter mode ----------------------------------------------------------------

    @property
    def elapsed(self) -> float:
        return self.clock() - self.started

    def presenter_state(self) -> dict[str, object]:
        """What `explainer notes` shows: the section, its notes, the path so far, the way on."""
        sections = self.explainer.sections
        section = sections[self.history.current]
        return {
            "section": section.id,
            "title": section.title,
            "notes": section.notes,
            "choices": [sections[c.target].title if c.target in sections else c.target for c in section.choices],
            "seen": [sections[s].title for s in self.history.trail if s in sections],
            "total": len(sections),
            "elapsed": round(self.elapsed),
        }

    def _tick(self) -> None:
        if isinstance(self.screen, ReaderScreen):
            self.screen.refresh_status()

    def action_blank(self) -> None:
        from .screens.blank import BlankScreen

        if not isinstance(self.screen, BlankScreen):
            self.push_screen(BlankScreen())

    def action_toggle_notes(self) -> None:
        if isinstance(self.screen, ReaderScreen):
            self.screen.toggle_notes()

    def action_reset(self) -> None:
        from .screens.confirm import ConfirmScreen

        def answered(yes: bool | None) -> None:
            if yes:
                self.history.reset(self.explainer.content.start)
                self.started = self.clock()
                self._moved()
                self.notify("Reset: a fresh start, with no history.")

        self._close_modals()
        self.push_screen(
            ConfirmScreen("Start again for the next client? The history of this session is cleared."), answered
        )

    def action_export_handout(self) -> None:
        """The session's sections as an HTML handout in the current folder (a new file, never a replacement)."""
        import datetime
        from pathlib import Path

        from ..core.files import free_name, write_new
        from ..core.handout import handout_html, handout_markdown

        markdown = handout_markdown(self.explainer, self.history.entries, today=datetime.date.today())
        path = free_name(Path.cwd(), "explainer-handout", ".html")
        try:
            write_new(path, handout_html(markdown, self.explainer.content.meta.title))
        except OSError as exc:
            self.notify(f"Could not write the handout: {exc.strerror or exc}", severity="error")
            return
        self.notify(f"Handout written to {path}", timeout=8)

    async def action_quit(self) -> None:
        if not self.present:
            self.exit()
            return
        from .screens.confirm import ConfirmScreen

        def answered(yes: bool | None) -> None:
            if yes:
                self.exit()

        if not isinstance(self.screen, ConfirmScreen):
            self.push_screen(ConfirmScreen("End the presentation? Nothing from this session is kept."), answered)

    def _close_modals(self) -> None:
        while isinstance(self.screen, ModalScreen):
            self.pop_screen()

    # other screens -----------------------------------------------------------------

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
        from .screens.keys import KeysScreen

        if isinstance(self.screen, KeysScreen):
            return
        self._close_modals()
        self.push_screen(KeysScreen())

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
            self.remembering = self.state.save(self.content_key, self.history)
            if self.remembering:
                self.notify(f"Your place will be saved on this computer, in {self.state.path}.")
        self._report_state_problem()
        if isinstance(self.screen, ReaderScreen):
            self.screen.refresh_status()

    def _save(self) -> None:
        if self.state is not None and self.remembering:
            self.state.save(self.content_key, self.history)
            self._report_state_problem()

    def _report_state_problem(self) -> None:
        if self.state is not None and (problem := self.state.take_problem()):
            self.notify(problem.capitalize(), severity="warning", timeout=8)
