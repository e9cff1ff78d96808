"""The ? screen in the modal template: name and keys in the border, keys grouped, a long
meaning wrapping under itself (P12 of the design review)."""

from __future__ import annotations

from collections import Counter

import pytest
from textual.widgets import Static

from explainer.ui.bindings import KEY_GROUPS, grouped, listed, reader_bindings_in
from explainer.ui.screens.keys import KeysScreen

from .app_helpers import make_app, screen_text


def cells(app, css_class: str) -> list[str]:
    return [str(cell.content) for cell in app.screen.query(f".{css_class}").results(Static)]


async def test_name_in_the_border_title_and_its_keys_in_the_subtitle() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, KeysScreen)
        box = app.screen.query_one("#keys-box")
        assert str(box.border_title) == "Keys"
        assert str(box.border_subtitle) == "↑↓ scroll · esc close"
        lines = screen_text(app).splitlines()
        assert any(line.lstrip().startswith("╭─ Keys ─") for line in lines)
        assert any(line.rstrip().endswith("↑↓ scroll · esc close ─╯") for line in lines)


@pytest.mark.parametrize("present", [False, True], ids=["reader", "presenter"])
async def test_keys_are_grouped_under_headings(present: bool) -> None:
    app = make_app(present=present)
    async with app.run_test(size=(100, 60)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        headings = cells(app, "keys-heading")
        text = screen_text(app)
    assert headings == ["Help", "Move", "Read", "Present"] if present else ["Help", "Move", "Read"]
    assert all(f"│ {heading} " in text for heading in headings)
    assert text.index("help now, from any screen") < text.index("pick a choice"), "help first"


@pytest.mark.parametrize("present", [False, True], ids=["reader", "presenter"])
async def test_every_binding_is_listed_exactly_once(present: bool) -> None:
    app = make_app(present=present)
    expected = listed(reader_bindings_in(app.mode_allows))
    async with app.run_test(size=(100, 60)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        shown = list(zip(cells(app, "keys-key"), cells(app, "keys-meaning"), strict=True))
        text = screen_text(app)
    assert Counter(shown) == Counter(expected)
    assert len(shown) == len(set(shown))
    for key, _ in expected:  # the key column as drawn, each key once
        assert sum(line.split("│")[1][1:].startswith(key + " ") for line in text.splitlines() if "│" in line) == 1, key


def test_every_binding_with_words_has_a_group() -> None:
    everything = reader_bindings_in(lambda action: True)
    worded = {b.id for b in everything if b.tooltip}
    grouped_ids = [i for ids in KEY_GROUPS.values() for i in ids]
    assert worded <= set(grouped_ids) and len(grouped_ids) == len(set(grouped_ids))
    assert Counter(row for _, rows in grouped(everything) for row in rows) == Counter(listed(everything))


@pytest.mark.parametrize("size", [(60, 20), (80, 24)])
async def test_a_long_meaning_wraps_at_the_meaning_column(size: tuple[int, int]) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        meanings = list(app.screen.query(".keys-meaning").results(Static))
        column = meanings[0].region.x
        assert {m.region.x for m in meanings} == {column}, "one meaning column"
        wrapped = [m for m in meanings if m.region.height > 1]
        assert wrapped, "at this width some meanings wrap"
        for meaning in wrapped:
            meaning.scroll_visible(animate=False, immediate=True)
            await pilot.pause()
            lines = screen_text(app).splitlines()
            for row in range(meaning.region.y + 1, meaning.region.bottom):
                line = lines[row]
                inside = line[line.index("│") + 1 : column]
                assert inside.strip() == "", f"continuation reaches back under the keys: {line!r}"
                assert line[column] != " ", f"continuation does not start at the meaning column: {line!r}"


async def test_the_key_column_is_drawn_like_the_key_bar_keys() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        key_colour = app.theme_variables["footer-key-foreground"]
        for cell in app.screen.query(".keys-key").results(Static):
            assert cell.styles.color.hex.lower() == key_colour.lower()[:7] and cell.styles.text_style.bold
