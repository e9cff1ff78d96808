"""`explainer serve` under hostile clients: real websocket clients against a real server on 127.0.0.1.

The class of bug: a server that trusts its clients with resources. The terminal size is
clamped, sessions are capped, malformed messages are ignored, and every session's app
process is reaped when the client leaves, even mid-frame (textual-serve 1.1.3 leaves it
blocked on a full pipe; see docs/upstream/textual-serve-session-leak.md). Every loop is
bounded and every wait has a deadline; the server is stopped at the end.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import aiohttp
import pytest

from explainer.serving import MAX_COLUMNS, MAX_ROWS, clamp_size

from .test_serve import free_port, listening

MAX_SESSIONS = 3
KEYS = ["m", "\x1b", "G", "\x1b", "?", "\x1b", "1"] * 3


class Served:
    def __init__(self, process: subprocess.Popen[bytes], port: int) -> None:
        self.process = process
        self.url = f"http://127.0.0.1:{port}"

    def apps(self) -> set[int]:
        """Process ids of the app sessions: the server's children."""
        found = set()
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == self.process.pid:
                found.add(int(entry.name))
        return found

    async def until_no_apps(self, timeout: float = 60) -> set[int]:
        deadline = time.monotonic() + timeout
        while (left := self.apps()) and time.monotonic() < deadline:
            await asyncio.sleep(0.2)
        return left


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    home = tmp_path_factory.mktemp("serve")
    port = free_port()
    env = {**os.environ, "XDG_STATE_HOME": str(home / "state"), "XDG_CACHE_HOME": str(home / "cache")}
    process = subprocess.Popen(
        [sys.executable, "-m", "explainer", "serve", "--port", str(port), "--max-sessions", str(MAX_SESSIONS)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
        env=env,
    )
    try:
        deadline = time.time() + 60
        while not listening(port) and time.time() < deadline and process.poll() is None:
            time.sleep(0.1)
        assert listening(port), "the server did not start"
        yield Served(process, port)
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


async def first_frame(ws: aiohttp.ClientWebSocketResponse, timeout: float = 60) -> bytes:
    """The first screen data the app sends (the session's process is running by then)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        message = await ws.receive(timeout=deadline - time.monotonic())
        if message.type == aiohttp.WSMsgType.BINARY:
            return message.data
        if message.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.ERROR):
            break
    raise AssertionError("no screen from the app")


async def connect_when_free(
    session: aiohttp.ClientSession, url: str, timeout: float = 60
) -> aiohttp.ClientWebSocketResponse:
    """A session, waiting while the server is full (503) until one ends."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            return await session.ws_connect(url)
        except aiohttp.WSServerHandshakeError as exc:
            assert exc.status == 503 and time.monotonic() < deadline, "no session place freed in time"
            await asyncio.sleep(0.2)


def environ_of(pid: int) -> dict[str, str]:
    raw = Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
    return dict(item.decode(errors="replace").split("=", 1) for item in raw if b"=" in item)


async def test_sessions_are_reaped_when_clients_leave_during_large_frames(served: Served) -> None:
    """The review's repro: 600x200 sessions, keys, then the client leaves within 0-0.4 s (19 of 20 leaked)."""
    rng = random.Random(6)
    for _ in range(6):
        async with aiohttp.ClientSession() as session:
            ws = await connect_when_free(session, f"{served.url}/ws?width=600&height=200")
            await first_frame(ws)
            for key in KEYS:
                await ws.send_str(json.dumps(["stdin", key]))
            await asyncio.sleep(rng.uniform(0, 0.4))
        # leaving the block drops the connection without reading what the app is still sending
    left = await served.until_no_apps()
    assert not left, f"{len(left)} app process(es) outlived their clients"


async def test_terminal_size_is_clamped(served: Served) -> None:
    async with aiohttp.ClientSession() as session:
        ws = await session.ws_connect(f"{served.url}/ws?width=100000&height=100000")
        await first_frame(ws)
        (app,) = served.apps()
        env = environ_of(app)
        assert (int(env["COLUMNS"]), int(env["ROWS"])) == (MAX_COLUMNS, MAX_ROWS)
        await ws.send_str(json.dumps(["resize", {"width": 10**9, "height": -5}]))
        await ws.send_str(json.dumps(["ping", "after-resize"]))
        while (message := await ws.receive(timeout=30)).type != aiohttp.WSMsgType.TEXT:
            pass
        assert json.loads(message.data) == ["pong", "after-resize"], "the session lives on"
    assert not await served.until_no_apps()


async def test_sessions_beyond_the_limit_are_refused_until_one_ends(served: Served) -> None:
    async with aiohttp.ClientSession() as session:
        sockets = []
        for _ in range(MAX_SESSIONS):
            ws = await session.ws_connect(f"{served.url}/ws?width=80&height=24")
            await first_frame(ws)
            sockets.append(ws)
        with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
            await session.ws_connect(f"{served.url}/ws?width=80&height=24")
        assert refused.value.status == 503
        assert len(served.apps()) == MAX_SESSIONS
        await sockets.pop().close()
        ws = await connect_when_free(session, f"{served.url}/ws?width=80&height=24")  # the freed place
        await first_frame(ws)
        sockets.append(ws)
        for ws in sockets:
            await ws.close()
    assert not await served.until_no_apps()


async def test_malformed_messages_are_ignored_and_the_session_lives_on(served: Served) -> None:
    async with aiohttp.ClientSession() as session:
        ws = await session.ws_connect(f"{served.url}/ws?width=80&height=24")
        await first_frame(ws)
        for junk in ["not json", "[]", "{}", '["resize", "x"]', '["stdin", 5]', "[1, 2]", '["resize"]', "null"]:
            await ws.send_str(junk)
        await ws.send_bytes(b"\xff\x00binary")
        await ws.send_str(json.dumps(["ping", "still-there"]))
        while (message := await ws.receive(timeout=30)).type != aiohttp.WSMsgType.TEXT:
            assert message.type == aiohttp.WSMsgType.BINARY, message
        assert json.loads(message.data) == ["pong", "still-there"]
        await ws.close()
    assert not await served.until_no_apps()


def test_clamp_size_takes_only_sensible_numbers() -> None:
    assert clamp_size("100", "30") == (100, 30)
    assert clamp_size("100000", "100000") == (MAX_COLUMNS, MAX_ROWS)
    assert clamp_size("-1", "0") == (20, 8)
    assert clamp_size("abc", None) == (80, 24)
    assert clamp_size("9" * 5000, 1.5) == (80, 24)
    assert clamp_size(True, "²") == (80, 24)


def test_serve_on_an_address_that_cannot_be_used_is_one_line() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "explainer", "serve", "--host", "256.0.0.1", "--port", str(free_port())],
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 2
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("explainer serve: cannot listen on 256.0.0.1:")
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr
