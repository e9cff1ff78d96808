"""Live preview for authors: notice each save of the content file, and check it before it is shown.

Uses watchfiles (Rust `notify`: inotify on Linux, FSEvents on macOS) through its asyncio
API, so the app's own event loop waits on the kernel's events instead of polling. It
watches the file's folder, not the file: editors save by writing a new file and renaming
it over the old one, which a watch on the old file would not survive. watchfiles is
imported only here, and this module only with --watch.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

from .diagnostics import ContentError, Diagnostic
from .explainer import Explainer

DEBOUNCE_MS = 30
"""Events this close together are one save (an editor's write, rename and chmod)."""
STEP_MS = 10
"""How often watchfiles looks at its event queue while a save is settling."""


async def saves(path: Path) -> AsyncIterator[None]:
    """One item for each burst of changes to the file (written, replaced, created again)."""
    from watchfiles import awatch

    target = path.resolve()
    folder = target.parent

    def is_target(_change: object, changed: str) -> bool:
        return Path(changed) == target

    async for _ in awatch(
        folder, watch_filter=is_target, debounce=DEBOUNCE_MS, step=STEP_MS, recursive=False, rust_timeout=1000
    ):
        yield


class Checked:
    """A loaded file's verdict: the explainer when it may be shown, and every problem found."""

    def __init__(self, explainer: Explainer | None, problems: list[Diagnostic], *, missing: bool = False) -> None:
        self.explainer = explainer
        self.problems = problems
        self.missing = missing
        """The file is gone for now (between an editor's delete and its rename): wait for the next save."""

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.problems if d.severity == "error"]


def check(path: Path, shown: str | None = None) -> Checked:
    """Load and lint the file; an explainer only when it loads and lint finds no error."""
    from .lint import lint
    from .loader import load

    try:
        explainer = load(path, shown)
    except ContentError as exc:
        missing = exc.diagnostic.code == "L001" and not path.exists()
        return Checked(None, exc.diagnostics, missing=missing)
    problems = [d for d in lint(explainer) if d.severity != "info"]
    blocked = any(d.severity == "error" for d in problems)
    return Checked(None if blocked else explainer, problems)
