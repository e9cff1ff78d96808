"""Shared fixtures: the tiny valid content, and a way to run the real CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
MINI = FIXTURES / "mini.yaml"


FIXED_TODAY = "2026-11-21"
"""What the CLI believes today is in tests (EXPLAINER_TODAY): no test turns red by the calendar alone."""


def shared_sources() -> Path:
    """The five article texts: `../shared/sources` beside the checkout (or beside one of its parents).

    They are other people's words and are never copied into the project; CI provides them there.
    """
    for parent in (ROOT, *ROOT.parents):
        folder = parent.parent / "shared" / "sources"
        if (folder / "003_5908b6a71640ec97.txt").is_file():
            return folder
    raise AssertionError(f"the source articles are not in a shared/sources folder beside {ROOT} or its parents")


@pytest.fixture(autouse=True)
def _handouts_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A presenter's `e` writes to the Documents folder: in tests, never the real one."""
    monkeypatch.setenv("EXPLAINER_HANDOUT_DIR", str(tmp_path / "handouts"))


@pytest.fixture(autouse=True)
def _unicode_glyphs_after_each_test() -> Iterator[None]:
    """The glyph table is the process's (an --ascii app sets it once): a test that ran one in
    ASCII must not leave its table to the next test on the same worker."""
    yield
    from explainer.ui import glyphs

    glyphs.use(False)


@dataclass
class Result:
    code: int
    out: str
    err: str


def run_cli(
    *args: str,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    timeout: float = 60,
    no_color: bool = True,
    input: str | None = None,
) -> Result:
    """Run `python -m explainer ARGS` as a user would, capturing both streams (and typing `input`)."""
    full_env = {**os.environ, "EXPLAINER_TODAY": FIXED_TODAY, **({"NO_COLOR": "1"} if no_color else {}), **(env or {})}
    if not no_color:
        full_env.pop("NO_COLOR", None)
    full_env.pop("EXPLAINER_DEBUG", None)
    proc = subprocess.run(
        [sys.executable, "-m", "explainer", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=full_env,
        timeout=timeout,
        **({"input": input} if input is not None else {"stdin": subprocess.DEVNULL}),
    )
    return Result(proc.returncode, proc.stdout, proc.stderr)


@pytest.fixture
def cli():
    return run_cli


@pytest.fixture
def mini_text() -> str:
    return MINI.read_text(encoding="utf-8")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--slow", action="store_true", help="run the fuzz tests with many more examples")


@pytest.fixture
def fuzz_examples(request: pytest.FixtureRequest) -> int:
    """200 examples in a normal run (and in CI), 1,000 with --slow."""
    return 1000 if request.config.getoption("--slow") else 200
