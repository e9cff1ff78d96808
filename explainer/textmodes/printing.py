"""`explainer print`: sections as plain text, or with Rich formatting on a terminal."""

from __future__ import annotations

import os
import sys
from typing import TextIO

from ..core.document import escape, section_markdown, section_plain
from ..core.explainer import Explainer


def sources_markdown(explainer: Explainer) -> str:
    """Every source with its title, publisher and note."""
    lines = ["## Sources", ""]
    for source in explainer.content.sources:
        note = f" {escape(source.note)}" if source.note else ""
        lines.append(f"- **{escape(source.publisher)}**: *{escape(source.title)}*.{note} ({escape(source.cite)})")
    return "\n".join(lines) + "\n"


def wants_rich(stream: TextIO) -> bool:
    """Formatting only on a terminal, and never with NO_COLOR or TERM=dumb."""
    return stream.isatty() and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"


def print_sections(
    explainer: Explainer, ids: list[str], *, width: int | None, everything: bool, stream: TextIO = sys.stdout
) -> None:
    """Write the sections in order (with the source list after --all)."""
    if wants_rich(stream):
        from rich.console import Console
        from rich.markdown import Markdown
        from rich.rule import Rule

        console = Console(file=stream, width=width, highlight=False, emoji=False, markup=False)
        for index, section_id in enumerate(ids):
            if index:
                console.print(Rule())
            console.print(Markdown(section_markdown(explainer.sections[section_id], explainer, choices=not everything)))
        if everything:
            console.print(Rule())
            console.print(Markdown(sources_markdown(explainer)))
        return
    columns = width or 80
    blocks = []
    for section_id in ids:
        blocks.append(
            "\n".join(section_plain(explainer.sections[section_id], explainer, columns, choices=not everything))
        )
    if everything:
        from ..core.markdown import parse, wrap_plain

        blocks.append(
            "Sources\n=======\n\n"
            + "\n".join(wrap_plain(parse(sources_markdown(explainer).split("\n", 1)[1]).blocks, columns))
        )
    stream.write(("\n\n" + "-" * min(columns, 40) + "\n\n").join(blocks) + "\n")
