"""The reader's content cache: used when fresh, ignored when stale, corrupt or unwritable."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from explainer.core import cache
from explainer.core.cache import load_for_reading

from .conftest import MINI


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache" / "explainer"


def copy_mini(tmp_path: Path) -> Path:
    path = tmp_path / "content.yaml"
    path.write_text(MINI.read_text(encoding="utf-8"), encoding="utf-8")
    return path


def test_first_load_writes_the_cache_and_the_second_uses_it(tmp_path: Path, cache_home: Path) -> None:
    path = copy_mini(tmp_path)
    first = load_for_reading(path)
    files = list(cache_home.glob("content-*.msgpack"))
    assert len(files) == 1
    assert first.locator is not None, "parsed from YAML"
    second = load_for_reading(path)
    assert second.locator is None, "read from the cache"
    assert second.content == first.content


def test_an_edit_makes_the_cache_stale(tmp_path: Path, cache_home: Path) -> None:
    path = copy_mini(tmp_path)
    load_for_reading(path)
    path.write_text(path.read_text().replace("title: A fact", "title: A changed fact"), encoding="utf-8")
    os.utime(path, ns=(1, 1))  # a different modification time, whatever the clock's resolution
    again = load_for_reading(path)
    assert again.sections["fact"].title == "A changed fact"


def test_corrupt_cache_falls_back_to_parsing(tmp_path: Path, cache_home: Path) -> None:
    path = copy_mini(tmp_path)
    load_for_reading(path)
    [cached] = list(cache_home.glob("content-*.msgpack"))
    cached.write_bytes(b"\x00garbage")
    explainer = load_for_reading(path)
    assert explainer.sections["fact"].title == "A fact"


def test_unwritable_cache_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    explainer = load_for_reading(copy_mini(tmp_path))
    assert explainer.sections["fact"].title == "A fact"


def test_no_write_leaves_no_file(tmp_path: Path, cache_home: Path) -> None:
    load_for_reading(copy_mini(tmp_path), write=False)
    assert not cache_home.exists()


def test_a_cache_hit_does_not_import_yaml(tmp_path: Path, cache_home: Path) -> None:
    path = copy_mini(tmp_path)
    load_for_reading(path)
    script = (
        "import sys; from pathlib import Path; from explainer.core.cache import load_for_reading;"
        f"e = load_for_reading(Path({str(path)!r})); print(e.locator is None, 'yaml' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "XDG_CACHE_HOME": str(cache_home.parent)},
    ).stdout.split()
    assert out == ["True", "False"]


def test_cache_dir_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/ignored")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert cache.cache_dir() == tmp_path / ".cache" / "explainer"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.cache_dir() == tmp_path / "xdg" / "explainer"


def test_state_dir_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from explainer.core.state import state_dir

    monkeypatch.setenv("XDG_STATE_HOME", "relative/ignored")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert state_dir() == tmp_path / ".local" / "state" / "explainer"
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg"))
    assert state_dir() == tmp_path / "xdg" / "explainer"


def test_a_file_for_another_key_is_not_used(tmp_path: Path, cache_home: Path) -> None:
    import msgspec

    path = copy_mini(tmp_path)
    other = load_for_reading(path)
    [cached] = list(cache_home.glob("content-*.msgpack"))
    changed = msgspec.structs.replace(other.content, start="fact")
    cached.write_bytes(msgspec.msgpack.encode(("another key", changed)))
    assert load_for_reading(path).content.start == "welcome"


def test_the_cached_model_has_no_string_annotations() -> None:
    """Every struct a cache hit decodes is annotated with types, not strings.

    With `from __future__ import annotations` in a model module, msgspec evaluates each
    field's string on the reader's first decode, about 4 ms of every start (measured).
    """
    import msgspec

    from explainer.core.model import Content

    seen: set[type] = set()
    todo: list[object] = [Content]
    while todo:
        kind = todo.pop()
        if isinstance(kind, type) and issubclass(kind, msgspec.Struct) and kind not in seen:
            seen.add(kind)
            strings = [name for name, note in vars(kind).get("__annotations__", {}).items() if isinstance(note, str)]
            assert not strings, f"{kind.__module__}.{kind.__qualname__}: string annotations {strings}"
            todo.extend(kind.__subclasses__())
            todo.extend(vars(kind).get("__annotations__", {}).values())
        todo.extend(getattr(kind, "__args__", ()))
    assert len(seen) > 10  # the walk reached the kinds, not only Content
