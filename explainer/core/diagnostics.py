"""Diagnostics and the one error type the loader raises.

Every problem is reported as FILE:LINE:COL: CODE message, with 1-based line and column,
so editors and terminals can jump to it.

Small value types here and in the core are msgspec Structs rather than dataclasses:
defining a Struct class costs a few microseconds, a frozen slotted dataclass over a
millisecond, and the reader imports them on every start.
"""

from __future__ import annotations

from typing import Literal

import msgspec

from .escape import visible

MAX_MESSAGE = 500
"""A message longer than this (say, quoting a 100,000-digit number) is cut, with "..."."""

Severity = Literal["error", "warning", "info"]


class Diagnostic(msgspec.Struct, frozen=True):
    """One finding about a content file."""

    file: str
    line: int
    column: int
    code: str
    severity: Severity
    message: str

    def __str__(self) -> str:
        """One line, whatever the file name or message holds (control characters, line breaks)."""
        return f"{visible(self.file)}:{self.line}:{self.column}: {self.code} {visible(self.message, limit=MAX_MESSAGE)}"

    def as_dict(self) -> dict[str, object]:
        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "code": self.code,
            "severity": self.severity,
            "message": self.message,
        }


class ContentError(Exception):
    """The content file cannot be loaded; carries the diagnostics that say why (the first as `diagnostic`).

    Schema errors in independent places are all reported at once, so an author fixes them
    in one pass instead of one per run.
    """

    def __init__(self, diagnostic: Diagnostic, *more: Diagnostic) -> None:
        super().__init__("\n".join(str(d) for d in (diagnostic, *more)))
        self.diagnostic = diagnostic
        self.diagnostics = [diagnostic, *more]


def load_error(file: str, line: int, column: int, code: str, message: str) -> ContentError:
    """Build the error for a file that cannot be loaded (always severity 'error')."""
    return ContentError(Diagnostic(file, line, column, code, "error", message))


def did_you_mean(word: str, options: list[str]) -> str:
    """The hint a message ends with when a name is close to a known one: "; did you mean 'x'?", or ""."""
    import difflib  # only when a name is wrong; the reader starts without it

    match = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    return f"; did you mean '{match[0]}'?" if match else ""
