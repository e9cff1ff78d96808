"""What every section kind is made of: the `Section` base, and the `Kind` that declares a kind.

A kind module (`explainer/kinds/myth.py`, ...) defines its `Section` subclass and a `KIND`:
the class, the function giving its neutral parts for print, export and plain text, and the
dotted path of its Textual view, imported only when a section of the kind is first shown.
"""

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, ClassVar, Generic, NamedTuple, Protocol, TypeVar

import msgspec

from .fields import MARKDOWN as _MARKDOWN  # the field descriptions below say `_MARKDOWN + ...`
from .fields import NonEmpty, SectionId, Strict
from .icon_array import IconArray

if TYPE_CHECKING:
    from ..core.model import HelpResource


class Choice(Strict, kw_only=True):
    """A button at the foot of a section: number keys 1-9 pick them in order."""

    label: NonEmpty
    target: Annotated[str, msgspec.Meta(min_length=1, description="The id of the section it leads to.")]


class LevelledItem(NamedTuple):
    """A structured item that carries an evidence level in its own `level:` field (a step, a side).

    `name` is how lint names it ("step 'Ketamine arrives'"); `level_at` is where its `level:` is,
    below the section; `missing_at` is where to report a missing level, or None if it may have none.
    """

    path: tuple[str | int, ...]
    level: str | None
    text: str
    sources: list[str]
    name: str
    level_at: tuple[str | int, ...]
    missing_at: tuple[str | int, ...] | None


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
    lists_sources: Annotated[
        bool,
        msgspec.Meta(
            description=(
                "Set true where the body itself lists every one of the section's sources (about-sources): "
                "the screen then shows no sources line at its foot."
            )
        ),
    ] = False
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

    KEPT_BACK: ClassVar[frozenset[str]] = frozenset()
    """Fields the screen keeps back until the reader answers it (a myth's explanation, until the guess)."""

    def texts_in_view(self, answered: bool) -> Iterator[tuple[tuple[str | int, ...], str]]:
        """The texts on the screen: every one once the reader has answered, else all but those kept back."""
        return ((path, text) for path, text in self.texts() if answered or path[0] not in self.KEPT_BACK)

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

    # Evidence levels of the kind's own fields; lint (E117, E118) and the legend read these.
    MARKED_ITEM: ClassVar[str] = ""  # what `marked_items` are called in lint messages

    def levelled_items(self) -> Iterator[LevelledItem]:
        """The kind's structured items that carry a `level:` field (none for a page)."""
        return iter(())

    def marked_items(self) -> list[tuple[tuple[str | int, ...], str]] | None:
        """Texts that must each begin with an evidence marker (timeline items), or None: markers may
        then start any paragraph or list item of any text."""
        return None


class PartsKit(Protocol):
    """What a kind's parts function may use to write neutral Markdown for one section (see core/document.py)."""

    @property
    def help(self) -> "Sequence[HelpResource]":
        """The help-now resources of meta.help."""
        ...

    def escape(self, text: str) -> str:
        """Plain authored text (a title, a label) made safe as Markdown."""
        ...

    def md(self, text: str) -> str:
        """Authored Markdown as shown: citations numbered, level markers in words, glossary marks as words."""
        ...

    def level_line(self, level: str | None) -> str:
        """A structured item's evidence level as one line, or nothing."""
        ...

    def with_level(self, level: str | None, text: str) -> str:
        """Text preceded by its level line, if it has a level."""
        ...

    def cited_numbers(self, ids: Iterable[str]) -> str:
        """'[1, 3]': the section's numbers of the given source ids ('?' for an unknown id)."""
        ...


S = TypeVar("S", bound=Section)


@dataclass(frozen=True, slots=True)
class Kind(Generic[S]):
    """Everything a section kind is; every field is required, so a kind cannot forget one.

    `model`: the `Section` subclass (its `tag` is the `kind:` value in content.yaml).
    `parts`: the kind's own parts after the body, as Markdown blocks, for print, export and plain.
    `view`: "module:Class" of its Textual view, a `SectionView`; imported lazily.
    `body_last`: the body comes after the kind's parts (compare: the careful reading follows the sides).
    """

    model: type[S]
    parts: Callable[[S, PartsKit], list[str]]
    view: str
    body_last: bool = False

    @property
    def tag(self) -> str:
        return str(self.model.__struct_config__.tag)
