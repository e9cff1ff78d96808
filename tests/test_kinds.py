"""One kind, one module: every registered kind is complete, and an incomplete one is refused loudly."""

from __future__ import annotations

import subprocess
import sys
import types
import typing
from pathlib import Path

import pytest

from explainer.core.document import section_markdown
from explainer.core.loader import load
from explainer.core.model import SECTION_KINDS, AnySection, Content, Section
from explainer.kinds import KINDS, KindError, build_registry, check_kind, kind_of
from explainer.kinds.base import Kind
from explainer.kinds.page import Page, page_parts
from explainer.ui.widgets.section_base import SectionView
from explainer.ui.widgets.section_view import view_class

from .conftest import ROOT


def test_every_kind_has_a_model_parts_and_a_view_that_imports_as_a_section_view() -> None:
    assert [kind.tag for kind in KINDS] == ["page", "myth", "timeline", "steps", "compare", "help"]
    for kind in KINDS:
        assert issubclass(kind.model, Section)
        assert SECTION_KINDS[kind.tag] is kind.model
        assert callable(kind.parts)
        view = view_class(kind.view)
        assert issubclass(view, SectionView), kind.view
        tcss = Path(sys.modules[view.__module__].__file__ or "").with_suffix(".tcss")
        assert view.__module__.startswith("explainer.ui.widgets."), kind.view
        if kind.tag != "page":  # the page is plain Markdown and has no styles of its own
            assert tcss.is_file(), f"{kind.view} has no {tcss.name} beside it"


def test_the_sections_union_is_built_from_the_registry() -> None:
    assert typing.get_args(AnySection) == tuple(kind.model for kind in KINDS)
    sections_type = typing.get_type_hints(Content, include_extras=True)["sections"]
    assert typing.get_args(typing.get_args(sections_type)[0]) == (AnySection,)


def test_every_kind_in_the_content_renders_its_own_parts() -> None:
    explainer = load(ROOT / "content.yaml")
    seen = set()
    for section in explainer.content.sections:
        kind = kind_of(section)
        seen.add(kind.tag)
        parts = kind.parts(section, _kit_for(section, explainer))
        assert all(isinstance(part, str) for part in parts)
        text = section_markdown(section, explainer)
        assert all(part in text for part in parts), section.id
    assert seen == set(SECTION_KINDS)


def _kit_for(section: Section, explainer: object) -> object:
    from explainer.core.document import _Kit

    return _Kit(section, explainer)  # type: ignore[arg-type]


def test_a_kind_must_declare_its_model_parts_and_view() -> None:
    with pytest.raises(TypeError, match="view"):
        Kind(model=Page, parts=page_parts)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="parts"):
        Kind(model=Page, view="explainer.ui.widgets.page:PageView")  # type: ignore[call-arg]


@pytest.mark.parametrize(
    ("kind", "error"),
    [
        (None, "must define KIND"),
        (Kind(model=Section, parts=page_parts, view="explainer.ui.widgets.page:PageView"), "Section subclass"),
        (Kind(model=Page, parts="not a function", view="explainer.ui.widgets.page:PageView"), "KIND.parts"),  # type: ignore[arg-type]
        (Kind(model=Page, parts=page_parts, view="PageView"), "KIND.view"),
        (Kind(model=Page, parts=page_parts, view=""), "KIND.view"),
    ],
)
def test_an_incomplete_kind_is_refused_with_what_it_lacks(kind: object, error: str) -> None:
    with pytest.raises(KindError, match=error):
        check_kind("quiz", kind)


def test_a_kind_module_without_kind_stops_the_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "explainer.kinds.quiz", types.ModuleType("explainer.kinds.quiz"))
    with pytest.raises(KindError, match=r"explainer\.kinds\.quiz must define KIND"):
        build_registry(("page", "quiz"))


def test_two_kinds_with_one_tag_are_refused() -> None:
    with pytest.raises(KindError, match="share a tag"):
        build_registry(("page", "page"))


def test_a_view_path_that_is_not_a_section_view_is_refused() -> None:
    with pytest.raises(TypeError, match="not a SectionView"):
        view_class("explainer.ui.widgets.section_view:view_class")
    with pytest.raises(ModuleNotFoundError):
        view_class("explainer.ui.widgets.quiz:QuizView")


def test_an_unregistered_section_class_is_an_error_not_a_page() -> None:
    class Quiz(Section, tag="quiz", kw_only=True):
        pass

    with pytest.raises(KindError, match="Quiz is not a registered kind"):
        kind_of(Quiz(id="q", title="Quiz"))


def test_showing_a_page_imports_no_other_kinds_view() -> None:
    probe = (
        "import sys\n"
        "from explainer.core.loader import load\n"
        "from explainer.ui.widgets.section_view import view_for\n"
        f"ex = load({str(ROOT / 'content.yaml')!r})\n"
        "page = next(s for s in ex.content.sections if s.__struct_config__.tag == 'page')\n"
        "view_for(page, ex)\n"
        "print(sorted(m for m in sys.modules if m.startswith('explainer.ui.widgets.')))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    for other in ("myth", "timeline", "steps", "compare", "help_card"):
        assert f"'explainer.ui.widgets.{other}'" not in out, out
    assert "'explainer.ui.widgets.page'" in out


STEPS_DOC = """\
meta:
  title: Steps
  authors: [Tester]
  written: 2026-11-01
  review_by: 2099-01-01
  disclosure: None.
  not_advice: This is information, not medical advice.
  help:
    - {name: Lifeline, contact: Call or text 988, region: US}
sources:
  - {id: art, title: Art, publisher: Pub, kind: article, cite: 000_x}
start: a
sections:
  - id: a
    kind: steps
    title: A
    body: |
      {claim} A claim that cites no article.
    sources: [art]
    steps:
      - {title: First, text: "One [@art]", level: claim}
      - {title: Second, text: "Two [@art]"}
    choices: [{label: Help now, target: help}]
  - id: help
    kind: help
    title: Help now
    body: You are not alone.
    end: true
    choices: [{label: Back, target: a}]
"""


def test_levels_are_named_by_the_kind_and_a_steps_body_marker_no_longer_crashes_lint() -> None:
    """Each kind names its levelled items (`levelled_items`), so lint needs no branch per kind.

    Before, a level marker in the body of a steps section made lint fail with an internal IndexError.
    """
    from explainer.core.lint import lint
    from explainer.core.loader import load_text

    found = [(d.code, d.line, d.message) for d in lint(load_text(STEPS_DOC, "steps.yaml"))]
    assert ("E117", 22, "step 'Second' has no evidence level; add 'level:' (shown, theory, claim or context)") in found
    assert ("E118", 18, "this block is marked {claim} (one article's claim) but cites no article") in found
    assert [code for code, _, _ in found] == ["E118", "E117", "I301"]


def test_every_kind_has_a_docs_section_and_a_schema_entry() -> None:
    import json

    guide = (ROOT / "docs" / "content-format.md").read_text(encoding="utf-8")
    schema = json.loads((ROOT / "content.schema.json").read_text(encoding="utf-8"))
    for kind in KINDS:
        assert f"\n### `{kind.tag}`\n" in guide, f"docs/content-format.md has no section for '{kind.tag}'"
        definition = schema["$defs"][kind.model.__name__]
        assert definition["properties"]["kind"]["enum"] == [kind.tag], kind.tag
