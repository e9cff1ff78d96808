"""A take-away handout of the sections a reader visited, as Markdown or one printable HTML file.

It carries the sections, the glossary terms met in them, their sources, the content's
closing sections (questions to ask a clinician, help now) and the not-advice line.
"""

from __future__ import annotations

import datetime
import html
from collections.abc import Sequence

from .document import escape, section_markdown
from .explainer import Explainer
from .model import Help


def handout_ids(explainer: Explainer, visited: list[str]) -> list[str]:
    """The visited sections once each, in order, then the content's handout sections and help."""
    ids = list(dict.fromkeys(s for s in visited if s in explainer.sections))
    extras = [s for s in explainer.content.handout if s in explainer.sections]
    help_ids = [s.id for s in explainer.content.sections if isinstance(s, Help)][:1]
    return ids + [s for s in dict.fromkeys(extras + help_ids) if s not in ids]


def handout_markdown(
    explainer: Explainer, visited: list[str], *, today: datetime.date, questions: Sequence[str] = ()
) -> str:
    """The handout as Markdown; `questions` are the reader's own ('My questions'), listed first."""
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
    if questions:
        parts.append("## My questions for my clinician")
        parts.append("\n".join(f"- {escape(question)}" for question in questions))
    parts.append("## What you read")
    parts += [section_markdown(section, explainer, heading="###").rstrip() for section in sections]
    terms = explainer.marked_entries(text for section in sections for _, text in section.texts())
    if terms:
        parts.append("## Words you met")
        parts.append("\n".join(f"- **{escape(entry.term)}**: {escape(entry.short)}" for entry in terms))
    cited = list(dict.fromkeys(source for section in sections for _, source in section.cited()))
    if cited:
        parts.append("## Sources")
        lines = []
        for source_id in cited:
            source = explainer.sources.get(source_id)
            if source is not None:
                note = f" {escape(source.note)}" if source.note else ""
                lines.append(f"- {escape(source.publisher)}: *{escape(source.title)}*.{note}")
        parts.append("\n".join(lines))
    return "\n\n".join(part for part in parts if part) + "\n"


STYLE = """
body { font-family: Georgia, 'Times New Roman', serif; max-width: 42rem; margin: 2rem auto; padding: 0 1rem;
       line-height: 1.5; color: #111; background: #fff; }
h1 { font-size: 1.6rem; } h2 { border-bottom: 1px solid #999; margin-top: 2rem; } h3 { margin-top: 1.5rem; }
em { color: #333; } li { margin: 0.2rem 0; }
@media print { body { margin: 0; max-width: none; font-size: 11pt; } h2, h3 { break-after: avoid; }
               h3 { break-before: auto; } a { color: inherit; text-decoration: none; } }
"""


def handout_html(markdown: str, title: str) -> str:
    """One self-contained HTML file: no scripts, no outside resources, raw HTML in content escaped."""
    from markdown_it import MarkdownIt

    body = MarkdownIt("commonmark", {"html": False}).render(markdown)
    return (
        '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{body}</body>\n</html>\n"
    )
