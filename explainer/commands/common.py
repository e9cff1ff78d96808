"""What the commands share: exit codes, loading the content, the sections named on the command line.

Only the standard library at import time: the content core is imported inside each helper,
so a command pays only for what it uses.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    from ..core.explainer import Explainer

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 70

Handler: TypeAlias = Callable[[argparse.Namespace], int]
"""A command's code: `set_defaults(run=handler)` on its subparser; returns the exit code."""

Commands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"
"""Where a command module adds its subparser (argparse's own type for `add_subparsers()`)."""


def print_json(payload: object) -> None:
    import json  # only lint's JSON output needs it; the reader starts without it

    print(json.dumps(payload, indent=2))


def load(args: argparse.Namespace, *, for_reading: bool = False) -> Explainer:
    """Parse the content (with positions, for lint and graph) or, for the reader, use the cache."""
    from ..core.paths import resolve_content_path

    path = resolve_content_path(getattr(args, "file", None) or args.content)
    if for_reading:
        from ..core.cache import load_for_reading

        return load_for_reading(path)
    from ..core.loader import load as parse

    return parse(path)


def named_sections(
    explainer: Explainer, args: argparse.Namespace, command: str, when_none: str | None
) -> list[str] | None:
    """The sections named on the command line (all with --all), once each; None after saying what is wrong."""
    unknown = [s for s in args.sections if s not in explainer.sections]
    if unknown:
        print(f"explainer {command}: no such section(s): {', '.join(unknown)}", file=sys.stderr)
        return None
    if getattr(args, "all", False):
        return list(explainer.sections)
    if not args.sections and when_none is not None:
        print(f"explainer {command}: {when_none}", file=sys.stderr)
        return None
    return list(dict.fromkeys(args.sections))
