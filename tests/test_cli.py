"""The command line as an author meets it: exit codes, formats, help and version."""

from __future__ import annotations

import json
from pathlib import Path

from explainer import __version__
from explainer.core.schema import schema_text

from .builders import content, help_card, page, to_yaml
from .conftest import MINI, ROOT, Result, run_cli, shared_sources


def write(tmp_path: Path, doc) -> Path:
    path = tmp_path / "c.yaml"
    path.write_text(to_yaml(doc), encoding="utf-8")
    return path


def test_version() -> None:
    result = run_cli("--version")
    assert result.code == 0
    assert result.out.strip() == f"explainer {__version__}"


def test_help_on_each_command() -> None:
    for command in ([], ["lint"], ["graph"], ["schema"], ["rules"]):
        result = run_cli(*command, "--help")
        assert result.code == 0, command
        assert "usage: explainer" in result.out


def test_unknown_option_is_usage_error() -> None:
    result = run_cli("lint", "--bogus")
    assert result.code == 2
    assert "unrecognized arguments: --bogus" in result.err
    assert "Traceback" not in result.err


def test_clean_file_exits_zero() -> None:
    result = run_cli("lint", str(MINI))
    assert result.code == 0, result.err
    assert result.out == ""
    assert "0 error(s), 0 warning(s), 0 note(s) in 3 section(s)" in result.err


def test_warning_exits_zero_unless_strict(tmp_path: Path) -> None:
    doc = content(page("a", "b", "help"), page("b", "a", "help"), page("orphan", "a", "help"), help_card("help", "a"))
    path = write(tmp_path, doc)
    assert run_cli("lint", str(path), cwd=tmp_path).code == 0
    strict = run_cli("lint", "--strict", str(path), cwd=tmp_path)
    assert strict.code == 1
    assert strict.out.startswith("c.yaml:")
    assert ": W201 section 'orphan' cannot be reached from 'a'" in strict.out


def test_ignore_and_unknown_codes(tmp_path: Path) -> None:
    doc = content(page("a", "b", "help"), page("b"), help_card("help", "a"))
    path = write(tmp_path, doc)
    assert run_cli("lint", str(path)).code == 1
    assert run_cli("lint", "--ignore", "e107", str(path)).code == 0
    bad = run_cli("lint", "--ignore", "X999", str(path))
    assert bad.code == 2
    assert "unknown rule code(s) in --ignore: X999" in bad.err


def test_json_format(tmp_path: Path) -> None:
    doc = content(page("a", "b", "help"), page("b"), help_card("help", "a"))
    result = run_cli("lint", "--format", "json", str(write(tmp_path, doc)), cwd=tmp_path)
    assert result.code == 1
    payload = json.loads(result.out)
    assert payload["summary"] == {"error": 1, "warning": 0, "info": 0}
    [finding] = payload["diagnostics"]
    assert finding["code"] == "E107" and finding["severity"] == "error" and finding["file"] == "c.yaml"
    assert finding["line"] > 1 and finding["column"] >= 1


def test_json_format_for_load_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("meta: [\n", encoding="utf-8")
    result = run_cli("lint", "--format", "json", str(path), cwd=tmp_path)
    assert result.code == 2
    assert json.loads(result.out)["diagnostics"][0]["code"] == "L005"


def test_content_option_and_environment(tmp_path: Path) -> None:
    doc = content(page("a", "b", "help"), page("b"), help_card("help", "a"))
    path = write(tmp_path, doc)
    assert run_cli("--content", str(path), "lint").code == 1
    assert run_cli("lint", env={"EXPLAINER_CONTENT": str(path)}).code == 1
    assert run_cli("--content", str(MINI), "lint", env={"EXPLAINER_CONTENT": str(path)}).code == 0


def test_graph_formats() -> None:
    mermaid = run_cli("graph", str(MINI))
    assert mermaid.code == 0
    assert mermaid.out.splitlines()[0] == "flowchart TD"
    assert 's_welcome -->|"Start"| s_fact' in mermaid.out
    dot = run_cli("graph", "--format", "dot", str(MINI))
    assert dot.code == 0
    assert '"welcome" -> "fact" [label="Start"];' in dot.out
    assert dot.out.rstrip().endswith("}")


def test_schema_command_matches_committed_file() -> None:
    result = run_cli("schema")
    assert result.code == 0
    committed = (ROOT / "content.schema.json").read_text(encoding="utf-8")
    assert result.out == committed == schema_text(), "run `explainer schema > content.schema.json`"
    schema = json.loads(result.out)
    assert schema["$schema"].endswith("2020-12/schema")


def test_rules_lists_every_code() -> None:
    from explainer.core.rules import RULES

    result = run_cli("rules")
    assert result.code == 0
    for code in RULES:
        assert code in result.out


def test_shipped_content_lints_clean_strict() -> None:
    without_articles = run_cli("lint", "--strict", env={"EXPLAINER_SOURCES": ""})
    assert without_articles.code == 0, without_articles.out + without_articles.err
    with_articles = run_cli("lint", "--strict", "--sources", str(shared_sources()))
    assert with_articles.code == 0, with_articles.out + with_articles.err


def test_python_dash_m_and_no_traceback_on_closed_pipe() -> None:
    import subprocess
    import sys

    proc = subprocess.run(
        f"{sys.executable} -m explainer schema | head -c 10", shell=True, capture_output=True, text=True, check=False
    )
    assert proc.stdout == '{\n  "$sche'
    assert "Traceback" not in proc.stderr


def command_names() -> list[str]:
    """Every command, from the parser itself (there is no other list)."""
    from explainer.cli import _parser

    parser = _parser()
    return sorted(next(a for a in parser._actions if a.dest == "command").choices)


def test_version_after_every_command() -> None:
    names = command_names()
    assert {"lint", "print", "export", "serve", "notes", "snapshot"} <= set(names)
    for name in names:
        result = run_cli(name, "--version")
        assert (result.code, result.out.strip()) == (0, f"explainer {__version__}"), name


def test_content_option_before_or_after_the_command(tmp_path: Path) -> None:
    mini = str(MINI)
    for words in (["lint"], ["graph"], ["print", "welcome"], ["export", "welcome", "--out", "-"]):
        before = run_cli("--content", mini, *words, cwd=tmp_path)
        after = run_cli(*words, "--content", mini, cwd=tmp_path)
        assert before.code == after.code == 0, (words, before.err, after.err)
        assert before.out == after.out, words
    assert "in 3 section(s)" in run_cli("lint", "--content", mini).err, "the mini content, not the shipped one"


def test_a_section_named_like_a_command_is_still_a_start_option() -> None:
    result = run_cli("--start", "lint")
    assert result.code == 2 and "needs a terminal" in result.err, "parsed as the reader's option, not the command"


def test_a_busy_port_is_one_clear_line() -> None:
    import socket

    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    try:
        port = taken.getsockname()[1]
        result = run_cli("serve", "--port", str(port), timeout=60)
    finally:
        taken.close()
    assert result.code == 2, result.err
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"explainer serve: cannot listen on 127.0.0.1:{port}:"), lines
    assert "internal error" not in result.err


def test_a_passed_review_date_warns_authors_without_failing_a_plain_lint() -> None:
    late = run_cli("lint", env={"EXPLAINER_TODAY": "2099-01-01"})
    assert late.code == 0, late.err
    assert "W206" in late.out and "has passed" in late.out
    assert run_cli("lint", "--strict", env={"EXPLAINER_TODAY": "2099-01-01"}).code == 1, "strict asks for a review"
    bad = run_cli("lint", env={"EXPLAINER_TODAY": "tomorrow"})
    assert bad.code == 2 and bad.err.strip() == (
        "explainer: EXPLAINER_TODAY must be a date like 2026-11-21, not 'tomorrow'"
    )


# What the reader's path may not load: the other commands' modules and what they stand on.
OTHER_COMMANDS = {
    "explainer.commands.authoring",
    "explainer.commands.handouts",
    "explainer.commands.notes",
    "explainer.commands.serve",
    "explainer.commands.snapshot",
    "explainer.core.lint",
    "explainer.core.graph",
    "explainer.core.schema",
    "explainer.core.handout",
    "explainer.serving",
    "explainer.textmodes.printing",
    "explainer.presenter.notes",
    "explainer.ui.snapshot",
}


def imported_modules(*args: str, input: str | None = None) -> tuple[Result, set[str]]:
    """Run the real CLI with `python -X importtime` (its environment variable) and list what it imported."""
    result = run_cli(*args, input=input, env={"PYTHONPROFILEIMPORTTIME": "1"})
    lines = [line for line in result.err.splitlines() if line.startswith("import time:")]
    return result, {line.rpartition("|")[2].strip() for line in lines}


def test_the_reader_path_imports_no_other_command() -> None:
    for words, script in ((["--version"], None), (["--start", "welcome"], None), (["--plain"], "q\n")):
        result, modules = imported_modules(*words, input=script)
        assert result.code in (0, 2) and "Traceback" not in result.err, (words, result.err[-500:])
        assert {"explainer.cli", "explainer.commands.parser", "explainer.commands.reader"} <= modules, words
        assert modules & OTHER_COMMANDS == set(), words
    _, plain = imported_modules("--plain", input="q\n")
    assert "explainer.textmodes.plain" in plain, "the plain reader did run"


def test_a_command_loads_what_it_needs_not_what_the_others_need() -> None:
    result, modules = imported_modules("schema")
    assert result.code == 0
    assert {"explainer.commands.authoring", "explainer.core.schema"} <= modules, "the probe sees a command's imports"
    others = {"explainer.serving", "explainer.core.handout", "explainer.ui.snapshot", "explainer.presenter.notes"}
    assert modules & (others | {"textual"}) == set(), "command modules import only argparse until they run"


def test_every_command_names_its_handler() -> None:
    from explainer.cli import _parser
    from explainer.commands.reader import run as read

    parser = _parser()
    choices = next(a for a in parser._actions if a.dest == "command").choices
    for name, subparser in choices.items():
        handler = subparser.get_default("run")
        assert callable(handler) and handler is not read, f"`{name}` needs set_defaults(run=...)"
        assert handler.__module__.startswith("explainer.commands."), name
    assert parser.get_default("run") is read, "no command: the reader"
