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
from .files import atomic_write, read_bounded
from .model import Content
from .paths import display_name, user_dir

MAX_CACHE_BYTES = 64_000_000
"""The cache of content at the 16 MB YAML limit is far smaller; a larger file is not ours (or is /dev/zero)."""


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
            raw = read_bounded(_cache_file(key), MAX_CACHE_BYTES)  # a FIFO or /dev/zero is refused
            stored_key, content = msgspec.msgpack.decode(raw, type=tuple[str, Content])
            if stored_key == key:  # the file name is a short hash; the key inside is the proof
                return Explainer(content, shown)
        except (OSError, ValueError, RecursionError, msgspec.DecodeError, msgspec.ValidationError):
            pass
    from .loader import load  # parsing needs PyYAML; a cache hit does not

    explainer = load(path, shown)
    if write and key is not None:
        with contextlib.suppress(OSError):  # no cache is fine: the next start parses again
            data = msgspec.msgpack.encode((key, explainer.content))
            atomic_write(_cache_file(key), data, make_parents=True, private=True)
    return explainer
