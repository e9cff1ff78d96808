"""The one way the program reads and writes files: bounded, never blocking, never half-written.

Every file the program reads goes through read_bounded: it opens without blocking (a FIFO
with no writer cannot hang the program), refuses anything that is not a regular file
(/dev/zero, a FIFO, a socket, a directory) and reads at most a stated limit, so nothing
can grow memory without end. Every file it writes goes through atomic_write or
write_new: a temporary file beside the target, flushed, then renamed or linked into
place, so a failed write (disk full, a file size limit, a kill) leaves the old file or
none, never half of one. Targets that are not regular files (device nodes, FIFOs,
directories) are refused, and symbolic links are never followed when writing.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import TextIO


class NotRegularFile(OSError):
    """The path names a device, FIFO, socket or directory where a regular file was expected."""


class TooLarge(OSError):
    """The file holds more than the reader's stated limit."""


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _not_regular(path: Path, mode: int) -> NotRegularFile:
    code = errno.EISDIR if stat.S_ISDIR(mode) else errno.EINVAL
    return NotRegularFile(code, f"is {_kind(mode)}, not a regular file", str(path))


def read_bounded(path: Path, limit: int) -> bytes:
    """The whole file, if it is a regular file of at most limit bytes.

    Raises NotRegularFile, TooLarge or the OSError of the open or read (all OSError).
    The open is non-blocking, so a FIFO is refused at once instead of waiting for a writer.
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise _not_regular(path, info.st_mode)
        if info.st_size > limit:
            raise TooLarge(errno.EFBIG, f"is {info.st_size:,} bytes; the limit is {limit:,}", str(path))
        chunks: list[bytes] = []
        total = 0
        while True:  # st_size can lie (/proc) or the file can grow: count what is really read
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise TooLarge(errno.EFBIG, f"is larger than the limit of {limit:,} bytes", str(path))
        return b"".join(chunks)
    finally:
        os.close(fd)


def _umask() -> int:
    """The process's umask, read without changing it where the system allows."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    current = os.umask(0o022)
    os.umask(current)
    return current


def _check_target(path: Path) -> None:
    """Refuse to replace what is not a regular file (a symlink itself is replaced, never followed)."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return
    if not (stat.S_ISREG(info.st_mode) or stat.S_ISLNK(info.st_mode)):
        raise _not_regular(path, info.st_mode)


def _temporary(path: Path, data: bytes, mode: int) -> str:
    """A flushed temporary file beside path holding data, with the given mode; its name."""
    import tempfile  # only when writing: it is slow to import, and start-up never writes

    fd, temp = tempfile.mkstemp(prefix=f".{path.name}-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            os.fchmod(handle.fileno(), mode)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return temp


def atomic_write(path: Path, data: bytes, *, make_parents: bool = False, private: bool = False) -> None:
    """Write data to a temporary file beside path, flush it to disk, then rename it over path.

    Readers see the old file or the new one, never a mix. A symlink at path is replaced,
    not followed; a device, FIFO or directory is refused. The mode is 0600 when private,
    else 0666 less the umask, as any program's new file. Raises OSError with the reason.
    """
    if make_parents:
        path.parent.mkdir(parents=True, exist_ok=True)
    _check_target(path)
    temp = _temporary(path, data, 0o600 if private else 0o666 & ~_umask())
    try:
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    _remove_stale_temporaries(path)


STALE_AFTER = 600.0
"""A temporary file this many seconds old was left by a writer that was killed (kill -9)."""


def _remove_stale_temporaries(path: Path) -> None:
    """Delete our own temporary files beside path that a killed writer left behind."""
    import glob
    import time

    cutoff = time.time() - STALE_AFTER
    try:
        leftovers = list(path.parent.glob(f".{glob.escape(path.name)}-*.tmp"))
    except OSError:
        return
    for leftover in leftovers:
        try:
            info = leftover.lstat()
            if stat.S_ISREG(info.st_mode) and info.st_uid == os.getuid() and info.st_mtime < cutoff:
                leftover.unlink()
        except OSError:
            continue


def write_new(path: Path, text: str, *, force: bool = False) -> None:
    """Create path with text; an existing file is kept unless force (then replaced atomically).

    Raises FileExistsError (also for a dangling symlink, which is never followed),
    NotRegularFile or OSError with the reason; nothing is left half-written.
    """
    data = text.encode("utf-8")
    if force:
        atomic_write(path, data)
        return
    if os.path.lexists(path):
        raise FileExistsError(errno.EEXIST, "File exists", str(path))
    temp = _temporary(path, data, 0o666 & ~_umask())
    try:
        os.link(temp, path, follow_symlinks=False)  # fails if anything, even a dangling link, is there
    finally:
        Path(temp).unlink(missing_ok=True)


def free_name(folder: Path, stem: str, suffix: str) -> Path:
    """stem.suffix, or stem-2.suffix, stem-3.suffix ... whichever does not exist yet (not even as a link)."""
    candidate = folder / f"{stem}{suffix}"
    number = 2
    while os.path.lexists(candidate):
        candidate = folder / f"{stem}-{number}{suffix}"
        number += 1
    return candidate


def discard_output(stream: TextIO) -> None:
    """Point the stream's descriptor at /dev/null: text it could not write (a closed pipe, a
    terminal gone) is not retried, and Python does not complain when it flushes at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
        os.close(devnull)
    except (AttributeError, OSError, ValueError):
        pass
