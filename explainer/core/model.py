"""The typed model of an explainer: what `content.yaml` must say, as msgspec structs.

The struct docstrings and field descriptions double as the JSON Schema's text, so an
editor with a YAML language server shows them while an author types. Each section kind
lives in its own module under `explainer/kinds/`; this module re-exports their classes and
builds the union of sections from the kinds' registry.

No `from __future__ import annotations` here or in the kinds: msgspec would then have to
evaluate every field's annotation from its string on the first decode of the reader's
cached content (measured: about 4 ms of each start; tests/test_cache.py keeps this).
"""

import datetime
from typing import TYPE_CHECKING, Annotated, Literal, Union

import msgspec

from ..kinds import KINDS
from ..kinds.base import Choice, Section
from ..kinds.compare import Compare, Side
from ..kinds.fields import MARKDOWN as _MARKDOWN  # noqa: F401  (kept for model classes that describe Markdown fields)
from ..kinds.fields import Level, NonEmpty, SectionId
from ..kinds.fields import Strict as _Strict
from ..kinds.help import Help
from ..kinds.icon_array import IconArray, IconRow
from ..kinds.myth import Myth
from ..kinds.page import Page
from ..kinds.steps import Step, Steps
from ..kinds.timeline import Phase, Timeline


class HelpResource(_Strict, kw_only=True):
    """A place to get help now, shown on the help card."""

    name: NonEmpty
    contact: Annotated[str, msgspec.Meta(min_length=1, description="How to reach it, e.g. 'Call or text 988'.")]
    region: Annotated[str, msgspec.Meta(min_length=1, description="Where it applies, e.g. 'US' or 'Anywhere'.")]


class Meta(_Strict, kw_only=True):
    """Who wrote this, when, for whom, and what a reader must be told up front."""

    title: NonEmpty
    language: Annotated[str, msgspec.Meta(description="BCP 47 language tag, e.g. 'en'.")] = "en"
    authors: Annotated[list[NonEmpty], msgspec.Meta(min_length=1)]
    written: Annotated[datetime.date, msgspec.Meta(description="Date the content was written (YYYY-MM-DD).")]
    review_by: Annotated[
        datetime.date, msgspec.Meta(description="Date by which the content must be reviewed again (YYYY-MM-DD).")
    ]
    disclosure: Annotated[
        str, msgspec.Meta(min_length=1, description="Conflicts of interest and the nature of the sources.")
    ]
    not_advice: Annotated[
        str, msgspec.Meta(description="The 'information, not medical advice' line shown on every treatment screen.")
    ] = ""
    help: Annotated[list[HelpResource], msgspec.Meta(description="Help-now resources; shown on the help card.")] = []


class Source(_Strict, kw_only=True):
    """A source that sections cite by its id."""

    id: SectionId
    title: NonEmpty
    publisher: NonEmpty
    kind: Annotated[
        Literal["article", "reference"],
        msgspec.Meta(description="'article': one of the source articles; 'reference': added context."),
    ]
    cite: Annotated[str, msgspec.Meta(min_length=1, description="The article's file stem, or a full citation.")]
    note: Annotated[str, msgspec.Meta(description="What a reader should know, e.g. 'promotional'.")] = ""


class GlossaryEntry(_Strict, kw_only=True):
    """A term a reader can look up; bodies mark uses as [[term]] or [[term|shown text]]."""

    term: NonEmpty
    short: Annotated[str, msgspec.Meta(min_length=1, description="One plain sentence.")]
    long: Annotated[
        str,
        msgspec.Meta(
            description="Optional longer explanation (Markdown; cite sources at the claim as [@id] or [@id; @other]; a quote followed by an article citation must be its exact words)."
        ),
    ] = ""
    aliases: Annotated[
        list[NonEmpty], msgspec.Meta(description="Other spellings and plurals that mean this term.")
    ] = []


if TYPE_CHECKING:
    AnySection = Section
else:  # msgspec decodes a tagged union of every registered kind
    AnySection = Union[tuple(kind.model for kind in KINDS)]  # noqa: UP007

SECTION_KINDS: dict[str, type[Section]] = {kind.tag: kind.model for kind in KINDS}

__all__ = [
    "SECTION_KINDS",
    "AnySection",
    "Choice",
    "Compare",
    "Content",
    "GlossaryEntry",
    "Help",
    "HelpResource",
    "IconArray",
    "IconRow",
    "Level",
    "Meta",
    "Myth",
    "NonEmpty",
    "Page",
    "Phase",
    "Route",
    "Section",
    "SectionId",
    "Side",
    "Source",
    "Step",
    "Steps",
    "Timeline",
]


class Route(_Strict, kw_only=True):
    """A counsellor's prepared order of sections for a common kind of session."""

    id: SectionId
    title: NonEmpty
    sections: Annotated[list[str], msgspec.Meta(min_length=1, description="Section ids, in the order to show them.")]


class Content(_Strict, kw_only=True):
    """A whole explainer: meta, sources, glossary and the sections a reader moves through."""

    meta: Meta
    start: Annotated[str, msgspec.Meta(min_length=1, description="The id of the first section.")]
    hub: Annotated[str, msgspec.Meta(description="The id of the section the Home key goes to (default: start).")] = ""
    handout: Annotated[
        list[str],
        msgspec.Meta(description="Ids of sections every handout ends with (e.g. questions to ask, help now)."),
    ] = []
    routes: Annotated[list[Route], msgspec.Meta(description="Named orders of sections for presenter sessions.")] = []
    sources: list[Source] = []
    glossary: list[GlossaryEntry] = []
    sections: Annotated[list[AnySection], msgspec.Meta(min_length=1)]

    @property
    def home(self) -> str:
        """Where the Home key leads."""
        return self.hub or self.start
