"""A glossary entry cites by numbers of its own, with what they stand for listed under it."""

from __future__ import annotations

from explainer.core.citations import numbered_apart
from explainer.ui.widgets.body import Body

from .app_helpers import make_app, screen_text, shipped


def test_numbers_follow_first_mention_and_repeat_for_a_source_cited_again() -> None:
    sources = shipped().sources
    first, second = list(sources)[:2]
    text, listed = numbered_apart(f"A [@{second}]. B [@{first}; @{second}]. C [@nobody].", sources)
    assert text == "A \\[1\\]. B \\[2, 1\\]. C \\[3\\]."
    assert [n for n, _ in listed] == [1, 2, 3] and listed[2] == (3, "?")


async def test_the_terms_on_a_screen_show_numbers_and_their_sources() -> None:
    app = make_app(start="nmda")
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("g")
        await pilot.pause()
        definition = app.screen.query_one(".definition", Body)
        text = " ".join(definition.plain_text.split())
        assert "the most common messenger chemical in the brain [1, 2, 3]" in text
        assert "Sources:" in text and "1. Therapeutic Infusions" in text
        assert "[Therapeutic Infusions" not in text, "no names inside the sentence"
        assert "Sources:" in screen_text(app), "in view"
