"""A damaged or huge saved place never stops or slows the reader's start.

The class of bug: state read back with a loose decoder (any JSON, any depth, any length)
and a history whose every use grew with its length squared. The state file is now read
bounded and decoded strictly into a typed SavedPlace; anything else is treated as absent
and reported once. The history keeps its newest MAX_ENTRIES steps, and the breadcrumb is
one linear pass.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from explainer.core.history import MAX_ENTRIES, History
from explainer.core.state import MAX_STATE_BYTES, StateStore
from explainer.ui.widgets.breadcrumb import breadcrumb_text

from .app_helpers import make_app, notified, shipped

SIZE = (100, 30)
KEY = shipped().content.meta.title
KNOWN = set(shipped().sections)


def saved(**changes: object) -> bytes:
    return json.dumps({"version": 1, "content": KEY, "entries": ["welcome", "hub"], "index": 1, **changes}).encode()


DAMAGED = {
    "nesting 1000 deep": b"[" * 1000 + b"]" * 1000,
    "nesting 100000 deep": b"[" * 100_000,
    "object nesting": b'{"a":' * 5000 + b"1" + b"}" * 5000,
    "entries of mixed types": saved(entries=["welcome", 3, None]),
    "index too large": saved(index=1e308),
    "index as text": saved(index="1"),
    "seen as a number": saved(seen=5),
    "larger than the limit": b" " * (MAX_STATE_BYTES + 1) + saved(),
    "not UTF-8": b"\xff" + saved(),
    "not UTF-8 inside a string": saved().replace(b'"hub"', b'"h\xffub"'),
}


@pytest.mark.parametrize("raw", DAMAGED.values(), ids=DAMAGED.keys())
def test_a_damaged_saved_place_is_absent_and_reported_once(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "history.json"
    path.write_bytes(raw)
    store = StateStore(path)
    assert store.load(KEY, KNOWN) is None
    problem = store.take_problem()
    assert problem is not None and "\n" not in problem
    assert store.take_problem() is None, "reported once"
    assert path.read_bytes() == raw, "loading never changes the file"


def test_a_fifo_as_saved_place_does_not_block_the_start(tmp_path: Path) -> None:
    path = tmp_path / "history.json"
    os.mkfifo(path)
    store = StateStore(path)
    assert store.load(KEY, KNOWN) is None
    assert "FIFO" in (store.take_problem() or "")


async def test_the_reader_starts_past_a_deeply_nested_saved_place(tmp_path: Path) -> None:
    path = tmp_path / "history.json"
    path.write_bytes(b"[" * 1000 + b"]" * 1000)
    app = make_app(state=StateStore(path))
    messages = notified(app)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.section_id == "welcome"
        assert any("damaged" in m for m in messages)


async def test_a_saved_history_of_100k_entries_starts_quickly(tmp_path: Path) -> None:
    """The review measured 30 s to the first paint; now the history is cut to MAX_ENTRIES on load."""
    path = tmp_path / "history.json"
    entries = ["welcome", "hub"] * 50_000
    path.write_bytes(saved(entries=entries, index=len(entries) - 1))
    app = make_app(state=StateStore(path))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.section_id == "hub"
        assert len(app.history.entries) == MAX_ENTRIES
        for _ in range(5):
            await pilot.press("escape")
        assert app.history.index == MAX_ENTRIES - 6


def test_history_never_grows_beyond_its_cap() -> None:
    history = History.starting_at("a")
    for step in range(3 * MAX_ENTRIES):
        history.go("b" if step % 2 else "a2")
    assert len(history.entries) == MAX_ENTRIES
    assert history.index == MAX_ENTRIES - 1 and history.current == history.entries[-1]


def test_restoring_keeps_the_cursor_on_the_same_step() -> None:
    """Entries [welcome, hub, welcome, about] saved at index 0 came back at index 2 (the last welcome)."""
    history = History(["welcome", "hub", "welcome", "about"], 0)
    history.restrict_to({"welcome", "hub", "about"})
    assert history.index == 0
    history = History(["welcome", "gone", "hub", "gone", "about"], 3)
    history.restrict_to({"welcome", "hub", "about"})
    assert (history.entries, history.index) == (["welcome", "hub", "about"], 1)


def test_breadcrumb_is_linear_in_the_path_length() -> None:
    """Quadratic before: 2.7 s at 30,000 titles. Linear now: 300,000 titles well under a second."""
    titles = [f"Section number {n}" for n in range(300_000)]
    began = time.perf_counter()
    text = breadcrumb_text(titles, 78)
    assert time.perf_counter() - began < 1.0
    assert text.endswith("Section number 299999") and text.startswith("… › ")


@pytest.mark.parametrize(
    "raw",
    [b"[" * 1000 + b"]" * 1000, saved(index="1"), saved(version=2), saved(version=2, entries="a new shape")],
    ids=["damaged", "wrong type", "newer version", "newer version, new shape"],
)
async def test_an_unusable_saved_place_is_left_alone_until_the_reader_saves_again(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "history.json"
    path.write_bytes(raw)
    app = make_app(state=StateStore(path))
    messages = notified(app)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1", "1", "escape")
        assert path.read_bytes() == raw, "moving around never overwrites a file it could not read"
        notices = [m for m in messages if "saved place" in m.lower()]
        assert len(notices) == 1, notices
        await pilot.press("r")  # the reader turns saving on: now the file is replaced, on purpose
        await pilot.pause()
    written = json.loads(path.read_bytes())
    assert written["entries"][written["index"]] == "hub"
