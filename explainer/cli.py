"""The command line: `main`, the guard that turns every failure into one line and an exit code.

The grammar and the only list of commands are in `commands/parser.py`; each command's code
is in its own module beside it (`reader`, `authoring`, `handouts`, `serve`, `snapshot`,
`notes`), named by its subparser's `set_defaults(run=...)`. Nothing heavy is imported at
module level, so `explainer lint` and `--help` stay quick, and the reader never imports
another command.
argparse, not click or typer: it is in the standard library and the quickest to import
(the code review measured 8 ms, against 28 ms for click and 47 ms for typer).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from .commands.common import EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, print_json
from .commands.parser import build_parser, parse

_parser = build_parser  # the name the tests read the commands through


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code. No traceback reaches the user."""
    from .core.clock import BadToday, today

    try:
        today()  # a bad EXPLAINER_TODAY is one line here, before anything runs
    except BadToday as exc:
        print(f"explainer: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        _tolerant_stdout()
        return _run(parse(list(sys.argv[1:] if argv is None else argv)))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_OK
    except OSError as exc:  # the output device failed (disk full, /dev/full, an I/O error) and the like
        from .core.errors import describe_os_error

        return describe_os_error(exc, silence=_silence_stdout)
    except Exception as exc:  # the last guard: one clear line instead of a traceback
        if os.environ.get("EXPLAINER_DEBUG"):
            raise
        from .core.escape import visible

        print(
            f"explainer: internal error: {type(exc).__name__}: {visible(str(exc), limit=300)} "
            "(set EXPLAINER_DEBUG=1 for details)",
            file=sys.stderr,
        )
        return EXIT_INTERNAL


def _tolerant_stdout() -> None:
    """Names from the command line may hold bytes that are not UTF-8: print them escaped, never fail."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure") and getattr(stream, "errors", "") == "strict":
            stream.reconfigure(errors="backslashreplace")


def _silence_stdout() -> None:
    """After a closed pipe (e.g. `| head`), stop Python complaining when it flushes at exit."""
    from .core.files import discard_output

    discard_output(sys.stdout)


def _run(args: argparse.Namespace) -> int:
    """Run the handler the parser chose; content that cannot be loaded is placed lines, exit 2."""
    from .core.diagnostics import ContentError

    try:
        code: int = args.run(args)
        return code
    except ContentError as exc:
        if getattr(args, "format", "text") == "json":
            print_json({"file": exc.diagnostic.file, "diagnostics": [d.as_dict() for d in exc.diagnostics]})
        for diagnostic in exc.diagnostics:
            print(diagnostic, file=sys.stderr)
        return EXIT_USAGE
