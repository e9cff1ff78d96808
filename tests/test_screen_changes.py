"""The benchmark's 'screen complete' mark: a repaint of the same screen is not a change."""

from __future__ import annotations

from benchmarks.screen_changes import ScreenChanges


def test_the_last_change_ignores_a_repaint_of_the_same_screen() -> None:
    terminal = ScreenChanges((20, 4))
    frames = [
        (1.0, b"\x1b[H\x1b[2JHub"),
        (2.0, b"\x1b[2;1H1 Myths"),
        (3.0, b"\x1b[H\x1b[2JHub\x1b[2;1H1 Myths"),  # the same screen again
    ]
    assert terminal.last_change(frames) == 2.0


def test_a_change_of_colour_alone_is_a_change() -> None:
    terminal = ScreenChanges((20, 4))
    assert terminal.last_change([(1.0, b"\x1b[HNext")]) == 1.0
    assert terminal.last_change([(2.0, b"\x1b[H\x1b[7mNext\x1b[0m")]) == 2.0, "a focus drawn in reverse"
    assert terminal.last_change([(3.0, b"\x1b[H\x1b[7mNext\x1b[0m")]) is None, "nothing new"
