"""The four evidence levels: one table of ids, marks and words that every renderer uses.

A level is never shown by colour alone: each has a mark that differs by shape and words
a reader can scan for. In Markdown text a marker such as `{shown}` at the very start of a
paragraph or list item gives that block its level.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import msgspec

from .model import Section


class Level(msgspec.Struct, frozen=True):
    id: str
    mark: str
    words: str
    meaning: str
    short: str
    """One word for where the full words do not fit (the legend on a narrow terminal)."""

    @property
    def label(self) -> str:
        """Mark and words, e.g. '✓ Shown in people'."""
        return f"{self.mark} {self.words}"


LEVELS: dict[str, Level] = {
    level.id: level
    for level in (
        Level("shown", "✓", "Shown in people", "controlled trials in humans", "Shown"),
        Level("theory", "≈", "Leading theory", "mostly animal or early human work", "Theory"),
        Level("claim", "!", "One article's claim", "promotional, not independently supported", "Claim"),
        Level("context", "+", "Added context", "from a primary reference", "Context"),
    )
}

MARKER = re.compile(r"^([ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?)\{([A-Za-z_-]+)\}[ \t]*", re.MULTILINE)
"""A `{level}` marker at the start of a line, after an optional list bullet or number."""


LEGEND = "Marks: " + "   ".join(level.label for level in LEVELS.values())
"""One line naming every mark, shown wherever levels appear."""


def md_mark(level: Level) -> str:
    """The mark escaped for Markdown ('+' at a line start would begin a list)."""
    return "\\" + level.mark if level.mark in "+!" else level.mark


def legend_lines() -> list[str]:
    """One line per level: mark, words and what it means."""
    return [f"{level.label}: {level.meaning}" for level in LEVELS.values()]


def split_marker(text: str) -> tuple[str | None, str]:
    """(level id, rest) when the text begins with a known marker, else (None, text)."""
    match = MARKER.match(text)
    if match and not match[1] and match[2] in LEVELS:
        return match[2], text[match.end() :]
    return None, text


def markers(text: str) -> Iterator[tuple[str, int]]:
    """(marker word, offset of its '{') for each marker at a paragraph or list-item start."""
    if "{" not in text:
        return
    for match in MARKER.finditer(text):
        yield match[2], match.start(2) - 1


def worded(text: str, *, markdown: bool = True) -> str:
    """The text with each known marker replaced by its mark and words (emphasised in Markdown)."""
    if "{" not in text:
        return text

    def replace(match: re.Match[str]) -> str:
        level = LEVELS.get(match[2])
        if level is None:
            return match[0]
        if markdown:
            return f"{match[1]}{md_mark(level)} *{level.words}:* "
        return f"{match[1]}{level.mark} {level.words}: "

    return MARKER.sub(replace, text)


def marker_units(text: str) -> Iterator[tuple[str, int, str]]:
    """(marker word, offset, the text it governs): up to the next marker or blank line."""
    found = list(markers(text))
    for index, (word, offset) in enumerate(found):
        end = found[index + 1][1] if index + 1 < len(found) else len(text)
        blank = text.find("\n\n", offset)
        if blank != -1:
            end = min(end, blank)
        yield word, offset, text[offset:end]


def has_levels(section: Section) -> bool:
    """True when the screen shows any evidence level (so it shows the legend too)."""
    if any(item.level for item in section.levelled_items()):
        return True
    return any(True for _, text in section.texts() for _ in markers(text))


def leveled_units(
    section: Section,
) -> Iterator[tuple[tuple[str | int, ...], str | None, str, list[str], int]]:
    """Every block that carries (or, for steps, should carry) a level.

    Yields (path below the section, level or None, text, listed source ids, offset of the marker).
    """
    structured = list(section.levelled_items())
    yield from ((item.path, item.level, item.text, item.sources, -1) for item in structured)
    marked = section.marked_items()
    if marked is not None:
        for path, item_text in marked:
            word, _ = split_marker(item_text)
            yield path, word, item_text, [], 0 if word else -1
        return
    for path, text in section.texts():
        if any(path[: len(item.path)] == item.path for item in structured):
            continue  # structured items above carry their own level
        for word, offset, unit in marker_units(text):
            if word in LEVELS:
                yield path, word, unit, [], offset
