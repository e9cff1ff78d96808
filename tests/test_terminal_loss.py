"""When the reader's terminal goes (window closed, ssh dropped), every mode ends at once, idle.

Each mode runs in a real pseudo-terminal; the terminal then goes in one of three ways:
- `closed`: the terminal's side (the pty master) closes and it is not the program's
  controlling terminal, so no signal comes: reads return end-of-file, writes fail with EIO
  (Textual's input thread used to spin on this for good, a core each);
- `closed-ctty`: the same with the pty as controlling terminal, so the kernel sends SIGHUP,
  as a terminal window or an ssh session does when it closes;
- `sighup`: SIGHUP alone, the terminal still open.
We wait on the process (a pidfd, with a timeout) and take its CPU time from the kernel.
"""

from __future__ import annotations

import json
import os
import pty
import select
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from explainer.core.terminal_loss import HANGUP_EXIT, on_terminal_loss

from .pty_app import EXPLAINER, PtyApp, isolated_env, short_runtime_dir

EXIT_WITHIN = 10.0
"""Seconds a mode may take to end once its terminal has gone (it takes well under one)."""

CPU_AT_MOST = 1.5
"""CPU seconds a mode may use from the terminal going until it has ended (about 0.1 to 0.3 here)."""

HUNG_UP = (HANGUP_EXIT, -signal.SIGHUP)
"""Ended by the hang-up: exit code 129, or killed by SIGHUP itself (a shell shows both as 129)."""

BECOME_CONTROLLING = (
    "import fcntl, os, sys, termios; fcntl.ioctl(0, termios.TIOCSCTTY, 0); "
    "os.execv(sys.executable, [sys.executable, '-m', 'explainer', *sys.argv[1:]])"
)
"""Makes the pty the program's controlling terminal (after Popen's setsid), then becomes the explainer."""

MODES = {
    # mode: (arguments, painted once the first screen is up, exit codes allowed when the terminal goes)
    "reader": (("--fresh",), b"Seen ", (HANGUP_EXIT,)),
    "presenter": (("--present",), b"Seen ", (HANGUP_EXIT,)),
    "watch": (("--watch",), b"Seen ", (HANGUP_EXIT,)),
    "plain": (("--plain",), b"Choose 1-", HUNG_UP),
    "notes": (("notes",), b"Waiting for the presenter", HUNG_UP),
}
WAYS = ("closed", "closed-ctty", "sighup")


@dataclass
class Ending:
    code: int | None
    """Exit code as subprocess gives it (negative: killed by that signal); None if still running."""
    seconds: float
    cpu: float
    """CPU seconds (user + system) the process used from the terminal going until it ended."""


class Program(PtyApp):
    """A mode of the explainer in a pty; `master` is -1 once the terminal has been closed."""

    def __init__(self, args: tuple[str, ...], root: Path, *, controlling: bool) -> None:
        work = root / "work"
        work.mkdir(exist_ok=True)
        argv = [sys.executable, "-c", BECOME_CONTROLLING, *args] if controlling else [*EXPLAINER, *args]
        super().__init__(argv, (80, 24), isolated_env(root), cwd=str(work))
        self.pidfd = os.pidfd_open(self.process.pid)

    def close_terminal(self) -> None:
        os.close(self.master)
        self.master = -1

    def cpu_so_far(self) -> float:
        fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def ending(self, since: float, cpu_before: float, timeout: float = EXIT_WITHIN) -> Ending:
        """Wait for the process to end (at most timeout seconds); reaped here, with its resource usage."""
        ready, _, _ = select.select([self.pidfd], [], [], timeout)
        waited = time.perf_counter() - since
        if not ready:
            return Ending(None, waited, self.cpu_so_far() - cpu_before)
        _, status, usage = os.wait4(self.process.pid, 0)
        self.process.returncode = os.waitstatus_to_exitcode(status)
        return Ending(self.process.returncode, waited, usage.ru_utime + usage.ru_stime - cpu_before)

    def end(self) -> None:
        """Never leave a process behind, whatever the test found."""
        if self.process.returncode is None:
            self.process.kill()
            os.wait4(self.process.pid, 0)
            self.process.returncode = -signal.SIGKILL
        os.close(self.pidfd)
        if self.master >= 0:
            self.close_terminal()


@contextmanager
def running(root: Path, args: tuple[str, ...], painted: bytes, *, controlling: bool = False) -> Iterator[Program]:
    program = Program(args, root, controlling=controlling)
    try:
        program.wait_for(painted, 60)
        program.drain(0.05)
        yield program
    finally:
        program.end()


def terminal_goes(program: Program, way: str) -> Ending:
    cpu_before = program.cpu_so_far()
    since = time.perf_counter()
    if way == "sighup":
        program.process.send_signal(signal.SIGHUP)
    else:
        program.close_terminal()
    return program.ending(since, cpu_before)


@pytest.mark.parametrize("way", WAYS)
@pytest.mark.parametrize("mode", list(MODES))
def test_every_mode_ends_promptly_and_idle_when_its_terminal_goes(tmp_path: Path, mode: str, way: str) -> None:
    args, painted, codes = MODES[mode]
    with running(tmp_path, args, painted, controlling=way == "closed-ctty") as program:
        ended = terminal_goes(program, way)
        assert ended.code is not None, (
            f"{mode} still running {ended.seconds:.1f}s after its terminal {way}, using {ended.cpu:.1f} CPU seconds"
        )
        assert ended.code in codes, f"{mode} ended with {ended.code} after its terminal {way}"
        assert ended.cpu <= CPU_AT_MOST, f"{mode} used {ended.cpu:.2f} CPU seconds to end"
        if way == "sighup":  # the terminal is still there to read: no traceback on it
            program.drain(0.05)
            assert b"Traceback" not in program.transcript


def test_full_screen_modes_restore_the_terminal_on_sighup(tmp_path: Path) -> None:
    """SIGHUP ends the app through its normal exit: it leaves the alternate screen and shows the cursor."""
    with running(tmp_path, ("--fresh",), b"Seen ") as program:
        ended = terminal_goes(program, "sighup")
        program.drain(0.05)
    assert ended.code == HANGUP_EXIT
    tail = program.transcript.rsplit(b"Seen ", 1)[-1]
    assert b"\x1b[?1049l" in tail and b"\x1b[?25h" in tail


def test_a_presenter_whose_terminal_closes_removes_its_notes_socket(tmp_path: Path) -> None:
    """The normal exit runs on_unmount: the link's socket file goes (a SIGHUP death left it behind)."""
    runtime = Path(short_runtime_dir(tmp_path))
    with running(tmp_path, ("--present",), b"Seen ", controlling=True) as program:
        sockets = [p for p in runtime.rglob("*") if p.is_socket()]
        assert sockets, "the presenter opened its notes link"
        ended = terminal_goes(program, "closed-ctty")
    assert ended.code == HANGUP_EXIT
    assert not [p for p in runtime.rglob("*") if p.is_socket()]


def test_a_saved_place_is_whole_after_the_terminal_closes(tmp_path: Path) -> None:
    """Saving on, one move, then the window closes: the saved place is that move, and no stray file is left."""
    state = tmp_path / "xdg_state_home" / "explainer"
    with running(tmp_path, (), b"Seen 1 ", controlling=True) as program:
        program.send(b"r")
        program.wait_for(b"will be saved")
        program.send(b"1")
        program.wait_for(b"Seen 2 ")
        ended = terminal_goes(program, "closed-ctty")
    assert ended.code == HANGUP_EXIT
    assert [p.name for p in state.iterdir()] == ["history.json"]
    saved = json.loads((state / "history.json").read_text())
    assert len(saved["entries"]) == 2 and saved["index"] == 1


def test_notes_following_a_presenter_end_when_their_terminal_closes(tmp_path: Path) -> None:
    """While following, notes wait in recv() and read no terminal: only the hang-up watch can end them."""
    with running(tmp_path, ("--present",), b"Seen ") as presenter:
        with running(tmp_path, ("notes",), b"NOW SHOWING") as notes:
            ended = terminal_goes(notes, "closed")
        assert presenter.process.poll() is None, "the presenter goes on"
    assert ended.code in HUNG_UP
    assert ended.cpu <= CPU_AT_MOST


def test_plain_at_the_end_of_piped_input_still_exits_0(tmp_path: Path) -> None:
    """End of input that is not a hang-up (a pipe, or ctrl+d) is a normal goodbye."""
    done = subprocess.run(
        [*EXPLAINER, "--plain"], input=b"1\n", capture_output=True, env=isolated_env(tmp_path), timeout=60
    )
    assert done.returncode == 0
    assert done.stdout.rstrip().endswith(b"Goodbye.")


def test_the_hang_up_watch_calls_back_once_the_terminal_closes() -> None:
    master, slave = pty.openpty()
    called = threading.Event()
    try:
        watcher = on_terminal_loss(called.set, fds=[slave])
        assert watcher is not None
        assert not called.wait(0.2), "no call while the terminal is open"
        os.close(master)
        master = -1
        assert called.wait(EXIT_WITHIN)
        watcher.join(EXIT_WITHIN)
        assert not watcher.is_alive()
    finally:
        os.close(slave)
        if master >= 0:
            os.close(master)


def test_the_hang_up_watch_ignores_what_is_not_a_terminal() -> None:
    read_end, write_end = os.pipe()
    try:
        assert on_terminal_loss(lambda: None, fds=[read_end, write_end]) is None
    finally:
        os.close(read_end)
        os.close(write_end)


def test_the_last_resort_ends_a_process_whose_exit_is_stuck() -> None:
    """Once the terminal has gone, a normal exit that blocks (a write queued for a dead writer) still ends."""
    stuck = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import threading; from explainer.core.terminal_loss import force_exit_after; "
            "force_exit_after(0.2); threading.Event().wait()",
        ]
    )
    try:
        assert stuck.wait(timeout=EXIT_WITHIN) == HANGUP_EXIT
    finally:
        if stuck.poll() is None:
            stuck.kill()
            stuck.wait()
