"""SVG snapshots of every section at two sizes, and of every other screen.

Generated from the content: a new section gets its snapshots without code. Update with
`pytest tests/test_snapshots.py --snapshot-update`, then look at the SVGs before committing.
"""

from __future__ import annotations

import pytest

from .app_helpers import make_app, shipped

SIZES = {"80x24": (80, 24), "120x40": (120, 40)}


@pytest.mark.parametrize("size", list(SIZES))
@pytest.mark.parametrize("section_id", [section.id for section in shipped().content.sections])
def test_section(snap_compare, section_id: str, size: str) -> None:
    assert snap_compare(make_app(start=section_id), terminal_size=SIZES[size])


def test_map(snap_compare) -> None:
    assert snap_compare(make_app(start="glutamate"), press=["m"], terminal_size=(80, 24))


def test_glossary(snap_compare) -> None:
    assert snap_compare(make_app(start="glutamate"), press=["G"], terminal_size=(80, 24))


def test_terms_on_this_screen(snap_compare) -> None:
    assert snap_compare(make_app(start="nmda"), press=["g"], terminal_size=(80, 24))


def test_keys_help(snap_compare) -> None:
    assert snap_compare(make_app(), press=["question_mark"], terminal_size=(80, 24))


def test_help_now_from_a_section(snap_compare) -> None:
    assert snap_compare(make_app(start="synapses"), press=["exclamation_mark"], terminal_size=(80, 24))


def test_myth_before_guess(snap_compare) -> None:
    assert snap_compare(make_app(start="myth-miracle-cure"), terminal_size=(120, 40))


def test_myth_after_guess(snap_compare) -> None:
    assert snap_compare(make_app(start="myth-miracle-cure"), press=["right", "right", "enter"], terminal_size=(120, 40))


def test_high_contrast_theme(snap_compare) -> None:
    assert snap_compare(make_app(start="compare-lasting", theme="high-contrast"), terminal_size=(120, 40))


def test_small_terminal(snap_compare) -> None:
    assert snap_compare(make_app(start="timeline"), terminal_size=(40, 12))


def test_presenter_notes_panel(snap_compare) -> None:
    app = make_app(start="nmda", present=True, clock=lambda: 0.0)
    assert snap_compare(app, press=["n"], terminal_size=(120, 40))


def test_presenter_reset_question(snap_compare) -> None:
    app = make_app(start="nmda", present=True, clock=lambda: 0.0)
    assert snap_compare(app, press=["ctrl+r"], terminal_size=(80, 24))


@pytest.mark.parametrize("section_id", ["cascade", "timeline", "numbers"])
def test_evidence_screens_without_colour(snap_compare, monkeypatch: pytest.MonkeyPatch, section_id: str) -> None:
    """Levels and icon arrays read without colour: marks, words and shapes (NO_COLOR)."""
    monkeypatch.setenv("NO_COLOR", "1")
    assert snap_compare(make_app(start=section_id), terminal_size=(80, 24))


def test_sources_in_full(snap_compare) -> None:
    assert snap_compare(make_app(start="numbers"), press=["s"], terminal_size=(80, 24))


# The design's states and environments: themes, colour depths, verdicts, the side panel, the care card.


def test_light_theme(snap_compare) -> None:
    assert snap_compare(make_app(start="compare-lasting", theme="explainer-light"), terminal_size=(120, 40))


def test_light_theme_myth_verdict(snap_compare) -> None:
    app = make_app(start="myth-miracle-cure", theme="explainer-light")
    assert snap_compare(app, press=["enter"], terminal_size=(80, 24))


def test_256_colour_terminal(snap_compare) -> None:
    from .colour_depth import EightBitApp

    assert snap_compare(EightBitApp(shipped(), start="nmda", state=None), terminal_size=(120, 40))


def test_no_color(snap_compare, monkeypatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    assert snap_compare(make_app(start="myth-party-drug"), press=["enter"], terminal_size=(80, 24))


@pytest.mark.parametrize(
    ("state", "start", "press"),
    [
        ("before-guess", "myth-party-drug", []),
        ("guessed-right", "myth-party-drug", ["enter"]),
        ("guessed-wrong", "myth-party-drug", ["right", "right", "enter"]),
        ("partly-true", "myth-last-resort", ["right", "enter"]),
    ],
    ids=["before-guess", "guessed-right", "guessed-wrong", "partly-true"],
)
def test_verdict(snap_compare, state: str, start: str, press: list[str]) -> None:
    assert snap_compare(make_app(start=start), press=press, terminal_size=(80, 24))


def test_side_panel(snap_compare) -> None:
    assert snap_compare(make_app(start="nmda"), terminal_size=(140, 40))


@pytest.mark.parametrize("size", [(40, 20), (60, 20), (80, 24)], ids=["40x20", "60x20", "80x24"])
def test_care_card(snap_compare, size: tuple[int, int]) -> None:
    assert snap_compare(make_app(start="help-now"), terminal_size=size)


def test_evidence_levels_drawn(snap_compare) -> None:
    """The level styles and legend on the cascade, whose steps carry their levels."""
    assert snap_compare(make_app(start="cascade"), terminal_size=(100, 40))


def test_hub_at_40_columns(snap_compare) -> None:
    """Long choices wrap under their own text, not under their numbers."""
    assert snap_compare(make_app(start="hub"), terminal_size=(40, 30))
