"""Writing files the user asked for without ever losing one they had."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_new(path: Path, text: str, *, force: bool = False) -> None:
    """Create path with text; an existing file is kept unless force (then replaced atomically).

    Raises FileExistsError or OSError with the reason; nothing is left half-written.
    """
    if not force:
        with path.open("x", encoding="utf-8") as handle:
            handle.write(text)
        return
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}-", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def free_name(folder: Path, stem: str, suffix: str) -> Path:
    """stem.suffix, or stem-2.suffix, stem-3.suffix ... whichever does not exist yet."""
    candidate = folder / f"{stem}{suffix}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{number}{suffix}"
        number += 1
    return candidate
