"""Each kind of invalid YAML the reliability review found mishandled: one placed line, exit 2.

The classes of bug: (1) PyYAML accepts some invalid YAML (yamlstrict.py now recognises
11 of the 12 yaml-test-suite cases it accepts); (2) errors that are not placed or not one
line (a control character at 1:1 with a second line, a key holding a line break);
(3) text from the file reaching the terminal unescaped (mapping keys). Each case below is
a small hand-written file of its kind, plus the three constructs that linted clean inside
the real content.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from explainer.core.diagnostics import ContentError
from explainer.core.loader import load_text

from .conftest import ROOT, run_cli

ONE_PLACED_LINE = re.compile(r"^[^\n\x1b\x07]+:\d+:\d+: L\d{3} [^\n\x00-\x08\x0b-\x1f\x7f]+$")


@dataclass(frozen=True)
class Case:
    text: str
    code: str
    line: int
    column: int
    words: str


CASES = {
    # PyYAML accepts these; the YAML spec does not (yaml-test-suite ids in brackets).
    "comment glued to a quoted value [SU5Z]": Case('key: "value"# note\n', "L005", 1, 13, "space before its '#'"),
    "comment glued to a flow list [9JBA]": Case("key: [a, b]#note\n", "L005", 1, 12, "space before its '#'"),
    "comment glued to a comma [CVW2]": Case("key: [a, b,#note\n  c]\n", "L005", 1, 12, "space before its '#'"),
    "comment glued to a block header [X4QW]": Case("key: >-#note\n  text\n", "L005", 1, 8, "after '>-'"),
    "comment glued to a directive [MUS6]": Case("%YAML 1.1#note\n---\nkey: 1\n", "L005", 1, 10, "space before"),
    "quoted value continued too far left [QB6E]": Case('key: "a\nb"\n', "L005", 2, 1, "indented by at least 1"),
    "nested quoted value continued too far left": Case('a:\n  key: "one\n  two"\n', "L005", 3, 3, "at least 3"),
    "list continued too far left [9C9N]": Case("key: [a,\nb]\n", "L005", 2, 1, "continues the value from line 1"),
    "tab indenting a continued value [DK95]": Case('key: "a\n\tb"\n', "L005", 2, 1, "a tab cannot indent"),
    "tab indenting a flow list [Y79Y]": Case("- [\n\tfoo,\n foo\n ]\n", "L005", 2, 1, "a tab cannot indent"),
    "lone dash in a flow list [YJV2]": Case("key: [-]\n", "L005", 1, 7, "'-' cannot stand alone"),
    "lone dashes in a nested flow list [G5U8]": Case("- [-, -]\n", "L005", 1, 4, "'-' cannot stand alone"),
    # Errors that were at 1:1 with a second line, or not one line.
    "escape character in a value": Case('meta:\n  title: "a\x1bb"\n', "L005", 2, 12, "\\x1b is not allowed"),
    "DEL in a plain value": Case("meta:\n  title: a\x7fb\n", "L005", 2, 11, "\\x7f is not allowed"),
    "U+FFFF in a value": Case("meta:\n  title: a\uffffb\n", "L005", 2, 11, "\\uffff is not allowed"),
    "C1 control after a multi-byte letter": Case("meta:\n  title: é\x9b\n", "L005", 2, 11, "\\x9b"),
    "line break inside a key [6SLA]": Case('"a\\nb": 1\n', "L009", 1, 1, "unknown key 'a\\x0ab'"),
    "terminal escapes inside a key": Case('"\\e]0;PWNED\\a\\e[2J": 1\n', "L009", 1, 1, "'\\x1b]0;PWNED\\x07\\x1b[2J'"),
    "a 100,000-digit number": Case("meta: " + "9" * 100_000 + "\n", "L005", 1, 7, "cannot read the value"),
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_invalid_yaml_gives_one_placed_escaped_line(case: Case) -> None:
    with pytest.raises(ContentError) as caught:
        load_text(case.text, "case.yaml")
    diagnostic = caught.value.diagnostic
    shown = str(diagnostic)
    assert (diagnostic.code, diagnostic.line, diagnostic.column) == (case.code, case.line, case.column), shown
    assert case.words in shown
    assert ONE_PLACED_LINE.match(shown), f"not one clean line: {shown!r}"
    assert len(shown) < 700


VALID_LOOKALIKES = {
    "comment after a space": 'key: "value" # note\n',
    "hash inside a plain value": "key: a#b\n",
    "hash inside quotes": 'key: "a#b"\n',
    "url with a fragment": "key: https://example.org/page#part\n",
    "hash in a comment after a hash": "# see #3 and#4\nkey: 1\n",
    "block header then a comment": "key: >- # note\n  text\n",
    "quoted value continued with indent": 'key: "a\n  b"\n',
    "explicit key with multi-line plain scalars [JTV5]": "? a\n  true\n: null\n  d\n",
    "colon then comma in block context [S7BG]": "- :,\n",
    "dash followed by a letter": "key: [-a, -1]\n",
    "empty lines inside a quoted value": 'key: "a\n\n  b"\n',
}


@pytest.mark.parametrize("text", VALID_LOOKALIKES.values(), ids=VALID_LOOKALIKES.keys())
def test_valid_yaml_that_looks_like_those_cases_is_not_a_syntax_error(text: str) -> None:
    with pytest.raises(ContentError) as caught:
        load_text(text, "case.yaml")
    assert caught.value.diagnostic.code == "L009", "valid YAML, refused only by the content schema"


REAL_CONTENT_EDITS = {
    "comment glued to the quoted title": (
        'an honest explainer"\n',
        'an honest explainer"#c\n',
        "space before its '#'",
    ),
    "comment glued to the disclosure's header": ("  disclosure: >-\n", "  disclosure: >-#comment\n", "after '>-'"),
    "title continued too far left": (
        '  title: "Ketamine for hard-to-treat depression: an honest explainer"\n',
        '  title: "Ketamine for hard-to-treat\ndepression: an honest explainer"\n',
        "must be indented by at least 3 spaces",
    ),
}


@pytest.mark.parametrize("edit", REAL_CONTENT_EDITS.values(), ids=REAL_CONTENT_EDITS.keys())
def test_constructs_that_linted_clean_inside_the_real_content_now_fail(
    tmp_path: Path, edit: tuple[str, str, str]
) -> None:
    before, after, words = edit
    text = (ROOT / "content.yaml").read_text(encoding="utf-8")
    assert text.count(before) == 1
    (tmp_path / "content.yaml").write_text(text.replace(before, after), encoding="utf-8")
    result = run_cli("lint", "content.yaml", cwd=tmp_path)
    assert result.code == 2
    assert ONE_PLACED_LINE.match(result.err.strip()) and words in result.err, result.err


def test_a_key_with_terminal_escapes_never_reaches_the_terminal(tmp_path: Path) -> None:
    text = (ROOT / "content.yaml").read_text(encoding="utf-8") + '"\\e]0;PWNED\\a\\e[2J\\e[31mRED": 1\n'
    (tmp_path / "content.yaml").write_text(text, encoding="utf-8")
    result = run_cli("lint", "content.yaml", cwd=tmp_path)
    assert result.code == 2
    assert "\x1b" not in result.out + result.err and "\x07" not in result.out + result.err
    assert "\\x1b]0;PWNED" in result.err
    assert f":{text.count(chr(10))}:1: L009" in result.err, "placed at the key's own line"
