"""Table-driven: broken content files give one exact, placed message and the right exit code."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from .conftest import MINI, run_cli

BASE = MINI.read_text(encoding="utf-8")


def swap(old: str, new: str, count: int = 1) -> str:
    assert old in BASE, old
    return BASE.replace(old, new, count)


@dataclass
class Case:
    name: str
    make: Callable[[Path], Path]
    code: str
    line: int
    col: int
    exit: int
    says: str


def text(content: str | bytes) -> Callable[[Path], Path]:
    def make(tmp: Path) -> Path:
        path = tmp / "content.yaml"
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return make


def directory(tmp: Path) -> Path:
    (tmp / "content.yaml").mkdir()
    return tmp / "content.yaml"


def missing(tmp: Path) -> Path:
    return tmp / "content.yaml"


def huge(tmp: Path) -> Path:
    path = tmp / "content.yaml"
    with path.open("w") as f:
        f.write(BASE)
        line = "# " + "x" * 1022 + "\n"
        for _ in range(50 * 1024):
            f.write(line)
    return path


BOMB = """a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
"""

# fmt: off
CASES = [
    Case("unclosed flow list", text("meta: [unclosed\nstart: x\n"), "L005", 2, 6, 2, "YAML syntax error"),
    Case("tab indentation", text("meta:\n\ttitle: x\n"), "L005", 2, 1, 2, "YAML syntax error"),
    Case("bad indentation", text(swap("  title: A tiny explainer", "  title: A\n   authors: [x]")), "L005", 4, 11, 2, "YAML syntax error"),
    Case("two documents", text(BASE + "---\nmore: 1\n"), "L005", 54, 1, 2, "more than one YAML document"),
    Case("empty file", text(""), "L008", 1, 1, 2, "the file is empty"),
    Case("only comments", text("# nothing here\n"), "L008", 1, 1, 2, "the file is empty"),
    Case("top level is a list", text("- a\n- b\n"), "L009", 1, 1, 2, "expected a mapping"),
    Case("title is a number", text(swap("title: A fact", "title: 42")), "L009", 38, 12, 2, "sections[1].title: expected text, got a whole number"),
    Case("unknown key in section", text(swap("    title: A fact", "    title: A fact\n    colour: red")), "L009", 39, 5, 2, "unknown key 'colour'"),
    Case("misspelt key", text(swap("    body: Ketamine", "    boby: Ketamine")), "L009", 39, 5, 2, "did you mean 'body'?"),
    Case("unknown top-level key", text(BASE + "extra: 1\n"), "L009", 54, 1, 2, "unknown key 'extra'"),
    Case("missing title", text(swap("    title: A fact\n", "")), "L009", 36, 5, 2, "sections[1]: missing required key 'title'"),
    Case("unknown kind", text(swap("kind: page\n    title: A fact", "kind: pgae\n    title: A fact")), "L009", 37, 11, 2, "did you mean 'page'?"),
    Case("bad section id", text(swap("id: fact", "id: A Fact")), "L009", 36, 9, 2, "must be lower-case letters"),
    Case("date that is not a date", text(swap("written: 2026-11-01", "written: yesterday")), "L009", 5, 12, 2, "expected a date (YYYY-MM-DD)"),
    Case("unquoted yes as text", text(swap("region: UK and Ireland", "region: yes")), "L009", 12, 15, 2, "put the value in quotes"),
    Case("key that is not text", text(swap("  title: A tiny explainer", "  title: A tiny explainer\n  yes: 1")), "L009", 4, 3, 2, "keys must be text"),
    Case("python object tag", text(swap("title: A fact", 'title: !!python/object/apply:os.system ["echo hi"]')), "L006", 38, 12, 2, "could run code"),
    Case("python name tag", text(swap("title: A fact", "title: !!python/name:os.system")), "L006", 38, 12, 2, "could run code"),
    Case("binary tag", text(swap("title: A fact", "title: !!binary aGVsbG8=")), "L006", 38, 12, 2, "is not allowed"),
    Case("merge key", text("base: &b {x: 1}\nmeta:\n  <<: *b\n"), "L006", 3, 3, 2, "merge keys"),
    Case("alias bomb", text(BOMB), "L007", 7, 4, 2, "alias bomb"),
    Case("recursive alias", text("meta: &a [*a]\n"), "L007", 1, 7, 2, "refers to the mapping or list that contains it"),
    Case("very deep nesting", text("meta: " + "[" * 100_000 + "]" * 100_000 + "\n"), "L007", 1, 207, 2, "nesting deeper than 200"),
    Case("absurdly deep nesting", text("meta: " + "[" * 300_000 + "]" * 300_000 + "\n"), "L007", 1, 207, 2, "nesting deeper than 200"),
    Case("deep block nesting", text("".join("  " * i + "k:\n" for i in range(300)) + "  " * 300 + "v\n"), "L007", 202, 403, 2, "nesting deeper than 200"),
    Case("binary file", text(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "L003", 3, 1, 2, "not a text file"),
    Case("not UTF-8", text(BASE.replace("Hello.", "Caf\u00e9.").encode("latin-1")), "L004", 30, 14, 2, "not valid UTF-8"),
    Case("50 MB file", huge, "L002", 1, 1, 2, "the limit is 16 MB"),
    Case("a directory", directory, "L001", 1, 1, 2, "is a directory"),
    Case("a missing file", missing, "L001", 1, 1, 2, "no such file"),
    Case("duplicate key", text(swap("    title: A fact", "    title: A fact\n    title: Another")), "E101", 39, 5, 1, "duplicate key 'title' (first at 38:5)"),
    Case("duplicate section id", text(swap("  - id: help", "  - id: fact")), "E102", 46, 9, 1, "duplicate section id 'fact' (first at 36:9)"),
    Case("dangling target", text(swap("target: fact", "target: facts")), "E103", 33, 17, 1, "unknown section 'facts'; did you mean 'fact'?"),
    Case("unknown start", text(swap("start: welcome", "start: welcom")), "E104", 24, 8, 1, "did you mean 'welcome'?"),
    Case("unknown source", text(swap("sources: [clinic]", "sources: [clinc]")), "E105", 40, 15, 1, "unknown source 'clinc'; did you mean 'clinic'?"),
    Case("undefined glossary mark", text(swap("[[NMDA receptor]]", "[[AMPA receptor]]")), "E108", 39, 31, 1, "[[AMPA receptor]] is marked"),
    Case("dead end", text(swap("    end: true\n    choices:\n      - label: Back to the start\n        target: welcome\n", "")), "E107", 46, 9, 1, "dead end: section 'help'"),
]
# fmt: on


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_broken_file(case: Case, tmp_path: Path) -> None:
    path = case.make(tmp_path)
    result = run_cli("lint", str(path), cwd=tmp_path)
    assert "Traceback" not in result.out + result.err
    assert result.code == case.exit, result.out + result.err
    lines = [line for line in (result.out + result.err).splitlines() if f": {case.code} " in line]
    assert lines, result.out + result.err
    expected_prefix = f"content.yaml:{case.line}:{case.col}: {case.code} "
    assert lines[0].startswith(expected_prefix), lines[0]
    assert case.says in lines[0], lines[0]


def test_at_least_25_cases() -> None:
    assert len(CASES) >= 25
