"""Citations, quotes checked against the articles, and evidence levels: each rule placed at the words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from explainer.core.lint import lint
from explainer.core.loader import load_text
from explainer.core.quotes import LOCK_NAME

from .builders import TODAY
from .conftest import run_cli, shared_sources

HEAD = """\
meta:
  title: Quotes
  authors: [Tester]
  written: 2026-11-01
  review_by: 2099-01-01
  disclosure: The sources are promotional.
  not_advice: This is information, not medical advice.
  help:
    - {name: Lifeline, contact: Call or text 988, region: US}
sources:
  - {id: clear-mind, title: Clear Mind, publisher: Clear Mind Counseling, kind: article, cite: 003_5908b6a71640ec97}
  - {id: maryland, title: Maryland, publisher: A Maryland article, kind: article, cite: 004_44bbf6c961b96606}
  - {id: han-2016, title: Han 2016, publisher: NDT, kind: reference, cite: "Han Y, et al. NDT. 2016;12:2859-2867."}
start: a
sections:
  - id: a
    kind: page
    title: A
    choices: [{label: Help now, target: help}]
    body: |
"""
TAIL = """\
  - id: help
    kind: help
    title: Help now
    body: You are not alone.
    end: true
    choices: [{label: Back, target: a}]
"""
BODY_LINE = HEAD.count("\n")
"""The file line of the body's first line (1-based): HEAD ends with `body: |`."""


def document(*body_lines: str) -> str:
    return HEAD + "".join(f"      {line}\n" for line in body_lines) + TAIL


def write(tmp_path: Path, *body_lines: str) -> Path:
    path = tmp_path / "content.yaml"
    path.write_text(document(*body_lines), encoding="utf-8")
    return path


def lint_cli(path: Path, *extra: str, sources: bool = True) -> tuple[int, list[str], str]:
    args = ["lint", str(path), "--ignore", "W214,W215", *extra]
    if sources:
        args += ["--sources", str(shared_sources())]
    result = run_cli(*args, env={"EXPLAINER_SOURCES": ""})
    return result.code, result.out.splitlines(), result.err


def only(lines: list[str], code: str) -> str:
    found = [line for line in lines if f" {code} " in line]
    assert len(found) == 1, lines
    return found[0]


def test_an_invented_quote_fails_at_the_quote_with_the_closest_passage(tmp_path: Path) -> None:
    path = write(tmp_path, 'It says "ketamine repairs every broken neuron overnight" [@clear-mind].')
    code, lines, _ = lint_cli(path)
    assert code == 1
    line = only(lines, "E115")
    assert line.startswith(f"{path}:{BODY_LINE + 1}:15: E115 quote not found in the article 'clear-mind'")
    assert "closest passage is" in line


def test_a_quote_from_the_wrong_article_fails_naming_the_article_cited(tmp_path: Path) -> None:
    path = write(tmp_path, 'One article says "a surge of glutamate release" [@clear-mind].')
    code, lines, _ = lint_cli(path)
    assert code == 1
    line = only(lines, "E115")
    assert f":{BODY_LINE + 1}:24: E115" in line and "'clear-mind' (003_5908b6a71640ec97)" in line
    path = write(tmp_path, 'One article says "a surge of glutamate release" [@maryland].')
    assert lint_cli(path)[0] == 0


def test_a_quote_changed_by_one_word_fails_and_shows_the_real_words(tmp_path: Path) -> None:
    path = write(tmp_path, 'It lists "Potential rapid lifting of anxious symptoms" [@clear-mind].')
    code, lines, _ = lint_cli(path)
    assert code == 1
    assert 'closest passage is "Potential rapid lifting of depressive symptoms"' in only(lines, "E115")


def test_a_quote_on_a_later_line_of_a_block_is_placed_on_that_line(tmp_path: Path) -> None:
    path = write(tmp_path, "First line.", "", 'Then "an invented phrase here"', "[@maryland] said it.")
    code, lines, _ = lint_cli(path)
    assert code == 1 and f":{BODY_LINE + 3}:12: E115" in only(lines, "E115")


def test_an_ellipsis_stands_for_a_gap_within_one_paragraph(tmp_path: Path) -> None:
    gap = 'It says "Ketamine blocks certain glutamate receptors ... leading to a controlled release" [@clear-mind].'
    unicode_gap = 'Also "Ketamine blocks certain glutamate receptors … in key brain regions" [@clear-mind].'
    assert lint_cli(write(tmp_path, gap, "", unicode_gap))[0] == 0
    across = 'But "Ketamine blocks certain glutamate receptors ... neuroplasticity" [@clear-mind] spans paragraphs.'
    code, lines, _ = lint_cli(write(tmp_path, across))
    assert code == 1 and only(lines, "E115")
    backwards = 'And "in key brain regions ... Ketamine blocks certain" [@clear-mind] is out of order.'
    assert lint_cli(write(tmp_path, backwards))[0] == 1


def test_curly_and_straight_quotes_dashes_and_case_match(tmp_path: Path) -> None:
    # The article writes "brain’s" with a curly apostrophe and "glutamate system – the" with an en dash.
    straight = 'It calls glutamate "the brain\'s most abundant neurotransmitter" [@clear-mind].'
    curly = "It says “The Glutamate System — the brain’s most abundant” [@clear-mind]."
    assert lint_cli(write(tmp_path, straight, "", curly))[0] == 0


def test_without_the_articles_an_unchanged_quote_passes_and_an_edited_one_fails(tmp_path: Path) -> None:
    quote = 'It lists "Potential rapid lifting of depressive symptoms" [@clear-mind].'
    path = write(tmp_path, quote)
    assert not (tmp_path / LOCK_NAME).exists()
    code, _, err = lint_cli(path, "--update-quotes")
    assert code == 0 and f"wrote {tmp_path / LOCK_NAME} (1 quote(s) verified)" in err
    record = json.loads((tmp_path / LOCK_NAME).read_text(encoding="utf-8"))
    assert record == {
        "quotes": [
            {
                "article": "003_5908b6a71640ec97",
                "quote": "Potential rapid lifting of depressive symptoms",
                "found": "line 27",
            }
        ]
    }
    assert lint_cli(path, sources=False)[0] == 0
    path = write(tmp_path, quote.replace("rapid", "quick"))
    code, lines, _ = lint_cli(path, sources=False)
    assert code == 1
    line = only(lines, "E116")
    assert f":{BODY_LINE + 1}:16: E116 quote not verified against 'clear-mind'" in line
    assert "explainer lint --sources DIR --update-quotes" in line


def test_the_lock_is_rewritten_only_when_asked(tmp_path: Path) -> None:
    path = write(tmp_path, 'It lists "Potential rapid lifting of depressive symptoms" [@clear-mind].')
    result = run_cli("lint", str(path), "--sources", str(shared_sources()))
    assert result.code == 0 and " W215 " in result.out and not (tmp_path / LOCK_NAME).exists()
    result = run_cli("lint", str(path), "--update-quotes", env={"EXPLAINER_SOURCES": ""})
    assert result.code == 2 and "--update-quotes needs the articles" in result.err
    result = run_cli("lint", str(path), env={"EXPLAINER_SOURCES": str(tmp_path / "missing")})
    assert result.code == 2 and "EXPLAINER_SOURCES" in result.err and "Traceback" not in result.err


def test_a_quote_citing_only_a_reference_is_not_checked(tmp_path: Path) -> None:
    path = write(tmp_path, 'Trials found "about half" responded [@han-2016].', 'Pooled "about half" [@han-2016].')
    assert lint_cli(path, sources=False)[0] == 0


def findings(text: str) -> list[str]:
    return [str(d) for d in lint(load_text(text, "t.yaml"), today=TODAY)]


def test_an_unknown_citation_is_an_error_at_the_citation_with_a_suggestion() -> None:
    found = findings(document("Half respond [@han-2061]."))
    assert f"t.yaml:{BODY_LINE + 1}:21: E114 unknown source '@han-2061' cited; did you mean 'han-2016'?" in found


def test_a_listed_source_never_cited_inline_is_a_warning() -> None:
    text = document("Nothing cited here.").replace("    body: |", "    sources: [maryland]\n    body: |")
    found = findings(text)
    assert any(" W214 section 'a' lists source 'maryland' but never cites it inline" in f for f in found)
    assert not any(" W214 " in f for f in findings(text.replace("Nothing cited here.", "Cited [@maryland].")))


STEPS = """\
  - id: a
    kind: steps
    title: A
    choices: [{label: Help now, target: help}]
    steps:
      - title: One
        text: Blocks [@maryland].
      - title: Two
        level: claim
        text: Trials [@han-2016].
      - title: Three
        level: shown
        text: Trials [@han-2016].
"""


def test_every_step_has_a_level_and_the_level_cites_the_right_kind_of_source() -> None:
    text = HEAD.split("  - id: a\n")[0] + STEPS + TAIL
    found = findings(text)
    assert any(" E117 step 'One' has no evidence level" in f for f in found), found
    assert any(" E118 step 'Two' is marked {claim} (one article's claim) but cites no article" in f for f in found)
    assert not any("'Three'" in f for f in found)


TIMELINE = """\
  - id: a
    kind: timeline
    title: A
    choices: [{label: Help now, target: help}]
    phases:
      - name: First
        span: Hours
        items:
          - No marker here [@maryland].
          - |-
            {shwon} A misspelt marker [@han-2016].
          - |-
            {context} Context without a reference [@maryland].
          - |-
            {shown} Shown in trials [@han-2016].
"""


def test_every_timeline_item_begins_with_a_known_marker() -> None:
    text = HEAD.split("  - id: a\n")[0] + TIMELINE + TAIL
    found = findings(text)
    line = HEAD.split("  - id: a\n")[0].count("\n") + 9
    assert (
        f"t.yaml:{line}:13: E117 timeline item does not begin with an evidence marker such as {{shown}} or {{theory}}"
        in found
    )
    assert any(
        f"t.yaml:{line + 2}:13: E117 unknown evidence marker '{{shwon}}'; did you mean 'shown'?" in f for f in found
    )
    assert any(f":{line + 4}:13: E118 this block is marked {{context}}" in f for f in found), found
    assert not any(f":{line + 6}:" in f for f in found)


def test_markers_in_markdown_paragraphs_and_list_items_are_checked() -> None:
    found = findings(document("- {claim} An article says so [@maryland].", "- {shown} Trials say so [@maryland]."))
    assert [f for f in found if " E11" in f] == [
        f"t.yaml:{BODY_LINE + 2}:9: E118 this block is marked {{shown}} (shown in people) but cites no reference"
    ]


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("{label: Ketamine, count: 101, time: 1 day, sources: [han-2016]}", "count: must be at most 100"),
        ("{label: Ketamine, count: -1, time: 1 day, sources: [han-2016]}", "count: must be at least 0"),
        ("{label: Ketamine, count: 52, sources: [han-2016]}", "missing required key 'time'"),
        ("{label: Ketamine, count: 52, time: 1 day, sources: []}", "sources: must not be empty"),
    ],
)
def test_icon_array_rows_need_a_count_within_0_to_100_a_time_and_a_citation(
    tmp_path: Path, row: str, message: str
) -> None:
    good = "{label: Placebo, count: 20, time: 1 day, sources: [han-2016]}"
    arrays = f"    icon_arrays:\n      - title: Much better\n        rows: [{good}, {row}]\n"
    path = tmp_path / "content.yaml"
    path.write_text(document("Half [@han-2016].").replace("    body: |", arrays + "    body: |"), encoding="utf-8")
    result = run_cli("lint", str(path))
    assert result.code == 2 and " L009 " in result.err and message in result.err, result.err
    assert result.err.startswith(f"{path}:")


def test_rules_lists_the_evidence_rules() -> None:
    out = run_cli("rules").out
    for code in ("E114", "E115", "E116", "E117", "E118", "W214", "W215"):
        assert code in out


def test_the_format_guide_lists_every_rule_code() -> None:
    from explainer.core.rules import RULES

    from .conftest import ROOT

    guide = (ROOT / "docs" / "content-format.md").read_text(encoding="utf-8")
    assert [code for code in RULES if f"| {code} |" not in guide] == []


def test_glossary_long_texts_cite_known_sources_numbered_on_their_own() -> None:
    glossary = (
        "glossary:\n  - term: remission\n    short: Few or no symptoms left.\n"
        "    long: |\n      Trials count it [@han-2016] and [@han-2061].\n"
    )
    text = document("Half respond [@han-2016].").replace("start: a\n", glossary + "start: a\n")
    found = findings(text)
    assert any(" E114 unknown source '@han-2061' cited; did you mean 'han-2016'?" in f for f in found), found
    from explainer.textmodes.plain import _glossary

    shown = _glossary(load_text(text, "t.yaml"), "remission")
    assert "Trials count it [1] and [2]." in shown
    assert shown.endswith("Sources:\n  1 Han 2016\n  2 ?"), shown
