"""Sections as Markdown documents and plain text, for print, plain reading and handouts.

Authored plain fields (titles, claims, labels, names) are escaped so they stay text;
bodies are Markdown already. Glossary marks become their shown words.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterable, Sequence

from ..kinds import kind_of
from ..kinds.icon_array import icon_array_part, out_of_100
from ..kinds.myth import VERDICT_WORDS
from .citations import full_citation
from .evidence import LEGEND, LEVELS, has_levels, md_mark
from .explainer import Explainer
from .markdown import parse, wrap_plain
from .model import HelpResource, IconArray, Section
from .terms import strip_marks

__all__ = ["ASK_LEAD", "VERDICT_WORDS", "out_of_100"]  # re-exported for the UI's views

ASK_LEAD = "A question you could ask:"
"""The words before a section's `ask:` question, as the reader shows them beneath the section."""

_INLINE = re.compile(r"([\\`*_\[\]<>~|])|&(?=#?\w+;)")
"""Characters that start or end inline Markdown anywhere (and & when it would read as an entity)."""
_LINE_START = re.compile(r"^([ \t]*)([#>+\-=]|\d+(?=[.)]))", re.MULTILINE)
"""What starts a heading, quote, list or underline only at the start of a line."""


def escape(text: str) -> str:
    """Plain text that Markdown will show as it is, escaping only what Markdown would read as syntax.

    Escaping every punctuation mark made the Markdown handout hard to read (`hard\\-to\\-treat`).
    """
    text = _INLINE.sub(lambda m: "\\" + m.group(0), text)
    return _LINE_START.sub(_escape_line_start, text)


def _escape_line_start(match: re.Match[str]) -> str:
    indent, marker = match.groups()
    if marker.isdigit():  # "1999." or "3)": escape the dot or bracket after the number
        return indent + marker + "\\"
    return indent + "\\" + marker


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
    kind = kind_of(section)
    kit = _Kit(section, explainer)
    parts = [f"{heading} {escape(section.title)}"]
    body = [kit.md(section.body)] if section.body.strip() else []
    parts.extend(kind.parts(section, kit) + body if kind.body_last else body + kind.parts(section, kit))
    parts.extend(icon_arrays_markdown(section, explainer, figures))
    if has_levels(section):
        parts.append(f"*{escape(LEGEND)}*")
    if section.ask.strip():
        parts.append(ask_line(section.ask))
    if sources:
        listed = explainer.screen_sources(section)
        if listed:
            lines = "\n".join(f"{n}. {escape(full_citation(s))}" for n, s in enumerate(listed, start=1))
            parts.append("**Sources**\n\n" + lines)
    if choices and section.choices:
        parts.append("\n".join(f"{n}. {escape(c.label)}" for n, c in enumerate(section.choices, start=1)))
    return "\n\n".join(parts) + "\n"


def ask_line(question: str) -> str:
    """The section's question for a clinician as one Markdown paragraph: the same words in print, plain and handouts."""
    return f"**{escape(ASK_LEAD)}** {escape(' '.join(question.split()))}"


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


class _Kit:
    """The toolkit a kind's parts function writes one section's Markdown with (`kinds.base.PartsKit`)."""

    def __init__(self, section: Section, explainer: Explainer) -> None:
        self.section = section
        self.explainer = explainer
        self._numbers: dict[str, int] | None = None

    @property
    def help(self) -> Sequence[HelpResource]:
        return self.explainer.content.meta.help

    def escape(self, text: str) -> str:
        return escape(text)

    def md(self, text: str) -> str:
        return _md(self.section, text, self.explainer)

    def level_line(self, level: str | None) -> str:
        return level_line(level)

    def with_level(self, level: str | None, text: str) -> str:
        return _with_level(level, text)

    def cited_numbers(self, ids: Iterable[str]) -> str:
        if self._numbers is None:
            self._numbers = self.explainer.source_numbers(self.section)
        return _cited_numbers(ids, self._numbers)


def _cited_numbers(ids: Iterable[str], numbers: dict[str, int]) -> str:
    return "[" + ", ".join(str(numbers[i]) if i in numbers else "?" for i in dict.fromkeys(ids)) + "]"


def icon_arrays_markdown(section: Section, explainer: Explainer, figures: FigureSlots | None) -> list[str]:
    """Each icon array as a bold title and one line per row: label, time, 'N out of 100', citation."""
    if figures is not None:  # the drawn figure carries the title and the words too
        numbers = explainer.source_numbers(section)
        return [figures.add(array, numbers) for array in section.icon_arrays]
    kit = _Kit(section, explainer)
    return [icon_array_part(array, kit) for array in section.icon_arrays]


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
