"""YAML that PyYAML accepts but the YAML 1.2 specification does not, caught after composing.

PyYAML (with or without libyaml) accepts a dozen kinds of invalid YAML from the
yaml-test-suite. Inside a content file some of them silently change what the author
meant, so each kind we can recognise from the composed nodes and the text is an L005
error at its place:

- a comment with no space before its `#` (`"title"#note`, `[a, b]#note`, `>-#note`);
- a line that continues a quoted or plain value, or a `[...]`/`{...}` list, indented no
  more than its key (or its `-`), or indented with a tab;
- a plain `-` (or `?`, `:`) standing alone inside `[...]` or `{...}`.

Only what the builder recorded is checked: the cost is a few list appends per node and,
for files that have them, one pass over the `#` characters and the continued lines.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field

import yaml

Fail = Callable[[int, int, str], Exception]
"""Makes the error to raise from a 1-based line, column and message."""

_BLOCK_HEADER = re.compile(r"[|>][-+0-9]*")
_ENDS_INDICATOR = {False: frozenset(" \t\r\n"), True: frozenset(" \t\r\n,[]{}")}
"""What may follow '-', '?' or ':' for it to be an indicator, in block and in flow context."""


@dataclass(slots=True)
class Recorded:
    """What the builder noted while turning nodes into values, for the checks below."""

    scalar_spans: list[tuple[int, int]] = field(default_factory=list)
    block_headers: list[yaml.Mark] = field(default_factory=list)
    flow_in_block: list[tuple[yaml.Node, int]] = field(default_factory=list)
    plain_starts: list[tuple[yaml.Mark, bool]] = field(default_factory=list)
    flow_depth: int = 0
    """How many [...] or {...} the builder is inside now (the builder keeps it)."""


def record_scalar(recorded: Recorded, node: yaml.ScalarNode) -> None:
    recorded.scalar_spans.append((node.start_mark.index, node.end_mark.index))
    if node.style in ("|", ">"):
        recorded.block_headers.append(node.start_mark)
    elif not node.style and node.value[:1] in ("-", "?", ":"):  # plain: None, or "" from libyaml
        recorded.plain_starts.append((node.start_mark, recorded.flow_depth > 0))


def record_block_children(recorded: Recorded, node: yaml.Node) -> None:
    """Note the flow values (quoted, plain, [..], {..}) directly inside a block mapping or list.

    The collection's own column is its indentation: its keys, or its '-', stand there.
    """
    column = node.start_mark.column
    children = [value for _, value in node.value] if isinstance(node, yaml.MappingNode) else node.value
    for child in children:
        is_flow = child.style not in ("|", ">") if isinstance(child, yaml.ScalarNode) else bool(child.flow_style)
        if is_flow and child.end_mark.line > child.start_mark.line:
            recorded.flow_in_block.append((child, column))


YAML_LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")
"""Every line break PyYAML counts in its marks (a U+2028 in a quoted value is one)."""


def yaml_lines(text: str) -> list[str]:
    """The text's lines as PyYAML numbers them, so a mark's line indexes the right one."""
    return YAML_LINE_BREAK.split(text)


def _after_a_real_break(text: str) -> list[bool]:
    """For each PyYAML line: does it start after a line break YAML 1.2 also counts (\r or \n)?

    PyYAML (YAML 1.1) also breaks lines at U+0085, U+2028 and U+2029; YAML 1.2 does not, so
    text after one of them is still the same line and has no indentation to check.
    """
    return [True] + [match[0] not in "\x85\u2028\u2029" for match in YAML_LINE_BREAK.finditer(text)]


def check(text: str, recorded: Recorded, fail: Fail) -> None:
    """Raise fail(...) for the first invalid construct found, in the order listed above."""
    _check_comments(text, recorded, fail)
    _check_block_headers(text, recorded, fail)
    _check_continuation_indent(text, recorded, fail)
    _check_lone_indicators(text, recorded, fail)


def _check_comments(text: str, recorded: Recorded, fail: Fail) -> None:
    """A `#` outside every scalar starts a comment, and YAML wants whitespace before it."""
    if "#" not in text:
        return
    spans = sorted(recorded.scalar_spans)
    starts = [start for start, _ in spans]
    longest_end = []  # the furthest end of any span starting at or before each one
    furthest = -1
    for _, end in spans:
        furthest = max(furthest, end)
        longest_end.append(furthest)
    comment_line_end = -1
    for match in re.finditer("#", text):
        at = match.start()
        if at < comment_line_end:
            continue  # inside a comment already
        position = bisect.bisect_right(starts, at) - 1
        if position >= 0 and longest_end[position] > at:
            continue  # inside a scalar: part of a value
        line_start = text.rfind("\n", 0, at) + 1
        newline = text.find("\n", at)
        comment_line_end = len(text) if newline < 0 else newline
        if at > line_start and text[at - 1] not in " \t":
            line = text.count("\n", 0, at) + 1
            raise fail(line, at - line_start + 1, "YAML syntax error: a comment needs a space before its '#'")


def _check_block_headers(text: str, recorded: Recorded, fail: Fail) -> None:
    """`>-#note` is not a comment: the header of a | or > block needs a space before '#'."""
    for mark in recorded.block_headers:
        header = _BLOCK_HEADER.match(text, mark.index)
        if header and text[header.end() : header.end() + 1] == "#":
            raise fail(
                mark.line + 1,
                mark.column + 1 + len(header[0]),
                f"YAML syntax error: a comment after '{header[0]}' needs a space before its '#'",
            )


def _check_continuation_indent(text: str, recorded: Recorded, fail: Fail) -> None:
    """Each continued line of a flow value must be indented (with spaces) more than its key."""
    if not recorded.flow_in_block:
        return
    lines = yaml_lines(text)
    real = _after_a_real_break(text)
    for node, column in recorded.flow_in_block:
        for number in range(node.start_mark.line + 1, node.end_mark.line + 1):
            line = lines[number]
            if not real[number] or not line.strip(" \t\r"):
                continue  # an empty line inside a value is allowed at any indentation
            spaces = len(line) - len(line.lstrip(" "))
            if spaces <= column:
                if line[spaces : spaces + 1] == "\t":
                    message = "YAML syntax error: a tab cannot indent YAML; use spaces"
                else:
                    message = (
                        f"YAML syntax error: this line continues the value from line {node.start_mark.line + 1} "
                        f"and must be indented by at least {column + 1} space{'s' if column else ''}"
                    )
                raise fail(number + 1, spaces + 1, message)


def _check_lone_indicators(text: str, recorded: Recorded, fail: Fail) -> None:
    """A plain value cannot start with '-', '?' or ':' followed by a space (or, in [...], ',' or a bracket)."""
    for mark, in_flow in recorded.plain_starts:
        after = text[mark.index + 1 : mark.index + 2]
        if not after or after in _ENDS_INDICATOR[in_flow]:
            indicator = text[mark.index]
            raise fail(
                mark.line + 1,
                mark.column + 1,
                f"YAML syntax error: '{indicator}' cannot stand alone as a value here; put it in quotes",
            )
