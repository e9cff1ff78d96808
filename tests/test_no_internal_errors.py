"""The review's remaining "internal error" (exit 70) cases: each is now one line and a sensible code.

The classes of bug: (1) an operating-system error with no handler above it (a full
output device) now ends in one line, exit 74 (EX_IOERR), from one handler in main;
(2) names from the command line that are not UTF-8 could not be printed under a strict
UTF-8 locale: stdout and stderr now escape what they cannot encode, and every file
name in a message passes through one escape; (3) an option checked only after work
was done (`--theme` for snapshot) or parsed with `str.isdigit` (`²`).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .conftest import ROOT


def run(*args: str | bytes, cwd: Path, stdout: int | None = None, strict: bool = False) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_COLOR": "1", "XDG_CACHE_HOME": str(cwd / ".cache")}
    env.pop("EXPLAINER_DEBUG", None)
    if strict:
        env["PYTHONIOENCODING"] = "utf-8"  # strict, as under en_US.UTF-8
    return subprocess.run(
        [sys.executable, "-m", "explainer", *args],
        stdout=stdout if stdout is not None else subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        cwd=cwd,
        env=env,
        timeout=120,
    )


def one_line(stderr: bytes) -> str:
    text = stderr.decode("utf-8", "replace")
    assert "internal error" not in text and "Traceback" not in text, text
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    return lines[0]


def test_output_to_a_full_device_is_one_line_and_exit_74(tmp_path: Path) -> None:
    with open("/dev/full", "wb") as full:
        for args in (["schema"], ["print", "--all"], ["graph"], ["rules"]):
            result = run(*args, cwd=tmp_path, stdout=full.fileno())
            assert result.returncode == 74, (args, result.stderr)
            assert one_line(result.stderr) == "explainer: cannot write the output: No space left on device"


def test_snapshot_with_an_unknown_theme_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    result = run("--theme", "nope", "snapshot", "welcome", "--out", "snap", cwd=tmp_path)
    assert result.returncode == 2
    assert one_line(result.stderr).startswith("explainer snapshot: unknown theme 'nope'; choose from: ")
    assert not (tmp_path / "snap").exists()


def test_snapshot_size_with_digits_that_are_not_ascii_is_a_usage_error(tmp_path: Path) -> None:
    result = run("snapshot", "welcome", "--size", "²x²", "--out", "snap", cwd=tmp_path)
    assert result.returncode == 2
    assert "bad --size" in one_line(result.stderr)


def test_a_file_name_that_is_not_utf8_can_be_linted_under_a_strict_locale(tmp_path: Path) -> None:
    name = b"\xff\xfe-content.yaml"
    (tmp_path / os.fsdecode(name)).write_bytes((ROOT / "content.yaml").read_bytes())
    (tmp_path / "content.quotes.lock").write_bytes((ROOT / "content.quotes.lock").read_bytes())
    result = run("lint", name, cwd=tmp_path, strict=True)
    assert result.returncode == 0, result.stderr
    assert one_line(result.stderr).startswith("\\udcff\\udcfe-content.yaml: 0 error(s)")
    missing = run("lint", b"\xff-missing.yaml", cwd=tmp_path, strict=True)
    assert missing.returncode == 2
    assert one_line(missing.stderr) == "\\udcff-missing.yaml:1:1: L001 no such file"


def test_export_to_a_name_that_is_not_utf8_writes_and_says_so(tmp_path: Path) -> None:
    result = run("export", "welcome", "--out", b"out-\xff.html", cwd=tmp_path, strict=True)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / os.fsdecode(b"out-\xff.html")).is_file()
    assert result.stderr == b""
