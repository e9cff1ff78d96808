"""Every file the program reads is read through files.read_bounded: bounded, never blocking.

The class of bug: a read that trusts the path to be a small regular file. A FIFO with no
writer hung lint, graph, print and the reader; /dev/zero (as content or as the cache)
grew memory until it ran out. Each command below meets those files as a user could
hand them over; the timeouts only stop a regression from hanging the suite.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from explainer.core.files import NotRegularFile, TooLarge, read_bounded

from .conftest import MINI, ROOT

MEMORY_CAP = 1_000_000_000
"""The commands run under this address-space cap: reading /dev/zero without a bound hits it fast."""


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))

    full = {**os.environ, "NO_COLOR": "1", **(env or {})}
    full.pop("EXPLAINER_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "explainer", *args],
        capture_output=True,
        text=True,
        env=full,
        timeout=60,
        stdin=subprocess.DEVNULL,
        preexec_fn=cap,
        cwd=ROOT,
    )


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "content.yaml"
    os.mkfifo(path)
    return path


def one_line_error(result: subprocess.CompletedProcess[str], code: str) -> str:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and f"{code} " in lines[0], result.stderr
    return lines[0]


@pytest.mark.parametrize("command", [["lint"], ["graph"]])
def test_lint_and_graph_refuse_a_fifo_at_once(fifo: Path, command: list[str]) -> None:
    line = one_line_error(run(*command, str(fifo)), "L001")
    assert "FIFO" in line and ":1:1:" in line


@pytest.mark.parametrize("args", [["print", "--all"], ["--plain"]])
def test_print_and_plain_reader_refuse_a_fifo_as_content(fifo: Path, args: list[str], tmp_path: Path) -> None:
    line = one_line_error(run("--content", str(fifo), *args, env={"XDG_CACHE_HOME": str(tmp_path)}), "L001")
    assert "FIFO" in line


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_device_as_content_is_refused_without_reading_it(device: str, tmp_path: Path) -> None:
    one_line_error(run("lint", device), "L001")
    one_line_error(run("--plain", env={"EXPLAINER_CONTENT": device, "XDG_CACHE_HOME": str(tmp_path)}), "L001")


def test_a_symlink_to_dev_zero_as_content_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "content.yaml"
    link.symlink_to("/dev/zero")
    assert "a device" in one_line_error(run("lint", str(link)), "L001")


def cache_file_for(content: Path, cache_home: Path) -> Path:
    """Where the reader looks for its cache of this content (the same code, the same environment)."""
    script = (
        "import sys; from pathlib import Path; from explainer.core import cache; "
        "print(cache._cache_file(cache._cache_key(Path(sys.argv[1]))))"
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(cache_home)}
    out = subprocess.run([sys.executable, "-c", script, str(content)], capture_output=True, text=True, env=env)
    return Path(out.stdout.strip())


@pytest.mark.parametrize("damage", ["fifo", "dev-zero"])
def test_a_cache_that_is_a_fifo_or_dev_zero_means_parsing_as_usual(tmp_path: Path, damage: str) -> None:
    content = tmp_path / "mini.yaml"
    content.write_bytes(MINI.read_bytes())
    cache_home = tmp_path / "cache"
    target = cache_file_for(content, cache_home)
    target.parent.mkdir(parents=True)
    if damage == "fifo":
        os.mkfifo(target)
    else:
        target.symlink_to("/dev/zero")
    result = run("--content", str(content), "--plain", env={"XDG_CACHE_HOME": str(cache_home)})
    assert result.returncode == 0, result.stderr
    assert "Goodbye." in result.stdout


def test_read_bounded_reads_at_most_the_limit(tmp_path: Path) -> None:
    small = tmp_path / "small"
    small.write_bytes(b"x" * 10)
    assert read_bounded(small, 10) == b"x" * 10
    with pytest.raises(TooLarge):
        read_bounded(small, 9)
    assert b"Name:" in read_bounded(Path("/proc/self/status"), 1_000_000), "st_size 0 is not trusted"
    with pytest.raises(TooLarge):
        read_bounded(Path("/proc/self/maps"), 10), "a file larger than it says is still cut off"


def test_read_bounded_refuses_what_is_not_a_regular_file(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "fifo")
    for path in (tmp_path / "fifo", tmp_path, Path("/dev/zero"), Path("/dev/null")):
        with pytest.raises(NotRegularFile):
            read_bounded(path, 100)
