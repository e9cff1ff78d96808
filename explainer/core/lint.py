"""The linter: one pass over a loaded explainer, every finding placed at FILE:LINE:COL.

Each check below (and in `lint_toplevel.py`, for the content's top-level keys) declares the
rule it reports with `@rule` (see `rules.py`): code, name, severity and summary sit on the
function that finds it. A check may report only the codes declared on it; reporting another
is an error at once, wherever the rule fires.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import clock
from .citations import inline_ids
from .diagnostics import Diagnostic, did_you_mean
from .explainer import Explainer
from .gcpause import gc_paused
from .lint_evidence import QuoteCheck
from .model import Help
from .positions import Locator
from .rules import checks, rule, severity_of
from .terms import marked_terms

if TYPE_CHECKING:
    import yaml

MAX_CHOICES = 9
_SUICIDE = re.compile(r"suicid", re.IGNORECASE)
_FIGURES = re.compile(
    r"\d+(?:\.\d+)?\s*(?:%|percent\b|per cent\b|weeks?\b|days?\b|hours?\b|minutes?\b|years?\b|mg\b)",
    re.IGNORECASE,
)


class UndeclaredRule(KeyError):
    """A check reported a code that its `@rule` decorators do not declare."""


@dataclass(frozen=True, slots=True)
class LintRun:
    """What every check is given: the explainer, today's date, and how to check quotes (or None)."""

    explainer: Explainer
    today: datetime.date
    quotes: QuoteCheck | None


class _Collector:
    """Gathers diagnostics for one file, placing each by its data path."""

    def __init__(self, explainer: Explainer, ignore: Collection[str]) -> None:
        self.explainer = explainer
        self.locator = explainer.locator or Locator(None)
        self.ignore = ignore
        self.found: list[Diagnostic] = []
        self.declared: Collection[str] = ()

    def add(self, code: str, path: Sequence[str | int], message: str, *, key: bool = False) -> None:
        if self._skip(code):
            return
        line, col = self.locator.position(path, key=key)
        self.add_at(code, line, col, message)

    def add_mark(self, code: str, mark: yaml.Mark, message: str) -> None:
        """At a YAML mark (0-based) rather than a data path."""
        self.add_at(code, mark.line + 1, mark.column + 1, message)

    def add_text(self, code: str, path: Sequence[str | int], text: str, offset: int, message: str) -> None:
        """At text[offset] inside the value at path (a citation or quote in a block scalar)."""
        if self._skip(code):
            return
        line, col = self.locator.text_position(path, text, offset)
        self.add_at(code, line, col, message)

    def add_at(self, code: str, line: int, col: int, message: str) -> None:
        if not self._skip(code):
            self.found.append(Diagnostic(self.explainer.file, line, col, code, severity_of(code), message))

    def _skip(self, code: str) -> bool:
        if code not in self.declared:
            raise UndeclaredRule(f"a check reported {code} but declares only {sorted(self.declared)}")
        return code in self.ignore

    def where(self, path: Sequence[str | int]) -> str:
        line, col = self.locator.position(path)
        return f"{line}:{col}"


def lint(
    explainer: Explainer,
    *,
    today: datetime.date | None = None,
    ignore: Collection[str] = (),
    quotes: QuoteCheck | None = None,
) -> list[Diagnostic]:
    """Every finding about the explainer, sorted by position; quotes are checked when `quotes` says how."""
    out = _Collector(explainer, frozenset(ignore))
    run = LintRun(explainer, today or clock.today(), quotes)
    with gc_paused():
        for check, codes in checks():
            if codes.issubset(out.ignore):
                continue
            out.declared = codes
            check(run, out)
    return sorted(out.found, key=lambda d: (d.line, d.column, d.code))


@rule("E101", "duplicate-key", "error", "A key appears twice in one mapping; YAML would keep only the last.")
def duplicate_keys(run: LintRun, out: _Collector) -> None:
    for dup in run.explainer.duplicates:
        first = f"{dup.first.line + 1}:{dup.first.column + 1}"
        out.add_mark(
            "E101", dup.second, f"duplicate key '{dup.key}' (first at {first}); YAML keeps only this second value"
        )


@rule("W212", "control-characters", "warning", "Text holds control characters; they are shown as escapes.")
def control_characters(run: LintRun, out: _Collector) -> None:
    for found in run.explainer.controls:
        message = f"control characters in text ({found.found}); they are shown as escapes, never sent to the terminal"
        out.add_mark("W212", found.mark, message)


@rule("E102", "duplicate-section-id", "error", "Two sections share an id.")
def duplicate_section_ids(run: LintRun, out: _Collector) -> None:
    first_at: dict[str, int] = {}
    for i, section in enumerate(run.explainer.content.sections):
        if section.id in first_at:
            out.add(
                "E102",
                ("sections", i, "id"),
                f"duplicate section id '{section.id}' (first at {out.where(('sections', first_at[section.id], 'id'))})",
            )
        else:
            first_at[section.id] = i


@rule("E106", "too-many-choices", "error", "More than 9 choices: number keys 1-9 cannot pick them all.")
def too_many_choices(run: LintRun, out: _Collector) -> None:
    for i, section in enumerate(run.explainer.content.sections):
        if len(section.choices) > MAX_CHOICES:
            out.add(
                "E106",
                ("sections", i, "choices", MAX_CHOICES),
                f"section '{section.id}' has {len(section.choices)} choices; number keys reach only {MAX_CHOICES}",
            )


@rule("E107", "dead-end", "error", "A section with no choices that is not marked `end: true`.")
def dead_ends(run: LintRun, out: _Collector) -> None:
    for i, section in enumerate(run.explainer.content.sections):
        if not section.choices and not section.end:
            out.add(
                "E107",
                ("sections", i, "id"),
                f"dead end: section '{section.id}' has no choices; add one, or mark it 'end: true'",
            )


@rule("I301", "single-choice", "info", "A section with only one way on.")
def single_choices(run: LintRun, out: _Collector) -> None:
    for i, section in enumerate(run.explainer.content.sections):
        if len(section.choices) == 1 and not section.end:
            out.add("I301", ("sections", i, "choices"), f"section '{section.id}' offers only one way on")


@rule("E103", "unknown-target", "error", "A choice leads to a section that does not exist.")
def unknown_targets(run: LintRun, out: _Collector) -> None:
    known = set(run.explainer.sections)
    for i, section in enumerate(run.explainer.content.sections):
        for j, choice in enumerate(section.choices):
            if choice.target not in known:
                out.add(
                    "E103",
                    ("sections", i, "choices", j, "target"),
                    f"choice '{choice.label}' leads to unknown section '{choice.target}'{did_you_mean(choice.target, sorted(known))}",
                )


@rule("W207", "self-loop", "warning", "A choice leads back to the section it is on.")
def self_loops(run: LintRun, out: _Collector) -> None:
    for i, section in enumerate(run.explainer.content.sections):
        for j, choice in enumerate(section.choices):
            if choice.target == section.id:
                path = ("sections", i, "choices", j, "target")
                out.add("W207", path, f"choice '{choice.label}' leads back to this same section")


@rule("W208", "duplicate-choice", "warning", "Two choices of one section share a target or a label.")
def duplicate_choices(run: LintRun, out: _Collector) -> None:
    for i, section in enumerate(run.explainer.content.sections):
        seen_targets: dict[str, int] = {}
        seen_labels: dict[str, int] = {}
        for j, choice in enumerate(section.choices):
            path = ("sections", i, "choices", j)
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


@rule("W202", "empty-section", "warning", "A section shows nothing but its title.")
def empty_sections(run: LintRun, out: _Collector) -> None:
    for i, section in enumerate(run.explainer.content.sections):
        if not section.has_content():
            out.add("W202", ("sections", i, "id"), f"section '{section.id}' shows nothing but its title; add a body")


@rule("E110", "suicide-without-help", "error", "A section mentions suicide but has no choice leading to help.")
def suicide_without_help(run: LintRun, out: _Collector) -> None:
    help_ids = {s.id for s in run.explainer.content.sections if isinstance(s, Help)}
    for i, section in enumerate(run.explainer.content.sections):
        if isinstance(section, Help) or any(c.target in help_ids for c in section.choices):
            continue
        for path, text in section.texts():
            if _SUICIDE.search(text):
                out.add(
                    "E110",
                    ("sections", i, *path),
                    f"section '{section.id}' mentions suicide but no choice leads to the help card; "
                    "add a choice to a 'help' section",
                )
                break


@rule("W204", "unsourced-facts", "warning", "A factual section cites no source (set factual: false if it states none).")
def unsourced_facts(run: LintRun, out: _Collector) -> None:
    for i, section in enumerate(run.explainer.content.sections):
        if not section.factual or isinstance(section, Help):
            continue
        if not any(True for _ in section.cited()) and not any(True for _ in inline_ids(section)):
            out.add(
                "W204",
                ("sections", i, "id"),
                f"section '{section.id}' states facts but cites no source; add 'sources', "
                "or 'factual: false' for a navigation screen",
            )


@rule("W210", "figures-in-nonfactual", "warning", "A section marked factual: false states figures.")
def figures_in_nonfactual(run: LintRun, out: _Collector) -> None:
    for i, section in enumerate(run.explainer.content.sections):
        if section.factual:
            continue
        for path, text in section.texts():
            if m := _FIGURES.search(text):
                out.add(
                    "W210",
                    ("sections", i, *path),
                    f"section '{section.id}' is marked factual: false but states '{m[0]}'; cite a source",
                )
                break


@rule("W217", "ask-not-a-question", "warning", "A section's `ask:` does not end with a question mark.")
def ask_not_a_question(run: LintRun, out: _Collector) -> None:
    for i, section in enumerate(run.explainer.content.sections):
        if section.ask and not section.ask.rstrip().endswith("?"):
            message = f"section '{section.id}': 'ask' should be one question, ending with '?'"
            out.add("W217", ("sections", i, "ask"), message)


@rule("E105", "unknown-source", "error", "A section cites a source id that is not in `sources`.")
def unknown_sources(run: LintRun, out: _Collector) -> None:
    explainer = run.explainer
    for i, section in enumerate(explainer.content.sections):
        for path, source in section.cited():
            if source not in explainer.sources:
                hint = did_you_mean(source, list(explainer.sources))
                out.add("E105", ("sections", i, *path), f"unknown source '{source}'{hint}")


@rule("E108", "undefined-term", "error", "A body marks [[term]] that the glossary does not define.")
def undefined_terms(run: LintRun, out: _Collector) -> None:
    explainer = run.explainer
    for i, section in enumerate(explainer.content.sections):
        for path, text in section.texts():
            for term, _, offset in marked_terms(text):
                if term.casefold() not in explainer.glossary:
                    hint = did_you_mean(term, [e.term for e in explainer.content.glossary])
                    line, col = out.locator.position_in_value(("sections", i, *path), text, offset, "[[")
                    out.add_at("E108", line, col, f"[[{term}]] is marked as a glossary term but not defined{hint}")
