"""`pip install .` from a copy of the repo ships content.yaml inside the package."""

from __future__ import annotations

import os
import shutil
import site
import subprocess
import sys
import venv
from pathlib import Path

from .conftest import ROOT


def _copy_repo(dest: Path) -> Path:
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=False).stdout.split()
    files = tracked or [str(p.relative_to(ROOT)) for p in ROOT.rglob("*") if p.is_file() and ".git" not in p.parts]
    for name in files:
        source = ROOT / name
        if source.is_file():
            target = dest / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    for name in ("pyproject.toml", "README.md", "content.yaml", "content.quotes.lock"):  # in case they are untracked
        shutil.copy2(ROOT / name, dest / name)
    shutil.copytree(
        ROOT / "explainer", dest / "explainer", dirs_exist_ok=True, ignore=shutil.ignore_patterns("__pycache__")
    )
    return dest


def test_pip_install_ships_content(tmp_path: Path) -> None:
    repo = _copy_repo(tmp_path / "repo")
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    # Dependencies come from this test environment (offline and fast); the package itself is really built and installed.
    purelib = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    Path(purelib, "deps.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    install = subprocess.run(
        [python, "-m", "pip", "install", "--no-deps", "--no-build-isolation", "--no-index", "-q", str(repo)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"},
    )
    assert install.returncode == 0, install.stderr
    shutil.rmtree(repo)  # the installed package must not need the checkout
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("EXPLAINER_CONTENT", "PYTHONPATH")}
    where = subprocess.run(
        [python, "-c", "import explainer, pathlib; print(pathlib.Path(explainer.__file__).parent)"],
        capture_output=True,
        text=True,
        cwd=elsewhere,
        env=env,
        check=True,
    ).stdout.strip()
    assert where.startswith(str(env_dir)), where
    assert (Path(where) / "content.yaml").is_file()
    # The record of verified quotes ships beside it, so lint passes without the articles.
    assert (Path(where) / "content.quotes.lock").is_file()
    env["EXPLAINER_SOURCES"] = ""
    linted = subprocess.run(
        [python, "-m", "explainer", "lint", "--ignore", "W214"], capture_output=True, text=True, cwd=elsewhere, env=env
    )
    assert linted.returncode == 0, linted.stdout + linted.stderr
    stylesheets = {str(p.relative_to(ROOT / "explainer")) for p in (ROOT / "explainer").rglob("*.tcss")}
    installed = {str(p.relative_to(where)) for p in Path(where).rglob("*.tcss")}
    assert len(stylesheets) > 1 and stylesheets == installed, "every .tcss ships in the wheel"
    lint = subprocess.run(
        [env_dir / "bin" / "explainer", "lint"], capture_output=True, text=True, cwd=elsewhere, env=env, check=False
    )
    assert lint.returncode == 0, lint.stdout + lint.stderr
    assert "0 error(s)" in lint.stderr
    assert sys.executable != str(python)
