"""A `timeline` section: phases drawn down a line, each with its span and items."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Static

from ...core.model import Timeline
from ..styles import styles_beside
from ..text import plain
from .section_base import SectionView


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
                        with Horizontal(classes="phase-item"):  # a bullet cell: wrapped lines hang under the text
                            yield Static(plain("•"), classes="bullet")
                            yield Static(plain(item), classes="phase-item-text")
