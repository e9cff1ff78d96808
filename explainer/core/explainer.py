"""A loaded explainer: the validated model plus the indexes the UI and linter share.

Kept free of PyYAML so that the reader can start from the cache without importing it.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cached_property
from typing import TYPE_CHECKING

import msgspec

from .model import AnySection, Content, GlossaryEntry, Section, Source
from .terms import TERM_MARK

if TYPE_CHECKING:
    from .positions import Locator
    from .yamlsafe import ControlChars, DuplicateKey


class Explainer(msgspec.Struct, dict=True):
    """The model, where it came from, and (when parsed from YAML) where each value stands.

    dict=True lets the indexes below be cached properties.
    """

    content: Content
    file: str
    locator: Locator | None = None
    duplicates: list[DuplicateKey] = msgspec.field(default_factory=list)
    controls: list[ControlChars] = msgspec.field(default_factory=list)

    def __repr__(self) -> str:  # the content and positions would fill a screen
        return f"Explainer(file={self.file!r}, sections={len(self.content.sections)})"

    @cached_property
    def sections(self) -> dict[str, AnySection]:
        """Sections by id; the first of two with the same id wins (the linter reports the second)."""
        by_id: dict[str, AnySection] = {}
        for section in self.content.sections:
            by_id.setdefault(section.id, section)
        return by_id

    @cached_property
    def sources(self) -> dict[str, Source]:
        return {source.id: source for source in self.content.sources}

    @cached_property
    def glossary(self) -> dict[str, GlossaryEntry]:
        """Glossary entries by lower-cased term and alias."""
        index: dict[str, GlossaryEntry] = {}
        for entry in self.content.glossary:
            for name in (entry.term, *entry.aliases):
                index.setdefault(name.casefold(), entry)
        return index

    def marked_entries(self, texts: Iterable[str]) -> list[GlossaryEntry]:
        """Glossary entries marked as [[term]] in the texts, once each, in order of first mark."""
        found: dict[int, GlossaryEntry] = {}
        for text in texts:
            for match in TERM_MARK.finditer(text):
                entry = self.glossary.get(match[1].strip().casefold())
                if entry is not None:
                    found.setdefault(id(entry), entry)
        return list(found.values())

    @cached_property
    def _sections_by_term(self) -> dict[int, list[AnySection]]:
        """Each glossary entry (by identity) and the sections that mark it, in content order."""
        found: dict[int, list[AnySection]] = {}
        for section in self.content.sections:
            for entry in self.marked_entries(text for _, text in section.texts()):
                found.setdefault(id(entry), []).append(section)
        return found

    def used_in(self, entry: GlossaryEntry) -> list[str]:
        """The titles of the sections whose text marks this term (or an alias of it), in content order."""
        return [section.title for section in self._sections_by_term.get(id(entry), [])]

    @cached_property
    def _numbers(self) -> dict[int, dict[str, int]]:
        return {}

    def source_numbers(self, section: Section) -> dict[str, int]:
        """The screen's citation numbers by source id, worked out once per section and kept."""
        key = id(section)
        numbers = self._numbers.get(key)
        if numbers is None:
            from .citations import screen_sources

            numbers = {source.id: n for n, source in enumerate(screen_sources(section, self.sources), start=1)}
            self._numbers[key] = numbers
        return numbers

    def screen_sources(self, section: Section) -> list[Source]:
        """The sources a screen shows, in the order of their numbers."""
        return [self.sources[source_id] for source_id in self.source_numbers(section)]

    def shown_text(self, section: Section, text: str, *, markdown: bool = True) -> str:
        """A text of the section as readers see it: citations as numbers, level markers as mark and words."""
        from .citations import numbered
        from .evidence import worded

        return worded(numbered(text, self.source_numbers(section), escape=markdown), markdown=markdown)

    @property
    def start(self) -> AnySection:
        return self.sections[self.content.start]
