"""The command palette (ctrl+p): search section titles, bodies and glossary terms."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider

from ..core.terms import strip_marks
from . import glyphs
from .text import plain

if TYPE_CHECKING:
    from .app import ExplainerApp

CONTEXT = 64
"""About how many characters of the matched text a result shows."""


def context_line(text: str, needle: str, width: int = CONTEXT) -> str | None:
    """The text around the first match, trimmed with '…', the match in bold (palette markup).

    Content text is escaped, so nothing authored is read as markup.
    """
    flat = " ".join(glyphs.text(strip_marks(text)).replace("**", "").split())
    at = flat.casefold().find(needle)
    if not needle or at < 0:
        return None
    start = max(0, min(at - width // 3, len(flat) - width))
    end = min(len(flat), start + width)
    before, match, after = flat[start:at], flat[at : at + len(needle)], flat[at + len(needle) : end]
    lead = glyphs.active().ellipsis if start > 0 else ""
    tail = glyphs.active().ellipsis if end < len(flat) else ""
    return f"{lead}{_escape(before)}[b]{_escape(match)}[/b]{_escape(after)}{tail}"


def _escape(text: str) -> str:
    """Every '[' escaped, so no authored text opens a markup tag."""
    return text.replace("\\", "\\\\").replace("[", "\\[")


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
            elif needle:
                found = (context_line(text, needle) for _, text in section.texts())
                context = next((line for line in found if line), None)
                if context is not None:
                    yield Hit(0.1, plain(section.title), partial(app.goto, section.id), help=context)
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
