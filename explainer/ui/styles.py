"""Styles kept in .tcss files beside the widgets and screens that use them.

app.tcss holds what the reader's first screen needs. A section kind, a modal screen or
the presenter's panel brings its own file as DEFAULT_CSS, which Textual parses when that
widget is first mounted rather than before the first paint. Their rules are not scoped
(SCOPED_CSS = False), so they read as they would in app.tcss.
"""

from __future__ import annotations

from pathlib import Path


def styles_beside(module_file: str) -> str:
    """The .tcss file named like the module (myth.py -> myth.tcss)."""
    return Path(module_file).with_suffix(".tcss").read_text(encoding="utf-8")
