"""Field types shared by every kind: strict mappings, ids, Markdown text and evidence levels.

Kept apart from `core/model.py` so the kind modules can use them without importing the
model, which imports the kinds to build its union of sections.
"""

from typing import Annotated, Literal

import msgspec

NonEmpty = Annotated[str, msgspec.Meta(min_length=1)]
SectionId = Annotated[
    str,
    msgspec.Meta(
        pattern=r"^[a-z0-9][a-z0-9_-]*$",
        description="Lower-case letters, digits, '-' and '_'; used in links and --start.",
    ),
]

MARKDOWN = (
    "Markdown; cite sources at the claim as [@id] or [@id; @other]; "
    "a quote followed by an article citation must be its exact words"
)


class Strict(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """Base for every mapping in the file: unknown keys are errors, not silently ignored."""


Level = Annotated[
    Literal["shown", "theory", "claim", "context"],
    msgspec.Meta(
        description=(
            "Evidence level: 'shown' (shown in people: controlled human trials), 'theory' (a leading "
            "theory: mostly animal or early human work), 'claim' (one article's claim: promotional, not "
            "independently supported), 'context' (added context from a primary reference)."
        )
    ),
]
