"""A choice too long for its row wraps under its own text, not under its number."""

from __future__ import annotations

from .app_helpers import make_app, resize, screen_text


async def test_wrapped_choices_hang_under_their_text_at_40_columns() -> None:
    app = make_app(start="hub")
    async with app.run_test(size=(40, 40)) as pilot:
        await pilot.pause()
        lines = screen_text(app).splitlines()
        first = next(i for i, line in enumerate(lines) if "1  How it works" in line)
        text_column = lines[first].index("How it works")
        follow = lines[first + 1]
        assert follow.strip() and len(follow) - len(follow.lstrip()) == text_column, (lines[first], follow)
        await resize(pilot, 120, 40)
        assert any(
            "1  How it works: what ketamine may do in the brain" in line for line in screen_text(app).splitlines()
        )
