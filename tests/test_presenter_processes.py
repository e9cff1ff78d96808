"""Presenter and notes as real processes: nothing written, 200 ms updates, other users shut out."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.pty_timing import Output, PtyProcess
from benchmarks.startup import WELCOME_MARK

EXPLAINER = [sys.executable, "-m", "explainer"]


def isolated_env(root: Path) -> dict[str, str]:
    env = {
        k: v for k, v in os.environ.items() if not k.startswith("XDG_") and k not in ("NO_COLOR", "EXPLAINER_CONTENT")
    }
    for name in ("HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "TMPDIR"):
        folder = root / name.lower()
        folder.mkdir(mode=0o700)
        env[name] = str(folder)
    runtime = root / "runtime"
    runtime.mkdir(mode=0o700)
    env.update(XDG_RUNTIME_DIR=str(runtime), TERM="xterm-256color", LANG="C.UTF-8")
    return env


def tree(root: Path) -> dict[str, int]:
    return {str(p.relative_to(root)): p.stat().st_size for p in root.rglob("*") if p.is_file() or p.is_socket()}


def test_a_presenter_session_writes_no_file(tmp_path: Path) -> None:
    env = isolated_env(tmp_path)
    work = tmp_path / "work"
    work.mkdir()
    before = tree(tmp_path)
    presenter = PtyProcess([*EXPLAINER, "--present"], (100, 30), {**env, "PWD": str(work)})
    try:
        presenter.wait_for(WELCOME_MARK)
        for keys in (b"1", b"2", b"n", b"m", b"\r", b"b", b"x", b"!", b"\x7f"):
            presenter.send(keys)
            time.sleep(0.2)
        presenter.send(b"q")
        presenter.wait_for(b"End the presentation?")
        presenter.send(b"y")
        presenter.process.wait(timeout=10)
    finally:
        presenter.close()
    assert presenter.process.returncode == 0
    assert tree(tmp_path) == before, "no state, cache, config, temp or socket file left behind"


def until(output: Output, text: str, timeout: float) -> tuple[str, float]:
    shown, arrived = output.until(text.encode(), timeout)
    return shown.decode(), arrived


def test_notes_follow_the_presenter_within_200_ms(tmp_path: Path) -> None:
    env = isolated_env(tmp_path)
    notes = subprocess.Popen(
        [*EXPLAINER, "notes"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=env
    )
    presenter = None
    try:
        output = Output(notes.stdout.fileno())
        until(output, "Waiting for the presenter", 20)
        presenter = PtyProcess([*EXPLAINER, "--present"], (100, 30), env)
        presenter.wait_for(WELCOME_MARK)
        until(output, "This is a guide, not a sales pitch.", 10)
        delays = []
        for key, title, note in (
            (b"1", "What would you like to know?", "Let the client choose."),
            (b"5", "Myths and facts", "Guessing first makes it stick."),
        ):
            time.sleep(0.3)
            sent = presenter.send(key)
            text, arrived = until(output, note, 5)
            assert f"NOW SHOWING: {title}" in text
            delays.append(arrived - sent)
        print(f"notes updated {[round(d * 1000, 1) for d in delays]} ms after the key")
        assert max(delays) < 0.2, delays
        presenter.send(b"q")
        presenter.wait_for(b"End the presentation?")
        presenter.send(b"y")
        presenter.process.wait(timeout=10)
        until(output, "The presenter has stopped.", 5)
        until(output, "Waiting for the presenter", 5)
    finally:
        notes.kill()
        notes.wait()
        if presenter is not None:
            presenter.close()


def test_another_user_cannot_follow(tmp_path: Path) -> None:
    import shutil
    import tempfile

    env = isolated_env(tmp_path)
    # A runtime folder others can reach (pytest's own temp root is private, which would prove nothing):
    # only the explainer's own folder inside it should keep another user out.
    shared = Path(tempfile.mkdtemp(prefix="explainer-shared-", dir="/tmp"))
    shared.chmod(0o755)
    env["XDG_RUNTIME_DIR"] = str(shared)
    presenter = PtyProcess([*EXPLAINER, "--present"], (100, 30), env)
    try:
        presenter.wait_for(WELCOME_MARK)
        socket_file = shared / "explainer" / "presenter.sock"
        deadline = time.time() + 5
        while not socket_file.exists() and time.time() < deadline:
            time.sleep(0.05)
        assert socket_file.exists()
        assert socket_file.parent.stat().st_mode & 0o077 == 0, "the link's folder is private"
        if os.geteuid() == 0:
            # Another user (nobody) tries; system Perl, since nobody cannot run our venv under /root.
            def as_nobody(script: str) -> str:
                return subprocess.run(
                    ["/usr/bin/perl", "-e", script, str(shared), str(socket_file)],
                    capture_output=True,
                    text=True,
                    timeout=20,
                    user=65534,
                    group=65534,
                    extra_groups=[],
                    cwd="/",
                ).stdout.strip()

            assert as_nobody("print -d $ARGV[0] ? qq(reachable) : qq(unreachable)") == "reachable", "control"
            probe = "use IO::Socket::UNIX; my $s = IO::Socket::UNIX->new(Peer => $ARGV[1]); print $s ? qq(connected) : qq(refused: $!);"
            assert as_nobody(probe) == "refused: Permission denied"
        else:
            # Without root we cannot become another user; the folder's owner and mode keep them out.
            assert socket_file.parent.stat().st_uid == os.getuid()
    finally:
        presenter.send(b"q")
        presenter.close()
        shutil.rmtree(shared, ignore_errors=True)
