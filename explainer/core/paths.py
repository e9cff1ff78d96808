"""Where content comes from, and how file names are shown in messages."""

from __future__ import annotations

import os
from pathlib import Path

CONTENT_ENV = "EXPLAINER_CONTENT"


def default_content_path() -> Path:
    """The content shipped with the package (inside the wheel), or the checkout's copy."""
    packaged = Path(__file__).resolve().parent.parent / "content.yaml"
    if packaged.is_file():
        return packaged
    return Path(__file__).resolve().parent.parent.parent / "content.yaml"


def resolve_content_path(given: str | os.PathLike[str] | None) -> Path:
    """--content wins, then $EXPLAINER_CONTENT, then the packaged content."""
    if given:
        return Path(given)
    from_env = os.environ.get(CONTENT_ENV)
    if from_env:
        return Path(from_env)
    return default_content_path()


def display_name(path: Path) -> str:
    """The file name as the user should see it in messages: relative when under the cwd."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError):
        return str(path)


def xdg_dir(variable: str, fallback: str) -> Path:
    """$VARIABLE/explainer when it is an absolute path, else ~/FALLBACK/explainer (XDG rules)."""
    base = os.environ.get(variable)
    if base and Path(base).is_absolute():
        return Path(base) / "explainer"
    return Path.home() / fallback / "explainer"


HANDOUT_DIR_ENV = "EXPLAINER_HANDOUT_DIR"


def handout_folder() -> Path:
    """Where the presenter's handouts go: $EXPLAINER_HANDOUT_DIR, else ~/Documents, else the home folder.

    Never the current folder, which for a presenter is wherever the terminal happened to be.
    """
    chosen = os.environ.get(HANDOUT_DIR_ENV)
    if chosen and Path(chosen).is_absolute():
        return Path(chosen)
    documents = Path.home() / "Documents"
    return documents if documents.is_dir() else Path.home()
