"""Choosing the widget that draws a section, by its kind."""

from __future__ import annotations

from textual.widget import Widget

from ...core.explainer import Explainer
from ...core.model import Compare, Help, Myth, Section, Steps, Timeline


def view_for(section: Section, explainer: Explainer) -> Widget:
    """A fresh widget for the section's kind (pages, and unknown kinds, render as Markdown).

    Each kind's module is imported when first needed: start-up draws only the first screen.
    """
    if isinstance(section, Myth):
        from .myth import MythView

        return MythView(section, explainer)
    if isinstance(section, Timeline):
        from .timeline import TimelineView

        return TimelineView(section, explainer)
    if isinstance(section, Steps):
        from .steps import StepsView

        return StepsView(section, explainer)
    if isinstance(section, Compare):
        from .compare import CompareView

        return CompareView(section, explainer)
    if isinstance(section, Help):
        from .help_card import HelpCardView

        return HelpCardView(section, explainer)
    from .page import PageView

    return PageView(section, explainer)
