"""The icon-array block: its model, and its neutral parts for print, export and plain text.

Any section may carry icon arrays (`icon_arrays:`), so this is a block, not a kind; its
Textual view is `explainer.ui.widgets.icon_arrays`, mounted by every section view.
"""

from typing import TYPE_CHECKING, Annotated

import msgspec

from .fields import Strict

if TYPE_CHECKING:
    from .base import PartsKit

VIEW = "explainer.ui.widgets.icon_arrays:IconArrays"


class IconRow(Strict, kw_only=True):
    """One row of an icon array: how many people out of 100, in one group, at one time."""

    label: Annotated[str, msgspec.Meta(min_length=1, description="The group, e.g. 'One ketamine infusion'.")]
    count: Annotated[int, msgspec.Meta(ge=0, le=100, description="People out of 100.")]
    time: Annotated[str, msgspec.Meta(min_length=1, description="The time point, e.g. '1 day after'.")]
    sources: Annotated[list[str], msgspec.Meta(min_length=1, description="Ids of the sources of this figure.")]


class IconArray(Strict, kw_only=True):
    """Natural frequencies on one denominator (IPDAS): rows of people out of 100."""

    title: Annotated[str, msgspec.Meta(min_length=1, description="What is counted, in plain words.")]
    rows: Annotated[list[IconRow], msgspec.Meta(min_length=2)]


def out_of_100(count: int) -> str:
    """The number in words as IPDAS asks: '52 out of 100'."""
    return f"{count} out of 100"


def icon_array_part(array: IconArray, kit: "PartsKit") -> str:
    """A bold title and one line per row: label, time, 'N out of 100', citation."""
    rows = "\n".join(
        f"- {kit.escape(row.label)}, {kit.escape(row.time)}: **{out_of_100(row.count)}** "
        f"{kit.escape(kit.cited_numbers(row.sources))}"
        for row in array.rows
    )
    return f"**{kit.escape(array.title)}**\n\n{rows}"
