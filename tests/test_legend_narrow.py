"""The evidence legend on a narrow terminal: one line of short words, never a word left alone."""

from __future__ import annotations

from explainer.ui.widgets.legend import LevelLegend

from .app_helpers import make_app, resize, screen_text


async def test_short_words_on_one_line_when_the_full_ones_would_wrap() -> None:
    app = make_app(start="timeline")
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        legend = app.screen.query_one(LevelLegend)
        assert legend.region.height == 1
        assert "✓ Shown  ≈ Theory  ! Claim  + Context" in screen_text(app).replace("\u00a0", " ")
        await resize(pilot, 80, 24)
        assert legend.region.height == 1 and "! One article's claim" in screen_text(app), "full words again"
