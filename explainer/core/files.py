"""Writing files without ever leaving half of one, or losing one the user had."""

from __future__ import annotations

import os
from pathlib import Path


def atomic_write(path: Path, data: bytes, *, make_parents: bool = False) -> None:
    """Write data to a temporary file beside path, flush it to disk, then rename it over path.

    Readers see the old file or the new one, never a mix. Raises OSError with the reason.
    """
    import tempfile  # only when writing: it is slow to import, and start-up never writes

    if make_parents:
        path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def write_new(path: Path, text: str, *, force: bool = False) -> None:
    """Create path with text; an existing file is kept unless force (then replaced atomically).

    Raises FileExistsError or OSError with the reason; nothing is left half-written.
    """
    if force:
        atomic_write(path, text.encode("utf-8"))
        return
    with path.open("x", encoding="utf-8") as handle:
        handle.write(text)


def free_name(folder: Path, stem: str, suffix: str) -> Path:
    """stem.suffix, or stem-2.suffix, stem-3.suffix ... whichever does not exist yet."""
    candidate = folder / f"{stem}{suffix}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{number}{suffix}"
        number += 1
    return candidate
