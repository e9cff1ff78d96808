"""The first screen's one primary action and its not-advice callout; sub-heads sit with what they label."""

from __future__ import annotations

from explainer.core.markdown import Block, Span, parse
from explainer.ui.widgets.body import Body, close_subheads
from explainer.ui.widgets.choices import ChoiceButton

from .app_helpers import make_app, screen_text, shipped
from .conftest import run_cli


async def test_enter_on_the_welcome_screen_opens_the_hub() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.section_id == shipped().content.start == "welcome"
        await pilot.press("enter")
        await pilot.pause()
        assert app.section_id == "hub"


async def test_the_primary_action_has_its_own_class_and_the_others_stay_secondary() -> None:
    app = make_app()
    async with app.run_test(size=(80, 40)) as pilot:
        await pilot.pause()
        buttons = [b for b in app.screen.query(ChoiceButton) if b.display]
        assert [b.has_class("primary") for b in buttons] == [True, False, False]
        assert "Start exploring  ⏎ Enter" in str(buttons[0].label)
        assert buttons[0].has_focus
        assert buttons[0].styles.background != buttons[1].styles.background
        await pilot.press("enter")
        await pilot.pause()
        assert not app.screen.query(".choice.primary"), "only the first screen has a primary action"


async def test_the_not_advice_line_is_an_inset_callout_of_its_own() -> None:
    app = make_app()
    async with app.run_test(size=(80, 40)) as pilot:
        await pilot.pause()
        body = app.screen.query_one(".section-view Body", Body)
        lines = body.lines(body.content_size.width)
        callout = [i for i, line in enumerate(lines) if line.plain.startswith("▌ ")]
        assert callout and lines[callout[0]].plain.startswith("▌ This is information, not medical advice.")
        assert callout == list(range(callout[0], callout[-1] + 1)), "one block"
        assert not lines[callout[0] - 1].plain and not lines[callout[-1] + 1].plain, "a blank line each side"
        assert all(line.cell_length == body.content_size.width for line in (lines[i] for i in callout)), "inset band"
        assert "• This is information" not in screen_text(app), "no longer a bullet"
        band = {segment.style.bgcolor for segment in body.render_line(callout[0]) if segment.style}
        prose = {segment.style.bgcolor for segment in body.render_line(0) if segment.style}
        assert len(band) == 1 and band != prose, "the callout is drawn on its own background, across the line"


def test_print_and_plain_keep_the_callout_plain() -> None:
    result = run_cli("print", "welcome")
    assert result.code == 0
    assert "| This is information, not medical advice." in result.out
    assert "▌" not in result.out
    plain = run_cli("--plain", "--fresh", "--no-save", input="q\n")
    assert "| This is information, not medical advice." in plain.out and "▌" not in plain.out


def test_a_bold_subhead_has_no_blank_line_below_and_one_above() -> None:
    blocks = close_subheads(parse("Intro.\n\n**Shown in people:**\n\n- one\n- two\n").blocks)
    assert [(b.plain, b.gap_before) for b in blocks] == [
        ("Intro.", False),
        ("Shown in people:", True),
        ("one", False),
        ("two", False),
    ]
    ordinary = [Block((Span("Some "), Span("bold", bold=True))), Block((Span("next"),))]
    assert close_subheads(ordinary)[1].gap_before, "a paragraph with some bold in it is not a sub-head"


async def test_known_vs_theory_subheads_sit_with_their_lists() -> None:
    app = make_app(start="known-vs-theory")
    async with app.run_test(size=(80, 50)) as pilot:
        await pilot.pause()
        rows = screen_text(app).splitlines()
        at = next(i for i, row in enumerate(rows) if row.strip() == "Shown in people:")
        assert not rows[at - 1].strip() and rows[at + 1].strip().startswith("•")


async def test_the_title_and_the_cascade_intro_each_keep_a_blank_line_before_what_follows() -> None:
    app = make_app(start="cascade")
    async with app.run_test(size=(80, 50)) as pilot:
        await pilot.pause()
        rows = screen_text(app).splitlines()
        title = next(i for i, row in enumerate(rows) if row.strip() == "The chain of events, step by step")
        assert not rows[title + 1].strip() and rows[title + 2].strip(), "title margin: a blank line below"
        box = next(i for i, row in enumerate(rows) if "1. Ketamine blocks NMDA receptors" in row)
        assert not rows[box - 1].strip() and rows[box - 2].strip(), "the intro does not touch the first box"
