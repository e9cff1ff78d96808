"""Property tests: valid graphs always load and lint; mangled files only ever raise ContentError."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from explainer.core.diagnostics import ContentError
from explainer.core.lint import lint
from explainer.core.loader import load_text

from .builders import TODAY, to_yaml
from .strategies import graphs

PROFILE = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROFILE
@given(graphs())
def test_random_valid_graphs_load_and_lint(doc) -> None:
    explainer = load_text(to_yaml(doc), "random.yaml")
    found = lint(explainer, today=TODAY)
    assert not [d for d in found if d.code.startswith(("E", "L"))], found
    for diagnostic in found:
        assert diagnostic.line >= 1 and diagnostic.column >= 1


@st.composite
def mutated(draw: st.DrawFn) -> str:
    text = to_yaml(draw(graphs(max_sections=5)))
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["delete", "insert", "swap_lines", "replace_line", "duplicate_line"]))
        lines = text.splitlines(keepends=True)
        if op == "delete" and text:
            start = draw(st.integers(0, len(text) - 1))
            text = text[:start] + text[start + draw(st.integers(1, 20)) :]
        elif op == "insert":
            at = draw(st.integers(0, len(text)))
            junk = draw(
                st.one_of(
                    st.text(max_size=10),
                    st.sampled_from(
                        ["&a", "*a", "!!python/none", ": ", "- ", "\t", "[", "{", "'", '"', "<<: *a", "? "]
                    ),
                )
            )
            text = text[:at] + junk + text[at:]
        elif op == "swap_lines" and len(lines) > 1:
            i, j = draw(st.integers(0, len(lines) - 1)), draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
            text = "".join(lines)
        elif op == "replace_line" and lines:
            i = draw(st.integers(0, len(lines) - 1))
            lines[i] = draw(st.text(max_size=40)) + "\n"
            text = "".join(lines)
        elif op == "duplicate_line" and lines:
            i = draw(st.integers(0, len(lines) - 1))
            lines.insert(i, lines[i])
            text = "".join(lines)
    return text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutations_only_raise_content_error(text: str) -> None:
    try:
        explainer = load_text(text, "mutated.yaml")
    except ContentError as exc:
        diagnostic = exc.diagnostic
        assert diagnostic.code.startswith("L")
        assert diagnostic.line >= 1 and diagnostic.column >= 1
        assert str(diagnostic).startswith(f"mutated.yaml:{diagnostic.line}:{diagnostic.column}: L")
        return
    lint(explainer, today=TODAY)


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85"])
def test_a_yaml_1_1_line_break_inside_a_quoted_value_is_not_a_new_line(separator: str) -> None:
    """Found by the random graphs: PyYAML counts U+2028 as a line break, YAML 1.2 does not,
    so the text after it was checked as a badly indented continuation line (L005)."""
    from .builders import content, help_card, page

    text = to_yaml(content(page("s0", "help"), help_card("help", "s0")))
    quoted = text.replace("title: Test", f'title: "Te{separator}st"', 1)
    title = load_text(quoted, "x.yaml").content.meta.title  # no L005; PyYAML may fold U+0085 to a space
    assert title.startswith("Te") and title.endswith("st") and len(title) == 5
