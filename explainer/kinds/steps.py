"""The steps kind: an ordered cascade, drawn as connected boxes."""

from collections.abc import Iterator
from typing import Annotated

import msgspec

from .base import Kind, LevelledItem, PartsKit, Section
from .fields import MARKDOWN as _MARKDOWN
from .fields import Level, NonEmpty, Strict


class Step(Strict, kw_only=True):
    """One step of a cascade."""

    title: NonEmpty
    text: Annotated[str, msgspec.Meta(description=_MARKDOWN + ".")] = ""
    level: Level | None = None


class Steps(Section, tag="steps", kw_only=True):
    """An ordered cascade, drawn as connected boxes."""

    steps: Annotated[list[Step], msgspec.Meta(min_length=2)]

    def kind_texts(self) -> Iterator[tuple[tuple[str | int, ...], str]]:
        for i, step in enumerate(self.steps):
            yield ("steps", i, "title"), step.title
            if step.text:
                yield ("steps", i, "text"), step.text

    def has_content(self) -> bool:
        return True

    def levelled_items(self) -> Iterator[LevelledItem]:
        """Each step must carry a level; a missing one is reported at its title."""
        for i, step in enumerate(self.steps):
            path = ("steps", i)
            yield LevelledItem(
                path, step.level, step.text, [], f"step '{step.title}'", (*path, "level"), (*path, "title")
            )


def steps_parts(section: Steps, kit: PartsKit) -> list[str]:
    """Each step: its title in bold, its level line, then its text."""
    return [
        f"**{kit.escape(step.title)}**"
        + (f"\n\n{kit.level_line(step.level)}" if step.level else "")
        + (f"\n\n{kit.md(step.text)}" if step.text else "")
        for step in section.steps
    ]


KIND = Kind(model=Steps, parts=steps_parts, view="explainer.ui.widgets.steps:StepsView")
