"""Lint rules declared once: code, name, severity, summary and check together, everything else derived."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from explainer.core import lint as lint_module
from explainer.core import lint_evidence, lint_toplevel
from explainer.core.lint import UndeclaredRule, _Collector
from explainer.core.loader import load
from explainer.core.rules import RULES, RuleError, checks, declare, rule, rules_markdown

from .conftest import MINI, ROOT, run_cli

EXPECTED_CODES = [
    *(f"L{n:03}" for n in range(1, 10)),
    *(f"E{n}" for n in range(101, 121)),
    *(f"W{n}" for n in range(201, 218)),
    "I301",
]
CHECK_MODULES = [Path(m.__file__ or "") for m in (lint_module, lint_evidence, lint_toplevel)]
_REPORTERS = {"add", "add_at", "add_text", "add_mark"}
_CODE = re.compile(r"^[LEWI]\d{3}$")


def _docs_table() -> str:
    guide = (ROOT / "docs" / "content-format.md").read_text(encoding="utf-8")
    start = guide.index("| code | name | meaning |")
    end = guide.find("\n\n", start)
    return guide[start : end if end != -1 else len(guide)].rstrip("\n") + "\n"


def test_every_code_is_declared_once_in_the_published_order() -> None:
    assert list(RULES) == EXPECTED_CODES


def test_the_docs_rule_table_is_the_generated_one() -> None:
    assert _docs_table() == rules_markdown(), "regenerate it: explainer rules --format md"


def test_rules_format_md_prints_the_table() -> None:
    result = run_cli("rules", "--format", "md")
    assert result.code == 0
    assert result.out == rules_markdown()


def test_every_rule_but_the_load_rules_has_exactly_one_check() -> None:
    owners: dict[str, int] = {}
    for _, codes in checks():
        for code in codes:
            owners[code] = owners.get(code, 0) + 1
    assert owners == {code: 1 for code in EXPECTED_CODES if not code.startswith("L")}


def _reported_codes() -> tuple[dict[str, set[str]], dict[str, set[str]], dict[str, set[str]]]:
    """Per function of the check modules: codes it reports by literal, codes its @rule declares, names it calls."""
    reports: dict[str, set[str]] = {}
    declared: dict[str, set[str]] = {}
    calls: dict[str, set[str]] = {}
    for path in CHECK_MODULES:
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if not isinstance(node, ast.FunctionDef):
                continue
            declared[node.name] = {
                d.args[0].value
                for d in node.decorator_list
                if isinstance(d, ast.Call)
                and getattr(d.func, "id", "") == "rule"
                and isinstance(d.args[0], ast.Constant)
            }
            reports[node.name] = set()
            calls[node.name] = set()
            for call in ast.walk(node):
                if not isinstance(call, ast.Call):
                    continue
                if isinstance(call.func, ast.Name):
                    calls[node.name].add(call.func.id)
                if (
                    isinstance(call.func, ast.Attribute)
                    and call.func.attr in _REPORTERS
                    and call.args
                    and isinstance(call.args[0], ast.Constant)
                    and _CODE.match(str(call.args[0].value))
                ):
                    reports[node.name].add(str(call.args[0].value))
    return reports, declared, calls


def test_each_check_reports_exactly_the_codes_it_declares() -> None:
    """Read from the source, so a mistyped code fails here even if no test makes its rule fire."""
    reports, declared, calls = _reported_codes()

    def reach(name: str, seen: set[str]) -> set[str]:
        if name in seen or name not in reports:
            return set()
        seen.add(name)
        return reports[name].union(*(reach(callee, seen) for callee in calls[name]))

    checks_found = {name for name, codes in declared.items() if codes}
    assert len(checks_found) == len(checks())
    for name in checks_found:
        assert reach(name, set()) == declared[name], name
    helpers_reporting = {name for name, codes in reports.items() if codes and name not in checks_found}
    for helper in helpers_reporting:
        assert any(helper in calls[name] for name in checks_found), f"{helper} reports codes but no check calls it"


def test_a_check_reporting_an_undeclared_code_fails_loudly() -> None:
    out = _Collector(load(MINI), ())
    out.declared = frozenset({"E102"})
    with pytest.raises(UndeclaredRule, match="reported E103 but declares only"):
        out.add("E103", ("start",), "anything")


def test_a_code_declared_twice_or_against_its_severity_is_refused() -> None:
    with pytest.raises(RuleError, match="declared twice"):
        declare("E101", "again", "error", "A second E101.")
    with pytest.raises(RuleError, match="letter fits the severity"):
        declare("E199", "wrong-severity", "warning", "An E code must be an error.")
    with pytest.raises(RuleError, match="declared twice"):

        @rule("W201", "again", "warning", "A second W201.")
        def again(run: object, out: object) -> None:
            """Never registered."""
