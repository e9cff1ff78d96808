"""`explainer notes`: the counsellor's own screen, following the presenter.

Shows the current section's counsellor notes, what the client has seen and the choices
ahead, redrawn on every move. Without a presenter it says so and waits.

It trusts only a presenter of its own: the socket's folder must be ours and closed to
others, and the process at the other end must run as us (SO_PEERCRED). Whatever arrives
is read in bounded pieces and decoded strictly (message.decode_message); a presenter
that dies mid-message (kill -9, a closed terminal) just means waiting for the next one.
"""

from __future__ import annotations

import os
import socket
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from ..core.markdown import hard_breaks, parse, wrap_plain
from ..core.terms import strip_marks
from .link import LinkError, check_private_dir, peer_uid, socket_path
from .message import MAX_MESSAGE_BYTES, PresenterMessage, RouteState, decode_message

WAITING = "Waiting for the presenter: start `explainer --present` in another terminal (ctrl+c to stop)."

RECV_BYTES = 65536


def render_state(state: PresenterMessage, width: int = 80) -> str:
    """The notes screen as text."""
    elapsed = state.elapsed
    lines = [
        f"NOW SHOWING: {state.title}",
        f"Seen {len(state.seen)} of {state.total} | {elapsed // 60:02d}:{elapsed % 60:02d}",
        *_route_lines(state.route),
        "",
        "Counsellor notes",
        "----------------",
    ]
    notes = strip_marks(state.notes).strip()
    lines += wrap_plain(parse(hard_breaks(notes)).blocks, width) if notes else ["(no notes for this section)"]
    lines += ["", "Choices ahead", "-------------"]
    lines += [f"  {n}. {label}" for n, label in enumerate(state.choices, start=1)] or ["  (an end screen)"]
    lines += ["", "Seen so far: " + "; ".join(state.seen)]
    return "\n".join(lines)


def _route_lines(route: RouteState | None) -> list[str]:
    """'Route: First conversation 3/8 | next: ...' when the presenter follows a route."""
    if route is None:
        return []
    where = f"{route.position}/{route.total}" if route.position else f"off the route (last {route.step}/{route.total})"
    ahead = f"next (Space): {route.next}" if route.next else "end of route"
    return [f"Route: {route.title} {where} | {ahead}"]


def connect(path: Path) -> socket.socket:
    """A connection to our own presenter. OSError while there is none; LinkError if it is not ours."""
    check_private_dir(path.parent)
    connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        connection.connect(str(path))
        uid = peer_uid(connection)
    except BaseException:
        connection.close()
        raise
    if uid is not None and uid != os.getuid():
        connection.close()
        raise LinkError(f"the process at {path} runs as another user (uid {uid}); refusing to follow it")
    return connection


def messages(connection: socket.socket) -> Iterator[PresenterMessage]:
    """The well-formed messages on the connection until it ends (cleanly or not).

    Lines are split from bounded reads; an over-long line is skipped to its end without
    being kept, and a malformed one is skipped.
    """
    pending = b""
    skipping = False
    while True:
        try:
            chunk = connection.recv(RECV_BYTES)
        except OSError:  # reset by a presenter killed mid-write, and the like
            return
        if not chunk:
            return
        pending += chunk
        *lines, pending = pending.split(b"\n")
        for line in lines:
            if skipping:
                skipping = False
                continue
            message = decode_message(line)
            if message is not None:
                yield message
        if len(pending) > MAX_MESSAGE_BYTES:
            pending = b""
            skipping = True


def follow(
    path: Path | None = None,
    out: TextIO = sys.stdout,
    *,
    poll: float = 0.1,
    width: int = 80,
    err: TextIO | None = None,
) -> int:
    """Follow the presenter until interrupted; reconnects when it restarts. 2 if it cannot be trusted."""
    path = path or socket_path()
    err = err or sys.stderr
    said_waiting = False
    clear = out.isatty()
    while True:
        try:
            connection = connect(path)
        except PermissionError:
            err.write(f"explainer notes: cannot open the presenter's link at {path}: permission denied\n")
            return 2
        except LinkError as exc:
            err.write(f"explainer notes: {exc}\n")
            return 2
        except OSError:
            if not said_waiting:
                out.write(WAITING + "\n")
                out.flush()
                said_waiting = True
            time.sleep(poll)
            continue
        said_waiting = False
        with connection:
            for state in messages(connection):
                out.write(("\x1b[2J\x1b[H" if clear else "\n=== update ===\n") + render_state(state, width) + "\n")
                out.flush()
        out.write("The presenter has stopped.\n")
        out.flush()
