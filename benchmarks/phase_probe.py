"""Run the reader once and say where its start went, up to the first paint (for start_phases.py).

Run by start_phases.py in a pseudo-terminal, with the version to measure first on
PYTHONPATH. It wraps three of Textual's internals to time them (the program itself uses
only Textual's public API; this probe is a measuring instrument, not part of it):
`App.run` (when the app starts), `Stylesheet.apply` (styling a node), and the Linux
driver's `write` (the first frame with the welcome's title is the first paint). At that
frame it writes one JSON line to $PHASES_OUT and exits without painting.
"""

from __future__ import annotations

import json
import os
import runpy
import sys
import time
from typing import Any

STARTED = time.perf_counter()

import textual.app  # noqa: E402  (the clock starts before Textual is imported)
from textual.css.stylesheet import Stylesheet  # noqa: E402
from textual.dom import DOMNode  # noqa: E402
from textual.drivers.linux_driver import LinuxDriver  # noqa: E402

MARK = "Welcome"
seen: dict[str, Any] = {"styling": 0.0, "applies": 0, "depth": 0}


def _run(self: textual.app.App[Any], *args: Any, **kwargs: Any) -> Any:
    seen["run"], seen["app"] = time.perf_counter(), self
    return _original_run(self, *args, **kwargs)


def _apply(self: Stylesheet, node: DOMNode, *args: Any, **kwargs: Any) -> None:
    """Styling time, counted once for a node and the virtual nodes of its component classes."""
    began = time.perf_counter()
    seen["depth"] += 1
    try:
        _original_apply(self, node, *args, **kwargs)
    finally:
        seen["depth"] -= 1
        seen["applies"] += 1
        if seen["depth"] == 0:
            seen["styling"] += time.perf_counter() - began


def component_classes(node: DOMNode) -> set[str]:
    """The component classes Textual styles for a node: its class's and every base's."""
    return set().union(*(vars(cls).get("COMPONENT_CLASSES", set()) for cls in type(node).__mro__))


def _write(self: LinuxDriver, data: str) -> None:
    if MARK not in data:
        _original_write(self, data)
        return
    painted = time.perf_counter()
    app = seen["app"]
    nodes = list(app.screen.walk_children(with_self=True))
    report = {
        "to_run_ms": (seen["run"] - STARTED) * 1000,
        "run_to_paint_ms": (painted - seen["run"]) * 1000,
        "styling_ms": seen["styling"] * 1000,
        "applies": seen["applies"],
        "nodes": len(nodes),
        "component_classes": sum(len(component_classes(node)) for node in nodes),
        "rules": len(app.stylesheet.rules),
    }
    with open(os.environ["PHASES_OUT"], "a", encoding="utf-8") as out:
        out.write(json.dumps(report) + "\n")
    os._exit(0)


_original_run = textual.app.App.run
_original_apply = Stylesheet.apply
_original_write = LinuxDriver.write
textual.app.App.run = _run  # type: ignore[method-assign]
Stylesheet.apply = _apply  # type: ignore[method-assign]
LinuxDriver.write = _write  # type: ignore[method-assign]

if __name__ == "__main__":
    sys.argv = ["explainer", "--fresh"]
    runpy.run_module("explainer", run_name="__main__")
