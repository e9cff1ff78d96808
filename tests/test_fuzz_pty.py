"""Random keys from the app's own key set, with no gaps, and resizes, into the real app in a real terminal.

Pilot waits for the app after every key, so it cannot see races between a key and the
screen change it starts; here bytes arrive as fast as a terminal sends them. After each
burst the app must still be running and answer `!` with the help card. Fixed seed; a few
bursts in CI, many more with --slow.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from explainer.ui.app import ExplainerApp
from explainer.ui.screens.confirm import ConfirmScreen
from explainer.ui.screens.glossary import GlossaryScreen
from explainer.ui.screens.keys import KeysScreen
from explainer.ui.screens.map import MapScreen
from explainer.ui.screens.reader import ReaderScreen

from .pty_app import explainer_in_pty, key_bytes

SEED = 20261121
LEAVING = {"q", "ctrl+q", "ctrl+z", "ctrl+c"}
"""Keys that end or suspend the session on purpose (quitting is not a fault)."""
MOVING = ["enter", "up", "down", "left", "right", "tab"]
"""Keys the screens' widgets use (choices, the map's tree, the glossary's list) besides the bindings."""
SIZES = [(80, 24), (60, 20), (120, 40), (40, 12), (100, 30)]


def app_keys() -> list[str]:
    """Every key bound anywhere in the app, from the bindings themselves."""
    keys: set[str] = set(MOVING)
    for owner in (ExplainerApp, ReaderScreen, MapScreen, GlossaryScreen, KeysScreen, ConfirmScreen):
        for binding in owner.BINDINGS:
            keys.update(k.strip() for k in binding.key.split(","))  # type: ignore[union-attr]
    return sorted(keys - LEAVING)


def burst(rng: random.Random, length: int) -> list[str | tuple[int, int]]:
    keys = app_keys()
    steps: list[str | tuple[int, int]] = [rng.choice(keys) for _ in range(length)]
    if rng.random() < 0.7:
        steps.insert(rng.randrange(len(steps) + 1), rng.choice(SIZES))
    return steps


@pytest.mark.parametrize("mode", ["reader", "presenter"])
def test_fast_random_keys_never_kill_or_blank_the_app(
    mode: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    bursts = 30 if request.config.getoption("--slow") else 3
    rng = random.Random(f"{SEED}-{mode}")
    args = ("--present",) if mode == "presenter" else ("--fresh",)
    assert all(key_bytes(key) for key in app_keys()), "every key has its terminal bytes"
    with explainer_in_pty(tmp_path, *args) as app:
        for number in range(bursts):
            steps = burst(rng, 12)
            for step in steps:
                if isinstance(step, tuple):
                    app.resize(*step)
                else:
                    app.send(key_bytes(step))
            try:
                app.alive_and_answering()
            except AssertionError as exc:
                raise AssertionError(f"burst {number} ({mode}, seed {SEED}): {steps}: {exc}") from None
