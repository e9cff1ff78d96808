"""`explainer --plain`: the branching explainer as lines of text and a prompt.

Screen readers and braille displays follow this far better than a full-screen UI, and it
makes the explainer scriptable: `printf '1\\n2\\nq\\n' | explainer --plain`.
"""

from __future__ import annotations

import errno
import io
import os
import sys
from typing import TextIO

from ..core.citations import numbered_apart
from ..core.document import section_plain
from ..core.escape import visible
from ..core.explainer import Explainer
from ..core.files import discard_output
from ..core.history import History
from ..core.model import Help
from ..core.terminal_loss import HANGUP_EXIT

MAX_LINE = 4096
"""Longer answers are read in pieces and refused, so endless input (/dev/zero) cannot fill memory."""

MAX_CHOICE_DIGITS = 4
"""A choice number has at most this many digits; longer strings of digits are not a choice."""

HELP_TEXT = (
    "Type a choice number, b for back, ! or h for help now, g TERM for a glossary entry, ? for this list, q to quit."
)
HELP_NOW = ("!", "h")
"""The content tells readers to press ! for help at any time; here it is a line of its own, as h is."""


def run_plain(
    explainer: Explainer,
    *,
    start: str | None = None,
    width: int = 80,
    stdin: TextIO = sys.stdin,
    stdout: TextIO = sys.stdout,
) -> int:
    """Read line by line until q or the end of input: exit code 0; 129 if the terminal hung up.

    A closed terminal window ends input (end-of-file) and then fails every write with EIO:
    that is a hang-up, not a disk error, so it ends quietly, as SIGHUP would.
    """
    terminal = _is_terminal(stdin) or _is_terminal(stdout)  # asked now: a hung-up terminal no longer says so
    try:
        return _converse(explainer, start, width, stdin, stdout)
    except OSError as exc:
        if not (terminal and exc.errno == errno.EIO):
            raise
        discard_output(stdout)
        return HANGUP_EXIT


def _converse(explainer: Explainer, start: str | None, width: int, stdin: TextIO, stdout: TextIO) -> int:
    history = History.starting_at(start or explainer.content.start)
    help_id = next((s.id for s in explainer.content.sections if isinstance(s, Help)), None)
    stdin = tolerant_input(stdin)
    write = stdout.write
    write(f"{explainer.content.meta.title}\n{explainer.content.meta.not_advice}\n{HELP_TEXT}\n\n")
    show = True
    while True:
        section = explainer.sections[history.current]
        if show:
            write("\n".join(section_plain(section, explainer, width, choices=True)) + "\n")
            write(f"[Seen {len(history.seen)} of {len(explainer.sections)}]\n")
        count = len(section.choices)
        write(f"Choose 1-{count}, b, !, g TERM, ?, q: " if count else "b, !, g TERM, ?, q: ")
        stdout.flush()
        line = read_answer(stdin)
        if line is None:
            write("\nGoodbye.\n")
            return 0
        answer = line.strip()
        show = True
        number = choice_number(answer)
        if number is not None and 1 <= number <= count:
            target = section.choices[number - 1].target
            if target in explainer.sections:
                history.go(target)
            else:
                write(f"That choice leads to a missing section ('{target}').\n")
                show = False
        elif answer.lower() in ("q", "quit", "exit"):
            write("Goodbye.\n")
            return 0
        elif answer.lower() == "b":
            if not history.back():
                write("This is where you started.\n")
                show = False
        elif answer.lower() in HELP_NOW:
            if help_id is None:
                write("This content has no help card.\n")
                show = False
            else:
                history.go(help_id)
        elif answer.lower().startswith("g"):
            write(_glossary(explainer, answer[1:].strip()) + "\n")
            show = False
        elif answer == "?":
            write(HELP_TEXT + "\n")
            show = False
        else:
            shown = visible(answer, limit=20)
            write(f"'{shown}' is not a choice here. {HELP_TEXT}\n" if answer else f"{HELP_TEXT}\n")
            show = False
        write("\n")


def _is_terminal(stream: TextIO) -> bool:
    try:
        return os.isatty(stream.fileno())
    except (AttributeError, OSError, ValueError):  # io.StringIO and the like
        return False


def tolerant_input(stream: TextIO) -> TextIO:
    """stdin that never fails on bytes that are not UTF-8 (strict locales): they become U+FFFD."""
    binary = getattr(stream, "buffer", None)
    if binary is None or getattr(stream, "errors", "strict") in ("replace", "surrogateescape"):
        return stream
    return io.TextIOWrapper(binary, encoding=stream.encoding or "utf-8", errors="replace")


def read_answer(stream: TextIO) -> str | None:
    """One line of input, or None at its end. A line longer than MAX_LINE is read on to its
    end in bounded pieces and returned as its first MAX_LINE characters (never a choice)."""
    line = stream.readline(MAX_LINE)
    if not line:
        return None
    if len(line) == MAX_LINE and not line.endswith("\n"):
        while (rest := stream.readline(MAX_LINE)) and not rest.endswith("\n"):
            pass
    return line


def choice_number(answer: str) -> int | None:
    """The number typed, if it is a plain choice number: ASCII digits only (not ², ① or ٣), short."""
    if answer.isascii() and answer.isdigit() and len(answer) <= MAX_CHOICE_DIGITS:
        return int(answer)
    return None


def _glossary(explainer: Explainer, term: str) -> str:
    if not term:
        names = ", ".join(entry.term for entry in explainer.content.glossary)
        return (
            f"Glossary terms: {names}. Type g and a term, e.g. g {explainer.content.glossary[0].term}."
            if names
            else "No glossary."
        )
    entry = explainer.glossary.get(term.casefold())
    if entry is None:
        return f"'{visible(term, limit=40)}' is not in the glossary. Type g alone for the list."
    text = f"{entry.term}: {entry.short}"
    if not entry.long:
        return text
    long, listed = numbered_apart(entry.long, explainer.sources, escape=False)
    return "\n".join([text, long, "Sources:", *(f"  {n} {name}" for n, name in listed)])
