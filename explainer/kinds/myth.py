"""The myth kind: a common belief, the reader's guess, then the verdict and the explanation."""

from collections.abc import Iterator
from typing import Annotated, Literal

import msgspec

from .base import Kind, LevelledItem, PartsKit, Section
from .fields import MARKDOWN as _MARKDOWN
from .fields import Level, NonEmpty


class Myth(Section, tag="myth", kw_only=True):
    """A common belief, the reader's guess, then the verdict and the careful explanation."""

    claim: NonEmpty
    verdict: Annotated[Literal["myth", "partly true", "true"], msgspec.Meta(description="Quote 'true' in YAML.")]
    explanation: Annotated[str, msgspec.Meta(min_length=1, description=_MARKDOWN + ".")]
    level: Level | None = None

    KEPT_BACK = frozenset({"explanation"})

    def kind_texts(self) -> Iterator[tuple[tuple[str | int, ...], str]]:
        yield ("claim",), self.claim
        yield ("explanation",), self.explanation

    def has_content(self) -> bool:
        return True

    def levelled_items(self) -> Iterator[LevelledItem]:
        """The explanation may carry a level, in the myth's own `level:`."""
        yield LevelledItem(("explanation",), self.level, self.explanation, [], "the explanation", ("level",), None)


VERDICT_WORDS = {"myth": "MYTH", "partly true": "PARTLY TRUE", "true": "TRUE"}


def myth_parts(section: Myth, kit: PartsKit) -> list[str]:
    """The claim, the verdict in capitals, then the explanation under its evidence level."""
    return [
        f"**Claim:** {kit.escape(section.claim)}",
        f"**Verdict:** {VERDICT_WORDS[section.verdict]}",
        kit.with_level(section.level, kit.md(section.explanation)),
    ]


KIND = Kind(model=Myth, parts=myth_parts, view="explainer.ui.widgets.myth:MythView")
