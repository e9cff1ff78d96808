"""The command line's grammar, and the only list of commands (`_add_commands`).

Each command module adds its own subparser and names its handler with
`set_defaults(run=...)`, so a command is its module plus one line here; `main` runs
`args.run(args)` and knows no command by name. The reader's quick parser never imports the
command modules: the reader starts as fast as when all of this was one file.
"""

from __future__ import annotations

import argparse
from typing import NoReturn

from .. import __version__
from . import reader
from .common import Commands


class NotReaderOnly(Exception):
    """The words are not for the reader alone (a command, or something to report): use the full parser."""


class _ReaderOnlyParser(argparse.ArgumentParser):
    """The reader's options only; any word it does not know means the full parser must look."""

    def error(self, message: str) -> NoReturn:
        raise NotReaderOnly(message)


def _shared_options(*, suppress: bool) -> argparse.ArgumentParser:
    """Options every command takes, before or after its name (a command's copy leaves the main one's value alone)."""
    shared = argparse.ArgumentParser(add_help=False)
    shared.add_argument("--version", action="version", version=f"explainer {__version__}")
    shared.add_argument(
        "--content",
        metavar="PATH",
        default=argparse.SUPPRESS if suppress else None,
        help="content file to use (default: $EXPLAINER_CONTENT, else the shipped content.yaml)",
    )
    return shared


def _add_commands(commands: Commands, shared: list[argparse.ArgumentParser]) -> None:
    """Every command, in the order `--help` lists them: this is the only list."""
    from . import authoring, handouts, keys, notes, serve, snapshot  # each imports only argparse until it runs

    every_command = (
        authoring.add_lint,
        authoring.add_graph,
        authoring.add_schema,
        authoring.add_rules,
        keys.add_keys,
        notes.add_notes,
        handouts.add_print,
        serve.add_serve,
        handouts.add_export,
        snapshot.add_snapshot,
    )
    for add in every_command:
        add(commands, shared)


def build_parser(*, with_commands: bool = True) -> argparse.ArgumentParser:
    """The command line; without the commands when only the reader starts (quicker)."""
    parser = (argparse.ArgumentParser if with_commands else _ReaderOnlyParser)(
        prog="explainer",
        parents=[_shared_options(suppress=False)],
        description="A branching explainer of low-dose ketamine for treatment-resistant depression.",
        epilog="If you are in crisis now: in the US call or text 988; in the UK and Ireland call "
        "Samaritans on 116 123; in an emergency call 911, 999 or 112.",
    )
    reader.add_options(parser)
    if with_commands:
        _add_commands(parser.add_subparsers(dest="command", metavar="COMMAND"), [_shared_options(suppress=True)])
    return parser


def parse(words: list[str]) -> argparse.Namespace:
    """The reader's quick parser when it knows every word; else the full one (commands, help, errors)."""
    if not {"-h", "--help"}.intersection(words):
        try:
            return build_parser(with_commands=False).parse_args(words)
        except NotReaderOnly:
            pass
    return build_parser().parse_args(words)
