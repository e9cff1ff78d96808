"""A reader's keymap file: rebinding by binding id, checked with FILE:LINE:COL errors."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from explainer.core.keymap import KeymapError, load_keymap
from explainer.ui.bindings import default_keys
from explainer.ui.screens.map import MapScreen
from explainer.ui.screens.reader import ReaderScreen

from .app_helpers import make_app, screen_text
from .conftest import run_cli


def keymap_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "keymap.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_keymap_rebinds_by_id_and_help_now_keeps_its_key(tmp_path: Path) -> None:
    path = keymap_file(tmp_path, "# mine\nmap: ctrl+o\nhelp-now: f1\nhome: h,home,f2\n")
    assert load_keymap(path, default_keys()) == {
        "map": "ctrl+o",
        "help-now": "f1,exclamation_mark",
        "home": "h,home,f2",
    }


def test_no_file_is_no_keymap_unless_it_was_named(tmp_path: Path) -> None:
    assert load_keymap(tmp_path / "none.yaml", default_keys()) == {}
    (tmp_path / "a-file").write_text("x")
    assert load_keymap(tmp_path / "a-file" / "keymap.yaml", default_keys()) == {}, "a home that is a file"
    with pytest.raises(KeymapError, match=r"none\.yaml: no such keymap file"):
        load_keymap(tmp_path / "none.yaml", default_keys(), required=True)


@pytest.mark.parametrize(
    ("text", "where", "says"),
    [
        ("map: ctrl+o\nglosary: ctrl+g\n", "2:1", "no key has the id 'glosary'; did you mean 'glossary'?"),
        ("map: ctrl+o\nmap: ctrl+p\n", "2:1", "'map' is given twice"),
        ("map: ctrl+o\nglossary: ctrl+o\n", "2:11", "'ctrl+o' is already the key of 'map'"),
        ("map: q\n", "1:6", "'q' is the key of 'quit'; give 'quit' other keys in this file too"),
        ("map: ctrl o\n", "1:6", "'ctrl o' is not a key name"),
        ("map:\n", "1:5", "'map' needs keys"),
        ("map: [a, b]\n", "1:6", "'map' needs keys"),
        ("- map\n", "1:1", "a keymap is lines of 'binding-id: keys'"),
        ("map: 'ctrl+o\n", "2:1", "not a keymap"),
    ],
)
def test_every_problem_is_one_line_at_its_place(tmp_path: Path, text: str, where: str, says: str) -> None:
    path = keymap_file(tmp_path, text)
    with pytest.raises(KeymapError) as caught:
        load_keymap(path, default_keys())
    message = str(caught.value)
    assert message.startswith(f"{path.name}:{where}: ") or message.startswith(f"{path}:{where}: "), message
    assert says in message and "\n" not in message


def test_a_keymap_that_is_not_text_or_not_a_file_is_refused(tmp_path: Path) -> None:
    binary = tmp_path / "keymap.yaml"
    binary.write_bytes(b"map: \xff\n")
    with pytest.raises(KeymapError, match="not UTF-8"):
        load_keymap(binary, default_keys())
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    with pytest.raises(KeymapError, match="cannot read the keymap"):
        load_keymap(fifo, default_keys())
    with pytest.raises(KeymapError, match="cannot read the keymap"):
        load_keymap(Path("/dev/zero"), default_keys())


async def test_the_app_follows_the_keymap_in_keys_the_key_bar_and_the_keys_screen() -> None:
    app = make_app(keymap={"map": "ctrl+o", "help-now": "f1,exclamation_mark"})
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("m")
        assert isinstance(app.screen, ReaderScreen), "m is no longer the map"
        await pilot.press("ctrl+o")
        assert isinstance(app.screen, MapScreen)
        await pilot.press("escape", "f1")
        assert app.section_id == "help-now"
        await pilot.press("escape", "exclamation_mark")
        assert app.section_id == "help-now", "! still works, whatever the keymap says"
        await pilot.press("escape")  # the care card's key bar has only the way back and on
        bar = screen_text(app).splitlines()[-1]
        assert "ctrl+o Map" in bar and bar.rstrip().endswith("f1 Help now"), bar
        await pilot.press("question_mark")
        rows = screen_text(app)
        assert "ctrl+o" in rows and "f1, !" in rows


def test_explainer_keys_lists_the_ids_and_checks_the_keymap(tmp_path: Path) -> None:
    listed = run_cli("keys", env={"XDG_CONFIG_HOME": str(tmp_path)})
    assert listed.code == 0, listed.err
    assert any(line.split()[:2] == ["map", "m"] for line in listed.out.splitlines())
    assert "(none)" in listed.out
    good = keymap_file(tmp_path, "map: ctrl+o\n")
    mine = run_cli("keys", "--keymap", str(good))
    assert mine.code == 0 and any(line.split()[:2] == ["map", "ctrl+o"] for line in mine.out.splitlines())


def test_a_bad_keymap_stops_the_reader_with_one_line(tmp_path: Path) -> None:
    bad = keymap_file(tmp_path, "map: ctrl+o\nglosary: ctrl+g\n")
    for args, env in (
        (("--keymap", str(bad)), {}),
        ((), {"EXPLAINER_KEYMAP": str(bad)}),
        (("keys",), {"EXPLAINER_KEYMAP": str(bad)}),
    ):
        result = run_cli(*args, env=env)
        assert result.code == 2, (args, result.err)
        assert ":2:1: no key has the id 'glosary'; did you mean 'glossary'?" in result.err
        assert len(result.err.strip().splitlines()) == 1 and "Traceback" not in result.err
    missing = run_cli("--keymap", str(tmp_path / "none.yaml"))
    assert missing.code == 2 and "no such keymap file" in missing.err


async def test_hints_in_the_text_name_the_keys_of_the_readers_keymap() -> None:
    from .app_helpers import make_app, screen_text

    app = make_app(start="nmda", keymap={"sources": "S", "add-question": "Q", "my-questions": "L"})
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        text = " ".join(screen_text(app).split())
        assert "S shows them in full" in text and "s shows them" not in text
        assert "(Q adds it to My questions)" in text
        await pilot.press("Q")
        await pilot.pause()
        assert "in My questions (L)" in " ".join(screen_text(app).split())


async def test_the_more_below_hint_names_the_readers_page_down_key() -> None:
    from .app_helpers import make_app, screen_text

    for keymap, named in (({}, "PgDn"), ({"page-down": "ctrl+d"}, "ctrl+d")):
        app = make_app(start="timeline", keymap=keymap)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            hint = next(line for line in screen_text(app).splitlines() if "More below" in line)
            assert f"More below: {named} to scroll" in hint, (keymap, hint)
            if keymap:
                top = app.screen.query_one("#body").scroll_y
                await pilot.press("ctrl+d")
                await pilot.pause()
                assert app.screen.query_one("#body").scroll_y > top, "the key the hint names scrolls"
