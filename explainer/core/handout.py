"""A take-away handout of the sections a reader visited, as Markdown or one printable HTML file.

It carries the sections, the glossary terms met in them, their sources, the content's
closing sections (questions to ask a clinician, help now) and the not-advice line.
"""

from __future__ import annotations

import datetime
import html
from collections.abc import Sequence

from .citations import full_citation
from .document import FigureSlots, escape, section_markdown
from .evidence import LEVELS, has_levels, md_mark
from .explainer import Explainer
from .model import Help


def handout_ids(explainer: Explainer, visited: list[str]) -> list[str]:
    """The visited sections once each, in order, then the content's handout sections and help."""
    ids = list(dict.fromkeys(s for s in visited if s in explainer.sections))
    extras = [s for s in explainer.content.handout if s in explainer.sections]
    help_ids = [s.id for s in explainer.content.sections if isinstance(s, Help)][:1]
    return ids + [s for s in dict.fromkeys(extras + help_ids) if s not in ids]


def handout_markdown(
    explainer: Explainer,
    visited: list[str],
    *,
    today: datetime.date,
    questions: Sequence[str] = (),
    figures: FigureSlots | None = None,
) -> str:
    """The handout as Markdown; `questions` are the reader's own ('My questions'), listed first.

    With `figures`, icon arrays leave placeholders for handout_html to draw.
    """
    meta = explainer.content.meta
    ids = handout_ids(explainer, visited)
    sections = [explainer.sections[s] for s in ids]
    parts = [
        f"# {escape(meta.title)}",
        f"*A handout made on {today.isoformat()}. The content was written on {meta.written.isoformat()} "
        f"and is due for review by {meta.review_by.isoformat()}.*",
        f"**{escape(meta.not_advice)}**" if meta.not_advice else "",
        escape(meta.disclosure),
    ]
    if any(has_levels(section) for section in sections):
        parts[-1:-1] = [
            "## How to read the marks",
            "Each claim carries one of four marks, in words as well as a sign:\n\n"
            + "\n".join(f"- {md_mark(level)} **{level.words}**: {level.meaning}" for level in LEVELS.values())
            + "\n\nNumbers in brackets, like [1], point to the sources listed under each section.",
        ]
    if questions:
        parts.append("## My questions for my clinician")
        parts.append("\n".join(f"- {escape(question)}" for question in questions))
    parts.append("## What you read")
    parts += [section_markdown(section, explainer, heading="###", figures=figures).rstrip() for section in sections]
    terms = explainer.marked_entries(text for section in sections for _, text in section.texts())
    if terms:
        parts.append("## Words you met")
        parts.append("\n".join(f"- **{escape(entry.term)}**: {escape(entry.short)}" for entry in terms))
    cited = list(dict.fromkeys(source_id for section in sections for source_id in explainer.source_numbers(section)))
    if cited:
        parts.append("## Sources")
        lines = []
        for source in (explainer.sources[source_id] for source_id in cited):
            note = f" {escape(source.note)}" if source.note else ""
            lines.append(f"- {escape(full_citation(source))}.{note}")
        parts.append("\n".join(lines))
    return "\n\n".join(part for part in parts if part) + "\n"


STYLE = """
body { font-family: Georgia, 'Times New Roman', serif; max-width: 42rem; margin: 2rem auto; padding: 0 1rem;
       line-height: 1.5; color: #111; background: #fff; }
h1 { font-size: 1.6rem; } h2 { border-bottom: 1px solid #999; margin-top: 2rem; } h3 { margin-top: 1.5rem; }
em { color: #333; } li { margin: 0.2rem 0; }
figure.icon-array { margin: 1rem 0; } figure.icon-array figcaption { font-weight: bold; }
.icon-row { display: flex; gap: 1rem; align-items: center; margin: 0.5rem 0; break-inside: avoid; }
.icon-row svg { flex: none; } .icon-row p { margin: 0; }
@media print { body { margin: 0; max-width: none; font-size: 11pt; } h2, h3 { break-after: avoid; }
               h3 { break-before: auto; } a { color: inherit; text-decoration: none; } }
"""


def handout_html(markdown: str, title: str, figures: FigureSlots | None = None) -> str:
    """One self-contained HTML file: no scripts, no outside resources, raw HTML in content escaped."""
    from markdown_it import MarkdownIt

    body = MarkdownIt("commonmark", {"html": False}).render(markdown)
    if figures is not None:
        from .figures import icon_array_figure

        for index, (array, numbers) in enumerate(figures.arrays):
            body = body.replace(f"<p>{figures.token}N{index}</p>", icon_array_figure(array, numbers))
    return (
        '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{body}</body>\n</html>\n"
    )


def handout_document(
    explainer: Explainer,
    visited: list[str],
    *,
    today: datetime.date,
    kind: str = "html",
    questions: Sequence[str] = (),
) -> str:
    """The whole handout as 'md' or 'html' (with icon arrays drawn as figures)."""
    if kind != "html":
        return handout_markdown(explainer, visited, today=today, questions=questions)
    figures = FigureSlots()
    markdown = handout_markdown(explainer, visited, today=today, questions=questions, figures=figures)
    return handout_html(markdown, explainer.content.meta.title, figures)
