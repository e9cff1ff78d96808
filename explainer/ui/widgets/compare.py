"""A `compare` section: the sides next to each other (stacked when narrow), then the careful reading."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Static

from ...core.citations import find_citations
from ...core.evidence import LEVELS, split_marker
from ...core.model import Compare, Side
from ..styles import styles_beside
from ..text import plain
from .body import Body
from .section_base import SectionView, level_class


def uncited_sources(side: Side) -> list[str]:
    """The side's listed sources its text does not cite inline: only these need a 'Source:' line."""
    cited = {source_id for citation in find_citations(side.text) for source_id in citation.ids}
    return [source_id for source_id in dict.fromkeys(side.sources) if source_id not in cited]


class CompareView(SectionView):
    """Sides in columns; the screen adds the `narrow` class to stack them."""

    DEFAULT_CSS = styles_beside(__file__)
    SCOPED_CSS = False

    section: Compare

    def compose(self) -> ComposeResult:
        with Horizontal(classes="sides"):
            for side in self.section.sides:
                panel = Vertical(classes=f"side {level_class(side.level)}")
                panel.border_title = plain(side.label)
                with panel:
                    if side.level:
                        yield Static(plain(LEVELS[side.level].label), classes="level-label")
                    yield Body(self.shown(side.text), self.explainer, classes="body side-text")
                    uncited = uncited_sources(side)
                    if uncited:
                        numbers = self.explainer.source_numbers(self.section)
                        listed = ", ".join(str(numbers[s]) if s in numbers else "?" for s in uncited)
                        yield Static(plain(f"Source: [{listed}]"), classes="side-sources")
        if self.section.body.strip():
            # a reading with a level has the level's own rule beside it (Body): not a second bar
            ruled = " levelled" if split_marker(self.section.body.lstrip())[0] else ""
            yield Body(self.shown(self.section.body), self.explainer, classes=f"body reading{ruled}")
        yield from self.outro()
