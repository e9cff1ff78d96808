"""Lint rules on the content's top-level keys: `start`, `hub`, `handout`, `routes`, `sources`, `glossary`, `meta`.

Split from `lint.py` (the checks of single sections), which runs these with its own:
`rules.checks()` imports this module, and that registers them. Citations, quotes and
evidence levels are in `lint_evidence.py`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .citations import inline_ids
from .diagnostics import did_you_mean
from .graph import reachable
from .model import Help
from .rules import rule
from .terms import marked_terms, mention_pattern

if TYPE_CHECKING:
    from .lint import LintRun, _Collector


@rule("E104", "unknown-start", "error", "`start` names a section that does not exist.")
def unknown_start(run: LintRun, out: _Collector) -> None:
    content = run.explainer.content
    if content.start not in run.explainer.sections:
        out.add(
            "E104",
            ("start",),
            f"start section '{content.start}' does not exist{did_you_mean(content.start, list(run.explainer.sections))}",
        )


@rule("E112", "unknown-hub", "error", "`hub` names a section that does not exist.")
def unknown_hub(run: LintRun, out: _Collector) -> None:
    content, sections = run.explainer.content, run.explainer.sections
    if content.start in sections and content.hub and content.hub not in sections:
        out.add(
            "E112", ("hub",), f"hub section '{content.hub}'{did_you_mean(content.hub, list(sections))} does not exist"
        )


@rule("E113", "unknown-handout-section", "error", "`handout` names a section that does not exist.")
def unknown_handout_sections(run: LintRun, out: _Collector) -> None:
    content, sections = run.explainer.content, run.explainer.sections
    if content.start not in sections:
        return
    for index, section_id in enumerate(content.handout):
        if section_id not in sections:
            hint = did_you_mean(section_id, list(sections))
            out.add("E113", ("handout", index), f"handout section '{section_id}' does not exist{hint}")


@rule("W201", "unreachable", "warning", "No path of choices leads from `start` to this section.")
def unreachable(run: LintRun, out: _Collector) -> None:
    content = run.explainer.content
    if content.start not in run.explainer.sections:
        return
    seen = reachable(content)
    for i, section in enumerate(content.sections):
        if section.id not in seen:
            out.add("W201", ("sections", i, "id"), f"section '{section.id}' cannot be reached from '{content.start}'")


@rule("E120", "duplicate-route-id", "error", "Two routes share an id.")
def duplicate_route_ids(run: LintRun, out: _Collector) -> None:
    first_at: dict[str, int] = {}
    for i, route in enumerate(run.explainer.content.routes):
        if route.id in first_at:
            first = out.where(("routes", first_at[route.id], "id"))
            out.add("E120", ("routes", i, "id"), f"duplicate route id '{route.id}' (first at {first})")
        first_at.setdefault(route.id, i)


@rule("E119", "unknown-route-section", "error", "A route names a section that does not exist.")
def unknown_route_sections(run: LintRun, out: _Collector) -> None:
    sections = run.explainer.sections
    for i, route in enumerate(run.explainer.content.routes):
        for j, section_id in enumerate(route.sections):
            if section_id not in sections:
                hint = did_you_mean(section_id, list(sections))
                out.add(
                    "E119",
                    ("routes", i, "sections", j),
                    f"route '{route.id}' names unknown section '{section_id}'{hint}",
                )


@rule("W216", "route-repeats-section", "warning", "A route lists the same section twice.")
def route_repeats(run: LintRun, out: _Collector) -> None:
    sections = run.explainer.sections
    for i, route in enumerate(run.explainer.content.routes):
        seen: dict[str, int] = {}
        for j, section_id in enumerate(route.sections):
            if section_id in sections and section_id in seen:
                out.add(
                    "W216",
                    ("routes", i, "sections", j),
                    f"route '{route.id}' lists '{section_id}' twice (also step {seen[section_id] + 1})",
                )
            seen.setdefault(section_id, j)


@rule("E111", "duplicate-source-id", "error", "Two sources share an id.")
def duplicate_source_ids(run: LintRun, out: _Collector) -> None:
    first_at: dict[str, int] = {}
    for i, source in enumerate(run.explainer.content.sources):
        if source.id in first_at:
            out.add(
                "E111",
                ("sources", i, "id"),
                f"duplicate source id '{source.id}' (first at {out.where(('sources', first_at[source.id], 'id'))})",
            )
            continue
        first_at[source.id] = i


@rule("W203", "uncited-source", "warning", "A source that no section cites.")
def uncited_sources(run: LintRun, out: _Collector) -> None:
    sections = run.explainer.content.sections
    cited = {source for section in sections for _, source in section.cited()}
    cited.update(source for section in sections for _, source, _ in inline_ids(section))
    seen: set[str] = set()
    for i, source in enumerate(run.explainer.content.sources):
        if source.id in seen:
            continue  # a duplicate id is E111's
        seen.add(source.id)
        if source.id not in cited:
            out.add("W203", ("sources", i, "id"), f"source '{source.id}' is never cited")


def _glossary_owner(run: LintRun) -> dict[str, int]:
    """Each glossary name (folded) and the index of the first entry that defines it."""
    owner: dict[str, int] = {}
    for i, entry in enumerate(run.explainer.content.glossary):
        for name in (entry.term, *entry.aliases):
            owner.setdefault(name.casefold(), i)
    return owner


@rule("W209", "duplicate-term", "warning", "A glossary term or alias is defined twice.")
def duplicate_terms(run: LintRun, out: _Collector) -> None:
    glossary = run.explainer.content.glossary
    owner: dict[str, int] = {}
    for i, entry in enumerate(glossary):
        for name in (entry.term, *entry.aliases):
            folded = name.casefold()
            if folded in owner and owner[folded] != i:
                out.add(
                    "W209",
                    ("glossary", i),
                    f"glossary name '{name}' is also defined by '{glossary[owner[folded]].term}'",
                )
            owner.setdefault(folded, i)


@rule("W205", "unused-term", "warning", "A glossary term that no section uses.")
def unused_terms(run: LintRun, out: _Collector) -> None:
    glossary = run.explainer.content.glossary
    if not glossary:
        return
    owner = _glossary_owner(run)
    used: set[int] = set()
    pattern = mention_pattern(owner)
    for section in run.explainer.content.sections:
        for _, text in section.texts():
            for term, _, _ in marked_terms(text):
                if term.casefold() in owner:
                    used.add(owner[term.casefold()])
            if pattern is not None:
                used.update(owner[m[0].casefold()] for m in pattern.finditer(text))
    for i, entry in enumerate(glossary):
        if i not in used:
            out.add("W205", ("glossary", i, "term"), f"glossary term '{entry.term}' is never used in any section")


@rule("W206", "review-overdue", "warning", "The content's review date has passed.")
def review_overdue(run: LintRun, out: _Collector) -> None:
    meta = run.explainer.content.meta
    if meta.review_by < run.today:
        out.add(
            "W206", ("meta", "review_by"), f"review date {meta.review_by.isoformat()} has passed; review the content"
        )


@rule("W211", "review-before-written", "warning", "meta.review_by is not after meta.written.")
def review_before_written(run: LintRun, out: _Collector) -> None:
    meta = run.explainer.content.meta
    if meta.review_by <= meta.written:
        out.add("W211", ("meta", "review_by"), "review_by must come after the date written")


@rule("W213", "no-not-advice-line", "warning", "meta.not_advice is empty: the 'not medical advice' line is required.")
def no_not_advice_line(run: LintRun, out: _Collector) -> None:
    if not run.explainer.content.meta.not_advice.strip():
        out.add(
            "W213",
            ("meta",),
            "meta.not_advice is empty; add the 'information, not medical advice' line shown on treatment screens",
        )


@rule("E109", "no-help-now", "error", "No help-now resources in meta.help, or no section of kind help.")
def no_help_now(run: LintRun, out: _Collector) -> None:
    content = run.explainer.content
    if not content.meta.help:
        out.add(
            "E109", ("meta",), "no help-now resources: add meta.help with at least one place to get help now", key=False
        )
    if not any(isinstance(section, Help) for section in content.sections):
        out.add("E109", ("sections",), "no help-now card: add a section of kind 'help'")
