"""Pausing the cyclic garbage collector around bulk work on the content.

Loading and linting make or walk millions of acyclic containers; with the collector on,
its repeated full scans make a 10,000-section file several times slower than linear.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Disable the cyclic GC for the block, restoring its previous state after."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


_paused_for_start = False


def pause_until_first_paint() -> None:
    """The reader's start: no cyclic collection until its first screen is painted.

    Importing Textual and building the first screen make objects fast enough to set off
    about 130 young-generation collections before the first paint, 20-25 ms of a 270 ms
    start (measured with gc.callbacks); the few cycles they would free can wait until then.
    """
    global _paused_for_start
    if gc.isenabled():
        gc.disable()
        _paused_for_start = True


def resume_after_first_paint() -> None:
    """Collect as usual again, if pause_until_first_paint turned the collector off."""
    global _paused_for_start
    if _paused_for_start:
        _paused_for_start = False
        gc.enable()


def freeze_long_lived() -> None:
    """Keep every object made so far (the imported modules, the loaded content) out of later collections.

    They live as long as the process. Without this, the reader's first full collection
    walks them all just before its first paint (about 25 ms of a 300 ms start, measured).
    """
    gc.freeze()
