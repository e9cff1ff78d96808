"""The design's promises, as a reader meets them: a reading column, the side panel, nothing
cut off silently, the care card's numbers in view, the Next block, search with context."""

from __future__ import annotations

import pytest
from textual.widgets import Digits

from explainer.ui.commands import context_line
from explainer.ui.screens.reader import ReaderScreen
from explainer.ui.widgets.choices import ChoiceButton

from .app_helpers import make_app, resize, screen_text, shipped


async def test_prose_keeps_a_reading_measure_on_a_wide_terminal() -> None:
    app = make_app(start="side-effects")
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.pause()
        body = app.screen.query_one(".section-view Body")
        assert body.content_size.width <= 80
        column = app.screen.query_one("#column").region
        main = app.screen.query_one("#body").region
        assert abs((column.x - main.x) - (main.right - column.right)) <= 2, "centred beside the side panel"


async def test_side_panel_beside_the_text_when_wide() -> None:
    app = make_app(start="nmda")
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        panel = app.screen.query_one("#side-panel")
        assert panel.display and panel.region.x >= app.screen.query_one("#column").region.right
        text = screen_text(app)
        assert "TERMS ON THIS SCREEN" in text and "glutamate" in text and 'The brain\'s main "go"' in text
        assert "SOURCES" in text and "4 A ketamine clinic's blog" in text
        assert "s shows them in full" not in text, "listed once: in the panel, no line at the foot"
        assert "WHERE YOU ARE" in text and "1/13 seen" in text
        await pilot.press("1")  # another section of the same branch
        assert "2/13 seen" in screen_text(app)


async def test_side_panel_folds_behind_a_key_when_narrow() -> None:
    app = make_app(start="nmda")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert not app.screen.query("#side-panel"), "not even mounted until wanted"
        await pilot.press("i")
        assert app.screen.query_one("#side-panel").display
        assert "TERMS ON THIS SCREEN" in screen_text(app)
        await pilot.press("i")
        assert not app.screen.query_one("#side-panel").display
    binding = next(b for b in ReaderScreen.BINDINGS if getattr(b, "action", "") == "toggle_side_panel")
    assert binding.id == "side-panel" and binding.description


async def test_a_long_screen_says_there_is_more_and_how_to_scroll() -> None:
    app = make_app(start="side-effects")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "More below: PgDn" in screen_text(app)
        for _ in range(10):
            await pilot.press("pagedown")
        await pilot.pause()
        assert "More below" not in screen_text(app), "no hint once the end is in view"


async def test_no_hint_when_everything_fits() -> None:
    app = make_app(start="hub")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert "More below" not in screen_text(app)


@pytest.mark.parametrize("section_id", ["cascade", "timeline", "side-effects", "compare-lasting", "myth-no-risks"])
async def test_the_chrome_leaves_the_text_at_least_15_rows_at_80x24(section_id: str) -> None:
    app = make_app(start=section_id)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.screen.query_one("#body").region.height >= 15


@pytest.mark.parametrize("present", [False, True], ids=["reader", "presenter"])
@pytest.mark.parametrize("size", [(60, 20), (80, 24)])
async def test_every_help_number_is_in_view_without_scrolling(size: tuple[int, int], present: bool) -> None:
    app = make_app(start="glutamate", present=present)
    async with app.run_test(size=size) as pilot:
        await pilot.press("exclamation_mark")
        await pilot.pause()
        body = app.screen.query_one("#body")
        assert body.scroll_y == 0
        digits = list(app.screen.query(Digits))
        assert [d.value for d in digits] == ["988", "116 123"]
        for widget in [*digits, app.screen.query_one(".care-band")]:
            assert body.region.contains_region(widget.region), f"{widget} is cut off at {size}"
        text = screen_text(app)
        for number in ("911", "999", "112"):
            assert number in text
        for hidden in ("#breadcrumb", "#title", "#choices"):
            assert not app.screen.query_one(hidden).display, "nothing else but the way back"
        assert app.screen.query_one("#status").display is present, "the presenter keeps the clock"


@pytest.mark.parametrize("present", [False, True], ids=["reader", "presenter"])
async def test_every_help_number_is_in_view_at_40x20(present: bool) -> None:
    """Too slim for the large numbers: each is the bold one in its line's words, all in view."""
    app = make_app(start="glutamate", present=present)
    async with app.run_test(size=(40, 20)) as pilot:
        await pilot.press("exclamation_mark")
        await pilot.pause()
        assert app.screen.query_one("#body").scroll_y == 0
        assert not any(digits.display for digits in app.screen.query(Digits))
        text = screen_text(app)
        for number in ("911", "999", "112", "Call or text 988", "Call 116 123"):
            assert number in text, f"{number} is cut off at 40x20"
        await resize(pilot, 80, 24)
        assert all(digits.display for digits in app.screen.query(Digits)), "large again when there is room"


CARE_KEYS = ["esc Back", "1 Further help", "? Keys", "q Quit", "! Help now"]


@pytest.mark.parametrize("present", [False, True], ids=["reader", "presenter"])
async def test_care_card_key_bar_shows_only_the_way_back_and_on(present: bool) -> None:
    app = make_app(start="glutamate", present=present)
    full_only = ["n Notes", "b Blank", "e Handout"] if present else ["h Home", "g Terms", "m Map"]
    async with app.run_test(size=(80, 24)) as pilot:
        bar = screen_text(app).splitlines()[-1]
        assert all(key in bar for key in full_only), bar
        await pilot.press("exclamation_mark")
        await pilot.pause()
        bar = screen_text(app).splitlines()[-1]
        assert all(key in bar for key in CARE_KEYS), bar
        assert not any(key in bar for key in full_only), bar
        await pilot.press("escape")
        await pilot.pause()
        assert app.section_id == "glutamate"
        bar = screen_text(app).splitlines()[-1]
        assert all(key in bar for key in full_only), "the full keys come back after the care card"
        assert app.screen.query_one("#choices").display


async def test_care_card_one_goes_on_to_further_help_and_nothing_hidden_has_focus() -> None:
    app = make_app(start="glutamate")
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.press("exclamation_mark")
        await pilot.pause()
        assert app.focused is None, "Enter must not press a hidden choice"
        assert "esc Back  1 Further help  ? Keys  q Quit" in screen_text(app).splitlines()[-1]
        await pilot.press("1")
        await pilot.pause()
        assert app.section_id == "further-help"


async def test_next_block_marks_seen_quietly_and_sets_back_links_apart() -> None:
    app = make_app(start="how-it-works")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("1", "escape")
        buttons = [b for b in app.screen.query(ChoiceButton) if b.display]
        assert str(buttons[0].label).endswith("✓ seen")
        back = [b for b in buttons if b.has_class("back")]
        assert back and all(str(b.label).split("  ", 1)[1].startswith("↩ ") for b in back)
        assert back[0].has_class("first-back") and back[0].region.y > buttons[buttons.index(back[0]) - 1].region.bottom
        assert buttons[0].region.width == app.screen.query_one("#choices").content_region.width, "full-row focus"


def test_search_results_show_a_line_of_context() -> None:
    line = context_line("You may feel detached. This is called [[dissociation]].", "dissoc")
    assert line == "You may feel detached. This is called [b]dissoc[/b]iation."
    long = context_line("word " * 40 + "target here " + "word " * 40, "target")
    assert long.startswith("…") and long.endswith("…") and "[b]target[/b]" in long
    assert context_line("a [b]tag[/b] in content", "tag") == "a \\[b][b]tag[/b]\\[/b] in content"
    assert context_line("nothing", "absent") is None


async def test_palette_shows_the_matched_text() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+p", *"dissoc")
        await pilot.pause(0.5)
        assert "[b]" not in screen_text(app) and "Mentions dissoc" not in screen_text(app)
        assert "dissoc" in screen_text(app).casefold()


async def test_glossary_is_sorted_and_terms_look_unlike_links() -> None:
    app = make_app(start="glutamate")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("G")
        terms = [entry.term.casefold() for entry in app.screen.entries]
        assert terms == sorted(terms) and len(terms) == len(shipped().content.glossary)
        assert app.screen.query_one("#glossary-box").border_title is not None
        await pilot.press("escape")
        body = app.screen.query_one(".section-view Body")
        term = body.get_visual_style("body--term", partial=True)
        link = body.get_visual_style("body--link", partial=True)
        assert not term.underline and link.underline and term.foreground is not None


async def test_the_shipped_themes_are_offered_and_the_default_is_the_calm_one() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)):
        assert app.theme == "explainer-dark"
        assert {"explainer-dark", "explainer-light", "high-contrast"} <= set(app.available_themes)
