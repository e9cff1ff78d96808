"""Keys are declared once: the ? screen, the key bar and the README's tables all come from the bindings."""

from __future__ import annotations

import pytest

from explainer.ui.bindings import KEYBAR_PRIORITY, NEVER_DROPPED, listed, reader_bindings_in, readme_table
from explainer.ui.widgets.keybar import fitted

from .app_helpers import make_app, resize, screen_text
from .conftest import ROOT

PRESENTER_ONLY = {"n", "b", "e", "ctrl+r"}


def rows(present: bool) -> list[tuple[str, str]]:
    return listed(reader_bindings_in(make_app(present=present).mode_allows))


@pytest.mark.parametrize("present", [False, True], ids=["reader", "presenter"])
async def test_keys_screen_lists_exactly_this_modes_keys(present: bool) -> None:
    app = make_app(present=present)
    async with app.run_test(size=(100, 60)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        text = screen_text(app)
    keys_listed = {line.split("│")[1].split("  ")[0].strip() for line in text.splitlines() if line.count("│") == 2}
    for key in PRESENTER_ONLY:
        assert (key in keys_listed) == present, key
    assert ("r" in keys_listed) == (not present), "r (remember) is off for a presenter"
    assert {"!", "?", "q, ctrl+q"} <= keys_listed
    assert "This section's id: welcome" in text, "ids are visible, for print and export"


def test_readme_key_tables_are_the_bindings() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    reader, presenter = rows(False), rows(True)
    assert readme_table(reader) in readme
    extra = [row for row in presenter if row not in reader]
    assert {keys for keys, _ in extra} == PRESENTER_ONLY
    assert "<!-- presenter-keys -->\n" + readme_table(extra) in readme


@pytest.mark.parametrize("present", [False, True], ids=["reader", "presenter"])
@pytest.mark.parametrize("width", [120, 80, 60, 40])
async def test_key_bar_never_drops_help_keys_or_quit(present: bool, width: int) -> None:
    app = make_app(present=present)
    async with app.run_test(size=(120, 30)) as pilot:
        await resize(pilot, width, 30)
        bar = screen_text(app).splitlines()[-1]
    for shown in ("! Help now", "? Keys", "q Quit"):
        assert shown in bar, (width, bar)
    if present and width >= 80:
        for shown in ("n Notes", "b Blank", "^r Reset", "e Handout"):
            assert shown in bar, (width, bar)


def test_key_bar_drops_keys_in_the_fixed_priority() -> None:
    bindings = reader_bindings_in(make_app(present=True).mode_allows)
    shown_ids = [b.id for b in bindings if b.show]
    previous: set[str] = set(shown_ids)
    for width in range(200, 0, -5):
        kept = {b.id for b in fitted(bindings, width)}
        assert kept >= NEVER_DROPPED
        assert kept <= previous, "narrower never brings a key back"
        dropped = [i for i in KEYBAR_PRIORITY if i in shown_ids and i not in kept]
        ranked = [i for i in KEYBAR_PRIORITY if i in shown_ids]
        assert dropped == ranked[len(ranked) - len(dropped) :], "the lowest priority goes first"
        previous = kept


def chip_segments(app) -> tuple[list, list]:
    """The key bar's drawn segments: those of the help-now chip, and the rest with text."""
    segments = [s for s in app.screen.query_one("#keybar").render_line(0) if s.text.strip()]
    chip = [s for s in segments if "Help now" in s.text]
    return chip, [s for s in segments if s not in chip and s.text.strip() != "│"]


@pytest.mark.parametrize("present", [False, True], ids=["reader", "presenter"])
@pytest.mark.parametrize("width", [40, 80, 160])
async def test_help_now_is_a_chip_of_its_own_at_the_right(present: bool, width: int) -> None:
    app = make_app(present=present)
    async with app.run_test(size=(120, 30)) as pilot:
        await resize(pilot, width, 30)
        bar = screen_text(app).splitlines()[-1]
        assert bar.rstrip().endswith("│ ! Help now"), (width, bar)
        assert len(bar.rstrip()) == width - 1, "right-aligned: only the chip's own padding follows"
        assert bar.count("Help now") == 1
        chip, others = chip_segments(app)
        assert chip and others
        assert chip[0].style.bold and chip[0].style.bgcolor != others[0].style.bgcolor, "its own style"


async def test_help_now_chip_stays_distinct_without_colour(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        chip, others = chip_segments(app)
        assert chip[0].style.reverse and chip[0].style.bold
        assert not any(s.style.reverse for s in others)


async def test_help_now_chip_follows_a_change_of_theme() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        before = chip_segments(app)[0][0].style.bgcolor
        app.theme = "explainer-light"
        for _ in range(100):
            await pilot.pause()
            if chip_segments(app)[0][0].style.bgcolor != before:
                break
        assert chip_segments(app)[0][0].style.bgcolor.triplet.hex == "#f8dcd9"
