"""`explainer serve`: textual-serve with limits, so no client can exhaust the machine.

textual-serve 1.1.3 starts one app process per websocket and trusts the client. Three
faults follow, each closed here (see docs/upstream/textual-serve-session-leak.md):

- The terminal size comes from the client's query string and resize messages, with no
  limit (100000x100000 grew one process to 2.9 GB). Both are clamped to MAX_COLUMNS x
  MAX_ROWS, the range `explainer snapshot` accepts.
- Nothing limits the number of sessions (each is a Python process of about 37 MB). Past
  max_sessions, a new websocket is refused with 503 before any process starts.
- `AppService.stop` asks the app to quit and waits for its output task, but never waits
  for the process. When a client leaves while a large frame is on its way, the output
  task has already ended, nobody reads the app's stdout, the app blocks writing to the
  pipe and never sees the quit: the process lives until the server stops. Here every
  session's process runs in its own process group and is reaped when the session ends:
  quit, then (while its output is drained) a grace period, then SIGTERM, then SIGKILL.

Malformed websocket messages (not JSON, wrong shapes) are ignored instead of ending the
session with a traceback on the server's console.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import shlex
import signal
from typing import Any

from aiohttp import WSMsgType, web
from textual_serve.app_service import AppService
from textual_serve.server import Server

MAX_COLUMNS, MAX_ROWS = 500, 200
MIN_COLUMNS, MIN_ROWS = 20, 8
DEFAULT_MAX_SESSIONS = 10
QUIT_GRACE = 3.0
"""Seconds an app has to quit by itself once its session ends, before SIGTERM (then SIGKILL)."""


def clamp_size(width: object, height: object) -> tuple[int, int]:
    """A terminal size within limits from whatever the client sent (default 80x24)."""

    def number(value: object, default: int, low: int, high: int) -> int:
        try:
            result = int(str(value)) if isinstance(value, int | str) and len(str(value)) < 12 else default
        except ValueError:
            result = default
        return max(low, min(result, high))

    return number(width, 80, MIN_COLUMNS, MAX_COLUMNS), number(height, 24, MIN_ROWS, MAX_ROWS)


class ReapedAppService(AppService):
    """An app session whose process is always gone when the session ends."""

    async def _open_app_process(self, width: int = 80, height: int = 24) -> asyncio.subprocess.Process:
        """As textual-serve's, but without a shell and in a process group of its own (so it can be reaped)."""
        self._process = process = await asyncio.create_subprocess_exec(
            *shlex.split(self.command),
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            env=self._build_environment(width=width, height=height),
            start_new_session=True,
        )
        assert process.stdin is not None
        self._stdin = process.stdin
        return process

    async def set_terminal_size(self, width: int, height: int) -> None:
        await super().set_terminal_size(*clamp_size(width, height))

    async def stop(self) -> None:
        process = self._process
        if process is not None and self._task is not None and self._task.done():
            # The output task ended (the client left mid-frame): nobody reads the app's output,
            # so it may be blocked writing and never see the quit. Read and drop its output.
            self._orphan_drain = asyncio.ensure_future(_drain(process))
        with contextlib.suppress(Exception):
            await asyncio.wait_for(super().stop(), QUIT_GRACE)
        if process is not None:
            await reap(process)


async def reap(process: asyncio.subprocess.Process) -> None:
    """Wait for the process to exit, draining its output so a blocked write can finish; then make it."""
    if process.returncode is not None:
        return
    drain = asyncio.ensure_future(_drain(process))
    try:
        for send in (None, signal.SIGTERM, signal.SIGKILL):
            if send is not None:
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.killpg(process.pid, send)
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(process.wait(), QUIT_GRACE)
                return
    finally:
        drain.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await drain


async def _drain(process: asyncio.subprocess.Process) -> None:
    for stream in (process.stdout, process.stderr):
        if stream is not None:
            with contextlib.suppress(Exception):
                while await stream.read(65536):
                    pass


class BoundedServer(Server):
    """textual-serve's server with a size limit, a session limit and reaped sessions."""

    def __init__(self, command: str, *, max_sessions: int = DEFAULT_MAX_SESSIONS, **options: Any) -> None:
        super().__init__(command, **options)
        self.max_sessions = max_sessions
        self.sessions = 0

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        if self.sessions >= self.max_sessions:
            raise web.HTTPServiceUnavailable(
                text=f"This explainer already has {self.max_sessions} readers; please try again later.\n"
            )
        self.sessions += 1
        try:
            return await self._session(request)
        finally:
            self.sessions -= 1

    async def _session(self, request: web.Request) -> web.WebSocketResponse:
        """textual-serve's handle_websocket, with a clamped size and a session that is always reaped."""
        websocket = web.WebSocketResponse(heartbeat=15, max_msg_size=1 << 20)
        width, height = clamp_size(request.query.get("width", "80"), request.query.get("height", "24"))
        service: ReapedAppService | None = None
        try:
            await websocket.prepare(request)

            async def close() -> None:
                await websocket.close()

            service = ReapedAppService(
                self.command,
                write_bytes=websocket.send_bytes,
                write_str=websocket.send_str,
                close=close,
                download_manager=self.download_manager,
                debug=self.debug,
            )
            await service.start(width, height)
            await self._process_messages(websocket, service)
        except asyncio.CancelledError:
            with contextlib.suppress(Exception):
                await websocket.close()
        except Exception:  # a session's failure ends that session only
            pass
        finally:
            if service is not None:
                await asyncio.shield(service.stop())
        return websocket

    async def _process_messages(self, websocket: web.WebSocketResponse, app_service: AppService) -> None:
        """Messages from the browser; anything malformed is ignored."""
        async for message in websocket:
            if message.type != WSMsgType.TEXT:
                continue
            try:
                envelope = json.loads(message.data)
            except ValueError:
                continue
            if not (isinstance(envelope, list) and envelope and isinstance(envelope[0], str)):
                continue
            kind, data = envelope[0], envelope[1] if len(envelope) > 1 else None
            if kind == "stdin" and isinstance(data, str):
                await app_service.send_bytes(data.encode("utf-8", "replace"))
            elif kind == "resize" and isinstance(data, dict):
                await app_service.set_terminal_size(*clamp_size(data.get("width"), data.get("height")))
            elif kind == "ping":
                await websocket.send_json(["pong", data])
            elif kind == "blur":
                await app_service.blur()
            elif kind == "focus":
                await app_service.focus()


def serve(command: str, *, host: str, port: int, title: str, max_sessions: int) -> int:
    """Serve until interrupted; 0, or 2 with one line when the address cannot be used."""
    import sys

    server = BoundedServer(command, host=host, port=port, title=title, max_sessions=max_sessions)
    try:
        server.serve()
    except OSError as exc:  # a busy port, an address that does not resolve or is not ours
        print(f"explainer serve: cannot listen on {host}:{port}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    return 0
