"""Every output is written through files.atomic_write / write_new: whole or not at all, no-follow.

The class of bug: an output written in place (`open(..., "x")`, `write_text`), which
leaves half a file when the write fails, follows a dangling symlink, or replaces a
device node. Each test meets the real CLI the way the review's reproductions did.
"""

from __future__ import annotations

import os
import resource
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from explainer.core.files import NotRegularFile, atomic_write, write_new

from .conftest import ROOT


def run(*args: str, cwd: Path, file_limit: int | None = None) -> subprocess.CompletedProcess[str]:
    """The real CLI under umask 022 (and a file size limit, like `ulimit -f`)."""

    def limits() -> None:
        os.umask(0o022)
        if file_limit is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_limit, file_limit))

    env = {**os.environ, "NO_COLOR": "1", "XDG_CACHE_HOME": str(cwd / ".cache")}
    env.pop("EXPLAINER_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "explainer", "--content", str(ROOT / "content.yaml"), *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=120,
        stdin=subprocess.DEVNULL,
        preexec_fn=limits,
    )


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != ".cache")


def test_export_that_fails_mid_write_leaves_no_half_file(tmp_path: Path) -> None:
    result = run("export", "welcome", "help-now", "--out", "part.html", cwd=tmp_path, file_limit=2048)
    assert result.returncode == 2
    assert "cannot write part.html" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert leftovers(tmp_path) == [], "no half-written handout, no temporary file"


def test_snapshot_that_fails_mid_write_leaves_no_half_file(tmp_path: Path) -> None:
    result = run("snapshot", "welcome", "--out", "snap", cwd=tmp_path, file_limit=4096)
    assert result.returncode == 2, result.stderr
    assert leftovers(tmp_path / "snap") == []
    again = run("snapshot", "welcome", "--out", "snap", cwd=tmp_path)
    assert again.returncode == 0, "a failed run leaves nothing that blocks the next"


def test_snapshot_does_not_follow_a_dangling_symlink(tmp_path: Path) -> None:
    victim = tmp_path / "victim"
    (tmp_path / "snap").mkdir()
    (tmp_path / "snap" / "welcome-80x24.svg").symlink_to(victim)
    result = run("snapshot", "welcome", "--out", "snap", cwd=tmp_path)
    assert result.returncode == 2 and "already exists" in result.stderr
    assert not victim.exists()


def test_forced_export_refuses_a_target_that_is_not_a_regular_file(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.html")
    result = run("export", "welcome", "--out", "pipe.html", "--force", cwd=tmp_path)
    assert result.returncode == 2 and "not a regular file" in result.stderr
    assert stat.S_ISFIFO(os.lstat(tmp_path / "pipe.html").st_mode), "the FIFO is still there"


def test_forced_and_new_exports_get_the_same_mode_from_the_umask(tmp_path: Path) -> None:
    assert run("export", "welcome", "--out", "new.html", cwd=tmp_path).returncode == 0
    (tmp_path / "old.html").write_text("old")
    (tmp_path / "old.html").chmod(0o600)
    assert run("export", "welcome", "--out", "old.html", "--force", cwd=tmp_path).returncode == 0
    modes = {stat.S_IMODE((tmp_path / name).stat().st_mode) for name in ("new.html", "old.html")}
    assert modes == {0o644}


def test_forced_write_replaces_a_symlink_itself_never_its_target(tmp_path: Path) -> None:
    target = tmp_path / "target"
    target.write_text("keep me")
    link = tmp_path / "link"
    link.symlink_to(target)
    atomic_write(link, b"new")
    assert target.read_text() == "keep me"
    assert not link.is_symlink() and link.read_bytes() == b"new"


def test_write_new_refuses_devices_and_keeps_existing_files(tmp_path: Path) -> None:
    with pytest.raises(NotRegularFile):
        atomic_write(Path("/dev/null"), b"x")
    existing = tmp_path / "exists"
    existing.write_text("mine")
    with pytest.raises(FileExistsError):
        write_new(existing, "theirs")
    assert existing.read_text() == "mine"
    assert leftovers(tmp_path) == ["exists"]


ALLOWED_FILE_IO = {"explainer/core/files.py", "explainer/ui/styles.py"}
"""files.py is the one read and write path; styles.py reads the package's own .tcss files."""
PATH_METHODS = {"read_text", "read_bytes", "write_text", "write_bytes", "open"}
OS_CALLS = {"open", "replace", "rename", "link", "mkstemp", "mkfifo"}


def file_io_calls(source: str) -> list[tuple[int, str]]:
    """Calls that read or write a file by themselves: open(), x.read_text() ..., os.open() ..."""
    import ast

    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Name) and func.id == "open":
            found.append((node.lineno, "open()"))
        elif isinstance(func, ast.Attribute):
            owner = func.value.id if isinstance(func.value, ast.Name) else ""
            if func.attr in PATH_METHODS and owner not in ("os", "tempfile"):
                found.append((node.lineno, f".{func.attr}()"))
            elif owner in ("os", "tempfile") and func.attr in OS_CALLS:
                found.append((node.lineno, f"{owner}.{func.attr}()"))
    return found


def test_every_file_read_and_write_goes_through_files_py() -> None:
    """So the class cannot come back: no other module opens, reads or writes a file by itself."""
    found = []
    for path in sorted((ROOT / "explainer").rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        if name not in ALLOWED_FILE_IO:
            found += [f"{name}: {call}" for _, call in file_io_calls(path.read_text(encoding="utf-8"))]
    assert found == []
    assert file_io_calls("from pathlib import Path\nPath('x').write_text('y')\n"), "the check itself works"


def test_temporary_files_left_by_a_killed_writer_are_removed_on_the_next_save(tmp_path: Path) -> None:
    """kill -9 while saving left `.history.json-XXXX.tmp` files (5 in 50) that nothing removed."""
    target = tmp_path / "history.json"
    stale = tmp_path / ".history.json-abc123.tmp"
    fresh = tmp_path / ".history.json-def456.tmp"  # perhaps another instance writing right now
    other = tmp_path / ".other.json-abc123.tmp"
    for leftover in (stale, fresh, other):
        leftover.write_text("{")
    hour_ago = time.time() - 3600
    os.utime(stale, (hour_ago, hour_ago))
    os.utime(other, (hour_ago, hour_ago))
    atomic_write(target, b"{}", private=True)
    assert not stale.exists() and fresh.exists() and other.exists()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
