"""A reader's own keys: binding id -> keys, read from a small YAML file (as Posting does).

    # ~/.config/explainer/keymap.yaml
    map: ctrl+o
    home: h,home,f2

Ids are the bindings' ids (`explainer keys` lists them); keys are Textual key names,
comma-separated. Every problem is one FILE:LINE:COL line. Help now keeps `!` whatever
the file says: the content tells readers to press it. Plain Python: the UI passes the
ids it declares, so this module never imports Textual.
"""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from .files import read_bounded
from .paths import APP_NAME, display_name

if TYPE_CHECKING:
    import yaml

KEYMAP_ENV = "EXPLAINER_KEYMAP"
MAX_KEYMAP_BYTES = 64_000
"""A keymap is a few lines; anything larger is not one."""

KEY_NAME = re.compile(r"^(?:(?:ctrl|alt|shift|super|meta)\+)*(?:[A-Za-z0-9]|[a-z][a-z0-9_]+)$")
"""One Textual key name: 'g', 'G', 'f2', 'ctrl+o', 'exclamation_mark', 'pagedown'."""

ALWAYS = {"help-now": "exclamation_mark"}
"""Keys no keymap can take away."""


class KeymapError(ValueError):
    """The keymap file cannot be used; str() is one FILE:LINE:COL line."""


def default_keymap_path() -> Path:
    """$EXPLAINER_KEYMAP, else keymap.yaml in the user's config folder ($XDG_CONFIG_HOME/explainer)."""
    chosen = os.environ.get(KEYMAP_ENV)
    if chosen:
        return Path(chosen)
    import platformdirs

    return platformdirs.user_config_path(APP_NAME, appauthor=False) / "keymap.yaml"


def readers_keymap(named: str | None, defaults: Mapping[str, str]) -> tuple[Path, dict[str, str]]:
    """The file the reader means (--keymap, else $EXPLAINER_KEYMAP, else the config folder's) and its
    keymap; a file named on the command line or in the environment must exist."""
    path = Path(named) if named else default_keymap_path()
    return path, load_keymap(path, defaults, required=bool(named or os.environ.get(KEYMAP_ENV)))


def load_keymap(path: Path, defaults: Mapping[str, str], *, required: bool = False) -> dict[str, str]:
    """The keymap in the file ({} when there is none and it was not named); defaults: id -> keys."""
    try:
        raw = read_bounded(path, MAX_KEYMAP_BYTES)
    except (FileNotFoundError, NotADirectoryError):  # no file, or no folder it could be in
        if required:
            raise KeymapError(f"{display_name(path)}: no such keymap file") from None
        return {}
    except OSError as exc:
        raise KeymapError(f"{display_name(path)}: cannot read the keymap: {exc.strerror or exc}") from None
    import yaml  # only when there is a keymap: most readers have none, and the import costs about 25 ms of a start

    try:
        node = yaml.compose(raw.decode("utf-8"), Loader=yaml.SafeLoader)
    except UnicodeDecodeError:
        raise KeymapError(f"{display_name(path)}: the keymap is not UTF-8 text") from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"{mark.line + 1}:{mark.column + 1}" if mark else "1:1"
        raise KeymapError(f"{display_name(path)}:{where}: not a keymap: {exc.problem or exc}") from None
    return parse_keymap(node, defaults, display_name(path))


def parse_keymap(node: yaml.Node | None, defaults: Mapping[str, str], name: str) -> dict[str, str]:
    """Check the composed YAML: known ids to key names, and no key left doing two things."""
    import yaml

    if node is None:
        return {}

    def fail(at: yaml.Node, message: str) -> KeymapError:
        return KeymapError(f"{name}:{at.start_mark.line + 1}:{at.start_mark.column + 1}: {message}")

    if not isinstance(node, yaml.MappingNode):
        raise fail(node, "a keymap is lines of 'binding-id: keys'")
    keymap: dict[str, str] = {}
    placed: dict[str, tuple[str, yaml.Node]] = {}
    for key_node, value_node in node.value:
        binding_id = str(key_node.value) if isinstance(key_node, yaml.ScalarNode) else ""
        if binding_id not in defaults:
            hint = difflib.get_close_matches(binding_id, list(defaults), n=1)
            suggestion = f"; did you mean '{hint[0]}'?" if hint else "; `explainer keys` lists the ids"
            raise fail(key_node, f"no key has the id '{binding_id}'{suggestion}")
        if binding_id in keymap:
            raise fail(key_node, f"'{binding_id}' is given twice")
        if not isinstance(value_node, yaml.ScalarNode) or not str(value_node.value).strip():
            raise fail(value_node, f"'{binding_id}' needs keys, such as 'ctrl+o' or 'f2,m'")
        keys = [key.strip() for key in str(value_node.value).split(",")]
        for key in keys:
            if not KEY_NAME.match(key):
                raise fail(value_node, f"'{key}' is not a key name (examples: g, G, f2, ctrl+o, pagedown)")
            if key in placed:
                raise fail(value_node, f"'{key}' is already the key of '{placed[key][0]}'")
            placed[key] = (binding_id, value_node)
        if binding_id in ALWAYS and ALWAYS[binding_id] not in keys:
            keys.append(ALWAYS[binding_id])
        keymap[binding_id] = ",".join(keys)
    for other, default_keys in defaults.items():
        for key in (k.strip() for k in default_keys.split(",")):
            if other not in keymap and key in placed:
                binding_id, value_node = placed[key]
                raise fail(value_node, f"'{key}' is the key of '{other}'; give '{other}' other keys in this file too")
    return keymap
