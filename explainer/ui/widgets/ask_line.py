"""The screen's suggested question for a clinician, with the key that keeps it."""

from __future__ import annotations

from textual.widgets import Static

from ...core.document import ASK_LEAD
from ..text import plain


class AskLine(Static):
    """'A question you could ask: ... (a adds it to My questions)', or nothing."""

    def show(self, question: str, *, added: bool, add_key: str = "a", list_key: str = "A") -> None:
        """The keys are the reader's (a keymap may change them)."""
        question = question.strip()
        self.display = bool(question)
        if question:
            hint = f"in My questions ({list_key})" if added else f"{add_key} adds it to My questions"
            self.update(plain(f"{ASK_LEAD} {question} ({hint})"))
