"""Opt-in resume: the reader's history saved under the XDG state directory.

Saving is off until the reader turns it on. A missing, corrupt or unwritable state file
is reported once and otherwise ignored; it is never fatal, and it is written atomically
(a temporary file, then os.replace) so a crash cannot leave half a file.
"""

from __future__ import annotations

from pathlib import Path

import msgspec

from .files import atomic_write
from .history import History
from .paths import xdg_dir

STATE_VERSION = 1


def state_dir() -> Path:
    """$XDG_STATE_HOME/explainer, else ~/.local/state/explainer."""
    return xdg_dir("XDG_STATE_HOME", ".local/state")


def default_state_path() -> Path:
    return state_dir() / "history.json"


class StateStore(msgspec.Struct):
    """Reads and writes one state file; remembers the first problem to report it once."""

    path: Path = msgspec.field(default_factory=default_state_path)
    problem: str | None = None
    _reported: bool = False
    foreign: bool = False
    """The file holds another content's place (or a newer version's): it is left alone."""
    _known: str | None = None
    """The file's text when this store last read or wrote it: a different text means another window saved."""

    @property
    def enabled(self) -> bool:
        """The reader opted in: the file exists (turning saving off deletes it)."""
        try:
            return self.path.is_file()
        except OSError:
            return False

    def load(self, content_key: str, known: set[str]) -> History | None:
        """The saved history for this content, or None (missing, other content, or unreadable)."""
        try:
            raw = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except (OSError, UnicodeDecodeError) as exc:
            self._note(f"could not read saved place ({self.path}): {_reason(exc)}; starting fresh")
            return None
        self._known = raw
        try:
            data = msgspec.json.decode(raw)
            if data.get("version") != STATE_VERSION or data.get("content") != content_key:
                self.foreign = True
                return None
            entries = [e for e in data["entries"] if isinstance(e, str)]
            history = History(entries, int(data["index"]), {s for s in data.get("seen", []) if isinstance(s, str)})
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            self._note(f"saved place ({self.path}) is damaged ({_reason(exc)}); starting fresh")
            return None
        history.restrict_to(known)
        return history if history.entries else None

    def save(self, content_key: str, history: History, *, replace: bool = False) -> bool:
        """Write atomically; False (and a note, once) when that is not possible.

        Unless `replace` (the reader pressed r), a file another window or another content
        wrote since this store last saw it is never overwritten: the first writer keeps it.
        """
        if not replace and self._changed_elsewhere():
            self._note(
                f"another explainer window (or other content) is using the saved place ({self.path}); "
                "this window will not overwrite it (press r to save here instead)"
            )
            return False
        payload = {
            "version": STATE_VERSION,
            "content": content_key,
            "entries": history.entries,
            "index": history.index,
            "seen": sorted(history.seen),
        }
        encoded = msgspec.json.encode(payload)
        try:
            atomic_write(self.path, encoded, make_parents=True)
        except OSError as exc:
            self._note(f"could not save your place ({self.path}): {_reason(exc)}")
            return False
        self._known = encoded.decode("utf-8")
        self.foreign = False
        return True

    def _changed_elsewhere(self) -> bool:
        if self.foreign:
            return True
        try:
            current = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            current = None
        except (OSError, UnicodeDecodeError):
            return False  # unreadable: the write will report its own problem
        return current != self._known

    def forget(self) -> bool:
        """Turn saving off: delete the file."""
        try:
            self.path.unlink(missing_ok=True)
            self._known = None
            self.foreign = False
        except OSError as exc:
            self._note(f"could not delete saved place ({self.path}): {_reason(exc)}")
            return False
        return True

    def take_problem(self) -> str | None:
        """The problem to show the reader, only the first time it is asked for."""
        if self.problem is None or self._reported:
            return None
        self._reported = True
        return self.problem

    def _note(self, message: str) -> None:
        if self.problem is None:
            self.problem = message


def _reason(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
