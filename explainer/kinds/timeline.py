"""The timeline kind: phases over time, each a list of items with evidence markers."""

from collections.abc import Iterator
from typing import Annotated

import msgspec

from .base import Kind, PartsKit, Section
from .fields import NonEmpty, Strict


class Phase(Strict, kw_only=True):
    """One phase of a timeline."""

    name: NonEmpty
    span: Annotated[str, msgspec.Meta(min_length=1, description="The time span, e.g. '0-4 hours'.")]
    items: Annotated[
        list[NonEmpty],
        msgspec.Meta(
            min_length=1,
            description=(
                "Markdown with citations [@id]; each begins with an evidence marker such as '{shown}' "
                "(use a block scalar '|-': a plain YAML value cannot start with '{')."
            ),
        ),
    ]


class Timeline(Section, tag="timeline", kw_only=True):
    """Phases over time, drawn as a timeline."""

    phases: Annotated[list[Phase], msgspec.Meta(min_length=1)]

    def kind_texts(self) -> Iterator[tuple[tuple[str | int, ...], str]]:
        for i, phase in enumerate(self.phases):
            yield ("phases", i, "name"), phase.name
            yield ("phases", i, "span"), phase.span
            for j, item in enumerate(phase.items):
                yield ("phases", i, "items", j), item

    def has_content(self) -> bool:
        return True

    MARKED_ITEM = "timeline item"

    def marked_items(self) -> list[tuple[tuple[str | int, ...], str]] | None:
        """Every item must begin with its evidence marker."""
        return [
            (("phases", i, "items", j), item)
            for i, phase in enumerate(self.phases)
            for j, item in enumerate(phase.items)
        ]


def timeline_parts(section: Timeline, kit: PartsKit) -> list[str]:
    """Each phase: its name and span in bold, then its items as a list."""
    return [
        f"**{kit.escape(phase.name)}** ({kit.escape(phase.span)})\n\n"
        + "\n".join("- " + kit.md(item).replace("\n", "\n  ") for item in phase.items)
        for phase in section.phases
    ]


KIND = Kind(model=Timeline, parts=timeline_parts, view="explainer.ui.widgets.timeline:TimelineView")
