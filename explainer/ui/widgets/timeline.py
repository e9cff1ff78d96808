"""A `timeline` section: phases drawn down a line, each with its span and items."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Static

from ...core.evidence import split_marker
from ...core.model import Timeline
from ...core.terms import strip_marks
from .. import glyphs
from ..styles import styles_beside
from ..text import plain
from .section_base import SectionView, level_class


class TimelineView(SectionView):
    """Each phase hangs off a vertical rule, with its time span beside its name."""

    DEFAULT_CSS = styles_beside(__file__)
    SCOPED_CSS = False

    section: Timeline

    def compose(self) -> ComposeResult:
        yield from self.intro()
        with Vertical(classes="timeline"):
            for number, phase in enumerate(self.section.phases, start=1):
                with Vertical(classes="phase"):
                    yield Static(plain(f"{number}. {phase.name}  ({phase.span})"), classes="phase-name")
                    for item in phase.items:
                        level, _ = split_marker(item)
                        shown = self.explainer.shown_text(self.section, item, markdown=False)
                        text = " ".join(strip_marks(shown).split())  # line breaks in the YAML are soft
                        # a bullet cell, so wrapped lines hang under the text
                        with Horizontal(classes=f"phase-item {level_class(level)}"):
                            yield Static(plain(glyphs.active().bullet), classes="bullet")
                            yield Static(plain(text), classes="phase-item-text")
        yield from self.outro()
