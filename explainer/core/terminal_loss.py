"""Noticing that the terminal has gone: its window closed, or the ssh session dropped.

The kernel sends SIGHUP only to the session whose controlling terminal hung up. A program
on a terminal that is not its controlling one (started by a tool, a harness, `setsid`) gets
no signal: its reads return end-of-file at once, forever, and its writes fail with EIO, so
a loop that waits for input spins (Textual 8's input thread does: Textualize/textual#6690).
poll() reports the hang-up (POLLHUP) without reading anything, so a thread can wait for it
at no cost and end the program as a hang-up signal would.
"""

from __future__ import annotations

import os
import select
import threading
from collections.abc import Callable, Iterable

HANGUP_EXIT = 129
"""128 + SIGHUP: the exit code a shell reports for a program ended by its terminal's hang-up."""

STANDARD_FDS = (0, 1, 2)

_GONE = select.POLLHUP | select.POLLERR


def terminal_fds(fds: Iterable[int] = STANDARD_FDS) -> list[int]:
    """Those of fds that are terminals (a pipe or a file has no terminal to lose)."""
    found = []
    for fd in fds:
        try:
            if os.isatty(fd):
                found.append(fd)
        except OSError:
            continue
    return found


def on_terminal_loss(callback: Callable[[], None], fds: Iterable[int] = STANDARD_FDS) -> threading.Thread | None:
    """Call callback once, from a daemon thread, when any terminal among fds hangs up.

    None when none of fds is a terminal. The thread sleeps in poll() until the hang-up.
    """
    watched = terminal_fds(fds)
    if not watched:
        return None
    thread = threading.Thread(target=_wait_for_hangup, args=(watched, callback), name="terminal-loss", daemon=True)
    thread.start()
    return thread


def _wait_for_hangup(fds: list[int], callback: Callable[[], None]) -> None:
    poller = select.poll()
    for fd in fds:
        poller.register(fd, 0)  # no events asked for: poll still reports POLLHUP, POLLERR and POLLNVAL
    while True:
        try:
            events = poller.poll()
        except InterruptedError:  # pragma: no cover - Python retries poll() after signals itself
            continue
        if any(mask & _GONE for _, mask in events):
            callback()
            return
        if events:  # POLLNVAL only: a descriptor was closed under us; nothing left to watch
            return


def force_exit_after(seconds: float, code: int = HANGUP_EXIT) -> threading.Timer:
    """A last resort once the terminal has gone: end the process if a normal exit has not by then.

    A normal exit writes to the terminal (restoring its modes); with the terminal gone those
    writes fail, and a program that queues them for a writer thread that has died can block
    for good. This daemon timer makes sure the process ends anyway.
    """
    timer = threading.Timer(seconds, os._exit, args=(code,))
    timer.daemon = True
    timer.start()
    return timer
