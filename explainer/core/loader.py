"""Loading a content file into the typed model, with every error placed at FILE:LINE:COL."""

from __future__ import annotations

import os
import re
import types
import typing
from pathlib import Path
from typing import Any

import msgspec

from .diagnostics import ContentError, load_error
from .explainer import Explainer
from .gcpause import gc_paused
from .model import SECTION_KINDS, Content
from .paths import display_name
from .positions import Locator
from .yamlsafe import parse, read_text


def load(path: str | os.PathLike[str], shown: str | None = None) -> Explainer:
    """Load and validate a content file; raises ContentError (never anything else) when it cannot."""
    path = Path(path)
    shown = shown or display_name(path)
    text = read_text(path, shown)
    return load_text(text, shown)


def load_text(text: str, shown: str) -> Explainer:
    """Load content from text already read (tests, editors, stdin)."""
    with gc_paused():
        return _load_text(text, shown)


def _load_text(text: str, shown: str) -> Explainer:
    document = parse(text, shown)
    locator = Locator(document.root, text)
    if not isinstance(document.data, dict):
        line, col = locator.position(())
        raise load_error(shown, line, col, "L009", "expected a mapping with the keys meta, start and sections")
    try:
        content = msgspec.convert(document.data, Content)
    except msgspec.ValidationError as exc:
        placed = [_placed(error, document.data, locator, shown, at) for error, at in _every_error(document.data)]
        found = sorted({e.diagnostic: None for e in placed}, key=lambda d: (d.line, d.column))
        first, *more = found or [_placed(exc, document.data, locator, shown, []).diagnostic]
        raise ContentError(first, *more) from None
    return Explainer(content, shown, locator, document.duplicates, document.controls)


_AT = re.compile(r"^(?P<what>.*?) - at `(?P<path>\$[^`]*)`$", re.DOTALL)
_KEY_AT = re.compile(r"^(?P<what>.*?) - at `key` in `(?P<path>\$[^`]*)`$", re.DOTALL)
_STEP = re.compile(r"\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]")
_TYPE_WORDS = {
    "str": "text",
    "int": "a whole number",
    "float": "a number",
    "bool": "true or false",
    "null": "null",
    "array": "a list",
    "object": "a mapping",
    "date": "a date (YYYY-MM-DD)",
    "datetime": "a date and time",
}


def _words(name: str) -> str:
    return _TYPE_WORDS.get(name, name)


def parse_path(text: str) -> list[str | int]:
    """`$.sections[3].title` -> ['sections', 3, 'title']."""
    return [name if name else int(index) for name, index in _STEP.findall(text)]


def _every_error(data: Any) -> list[tuple[msgspec.ValidationError, list[str | int]]]:
    """Every independent validation error, each with the data path msgspec's path is relative to.

    msgspec stops at the first error, so a failing mapping is validated key by key and a
    failing list item by item: errors in different sections (or keys) all surface.
    """
    found: list[tuple[msgspec.ValidationError, list[str | int]]] = []
    _collect(data, Content, [], found)
    return found


def _collect(
    value: Any, tp: Any, path: list[str | int], found: list[tuple[msgspec.ValidationError, list[str | int]]]
) -> None:
    try:
        msgspec.convert(value, tp)
        return
    except msgspec.ValidationError as exc:
        first = exc
    before = len(found)
    bare = _unwrap(tp)
    origin = typing.get_origin(bare)
    if origin in (typing.Union, types.UnionType) and isinstance(value, dict):
        kind = value.get("kind")
        if isinstance(kind, str) and kind in SECTION_KINDS:
            _collect(value, SECTION_KINDS[kind], path, found)
    elif origin is list and isinstance(value, list):
        (item_type,) = typing.get_args(bare)
        for index, item in enumerate(value):
            _collect(item, item_type, [*path, index], found)
    elif isinstance(bare, type) and issubclass(bare, msgspec.Struct) and isinstance(value, dict):
        _collect_fields(value, bare, path, found)
    if len(found) == before:  # nothing finer to say: the error as msgspec gave it
        found.append((first, path))


def _collect_fields(
    value: dict[str, Any],
    struct: type[msgspec.Struct],
    path: list[str | int],
    found: list[tuple[msgspec.ValidationError, list[str | int]]],
) -> None:
    hints = typing.get_type_hints(struct, include_extras=True)
    fields = struct.__struct_fields__
    tag_field = struct.__struct_config__.tag_field
    for key, item in value.items():
        if key == tag_field:
            continue
        if key in fields:
            _collect(item, hints[key], [*path, key], found)
        else:
            found.append((msgspec.ValidationError(f"Object contains unknown field `{key}` - at `$`"), path))
    required = fields[: len(fields) - len(struct.__struct_defaults__)]
    for name in required:
        if name not in value:
            found.append((msgspec.ValidationError(f"Object missing required field `{name}` - at `$`"), path))


def _placed(
    exc: msgspec.ValidationError, data: Any, locator: Locator, shown: str, prefix: list[str | int]
) -> ContentError:
    """Turn msgspec's message and JSON path (below prefix) into an author's message at the right place."""
    message = str(exc)
    on_key = False
    match = _KEY_AT.match(message)
    if match:
        on_key = True
    else:
        match = _AT.match(message)
    what, path = (match["what"], [*prefix, *parse_path(match["path"])]) if match else (message, list(prefix))
    at_key = on_key
    text = _explain(what, path, data)
    unknown = re.match(r"Object contains unknown field `(.+)`", what)
    if unknown:
        path = [*path, unknown[1]]
        at_key = True
    line, col = locator.position(path, key=at_key)
    return load_error(shown, line, col, "L009", f"{_where(path)}: {text}")


def _where(path: list[str | int]) -> str:
    if not path:
        return "top level"
    out = ""
    for step in path:
        out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else step)
    return out


def _explain(what: str, path: list[str | int], data: Any) -> str:
    """Rephrase one msgspec validation message for a content author."""
    if m := re.match(r"Object missing required field `(.+)`", what):
        return f"missing required key '{m[1]}'"
    if m := re.match(r"Object contains unknown field `(.+)`", what):
        import difflib

        allowed = _allowed_keys(path, data)
        hint = difflib.get_close_matches(m[1], allowed, n=1)
        text = f"unknown key '{m[1]}'"
        if hint:
            text += f"; did you mean '{hint[0]}'?"
        if allowed:
            text += f" (allowed: {', '.join(allowed)})"
        return text
    if path and path[-1] == "kind" and (m := re.match(r"Invalid value '(.*)'", what)):
        import difflib

        kinds = list(SECTION_KINDS)
        hint = difflib.get_close_matches(m[1], kinds, n=1)
        text = f"unknown section kind '{m[1]}'; expected one of: {', '.join(kinds)}"
        return text + (f"; did you mean '{hint[0]}'?" if hint else "")
    if m := re.match(r"Invalid enum value '(.*)'", what):
        choices = _enum_values(path, data)
        return f"invalid value '{m[1]}'" + (f"; expected one of: {', '.join(choices)}" if choices else "")
    if m := re.match(r"Expected `(\w+)`, got `(\w+)`", what):
        expected, got = m[1], m[2]
        choices = _enum_values(path, data)
        wanted = f"one of: {', '.join(choices)}" if choices else _words(expected)
        text = f"expected {wanted}, got {_words(got)}"
        if expected == "str" and got in ("bool", "null", "int", "float"):
            text += " (YAML reads yes/no/true/null and numbers as such: put the value in quotes)"
        return text
    if m := re.match(r"Expected `(\w+)` of length >= (\d+)", what):
        return "must not be empty" if m[2] == "1" else f"needs at least {m[2]} characters"
    if m := re.match(r"Expected `array` of length >= (\d+)", what):
        return f"needs at least {m[1]} item{'s' if m[1] != '1' else ''}"
    if m := re.match(r"Expected `str` matching regex '(.*)'", what):
        return "must be lower-case letters, digits, '-' or '_' (it is used in links)"
    if m := re.match(r"Expected `(?:int|float)` (<=|>=) (-?[\d.]+)", what):
        return f"must be {'at most' if m[1] == '<=' else 'at least'} {m[2]}"
    if m := re.match(r"Expected `(\w+)`", what):
        return f"expected {_words(m[1])}"
    if what.startswith("Invalid RFC3339"):
        return "expected a date (YYYY-MM-DD)"
    if m := re.match(r"Invalid (\w+)", what):
        return f"not a valid {_words(m[1])}"
    return what[0].lower() + what[1:] if what else "invalid value"


def _type_at(path: list[str | int], data: Any) -> Any:
    """The model type expected at a data path (resolving tagged unions by the data's kind)."""
    current: Any = Content
    value: Any = data
    for step in path:
        current = _unwrap(current)
        origin = typing.get_origin(current)
        if isinstance(step, int) and origin is list:
            current = typing.get_args(current)[0]
            value = value[step] if isinstance(value, list) and step < len(value) else None
            current = _unwrap(current)
            if typing.get_origin(current) in (typing.Union, types.UnionType):
                kind = value.get("kind") if isinstance(value, dict) else None
                current = SECTION_KINDS.get(kind, current) if isinstance(kind, str) else current
        elif isinstance(step, str) and isinstance(current, type) and issubclass(current, msgspec.Struct):
            hints = typing.get_type_hints(current, include_extras=True)
            current = hints.get(step)
            value = value.get(step) if isinstance(value, dict) else None
        else:
            return None
    return _unwrap(current)


def _unwrap(tp: Any) -> Any:
    while typing.get_origin(tp) is typing.Annotated:
        tp = typing.get_args(tp)[0]
    return tp


def _allowed_keys(path: list[str | int], data: Any) -> list[str]:
    tp = _type_at(path, data)
    if isinstance(tp, type) and issubclass(tp, msgspec.Struct):
        names = list(tp.__struct_fields__)
        if tp.__struct_config__.tag_field:
            names.insert(0, tp.__struct_config__.tag_field)
        return names
    return []


def _enum_values(path: list[str | int], data: Any) -> list[str]:
    tp = _type_at(path, data)
    if typing.get_origin(tp) is typing.Literal:
        return [str(v) for v in typing.get_args(tp)]
    return []
