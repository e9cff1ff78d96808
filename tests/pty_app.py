"""The real explainer in a pseudo-terminal, with keys written as fast as a terminal sends them.

Pilot waits for the app between keys, which hides races between a key and the screen change
it starts; these helpers write bytes with no gap and read what the app paints.
"""

from __future__ import annotations

import atexit
import fcntl
import os
import shutil
import signal
import struct
import sys
import tempfile
import termios
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from benchmarks.pty_timing import PtyProcess

EXPLAINER = [sys.executable, "-m", "explainer"]

KEY_BYTES = {
    "enter": b"\r",
    "escape": b"\x1b",
    "backspace": b"\x7f",
    "tab": b"\t",
    "up": b"\x1b[A",
    "down": b"\x1b[B",
    "right": b"\x1b[C",
    "left": b"\x1b[D",
    "home": b"\x1b[H",
    "pageup": b"\x1b[5~",
    "pagedown": b"\x1b[6~",
    "exclamation_mark": b"!",
    "question_mark": b"?",
    "space": b" ",
    "alt+left": b"\x1b\x1b[D",
    "alt+right": b"\x1b\x1b[C",
}
"""What a terminal sends for each Textual key name used here (letters and digits send themselves; ctrl+X below)."""

HELP_MARKER = b"988"
"""Painted by the help card (the crisis line), so it shows the app answered `!`."""


def key_bytes(name: str) -> bytes:
    if name in KEY_BYTES:
        return KEY_BYTES[name]
    if name.startswith("ctrl+") and len(name) == 6:
        return bytes([ord(name[-1].lower()) - ord("a") + 1])
    if len(name) == 1:
        return name.encode()
    raise KeyError(f"no terminal bytes known for key {name!r}")


_RUNTIME_DIRS: dict[Path, str] = {}


def short_runtime_dir(root: Path) -> str:
    """A private runtime folder for this test, with a short path.

    A Unix socket's path is at most 107 bytes, and pytest-xdist's tmp_path alone can come
    near that: the presenter's link would not open. One per root, removed at exit.
    """
    if root not in _RUNTIME_DIRS:
        folder = tempfile.mkdtemp(prefix="xr-")  # mode 0700
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        _RUNTIME_DIRS[root] = folder
    return _RUNTIME_DIRS[root]


def isolated_env(root: Path) -> dict[str, str]:
    """Nothing read from or written to the real home, state, cache or runtime folders."""
    env = {
        k: v for k, v in os.environ.items() if not k.startswith("XDG_") and k not in ("NO_COLOR", "EXPLAINER_CONTENT")
    }
    for name in ("HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME"):
        folder = root / name.lower()
        folder.mkdir(mode=0o700, exist_ok=True)
        env[name] = str(folder)
    env["XDG_RUNTIME_DIR"] = short_runtime_dir(root)
    env.update(TERM="xterm-256color", LANG="C.UTF-8", EXPLAINER_TODAY="2026-11-21")
    return env


class PtyApp(PtyProcess):
    """The explainer in a pty; `resize` changes the terminal size as a window manager would."""

    def resize(self, columns: int, rows: int) -> None:
        fcntl.ioctl(self.master, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        os.kill(self.process.pid, signal.SIGWINCH)  # no controlling terminal, so the kernel does not send it

    def alive_and_answering(self, sizes: tuple[tuple[int, int], ...] = ((81, 24), (80, 24)), tries: int = 6) -> None:
        """`!` then a repaint (a resize) until the help card is painted: the app still answers keys.

        `!` is a priority key, so it can act before keys typed just ahead of it whose actions
        are still on their way (they may open a screen over the help card); the next try closes it.
        """
        for attempt in range(tries):
            self.send(b"!")
            self.resize(*sizes[attempt % len(sizes)])
            try:
                self.wait_for(HELP_MARKER, 5.0)
            except TimeoutError:
                assert self.process.poll() is None, f"the app ended: {self.transcript[-300:]!r}"
                continue
            return
        raise AssertionError(
            f"no help card after {tries} tries of ! and a repaint; last output {self.transcript[-300:]!r}"
        )


@contextmanager
def explainer_in_pty(root: Path, *args: str, size: tuple[int, int] = (80, 24)) -> Iterator[PtyApp]:
    """Started and painted (the status line is up); closed with ctrl+q (or killed) afterwards."""
    work = root / "work"
    work.mkdir(exist_ok=True)
    env = isolated_env(root)
    app = PtyApp([*EXPLAINER, *args], size, env, cwd=str(work))
    try:
        app.wait_for(b"Seen ", 60)
        app.drain(0.05)
        yield app
    finally:
        if app.process.poll() is None:
            app.process.kill()
            app.process.wait()
        os.close(app.master)


def print_on_a_terminal(*args: str) -> str:
    """`explainer print ARGS` with a pty as its output, as a user's terminal: what it wrote.

    Asserts a clean exit; Rich formats only for a terminal, so pipes cannot show this.
    """
    import pty
    import subprocess

    main, secondary = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    env["TERM"] = "xterm-256color"
    proc = subprocess.Popen(
        [sys.executable, "-m", "explainer", "print", *args],
        stdout=secondary,
        stderr=secondary,
        stdin=subprocess.DEVNULL,
        env=env,
    )
    os.close(secondary)
    chunks = []
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    proc.wait(timeout=30)
    os.close(main)
    assert proc.returncode == 0
    return b"".join(chunks).decode()
