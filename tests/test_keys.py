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
