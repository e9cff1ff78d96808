"""The sources of a screen at its foot: one muted line that names them and the key that opens them.

The numbers stand beside each claim in the text; the full list is one key away (`s`), or
beside the column in the side panel (which then hides this line, app.tcss).
"""

from __future__ import annotations

from collections.abc import Iterable

from textual.widgets import Static

from ...core.citations import find_citations
from ...core.explainer import Explainer
from ...core.model import Section
from ..text import plain


def sources_line(count: int, key: str = "s") -> str:
    """'4 sources, [1]–[4] · s shows them in full' (the key that does), or '' for a screen without sources."""
    if count <= 0:
        return ""
    if count == 1:
        return f"1 source, [1] · {key} shows it in full"
    return f"{count} sources, [1]–[{count}] · {key} shows them in full"


def body_lists_them(section: Section, source_ids: Iterable[str]) -> bool:
    """The section says its body is the list of its sources (`lists_sources`), and the body cites every one."""
    if not section.lists_sources:
        return False
    cited = {source_id for citation in find_citations(section.body) for source_id in citation.ids}
    return all(source_id in cited for source_id in source_ids)


class SourcesLine(Static):
    """One line naming how many sources the screen has; nothing where the body is itself the list."""

    def show(self, section: Section, explainer: Explainer, *, key: str = "s") -> None:
        numbers = explainer.source_numbers(section)
        count = 0 if body_lists_them(section, numbers) else len(numbers)
        self.update(plain(sources_line(count, key)))
        self.set_class(not count, "-empty")  # a class, not display: the side panel hides it too (app.tcss)
