"""Small terminals (the design review's P7): the cascade's steps fit three to a first screen
at 80x24, and on a short screen that overflows the Next block folds to "▾ n more" while
every choice stays one number key, one arrow or one Tab away."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.pilot import Pilot

from explainer.core.evidence import LEVELS
from explainer.kinds.steps import Step, Steps
from explainer.ui.app import ExplainerApp
from explainer.ui.widgets.choices import SHOWN_FOLDED, ChoiceButton, ChoiceList
from explainer.ui.widgets.legend import LevelLegend

from .app_helpers import make_app, resize, screen_text, shipped


async def until(pilot: Pilot, condition: Callable[[], bool], what: str, tries: int = 200) -> None:
    """Wait for a condition (a loaded machine may take several frames), or fail saying what never came."""
    for _ in range(tries):
        if condition():
            return
        await pilot.pause()
    raise AssertionError(f"never: {what}")


def choices(app: ExplainerApp) -> ChoiceList:
    return app.screen.query_one(ChoiceList)


def shown_buttons(app: ExplainerApp) -> list[ChoiceButton]:
    return [button for button in app.screen.query(ChoiceButton) if button.display]


def focused(app: ExplainerApp) -> ChoiceButton:
    """The focused choice (failing when focus is anywhere else)."""
    assert isinstance(app.focused, ChoiceButton), app.focused
    return app.focused


def cascade_steps() -> list[Step]:
    section = shipped().sections["cascade"]
    assert isinstance(section, Steps)
    return list(section.steps)


def targets(section_id: str) -> list[str]:
    return [choice.target for choice in shipped().sections[section_id].choices]


async def test_the_cascade_shows_three_steps_and_their_levels_on_the_first_screen_at_80x24() -> None:
    app = make_app(start="cascade")
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: choices(app).folded, "the Next block folded")
        assert app.screen.query_one("#body").scroll_y == 0
        lines = screen_text(app).splitlines()
        steps = cascade_steps()
        for step in steps[:3]:
            line = next((line for line in lines if step.title in line), None)
            assert line is not None, f"{step.title!r} is not on the first screen"
            assert step.level and LEVELS[step.level].label in line, "its level in words, on its own line"


async def test_every_step_says_its_level_in_words_and_draws_it_as_a_rule() -> None:
    """At 120 columns (the compact form from 100 up) all five fit, each with mark, words and rule style."""
    app = make_app(start="cascade")
    async with app.run_test(size=(120, 40)) as pilot:
        steps = cascade_steps()

        def heads() -> list[str]:
            return [str(head.render()) for head in app.screen.query(".step-head")]

        def all_drawn() -> bool:
            text = screen_text(app)
            return len(heads()) == len(steps) and all(head in text for head in heads())

        await until(pilot, all_drawn, "every step's head on the first screen")
        for head, step in zip(heads(), steps, strict=True):
            assert step.level and step.title in head and LEVELS[step.level].label in head
        rules = {step.styles.border_left[0] for step in app.screen.query(".step.level-theory")}
        assert rules == {"dashed"}, "theory keeps its dashed rule (not colour alone)"
        assert {s.styles.border_left[0] for s in app.screen.query(".step.level-claim")} == {"outer"}
        assert not choices(app).folded, "40 rows: the Next block stays whole"


@pytest.mark.parametrize("section_id", ["hub", "cascade"])
async def test_the_body_keeps_at_least_15_rows_at_80x24(section_id: str) -> None:
    app = make_app(start=section_id)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.screen.query_one("#body").region.height >= 15
        if section_id == "hub":  # it fits: nothing folded, nothing to scroll
            assert not choices(app).folded and app.screen.query_one("#body").max_scroll_y == 0


@pytest.mark.parametrize(("section_id", "size"), [("cascade", (80, 24)), ("hub", (40, 12))])
async def test_every_number_key_opens_its_choice_when_folded(section_id: str, size: tuple[int, int]) -> None:
    app = make_app(start=section_id)
    async with app.run_test(size=size) as pilot:
        for number, target in enumerate(targets(section_id), start=1):
            await until(pilot, lambda: choices(app).folded, f"{section_id} folded at {size}")
            await pilot.press(str(number))
            await until(pilot, lambda: app.section_id == target, f"{number} opens {target}")  # noqa: B023
            await pilot.press("escape")
            await until(pilot, lambda: app.section_id == section_id, "back")


@pytest.mark.parametrize(("section_id", "size"), [("cascade", (80, 24)), ("hub", (40, 12))])
async def test_down_and_tab_reach_every_choice_through_the_fold(section_id: str, size: tuple[int, int]) -> None:
    app = make_app(start=section_id)
    async with app.run_test(size=size) as pilot:
        await until(pilot, lambda: choices(app).folded, "folded")
        folded = shown_buttons(app)
        assert len(folded) == SHOWN_FOLDED + 1 and str(folded[-1].label).startswith("▾")
        assert (
            str(folded[-1].label)
            == f"▾  {len(targets(section_id)) - SHOWN_FOLDED} more: 3 to {len(targets(section_id))}"
        )
        for key in ("down", "tab"):
            await pilot.press("escape", "1", "escape")  # shown afresh: folded, the first choice focused
            await until(pilot, lambda: choices(app).folded and app.focused is shown_buttons(app)[0], "refolded")
            reached = [focused(app).target]
            for _ in targets(section_id)[1:]:
                await pilot.press(key)
                reached.append(focused(app).target)
            assert reached == targets(section_id), f"{key} walks every choice in order"
            await until(
                pilot, lambda: app.screen.query_one("#body").region.contains_region(focused(app).region), "seen"
            )
            width = app.screen.query_one("#choices").content_region.width
            assert focused(app).region.width == width, "full-row focus"


async def test_up_from_the_first_choice_unfolds_and_goes_to_the_last_in_view() -> None:
    app = make_app(start="hub")
    async with app.run_test(size=(40, 12)) as pilot:
        await until(pilot, lambda: choices(app).folded, "folded")
        await pilot.press("up")
        await until(pilot, lambda: not choices(app).folded, "unfolded")
        assert focused(app).target == targets("hub")[-1]
        body = app.screen.query_one("#body")
        await until(
            pilot, lambda: body.region.contains_region(focused(app).region), "the last choice scrolled into view"
        )


async def test_a_click_on_the_fold_row_unfolds_and_goes_nowhere() -> None:
    app = make_app(start="hub")
    async with app.run_test(size=(40, 12)) as pilot:
        await until(pilot, lambda: choices(app).folded, "folded")
        row = shown_buttons(app)[SHOWN_FOLDED]
        await until(pilot, lambda: row.region.height == 1, "the fold row laid out")
        assert await pilot.click(row)
        await until(pilot, lambda: not choices(app).folded, "unfolded")
        assert app.section_id == "hub" and len(shown_buttons(app)) == len(targets("hub"))
        assert app.focused is row and row.target == targets("hub")[SHOWN_FOLDED]


async def test_folded_rows_are_one_line_and_a_taller_terminal_unfolds_them() -> None:
    app = make_app(start="hub")
    async with app.run_test(size=(40, 12)) as pilot:
        await until(pilot, lambda: choices(app).folded, "folded")
        one_line = lambda: all(button.region.height == 1 for button in shown_buttons(app))  # noqa: E731
        await until(pilot, one_line, "one line per folded row")
        assert len(shown_buttons(app)[0].label) > app.size.width, "the first label is cut to its line"
        await resize(pilot, 40, 40)
        await until(pilot, lambda: not choices(app).folded, "unfolded at 40 rows")
        assert len(shown_buttons(app)) == len(targets("hub"))
        await resize(pilot, 40, 12)
        await until(pilot, lambda: choices(app).folded, "folded again at 12 rows")


async def test_the_legend_takes_one_line_at_80_columns_and_keeps_its_spacing_when_wide() -> None:
    app = make_app(start="timeline")
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: bool(app.screen.query(LevelLegend)), "the legend mounted")
        legend = app.screen.query_one(LevelLegend)
        await until(pilot, lambda: legend.region.height == 1, "the legend on one line")
        assert "✓ Shown in people  ≈ Leading theory  ! One article's claim  + Added context" in screen_text(app)
        await resize(pilot, 120, 40)
        await until(pilot, lambda: legend.gap == 3, "three spaces apart again")
        assert "✓ Shown in people   ≈ Leading theory   ! One article's claim   + Added context" in screen_text(app)
