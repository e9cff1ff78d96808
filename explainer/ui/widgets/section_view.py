"""Choosing the widget that draws a section, by its kind."""

from __future__ import annotations

from textual.widget import Widget

from ...core.loader import Explainer
from ...core.model import Compare, Help, Myth, Section, Steps, Timeline
from .compare import CompareView
from .help_card import HelpCardView
from .myth import MythView
from .page import PageView
from .steps import StepsView
from .timeline import TimelineView


def view_for(section: Section, explainer: Explainer) -> Widget:
    """A fresh widget for the section's kind (pages, and unknown kinds, render as Markdown)."""
    if isinstance(section, Myth):
        return MythView(section, explainer)
    if isinstance(section, Timeline):
        return TimelineView(section, explainer)
    if isinstance(section, Steps):
        return StepsView(section, explainer)
    if isinstance(section, Compare):
        return CompareView(section, explainer)
    if isinstance(section, Help):
        return HelpCardView(section, explainer)
    return PageView(section, explainer)
