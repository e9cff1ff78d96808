"""Where content comes from, where the reader keeps its state and cache, and how file names are shown."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from .escape import visible

CONTENT_ENV = "EXPLAINER_CONTENT"
APP_NAME = "explainer"


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
    """The file name as the user should see it in messages: relative when under the cwd, and
    escaped (bytes that are not UTF-8, control characters), so printing it can never fail."""
    try:
        name = str(path.resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError):
        name = str(path)
    return visible(name)


def user_dir(kind: Literal["state", "cache"]) -> Path:
    """The explainer's folder of this kind for this user, by platformdirs.

    On Linux: $XDG_STATE_HOME/explainer or $XDG_CACHE_HOME/explainer when the variable is
    an absolute path (relative ones are ignored, as XDG says), else ~/.local/state/explainer
    or ~/.cache/explainer; the platform's own places on macOS and Windows.
    """
    import platformdirs  # deferred: lint and print never need it (the reader has it already, via Textual)

    if kind == "state":
        return platformdirs.user_state_path(APP_NAME, appauthor=False)
    return platformdirs.user_cache_path(APP_NAME, appauthor=False)


HANDOUT_DIR_ENV = "EXPLAINER_HANDOUT_DIR"


def handout_folder() -> Path:
    """Where the presenter's handouts go: $EXPLAINER_HANDOUT_DIR, else the Documents folder, else home.

    Never the current folder, which for a presenter is wherever the terminal happened to be.
    """
    chosen = os.environ.get(HANDOUT_DIR_ENV)
    if chosen and Path(chosen).is_absolute():
        return Path(chosen)
    import platformdirs

    documents = platformdirs.user_documents_path()  # XDG_DOCUMENTS_DIR on Linux, ~/Documents elsewhere
    return documents if documents.is_dir() else Path.home()
