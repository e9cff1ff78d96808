"""Timing a terminal program from outside, through a real pseudo-terminal."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import struct
import subprocess
import termios
import time
from collections.abc import Sequence


class PtyProcess:
    """A program running in a pseudo-terminal of a given size; we read what it paints."""

    def __init__(self, argv: Sequence[str], size: tuple[int, int], env: dict[str, str]) -> None:
        self.master, slave = pty.openpty()
        columns, rows = size
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        self.started = time.perf_counter()
        self.process = subprocess.Popen(
            list(argv), stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True, close_fds=True
        )
        os.close(slave)
        self.buffer = b""
        self.transcript = b""
        """Everything the program has written so far (the buffer is cleared by each wait)."""

    def wait_for(self, marker: bytes, timeout: float = 20.0) -> float:
        """Seconds until marker appears in new output (perf_counter time of arrival)."""
        deadline = time.perf_counter() + timeout
        while marker not in self.buffer:
            remaining = deadline - time.perf_counter()
            if remaining <= 0:
                raise TimeoutError(f"{marker!r} not painted within {timeout}s; last output: {self.buffer[-300:]!r}")
            ready, _, _ = select.select([self.master], [], [], remaining)
            if ready:
                try:
                    chunk = os.read(self.master, 65536)
                except OSError:
                    chunk = b""
                if not chunk:
                    raise TimeoutError(f"the program closed its terminal before painting {marker!r}")
                self.buffer += chunk
                self.transcript += chunk
        now = time.perf_counter()
        self.buffer = b""
        return now

    def drain(self, quiet: float = 0.05) -> None:
        """Read until the program has been quiet for `quiet` seconds."""
        while True:
            ready, _, _ = select.select([self.master], [], [], quiet)
            if not ready:
                break
            try:
                chunk = os.read(self.master, 65536)
            except OSError:
                break
            if not chunk:
                break
            self.transcript += chunk
        self.buffer = b""

    def send(self, keys: bytes) -> float:
        sent = time.perf_counter()
        os.write(self.master, keys)
        return sent

    def close(self) -> None:
        try:
            os.write(self.master, b"\x11")  # ctrl+q
            self.process.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired):
            self.process.kill()
            self.process.wait()
        finally:
            os.close(self.master)
