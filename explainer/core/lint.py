"""The linter: one pass over a loaded explainer, every finding placed at FILE:LINE:COL."""

from __future__ import annotations

import datetime
import difflib
import re
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from . import clock
from .diagnostics import Diagnostic
from .explainer import Explainer
from .gcpause import gc_paused
from .graph import reachable
from .model import Choice, Help
from .positions import Locator
from .rules import RULES
from .terms import marked_terms, mention_pattern

if TYPE_CHECKING:
    import yaml

MAX_CHOICES = 9
_SUICIDE = re.compile(r"suicid", re.IGNORECASE)
_FIGURES = re.compile(
    r"\d+(?:\.\d+)?\s*(?:%|percent\b|per cent\b|weeks?\b|days?\b|hours?\b|minutes?\b|years?\b|mg\b)",
    re.IGNORECASE,
)


class _Collector:
    """Gathers diagnostics for one file, placing each by its data path."""

    def __init__(self, explainer: Explainer, ignore: Collection[str]) -> None:
        self.explainer = explainer
        self.locator = explainer.locator or Locator(None)
        self.ignore = ignore
        self.found: list[Diagnostic] = []

    def add(self, code: str, path: Sequence[str | int], message: str, *, key: bool = False) -> None:
        if code in self.ignore:
            return
        line, col = self.locator.position(path, key=key)
        self.add_at(code, line, col, message)

    def add_mark(self, code: str, mark: yaml.Mark, message: str) -> None:
        """At a YAML mark (0-based) rather than a data path."""
        self.add_at(code, mark.line + 1, mark.column + 1, message)

    def add_at(self, code: str, line: int, col: int, message: str) -> None:
        if code not in self.ignore:
            self.found.append(Diagnostic(self.explainer.file, line, col, code, RULES[code].severity, message))

    def where(self, path: Sequence[str | int]) -> str:
        line, col = self.locator.position(path)
        return f"{line}:{col}"


def lint(explainer: Explainer, *, today: datetime.date | None = None, ignore: Collection[str] = ()) -> list[Diagnostic]:
    """Every finding about the explainer, sorted by position."""
    out = _Collector(explainer, frozenset(ignore))
    with gc_paused():
        _duplicate_keys(explainer, out)
        _control_characters(explainer, out)
        _sections(explainer, out)
        _graph(explainer, out)
        _sources(explainer, out)
        _glossary(explainer, out)
        _meta(explainer, out, today or clock.today())
    return sorted(out.found, key=lambda d: (d.line, d.column, d.code))


def _duplicate_keys(explainer: Explainer, out: _Collector) -> None:
    for dup in explainer.duplicates:
        first = f"{dup.first.line + 1}:{dup.first.column + 1}"
        out.add_mark(
            "E101", dup.second, f"duplicate key '{dup.key}' (first at {first}); YAML keeps only this second value"
        )


def _control_characters(explainer: Explainer, out: _Collector) -> None:
    for found in explainer.controls:
        message = f"control characters in text ({found.found}); they are shown as escapes, never sent to the terminal"
        out.add_mark("W212", found.mark, message)


def _sections(explainer: Explainer, out: _Collector) -> None:
    content = explainer.content
    ids = list(explainer.sections)
    known = set(ids)
    help_ids = {s.id for s in content.sections if isinstance(s, Help)}
    first_at: dict[str, int] = {}
    for i, section in enumerate(content.sections):
        here = ("sections", i)
        if section.id in first_at:
            out.add(
                "E102",
                (*here, "id"),
                f"duplicate section id '{section.id}' (first at {out.where(('sections', first_at[section.id], 'id'))})",
            )
        else:
            first_at[section.id] = i
        if len(section.choices) > MAX_CHOICES:
            out.add(
                "E106",
                (*here, "choices", MAX_CHOICES),
                f"section '{section.id}' has {len(section.choices)} choices; number keys reach only {MAX_CHOICES}",
            )
        if not section.choices and not section.end:
            out.add(
                "E107",
                (*here, "id"),
                f"dead end: section '{section.id}' has no choices; add one, or mark it 'end: true'",
            )
        elif len(section.choices) == 1 and not section.end:
            out.add("I301", (*here, "choices"), f"section '{section.id}' offers only one way on")
        _choices(section.id, section.choices, here, known, out)
        if not section.has_content():
            out.add("W202", (*here, "id"), f"section '{section.id}' shows nothing but its title; add a body")
        texts = list(section.texts())
        if not isinstance(section, Help) and not any(c.target in help_ids for c in section.choices):
            for path, text in texts:
                if _SUICIDE.search(text):
                    out.add(
                        "E110",
                        (*here, *path),
                        f"section '{section.id}' mentions suicide but no choice leads to the help card; "
                        "add a choice to a 'help' section",
                    )
                    break
        cited = list(section.cited())
        if not cited and section.factual and not isinstance(section, Help):
            out.add(
                "W204",
                (*here, "id"),
                f"section '{section.id}' states facts but cites no source; add 'sources', "
                "or 'factual: false' for a navigation screen",
            )
        if not section.factual:
            for path, text in texts:
                if m := _FIGURES.search(text):
                    out.add(
                        "W210",
                        (*here, *path),
                        f"section '{section.id}' is marked factual: false but states '{m[0]}'; cite a source",
                    )
                    break
        for path, source in cited:
            if source not in explainer.sources:
                hint = _did_you_mean(source, list(explainer.sources))
                out.add("E105", (*here, *path), f"unknown source '{source}'{hint}")
        for path, text in texts:
            for term, _, _ in marked_terms(text):
                if term.casefold() not in explainer.glossary:
                    hint = _did_you_mean(term, [e.term for e in content.glossary])
                    out.add("E108", (*here, *path), f"[[{term}]] is marked as a glossary term but not defined{hint}")


def _choices(
    section_id: str, choices: Sequence[Choice], here: tuple[str, int], known: set[str], out: _Collector
) -> None:
    seen_targets: dict[str, int] = {}
    seen_labels: dict[str, int] = {}
    for j, choice in enumerate(choices):
        path = (*here, "choices", j)
        if choice.target not in known:
            out.add(
                "E103",
                (*path, "target"),
                f"choice '{choice.label}' leads to unknown section '{choice.target}'{_did_you_mean(choice.target, sorted(known))}",
            )
        elif choice.target == section_id:
            out.add("W207", (*path, "target"), f"choice '{choice.label}' leads back to this same section")
        if choice.target in seen_targets:
            out.add(
                "W208",
                (*path, "target"),
                f"two choices lead to '{choice.target}' (also choice {seen_targets[choice.target] + 1})",
            )
        seen_targets.setdefault(choice.target, j)
        label = choice.label.casefold()
        if label in seen_labels:
            out.add("W208", (*path, "label"), f"two choices are labelled '{choice.label}'")
        seen_labels.setdefault(label, j)


def _graph(explainer: Explainer, out: _Collector) -> None:
    content = explainer.content
    if content.start not in explainer.sections:
        out.add(
            "E104",
            ("start",),
            f"start section '{content.start}' does not exist{_did_you_mean(content.start, list(explainer.sections))}",
        )
        return
    if content.hub and content.hub not in explainer.sections:
        out.add(
            "E112",
            ("hub",),
            f"hub section '{content.hub}'{_did_you_mean(content.hub, list(explainer.sections))} does not exist",
        )
    for index, section_id in enumerate(content.handout):
        if section_id not in explainer.sections:
            hint = _did_you_mean(section_id, list(explainer.sections))
            out.add("E113", ("handout", index), f"handout section '{section_id}' does not exist{hint}")
    seen = reachable(content)
    for i, section in enumerate(content.sections):
        if section.id not in seen:
            out.add("W201", ("sections", i, "id"), f"section '{section.id}' cannot be reached from '{content.start}'")


def _sources(explainer: Explainer, out: _Collector) -> None:
    cited = {source for section in explainer.content.sections for _, source in section.cited()}
    first_at: dict[str, int] = {}
    for i, source in enumerate(explainer.content.sources):
        if source.id in first_at:
            out.add(
                "E111",
                ("sources", i, "id"),
                f"duplicate source id '{source.id}' (first at {out.where(('sources', first_at[source.id], 'id'))})",
            )
            continue
        first_at[source.id] = i
        if source.id not in cited:
            out.add("W203", ("sources", i, "id"), f"source '{source.id}' is never cited")


def _glossary(explainer: Explainer, out: _Collector) -> None:
    glossary = explainer.content.glossary
    if not glossary:
        return
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
    used: set[int] = set()
    pattern = mention_pattern(owner)
    for section in explainer.content.sections:
        for _, text in section.texts():
            for term, _, _ in marked_terms(text):
                if term.casefold() in owner:
                    used.add(owner[term.casefold()])
            if pattern is not None:
                used.update(owner[m[0].casefold()] for m in pattern.finditer(text))
    for i, entry in enumerate(glossary):
        if i not in used:
            out.add("W205", ("glossary", i, "term"), f"glossary term '{entry.term}' is never used in any section")


def _meta(explainer: Explainer, out: _Collector, today: datetime.date) -> None:
    content = explainer.content
    meta = content.meta
    if meta.review_by < today:
        out.add(
            "W206", ("meta", "review_by"), f"review date {meta.review_by.isoformat()} has passed; review the content"
        )
    if meta.review_by <= meta.written:
        out.add("W211", ("meta", "review_by"), "review_by must come after the date written")
    if not meta.not_advice.strip():
        out.add(
            "W213",
            ("meta",),
            "meta.not_advice is empty; add the 'information, not medical advice' line shown on treatment screens",
        )
    if not meta.help:
        out.add(
            "E109", ("meta",), "no help-now resources: add meta.help with at least one place to get help now", key=False
        )
    if not any(isinstance(section, Help) for section in content.sections):
        out.add("E109", ("sections",), "no help-now card: add a section of kind 'help'")


def _did_you_mean(word: str, options: list[str]) -> str:
    match = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    return f"; did you mean '{match[0]}'?" if match else ""
