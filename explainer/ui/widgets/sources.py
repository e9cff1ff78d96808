"""The sources a section draws on, shown beneath it."""

from __future__ import annotations

from collections.abc import Iterable

from textual.widgets import Static

from ...core.explainer import Explainer
from ...core.model import Section
from ..text import plain


def source_names(ids: Iterable[str], explainer: Explainer) -> list[str]:
    """'Publisher, "Title"' for each known id (unknown ids are shown as they are)."""
    names = []
    for source_id in dict.fromkeys(ids):
        source = explainer.sources.get(source_id)
        if source is None:
            names.append(source_id)
        elif source.kind == "reference":
            names.append(f"{source.title} (added context)")
        else:
            names.append(f"{source.publisher}")
    return names


class SourcesLine(Static):
    """'Sources: ...' for the current section, or nothing."""

    def show(self, section: Section, explainer: Explainer) -> None:
        names = source_names((source for _, source in section.cited()), explainer)
        self.update(plain("Sources: " + "; ".join(names)) if names else "")
        self.display = bool(names)
