"""Presenter mode: the reader for a counsellor with a client, saving nothing.

What only a presenter has lives here: the notes link to `explainer notes`, the elapsed
clock, a prepared route and Space, blanking, resetting between clients, the handout and
quitting only after asking. The reader (ExplainerApp) knows none of it; it offers hooks
(after_mount, _moved, reader_screen) that this class fills in.
"""

from __future__ import annotations

import datetime
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from textual.screen import ModalScreen

from ..core.routes import RouteWalk
from .app import ExplainerApp

if TYPE_CHECKING:
    from pathlib import Path

    from ..core.explainer import Explainer
    from ..core.model import Route
    from ..presenter.link import PresenterLink
    from ..presenter.message import PresenterMessage, RouteState
    from .screens.reader import ReaderScreen
    from .widgets.status import StatusExtras


class PresenterApp(ExplainerApp):
    """`explainer --present`: reads and writes no saved place; its keys are in bindings.APP_BINDINGS."""

    def __init__(
        self,
        explainer: Explainer,
        *,
        start: str | None = None,
        theme: str | None = None,
        link: PresenterLink | None = None,
        clock: Callable[[], float] = time.monotonic,
        route: Route | None = None,
        watch: Path | None = None,
        today: datetime.date | None = None,
        keymap: Mapping[str, str] | None = None,
        ascii: bool = False,
    ) -> None:
        walk = RouteWalk.of(route, explainer.sections) if route is not None else None
        if walk is not None and not walk.sections:
            walk = None
        if walk is not None and start is None:
            start = walk.sections[0]
        super().__init__(
            explainer, start=start, state=None, theme=theme, watch=watch, today=today, keymap=keymap, ascii=ascii
        )
        self.route = walk
        if self.route is not None:
            self.route.observe(self.history.current)
        self.link = link
        self.clock = clock
        self.started = clock()

    def reader_screen(self) -> ReaderScreen:
        from .screens.presenter import PresenterScreen

        return PresenterScreen()

    async def after_mount(self) -> None:
        """The clock ticks in the status line; `explainer notes` hears where the session is."""
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
        """Space only on a route; r (saving) never; the rest as for any app."""
        if action == "route_next":  # a priority key: never while a modal screen (an editor, a question) is up
            return self.route is not None and not isinstance(self.screen, ModalScreen)
        if action == "toggle_remember":
            return False
        return super().check_action(action, parameters)

    def _moved(self) -> None:
        if self.route is not None:
            self.route.observe(self.history.current)
        super()._moved()
        if self.link is not None:
            self.run_worker(self.link.publish(self.presenter_state()), group="link")

    def replace_content(self, explainer: Explainer) -> None:
        """--watch while presenting: the route keeps the sections that still exist."""
        if self.route is not None:
            self.route.sections = [s for s in self.route.sections if s in explainer.sections]
            if not self.route.sections:
                self.route = None
        super().replace_content(explainer)

    # the clock, the route and the notes link ------------------------------------------

    @property
    def elapsed(self) -> float:
        return self.clock() - self.started

    def status_extras(self) -> StatusExtras:
        """The elapsed time and the route, for the status line."""
        return {"elapsed": self.elapsed, "route": self.route_summary()}

    def presenter_state(self) -> PresenterMessage:
        """What `explainer notes` shows: the section, its notes, the path so far, the way on."""
        from ..presenter.message import PresenterMessage

        sections = self.explainer.sections
        section = sections[self.history.current]
        return PresenterMessage(
            section=section.id,
            title=section.title,
            notes=section.notes,
            choices=[sections[c.target].title if c.target in sections else c.target for c in section.choices],
            seen=[sections[s].title for s in self.history.trail if s in sections],
            total=len(sections),
            elapsed=max(0, round(self.elapsed)),
            route=self.route_state(),
        )

    def route_state(self) -> RouteState | None:
        """The route part of the notes message: where the session stands on it and what comes next."""
        from ..presenter.message import RouteState

        walk = self.route
        if walk is None:
            return None
        sections = self.explainer.sections
        upcoming = walk.next_id
        return RouteState(
            id=walk.id,
            title=walk.title,
            position=walk.position(self.history.current),
            step=walk.step + 1,
            total=len(walk.sections),
            next=sections[upcoming].title if upcoming else None,
        )

    def route_summary(self) -> str | None:
        """'Route 3/8, next: ...' for the status line, or None without a route."""
        if self.route is None:
            return None
        titles = {s: self.explainer.sections[s].title for s in self.route.sections}
        return self.route.summary(self.history.current, titles)

    def _tick(self) -> None:
        """Each second: the elapsed time on the status line. A tick can still come while the app
        closes, after its last screen has gone (seen once in CI), so it asks the stack, not `screen`."""
        from .screens.reader import ReaderScreen

        stack = self.screen_stack
        if stack and isinstance(stack[-1], ReaderScreen):
            stack[-1].refresh_status()

    # the presenter's keys ----------------------------------------------------------------

    def action_route_next(self) -> None:
        """Space: the route's next section, from wherever the counsellor is."""
        if self.route is None:
            return
        upcoming = self.route.next_id
        if upcoming is None:
            self.notify(f"That was the last section of the route '{self.route.title}'.")
            return
        self.goto(upcoming)

    def action_blank(self) -> None:
        from .screens.blank import BlankScreen

        if not isinstance(self.screen, BlankScreen):
            self.push_screen(BlankScreen())

    def action_toggle_notes(self) -> None:
        from .screens.presenter import PresenterScreen

        if isinstance(self.screen, PresenterScreen):
            self.screen.toggle_notes()

    def action_reset(self) -> None:
        from .screens.confirm import ConfirmScreen

        def answered(yes: bool | None) -> None:
            if yes:
                first = self.route.restart() if self.route is not None else self.explainer.content.start
                self.history.reset(first)
                self.questions.clear()
                self.started = self.clock()
                self._moved()
                self.notify("Reset: a fresh start, with no history.")

        self._close_modals()
        self.push_screen(
            ConfirmScreen("Reset", "Start again for the next client? The history of this session is cleared."), answered
        )

    def action_export_handout(self) -> None:
        """The session's sections as an HTML handout in the handout folder (a new file, never a replacement)."""
        from ..core.files import free_name, write_new
        from ..core.handout import handout_document
        from ..core.paths import handout_folder

        page = handout_document(self.explainer, self.history.entries, today=self.today, questions=self.questions)
        folder = handout_folder()
        path = free_name(folder, "explainer-handout", ".html")
        try:
            folder.mkdir(parents=True, exist_ok=True)
            write_new(path, page)
        except OSError as exc:
            self.notify(f"Could not write the handout in {folder}: {exc.strerror or exc}", severity="error")
            return
        self.notify(f"Handout written to {path}", timeout=12)

    async def action_quit(self) -> None:
        """Quitting asks first: a stray q in front of a client must not end the session."""
        from .screens.confirm import ConfirmScreen

        def answered(yes: bool | None) -> None:
            if yes:
                self.exit()

        if not isinstance(self.screen, ConfirmScreen):
            self.push_screen(
                ConfirmScreen("Quit", "End the presentation? Nothing from this session is kept."), answered
            )
