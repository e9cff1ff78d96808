"""Resized from 200x60 down to 40x12 and back on every section: no exception, still drawn."""

from __future__ import annotations

import pytest

from .app_helpers import make_app, screen_text, shipped

SIZES = [(200, 60), (120, 40), (80, 24), (60, 20), (50, 16), (40, 12), (80, 24), (200, 60)]


@pytest.mark.parametrize("section_id", [s.id for s in shipped().content.sections])
async def test_resize_every_section(section_id: str) -> None:
    app = make_app(start=section_id)
    async with app.run_test(size=SIZES[0]) as pilot:
        for width, height in SIZES:
            await pilot.resize_terminal(width, height)
            await pilot.pause()
            assert app.section_id == section_id
            lines = screen_text(app).splitlines()
            assert len(lines) == height and all(len(line) == width for line in lines)
        assert shipped().sections[section_id].title[:20] in screen_text(app)
    assert app.return_code in (0, None)
