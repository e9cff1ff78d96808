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

    def __init__(self, root: yaml.Node | None, text: str = "") -> None:
        self.root = root
        self.text = text
        self._line_starts: list[int] | None = None
        self._lines: list[str] | None = None

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

    def position_in_value(self, path: Path, value: str, offset: int, needle: str) -> tuple[int, int]:
        """Where value[offset:] (which starts with needle) stands in the file, inside its scalar.

        Block scalars, folding and quoting change how a value maps onto the file's lines, but
        the needle (e.g. '[[') is written literally: its k-th occurrence in the value is its
        k-th occurrence in the scalar's source text.
        """
        node = self.node(path)
        if not isinstance(node, yaml.ScalarNode) or not self.text or not needle:
            return self.position(path)
        start, end = self._index(node.start_mark), self._index(node.end_mark)
        source = self.text[start:end]
        at = -1
        for _ in range(value.count(needle, 0, offset) + 1):
            at = source.find(needle, at + 1)
            if at < 0:
                return self.position(path)
        return self._line_col(start + at)

    def _starts(self) -> list[int]:
        if self._line_starts is None:
            starts = [0]
            starts += [i + 1 for i, char in enumerate(self.text) if char == "\n"]
            self._line_starts = starts
        return self._line_starts

    def _index(self, mark: yaml.Mark) -> int:
        starts = self._starts()
        return starts[min(mark.line, len(starts) - 1)] + mark.column

    def _line_col(self, index: int) -> tuple[int, int]:
        import bisect

        line = bisect.bisect_right(self._starts(), index) - 1
        return line + 1, index - self._starts()[line] + 1

    def text_position(self, path: Path, text: str, offset: int) -> tuple[int, int]:
        """1-based line and column of text[offset] inside the scalar at path (a quote, a citation).

        The value's own words are looked up in the file lines the scalar spans, so this
        works for block scalars (where they are copied verbatim); anything else falls
        back to the start of the value.
        """
        node = self.node(path)
        if not isinstance(node, yaml.ScalarNode) or not self.text or not 0 <= offset < len(text):
            return self.position(path)
        if self._lines is None:
            self._lines = self.text.split("\n")
        first, last = node.start_mark.line, min(node.end_mark.line, len(self._lines) - 1)
        region = "\n".join(self._lines[first : last + 1])
        line_end = text.find("\n", offset)
        rest = text[offset : len(text) if line_end < 0 else line_end]
        for size in (40, 16, 6):
            snippet = rest[:size]
            if not snippet.strip():
                break
            at = -1
            for _ in range(text.count(snippet, 0, offset) + 1):
                at = region.find(snippet, at + 1)
                if at < 0:
                    break
            if at >= 0:
                line = first + region.count("\n", 0, at)
                column = at - (region.rfind("\n", 0, at) + 1)
                return line + 1, column + 1
        return self.position(path)
