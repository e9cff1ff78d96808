"""Sections rendered headlessly to SVG: the same rendering the snapshot tests compare."""

from __future__ import annotations

import datetime
import re
from typing import cast

from textual.pilot import Pilot

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
    app = ExplainerApp(explainer, start=section_id, state=None, theme=theme, today=today)
    svg = cast(str, app.run(headless=True, size=size, auto_pilot=_screenshot))
    return _STABLE_IDS.sub(r"terminal-\1", svg)


async def _screenshot(pilot: Pilot[object]) -> None:
    """Wait as pytest-textual-snapshot waits (pauses and animations), then exit with the SVG.

    The snapshot plugin renders through `textual._doc.take_svg_screenshot`, which is private;
    these are its steps, with public API, so the files stay byte-identical.
    """
    await pilot.pause()
    await pilot.wait_for_scheduled_animations()
    await pilot.pause()
    await pilot.pause()
    await pilot.wait_for_scheduled_animations()
    app = pilot.app
    app.exit(app.export_screenshot(title=app.title, simplify=True))


_STABLE_IDS = re.compile(r"\bterminal-\d+-([\w-]+)")
"""The run-specific id in CSS class names, dropped as pytest-textual-snapshot drops it."""
