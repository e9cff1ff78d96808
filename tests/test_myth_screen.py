"""The myth screen: guess buttons that read as buttons (design review P10), and what the reveal says."""

from __future__ import annotations

import pytest

from explainer.ui.widgets.plain_button import PlainButton

from .app_helpers import make_app, screen_text


@pytest.mark.parametrize(("size", "rows"), [((80, 24), 3), ((120, 40), 3), ((80, 18), 1)])
async def test_guess_buttons_are_three_rows_unless_the_screen_is_short(size: tuple[int, int], rows: int) -> None:
    app = make_app(start="myth-party-drug")
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        buttons = list(app.screen.query(".guess PlainButton").results(PlainButton))
        assert len(buttons) == 3
        assert {button.region.height for button in buttons} == {rows}
        assert len({button.region.y for button in buttons}) == 1, "in one row, under the claim"


async def test_after_the_guess_the_level_reads_as_evidence_not_as_a_second_verdict() -> None:
    app = make_app(start="myth-miracle-cure")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        label = app.screen.query_one(".reveal .level-label").render()
        assert str(label) == "Evidence: ✓ Shown in people"


async def test_the_terms_of_the_explanation_wait_for_the_guess() -> None:
    """Before the guess, neither the side panel nor `g` names the hidden explanation's terms."""
    app = make_app(start="myth-party-drug")  # its claim marks no term; its explanation marks [[anaesthetic]]
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        await pilot.pause()
        terms = app.screen.query_one("#rail-terms")
        assert "naesthetic" not in str(terms.render()).lower() and not terms.display
        await pilot.press("g")
        await pilot.pause()
        assert not app.screen.is_modal, "no terms are in view yet: g says so instead of listing them"
        await pilot.press("enter")  # the first guess
        await pilot.pause()
        await pilot.pause()
        assert "naesthetic" in str(terms.render()).lower() and terms.display
        await pilot.press("g")
        await pilot.pause()
        assert app.screen.is_modal and "naesthetic" in screen_text(app).lower(), "now g lists them"
