"""Small hand-made content for tests: valid by default, changed one piece at a time."""

from __future__ import annotations

import datetime
from typing import Any

import yaml

from explainer.core.diagnostics import Diagnostic
from explainer.core.explainer import Explainer
from explainer.core.lint import lint
from explainer.core.loader import load_text

TODAY = datetime.date(2026, 11, 21)


def meta(**changes: Any) -> dict[str, Any]:
    base = {
        "title": "Test",
        "authors": ["Tester"],
        "written": datetime.date(2026, 11, 1),
        "review_by": datetime.date(2099, 1, 1),
        "disclosure": "Test sources are promotional.",
        "not_advice": "This is information, not medical advice.",
        "help": [{"name": "988 Lifeline", "contact": "Call or text 988", "region": "US"}],
    }
    return {**base, **changes}


def page(section_id: str, *targets: str, **changes: Any) -> dict[str, Any]:
    """A page citing the test source (listed, and inline at the end of its body), with one choice per target."""
    section = {
        "id": section_id,
        "kind": "page",
        "title": f"Section {section_id}",
        "body": f"Body of {section_id}.",
        "sources": ["src"],
        "choices": [{"label": f"To {t}", "target": t} for t in targets],
    }
    section = {**section, **changes}
    if "src" in section["sources"] and section["body"].strip() and "[@" not in section["body"]:
        section["body"] += " [@src]"
    return section


def help_card(section_id: str = "help", *targets: str) -> dict[str, Any]:
    return {
        "id": section_id,
        "kind": "help",
        "title": "Help now",
        "body": "You are not alone.",
        "end": True,
        "choices": [{"label": f"To {t}", "target": t} for t in targets],
    }


def content(*sections: dict[str, Any], start: str | None = None, **changes: Any) -> dict[str, Any]:
    doc = {
        "meta": meta(),
        "start": start or sections[0]["id"],
        "sources": [{"id": "src", "title": "Src", "publisher": "Pub", "kind": "article", "cite": "000_x"}],
        "glossary": [],
        "sections": list(sections),
    }
    return {**doc, **changes}


def to_yaml(doc: dict[str, Any]) -> str:
    return yaml.safe_dump(doc, sort_keys=False, allow_unicode=True)


def load_doc(doc: dict[str, Any]) -> Explainer:
    return load_text(to_yaml(doc), "test.yaml")


def codes(doc: dict[str, Any]) -> list[str]:
    return [d.code for d in findings(doc)]


def findings(doc: dict[str, Any]) -> list[Diagnostic]:
    return lint(load_doc(doc), today=TODAY)
