"""The presenter's yes/no questions follow the modal template: the name above, the keys below."""

from __future__ import annotations

import pytest

from explainer.ui.screens.confirm import ConfirmScreen

from .app_helpers import make_app


@pytest.mark.parametrize(("key", "title"), [("ctrl+r", "Reset"), ("q", "Quit")])
async def test_the_question_names_itself_and_its_keys_in_its_border(key: str, title: str) -> None:
    app = make_app(present=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(key)
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        box = app.screen.query_one("#confirm-box")
        assert str(box.border_title) == title
        assert str(box.border_subtitle) == "y yes · n or esc no"
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, ConfirmScreen), "esc answers no"
