"""`explainer notes`: the counsellor's second terminal, following `explainer --present`.

The follower is a plain-text front-end (`presenter/notes.py`), imported only when it runs.
"""

from __future__ import annotations

import argparse

from .common import Commands


def add_notes(commands: Commands, shared: list[argparse.ArgumentParser]) -> None:
    notes = commands.add_parser(
        "notes",
        parents=shared,
        help="follow a presenter: counsellor notes on your own screen",
        description="Run in a second terminal while `explainer --present` runs: shows the current section's "
        "counsellor notes, what the client has seen and the choices ahead. Waits while no presenter runs.",
    )
    notes.set_defaults(run=run_notes)


def run_notes(args: argparse.Namespace) -> int:
    from ..presenter.notes import follow

    return follow()
