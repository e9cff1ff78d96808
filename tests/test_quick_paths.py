"""What keeps the start and each screen change quick, checked as behaviour (the timings
themselves are in benchmarks/, never in a test): the side panel arrives after the first
paint without moving the text, a section change leaves the screen's own classes alone,
the theme is in place without a second parse, no YAML parser for readers without a
keymap, and the long-lived objects are frozen out of the collector's way."""

from __future__ import annotations

import gc
import subprocess
import sys

import pytest

from explainer.core.gcpause import freeze_long_lived
from explainer.ui.themes import THEMES

from .app_helpers import make_app


async def test_side_panel_arrives_in_its_place_without_moving_the_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """The panel is mounted after the first paint, into the place held for it."""
    from explainer.ui.screens.reader import ReaderScreen

    at_mount: dict[str, object] = {}
    mount = ReaderScreen._mount_side_panel

    async def observed(screen: ReaderScreen) -> None:
        slot = screen.query_one("#side-slot")
        if not at_mount:  # the first call; a later one finds the panel there and does nothing
            at_mount.update(
                panel=bool(screen.query("#side-panel")),
                held=slot.display,
                slot=slot.region,
                column=screen.query_one("#column").region,
            )
        await mount(screen)

    monkeypatch.setattr(ReaderScreen, "_mount_side_panel", observed)
    app = make_app(start="nmda")
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        assert at_mount, "the panel was mounted through the deferred path"
        assert not at_mount["panel"] and at_mount["held"], "first paint: the place is held"
        panel = app.screen.query_one("#side-panel")
        held = at_mount["slot"]
        assert panel.display and panel.region == held and panel.region.width == 36 and panel.region.right == 140
        assert app.screen.query_one("#column").region == at_mount["column"], "the column kept its place"
        assert not app.screen.query_one("#side-slot").display, "the placeholder gave way"


async def test_a_section_change_leaves_the_screens_own_classes_alone() -> None:
    """A class on the screen restyles every widget on it; the welcome band and the care card
    class only the widgets they change."""
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = app.screen
        classes = set(screen.classes)
        assert screen.query_one("#title").has_class("welcome")
        for key in ("1", "exclamation_mark"):
            await pilot.press(key)
            await pilot.pause()
            assert set(screen.classes) == classes
        assert app.section_id == "help-now"
        assert not screen.query_one("#title").has_class("welcome")
        assert screen.query_one("#title").has_class("care") and not screen.query_one("#title").display
        await pilot.press("escape")
        await pilot.pause()
        assert not screen.query_one("#title").has_class("care") and screen.query_one("#title").display


@pytest.mark.parametrize("theme", [theme.name for theme in THEMES])
async def test_each_shipped_theme_is_in_place_from_the_first_paint(theme: str) -> None:
    app = make_app(theme=theme)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.theme == theme
        dark = app.current_theme.dark
        assert app.has_class("-dark-mode") is dark and app.has_class("-light-mode") is not dark
        assert app.has_class(f"-theme-{theme}")


def test_no_yaml_parser_is_imported_for_a_reader_without_a_keymap() -> None:
    code = "import sys, explainer.core.keymap, explainer.commands.reader; print('yaml' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.strip() == "False"


def test_freezing_keeps_what_exists_out_of_later_collections() -> None:
    before = gc.get_freeze_count()
    try:
        freeze_long_lived()
        assert gc.get_freeze_count() > before
    finally:
        gc.unfreeze()


async def test_a_side_panel_being_taken_down_ignores_a_late_show() -> None:
    """The panel is filled after the first paint; an app that quits at once may be removing its parts by then."""
    from explainer.ui.widgets.side_panel import SidePanel

    app = make_app(start="nmda")
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        panel = app.screen.query_one(SidePanel)
        await panel.remove_children()
        panel.show(app.explainer.sections["nmda"], set(), [])
        assert not panel.children
