"""Citations, levels and icon arrays in every output: the reader, print, --plain, and HTML and Markdown handouts."""

from __future__ import annotations

from pathlib import Path

from explainer.ui.screens.keys import KeysScreen
from explainer.ui.screens.sources import SourcesScreen
from explainer.ui.widgets.icon_arrays import COUNTED, IconArrays

from .app_helpers import make_app, screen_text
from .conftest import run_cli

HAN = "Han Y, Chen J, Zou D"


async def test_the_reader_shows_numbers_levels_sources_and_icon_arrays() -> None:
    app = make_app(start="numbers")
    async with app.run_test(size=(100, 200)) as pilot:  # below the side panel's width: sources at the foot
        await pilot.pause()
        text = screen_text(app)
        assert 'claims "its 70% success rate" [1].' in text
        assert "✓ Shown in people: In trials that compared one infusion" in text
        assert "✓ Shown in people   ≈ Leading theory   ! One article's claim   + Added context" in text
        assert "Sources (s: in full)" in text and "[3] Efficacy of ketamine in the rapid treatment" in text
        assert "52 out of 100 [3]" in text and "45 out of 100 [8]" in text
        grids = [str(w.render()) for w in app.screen.query(".icon-grid")]
        assert [grid.count(COUNTED) for grid in grids] == [52, 48, 40, 60, 50, 59, 45]
        assert all(grid.count("·") == 100 - grid.count(COUNTED) for grid in grids)
        assert len(app.screen.query(IconArrays)) == 1
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, SourcesScreen)
        full = screen_text(app)
        assert (
            HAN in full
            and "2016;12:2859-2867" in full
            and "(promotional article)" in full
            and "A primary reference (added context)." in full
        )
        await pilot.press("escape", "question_mark")
        await pilot.pause()
        assert isinstance(app.screen, KeysScreen)
        keys = screen_text(app)
        assert "the sources of this screen, in full" in keys and "! One article's claim: promotional" in keys


async def test_structured_blocks_carry_level_classes_and_words() -> None:
    app = make_app(start="cascade")
    async with app.run_test(size=(100, 60)) as pilot:
        await pilot.pause()
        steps = list(app.screen.query(".step"))
        assert [s.has_class("level-theory") for s in steps] == [True, True, True, True, False]
        assert steps[-1].has_class("level-claim")
        assert "≈ Leading theory" in screen_text(app)
        app.goto("timeline")
        await pilot.pause()
        items = list(app.screen.query(".phase-item"))
        assert items and all(any(item.has_class(f"level-{w}") for w in ("shown", "claim", "context")) for item in items)
        text = screen_text(app)
        items_text = [str(item.render()) for item in app.screen.query(".phase-item-text")]
        assert '! One article\'s claim: The article expects "Mild dissociative experiences during treatment" [1].' in (
            items_text
        )
        assert "press !" in text  # the help line sits beside the mention of suicidal thoughts


async def test_screens_without_levels_show_no_legend() -> None:
    app = make_app(start="welcome")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert not app.screen.query_one("#legend-slot").display


def test_print_and_plain_show_numbers_levels_references_and_counts() -> None:
    printed = run_cli("print", "numbers", "--width", "100")
    assert printed.code == 0, printed.err
    plain = run_cli("--plain", "--start", "numbers", input="q\n")
    assert plain.code == 0, plain.err
    for out in (printed.out, plain.out):
        assert 'claims "its 70% success rate" [1].' in out
        assert "✓ Shown in people: In trials" in out
        assert "One ketamine infusion, 1 day after: 52 out of 100 [3]" in out
        assert "Placebo spray and a new pill, Day 28: 45 out of 100 [8]" in out
        assert f"3. {HAN}" in out and "2016;12:2859-2867." in out
        assert "[@" not in out and "{shown}" not in out


def test_html_handout_draws_icon_arrays_as_figures(tmp_path: Path) -> None:
    out = tmp_path / "h.html"
    result = run_cli("export", "numbers", "cascade", "timeline", "--out", str(out))
    assert result.code == 0, result.err
    page = out.read_text(encoding="utf-8")
    assert page.count('<figure class="icon-array">') == 3 and page.count("<svg") == 7
    counted = 52 + 48 + 40 + 60 + 50 + 59 + 45
    assert page.count("<rect") == counted and page.count("<circle") == 700 - counted
    assert 'aria-label="One ketamine infusion, 1 day after: 52 out of 100"' in page
    assert "<strong>52 out of 100</strong> [3]" in page
    assert "How to read the marks" in page and "<em>Shown in people:</em>" in page
    assert HAN in page and "<script" not in page and "ICONARRAY" not in page


def test_markdown_handout_says_the_counts_and_lists_full_citations(tmp_path: Path) -> None:
    out = tmp_path / "h.md"
    result = run_cli("export", "numbers", "--out", str(out))
    assert result.code == 0, result.err
    text = out.read_text(encoding="utf-8")
    assert "- One ketamine infusion, 1 day after: **52 out of 100** \\[3\\]" in text
    assert "\\+ *Added context:*" in text and "## How to read the marks" in text
    assert f"- {HAN}" in text
