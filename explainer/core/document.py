"""Sections as Markdown documents and plain text, for print, plain reading and handouts.

Authored plain fields (titles, claims, labels, names) are escaped so they stay text;
bodies are Markdown already. Glossary marks become their shown words.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterable

from .citations import full_citation
from .evidence import LEGEND, LEVELS, has_levels, md_mark
from .explainer import Explainer
from .markdown import parse, wrap_plain
from .model import Compare, Help, IconArray, Myth, Section, Steps, Timeline
from .terms import strip_marks

VERDICT_WORDS = {"myth": "MYTH", "partly true": "PARTLY TRUE", "true": "TRUE"}
_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!<>|~])")


def escape(text: str) -> str:
    """Plain text that Markdown will show as it is."""
    return _SPECIAL.sub(r"\\\1", text)


def source_names(ids: Iterable[str], explainer: Explainer) -> list[str]:
    """The publisher of each cited article, or the title of added context; unknown ids as they are."""
    names = []
    for source_id in dict.fromkeys(ids):
        source = explainer.sources.get(source_id)
        if source is None:
            names.append(source_id)
        elif source.kind == "reference":
            names.append(f"{source.title} (added context)")
        else:
            names.append(source.publisher)
    return names


def section_markdown(
    section: Section,
    explainer: Explainer,
    *,
    heading: str = "##",
    sources: bool = True,
    choices: bool = False,
    figures: FigureSlots | None = None,
) -> str:
    """The whole section as Markdown: title, body, kind-specific parts, icon arrays, numbered sources.

    With `figures`, each icon array is also left as a placeholder line that the HTML
    handout replaces with a drawn figure.
    """
    parts = [f"{heading} {escape(section.title)}"]
    if section.body.strip() and not isinstance(section, Compare):
        parts.append(_md(section, section.body, explainer))
    parts.extend(_kind_parts(section, explainer))
    parts.extend(icon_arrays_markdown(section, explainer, figures))
    if has_levels(section):
        parts.append(f"*{escape(LEGEND)}*")
    if sources:
        listed = explainer.screen_sources(section)
        if listed:
            lines = "\n".join(f"{n}. {escape(full_citation(s))}" for n, s in enumerate(listed, start=1))
            parts.append("**Sources**\n\n" + lines)
    if choices and section.choices:
        parts.append("\n".join(f"{n}. {escape(c.label)}" for n, c in enumerate(section.choices, start=1)))
    return "\n\n".join(parts) + "\n"


def _md(section: Section, text: str, explainer: Explainer) -> str:
    """Authored Markdown as shown: citations numbered, level markers in words, glossary marks as their words."""
    return strip_marks(explainer.shown_text(section, text))


def level_line(level: str | None) -> str:
    """'✓ *Shown in people*' for a structured item's level, or nothing."""
    if level is None or level not in LEVELS:
        return ""
    return f"{md_mark(LEVELS[level])} *{LEVELS[level].words}*"


def _with_level(level: str | None, text: str) -> str:
    line = level_line(level)
    return f"{line}\n\n{text}" if line else text


def _kind_parts(section: Section, explainer: Explainer) -> list[str]:
    if isinstance(section, Myth):
        return [
            f"**Claim:** {escape(section.claim)}",
            f"**Verdict:** {VERDICT_WORDS[section.verdict]}",
            _with_level(section.level, _md(section, section.explanation, explainer)),
        ]
    if isinstance(section, Timeline):
        return [
            f"**{escape(phase.name)}** ({escape(phase.span)})\n\n"
            + "\n".join("- " + _md(section, i, explainer).replace("\n", "\n  ") for i in phase.items)
            for phase in section.phases
        ]
    if isinstance(section, Steps):
        return [
            f"**{escape(step.title)}**"
            + (f"\n\n{level_line(step.level)}" if step.level else "")
            + (f"\n\n{_md(section, step.text, explainer)}" if step.text else "")
            for step in section.steps
        ]
    if isinstance(section, Compare):
        numbers = explainer.source_numbers(section)
        sides = [
            f"**{escape(side.label)}** (source: {escape(_cited_numbers(side.sources, numbers))})\n\n"
            + _with_level(side.level, _md(section, side.text, explainer))
            for side in section.sides
        ]
        return sides + ([_md(section, section.body, explainer)] if section.body.strip() else [])
    if isinstance(section, Help):
        return [
            "\n".join(
                f"- **{escape(r.region)}:** {escape(r.name)}, {escape(r.contact)}" for r in explainer.content.meta.help
            )
        ]
    return []


def _cited_numbers(ids: Iterable[str], numbers: dict[str, int]) -> str:
    return "[" + ", ".join(str(numbers[i]) if i in numbers else "?" for i in dict.fromkeys(ids)) + "]"


def out_of_100(count: int) -> str:
    """The number in words as IPDAS asks: '52 out of 100'."""
    return f"{count} out of 100"


def icon_arrays_markdown(section: Section, explainer: Explainer, figures: FigureSlots | None) -> list[str]:
    """Each icon array as a bold title and one line per row: label, time, 'N out of 100', citation."""
    numbers = explainer.source_numbers(section)
    parts = []
    for array in section.icon_arrays:
        if figures is not None:  # the drawn figure carries the title and the words too
            parts.append(figures.add(array, numbers))
            continue
        rows = "\n".join(
            f"- {escape(row.label)}, {escape(row.time)}: **{out_of_100(row.count)}** "
            f"{escape(_cited_numbers(row.sources, numbers))}"
            for row in array.rows
        )
        parts.append(f"**{escape(array.title)}**\n\n{rows}")
    return parts


class FigureSlots:
    """Placeholders for drawn icon-array figures; the token is random, so authored text cannot forge one."""

    def __init__(self) -> None:
        import secrets

        self.token = f"ICONARRAY{secrets.token_hex(8)}"
        self.arrays: list[tuple[IconArray, dict[str, int]]] = []

    def add(self, array: IconArray, numbers: dict[str, int]) -> str:
        self.arrays.append((array, numbers))
        return f"{self.token}N{len(self.arrays) - 1}"


def section_plain(section: Section, explainer: Explainer, width: int, *, choices: bool = False) -> list[str]:
    """The section as plain text lines for screen readers and pipes (no Markdown marks)."""
    title = textwrap.wrap(section.title, width, break_on_hyphens=False) or [""]
    body = section_markdown(section, explainer, heading="", sources=True, choices=False).split("\n", 1)[1]
    lines = [*title, "=" * min(max(len(line) for line in title), width), ""]
    lines.extend(wrap_plain(parse(body).blocks, width))
    if choices and section.choices:
        lines.append("")
        for number, choice in enumerate(section.choices, start=1):
            lead = f"  {number}. "
            wrapped = textwrap.wrap(choice.label, max(width - len(lead), 8), break_on_hyphens=False) or [""]
            lines.extend((lead if i == 0 else " " * len(lead)) + part for i, part in enumerate(wrapped))
    return lines
