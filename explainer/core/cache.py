"""A cache of validated content, so the reader starts without parsing YAML again.

The key is the program's version and the file's path, size and modification time; the
value is the model encoded with msgspec's msgpack. Anything wrong with the cache (missing,
stale, corrupt, unwritable) just means parsing the YAML as usual.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

import msgspec

from .. import __version__
from .explainer import Explainer
from .model import Content
from .paths import display_name, xdg_dir


def cache_dir() -> Path:
    return xdg_dir("XDG_CACHE_HOME", ".cache")


def _cache_file(path: Path) -> Path | None:
    try:
        stat = path.stat()
        real = path.resolve()
    except OSError:
        return None
    key = f"{__version__}|{real}|{stat.st_size}|{stat.st_mtime_ns}".encode()
    return cache_dir() / f"content-{hashlib.sha256(key).hexdigest()[:32]}.msgpack"


def load_for_reading(path: Path, *, write: bool = True) -> Explainer:
    """The content for the reader: from the cache when it is fresh, else parsed (and cached)."""
    shown = display_name(path)
    cached = _cache_file(path)
    if cached is not None:
        try:
            content = msgspec.msgpack.decode(cached.read_bytes(), type=Content)
            return Explainer(content, shown)
        except (OSError, msgspec.DecodeError, msgspec.ValidationError):
            pass
    from .loader import load  # parsing needs PyYAML; a cache hit does not

    explainer = load(path, shown)
    if write and cached is not None:
        _write(cached, msgspec.msgpack.encode(explainer.content))
    return explainer


def _write(target: Path, data: bytes) -> None:
    """Atomically, and silently give up when the cache cannot be written."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=".content-", suffix=".tmp", dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(temp, target)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except OSError:
        return
