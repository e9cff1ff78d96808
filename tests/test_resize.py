"""Resized from 200x60 down to 40x12 and back on every section: no exception, still drawn."""

from __future__ import annotations

import pytest

from .app_helpers import make_app, resize, screen_text, shipped

SIZES = [(200, 60), (120, 40), (80, 24), (60, 20), (50, 16), (40, 12), (80, 24), (200, 60)]


@pytest.mark.parametrize("section_id", [s.id for s in shipped().content.sections])
async def test_resize_every_section(section_id: str) -> None:
    app = make_app(start=section_id)
    async with app.run_test(size=SIZES[0]) as pilot:
        for width, height in SIZES:
            await resize(pilot, width, height)
            assert app.section_id == section_id
            lines = screen_text(app).splitlines()
            assert len(lines) == height and all(len(line) == width for line in lines)
        assert shipped().sections[section_id].title[:20] in screen_text(app)
    assert app.return_code in (0, None)


async def test_resize_waits_for_the_drawn_size_even_when_idle_comes_too_early(monkeypatch: pytest.MonkeyPatch) -> None:
    """Under load Pilot's idle wait can return before the app handles a resize; `resize` waits for the screen."""
    import textual.pilot

    async def idle_at_once(*args: object, **kwargs: object) -> None:
        return None

    monkeypatch.setattr(textual.pilot, "wait_for_idle", idle_at_once)
    app = make_app(start="about")
    async with app.run_test(size=(80, 24)) as pilot:
        for width, height in [(60, 20), (50, 16), (40, 12)]:
            await resize(pilot, width, height)
            lines = screen_text(app).splitlines()
            assert len(lines) == height and all(len(line) == width for line in lines)
