"""Reading YAML the safe way: limits first, then libyaml, then plain Python values.

PyYAML alone would construct arbitrary objects from `!!python/...` tags (with the unsafe
loaders), silently keep the last of two equal keys, expand alias bombs, and crash the
process on very deep nesting (libyaml's composer recurses in C). This module reads
the file with limits, composes nodes with the C loader when present, and builds plain
values itself so that it can refuse or report each of those.
Hand-written, not ruamel.yaml or strictyaml: neither keeps node positions at libyaml's
speed (the code review measured both more than ten times slower on content.yaml).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path
from typing import Any, TypeVar, cast

import yaml
from yaml.constructor import ConstructorError, SafeConstructor

from . import yamlstrict
from .diagnostics import ContentError, load_error
from .escape import CONTROL, visible, visible_escape
from .files import NotRegularFile, TooLarge, read_bounded

try:  # libyaml is much faster; fall back to the pure-Python loader when it is missing.
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_BYTES = 16_000_000
"""Larger files are refused before parsing: no real explainer comes near this."""

MAX_DEPTH = 200
"""Deeper nesting is refused; libyaml's composer overflows the C stack at about 20,000."""

MAX_STACKED_DEPTH = 200_000
"""Up to this bound on depth, compose in a thread with a big enough stack (about 200 MB, virtual)."""

STACK_PER_LEVEL = 1024
"""Bytes of C stack per nesting level; libyaml's composer was measured using under 640."""

MAX_EXPANDED_NODES = 2_000_000
"""Aliases may share structure, but the values they expand to stay under this."""

_TAG = "tag:yaml.org,2002:"
_SCALAR_TAGS = {f"{_TAG}{name}" for name in ("str", "int", "float", "bool", "null", "timestamp")}
_LEADING = re.compile(r"^[ \t?:-]*", re.MULTILINE)
_BRACKETS = re.compile(r"[\[\]{}]")
_DEPTH_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}
_CONSTRUCTOR = SafeConstructor()
_STACK_LOCK = threading.Lock()
T = TypeVar("T")
_KIND_NAMES = {
    f"{_TAG}str": "text",
    f"{_TAG}int": "a number",
    f"{_TAG}float": "a number",
    f"{_TAG}bool": "true/false",
    f"{_TAG}null": "null",
    f"{_TAG}timestamp": "a date",
}


@dataclass(frozen=True, slots=True)
class DuplicateKey:
    """A key given twice in one mapping: YAML keeps the second value, silently."""

    key: str
    first: yaml.Mark
    second: yaml.Mark


@dataclass(frozen=True, slots=True)
class ControlChars:
    """A text value that held control characters, now shown as visible escapes."""

    mark: yaml.Mark
    found: str


@dataclass(slots=True)
class Document:
    """A parsed YAML file: plain values, the node tree (for positions) and what was found."""

    data: Any
    root: yaml.Node
    duplicates: list[DuplicateKey]
    controls: list[ControlChars]


def read_text(path: Path, shown: str) -> str:
    """Read a content file as UTF-8 text, refusing what is not a reasonable text file.

    The read is files.read_bounded: a FIFO or device is refused, never read or waited on.
    """
    try:
        raw = read_bounded(path, MAX_BYTES)
    except FileNotFoundError:
        raise load_error(shown, 1, 1, "L001", "no such file") from None
    except PermissionError:
        raise load_error(shown, 1, 1, "L001", "permission denied: cannot read the file") from None
    except NotRegularFile as exc:
        raise load_error(shown, 1, 1, "L001", exc.strerror or "not a regular file") from None
    except TooLarge:
        raise load_error(shown, 1, 1, "L002", f"file is too large; the limit is {MAX_BYTES / 1e6:.0f} MB") from None
    except OSError as exc:
        raise load_error(shown, 1, 1, "L001", f"cannot read the file: {exc.strerror or exc}") from None
    nul = raw.find(b"\0")
    if nul >= 0:
        line, col = _line_col(raw, nul)
        raise load_error(shown, line, col, "L003", "binary data (a NUL byte): this is not a text file")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, col = _line_col(raw, exc.start)
        raise load_error(
            shown, line, col, "L004", f"not valid UTF-8 (byte 0x{raw[exc.start]:02x}); save the file as UTF-8"
        ) from None
    return text.removeprefix("\ufeff")


def _line_col(raw: bytes, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of a byte offset."""
    line_start = raw.rfind(b"\n", 0, offset) + 1
    column = len(raw[line_start:offset].decode("utf-8", errors="replace")) + 1
    return raw.count(b"\n", 0, offset) + 1, column


def parse(text: str, shown: str) -> Document:
    """Parse one YAML document into plain values, keeping the nodes for positions."""
    try:
        root = _compose_safely(text, shown)
    except yaml.reader.ReaderError as exc:  # a character YAML forbids; not a MarkedYAMLError
        line, col = _reader_position(text, exc.position)
        found = visible(chr(exc.character)) if isinstance(exc.character, int) else "a character"
        raise load_error(
            shown, line, col, "L005", f"YAML syntax error: the character {found} is not allowed in YAML; remove it"
        ) from None
    except yaml.MarkedYAMLError as exc:
        from .yamlwords import describe  # plain words with a hint; only a broken file pays for it

        line, col, problem = describe(exc, text)
        raise load_error(shown, line, col, "L005", f"YAML syntax error: {problem}") from None
    except yaml.YAMLError as exc:
        raise load_error(shown, 1, 1, "L005", f"YAML syntax error: {visible(str(exc), limit=200)}") from None
    if root is None:
        raise load_error(shown, 1, 1, "L008", "the file is empty; expected a mapping with meta, start and sections")
    builder = _Builder(shown)
    data = builder.build(root, 0)
    yamlstrict.check(text, builder.recorded, lambda line, col, message: load_error(shown, line, col, "L005", message))
    return Document(data, root, builder.duplicates, builder.controls)


def _reader_position(text: str, position: int) -> tuple[int, int]:
    """Line and column of the reader's position: a UTF-8 byte offset with libyaml, else a character index."""
    if _Loader.__name__.startswith("C"):
        return _line_col(text.encode("utf-8", "surrogatepass"), position)
    before = text[:position]
    return before.count("\n") + 1, position - (before.rfind("\n") + 1) + 1


def _compose(text: str) -> yaml.Node | None:
    loader = _Loader(text)
    try:
        return loader.get_single_node()
    finally:
        loader.dispose()


def _compose_safely(text: str, shown: str) -> yaml.Node | None:
    """Compose without letting libyaml's recursive composer overflow the C stack.

    Flow nesting needs a '[' or '{' per level and block nesting a column of indent (or
    '- ') per level, so their counts bound the depth. Small bounds compose here. When
    the running count of open brackets (a good estimate, though quotes can fool it)
    says the file really is deep, or the bound is absurd, the flat event stream checks
    the depth first and stops at MAX_DEPTH. Otherwise the file is big but shallow, and
    composes in a thread whose stack fits the bound, whatever the estimate missed.
    """
    brackets = _BRACKETS.findall(text)
    block = max((len(m) for m in _LEADING.findall(text)), default=0)
    bound = max(len(brackets), block)
    if bound <= MAX_DEPTH:
        return _compose(text)
    estimate = max(block, max(accumulate(_DEPTH_STEP[c] for c in brackets), default=0))
    if estimate > MAX_DEPTH or bound > MAX_STACKED_DEPTH:
        _check_depth_by_events(text, shown)
    if bound > MAX_STACKED_DEPTH:
        return _compose(text)  # the events showed it is shallow
    return _in_thread(_compose, text, stack_bytes=max(bound * STACK_PER_LEVEL, 16 * 1024 * 1024))


def _in_thread(function: Callable[[str], T], argument: str, stack_bytes: int) -> T:
    """Run function(argument) in a thread with the given stack size; re-raise what it raised."""
    outcome: list[T] = []
    failure: list[BaseException] = []

    def run() -> None:
        try:
            outcome.append(function(argument))
        except BaseException as exc:  # handed to the caller's thread below
            failure.append(exc)

    with _STACK_LOCK:
        previous = threading.stack_size(stack_bytes)
        try:
            worker = threading.Thread(target=run, name="explainer-yaml-compose")
            worker.start()
        finally:
            threading.stack_size(previous)
    worker.join()
    if failure:
        raise failure[0]
    return outcome[0]


def _check_depth_by_events(text: str, shown: str) -> None:
    """Refuse nesting deeper than MAX_DEPTH by walking the flat event stream."""
    depth = -1  # the top-level collection is depth 0, as in _Builder
    try:
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    mark = event.start_mark
                    line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
                    raise load_error(shown, line, col, "L007", f"nesting deeper than {MAX_DEPTH} levels")
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.YAMLError:
        return  # composing reports the syntax error with its position


class _Builder:
    """Turns composed nodes into dicts, lists and scalars, checking as it goes."""

    def __init__(self, shown: str) -> None:
        self.shown = shown
        self.recorded = yamlstrict.Recorded()
        self.duplicates: list[DuplicateKey] = []
        self.controls: list[ControlChars] = []
        self.built: dict[int, Any] = {}
        self.sizes: dict[int, int] = {}
        self.active: set[int] = set()

    def fail(self, node: yaml.Node, code: str, message: str) -> ContentError:
        mark = node.start_mark
        return load_error(self.shown, mark.line + 1, mark.column + 1, code, message)

    def build(self, node: yaml.Node, depth: int) -> Any:
        key = id(node)
        if key in self.built:  # an alias: share the value, count its size again
            return self.built[key]
        if key in self.active:
            raise self.fail(node, "L007", "an alias refers to the mapping or list that contains it")
        if depth > MAX_DEPTH:
            raise self.fail(node, "L007", f"nesting deeper than {MAX_DEPTH} levels")
        tag = node.tag
        if isinstance(node, yaml.ScalarNode):
            value = self._scalar(node, tag)
            yamlstrict.record_scalar(self.recorded, node)
            self.sizes[key] = 1
        else:
            self.active.add(key)
            flow = cast(yaml.nodes.CollectionNode, node).flow_style
            if not flow:
                yamlstrict.record_block_children(self.recorded, node)
            else:
                self.recorded.flow_depth += 1
            if isinstance(node, yaml.SequenceNode):
                self._expect_tag(node, tag, "seq")
                value = [self.build(item, depth + 1) for item in node.value]
                self.sizes[key] = 1 + sum(self.sizes[id(item)] for item in node.value)
            else:
                self._expect_tag(node, tag, "map")
                value = self._mapping(cast(yaml.MappingNode, node), depth)
                self.sizes[key] = 1 + sum(self.sizes[id(v)] for _, v in node.value)
            self.active.discard(key)
            if flow:
                self.recorded.flow_depth -= 1
            if self.sizes[key] > MAX_EXPANDED_NODES:
                raise self.fail(
                    node,
                    "L007",
                    f"aliases expand to more than {MAX_EXPANDED_NODES:,} values (an alias bomb?); refusing to load",
                )
        self.built[key] = value
        return value

    def _expect_tag(self, node: yaml.Node, tag: str, kind: str) -> None:
        if tag != f"{_TAG}{kind}":
            raise self._bad_tag(node, tag)

    def _bad_tag(self, node: yaml.Node, tag: str) -> ContentError:
        shown = "!!" + tag.removeprefix(_TAG) if tag.startswith(_TAG) else tag
        if tag.startswith(f"{_TAG}python/"):
            return self.fail(node, "L006", f"the tag '{shown}' could run code and is never allowed; remove it")
        if tag == f"{_TAG}merge":
            return self.fail(node, "L006", "merge keys ('<<') are not supported; write the keys out")
        return self.fail(node, "L006", f"the tag '{shown}' is not allowed; use plain text, numbers, lists and mappings")

    def _scalar(self, node: yaml.ScalarNode, tag: str) -> Any:
        if tag == f"{_TAG}str":
            value = node.value
            if CONTROL.search(value):  # shown, never sent to a terminal
                found = "".join(sorted({visible_escape(m) for m in CONTROL.finditer(value)}))
                self.controls.append(ControlChars(node.start_mark, found))
                value = CONTROL.sub(visible_escape, value)
            return value
        if tag not in _SCALAR_TAGS:
            raise self._bad_tag(node, tag)
        try:
            return _CONSTRUCTOR.yaml_constructors[tag](_CONSTRUCTOR, node)
        except (ConstructorError, ValueError) as exc:
            raise self.fail(
                node, "L005", f"cannot read the value '{visible(node.value, limit=60)}': {visible(str(exc), limit=200)}"
            ) from None

    def _mapping(self, node: yaml.MappingNode, depth: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        first: dict[str, yaml.Mark] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise self.fail(key_node, "L009", "a key must be plain text, not a list or mapping")
            if key_node.tag != f"{_TAG}str":
                if key_node.tag == f"{_TAG}merge":
                    raise self._bad_tag(key_node, key_node.tag)
                found = _KIND_NAMES.get(key_node.tag, key_node.tag)
                raise self.fail(
                    key_node,
                    "L009",
                    f"the key '{visible(key_node.value, limit=60)}' is read as {found}; keys must be text: quote it",
                )
            yamlstrict.record_scalar(self.recorded, key_node)
            name = key_node.value
            shown_name = visible(name)  # a key is never sent to a terminal as it is
            if shown_name != name:
                found = "".join(sorted({visible(c) for c in name} - set(name)))
                self.controls.append(ControlChars(key_node.start_mark, found))
                name = shown_name
            if name in first:
                self.duplicates.append(DuplicateKey(name, first[name], key_node.start_mark))
            else:
                first[name] = key_node.start_mark
            result[name] = self.build(value_node, depth + 1)
        return result
