"""The glossary: terms A-Z under letter headings the cursor skips, and where each term is used (P12)."""

from __future__ import annotations

from textual.widgets import OptionList, Static

from explainer.ui.screens.glossary import GlossaryScreen, letter

from .app_helpers import make_app, screen_text, shipped


def test_used_in_names_the_sections_that_mark_the_term() -> None:
    """content.yaml marks [[amygdala]] once, in the section 'The amygdala and fear'."""
    explainer = shipped()
    amygdala = explainer.glossary["amygdala"]
    assert explainer.used_in(amygdala) == ["The amygdala and fear"]
    glutamate = explainer.used_in(explainer.glossary["glutamate"])
    assert glutamate[0] == "How it works, in brief" and len(glutamate) == len(set(glutamate)), "content order, once"


async def test_letter_headings_are_in_the_list_and_the_cursor_skips_them() -> None:
    app = make_app(start="glutamate")
    terms = sorted((e.term for e in shipped().content.glossary), key=str.casefold)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("G")
        await pilot.pause()
        assert isinstance(app.screen, GlossaryScreen)
        options = app.screen.query_one(OptionList)
        prompts = [(str(o.prompt), o.disabled) for o in options.options]
        headings = [text for text, disabled in prompts if disabled]
        assert headings == list(dict.fromkeys(letter(t) for t in terms)), "one heading per first letter, in order"
        assert "A" in headings and [text for text, disabled in prompts if not disabled] == terms
        drawn = [line.split("│")[1].split("▏")[0].strip() for line in screen_text(app).splitlines() if "▏" in line]
        assert "A" in drawn and "0-9" in drawn, "the headings are drawn as rows of the list"
        visited = [options.highlighted_option]
        for _ in range(len(terms) - 1):
            await pilot.press("down")
            visited.append(options.highlighted_option)
        assert [str(o.prompt) for o in visited] == terms, "down walks the terms only, never a heading"
        for _ in range(len(terms) - 1):
            await pilot.press("up")
            assert not options.highlighted_option.disabled
        assert str(options.highlighted_option.prompt) == terms[0]


async def test_the_definition_pane_says_where_the_term_is_used() -> None:
    app = make_app(start="glutamate")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("G")
        await pilot.pause()
        options = app.screen.query_one(OptionList)
        for _ in range(len(options.options)):
            if str(options.highlighted_option.prompt) == "amygdala":
                break
            await pilot.press("down")
        await pilot.pause()
        assert str(app.screen.query_one("#term-used-in", Static).content) == "Used in: The amygdala and fear"
        assert "Used in: The amygdala and fear" in screen_text(app)


async def test_a_short_list_has_no_letter_headings() -> None:
    app = make_app(start="nmda")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g")
        await pilot.pause()
        options = app.screen.query_one(OptionList).options
        assert [str(o.prompt) for o in options] == ["glutamate", "NMDA receptor"]
        assert not any(o.disabled for o in options)
