"""`explainer --watch`: an author's save shows within a bound; a bad save keeps the last good screen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from benchmarks.pty_timing import PtyProcess
from explainer.core.loader import load
from explainer.ui.app import ExplainerApp

from .app_helpers import notified, screen_text
from .conftest import MINI
from .test_presenter_processes import EXPLAINER, isolated_env

BASE = MINI.read_text(encoding="utf-8")
BOUND = 20.0
"""Generous, for a loaded machine: the benchmark (benchmarks/watch_reload.py) measures the real delay."""


def save_by_rename(path: Path, text: str) -> None:
    """As most editors save: write a new file beside it, then rename it over the old one."""
    temporary = path.with_name(f".{path.name}.swp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def save_in_place(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")


def test_edit_then_see_in_a_real_terminal(tmp_path: Path) -> None:
    env = isolated_env(tmp_path)
    content = tmp_path / "content.yaml"
    content.write_text(BASE, encoding="utf-8")
    app = PtyProcess([*EXPLAINER, "--watch", "--content", str(content)], (100, 30), env)
    try:
        app.wait_for(b"Hello. This is information", BOUND)
        app.drain(0.3)  # the watcher starts just after the first paint
        save_by_rename(content, BASE.replace("title: Welcome", "title: Edited welcome"))
        app.wait_for(b"Edited welcome", BOUND)
        save_in_place(content, BASE.replace("title: Welcome", "title: Edited again"))
        app.wait_for(b"Edited again", BOUND)
        save_by_rename(content, BASE.replace("title: Welcome", 'title: "Broken'))
        app.wait_for(b"still showing the last good version", BOUND)
        app.wait_for(b"L005", BOUND)
        save_by_rename(content, BASE.replace("title: Welcome", "title: Fixed welcome"))
        app.wait_for(b"Fixed welcome", BOUND)
    finally:
        app.close()
    assert app.process.returncode == 0


async def test_a_bad_save_keeps_the_last_good_screen_and_the_panel_goes_when_fixed(tmp_path: Path) -> None:
    path = tmp_path / "content.yaml"
    path.write_text(BASE, encoding="utf-8")
    app = ExplainerApp(load(path), watch=path, start="fact")
    async with app.run_test(size=(100, 30)) as pilot:
        panel = app.screen.query_one("#problems")
        assert not panel.display
        save_by_rename(path, BASE.replace("title: A fact", "title: A good fact"))
        await wait_for(pilot, lambda: "A good fact" in screen_text(app))
        before = screen_text(app)
        save_by_rename(path, BASE.replace("    title: A fact\n", "    title: [1]\n"))
        await wait_for(pilot, lambda: panel.display)
        shown = screen_text(app)
        assert "A good fact" in shown and "Ketamine blocks the NMDA receptor" in shown
        assert [str(d) for d in app.problems] == [f"{path}:38:12: L009 sections[1].title: expected text, got a list"]
        assert str(panel.content).splitlines() == [
            "The last save has 1 error(s): still showing the last good version. Fix and save again.",
            str(app.problems[0]),
        ]
        assert app.section_id == "fact"
        save_by_rename(path, BASE.replace("title: A fact", "title: A better fact"))
        await wait_for(pilot, lambda: not panel.display)
        await pilot.pause()
        assert "A better fact" in screen_text(app) and "still showing" not in screen_text(app)
        assert before != screen_text(app)


async def test_lint_errors_also_keep_the_last_good_content(tmp_path: Path) -> None:
    path = tmp_path / "content.yaml"
    path.write_text(BASE, encoding="utf-8")
    app = ExplainerApp(load(path), watch=path)
    async with app.run_test(size=(100, 30)) as pilot:
        panel = app.screen.query_one("#problems")
        save_by_rename(
            path, BASE.replace("title: Welcome", "title: Gone astray").replace("target: fact\n", "target: fakt\n")
        )
        await wait_for(pilot, lambda: panel.display)
        assert "Gone astray" not in screen_text(app)
        assert [d.code for d in app.problems] == ["E103", "W201"]
        assert "E103 choice 'Start' leads to unknown section 'fakt'" in str(panel.content)
        assert app.explainer.sections["welcome"].title == "Welcome"


async def test_a_deleted_section_moves_the_reader_to_the_nearest_one(tmp_path: Path) -> None:
    path = tmp_path / "content.yaml"
    text = BASE.replace("    title: A fact\n", "    title: A fact\n    branch: Facts\n")
    text = text.replace("    title: Help now\n", "    title: Help now\n    branch: Facts\n")
    path.write_text(text, encoding="utf-8")
    app = ExplainerApp(load(path), watch=path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("1")
        assert app.section_id == "fact"
        renamed = text.replace("  - id: fact\n", "  - id: the-fact\n").replace("target: fact\n", "target: the-fact\n")
        save_by_rename(path, renamed)
        await wait_for(pilot, lambda: app.section_id != "fact")
        assert app.section_id == "the-fact", "the first section of the same branch"
        assert app.history.entries == ["welcome", "the-fact"]
        await pilot.press("escape")
        assert app.section_id == "welcome", "the way back still works"


def test_the_reader_without_watch_does_not_import_watchfiles() -> None:
    code = (
        "import sys, explainer.cli, explainer.ui.app, explainer.ui.screens.reader, explainer.core.cache;"
        "print('watchfiles' in sys.modules, 'explainer.core.watching' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["False", "False"]


async def wait_for(pilot, condition, timeout: float = BOUND) -> None:
    """Poll the app until condition() holds (a save reaches it through the kernel and a thread)."""
    import time

    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "the save did not reach the screen in time"
        await pilot.pause(0.02)
    await pilot.pause()  # and let the change paint


async def test_problems_of_the_file_as_opened_show_at_once(tmp_path: Path) -> None:
    path = tmp_path / "content.yaml"
    path.write_text(BASE.replace("        target: fact\n", "        target: fakt\n"), encoding="utf-8")
    app = ExplainerApp(load(path), watch=path)
    async with app.run_test(size=(100, 30)) as pilot:
        panel = app.screen.query_one("#problems")
        await wait_for(pilot, lambda: panel.display)
        assert [d.code for d in app.problems] == ["E103", "W201"]
        assert app.section_id == "welcome", "the content as opened is still shown"


async def test_a_report_that_comes_after_the_app_has_closed_is_kept_not_shown(tmp_path: Path) -> None:
    path = tmp_path / "content.yaml"
    path.write_text(BASE, encoding="utf-8")
    app = ExplainerApp(load(path), watch=path)
    async with app.run_test(size=(100, 30)):
        pass
    assert app.screen_stack == []
    app.show_problems([])  # the watcher's report, as it could come then: it must not raise ScreenStackError
    assert app.problems == []


async def test_a_watch_that_fails_says_so_and_the_reader_goes_on(tmp_path: Path, monkeypatch) -> None:
    import explainer.core.watching as watching

    async def broken(path: Path):
        raise OSError("inotify watch limit reached")
        yield

    monkeypatch.setattr(watching, "saves", broken)
    path = tmp_path / "content.yaml"
    path.write_text(BASE, encoding="utf-8")
    app = ExplainerApp(load(path), watch=path)
    messages = notified(app)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: any("Live reload stopped" in m for m in messages))
        await pilot.press("1")
        assert app.section_id == "fact" and app.is_running
