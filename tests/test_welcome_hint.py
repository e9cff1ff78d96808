"""The first screen's way in is never silently below the fold: the more-below hint names it and its key."""

from __future__ import annotations

from .app_helpers import make_app, screen_text

NAMED = "Enter: Start exploring"


async def test_the_hint_names_the_way_in_while_it_is_below_the_fold() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert NAMED in screen_text(app).splitlines()[-3], "on the hint's row, above the status line"
        await pilot.press("pagedown")
        await pilot.pause()
        assert NAMED not in screen_text(app), "once the action is in view, the hint does not repeat it"
        await pilot.press("pageup", "enter")
        await pilot.pause()
        assert app.section_id != app.explainer.content.start, "Enter takes the way it names"


async def test_the_hint_is_silent_when_the_way_in_is_in_view() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert NAMED not in screen_text(app) and "More below" not in screen_text(app)


async def test_other_screens_never_name_a_way_in() -> None:
    app = make_app(start="timeline")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        text = screen_text(app)
        assert "More below" in text and "Enter:" not in text
