"""Glossary term marks in Markdown bodies: `[[term]]` or `[[term|shown text]]`.

Shared by the linter (undefined and unused terms) and by every renderer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

TERM_MARK = re.compile(r"\[\[([^\[\]|\n]+?)(?:\|([^\[\]\n]+?))?\]\]")


def marked_terms(text: str) -> Iterator[tuple[str, str, int]]:
    """(term, shown text, offset) for every mark in text."""
    for match in TERM_MARK.finditer(text):
        term = match[1].strip()
        yield term, (match[2] or match[1]).strip(), match.start()


def strip_marks(text: str) -> str:
    """The text a reader sees: marks replaced by their shown text."""
    return TERM_MARK.sub(lambda m: (m[2] or m[1]).strip(), text)


def mention_pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    """One case-insensitive pattern matching any of the names as whole words."""
    unique = sorted({name for name in names if name.strip()}, key=len, reverse=True)
    if not unique:
        return None
    alternatives = "|".join(re.escape(name) for name in unique)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)
