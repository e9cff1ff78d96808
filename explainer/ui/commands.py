"""The command palette (ctrl+p): search section titles, bodies and glossary terms."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider

from ..core.terms import strip_marks
from .text import plain

if TYPE_CHECKING:
    from .app import ExplainerApp


class ExplainerCommands(Provider):
    """Sections by title (best) or by words in their text; glossary terms by name."""

    @property
    def reader(self) -> ExplainerApp:
        return cast("ExplainerApp", self.app)

    async def discover(self) -> Hits:
        app = self.reader
        for section in app.explainer.content.sections:
            yield DiscoveryHit(plain(section.title), partial(app.goto, section.id), help=section.branch or None)

    async def search(self, query: str) -> Hits:
        app = self.reader
        matcher = self.matcher(query)
        needle = query.casefold().strip()
        for section in app.explainer.content.sections:
            score = matcher.match(section.title)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(section.title),
                    partial(app.goto, section.id),
                    help=section.branch or "Section",
                )
            elif needle and any(needle in strip_marks(text).casefold() for _, text in section.texts()):
                yield Hit(0.1, plain(section.title), partial(app.goto, section.id), help="Mentions " + query.strip())
        for entry in app.explainer.content.glossary:
            names = (entry.term, *entry.aliases)
            score = max(matcher.match(name) for name in names)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(entry.term),
                    partial(app.show_glossary, [entry]),
                    help="Glossary: " + entry.short,
                )
