"""Choosing the widget that draws a section, by its kind (`explainer/kinds/`)."""

from __future__ import annotations

import importlib
from functools import cache

from ...core.explainer import Explainer
from ...core.model import Section
from ...kinds import kind_of
from .section_base import SectionView


def view_for(section: Section, explainer: Explainer) -> SectionView:
    """A fresh widget for the section's kind, from the view path its kind module declares.

    Each view's module is imported when first needed: start-up draws only the first screen.
    """
    return view_class(kind_of(section).view)(section, explainer)


@cache
def view_class(path: str) -> type[SectionView]:
    """The `SectionView` subclass at 'package.module:Class', imported once; anything else is an error."""
    module_name, _, class_name = path.partition(":")
    view = getattr(importlib.import_module(module_name), class_name, None)
    if not (isinstance(view, type) and issubclass(view, SectionView)):
        raise TypeError(f"{path} is not a SectionView class")
    return view
