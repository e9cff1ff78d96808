"""The reader's app driven by keys and mouse, as a reader would (Textual's Pilot)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from explainer.core.state import StateStore
from explainer.ui.app import ExplainerApp
from explainer.ui.screens.glossary import GlossaryScreen
from explainer.ui.screens.keys import KeysScreen
from explainer.ui.screens.map import MapScreen
from explainer.ui.screens.reader import ReaderScreen
from explainer.ui.widgets.myth import MythView

from .app_helpers import labels, make_app, notified, resize, screen_text, shipped
from .builders import content, load_doc, page

SIZE = (120, 40)


async def test_opens_at_start_with_choices_progress_and_dates() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.section_id == "welcome"
        assert labels(app) == ["1  Start exploring  ⏎ Enter", "2  About this guide", "3  Help now"]
        text = screen_text(app)
        assert f"Seen 1 of {len(shipped().content.sections)}" in text
        assert "Not medical advice" in text
        assert "Review due 2027-05-21" in text
        assert "This is information, not medical advice." in text


async def test_number_keys_pick_choices_and_mark_visited() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1")
        assert app.section_id == "hub"
        hub = [choice.target for choice in shipped().sections["hub"].choices]
        key = str(hub.index("myths") + 1)
        await pilot.press(key)
        assert app.section_id == "myths"
        back = [choice.target for choice in shipped().sections["myths"].choices].index("hub") + 1
        await pilot.press(str(back))
        assert app.section_id == "hub"
        assert labels(app)[int(key) - 1].startswith(f"{key}  Myths and facts")
        assert labels(app)[int(key) - 1].endswith("✓ seen")
        assert f"Seen 3 of {len(shipped().content.sections)}" in screen_text(app)
        await pilot.press("9")  # no ninth choice: nothing happens
        assert app.section_id == "hub"


async def test_arrows_and_enter_and_mouse_pick_choices() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("down", "down", "enter")
        assert app.section_id == "help-now"
        await pilot.press("escape")
        assert app.section_id == "welcome"
        await pilot.click("ChoiceButton", offset=(3, 0))
        assert app.section_id == "hub"
        await pilot.press("escape", "space")  # space presses the focused choice, as Enter does
        assert app.section_id == "hub"


async def test_a_choice_to_a_missing_section_is_shown_but_cannot_be_taken() -> None:
    app = ExplainerApp(load_doc(content(page("a", "nowhere", "b"), page("b", "a"))), state=None)
    async with app.run_test(size=SIZE) as pilot:
        assert labels(app) == ["1  To nowhere (missing section)", "2  To b"]
        await pilot.click("ChoiceButton", offset=(3, 0))
        await pilot.press("1")
        assert app.section_id == "a"
        assert app.focused is not None and str(app.focused.label) == "2  To b", "focus skips the disabled choice"
        await pilot.press("enter")
        assert app.section_id == "b"


async def test_back_escape_backspace_and_forward() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1", "1")
        assert app.section_id == "how-it-works"
        await pilot.press("escape")
        assert app.section_id == "hub"
        await pilot.press("backspace")
        assert app.section_id == "welcome"
        await pilot.press("escape")  # at the start: stays, says so
        assert app.section_id == "welcome"
        await pilot.press("f")
        assert app.section_id == "hub"
        await pilot.press("f")
        assert app.section_id == "how-it-works"
        await pilot.press("f")  # nothing further ahead
        assert app.section_id == "how-it-works"


async def test_branch_after_back_drops_forward_list() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1", "1")  # welcome > hub > how-it-works
        await pilot.press("escape")  # back to hub
        await pilot.press("2")  # a new branch: what-to-expect
        assert app.section_id == "what-to-expect"
        assert app.history.trail == ["welcome", "hub", "what-to-expect"]
        await pilot.press("f")
        assert app.section_id == "what-to-expect", "the old forward list is gone"


async def test_back_after_jump_by_map_returns() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1")
        await pilot.press("m")
        assert isinstance(app.screen, MapScreen)
        await pilot.press("down", "enter")  # the section after the current one in the tree
        assert isinstance(app.screen, ReaderScreen)
        jumped = app.section_id
        assert jumped not in ("hub",)
        await pilot.press("escape")
        assert app.section_id == "hub"
        await pilot.press("f")
        assert app.section_id == jumped


async def test_map_shows_marks_and_closes() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1", "m")
        assert "● What would you like to know?" in screen_text(app)
        tree = app.screen.query_one("Tree")
        labels = {str(n.label) for n in _walk(tree.root)}
        assert "✓ Welcome" in labels and "  How it works, in brief" in labels
        await pilot.press("escape")
        assert isinstance(app.screen, ReaderScreen)
        assert app.section_id == "hub"


def _walk(node):
    for child in node.children:
        yield child
        yield from _walk(child)


async def test_home_key() -> None:
    app = make_app(start="glutamate")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("h")
        assert app.section_id == "hub"
        await pilot.press("1", "home")
        assert app.section_id == "hub"


async def test_help_now_from_anywhere_including_modals() -> None:
    app = make_app(start="glutamate")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("exclamation_mark")
        assert app.section_id == "help-now"
        text = screen_text(app)
        for number in ("988", "116 123", "911", "999", "112"):
            assert number in text
        await pilot.press("escape", "G")
        assert isinstance(app.screen, GlossaryScreen)
        await pilot.press("exclamation_mark")
        assert isinstance(app.screen, ReaderScreen)
        assert app.section_id == "help-now"


async def test_terms_on_this_screen_and_full_glossary() -> None:
    app = make_app(start="nmda")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("g")
        assert isinstance(app.screen, GlossaryScreen)
        text = screen_text(app)
        assert "Terms on this screen" in text
        assert "glutamate" in text and "NMDA receptor" in text
        assert "The brain's main" in text  # the first term A-Z: glutamate
        await pilot.press("down")
        assert "A docking point for glutamate" in screen_text(app)
        await pilot.press("escape", "G")
        assert isinstance(app.screen, GlossaryScreen)
        assert len(app.screen.entries) == len(shipped().content.glossary)
        await pilot.press("escape")
        assert isinstance(app.screen, ReaderScreen)


async def test_terms_key_when_no_terms_are_marked() -> None:
    app = make_app(start="welcome")
    messages = notified(app)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("g")
        assert isinstance(app.screen, ReaderScreen)
        assert any("No glossary terms" in m for m in messages)


async def test_glossary_term_click_opens_definition() -> None:
    from explainer.ui.widgets.body import Body

    app = make_app(start="glutamate")
    messages = notified(app)
    async with app.run_test(size=SIZE) as pilot:
        body = app.screen.query_one(".section-view Body", Body)
        prefix = "Brain cells pass signals with "
        assert body.lines(body.content_size.width)[0].plain.startswith(prefix + "messenger chemicals")
        await pilot.click(body, offset=(len(prefix) + 2, 0))
        assert isinstance(app.screen, GlossaryScreen)
        assert app.screen.entries[0].term == "neurotransmitter"
        await pilot.press("escape")
        body = app.screen.query_one(".section-view Body", Body)
        body.post_message(Body.LinkClicked("https://example.invalid"))
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen), "outside links are never opened"
        assert any("not opened" in m for m in messages)


async def test_keys_screen() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, KeysScreen)
        text = screen_text(app)
        for words in ("pick a choice", "help now", "map of every section", "the whole glossary", "quit"):
            assert words in text
        await pilot.press("question_mark")
        assert isinstance(app.screen, ReaderScreen)


async def test_palette_searches_titles_bodies_and_glossary() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        await pilot.press(*"chain of events")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.section_id == "cascade"
        await pilot.press("ctrl+p", *"rumination")  # a word in a body, and a glossary term
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, GlossaryScreen)
        assert app.screen.entries[0].term == "rumination"


async def test_myth_guess_then_reveal() -> None:
    app = make_app(start="myth-new-brain-cells")
    async with app.run_test(size=SIZE) as pilot:
        view = app.screen.query_one(MythView)
        assert not view.has_class("revealed")
        assert "enormous growth" not in screen_text(app)
        await pilot.press("enter")  # the focused guess: "It's a myth"
        assert view.has_class("revealed")
        text = screen_text(app)
        assert "✗ MYTH" in text and "You guessed myth · right" in text
        assert "enormous growth of new brain cells" in text
        await pilot.press("1")
        assert app.section_id == "synapses"


async def test_partly_true_verdict_after_guessing_fact() -> None:
    app = make_app(start="myth-last-resort")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("right", "right", "enter")
        text = screen_text(app)
        assert "◐ PARTLY TRUE" in text and "You guessed fact · not quite" in text


async def test_a_reader_can_guess_partly_true() -> None:
    app = make_app(start="myth-last-resort")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("right", "enter")
        assert "You guessed partly true · right" in screen_text(app)
        assert app.screen.query_one(MythView).has_class("verdict-partly-true")


async def test_myth_guess_by_mouse() -> None:
    app = make_app(start="myth-party-drug")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.click("#guess-fact")
        assert "You guessed fact · not quite" in screen_text(app)
        assert all(button.disabled for button in app.screen.query(".guess PlainButton"))


async def test_compare_side_by_side_or_stacked() -> None:
    app = make_app(start="compare-lasting")
    async with app.run_test(size=SIZE) as pilot:
        assert not app.screen.has_class("narrow")
        sides = list(app.screen.query(".side"))
        assert sides[0].region.y == sides[1].region.y, "side by side"
        await resize(pilot, 80, 24)
        assert app.screen.has_class("narrow")
        sides = list(app.screen.query(".side"))
        assert sides[0].region.x == sides[1].region.x, "stacked"


async def test_breadcrumb_shows_the_location() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1", "1", "1")
        first_line = screen_text(app).splitlines()[0]
        assert first_line.strip().startswith("How it works › ")  # the branch, then the section
        assert "Welcome" not in first_line and ">" not in first_line  # a location, not the path taken


async def test_quit_key() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code in (0, None)
    assert not app.is_running


async def test_start_option_opens_there() -> None:
    app = make_app(start="timeline")
    async with app.run_test(size=SIZE):
        assert app.section_id == "timeline"
        assert "0 to 4 hours" in screen_text(app)


# --- the saved place ---------------------------------------------------------------


async def test_remember_is_opt_in_and_resumes(tmp_path: Path) -> None:
    path = tmp_path / "state" / "history.json"
    app = make_app(state=StateStore(path))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1", "2")
        assert not path.exists(), "nothing saved until the reader opts in"
        await pilot.press("r")
        assert path.exists()
        await pilot.press("1")
    saved = json.loads(path.read_text())
    assert saved["entries"][-1] == "what-is-trd"
    resumed = make_app(state=StateStore(path))
    async with resumed.run_test(size=SIZE) as pilot:
        assert resumed.section_id == "what-is-trd"
        await pilot.press("escape")
        assert resumed.section_id == "what-to-expect"
        await pilot.press("r")
        assert not path.exists(), "turning it off deletes the saved copy"


async def test_fresh_ignores_saved_place(tmp_path: Path) -> None:
    path = tmp_path / "history.json"
    path.write_text(
        json.dumps(
            {
                "version": 1,
                "content": shipped().content.meta.title,
                "entries": ["welcome", "hub"],
                "index": 1,
                "seen": [],
            }
        )
    )
    app = make_app(state=StateStore(path), fresh=True)
    async with app.run_test(size=SIZE):
        assert app.section_id == "welcome"


@pytest.mark.parametrize("garbage", ["{not json", '{"version": 1}', "[]", '{"version": 1, "content": 3, "entries": 5}'])
async def test_corrupt_state_is_reported_once_and_ignored(tmp_path: Path, garbage: str) -> None:
    path = tmp_path / "history.json"
    path.write_text(garbage)
    app = make_app(state=StateStore(path))
    messages = notified(app)
    async with app.run_test(size=SIZE) as pilot:
        assert app.section_id == "welcome"
        await pilot.press("1", "1")
        assert app.section_id == "how-it-works"
        assert len([m for m in messages if "saved place" in m.lower()]) <= 1


async def test_unwritable_state_is_reported_once_and_not_fatal(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where a folder should be")
    store = StateStore(blocker / "history.json")
    app = make_app(state=store)
    messages = notified(app)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("r")
        await pilot.press("1", "1", "escape")
        assert app.section_id == "hub"
        problems = [m for m in messages if "could not save" in m.lower()]
        assert len(problems) == 1


def test_exiting_before_the_first_paint_raises_nothing(capfd: pytest.CaptureFixture[str]) -> None:
    """A race found while measuring start-up: quitting at once used to raise MountError."""
    app = make_app()

    async def leave_at_once(pilot) -> None:
        app.exit()

    app.run(headless=True, size=SIZE, auto_pilot=leave_at_once)
    assert app.return_code == 0, "an unhandled exception sets the return code to 1"
    assert capfd.readouterr().err == "", "and prints its traceback"


async def test_readers_are_told_when_the_review_is_overdue() -> None:
    import datetime

    review_by = shipped().content.meta.review_by
    app = make_app(today=review_by + datetime.timedelta(days=1))
    messages = notified(app)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert f"Review overdue since {review_by.isoformat()}" in screen_text(app)
        assert any("due for review" in m for m in messages)
    on_time = make_app(today=review_by)
    on_time_messages = notified(on_time)
    async with on_time.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert f"Review due {review_by.isoformat()}" in screen_text(on_time)
        assert not any("due for review" in m for m in on_time_messages)


def saved_place(entries: list[str], content: str | None = None) -> str:
    title = content or shipped().content.meta.title
    return json.dumps({"version": 1, "content": title, "entries": entries, "index": len(entries) - 1, "seen": []})


async def test_fresh_leaves_the_saved_place_alone(tmp_path: Path) -> None:
    path = tmp_path / "history.json"
    path.write_text(saved_place(["welcome", "hub"]))
    app = make_app(state=StateStore(path), fresh=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1", "1")
        assert app.section_id == "how-it-works"
        assert "Saving your place" not in screen_text(app)
    assert json.loads(path.read_text())["entries"] == ["welcome", "hub"], "untouched by a fresh session"


async def test_another_window_saving_is_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "history.json"
    path.write_text(saved_place(["welcome", "hub"]))
    app = make_app(state=StateStore(path))
    messages = notified(app)
    async with app.run_test(size=SIZE) as pilot:
        assert app.section_id == "hub"
        path.write_text(saved_place(["welcome", "hub", "myths"]))  # a second window saved meanwhile
        await pilot.press("1")
        assert not app.remembering
        assert any("another explainer window" in m.lower() for m in messages)
        await pilot.press("escape")
    assert json.loads(path.read_text())["entries"] == ["welcome", "hub", "myths"], "the other window's place stays"


async def test_a_saved_place_from_other_content_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "history.json"
    other = saved_place(["intro", "more"], content="Another explainer")
    path.write_text(other)
    app = make_app(state=StateStore(path))
    messages = notified(app)
    async with app.run_test(size=SIZE) as pilot:
        assert app.section_id == "welcome"
        await pilot.press("1", "1")
        assert any("for other content" in m for m in messages)
        assert path.read_text() == other, "not overwritten by the first move"
        await pilot.press("r")  # the reader chooses to save this content's place there
        assert json.loads(path.read_text())["content"] == shipped().content.meta.title
