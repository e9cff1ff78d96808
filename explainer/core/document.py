"""Sections as Markdown documents and plain text, for print, plain reading and handouts.

Authored plain fields (titles, claims, labels, names) are escaped so they stay text;
bodies are Markdown already. Glossary marks become their shown words.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterable

from .explainer import Explainer
from .markdown import parse, wrap_plain
from .model import Compare, Help, Myth, Section, Steps, Timeline
from .terms import strip_marks

VERDICT_WORDS = {"myth": "MYTH", "partly true": "PARTLY TRUE", "true": "TRUE"}
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
    section: Section, explainer: Explainer, *, heading: str = "##", sources: bool = True, choices: bool = False
) -> str:
    """The whole section as Markdown: title, body, kind-specific parts, sources."""
    parts = [f"{heading} {escape(section.title)}"]
    if section.body.strip() and not isinstance(section, Compare):
        parts.append(strip_marks(section.body))
    parts.extend(_kind_parts(section, explainer))
    if sources:
        names = source_names((source for _, source in section.cited()), explainer)
        if names:
            parts.append("*Sources: " + escape("; ".join(names)) + "*")
    if choices and section.choices:
        parts.append("\n".join(f"{n}. {escape(c.label)}" for n, c in enumerate(section.choices, start=1)))
    return "\n\n".join(parts) + "\n"


def _kind_parts(section: Section, explainer: Explainer) -> list[str]:
    if isinstance(section, Myth):
        return [
            f"**Claim:** {escape(section.claim)}",
            f"**Verdict:** {VERDICT_WORDS[section.verdict]}",
            strip_marks(section.explanation),
        ]
    if isinstance(section, Timeline):
        return [
            f"**{escape(phase.name)}** ({escape(phase.span)})\n\n" + "\n".join(f"- {escape(i)}" for i in phase.items)
            for phase in section.phases
        ]
    if isinstance(section, Steps):
        return [
            f"**{escape(step.title)}**" + (f"\n\n{strip_marks(step.text)}" if step.text else "")
            for step in section.steps
        ]
    if isinstance(section, Compare):
        sides = [
            f"**{escape(side.label)}** (source: {escape('; '.join(source_names(side.sources, explainer)))})\n\n"
            + strip_marks(side.text)
            for side in section.sides
        ]
        return sides + ([strip_marks(section.body)] if section.body.strip() else [])
    if isinstance(section, Help):
        return [
            "\n".join(
                f"- **{escape(r.region)}:** {escape(r.name)}, {escape(r.contact)}" for r in explainer.content.meta.help
            )
        ]
    return []


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
