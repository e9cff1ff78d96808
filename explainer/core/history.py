"""The reader's own path through the explainer, with a browser's back and forward."""

from __future__ import annotations

from collections.abc import Iterable

import msgspec

MAX_ENTRIES = 1000
"""The path keeps its newest MAX_ENTRIES steps: every use of it (breadcrumb, saving) stays small."""


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
        if len(self.entries) > MAX_ENTRIES:  # keep a window of the newest steps that holds the current one
            first = min(len(self.entries) - MAX_ENTRIES, self.index)
            self.entries = self.entries[first : first + MAX_ENTRIES]
            self.index -= first
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
        if len(self.entries) > MAX_ENTRIES:  # forget the oldest step
            del self.entries[0]
            self.index -= 1
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
        """Drop sections the content no longer has (after an edit), keeping the order and the cursor."""
        keep = set(known)
        kept: list[str] = []
        index = -1
        for position, entry in enumerate(self.entries):
            if entry in keep:
                kept.append(entry)
            if position == self.index:
                index = len(kept) - 1  # the current entry, or the last kept one before it
        self.entries = kept
        self.seen &= keep
        self.index = max(index, 0) if kept else 0
