"""--ascii (or EXPLAINER_ASCII=1): every character the explainer draws is ASCII.

For legacy terminals without Unicode fonts: borders become + - |, arrows v, bullets -,
marks and verdicts keep their words. Each screen kind is read back from Textual's own
screenshot; the real command is run in a pseudo-terminal and every byte it writes checked.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from explainer.ui import glyphs

from .app_helpers import make_app, screen_text
from .pty_app import explainer_in_pty

SCREENS = [
    ("welcome", "welcome", ()),
    ("hub", "hub", ()),
    ("cascade", "cascade", ()),
    ("timeline", "timeline", ()),
    ("myth before a guess", "myth-party-drug", ()),
    ("myth after a guess", "myth-party-drug", ("enter",)),
    ("myth partly true", "myth-miracle-cure", ("right", "enter")),
    ("compare", "compare-lasting", ()),
    ("icon arrays", "numbers", ()),
    ("map", "glutamate", ("m",)),
    ("glossary", "glutamate", ("G",)),
    ("terms on this screen", "nmda", ("g",)),
    ("sources", "nmda", ("s",)),
    ("keys", "glutamate", ("question_mark",)),
    ("care card", "help-now", ()),
    ("command palette", "hub", ("ctrl+p", "g", "l", "u")),
    ("theme palette", "hub", ("ctrl+p", "t", "h", "e", "m", "e", "enter")),
    ("my questions", "hub", ("A",)),
]


def non_ascii(text: str) -> str:
    return "".join(sorted({c for c in text if not c.isascii()}))


@pytest.mark.parametrize("size", [(80, 24), (140, 60)], ids=["80x24", "140x60-side-panel"])
@pytest.mark.parametrize(("start", "keys"), [(s, k) for _, s, k in SCREENS], ids=[n for n, _, _ in SCREENS])
async def test_every_character_on_screen_is_ascii(start: str, keys: tuple[str, ...], size: tuple[int, int]) -> None:
    app = make_app(start=start, ascii=True)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        await pilot.wait_for_scheduled_animations()
        await pilot.pause()
        text = screen_text(app)
        assert non_ascii(text) == "", text


@pytest.mark.parametrize("keys", [("n",), ("q",)], ids=["notes panel", "quit question"])
async def test_presenter_screens_are_ascii(keys: tuple[str, ...]) -> None:
    app = make_app(start="cascade", present=True, ascii=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        text = screen_text(app)
        assert non_ascii(text) == "", text


async def test_without_the_switch_the_glyphs_are_unicode() -> None:
    """The check above bites: the same screen draws box drawing and marks by default."""
    app = make_app(start="cascade")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert {"▼", "≈"} <= set(screen_text(app))


async def test_marks_and_verdicts_keep_their_words() -> None:
    app = make_app(start="myth-party-drug", ascii=True)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        before = screen_text(app)
        assert "x It's a myth" in before and "~ Partly true" in before and "+ It's a fact" in before
        await pilot.press("enter")
        await pilot.pause()
        after = screen_text(app)
        assert "x MYTH" in after and "You guessed myth - right" in after
        assert "* Shown in people" in after and "~ Leading theory" in after and "+ Added context" in after


def test_content_text_is_spelled_in_ascii() -> None:
    glyphs.use(True)
    try:
        assert glyphs.text("4–6 weeks “often” … ✓ ≈ café") == '4-6 weeks "often" ... * ~ cafe'
    finally:
        glyphs.use(False)
    assert glyphs.text("4–6 weeks") == "4–6 weeks"


@pytest.mark.parametrize(
    ("args", "env"),
    [(("--ascii",), {}), ((), {"EXPLAINER_ASCII": "1"})],
    ids=["--ascii", "EXPLAINER_ASCII=1"],
)
def test_the_command_draws_only_ascii(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...], env: dict[str, str]
) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with explainer_in_pty(tmp_path, *args, "--start", "cascade") as app:
        app.send(b"m")
        app.wait_for(b"browse", 20)
        app.drain(0.1)
        assert app.transcript.isascii(), non_ascii(app.transcript.decode("utf-8", "replace"))


def test_the_command_draws_unicode_by_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EXPLAINER_ASCII", raising=False)
    with explainer_in_pty(tmp_path, "--start", "cascade") as app:
        assert "▼".encode() in app.transcript


def test_help_documents_the_switch(cli) -> None:
    text = " ".join(cli("--help").out.split())
    assert "--ascii" in text and "EXPLAINER_ASCII=1" in text
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    assert "`--ascii` or `EXPLAINER_ASCII=1`" in readme


def test_cascade_snapshot_in_ascii(snap_compare) -> None:
    assert snap_compare(make_app(start="cascade", ascii=True), terminal_size=(80, 24))
