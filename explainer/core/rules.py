"""The linter's rules: stable codes, severities, one-line summaries, and the checks that report them.

Codes never change meaning once published; retired codes are not reused. E is an error
(exit 1), W a warning (exit 1 with --strict), I information. L codes are load errors
(exit 2), raised by the loader rather than found by the linter, so they are declared here
without a check. Every other rule is declared once, by the `@rule` decorator on the check
that reports it (in `lint.py`, `lint_toplevel.py` and `lint_evidence.py`); `explainer rules`,
the linter's severities and the table in docs/content-format.md (`rules_markdown`) are all
built from them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from .diagnostics import Severity

CheckFunction = Callable[..., None]
F = TypeVar("F", bound=CheckFunction)

_ORDER = "LEWI"  # load errors, errors, warnings, information
_SEVERITY_OF = {"L": "error", "E": "error", "W": "warning", "I": "info"}


@dataclass(frozen=True, slots=True)
class Rule:
    code: str
    name: str
    severity: Severity
    summary: str


class RuleError(ValueError):
    """A rule declared twice, or a code or severity that does not fit the scheme."""


_DECLARED: dict[str, Rule] = {}
_CHECKS: dict[CheckFunction, list[str]] = {}


def declare(code: str, name: str, severity: Severity, summary: str) -> Rule:
    """Add a rule to the table; the code's letter must match its severity and no code is declared twice."""
    if code in _DECLARED:
        raise RuleError(f"rule {code} is declared twice")
    if len(code) != 4 or code[0] not in _SEVERITY_OF or not code[1:].isdigit() or _SEVERITY_OF[code[0]] != severity:
        raise RuleError(f"rule {code} ({severity}): codes are L/E/W/I and three digits, the letter fits the severity")
    declared = Rule(code, name, severity, summary)
    _DECLARED[code] = declared
    return declared


def rule(code: str, name: str, severity: Severity, summary: str) -> Callable[[F], F]:
    """Declare a rule on the check function that reports it; stack one per code a check reports.

    The linter runs each check once, and lets it report only the codes declared on it.
    """

    def register(check: F) -> F:
        declare(code, name, severity, summary)
        _CHECKS.setdefault(check, []).append(code)
        return check

    return register


def checks() -> list[tuple[CheckFunction, frozenset[str]]]:
    """Every registered check with the codes it may report, in the order they were defined."""
    _load_checks()
    return [(check, frozenset(codes)) for check, codes in _CHECKS.items()]


def all_rules() -> dict[str, Rule]:
    """Every rule, load rules first, then errors, warnings and information, each by number."""
    _load_checks()
    return {code: _DECLARED[code] for code in sorted(_DECLARED, key=lambda c: (_ORDER.index(c[0]), c))}


def severity_of(code: str) -> Severity:
    return _DECLARED[code].severity


def rules_markdown() -> str:
    """The rule table of docs/content-format.md (`explainer rules --format md`)."""
    lines = ["| code | name | meaning |", "| --- | --- | --- |"]
    for r in all_rules().values():
        meaning = r.summary.replace("|", "\\|")
        lines.append(f"| {r.code} | {r.name} | {meaning} |")
    return "\n".join(lines) + "\n"


def __getattr__(name: str) -> dict[str, Rule]:
    """`RULES`: every rule, with the checks' modules imported first so none is missing."""
    if name == "RULES":
        return all_rules()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _load_checks() -> None:
    from . import lint, lint_toplevel  # noqa: F401  (importing them registers their checks and lint_evidence's)


# The loader raises these; no check of the linter reports them.
declare("L001", "unreadable-file", "error", "The file is missing, a directory, or cannot be read.")
declare("L002", "file-too-large", "error", "The file is larger than the size limit.")
declare("L003", "binary-file", "error", "The file holds binary data (a NUL byte).")
declare("L004", "not-utf8", "error", "The file is not valid UTF-8.")
declare("L005", "yaml-syntax", "error", "The file is not valid YAML.")
declare("L006", "forbidden-tag", "error", "A YAML tag that could construct objects (e.g. !!python/...).")
declare("L007", "too-deep-or-alias-bomb", "error", "Nesting too deep, recursive aliases, or an alias bomb.")
declare("L008", "empty-file", "error", "The file has no content.")
declare("L009", "schema", "error", "A value has the wrong type, a key is missing or unknown.")
