"""A `steps` section: an ordered cascade, each step's text on a rule in its level's style.

Compact at every size (the design review's P7): a step is a head line (an arrow from the
step before, its title and its level in words) and its text on a left rule drawn in the
level's style (solid for shown in people, dashed for theory: app.tcss `.level-*`), so the
rule itself is the chain and no row goes to boxes or connectors. At 80x24 the first
three steps' titles fit on the first screen.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.content import Content
from textual.widgets import Static

from ...core.evidence import LEVELS
from ...core.model import Step, Steps
from .. import glyphs
from ..styles import styles_beside
from .body import Body
from .legend import COLOURS
from .section_base import SectionView, level_class


def step_head(index: int, step: Step) -> Content:
    """'▼ 2. A glutamate surge   ≈ Leading theory': glyph on the rule, title, level in words.

    The first step's glyph (●) says where the chain starts; each later one's (▼) that it follows
    from the step above. Glyphs and marks come from the table, so --ascii spells them.
    """
    table = glyphs.active()
    parts: list[tuple[str, str] | str] = [
        (f"{table.arrow_down if index else table.here} ", "$text-muted"),
        (glyphs.text(step.title), "bold"),
    ]
    if step.level:
        level = LEVELS[step.level]
        parts += ["   ", (glyphs.text(f"{level.mark} {level.words}"), COLOURS[level.id])]
    return Content.assemble(*parts)


class StepsView(SectionView):
    """Steps in order down one rule; each head's arrow says it follows from the step above."""

    DEFAULT_CSS = styles_beside(__file__)
    SCOPED_CSS = False

    section: Steps

    def compose(self) -> ComposeResult:
        yield from self.intro()
        for index, step in enumerate(self.section.steps):
            yield Static(step_head(index, step), classes="step-head")
            if step.text:
                yield Body(self.shown(step.text), self.explainer, classes=f"body step {level_class(step.level)}")
        yield from self.outro()
