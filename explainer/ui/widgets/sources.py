"""The sources of a screen, numbered as its citations are, shown at its foot."""

from __future__ import annotations

from textual.widgets import Static

from ...core.citations import short_name
from ...core.explainer import Explainer
from ...core.model import Section
from ..text import plain


class SourcesLine(Static):
    """'Sources' with one numbered line per source of the current section, or nothing."""

    def show(self, section: Section, explainer: Explainer) -> None:
        listed = explainer.screen_sources(section)
        lines = [f"[{n}] {short_name(source)}" for n, source in enumerate(listed, start=1)]
        self.update(plain("Sources (s: in full)\n" + "\n".join(lines)) if lines else "")
        self.set_class(not lines, "-empty")  # a class, not display: the side panel hides it too (app.tcss)
