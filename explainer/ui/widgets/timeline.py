"""A `timeline` section: phases drawn down a line, the article's words beside the evidence."""

from __future__ import annotations

from collections.abc import Iterator

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widget import Widget
from textual.widgets import Static

from ...core.evidence import split_marker
from ...core.model import Phase, Timeline
from ...core.terms import strip_marks
from .. import glyphs
from ..styles import styles_beside
from ..text import plain
from .section_base import SectionView, level_class

ARTICLE_LANE = "The article says"
EVIDENCE_LANE = "What studies show"
"""Each phase's two lanes: what the promotional article claims, and what the references show
(design review P2). Every item still carries its own mark and words."""


def lanes(phase: Phase) -> list[tuple[str, list[str]]]:
    """The phase's items split into the article's claims and the rest, in order; empty lanes left out."""
    claims = [item for item in phase.items if split_marker(item)[0] == "claim"]
    evidence = [item for item in phase.items if split_marker(item)[0] != "claim"]
    return [(name, items) for name, items in ((ARTICLE_LANE, claims), (EVIDENCE_LANE, evidence)) if items]


class TimelineView(SectionView):
    """Each phase hangs off a vertical rule; its lanes sit side by side, stacked when narrow."""

    DEFAULT_CSS = styles_beside(__file__)
    SCOPED_CSS = False

    section: Timeline

    def compose(self) -> ComposeResult:
        yield from self.intro()
        with Vertical(classes="timeline"):
            for number, phase in enumerate(self.section.phases, start=1):
                with Vertical(classes="phase"):
                    yield Static(plain(f"{number}. {phase.name}  ({phase.span})"), classes="phase-name")
                    with Horizontal(classes="lanes"):
                        for name, items in lanes(phase):
                            with Vertical(classes="lane"):
                                yield Static(plain(name), classes="lane-name")
                                yield from self._items(items)
        yield from self.outro()

    def _items(self, items: list[str]) -> Iterator[Widget]:
        for item in items:
            level, _ = split_marker(item)
            shown = self.explainer.shown_text(self.section, item, markdown=False)
            text = " ".join(strip_marks(shown).split())  # line breaks in the YAML are soft
            # a bullet cell, so wrapped lines hang under the text
            with Horizontal(classes=f"phase-item {level_class(level)}"):
                yield Static(plain(glyphs.active().bullet), classes="bullet")
                yield Static(plain(text), classes="phase-item-text")
