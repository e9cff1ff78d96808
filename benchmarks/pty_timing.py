"""Timing a terminal program from outside: reading what it writes, through a real pseudo-terminal."""

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


class Output:
    """What a program writes to a file descriptor, read as it arrives.

    Each wait consumes output up to and including its marker; `transcript` keeps it all, and
    with `record`, `arrivals` keeps each chunk with the time it was read, for replaying later.
    """

    def __init__(self, fd: int, *, record: bool = False) -> None:
        self.fd = fd
        self.pending = b""
        self.transcript = b""
        self.record = record
        self.arrivals: list[tuple[float, bytes]] = []

    def _read(self, timeout: float) -> bytes | None:
        """One chunk, b"" at end of output, or None when nothing came within timeout."""
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return None
        try:
            chunk = os.read(self.fd, 65536)
        except OSError:  # a pty reports the program's exit this way
            chunk = b""
        self.transcript += chunk
        if self.record and chunk:
            self.arrivals.append((time.perf_counter(), chunk))
        return chunk

    def until(self, marker: bytes, timeout: float = 20.0) -> tuple[bytes, float]:
        """The output up to and including marker, and the perf_counter time it arrived."""
        deadline = time.perf_counter() + timeout
        while marker not in self.pending:
            left = deadline - time.perf_counter()
            if left <= 0:
                raise TimeoutError(f"{marker!r} not written within {timeout}s; last output: {self.pending[-300:]!r}")
            chunk = self._read(left)
            if chunk == b"":
                raise TimeoutError(f"output ended before {marker!r}; last output: {self.pending[-300:]!r}")
            self.pending += chunk or b""
        arrived = time.perf_counter()
        cut = self.pending.index(marker) + len(marker)
        shown, self.pending = self.pending[:cut], self.pending[cut:]
        return shown, arrived

    def settled(self, quiet: float = 0.15) -> float:
        """When the last output arrived (perf_counter time) before `quiet` seconds of silence; output dropped."""
        last = time.perf_counter()
        while self._read(quiet):
            last = time.perf_counter()
        self.pending = b""
        return last

    def drain(self, quiet: float = 0.05) -> None:
        """Read and drop output until the program has been quiet for `quiet` seconds."""
        while self._read(quiet):
            pass
        self.pending = b""


class PtyProcess:
    """A program running in a pseudo-terminal of a given size; we read what it paints."""

    def __init__(
        self,
        argv: Sequence[str],
        size: tuple[int, int],
        env: dict[str, str],
        cwd: str | None = None,
        *,
        record: bool = False,
    ) -> None:
        self.master, slave = pty.openpty()
        columns, rows = size
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        self.started = time.perf_counter()
        self.process = subprocess.Popen(
            list(argv),
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=env,
            cwd=cwd,
            start_new_session=True,
            close_fds=True,
        )
        os.close(slave)
        self.output = Output(self.master, record=record)

    @property
    def transcript(self) -> bytes:
        """Everything the program has written so far."""
        return self.output.transcript

    def wait_for(self, marker: bytes, timeout: float = 20.0) -> float:
        """When marker was painted (perf_counter time)."""
        return self.output.until(marker, timeout)[1]

    def drain(self, quiet: float = 0.05) -> None:
        self.output.drain(quiet)

    def settled(self, quiet: float = 0.15) -> float:
        """When the program last painted before falling quiet for `quiet` seconds."""
        return self.output.settled(quiet)

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
