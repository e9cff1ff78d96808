"""The myth's guess buttons read as buttons (design review P10): three rows, one on a short screen."""

from __future__ import annotations

import pytest

from explainer.ui.widgets.plain_button import PlainButton

from .app_helpers import make_app


@pytest.mark.parametrize(("size", "rows"), [((80, 24), 3), ((120, 40), 3), ((80, 18), 1)])
async def test_guess_buttons_are_three_rows_unless_the_screen_is_short(size: tuple[int, int], rows: int) -> None:
    app = make_app(start="myth-party-drug")
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        buttons = list(app.screen.query(".guess PlainButton").results(PlainButton))
        assert len(buttons) == 3
        assert {button.region.height for button in buttons} == {rows}
        assert len({button.region.y for button in buttons}) == 1, "in one row, under the claim"
