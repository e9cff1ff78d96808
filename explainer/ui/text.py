"""Turning content strings into what widgets show, literally and safely.

Content is authored text: titles, labels and notes are shown as plain text, never as
Textual markup, and only bodies are Markdown. Glossary marks become links the Markdown
widget hands back to us (`glossary:N`), so no link can name an action.
"""

from __future__ import annotations

from textual.content import Content

from ..core.explainer import Explainer
from ..core.model import GlossaryEntry
from ..core.terms import TERM_MARK
from . import glyphs

GLOSSARY_SCHEME = "glossary:"


def plain(text: str) -> Content:
    """Text shown exactly as written: no markup, no variables (spelled in ASCII under --ascii)."""
    return Content(glyphs.text(text))


def markdown(text: str, explainer: Explainer) -> str:
    """Markdown with [[term]] marks turned into glossary links (unknown terms stay plain)."""
    index = {id(entry): i for i, entry in enumerate(explainer.content.glossary)}

    def link(match) -> str:
        term, shown = match[1].strip(), (match[2] or match[1]).strip()
        entry = explainer.glossary.get(term.casefold())
        if entry is None:
            return shown
        return f"[{_escape_link_text(shown)}]({GLOSSARY_SCHEME}{index[id(entry)]})"

    return TERM_MARK.sub(link, glyphs.text(text))


def _escape_link_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")


def glossary_entry(href: str, explainer: Explainer) -> GlossaryEntry | None:
    """The entry a glossary link points at, or None for any other href."""
    if not href.startswith(GLOSSARY_SCHEME):
        return None
    number = href.removeprefix(GLOSSARY_SCHEME)
    if not number.isdigit() or int(number) >= len(explainer.content.glossary):
        return None
    return explainer.content.glossary[int(number)]
