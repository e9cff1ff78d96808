"""Only the themes the contrast test checks are offered: by --theme and by the palette."""

from __future__ import annotations

from textual.command import CommandList

from explainer.ui.themes import THEMES

from .app_helpers import make_app

SHIPPED = [theme.name for theme in THEMES]


def test_an_unchecked_theme_is_refused_in_one_line(cli) -> None:
    result = cli("--theme", "textual-light")
    assert result.code == 2
    assert result.err == (
        "explainer: unknown theme 'textual-light'; choose from: explainer-dark, explainer-light, high-contrast\n"
    )
    assert "Traceback" not in result.err


def test_help_names_only_the_shipped_themes(cli) -> None:
    result = cli("--help")
    assert "explainer-dark (default), explainer-light or high-contrast" in " ".join(result.out.split())
    assert "any Textual theme" not in result.out


async def test_the_palette_theme_command_offers_only_checked_themes() -> None:
    app = make_app(start="hub")
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("ctrl+p", *"theme", "enter")  # the palette's own "Theme" command
        await pilot.pause()
        commands = app.screen.query_one(CommandList)
        await pilot.wait_for_scheduled_animations()
        for _ in range(100):
            if commands.option_count == len(SHIPPED):
                break
            await pilot.pause(0.02)
        offered = [str(commands.get_option_at_index(i).prompt) for i in range(commands.option_count)]
        assert offered == SHIPPED
        await pilot.press("down", "enter")
        await pilot.pause()
        assert app.theme == "explainer-light"
