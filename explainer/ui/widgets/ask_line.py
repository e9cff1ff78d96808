"""The screen's suggested question for a clinician, with the key that keeps it."""

from __future__ import annotations

from textual.widgets import Static

from ...core.document import ASK_LEAD
from ..text import plain


class AskLine(Static):
    """'A question you could ask: ... (a adds it to My questions)', or nothing."""

    def show(self, question: str, *, added: bool) -> None:
        question = question.strip()
        self.display = bool(question)
        if question:
            hint = "in My questions (A)" if added else "a adds it to My questions"
            self.update(plain(f"{ASK_LEAD} {question} ({hint})"))
