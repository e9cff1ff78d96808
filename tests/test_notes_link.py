"""`explainer notes` and the presenter's socket: trust only our own, survive anything on the wire.

The class of bug: one side of a local socket trusting the other. Notes now checks the
folder (ours, private) and the peer (our uid) as the presenter does; it reads in bounded
pieces, decodes one typed message strictly, escapes what it shows, and takes a dead
presenter as "stopped". The presenter reads and drops what followers send, and drops a
follower that stops reading, so neither side buffers without bound.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import textwrap
import threading
import time
import tracemalloc
from pathlib import Path

import pytest

from benchmarks.pty_timing import Output, PtyProcess
from benchmarks.startup import WELCOME_MARK
from explainer.presenter import notes as notes_module
from explainer.presenter.link import MAX_PENDING_BYTES, LinkError, PresenterLink
from explainer.presenter.message import MAX_MESSAGE_BYTES, PresenterMessage, decode_message
from explainer.presenter.notes import connect, messages

from .test_presenter_processes import EXPLAINER, isolated_env

VALID = PresenterMessage(section="hub", title="REAL TITLE", notes="Say hi.", seen=["Welcome"], total=3).encode()

GARBAGE = {
    "json list": b"[1, 2]",
    "json number": b"5",
    "json string": b'"x"',
    "json null": b"null",
    "elapsed as text": b'{"section": "a", "title": "t", "elapsed": "abc"}',
    "elapsed 1e400": b'{"section": "a", "title": "t", "elapsed": 1e400}',
    "elapsed NaN": b'{"section": "a", "title": "t", "elapsed": NaN}',
    "elapsed negative": b'{"section": "a", "title": "t", "elapsed": -5}',
    "seen a number": b'{"section": "a", "title": "t", "seen": 5}',
    "choices a number": b'{"section": "a", "title": "t", "choices": 5}',
    "seen of numbers": b'{"section": "a", "title": "t", "seen": [1, 2]}',
    "notes a list": b'{"section": "a", "title": "t", "notes": ["x"]}',
    "not UTF-8": b'{"section": "a", "title": "\xff\xfe"}',
    "nesting 100000 deep": b"[" * 100_000,
    "object nesting": b'{"a":' * 100_000,
    "invalid json": b"{not json",
    "empty line": b"",
    "a 5 MB line": b'{"section": "a", "title": "' + b"x" * 5_000_000 + b'"}',
}


@pytest.mark.parametrize("line", GARBAGE.values(), ids=GARBAGE.keys())
def test_a_malformed_message_is_refused_by_the_decoder(line: bytes) -> None:
    assert decode_message(line) is None


def test_escape_sequences_in_a_message_are_shown_not_obeyed() -> None:
    hostile = "\x1b]0;PWNED\x07\x1b[2J\x1b[31mRED\u202e"
    line = PresenterMessage(section="a", title=hostile, notes=hostile, choices=[hostile], seen=[hostile]).encode()
    message = decode_message(line)
    assert message is not None
    text = notes_module.render_state(message)
    assert not any(c in text for c in "\x1b\x07\u202e")
    assert "\\x1b]0;PWNED" in text


def feed(*lines: bytes, then: str = "close") -> list[PresenterMessage]:
    """The messages notes takes from a peer that writes lines, then closes (or resets)."""
    ours, theirs = socket.socketpair()
    payload = b"\n".join(lines) + b"\n"

    def write() -> None:
        try:
            theirs.sendall(payload)
        finally:
            if then == "reset":
                theirs.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
            theirs.close()

    writer = threading.Thread(target=write)
    writer.start()
    try:
        return list(messages(ours))
    finally:
        writer.join()
        ours.close()


def test_notes_skips_every_kind_of_garbage_and_keeps_following() -> None:
    got = feed(*GARBAGE.values(), VALID, b"x" * (3 * MAX_MESSAGE_BYTES) + b'{"oops"', VALID)
    assert [m.title for m in got] == ["REAL TITLE", "REAL TITLE"]


class ResetSocket:
    """A connection whose peer died mid-stream: data, then ECONNRESET."""

    def __init__(self) -> None:
        self.chunks = [VALID, ConnectionResetError(104, "Connection reset by peer")]

    def recv(self, size: int) -> bytes:
        item = self.chunks.pop(0)
        if isinstance(item, BaseException):
            raise item
        return item


def test_a_connection_reset_ends_the_stream_quietly() -> None:
    assert [m.title for m in messages(ResetSocket())] == ["REAL TITLE"]  # type: ignore[arg-type]


def test_notes_refuses_a_folder_open_to_others_and_a_peer_of_another_user(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "run"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    with pytest.raises(LinkError, match="open to other users"):
        connect(folder / "presenter.sock")
    folder.chmod(0o700)
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(folder / "presenter.sock"))
    server.listen()
    monkeypatch.setattr(notes_module, "peer_uid", lambda _sock: os.getuid() + 1)
    with pytest.raises(LinkError, match="another user"):
        connect(folder / "presenter.sock")
    server.close()


ATTACKER = textwrap.dedent(
    """
    import os, socket, sys
    folder = sys.argv[1]
    os.mkdir(folder, 0o777); os.chmod(folder, 0o777)
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(os.path.join(folder, "presenter.sock")); os.chmod(os.path.join(folder, "presenter.sock"), 0o777)
    server.listen()
    print("ready", flush=True)
    while True:
        peer, _ = server.accept()
        peer.sendall(b'{"section": "x", "title": "SPOOFED by the attacker", "notes": "\\\\u001b[2J"}\\n')
        peer.close()
    """
)


def test_another_users_planted_folder_is_refused_without_xdg_runtime_dir(tmp_path: Path) -> None:
    """The review's attack: another local user plants TMPDIR/explainer-UID with a socket of their own."""
    shared = Path(tempfile.mkdtemp(prefix="explainer-shared-", dir="/tmp"))
    shared.chmod(0o1777)
    env = isolated_env(tmp_path)
    env.pop("XDG_RUNTIME_DIR")
    env["TMPDIR"] = str(shared)
    planted = shared / f"explainer-{os.getuid()}"
    attacker = None
    try:
        if os.geteuid() == 0:  # root can become another user: the real attack
            attacker = subprocess.Popen(
                ["/usr/bin/python3", "-c", ATTACKER, str(planted)],
                user=1234,
                group=1234,
                extra_groups=[],
                stdout=subprocess.PIPE,
                cwd="/",
            )
            assert attacker.stdout is not None and attacker.stdout.readline() == b"ready\n"
            assert planted.stat().st_uid == 1234
        else:  # without root: a folder open to everyone is what such a plant looks like to us
            planted.mkdir(mode=0o777)
            planted.chmod(0o777)
        result = subprocess.run([*EXPLAINER, "notes"], capture_output=True, text=True, env=env, timeout=30)
        assert result.returncode == 2
        assert "SPOOFED" not in result.stdout
        expected = "belongs to another user" if os.geteuid() == 0 else "open to other users"
        assert result.stderr.count("\n") == 1 and expected in result.stderr, result.stderr
    finally:
        if attacker is not None:
            attacker.kill()
            attacker.wait()
        shutil.rmtree(shared, ignore_errors=True)


def notes_process(env: dict[str, str]) -> tuple[subprocess.Popen[bytes], Output]:
    process = subprocess.Popen(
        [*EXPLAINER, "notes"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=env
    )
    assert process.stdout is not None
    return process, Output(process.stdout.fileno())


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGHUP, signal.SIGTERM], ids=["kill-9", "hup", "term"])
def test_notes_survives_the_presenter_dying(tmp_path: Path, how: signal.Signals) -> None:
    """Three presenters in a row die by the signal; notes says so each time and waits for the next."""
    env = isolated_env(tmp_path)
    notes, output = notes_process(env)
    try:
        output.until(b"Waiting for the presenter", 20)
        for _ in range(3):
            presenter = PtyProcess([*EXPLAINER, "--present"], (100, 30), env)
            try:
                presenter.wait_for(WELCOME_MARK)
                output.until(b"NOW SHOWING: Welcome", 10)
                presenter.send(b"1")
                output.until(b"NOW SHOWING: What would you like to know?", 10)
                os.killpg(presenter.process.pid, how)
                presenter.process.wait(timeout=10)
            finally:
                presenter.close()
            output.until(b"The presenter has stopped.", 10)
            output.until(b"Waiting for the presenter", 10)
            assert notes.poll() is None, "notes is still running"
    finally:
        notes.kill()
        notes.wait()
    assert b"internal error" not in output.transcript and b"Traceback" not in output.transcript


def test_notes_process_shows_only_well_formed_messages_from_a_fake_presenter(tmp_path: Path) -> None:
    env = isolated_env(tmp_path)
    folder = Path(env["XDG_RUNTIME_DIR"]) / "explainer"
    folder.mkdir(mode=0o700)
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(folder / "presenter.sock"))
    server.listen()
    hostile = PresenterMessage(section="a", title="\x1b]0;PWNED\x07\x1b[2JESCAPED").encode()
    notes, output = notes_process(env)
    try:
        server.settimeout(20)
        peer, _ = server.accept()
        peer.sendall(b"\n".join(GARBAGE.values()) + b"\n" + hostile + VALID)
        output.until(b"NOW SHOWING: REAL TITLE", 20)
        peer.close()
        output.until(b"The presenter has stopped.", 10)
        assert notes.poll() is None
    finally:
        notes.kill()
        notes.wait()
        server.close()
    shown = output.transcript
    assert b"internal error" not in shown and b"Traceback" not in shown
    assert b"\x1b]0;" not in shown and b"\x07" not in shown and b"\\x1b]0;PWNED" in shown
    assert shown.count(b"NOW SHOWING:") == 2, "the escaped hostile title, then the real one; nothing else"


async def test_presenter_drops_what_a_follower_sends_without_keeping_it(tmp_path: Path) -> None:
    """The review sent 300 MB on one connection: RSS 41 -> 361 MB. Now at most a small piece is held."""
    link = PresenterLink(tmp_path / "run" / "presenter.sock")
    await link.start()
    payload = memoryview(b"\xff" * 20_000_000)  # allocated before tracing: only the presenter's memory counts
    tracemalloc.start()
    try:
        _reader, writer = await asyncio.open_unix_connection(str(link.path))
        for start in range(0, len(payload), 1 << 20):
            writer.write(payload[start : start + (1 << 20)])
            await writer.drain()  # returns only as the presenter reads
        _, peak = tracemalloc.get_traced_memory()
        writer.close()
    finally:
        tracemalloc.stop()
        await link.stop()
    assert peak < 8_000_000, f"{peak:,} bytes traced while 20 MB were sent"


async def test_presenter_drops_a_follower_that_stops_reading(tmp_path: Path) -> None:
    link = PresenterLink(tmp_path / "run" / "presenter.sock")
    await link.start()
    try:
        sleeper = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sleeper.connect(str(link.path))  # connects, never reads
        deadline = time.monotonic() + 10
        while not link.writers and time.monotonic() < deadline:
            await asyncio.sleep(0.01)
        big = PresenterMessage(section="a", title="t", notes="n" * 100_000)
        for _ in range(200):  # 20 MB offered in all
            await link.publish(big)
            await asyncio.sleep(0)
        assert not link.writers, "the follower that stopped reading was dropped"
        sleeper.close()
    finally:
        await link.stop()
    assert MAX_PENDING_BYTES < 20_000_000
