"""Random content graphs in the app, driven by random keys and resizes: nothing raises, invariants hold."""

from __future__ import annotations

import asyncio
import re

import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from explainer.ui.app import ExplainerApp
from explainer.ui.screens.reader import ReaderScreen

from .app_helpers import resize
from .builders import load_doc
from .strategies import graphs

KEYS = [
    "1",
    "2",
    "3",
    "9",
    "escape",
    "backspace",
    "f",
    "h",
    "home",
    "enter",
    "down",
    "up",
    "right",
    "g",
    "G",
    "m",
    "exclamation_mark",
    "question_mark",
    "pagedown",
    "r",
]
SIZES = [(40, 12), (60, 20), (80, 24), (120, 40)]
actions = st.lists(st.one_of(st.sampled_from(KEYS), st.sampled_from(SIZES)), min_size=1, max_size=12)
SEEN = re.compile(r"Seen (\d+) of (\d+)")


async def drive(doc: dict, steps: list) -> None:
    explainer = load_doc(doc)
    app = ExplainerApp(explainer, state=None)
    async with app.run_test(size=(80, 24)) as pilot:
        for step in steps:
            if isinstance(step, tuple):
                await resize(pilot, *step)
            else:
                before = app.history.current
                moved_forward = step == "f" and app.history.can_go_forward
                await pilot.press(step)
                if moved_forward and isinstance(app.screen, ReaderScreen):
                    await pilot.press("backspace")
                    assert app.section_id == before, "back after forward returns to the same section"
            await pilot.pause()
            assert app.section_id in explainer.sections, "always a section of the content"
            assert app.history.current == app.section_id
            if isinstance(app.screen, ReaderScreen):
                text = str(app.screen.query_one("#status").render())  # the status line alone: no screenshot per step
                seen = SEEN.search(text)
                if seen:
                    assert int(seen[1]) <= int(seen[2]) == len(explainer.sections)
        assert app.is_running or app.return_code in (0, None)


SHARDS = 4
"""The examples run as this many tests, so pytest-xdist spreads them over its workers."""


@pytest.mark.parametrize("shard", range(SHARDS))
def test_random_graphs_and_keys(fuzz_examples: int, shard: int) -> None:
    """Half the fuzz budget (100 examples; 500 with --slow): each takes about 2 s of a real app."""

    @seed(20261122 + shard)
    @settings(
        max_examples=fuzz_examples // 2 // SHARDS, deadline=None, suppress_health_check=list(HealthCheck), database=None
    )
    @given(graphs(max_sections=8), actions)
    def check(doc: dict, steps: list) -> None:
        asyncio.run(drive(doc, steps))

    check()
