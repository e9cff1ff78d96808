"""An author at work: every load error in one run, each placed; plain YAML syntax errors; graph's exit code."""

from __future__ import annotations

from pathlib import Path

from .builders import content, findings, help_card, page
from .conftest import MINI, run_cli

BASE = MINI.read_text(encoding="utf-8")


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "content.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def line_of(text: str, needle: str) -> int:
    return text.splitlines().index(needle) + 1


def test_three_independent_errors_yield_three_placed_messages(tmp_path: Path) -> None:
    text = (
        BASE.replace("  disclosure: The one source is promotional.\n", "  disclosure: x\n  colour: blue\n")
        .replace("    title: A fact\n", "    title: 42\n")
        .replace(
            "    title: Help now\n    body: You are not alone.\n",
            "    title: Help now\n    bodyy: You are not alone.\n",
        )
    )
    path = write(tmp_path, text)
    result = run_cli("lint", str(path))
    assert result.code == 2
    lines = result.err.strip().splitlines()
    assert lines == [
        f"{path}:{line_of(text, '  colour: blue')}:3: L009 meta.colour: unknown key 'colour'; did you mean "
        "'disclosure'? (allowed: title, language, authors, written, review_by, disclosure, not_advice, help)",
        f"{path}:{line_of(text, '    title: 42')}:12: L009 sections[1].title: expected text, got a whole number "
        "(YAML reads yes/no/true/null and numbers as such: put the value in quotes)",
        f"{path}:{line_of(text, '    bodyy: You are not alone.')}:5: L009 sections[2].bodyy: unknown key 'bodyy'; "
        "did you mean 'body'? (allowed: kind, id, title, branch, body, sources, notes, choices, end, factual, ask, "
        "lists_sources, icon_arrays)",
    ]


def test_every_error_is_in_the_json_output_too(tmp_path: Path) -> None:
    import json

    text = BASE.replace("    title: A fact\n", "    title: [x]\n").replace("  - id: help\n", "  - id: Help Now\n")
    result = run_cli("lint", "--format", "json", str(write(tmp_path, text)))
    assert result.code == 2
    found = json.loads(result.out)["diagnostics"]
    assert [(d["code"], d["line"]) for d in found] == [
        ("L009", line_of(text, "    title: [x]")),
        ("L009", line_of(text, "  - id: Help Now")),
    ]


def test_errors_in_one_section_and_a_missing_key_elsewhere(tmp_path: Path) -> None:
    text = BASE.replace("  authors: [Test Author]\n", "").replace(
        "    kind: help\n", "    kind: help\n    factual: maybe\n"
    )
    result = run_cli("lint", str(write(tmp_path, text)))
    assert result.code == 2
    assert [line.split(": L009 ")[1].split(":")[0] for line in result.err.splitlines()] == [
        "meta",
        "sections[2].factual",
    ]
    assert "missing required key 'authors'" in result.err
    assert "expected true or false, got text" in result.err


def test_unknown_glossary_mark_is_placed_at_the_mark_inside_a_block_scalar() -> None:
    text = BASE.replace(
        "    body: Ketamine blocks the [[NMDA receptor]] [@clinic].\n",
        "    body: |\n      First line of the body.\n\n      A second paragraph, then a mark: [[NDMA receptor]] here.\n",
    )
    from explainer.core.lint import lint
    from explainer.core.loader import load_text

    found = [d for d in lint(load_text(text, "t.yaml")) if d.code == "E108"]
    assert len(found) == 1
    line = next(i for i, row in enumerate(text.splitlines(), 1) if "[[NDMA" in row)
    column = text.splitlines()[line - 1].index("[[NDMA") + 1
    assert (found[0].line, found[0].column) == (line, column)
    assert "did you mean 'NMDA receptor'?" in found[0].message


def test_unknown_mark_in_a_folded_plain_scalar_is_placed_at_the_second_mark(tmp_path: Path) -> None:
    text = BASE.replace(
        "    body: Ketamine blocks the [[NMDA receptor]] [@clinic].\n",
        "    body: Ketamine blocks the [[NMDA receptor]]\n      and the [[AMPA receptor]] too.\n",
    )
    result = run_cli("lint", str(write(tmp_path, text)))
    line = line_of(text, "      and the [[AMPA receptor]] too.")
    assert f":{line}:15: E108 [[AMPA receptor]] is marked" in result.out


def test_unclosed_quote_says_where_it_opened(tmp_path: Path) -> None:
    text = BASE.replace("    title: A fact\n", '    title: "A fact\n')
    result = run_cli("lint", str(write(tmp_path, text)))
    line = line_of(text, '    title: "A fact')
    assert result.code == 2
    assert result.err.strip() == (
        f'{tmp_path / "content.yaml"}:{line}:12: L005 YAML syntax error: the quote " '
        "opened here is never closed; add the closing \" (or use a block scalar '|' for long text)"
    )


def test_syntax_errors_in_plain_words(tmp_path: Path) -> None:
    cases = {
        "    title: A fact: the one\n": "a value that contains ': ' needs quotes",
        "    title: @fact\n": "a value cannot begin with '@'; put the value in quotes",
        "    title: *fact\n": "no anchor '&' of that name comes before it",
        "    title: A fact\n\tbranch: x\n": "a tab: YAML indents with spaces only",
        "    title: A fact\n    - oops\n": "this line does not fit the mapping begun at",
    }
    for replacement, says in cases.items():
        text = BASE.replace("    title: A fact\n", replacement)
        result = run_cli("lint", str(write(tmp_path, text)))
        assert result.code == 2, replacement
        assert f":{line_of(text, replacement.rstrip().splitlines()[-1])}:" in result.err, result.err
        assert says in result.err, result.err
        assert "Traceback" not in result.err and "scanning" not in result.err


def test_route_checks() -> None:
    doc = content(page("a", "b", "help"), page("b", "a", "help"), help_card("help", "a"))
    doc["routes"] = [
        {"id": "first", "title": "First", "sections": ["a", "bb", "a"]},
        {"id": "first", "title": "Again", "sections": ["b"]},
    ]
    found = findings(doc)
    assert [d.code for d in found] == ["E119", "W216", "E120"]
    assert "route 'first' names unknown section 'bb'; did you mean 'b'?" in found[0].message
    assert "route 'first' lists 'a' twice (also step 1)" in found[1].message


def test_ask_must_be_a_question() -> None:
    doc = content(page("a", "help", ask="Tell me more."), help_card("help", "a"))
    assert [d.code for d in findings(doc) if d.code.startswith("W")] == ["W217"]
    doc = content(page("a", "help", ask="What would this mean for me?"), help_card("help", "a"))
    assert [d.code for d in findings(doc) if d.code.startswith("W")] == []


def test_graph_exits_1_and_marks_a_broken_link(tmp_path: Path) -> None:
    text = BASE.replace("        target: fact\n", "        target: fakt\n")
    path = write(tmp_path, text)
    result = run_cli("graph", str(path))
    assert result.code == 1
    assert '    s_fakt["MISSING: fakt"]:::missing' in result.out
    assert '    s_welcome -.->|"Start"| s_fakt' in result.out
    assert "classDef missing" in result.out
    line = line_of(text, "        target: fakt")
    assert result.err.strip() == (
        f"{path}:{line}:17: E103 choice 'Start' leads to unknown section 'fakt'; did you mean 'fact'?"
    )
    dot = run_cli("graph", "--format", "dot", str(path))
    assert dot.code == 1
    assert '"fakt" [label="MISSING: fakt", color=red, fontcolor=red, style=dashed];' in dot.out


def test_graph_of_a_sound_file_exits_0() -> None:
    result = run_cli("graph", str(MINI))
    assert result.code == 0 and "MISSING" not in result.out and result.err == ""
