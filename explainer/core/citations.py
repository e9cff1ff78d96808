"""Inline citations in Pandoc's syntax, `[@id]` or `[@id; @other]`, and a screen's numbered sources.

Every renderer numbers a screen's sources the same way: in order of first citation in
the section's texts, then any listed in `sources:` but never cited inline. The numbers
are computed once per section and kept on the loaded Explainer.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping

import msgspec

from .model import Section, Source

CITATION = re.compile(r"\[(@[^\s;\[\]]+(?:\s*;\s*@[^\s;\[\]]+)*)\]")
"""`[@a]` or `[@a; @b]`: ids are anything but spaces, ';' and brackets, so unknown ids are caught."""
_ID = re.compile(r"@([^\s;\[\]]+)")


class Citation(msgspec.Struct, frozen=True):
    """One bracketed citation: where it stands in its text and the ids it names (with their offsets)."""

    start: int
    end: int
    ids: tuple[str, ...]
    id_offsets: tuple[int, ...]


def find_citations(text: str) -> list[Citation]:
    """Every citation in the text, in order."""
    found: list[Citation] = []
    if "[@" not in text:
        return found
    for match in CITATION.finditer(text):
        inner = match.start(1)
        ids, offsets = [], []
        for id_match in _ID.finditer(match[1]):
            ids.append(id_match[1])
            offsets.append(inner + id_match.start())
        found.append(Citation(match.start(), match.end(), tuple(ids), tuple(offsets)))
    return found


def inline_ids(section: Section) -> Iterator[tuple[tuple[str | int, ...], str, int]]:
    """(path below the section, id, offset in that text) for every inline citation."""
    for path, text in section.texts():
        for citation in find_citations(text):
            for source_id, offset in zip(citation.ids, citation.id_offsets, strict=True):
                yield path, source_id, offset


def screen_source_ids(section: Section) -> list[str]:
    """The ids a screen shows, numbered from 1: first-cited order, then listed-but-uncited ones."""
    order: dict[str, None] = {}
    for _, source_id, _ in inline_ids(section):
        order.setdefault(source_id)
    for _, source_id in section.cited():
        order.setdefault(source_id)
    return list(order)


def screen_sources(section: Section, sources: dict[str, Source]) -> list[Source]:
    """The known sources of a screen, in the order of their numbers (unknown ids are left out)."""
    return [sources[s] for s in screen_source_ids(section) if s in sources]


def numbered(text: str, numbers: Mapping[str, int], *, escape: bool = True) -> str:
    """The text with each citation as its numbers, e.g. `[1, 3]`; an unknown id shows as `?`.

    With escape, the brackets are escaped so Markdown shows them as they are.
    """
    return _relabel(text, lambda i: str(numbers[i]) if i in numbers else "?", ", ", escape)


def full_citation(source: Source) -> str:
    """What a reference list shows for a source: the full citation of a reference, or an article's title."""
    if source.kind == "reference":
        return source.cite
    return f"{source.publisher}: {source.title} (promotional article)"


def short_name(source: Source) -> str:
    """A short name for the foot of a screen."""
    if source.kind == "reference":
        return source.title
    return source.publisher


def numbered_apart(
    text: str, sources: Mapping[str, Source], *, escape: bool = True
) -> tuple[str, list[tuple[int, str]]]:
    """A text outside a screen (a glossary entry) numbered on its own: citations as [1], [2] in the order
    they first appear, and what each number stands for (1, 'Short name'), to list under the text.

    Names in the text itself made a wall of words (a definition with three articles cited twice).
    """
    order: dict[str, int] = {}
    for citation in find_citations(text):
        for source_id in citation.ids:
            order.setdefault(source_id, len(order) + 1)
    listed = [(n, short_name(sources[i]) if i in sources else "?") for i, n in order.items()]
    return numbered(text, order, escape=escape), listed


def _relabel(text: str, label: Callable[[str], str], separator: str, escape: bool) -> str:
    """Each citation in the text replaced by its ids' labels in brackets (escaped for Markdown)."""
    if "[@" not in text:
        return text

    def replace(match: re.Match[str]) -> str:
        inner = separator.join(label(i) for i in _ID.findall(match[1]))
        return f"\\[{inner}\\]" if escape else f"[{inner}]"

    return CITATION.sub(replace, text)
