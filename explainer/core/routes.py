"""Walking a counsellor's route: where the session stands on it and which section comes next.

Plain Python, no UI: the presenter app, its status line and `explainer notes` share it.
"""

from __future__ import annotations

from collections.abc import Collection

import msgspec

from .model import Route


class RouteWalk(msgspec.Struct):
    """A route's sections (those that exist) and the last of them shown.

    The counsellor may leave the route (a client's question, the map, help now); Space then
    goes on from the last route section shown, not back to its start.
    """

    id: str
    title: str
    sections: list[str]
    step: int = 0

    @classmethod
    def of(cls, route: Route, known: Collection[str]) -> RouteWalk:
        return cls(route.id, route.title, list(dict.fromkeys(s for s in route.sections if s in known)))

    def observe(self, section_id: str) -> None:
        """Note that a section is on screen; a route section moves the walk to it."""
        if section_id in self.sections:
            self.step = self.sections.index(section_id)

    def position(self, section_id: str) -> int | None:
        """1-based place of the section on the route, or None when off the route."""
        return self.sections.index(section_id) + 1 if section_id in self.sections else None

    @property
    def next_id(self) -> str | None:
        """The route section after the last one shown, or None at the route's end."""
        return self.sections[self.step + 1] if self.step + 1 < len(self.sections) else None

    def restart(self) -> str:
        """Back to the first step (a reset between clients); returns its section."""
        self.step = 0
        return self.sections[0]

    def summary(self, section_id: str, title_of: dict[str, str]) -> str:
        """'Route 3/8, next (Space): Title', or 'Off route (last 3/8), next (Space): ...'; for the status line."""
        total = len(self.sections)
        at = self.position(section_id)
        upcoming = self.next_id
        ahead = f"next (Space): {title_of.get(upcoming, upcoming)}" if upcoming else "end of route"
        if at is not None:
            return f"Route {at}/{total}, {ahead}"
        return f"Off route (last {self.step + 1}/{total}), {ahead}"
