"""When the terminal goes, the app goes: promptly, through its normal exit, with code 129.

Two ways a terminal goes: SIGHUP (our controlling terminal closed, as a terminal window or
an ssh session does), or a hang-up with no signal (a terminal that is not our controlling
one). Without this, the first kills the app mid-step (a presenter's socket file stays
behind) and the second leaves it spinning a core for good (Textual's input thread reads
end-of-file in a loop). Both now end the app as quitting does, so on_unmount tidies up.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
from typing import Any

from textual.app import App

from ..core.terminal_loss import HANGUP_EXIT, force_exit_after, on_terminal_loss

FORCE_EXIT_AFTER = 5.0
"""Seconds a normal exit may take once the terminal has gone, before the process is ended regardless."""


def end_app_on_terminal_loss(app: App[Any]) -> None:
    """Call from on_mount of an app on a real terminal (not headless: tests own their process)."""

    ending: list[bool] = []

    def hang_up() -> None:
        if not ending:  # SIGHUP and the hang-up itself usually both arrive
            ending.append(True)
            force_exit_after(FORCE_EXIT_AFTER)
            app.exit(return_code=HANGUP_EXIT)

    with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):  # not the main thread, or no signals
        asyncio.get_running_loop().add_signal_handler(signal.SIGHUP, hang_up)

    def from_watcher() -> None:
        with contextlib.suppress(RuntimeError):  # the app has already ended
            app.call_from_thread(hang_up)

    on_terminal_loss(from_watcher)
