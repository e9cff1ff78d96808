"""The reader's own path through the explainer, with a browser's back and forward."""

from __future__ import annotations

from collections.abc import Iterable

import msgspec


class History(msgspec.Struct):
    """Visited sections in order, a cursor into them, and every section ever seen.

    Going somewhere new after going back drops the forward list, as a browser does.
    """

    entries: list[str]
    index: int = 0
    seen: set[str] = msgspec.field(default_factory=set)

    def __post_init__(self) -> None:
        if not self.entries:
            raise ValueError("a history needs a first section")
        self.index = max(0, min(self.index, len(self.entries) - 1))
        self.seen.update(self.entries[: self.index + 1])

    @classmethod
    def starting_at(cls, section_id: str) -> History:
        return cls([section_id])

    @property
    def current(self) -> str:
        return self.entries[self.index]

    @property
    def trail(self) -> list[str]:
        """The path from the first section to the current one (the breadcrumb)."""
        return self.entries[: self.index + 1]

    @property
    def can_go_back(self) -> bool:
        return self.index > 0

    @property
    def can_go_forward(self) -> bool:
        return self.index < len(self.entries) - 1

    def go(self, section_id: str) -> bool:
        """Move to a section (a choice, a jump); False if already there."""
        if section_id == self.current:
            return False
        del self.entries[self.index + 1 :]
        self.entries.append(section_id)
        self.index += 1
        self.seen.add(section_id)
        return True

    def back(self) -> bool:
        if not self.can_go_back:
            return False
        self.index -= 1
        return True

    def forward(self) -> bool:
        if not self.can_go_forward:
            return False
        self.index += 1
        self.seen.add(self.current)
        return True

    def reset(self, section_id: str) -> None:
        """Start again with an empty history (between clients, or on request)."""
        self.entries = [section_id]
        self.index = 0
        self.seen = {section_id}

    def restrict_to(self, known: Iterable[str]) -> None:
        """Drop sections the content no longer has (after an edit), keeping the order."""
        keep = set(known)
        current = self.current
        self.entries = [entry for entry in self.entries if entry in keep] or []
        self.seen &= keep
        if current in self.entries:
            self.index = len(self.entries) - 1 - self.entries[::-1].index(current)
        else:
            self.index = len(self.entries) - 1
