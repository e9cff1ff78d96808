"""The typed model of an explainer: what `content.yaml` must say, as msgspec structs.

The struct docstrings and field descriptions double as the JSON Schema's text, so an
editor with a YAML language server shows them while an author types.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
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


_MARKDOWN = (
    "Markdown; cite sources at the claim as [@id] or [@id; @other]; "
    "a quote followed by an article citation must be its exact words"
)


class _Strict(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
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


class Choice(_Strict, kw_only=True):
    """A button at the foot of a section: number keys 1-9 pick them in order."""

    label: NonEmpty
    target: Annotated[str, msgspec.Meta(min_length=1, description="The id of the section it leads to.")]


class IconRow(_Strict, kw_only=True):
    """One row of an icon array: how many people out of 100, in one group, at one time."""

    label: Annotated[str, msgspec.Meta(min_length=1, description="The group, e.g. 'One ketamine infusion'.")]
    count: Annotated[int, msgspec.Meta(ge=0, le=100, description="People out of 100.")]
    time: Annotated[str, msgspec.Meta(min_length=1, description="The time point, e.g. '1 day after'.")]
    sources: Annotated[list[str], msgspec.Meta(min_length=1, description="Ids of the sources of this figure.")]


class IconArray(_Strict, kw_only=True):
    """Natural frequencies on one denominator (IPDAS): rows of people out of 100."""

    title: Annotated[str, msgspec.Meta(min_length=1, description="What is counted, in plain words.")]
    rows: Annotated[list[IconRow], msgspec.Meta(min_length=2)]


class Section(
    msgspec.Struct,
    tag_field="kind",
    forbid_unknown_fields=True,
    kw_only=True,
):
    """One screen of the explainer."""

    id: SectionId
    title: NonEmpty
    branch: Annotated[str, msgspec.Meta(description="Which part of the explainer it belongs to (groups the map).")] = ""
    body: Annotated[
        str,
        msgspec.Meta(
            description=(
                _MARKDOWN + "; mark glossary terms as [[term]]; "
                "'{shown}', '{theory}', '{claim}' or '{context}' at the start of a paragraph or list item gives its "
                "evidence level."
            ),
        ),
    ] = ""
    sources: Annotated[list[str], msgspec.Meta(description="Ids of the sources this section draws on.")] = []
    notes: Annotated[str, msgspec.Meta(description="Counsellor notes: what to say, what clients ask, where next.")] = ""
    choices: Annotated[list[Choice], msgspec.Meta(description="Where the reader can go next (at most 9).")] = []
    end: Annotated[bool, msgspec.Meta(description="A closing screen: no choices needed.")] = False
    factual: Annotated[
        bool, msgspec.Meta(description="Set false on pure navigation screens that state no facts (welcome, hub).")
    ] = True
    ask: Annotated[
        str, msgspec.Meta(description="A question a reader may want to put to their clinician about this screen.")
    ] = ""
    icon_arrays: Annotated[
        list[IconArray],
        msgspec.Meta(description="Numbers about benefit or harm as people out of 100, shown after the body."),
    ] = []

    def texts(self) -> Iterator[tuple[tuple[str | int, ...], str]]:
        """Every reader-visible text of the section with its path below the section."""
        yield ("title",), self.title
        if self.body:
            yield ("body",), self.body
        for i, choice in enumerate(self.choices):
            yield ("choices", i, "label"), choice.label
        if self.ask:
            yield ("ask",), self.ask
        for i, array in enumerate(self.icon_arrays):
            yield ("icon_arrays", i, "title"), array.title
            for j, row in enumerate(array.rows):
                yield ("icon_arrays", i, "rows", j, "label"), row.label
                yield ("icon_arrays", i, "rows", j, "time"), row.time
        yield from self.kind_texts()

    def kind_texts(self) -> Iterator[tuple[tuple[str | int, ...], str]]:
        """Texts specific to the section's kind."""
        return iter(())

    def cited(self) -> Iterator[tuple[tuple[str | int, ...], str]]:
        """Every source id the section cites, with its path below the section."""
        for i, source in enumerate(self.sources):
            yield ("sources", i), source
        for i, array in enumerate(self.icon_arrays):
            for j, row in enumerate(array.rows):
                for k, source in enumerate(row.sources):
                    yield ("icon_arrays", i, "rows", j, "sources", k), source

    def has_content(self) -> bool:
        """True when the screen would show something besides its title."""
        return bool(self.body.strip())


class Page(Section, tag="page", kw_only=True):
    """A page of Markdown."""


class Myth(Section, tag="myth", kw_only=True):
    """A common belief, the reader's guess, then the verdict and the careful explanation."""

    claim: NonEmpty
    verdict: Annotated[Literal["myth", "partly true", "true"], msgspec.Meta(description="Quote 'true' in YAML.")]
    explanation: Annotated[str, msgspec.Meta(min_length=1, description=_MARKDOWN + ".")]
    level: Level | None = None

    def kind_texts(self) -> Iterator[tuple[tuple[str | int, ...], str]]:
        yield ("claim",), self.claim
        yield ("explanation",), self.explanation

    def has_content(self) -> bool:
        return True


class Phase(_Strict, kw_only=True):
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


class Step(_Strict, kw_only=True):
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


class Side(_Strict, kw_only=True):
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


class Help(Section, tag="help", kw_only=True):
    """The help-now card: the body plus the resources listed in meta.help."""

    def has_content(self) -> bool:
        return True


AnySection = Page | Myth | Timeline | Steps | Compare | Help

SECTION_KINDS: dict[str, type[Section]] = {
    str(cls.__struct_config__.tag): cls for cls in (Page, Myth, Timeline, Steps, Compare, Help)
}


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
