"""Finding where a value stands in the file, from its path in the parsed data.

Positions are looked up only when a diagnostic needs one, by walking the node tree that
PyYAML composed; loading a clean file pays nothing for them.
"""

from __future__ import annotations

from collections.abc import Sequence

import yaml

from .escape import visible

Path = Sequence[str | int]


class Locator:
    """Maps a data path such as ('sections', 3, 'title') to a 1-based (line, column)."""

    def __init__(self, root: yaml.Node | None) -> None:
        self.root = root

    def node(self, path: Path, *, key: bool = False) -> yaml.Node | None:
        """The deepest node on the path; with key=True, the last step's key node."""
        node = self.root
        for i, step in enumerate(path):
            if node is None:
                return None
            last = i == len(path) - 1
            if isinstance(node, yaml.MappingNode) and isinstance(step, str):
                found = None
                for key_node, value_node in node.value:  # the last equal key wins, as in YAML
                    if key_node.value == step or visible(key_node.value) == step:  # keys are kept escaped
                        found = key_node if (key and last) else value_node
                if found is None:
                    return node
                node = found
            elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and 0 <= step < len(node.value):
                node = node.value[step]
            else:
                return node
        return node

    def position(self, path: Path, *, key: bool = False) -> tuple[int, int]:
        """1-based line and column of the value (or key) at path, or of its nearest parent."""
        node = self.node(path, key=key)
        if node is None:
            return 1, 1
        return node.start_mark.line + 1, node.start_mark.column + 1
