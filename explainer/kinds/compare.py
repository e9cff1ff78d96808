"""The compare kind: two or more sides of a question, then the careful reading."""

from collections.abc import Iterator
from typing import Annotated

import msgspec

from .base import Kind, LevelledItem, PartsKit, Section
from .fields import MARKDOWN as _MARKDOWN
from .fields import Level, NonEmpty, Strict


class Side(Strict, kw_only=True):
    """One side of a question on which the sources disagree."""

    label: NonEmpty
    text: Annotated[str, msgspec.Meta(min_length=1, description=_MARKDOWN + ".")]
    sources: Annotated[list[str], msgspec.Meta(min_length=1)]
    level: Level | None = None


class Compare(Section, tag="compare", kw_only=True):
    """Two or more sides of a question, side by side; the body gives the careful reading."""

    sides: Annotated[list[Side], msgspec.Meta(min_length=2)]

    def kind_texts(self) -> Iterator[tuple[tuple[str | int, ...], str]]:
        for i, side in enumerate(self.sides):
            yield ("sides", i, "label"), side.label
            yield ("sides", i, "text"), side.text

    def cited(self) -> Iterator[tuple[tuple[str | int, ...], str]]:
        yield from super().cited()
        for i, side in enumerate(self.sides):
            for j, source in enumerate(side.sources):
                yield ("sides", i, "sources", j), source

    def has_content(self) -> bool:
        return True

    def levelled_items(self) -> Iterator[LevelledItem]:
        """Each side may carry a level; the sources it lists support it."""
        for i, side in enumerate(self.sides):
            path = ("sides", i)
            yield LevelledItem(
                path, side.level, side.text, side.sources, f"side '{side.label}'", (*path, "level"), None
            )


def compare_parts(section: Compare, kit: PartsKit) -> list[str]:
    """Each side with the numbers of its sources and its level (the body, the careful reading, follows)."""
    return [
        f"**{kit.escape(side.label)}** (source: {kit.escape(kit.cited_numbers(side.sources))})\n\n"
        + kit.with_level(side.level, kit.md(side.text))
        for side in section.sides
    ]


KIND = Kind(model=Compare, parts=compare_parts, view="explainer.ui.widgets.compare:CompareView", body_last=True)
