"""`explainer notes`: the counsellor's own screen, following the presenter.

Shows the current section's counsellor notes, what the client has seen and the choices
ahead, redrawn on every move. Without a presenter it says so and waits.
"""

from __future__ import annotations

import json
import math
import shutil
import socket
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from ..core.markdown import hard_breaks, parse, wrap_plain
from ..core.terms import strip_marks
from .link import socket_path

WAITING = "Waiting for the presenter: start `explainer --present` in another terminal (ctrl+c to stop)."


def render_state(
    state: dict[str, Any], width: int = 80, height: int | None = None, *, elapsed: float | None = None
) -> str:
    """The notes screen as text, at most `height` lines: what is on screen now always comes first.

    Order: the current section, progress and time, the choices ahead, the notes (cut to
    fit), and last one line of what the client has seen, each title once.
    """
    seconds = int(state.get("elapsed", 0) if elapsed is None else elapsed)
    seen = _once_each([str(title) for title in state.get("seen", [])])
    head = [
        _fit(f"NOW SHOWING: {state.get('title', '?')}", width),
        f"Seen {len(seen)} of {state.get('total', '?')} | {seconds // 60:02d}:{seconds % 60:02d}",
    ]
    choices = state.get("choices") or []
    ahead = ["", "Choices ahead"] + (
        [_fit(f"  {n}. {label}", width) for n, label in enumerate(choices, start=1)] or ["  (an end screen)"]
    )
    tail = ["", _seen_line(seen, width)]
    notes = strip_marks(str(state.get("notes") or "")).strip()
    body = wrap_plain(parse(hard_breaks(notes)).blocks, width) if notes else ["(no notes for this section)"]
    body = ["", "Counsellor notes", "----------------", *body]
    if height is not None:
        room = max(height - len(head) - len(ahead) - len(tail), 0)
        if len(body) > room:
            body = body[: max(room - 1, 0)] + (["(notes cut to fit: widen the terminal)"] if room else [])
    return "\n".join(head + ahead + body + tail)


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
        self.state: dict[str, Any] | None = None
        self.received = 0.0
        self.lock = threading.Lock()

    def show(self, state: dict[str, Any]) -> None:
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
        try:
            base = float(self.state.get("elapsed", 0) or 0)
        except (TypeError, ValueError):
            base = 0.0
        elapsed = (base if math.isfinite(base) else 0.0) + self.clock() - self.received
        text = render_state(self.state, self.width, self.height, elapsed=elapsed)
        self.out.write(("\x1b[2J\x1b[H" if self.clear else "\n=== update ===\n") + text + "\n")
        self.out.flush()


def _ticking(view: NotesView) -> None:
    while True:
        time.sleep(1.0)
        view.tick()


def follow(path: Path | None = None, out: TextIO = sys.stdout, *, poll: float = 0.1, width: int = 80) -> int:
    """Follow the presenter until interrupted; reconnects when it restarts."""
    path = path or socket_path()
    said_waiting = False
    if out.isatty():
        size = shutil.get_terminal_size((width, 24))
        width, height = size.columns, size.lines - 1  # the cursor's line after the text
    else:
        height = None
    view = NotesView(out, width, height)
    threading.Thread(target=_ticking, args=(view,), daemon=True).start()
    while True:
        connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            connection.connect(str(path))
        except PermissionError:
            connection.close()
            out.write(f"Cannot open the presenter's link at {path}: permission denied (another user's?).\n")
            out.flush()
            return 2
        except OSError:
            connection.close()
            if not said_waiting:
                out.write(WAITING + "\n")
                out.flush()
                said_waiting = True
            time.sleep(poll)
            continue
        said_waiting = False
        with connection, connection.makefile("r", encoding="utf-8") as stream:
            for line in stream:
                try:
                    state = json.loads(line)
                except ValueError:
                    continue
                view.show(state)
        view.forget()
        out.write("The presenter has stopped.\n")
        out.flush()
