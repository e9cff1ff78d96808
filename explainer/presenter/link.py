"""The presenter publishes where it is; `explainer notes` follows. Plain Python, no UI.

The link is a Unix socket in the user's runtime directory ($XDG_RUNTIME_DIR, which the
system makes private to the user; else $TMPDIR or /tmp/explainer-UID, created 0700 and checked).
The server also checks each peer's user id (SO_PEERCRED), so another user's notes can
never follow this presenter; `explainer notes` makes the same checks the other way (the
folder is ours and private, the peer is us), so it never follows another user's socket.
Messages are PresenterMessage JSON lines, one per move. The presenter never buffers more
than a bounded amount for or from any follower: what a follower sends is read and
dropped in small pieces, and a follower that stops reading is dropped.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import stat
import struct
from pathlib import Path

from .message import MAX_MESSAGE_BYTES, PresenterMessage

SOCKET_NAME = "presenter.sock"

MAX_PENDING_BYTES = 4 * MAX_MESSAGE_BYTES
"""A follower with this much unsent is not reading: it is dropped rather than buffered for."""

READ_CHUNK = 4096
"""What a follower sends is read in pieces of this size and dropped: followers only listen."""


class LinkError(Exception):
    """The link cannot be set up safely; the message says why."""


def runtime_dir() -> Path:
    """A directory only this user can enter, for the socket.

    Not platformdirs' user_runtime_path: it rejects an $XDG_RUNTIME_DIR that is not 0700 and
    falls back elsewhere with a warning on stderr, while here the folder inside it is made
    private (ensure_private_dir), so presenter and notes always meet in the same place.
    """
    base = os.environ.get("XDG_RUNTIME_DIR")
    if base and Path(base).is_absolute() and Path(base).is_dir():
        return Path(base) / "explainer"
    import tempfile

    return Path(tempfile.gettempdir()) / f"explainer-{os.getuid()}"


def socket_path() -> Path:
    return runtime_dir() / SOCKET_NAME


def ensure_private_dir(path: Path) -> Path:
    """Create (0700) or check the directory: ours, a real directory, no access for others."""
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = path.lstat()
    except OSError as exc:
        raise LinkError(f"cannot create {path}: {exc.strerror or exc}") from None
    if not stat.S_ISDIR(info.st_mode):
        raise LinkError(f"{path} is not a directory")
    if info.st_uid != os.getuid():
        raise LinkError(f"{path} belongs to another user; refusing to use it")
    if info.st_mode & 0o077:
        try:
            path.chmod(0o700)
        except OSError as exc:
            raise LinkError(f"{path} is open to other users and cannot be fixed: {exc.strerror}") from None
    return path


def check_private_dir(path: Path) -> None:
    """Refuse a folder that is not a real directory of ours closed to others (never changes it).

    Raises FileNotFoundError when it does not exist yet, LinkError when it is not to be trusted.
    """
    info = path.lstat()
    if not stat.S_ISDIR(info.st_mode):
        raise LinkError(f"{path} is not a directory; refusing to use it")
    if info.st_uid != os.getuid():
        raise LinkError(f"{path} belongs to another user; refusing to use it")
    if info.st_mode & 0o077:
        raise LinkError(f"{path} is open to other users; refusing to use it")


def peer_uid(sock: socket.socket) -> int | None:
    """The user id of the process at the other end (Linux), or None where unknown."""
    option = getattr(socket, "SO_PEERCRED", None)
    if option is None:
        return None
    data = sock.getsockopt(socket.SOL_SOCKET, option, struct.calcsize("3i"))
    _pid, uid, _gid = struct.unpack("3i", data)
    return int(uid)


class PresenterLink:
    """The presenter's side: a socket server that sends the latest state to each follower."""

    def __init__(self, path: Path | None = None, *, allowed_uid: int | None = None) -> None:
        self.path = path or socket_path()
        self.allowed_uid = os.getuid() if allowed_uid is None else allowed_uid
        self.state: PresenterMessage | None = None
        self.writers: set[asyncio.StreamWriter] = set()
        self.server: asyncio.base_events.Server | None = None

    async def start(self) -> None:
        ensure_private_dir(self.path.parent)
        if self.path.exists() or self.path.is_symlink():
            if _is_live(self.path):
                raise LinkError(f"another presenter is already running ({self.path})")
            self.path.unlink()
        old_umask = os.umask(0o177)
        try:
            self.server = await asyncio.start_unix_server(self._follower, path=str(self.path))
        finally:
            os.umask(old_umask)

    async def _follower(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        sock = writer.get_extra_info("socket")
        if sock is not None and peer_uid(sock) not in (None, self.allowed_uid):
            writer.close()
            return
        self.writers.add(writer)
        if self.state is not None:
            self._send(writer, self.state.encode())
        try:
            while await reader.read(READ_CHUNK):  # until the follower goes away; nothing is kept
                pass
        except OSError:
            pass
        finally:
            self.writers.discard(writer)
            writer.close()

    async def publish(self, state: PresenterMessage) -> None:
        self.state = state
        line = state.encode()
        for writer in list(self.writers):
            self._send(writer, line)

    def _send(self, writer: asyncio.StreamWriter, line: bytes) -> None:
        """Queue a line without waiting; a follower that has not read what it had is dropped."""
        try:
            if writer.transport.get_write_buffer_size() > MAX_PENDING_BYTES:
                raise ConnectionError("the follower is not reading")
            writer.write(line)
        except (ConnectionError, RuntimeError):
            self.writers.discard(writer)
            writer.close()

    async def stop(self) -> None:
        for writer in list(self.writers):
            writer.close()
        self.writers.clear()
        if self.server is not None:
            self.server.close()
            with contextlib.suppress(Exception):
                await self.server.wait_closed()
        with contextlib.suppress(OSError):
            self.path.unlink()


def _is_live(path: Path) -> bool:
    """Is something listening on this socket path?"""
    probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        probe.settimeout(0.5)
        probe.connect(str(path))
    except OSError:
        return False
    finally:
        probe.close()
    return True
