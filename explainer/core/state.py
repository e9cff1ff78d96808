"""Opt-in resume: the reader's history saved under the XDG state directory.

Saving is off until the reader turns it on. A missing, corrupt or unwritable state file
is reported once and otherwise ignored; it is never fatal, and it is written atomically
(a temporary file, then os.replace) so a crash cannot leave half a file.
"""

from __future__ import annotations

from pathlib import Path

import msgspec

from .files import atomic_write, read_bounded
from .history import History
from .paths import user_dir

STATE_VERSION = 1

MAX_STATE_BYTES = 1_000_000
"""A saved place of MAX_ENTRIES ids is a few tens of KB; anything much larger is damage."""


class SavedPlace(msgspec.Struct):
    """The state file's shape, decoded strictly: anything else is a damaged file."""

    version: int
    content: str
    entries: list[str]
    index: int = 0
    seen: list[str] = msgspec.field(default_factory=list)
    questions: list[str] = msgspec.field(default_factory=list)


def state_dir() -> Path:
    """$XDG_STATE_HOME/explainer, else ~/.local/state/explainer (on Linux)."""
    return user_dir("state")


def default_state_path() -> Path:
    return state_dir() / "history.json"


class StateStore(msgspec.Struct):
    """Reads and writes one state file; remembers the first problem to report it once."""

    path: Path = msgspec.field(default_factory=default_state_path)
    problem: str | None = None
    unusable: bool = False
    """load() found a file it cannot use (damaged, unreadable, or from a newer version): it is
    treated as absent, so saving stays off and the file is left alone until the reader turns
    saving on again (r), which replaces it."""
    _reported: bool = False
    foreign: bool = False
    """The file holds another content's place (or a newer version's): it is left alone."""
    _known: bytes | None = None
    """The file's bytes when this store last read or wrote it: different bytes mean another window saved."""

    @property
    def enabled(self) -> bool:
        """The reader opted in: the file exists (turning saving off deletes it) and could be used."""
        try:
            return self.path.is_file() and not self.unusable
        except OSError:
            return False

    def load(self, content_key: str, known: set[str]) -> History | None:
        """The saved history for this content, or None (missing, other content, damaged or unreadable).

        Any damage (bad JSON, wrong types, nesting deep enough to exhaust the decoder, a
        FIFO or a huge file) is treated as no saved place, and reported once.
        """
        try:
            raw = read_bounded(self.path, MAX_STATE_BYTES)
        except FileNotFoundError:
            return None
        except OSError as exc:
            self._unusable(f"could not read saved place ({self.path}): {_reason(exc)}; starting fresh")
            return None
        self._known = raw
        try:
            saved = msgspec.json.decode(raw, type=SavedPlace)
        except (msgspec.DecodeError, msgspec.ValidationError, UnicodeDecodeError, RecursionError) as exc:
            if _newer_version(raw):
                self._unusable(f"saved place ({self.path}) is from a newer explainer; leaving it as it is")
            else:
                self._unusable(f"saved place ({self.path}) is damaged ({_reason(exc)}); starting fresh")
            return None
        if saved.version > STATE_VERSION:
            self._unusable(f"saved place ({self.path}) is from a newer explainer; leaving it as it is")
            return None
        if saved.version != STATE_VERSION or saved.content != content_key:
            self.foreign = True  # another content's place: never overwritten unless the reader presses r
            return None
        if not saved.entries:
            return None
        history = History(saved.entries, saved.index, set(saved.seen))
        history.restrict_to(known)
        return history if history.entries else None

    def load_questions(self, content_key: str) -> list[str]:
        """The reader's saved questions for their clinician ('My questions'), or none.

        Problems are left to load(), which reads the same file and reports them once.
        """
        try:
            saved = msgspec.json.decode(read_bounded(self.path, MAX_STATE_BYTES), type=SavedPlace)
        except (OSError, msgspec.DecodeError, msgspec.ValidationError, UnicodeDecodeError, RecursionError):
            return []
        if saved.version != STATE_VERSION or saved.content != content_key:
            return []
        return saved.questions

    def save(
        self, content_key: str, history: History, questions: list[str] | None = None, *, replace: bool = False
    ) -> bool:
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
            "questions": list(questions or []),
        }
        encoded = msgspec.json.encode(payload)
        try:
            atomic_write(self.path, encoded, make_parents=True, private=True)
        except OSError as exc:
            self._note(f"could not save your place ({self.path}): {_reason(exc)}")
            return False
        self._known = encoded
        self.foreign = False
        self.unusable = False  # the reader chose to save: the file is ours again
        return True

    def _changed_elsewhere(self) -> bool:
        if self.foreign or self.unusable:
            return True
        try:
            current: bytes | None = read_bounded(self.path, MAX_STATE_BYTES)
        except FileNotFoundError:
            current = None
        except OSError:
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

    def _unusable(self, message: str) -> None:
        self.unusable = True
        self._note(message)

    def _note(self, message: str) -> None:
        if self.problem is None:
            self.problem = message


def _newer_version(raw: bytes) -> bool:
    """Does the file say it was written by a newer explainer (a version above ours)?"""
    try:
        version = msgspec.json.decode(raw, type=_VersionOnly).version
    except (msgspec.DecodeError, msgspec.ValidationError, UnicodeDecodeError, RecursionError):
        return False
    return version > STATE_VERSION


class _VersionOnly(msgspec.Struct):
    version: int


def _reason(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
