"""Sections rendered headlessly to SVG: the same rendering the snapshot tests compare."""

from __future__ import annotations

import datetime
import re

from ..core.explainer import Explainer
from .app import ExplainerApp


def render_svg(
    explainer: Explainer,
    section_id: str,
    size: tuple[int, int],
    theme: str | None = None,
    today: datetime.date | None = None,
) -> str:
    """One section as an SVG screenshot at size (columns, rows)."""
    # pytest-textual-snapshot renders with this function; using it keeps the files identical.
    from textual._doc import take_svg_screenshot

    app = ExplainerApp(explainer, start=section_id, state=None, theme=theme, today=today)
    svg = take_svg_screenshot(app=app, terminal_size=size)
    return _STABLE_IDS.sub(r"terminal-\1", svg)


_STABLE_IDS = re.compile(r"\bterminal-\d+-([\w-]+)")
"""The run-specific id in CSS class names, dropped as pytest-textual-snapshot drops it."""
