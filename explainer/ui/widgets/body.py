"""The Markdown body of a section, with glossary marks as links we handle ourselves."""

from __future__ import annotations

from textual.widgets import Markdown

from ...core.loader import Explainer
from ..text import markdown


class Body(Markdown):
    """Markdown that never opens links itself: the reader screen decides what a link does."""

    def __init__(self, text: str, explainer: Explainer, *, classes: str = "body") -> None:
        super().__init__(markdown(text, explainer), open_links=False, classes=classes)
