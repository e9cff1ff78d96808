"""The sources a section draws on, shown beneath it."""

from __future__ import annotations

from textual.widgets import Static

from ...core.document import source_names
from ...core.explainer import Explainer
from ...core.model import Section
from ..text import plain


class SourcesLine(Static):
    """'Sources: ...' for the current section, or nothing."""

    def show(self, section: Section, explainer: Explainer) -> None:
        names = source_names((source for _, source in section.cited()), explainer)
        self.update(plain("Sources: " + "; ".join(names)) if names else "")
        self.display = bool(names)
