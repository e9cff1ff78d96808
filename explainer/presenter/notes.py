"""`explainer notes`: the counsellor's own screen, following the presenter.

Shows the current section's counsellor notes, what the client has seen and the choices
ahead, redrawn on every move. Without a presenter it says so and waits.
"""

from __future__ import annotations

import json
import socket
import sys
import time
from pathlib import Path
from typing import Any, TextIO

from ..core.markdown import hard_breaks, parse, wrap_plain
from ..core.terms import strip_marks
from .link import socket_path

WAITING = "Waiting for the presenter: start `explainer --present` in another terminal (ctrl+c to stop)."


def render_state(state: dict[str, Any], width: int = 80) -> str:
    """The notes screen as text."""
    elapsed = int(state.get("elapsed", 0))
    lines = [
        f"NOW SHOWING: {state.get('title', '?')}",
        f"Seen {len(state.get('seen', []))} of {state.get('total', '?')} | {elapsed // 60:02d}:{elapsed % 60:02d}",
        *_route_lines(state.get("route")),
        "",
        "Counsellor notes",
        "----------------",
    ]
    notes = strip_marks(str(state.get("notes") or "")).strip()
    lines += wrap_plain(parse(hard_breaks(notes)).blocks, width) if notes else ["(no notes for this section)"]
    lines += ["", "Choices ahead", "-------------"]
    choices = state.get("choices") or []
    lines += [f"  {n}. {label}" for n, label in enumerate(choices, start=1)] or ["  (an end screen)"]
    lines += ["", "Seen so far: " + "; ".join(state.get("seen", []))]
    return "\n".join(lines)


def _route_lines(route: object) -> list[str]:
    """'Route: First conversation 3/8 | next: ...' when the presenter follows a route."""
    if not isinstance(route, dict):
        return []
    total = route.get("total", "?")
    position = route.get("position")
    where = f"{position}/{total}" if position else f"off the route (last {route.get('step', '?')}/{total})"
    upcoming = route.get("next")
    ahead = f"next (Space): {upcoming}" if upcoming else "end of route"
    return [f"Route: {route.get('title', '?')} {where} | {ahead}"]


def follow(path: Path | None = None, out: TextIO = sys.stdout, *, poll: float = 0.1, width: int = 80) -> int:
    """Follow the presenter until interrupted; reconnects when it restarts."""
    path = path or socket_path()
    said_waiting = False
    clear = out.isatty()
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
                out.write(("\x1b[2J\x1b[H" if clear else "\n=== update ===\n") + render_state(state, width) + "\n")
                out.flush()
        out.write("The presenter has stopped.\n")
        out.flush()
