"""`explainer keys`: every key by its binding id, and the keymap file that can change them.

The ids are what a keymap file names (`core/keymap.py`); the rows come from the same
declared bindings as the ? screen and the README's tables.
"""

from __future__ import annotations

import argparse
import sys

from .common import EXIT_OK, EXIT_USAGE, Commands


def add_keys(commands: Commands, shared: list[argparse.ArgumentParser]) -> None:
    keys = commands.add_parser(
        "keys",
        parents=shared,
        help="list the keys by id, for a keymap file",
        description="List every key with the id a keymap file uses to change it, and check the keymap "
        "($EXPLAINER_KEYMAP, or keymap.yaml in your config folder). A keymap is lines of 'id: keys', "
        "for example 'map: ctrl+o'.",
    )
    keys.add_argument("--keymap", metavar="FILE", help="check this keymap file instead")
    keys.set_defaults(run=run_keys)


def run_keys(args: argparse.Namespace) -> int:
    from ..core.keymap import KeymapError, readers_keymap
    from ..core.paths import display_name
    from ..ui.bindings import APP_BINDINGS, READER_BINDINGS, default_keys, key_words, with_keymap

    try:
        path, keymap = readers_keymap(args.keymap, default_keys())
    except KeymapError as exc:
        print(f"explainer keys: {exc}", file=sys.stderr)
        return EXIT_USAGE
    rows = [
        (
            binding.id or "",
            binding.key if binding.id == "choose" else key_words(binding),
            binding.tooltip or binding.description,
        )
        for binding in with_keymap([*READER_BINDINGS, *APP_BINDINGS], keymap)
        if binding.id
    ]
    width = max(len(binding_id) for binding_id, _, _ in rows) + 2
    keys_width = max(len(keys) for _, keys, _ in rows) + 2
    for binding_id, keys, meaning in rows:
        print(f"{binding_id:<{width}}{keys:<{keys_width}}{meaning}")
    print(f"\nKeymap: {display_name(path)} ({'in use' if keymap else 'none'})")
    return EXIT_OK
