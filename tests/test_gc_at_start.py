"""The reader's start pauses the cyclic collector until its first paint, and never leaves it off."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from explainer import cli
from explainer.core.gcpause import pause_until_first_paint, resume_after_first_paint

from .app_helpers import make_app


@pytest.fixture(autouse=True)
def collector_on_after() -> Iterator[None]:
    yield
    resume_after_first_paint()
    gc.enable()


async def test_the_first_paint_turns_the_collector_back_on() -> None:
    pause_until_first_paint()
    assert not gc.isenabled()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "Welcome" in app.screen.query_one("#title").render().plain
        assert gc.isenabled()


def test_a_reader_that_stops_before_painting_leaves_the_collector_on(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--theme", "no-such-theme"]) != 0
    assert "no-such-theme" in capsys.readouterr().err
    assert gc.isenabled()


def test_a_collector_turned_off_by_someone_else_stays_off() -> None:
    gc.disable()
    pause_until_first_paint()
    resume_after_first_paint()
    assert not gc.isenabled(), "only a pause of its own is undone"
