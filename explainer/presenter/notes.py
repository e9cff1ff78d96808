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
import shutil
import signal
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TextIO

from ..core.markdown import hard_breaks, parse, wrap_plain
from ..core.terminal_loss import on_terminal_loss
from ..core.terms import strip_marks
from .link import LinkError, check_private_dir, peer_uid, socket_path
from .message import MAX_MESSAGE_BYTES, PresenterMessage, RouteState, decode_message

WAITING = "Waiting for the presenter: start `explainer --present` in another terminal (ctrl+c to stop)."

RECV_BYTES = 65536


def render_state(
    state: PresenterMessage, width: int = 80, height: int | None = None, *, elapsed: float | None = None
) -> str:
    """The notes screen as text, at most `height` lines: what is on screen now always comes first.

    Order: the current section, progress and time, the route, the choices ahead, the notes
    (cut to fit), and last one line of what the client has seen, each title once.
    """
    seconds = int(state.elapsed if elapsed is None else elapsed)
    seen = _once_each(state.seen)
    head = [
        _fit(f"NOW SHOWING: {state.title}", width),
        f"Seen {len(seen)} of {state.total} | {seconds // 60:02d}:{seconds % 60:02d}",
        *(_fit(line, width) for line in _route_lines(state.route)),
    ]
    ahead = ["", "Choices ahead"] + (
        [_fit(f"  {n}. {label}", width) for n, label in enumerate(state.choices, start=1)] or ["  (an end screen)"]
    )
    tail = ["", _seen_line(seen, width)]
    notes = strip_marks(state.notes).strip()
    body = wrap_plain(parse(hard_breaks(notes)).blocks, width) if notes else ["(no notes for this section)"]
    body = ["", "Counsellor notes", "----------------", *body]
    if height is not None:
        room = max(height - len(head) - len(ahead) - len(tail), 0)
        if len(body) > room:
            body = body[: max(room - 1, 0)] + (["(notes cut to fit: widen the terminal)"] if room else [])
    return "\n".join(head + ahead + body + tail)


def _route_lines(route: RouteState | None) -> list[str]:
    """'Route: First conversation 3/8' and what Space shows next, when the presenter follows a route."""
    if route is None:
        return []
    where = f"{route.position}/{route.total}" if route.position else f"off the route (last {route.step}/{route.total})"
    ahead = f"next (Space): {route.next}" if route.next else "end of route"
    return [f"Route: {route.title} {where}", f"  {ahead}"]


def _once_each(titles: list[str]) -> list[str]:
    """Each title once, where it was last seen (going back and forth repeats titles in the path)."""
    last = {title: n for n, title in enumerate(titles)}
    return [title for n, title in enumerate(titles) if last[title] == n]


def _seen_line(seen: list[str], width: int) -> str:
    """One line, the most recent titles; older ones become "...N earlier"."""
    shown = list(seen)
    while shown:
        earlier = len(seen) - len(shown)
        line = "Seen so far: " + (f"...{earlier} earlier; " if earlier else "") + "; ".join(shown)
        if len(line) <= width:
            return line
        shown.pop(0)
    return _fit(f"Seen so far: {len(seen)} sections", width)


def _fit(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(width - 3, 0)] + "..."


class NotesView:
    """What `explainer notes` shows, redrawn on every update and once a second so the time runs."""

    def __init__(
        self, out: TextIO, width: int, height: int | None, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.out = out
        self.clock = clock
        self.width = width
        self.height = height
        self.clear = out.isatty()
        self.state: PresenterMessage | None = None
        self.received = 0.0
        self.lock = threading.Lock()

    def show(self, state: PresenterMessage) -> None:
        with self.lock:
            self.state = state
            self.received = self.clock()
            self._draw()

    def tick(self) -> None:
        """Redraw with the time counted on from the last update (only on a terminal, where it replaces)."""
        with self.lock:
            if self.state is not None and self.clear:
                self._draw()

    def forget(self) -> None:
        with self.lock:
            self.state = None

    def _draw(self) -> None:
        assert self.state is not None
        elapsed = self.state.elapsed + self.clock() - self.received
        text = render_state(self.state, self.width, self.height, elapsed=elapsed)
        self.out.write(("\x1b[2J\x1b[H" if self.clear else "\n=== update ===\n") + text + "\n")
        self.out.flush()


def _ticking(view: NotesView) -> None:
    while True:
        time.sleep(1.0)
        view.tick()


def _hang_up() -> None:
    """The terminal went without a signal (it is not our controlling one): act as if it had sent SIGHUP.

    Waiting for the presenter reads nothing from the terminal, so nothing else would notice.
    """
    os.kill(os.getpid(), signal.SIGHUP)


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
    if out.isatty():
        on_terminal_loss(_hang_up)
        size = shutil.get_terminal_size((width, 24))
        width, height = size.columns, size.lines - 1  # the cursor's line after the text
    else:
        height = None
    view = NotesView(out, width, height)
    threading.Thread(target=_ticking, args=(view,), daemon=True).start()
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
                view.show(state)
        view.forget()
        out.write("The presenter has stopped.\n")
        out.flush()
