"""The section kinds: one module per kind, and this registry of them.

Each module in `_MODULES` defines a `KIND` (see `base.Kind`): its model class, its neutral
parts for print, export and plain text, and the path of its Textual view. The model's union
of sections, `SECTION_KINDS`, the document renderer and the reader's `view_for` are all built
from `KINDS`, so adding a kind is one module here and its name in `_MODULES`. The registry is
checked as it is built: a module without a complete `KIND` stops the import with a clear error.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

from .base import Kind, Section

# The kinds in the order the schema lists them. Add a new kind's module name here.
_MODULES = ("page", "myth", "timeline", "steps", "compare", "help")

_VIEW_PATH = re.compile(r"^[A-Za-z_][\w.]*:[A-Za-z_]\w*$")


class KindError(TypeError):
    """A kind module does not declare everything a kind must have."""


def check_kind(module_name: str, kind: object) -> Kind[Any]:
    """The module's `KIND`, or a `KindError` saying what it lacks."""
    where = f"explainer.kinds.{module_name}"
    if not isinstance(kind, Kind):
        raise KindError(f"{where} must define KIND = Kind(model=..., parts=..., view=...)")
    model = kind.model
    if not (isinstance(model, type) and issubclass(model, Section) and model is not Section):
        raise KindError(f"{where}: KIND.model must be a Section subclass, not {model!r}")
    if not isinstance(model.__struct_config__.tag, str):
        raise KindError(f"{where}: {model.__name__} needs a tag, e.g. class {model.__name__}(Section, tag=...)")
    if not callable(kind.parts):
        raise KindError(f"{where}: KIND.parts must be a function (section, kit) -> list of Markdown blocks")
    if not isinstance(kind.view, str) or not _VIEW_PATH.match(kind.view):
        raise KindError(f"{where}: KIND.view must be 'package.module:ViewClass', not {kind.view!r}")
    return kind


def build_registry(module_names: tuple[str, ...]) -> tuple[Kind[Any], ...]:
    """Import each kind module and check its `KIND`; two kinds may not share a tag."""
    kinds: list[Kind[Any]] = []
    for name in module_names:
        module = importlib.import_module(f"{__name__}.{name}")
        kinds.append(check_kind(name, getattr(module, "KIND", None)))
    tags = [kind.tag for kind in kinds]
    if len(set(tags)) != len(tags):
        raise KindError(f"two kinds share a tag: {sorted(t for t in tags if tags.count(t) > 1)}")
    return tuple(kinds)


KINDS: tuple[Kind[Any], ...] = build_registry(_MODULES)
_BY_MODEL: dict[type[Section], Kind[Any]] = {kind.model: kind for kind in KINDS}


def kind_of(section: Section) -> Kind[Any]:
    """The kind of a loaded section; a class not in the registry is an error, never a silent page."""
    try:
        return _BY_MODEL[type(section)]
    except KeyError:
        raise KindError(f"{type(section).__name__} is not a registered kind (explainer/kinds/__init__.py)") from None
