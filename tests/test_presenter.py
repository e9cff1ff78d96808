"""Presenter mode: every key, nothing saved, and the notes link (latency and privacy)."""

from __future__ import annotations

import asyncio
import json
import os
from pathlib import Path

import msgspec

from explainer.core.state import StateStore
from explainer.presenter.link import PresenterLink
from explainer.presenter.message import PresenterMessage
from explainer.presenter.notes import render_state
from explainer.ui.screens.blank import BlankScreen
from explainer.ui.screens.confirm import ConfirmScreen
from explainer.ui.screens.reader import ReaderScreen
from explainer.ui.widgets.notes_panel import NotesPanel

from .app_helpers import make_app, screen_text, shipped

SIZE = (120, 40)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def test_presenter_reads_and_writes_no_state(tmp_path: Path) -> None:
    path = tmp_path / "history.json"
    path.write_text(json.dumps({"version": 1, "content": "x", "entries": ["hub"], "index": 0}))
    app = make_app(state=StateStore(path), present=True)
    async with app.run_test(size=SIZE) as pilot:
        assert app.state is None
        assert app.section_id == "welcome"
        await pilot.press("1", "r")
        assert not app.remembering, "r is off for a presenter (and not listed by ?)"
    assert json.loads(path.read_text())["entries"] == ["hub"], "untouched"


async def test_blank_and_any_key_brings_it_back() -> None:
    app = make_app(present=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("b")
        assert isinstance(app.screen, BlankScreen)
        assert screen_text(app).strip() == ""
        await pilot.press("x")
        assert isinstance(app.screen, ReaderScreen)
        assert app.section_id == "welcome", "the key that woke it did nothing else"


async def test_notes_toggle_in_the_same_terminal() -> None:
    app = make_app(present=True)
    async with app.run_test(size=SIZE) as pilot:
        panel = app.screen.query_one(NotesPanel)
        assert not panel.display
        await pilot.press("n")
        assert panel.display
        assert "This is a guide, not a sales pitch." in screen_text(app)
        await pilot.press("1")
        assert "Let the client choose." in screen_text(app)
        await pilot.press("n")
        assert not panel.display


async def test_elapsed_time_indicator() -> None:
    clock = FakeClock()
    app = make_app(present=True, clock=clock)
    async with app.run_test(size=SIZE) as pilot:
        assert f"00:00 | Seen 1 of {len(shipped().content.sections)}" in screen_text(app)
        clock.now += 125
        app._tick()
        await pilot.pause()
        assert f"02:05 | Seen 1 of {len(shipped().content.sections)}" in screen_text(app)


async def test_reset_asks_first() -> None:
    clock = FakeClock()
    app = make_app(present=True, clock=clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1", "1")
        clock.now += 60
        await pilot.press("ctrl+r")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        assert app.section_id == "how-it-works" and len(app.history.seen) == 3
        await pilot.press("ctrl+r", "y")
        assert app.section_id == "welcome"
        assert app.history.entries == ["welcome"] and app.history.seen == {"welcome"}
        assert app.elapsed == 0
        await pilot.press("escape")
        assert app.section_id == "welcome", "no history to go back to"


async def test_a_clock_tick_while_the_app_closes_is_harmless() -> None:
    """The status line's one-second tick can fire after the last screen has gone (seen once in CI)."""
    app = make_app(present=True)
    async with app.run_test(size=SIZE):
        pass
    assert app.screen_stack == []
    app._tick()  # the timer's callback, as it ran then: it must not raise ScreenStackError


async def test_quit_asks_first() -> None:
    app = make_app(present=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("q")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, ReaderScreen) and app.is_running
        await pilot.press("ctrl+q")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await pilot.pause()
    assert not app.is_running


async def test_jump_by_map_and_palette_in_presenter_mode() -> None:
    app = make_app(present=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("m", "down", "enter")
        assert app.section_id != "welcome"
        await pilot.press("ctrl+p", *"timeline of effects")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.section_id == "timeline"


async def test_presenter_keys_do_nothing_for_readers(tmp_path: Path) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("b", "n", "ctrl+r", "e")
        assert type(app.screen) is ReaderScreen, "the reader's own screen, not the presenter's"
        assert not app.screen.query(NotesPanel)
        assert not (tmp_path / "handouts").exists(), "e writes no handout for a reader"
        await pilot.press("q")
    assert not app.is_running, "a reader quits without a question"


async def test_link_sends_each_move_and_checks_the_peer(tmp_path: Path) -> None:
    runtime = tmp_path / "run"
    link = PresenterLink(runtime / "presenter.sock")
    app = make_app(present=True, link=link)
    async with app.run_test(size=SIZE) as pilot:
        assert oct((runtime).stat().st_mode & 0o777) == "0o700"
        assert oct(link.path.stat().st_mode & 0o777) in ("0o600", "0o700")
        reader, writer = await asyncio.open_unix_connection(str(link.path))
        first = json.loads(await asyncio.wait_for(reader.readline(), 2))
        assert first["section"] == "welcome" and "sales pitch" in first["notes"]
        await pilot.press("1")
        moved = json.loads(await asyncio.wait_for(reader.readline(), 2))
        assert moved["section"] == "hub"
        assert moved["seen"] == ["Welcome", "What would you like to know?"]
        assert moved["choices"][0] == "How it works, in brief"
        writer.close()
    assert not link.path.exists(), "the socket goes when the presenter does"


async def test_link_refuses_another_users_peer(tmp_path: Path) -> None:
    link = PresenterLink(tmp_path / "run" / "presenter.sock", allowed_uid=os.getuid() + 1)
    await link.start()
    await link.publish(PresenterMessage(section="welcome", title="Welcome"))
    try:
        reader, writer = await asyncio.open_unix_connection(str(link.path))
        assert await asyncio.wait_for(reader.read(), 2) == b"", "closed without a word"
        writer.close()
    finally:
        await link.stop()


def test_render_state_text() -> None:
    text = render_state(
        PresenterMessage(
            section="hub",
            title="Hub",
            notes="**Say:** hi\n**Next:** on",
            choices=["A", "B"],
            seen=["W", "Hub"],
            total=51,
            elapsed=61,
        )
    )
    assert text.splitlines()[:2] == ["NOW SHOWING: Hub", "Seen 2 of 51 | 01:01"]
    assert "Say: hi\nNext: on" in text
    assert "  1. A\n  2. B" in text


def long_state() -> PresenterMessage:
    trail = ["Welcome", "Topics", "How it works", "Topics", "Myths", "Topics", "How it works"] * 4
    return PresenterMessage(
        section="how-it-works",
        title="How it works, in brief",
        notes="\n".join(
            f"**Say:** point number {n}, which takes a whole line of the screen to say." for n in range(30)
        ),
        choices=["The synapse", "Glutamate", "Back to the topics"],
        seen=trail,
        total=51,
        elapsed=125,
    )


def test_notes_at_80x24_keep_the_current_section_on_top_and_seen_short() -> None:
    text = render_state(long_state(), width=80, height=23)
    lines = text.splitlines()
    assert len(lines) <= 23, "fits an 80x24 terminal with the cursor's line"
    assert lines[0] == "NOW SHOWING: How it works, in brief"
    assert lines[1] == "Seen 4 of 51 | 02:05", "sections seen, each once"
    assert "  1. The synapse" in lines and "  3. Back to the topics" in lines
    seen = [line for line in lines if line.startswith("Seen so far")]
    assert seen == ["Seen so far: Welcome; Myths; Topics; How it works"], "once each, most recent last"
    assert all(len(line) <= 80 for line in lines)
    assert "(notes cut to fit: widen the terminal)" in lines


def test_notes_seen_line_keeps_the_latest_titles_on_one_line() -> None:
    state = msgspec.structs.replace(long_state(), seen=[f"Section number {n}" for n in range(40)])
    seen = [line for line in render_state(state, width=80, height=23).splitlines() if line.startswith("Seen so far")]
    assert len(seen) == 1 and len(seen[0]) <= 80
    assert seen[0].endswith("Section number 39") and "earlier" in seen[0]


def test_notes_time_runs_between_moves() -> None:
    import io

    from explainer.presenter.notes import NotesView

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    now = [100.0]
    out = Terminal()
    view = NotesView(out, 80, 23, clock=lambda: now[0])
    view.show(long_state())
    assert "| 02:05" in out.getvalue()
    now[0] += 3
    view.tick()
    assert out.getvalue().rsplit("\x1b[2J\x1b[H", 1)[1].splitlines()[1] == "Seen 4 of 51 | 02:08"


async def test_notes_panel_title_shows_the_elapsed_time_and_ticks() -> None:
    clock = FakeClock()
    app = make_app(present=True, clock=clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        panel = app.screen.query_one(NotesPanel)
        assert str(panel.border_title) == "Counsellor notes · 00:00"
        clock.now += 192
        for _ in range(100):  # the app's own one-second interval moves it on: wait for it, bounded
            if str(panel.border_title).endswith("03:12"):
                break
            await pilot.pause(0.05)
        await pilot.pause()
        text = screen_text(app)
        assert "╭─ Counsellor notes · 03:12 ─" in text
        assert "03:12 | Seen 1 of" in text, "the same clock as the status line"
