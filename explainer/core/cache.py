"""A cache of validated content, so the reader starts without parsing YAML again.

The key is the program's version and the file's path, size and modification time; the
value is the model encoded with msgspec's msgpack, written atomically. Anything wrong with the cache (missing,
stale, corrupt, unwritable) just means parsing the YAML as usual.
"""

from __future__ import annotations

import contextlib
import zlib
from pathlib import Path

import msgspec

from .. import __version__
from .explainer import Explainer
from .files import atomic_write
from .model import Content
from .paths import display_name, user_dir


def cache_dir() -> Path:
    return user_dir("cache")


def _cache_key(path: Path) -> str | None:
    """What makes cached content valid: version, real path, size and modification time."""
    try:
        stat = path.stat()
        real = path.resolve()
    except OSError:
        return None
    return f"{__version__}|{real}|{stat.st_size}|{stat.st_mtime_ns}"


def _cache_file(key: str) -> Path:
    return cache_dir() / f"content-{zlib.crc32(key.encode()):08x}.msgpack"


def load_for_reading(path: Path, *, write: bool = True) -> Explainer:
    """The content for the reader: from the cache when it is fresh, else parsed (and cached)."""
    shown = display_name(path)
    key = _cache_key(path)
    if key is not None:
        try:
            stored_key, content = msgspec.msgpack.decode(_cache_file(key).read_bytes(), type=tuple[str, Content])
            if stored_key == key:  # the file name is a short hash; the key inside is the proof
                return Explainer(content, shown)
        except (OSError, msgspec.DecodeError, msgspec.ValidationError):
            pass
    from .loader import load  # parsing needs PyYAML; a cache hit does not

    explainer = load(path, shown)
    if write and key is not None:
        with contextlib.suppress(OSError):  # no cache is fine: the next start parses again
            atomic_write(_cache_file(key), msgspec.msgpack.encode((key, explainer.content)), make_parents=True)
    return explainer
