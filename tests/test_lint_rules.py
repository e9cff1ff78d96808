"""Each lint rule on a small hand-made graph or file: it fires where it should, and only there."""

from __future__ import annotations

import datetime

from .builders import codes, content, findings, help_card, meta, page


def clean(*sections, **changes):
    return content(*sections, **changes)


def test_small_valid_graph_is_clean() -> None:
    doc = clean(page("a", "b", "help"), page("b", "a", "help"), help_card("help", "a"))
    assert codes(doc) == []


def test_cycle_is_fine() -> None:
    doc = clean(page("a", "b", "help"), page("b", "c", "help"), page("c", "a", "help"), help_card("help", "a"))
    assert codes(doc) == []


def test_orphan_is_unreachable() -> None:
    doc = clean(page("a", "b", "help"), page("b", "a", "help"), page("orphan", "a", "help"), help_card("help", "a"))
    found = findings(doc)
    assert [(d.code, d.severity) for d in found] == [("W201", "warning")]
    assert "section 'orphan' cannot be reached from 'a'" in found[0].message


def test_dead_end() -> None:
    doc = clean(page("a", "b", "help"), page("b"), help_card("help", "a"))
    found = findings(doc)
    assert [d.code for d in found] == ["E107"]
    assert "dead end: section 'b' has no choices" in found[0].message


def test_end_section_without_choices_is_fine() -> None:
    doc = clean(page("a", "b", "help"), page("b", end=True), help_card("help", "a"))
    assert codes(doc) == []


def test_self_loop() -> None:
    doc = clean(page("a", "a", "help"), help_card("help", "a"))
    found = findings(doc)
    assert [d.code for d in found] == ["W207"]
    assert found[0].line > 1


def test_single_choice_is_info() -> None:
    doc = clean(page("a", "b", "help"), page("b", "a"), help_card("help", "a"))
    found = findings(doc)
    assert [(d.code, d.severity) for d in found] == [("I301", "info")]


def test_more_than_nine_choices() -> None:
    targets = [f"s{i}" for i in range(10)]
    doc = clean(page("a", *targets), *(page(t, "a", "help") for t in targets), help_card("help", "a"))
    assert codes(doc) == ["E106"]


def test_duplicate_choice_target_and_label() -> None:
    section = page("a", "b", "help")
    section["choices"].append({"label": "To b", "target": "b"})
    doc = clean(section, page("b", "a", "help"), help_card("help", "a"))
    assert sorted(codes(doc)) == ["W208", "W208"]


def test_empty_section() -> None:
    doc = clean(page("a", "b", "help"), page("b", "a", "help", body="  "), help_card("help", "a"))
    assert codes(doc) == ["W202", "W214"]  # and its listed source is cited nowhere inline


def test_source_never_cited_and_factual_without_source() -> None:
    doc = clean(page("a", "b", "help", sources=[]), page("b", "a", "help", sources=[]), help_card("help", "a"))
    assert codes(doc) == ["W203", "W204", "W204"]


def test_navigation_screen_may_skip_sources_but_not_state_figures() -> None:
    doc = clean(
        page("a", "b", "help", sources=[], factual=False),
        page("b", "a", "help", sources=[], factual=False, body="It helps 70% of people."),
        page("c", "a", "help"),
        help_card("help", "a", "c"),
    )
    found = findings(doc)
    assert [d.code for d in found] == ["W210"]
    assert "'70%'" in found[0].message


def test_glossary_unused_and_undefined() -> None:
    doc = clean(
        page("a", "b", "help", body="Glutamate is busy. So is [[AMPA]]."),
        page("b", "a", "help"),
        help_card("help", "a"),
        glossary=[
            {"term": "glutamate", "short": "A messenger."},
            {"term": "amygdala", "short": "A brain area."},
        ],
    )
    assert sorted(codes(doc)) == ["E108", "W205"]


def test_glossary_alias_counts_as_use_and_duplicates_warn() -> None:
    doc = clean(
        page("a", "b", "help", body="Both [[NMDA receptors]] and synapses."),
        page("b", "a", "help"),
        help_card("help", "a"),
        glossary=[
            {"term": "NMDA receptor", "short": "x", "aliases": ["NMDA receptors"]},
            {"term": "synapse", "short": "y", "aliases": ["synapses", "NMDA receptor"]},
        ],
    )
    assert codes(doc) == ["W209"]


def test_review_date_passed() -> None:
    doc = clean(
        page("a", "b", "help"),
        page("b", "a", "help"),
        help_card("help", "a"),
        meta=meta(review_by=datetime.date(2020, 1, 1), written=datetime.date(2019, 1, 1)),
    )
    found = findings(doc)
    assert [d.code for d in found] == ["W206"]
    assert "2020-01-01 has passed" in found[0].message


def test_help_resources_missing() -> None:
    doc = clean(page("a", "b", "c"), page("b", "a", "c"), page("c", "a", "b"), meta=meta(help=[]))
    assert codes(doc) == ["E109", "E109"]


def test_suicide_mention_needs_help_link() -> None:
    body = "It may ease suicidal thoughts for a while."
    doc = clean(page("a", "b", "c", body=body), page("b", "a", "help"), page("c", "a", "help"), help_card("help", "a"))
    assert codes(doc) == ["E110"]
    linked = clean(page("a", "b", "help", body=body), page("b", "a", "help"), help_card("help", "a"))
    assert codes(linked) == []


def test_unknown_source_and_duplicate_source_id() -> None:
    doc = clean(page("a", "b", "help", sources=["nope"]), page("b", "a", "help"), help_card("help", "a"))
    doc["sources"].append(dict(doc["sources"][0]))
    assert sorted(codes(doc)) == ["E105", "E111"]


def test_compare_side_sources_count_as_citations() -> None:
    compare = {
        "id": "b",
        "kind": "compare",
        "title": "Do effects last?",
        "sides": [
            {"label": "One says", "text": "No.", "sources": ["src"]},
            {"label": "Other says", "text": "Yes.", "sources": ["src"]},
        ],
        "choices": [{"label": "Back", "target": "a"}, {"label": "Help", "target": "help"}],
    }
    doc = clean(page("a", "b", "help", sources=[]), compare, help_card("help", "a"))
    assert codes(doc) == ["W204"]  # only 'a' is unsourced


def test_ignore_skips_codes() -> None:
    from explainer.core.lint import lint

    from .builders import TODAY, load_doc

    doc = clean(page("a", "b", "help"), page("b"), help_card("help", "a"))
    assert [d.code for d in lint(load_doc(doc), today=TODAY, ignore={"E107"})] == []


def test_unknown_hub() -> None:
    doc = clean(page("a", "b", "help"), page("b", "a", "help"), help_card("help", "a"), hub="hbu")
    found = findings(doc)
    assert [d.code for d in found] == ["E112"]
    assert load_hub(clean(page("a", "b", "help"), page("b", "a", "help"), help_card("help", "a"))) == "a"


def load_hub(doc) -> str:
    from .builders import load_doc

    return load_doc(doc).content.home


def test_not_advice_line_required() -> None:
    doc = clean(page("a", "b", "help"), page("b", "a", "help"), help_card("help", "a"), meta=meta(not_advice=" "))
    found = findings(doc)
    assert [d.code for d in found] == ["W213"]
