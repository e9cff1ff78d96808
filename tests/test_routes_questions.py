"""Routes for a session and the client's questions: walked with Space, shown in notes, kept in handouts."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from textual.widgets import OptionList

from explainer.core.state import StateStore
from explainer.presenter.link import PresenterLink
from explainer.presenter.message import decode_message
from explainer.presenter.notes import render_state
from explainer.ui.screens.confirm import ConfirmScreen
from explainer.ui.screens.questions import QuestionsScreen

from .app_helpers import make_app, notified, screen_text, shipped
from .conftest import run_cli

SIZE = (100, 40)
"""Below the side panel's width, so words() reads the column alone."""


def route(route_id: str):
    return next(r for r in shipped().content.routes if r.id == route_id)


def words(app) -> str:
    """The screen's text with runs of whitespace (line wraps, padding) made single spaces."""
    return " ".join(screen_text(app).split())


def title(section_id: str) -> str:
    return shipped().sections[section_id].title


async def test_space_walks_the_route_from_wherever_the_counsellor_is(tmp_path: Path) -> None:
    family = route("family")
    link = PresenterLink(tmp_path / "run" / "presenter.sock")
    app = make_app(present=True, link=link, route=family)
    async with app.run_test(size=SIZE) as pilot:
        reader, writer = await asyncio.open_unix_connection(str(link.path))
        first = json.loads(await asyncio.wait_for(reader.readline(), 2))
        assert app.section_id == family.sections[0]
        assert first["route"]["position"] == 1 and first["route"]["next"] == title(family.sections[1])
        assert f"Route 1/8, next (Space): {title(family.sections[1])}" in screen_text(app)
        await pilot.press("space", "space")
        assert app.section_id == family.sections[2]
        assert f"Route 3/8, next (Space): {title(family.sections[3])}" in screen_text(app)
        await pilot.press("exclamation_mark")  # off the route: help now
        assert app.section_id == "help-now"
        assert "Off route (last 3/8), next (Space): What dissociation" in screen_text(app)
        await pilot.press("space")
        assert app.section_id == family.sections[3], "Space goes on from the last route section shown"
        messages = []
        while len(messages) < 4:
            line = await asyncio.wait_for(reader.readline(), 2)
            decoded = decode_message(line.rstrip(b"\n"))
            assert decoded is not None, line
            messages.append(decoded)
        notes = render_state(messages[-1])
        assert f"Route: A family member's questions 4/8\n  next (Space): {title(family.sections[4])}" in notes
        assert "off the route (last 3/8)" in render_state(messages[-2])
        writer.close()


async def test_space_at_the_end_of_the_route_says_so_and_reset_starts_the_route_again() -> None:
    day = route("session-day")
    app = make_app(present=True, route=day)
    messages = notified(app)
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(len(day.sections) - 1):
            await pilot.press("space")
        assert app.section_id == day.sections[-1]
        count = len(day.sections)
        assert f"Route {count}/{count}, end of route" in screen_text(app)
        await pilot.press("space")
        assert app.section_id == day.sections[-1]
        assert any("last section of the route" in m for m in messages)
        await pilot.press("ctrl+r", "y")
        assert app.section_id == day.sections[0]
        assert f"Route 1/{count}" in screen_text(app)


async def test_space_is_not_bound_without_a_route() -> None:
    app = make_app(present=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("space")
        assert app.section_id == "hub", "Space pressed the focused first choice, as before"
        assert "Route" not in screen_text(app)


async def test_a_adds_the_screens_question_and_the_list_edits_and_deletes() -> None:
    app = make_app(start="session")
    async with app.run_test(size=SIZE) as pilot:
        ask = shipped().sections["session"].ask
        assert f"A question you could ask: {ask} (a adds it to My questions)" in words(app)
        await pilot.press("a")
        assert app.questions == [ask]
        assert f"{ask} (in My questions (A))" in words(app)
        await pilot.press("a")
        assert app.questions == [ask], "once only"
        await pilot.press("3")  # side effects
        await pilot.press("a")
        assert len(app.questions) == 2
        await pilot.press("A")
        await pilot.pause()
        assert isinstance(app.screen, QuestionsScreen)
        listing = app.screen.query_one(OptionList)
        shown = [str(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)]
        assert shown == [f"1. {ask}", f"2. {shipped().sections['side-effects'].ask}"]
        assert "My questions for my clinician" in screen_text(app)
        await pilot.press("e", "ctrl+u", *"Who stays with me?", "enter")
        assert app.questions[0] == "Who stays with me?"
        await pilot.press("down", "d")
        assert app.questions == ["Who stays with me?"]
        await pilot.press("escape")
        assert not isinstance(app.screen, QuestionsScreen)


async def test_presenter_handout_has_the_questions_and_reset_clears_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EXPLAINER_HANDOUT_DIR", str(tmp_path))
    app = make_app(present=True, start="getting-home")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", "e")
        ask = shipped().sections["getting-home"].ask
        page = (tmp_path / "explainer-handout.html").read_text(encoding="utf-8")
        assert "<h2>My questions for my clinician</h2>" in page
        assert ask in page
        await pilot.press("ctrl+r")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        assert app.questions == []
        await pilot.press("A")
        await pilot.pause()
        assert "No questions yet." in words(app)
        await pilot.press("escape", "e")
        second = (tmp_path / "explainer-handout-2.html").read_text(encoding="utf-8")
        assert "My questions" not in second and ask not in second


async def test_reader_questions_are_saved_only_with_saving_on_and_go_into_export(tmp_path: Path) -> None:
    path = tmp_path / "state" / "explainer" / "history.json"
    app = make_app(start="kap", state=StateStore(path))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a")
        assert not path.exists(), "nothing written before r"
        await pilot.press("r")
    saved = json.loads(path.read_text())
    assert saved["questions"] == [shipped().sections["kap"].ask]
    again = make_app(state=StateStore(path))
    async with again.run_test(size=SIZE):
        assert again.questions == [shipped().sections["kap"].ask]
    result = run_cli(
        "export", "welcome", "--out", str(tmp_path / "h.md"), env={"XDG_STATE_HOME": str(tmp_path / "state")}
    )
    assert result.code == 0, result.err
    handout = (tmp_path / "h.md").read_text(encoding="utf-8")
    assert f"## My questions for my clinician\n\n- {shipped().sections['kap'].ask}\n" in handout


def test_export_without_saved_questions_has_no_questions_part(tmp_path: Path) -> None:
    result = run_cli(
        "export", "welcome", "--out", str(tmp_path / "h.md"), env={"XDG_STATE_HOME": str(tmp_path / "state")}
    )
    assert result.code == 0, result.err
    assert "My questions" not in (tmp_path / "h.md").read_text(encoding="utf-8")


def test_a_route_walked_with_space_in_real_processes_is_shown_in_notes(tmp_path: Path) -> None:
    import subprocess

    from benchmarks.pty_timing import Output, PtyProcess

    from .test_presenter_processes import EXPLAINER, isolated_env, until

    family = route("family")
    env = isolated_env(tmp_path)
    notes = subprocess.Popen(
        [*EXPLAINER, "notes"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=env
    )
    presenter = None
    try:
        output = Output(notes.stdout.fileno())
        until(output, "Waiting for the presenter", 20)
        presenter = PtyProcess([*EXPLAINER, "--present", "--route", "family"], (100, 30), env)
        text, _ = until(
            output, f"Route: A family member's questions 1/8\n  next (Space): {title(family.sections[1])}", 20
        )
        assert f"NOW SHOWING: {title(family.sections[0])}" in text
        presenter.drain(0.3)
        for step in (2, 3):
            presenter.send(b" ")
            upcoming = title(family.sections[step])
            text, _ = until(output, f"Route: A family member's questions {step}/8\n  next (Space): {upcoming}", 10)
            assert f"NOW SHOWING: {title(family.sections[step - 1])}" in text
        presenter.wait_for(f"Route 3/8, next (Space): {title(family.sections[3])[:20]}".encode(), 10)
    finally:
        notes.kill()
        notes.wait()
        if presenter is not None:
            presenter.send(b"q")
            presenter.close()


def test_route_on_the_command_line_is_checked(tmp_path: Path) -> None:
    from benchmarks.pty_timing import PtyProcess

    from .test_presenter_processes import EXPLAINER, isolated_env

    env = isolated_env(tmp_path)
    for argv, says in (
        (["--present", "--route", "famly"], b"did you mean 'family'?"),
        (["--route", "family"], b"--route is for presenter mode: use it with --present"),
    ):
        app = PtyProcess([*EXPLAINER, *argv], (100, 30), env)
        try:
            app.wait_for(says, 20)
            assert app.process.wait(timeout=20) == 2
        finally:
            app.close()


async def test_space_is_typed_not_taken_while_a_question_is_edited() -> None:
    app = make_app(present=True, route=route("family"))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", "A")
        await pilot.pause()
        await pilot.press("e", "ctrl+u", *"Is it safe", "space", *"for me?", "enter")
        assert app.questions == ["Is it safe for me?"]
        await pilot.press("escape", "b", "space")
        assert app.section_id == route("family").sections[0], "Space on the blank screen only wakes it"
        await pilot.press("space")
        assert app.section_id == route("family").sections[1]
