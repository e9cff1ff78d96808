"""The app in the environments users have: odd TERMs, no colour, ASCII locales, broken HOMEs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.pty_timing import PtyProcess
from benchmarks.startup import WELCOME_MARK

EXPLAINER = [sys.executable, "-m", "explainer"]


def base_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_") and k not in ("NO_COLOR", "COLORTERM")}
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env.update(HOME=str(home), TERM="xterm-256color", LANG="C.UTF-8", COLORTERM="truecolor")
    return env


def session(env: dict[str, str]) -> bytes:
    """Start, move, ask to save the place, move back, quit; returns everything painted."""
    program = PtyProcess([*EXPLAINER, "--fresh"], (100, 30), env)
    painted = b""
    try:
        program.wait_for(WELCOME_MARK)
        program.drain()  # the first screen painted whole before the first key
        program.send(b"1")
        program.wait_for(b"Myths and facts")
        program.send(b"r")
        program.drain(0.3)
        program.send(b"\x7f")
        program.wait_for(WELCOME_MARK)
        program.send(b"q")
        program.process.wait(timeout=10)
        program.drain(0.2)  # whatever it wrote on the way out
        painted = program.transcript
    finally:
        program.close()
    assert program.process.returncode == 0
    assert b"Traceback" not in painted
    return painted


ENVIRONMENTS = {
    "TERM=dumb": {"TERM": "dumb"},
    "TERM=linux": {"TERM": "linux"},
    "NO_COLOR=1": {"NO_COLOR": "1"},
    "COLORTERM unset": {"COLORTERM": None},
    "LANG=C": {"LANG": "C", "LC_ALL": "C"},
}


@pytest.mark.parametrize("name", list(ENVIRONMENTS))
def test_runs_in(name: str, tmp_path: Path) -> None:
    env = base_env(tmp_path)
    for key, value in ENVIRONMENTS[name].items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    session(env)


def test_missing_home(tmp_path: Path) -> None:
    env = base_env(tmp_path)
    env["HOME"] = str(tmp_path / "no-such-home")
    session(env)  # saving the place may create it; what matters is that nothing fails


def test_unwritable_home_and_state(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    env = base_env(tmp_path)
    env["HOME"] = str(blocker)  # nothing can be created below a file, even by root
    env["XDG_CACHE_HOME"] = str(blocker / "cache")
    painted = session(env)
    assert b"Could not save your place" in painted, "reported to the reader"
    assert blocker.read_text() == "not a folder"


def test_read_only_state_directory(tmp_path: Path) -> None:
    state = tmp_path / "state"
    state.mkdir()
    (state / "explainer").write_text("a file where the state folder should be")
    env = base_env(tmp_path)
    env["XDG_STATE_HOME"] = str(state)
    assert b"Could not save your place" in session(env)
    assert (state / "explainer").read_text().startswith("a file")


@pytest.mark.parametrize("which", ["stdin", "stdout"])
def test_not_a_terminal_points_to_plain_and_print(which: str, tmp_path: Path) -> None:
    import pty

    main, secondary = pty.openpty()
    kwargs = {"stdin": secondary, "stdout": secondary}
    kwargs[which] = subprocess.DEVNULL if which == "stdin" else subprocess.PIPE
    proc = subprocess.run(EXPLAINER, stderr=subprocess.PIPE, text=True, timeout=30, env=base_env(tmp_path), **kwargs)
    os.close(main)
    os.close(secondary)
    assert proc.returncode == 2
    assert "explainer --plain" in proc.stderr and "explainer print --all" in proc.stderr
    assert "Traceback" not in proc.stderr
