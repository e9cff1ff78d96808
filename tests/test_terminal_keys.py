"""The keys a terminal user reaches for: ctrl+c says how to quit in words, ctrl+z suspends and `fg` resumes."""

from __future__ import annotations

import fcntl
import os
import struct
import subprocess
import termios
from pathlib import Path

from benchmarks.pty_timing import Output

from .app_helpers import make_app, notified
from .pty_app import EXPLAINER, isolated_env


async def test_ctrl_c_says_how_to_quit_without_markup() -> None:
    app = make_app()
    messages = notified(app)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert messages == ["To quit, press q or ctrl+q."], "plain words: notifications here never read markup"
        assert app.is_running


def test_ctrl_z_suspends_and_fg_resumes(tmp_path: Path) -> None:
    """In a job-control shell, as a user has it: ctrl+z stops the app, `fg` brings it back, keys work."""
    main, secondary = os.openpty()
    fcntl.ioctl(secondary, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))

    def controlling_terminal() -> None:  # the shell owns the terminal, so it can stop and resume jobs
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)

    env = {**isolated_env(tmp_path), "PS1": "shell$ "}
    shell = subprocess.Popen(
        ["bash", "--norc", "--noprofile", "-i"],
        stdin=secondary,
        stdout=secondary,
        stderr=secondary,
        env=env,
        cwd=tmp_path,
        start_new_session=True,
        preexec_fn=controlling_terminal,
    )
    os.close(secondary)
    output = Output(main)
    try:
        output.until(b"shell$ ", 20)
        os.write(main, (" ".join(EXPLAINER) + " --fresh\n").encode())
        output.until(b"Seen 1 of", 60)
        os.write(main, b"\x1a")  # ctrl+z
        output.until(b"Stopped", 20)
        output.until(b"shell$ ", 20)
        os.write(main, b"fg\n")
        output.until(b"Seen 1 of", 20)  # repainted on resume
        os.write(main, b"!")
        output.until(b"988", 20)
        os.write(main, b"q")
        output.until(b"shell$ ", 20)
        os.write(main, b"exit\n")
        assert shell.wait(timeout=20) == 0
    finally:
        if shell.poll() is None:
            shell.kill()
            shell.wait()
        os.close(main)
