"""`explainer export` and the presenter's `e`: handouts with what was read, never overwriting."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .app_helpers import make_app, notified, shipped
from .conftest import run_cli

VISITED = ["welcome", "hub", "how-it-works", "nmda", "myth-party-drug"]


def test_html_handout_content(tmp_path: Path) -> None:
    result = run_cli("export", *VISITED, "--out", str(tmp_path / "h.html"))
    assert result.code == 0, result.err
    page = (tmp_path / "h.html").read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>")
    for section_id in [*VISITED, "questions", "help-now"]:
        title = shipped().sections[section_id].title.replace('"', "&quot;")
        assert title in page, section_id
    for number in ("988", "116 123", "911, 999 or 112"):
        assert number in page
    assert "Words you met" in page and "NMDA receptor" in page
    assert "Sources" in page and "Clear Mind Counseling" in page
    assert "information, not medical advice" in page
    assert "<script" not in page and "http" not in page.split("<body>")[1], "self-contained"


def test_markdown_handout_and_format_option(tmp_path: Path) -> None:
    result = run_cli("export", "timeline", "--out", str(tmp_path / "h.md"))
    assert result.code == 0
    text = (tmp_path / "h.md").read_text(encoding="utf-8")
    assert "### The timeline of effects" in text and "### Help now" in text
    forced = run_cli("export", "timeline", "--format", "md", "--out", str(tmp_path / "h.txt"))
    assert forced.code == 0
    assert (tmp_path / "h.txt").read_text(encoding="utf-8").startswith("# Ketamine")


def test_never_overwrites_without_force(tmp_path: Path) -> None:
    target = tmp_path / "mine.html"
    target.write_text("my own notes")
    refused = run_cli("export", "welcome", "--out", str(target))
    assert refused.code == 2
    assert "already exists; use --force" in refused.err
    assert target.read_text() == "my own notes"
    assert run_cli("export", "welcome", "--out", str(target), "--force").code == 0
    assert target.read_text().startswith("<!doctype html>")


def test_bad_arguments(tmp_path: Path) -> None:
    state_home = tmp_path / "state"
    cases = [
        (("export", "nope", "--out", str(tmp_path / "a.html")), "no such section(s): nope"),
        (("export", "welcome", "--out", str(tmp_path / "missing" / "c.html")), "cannot write"),
        (("export", "--visited", "--out", str(tmp_path / "d.html")), "no saved history"),
    ]
    for args, message in cases:
        result = run_cli(*args, env={"XDG_STATE_HOME": str(state_home)})
        assert result.code == 2, args
        assert message in result.err, (args, result.err)
        assert "Traceback" not in result.err
    assert not list(tmp_path.glob("*.html"))


def test_visited_uses_the_saved_history(tmp_path: Path) -> None:
    state = tmp_path / "state" / "explainer"
    state.mkdir(parents=True)
    saved = {
        "version": 1,
        "content": shipped().content.meta.title,
        "entries": ["welcome", "glutamate"],
        "index": 1,
        "seen": [],
    }
    (state / "history.json").write_text(json.dumps(saved))
    result = run_cli(
        "export", "--visited", "--out", str(tmp_path / "v.md"), env={"XDG_STATE_HOME": str(tmp_path / "state")}
    )
    assert result.code == 0, result.err
    text = (tmp_path / "v.md").read_text(encoding="utf-8")
    assert '### Glutamate, the brain\'s main "go" messenger' in text


async def test_presenter_handouts_go_to_documents_and_say_where(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home, work = tmp_path / "home", tmp_path / "work"
    (home / "Documents").mkdir(parents=True)
    work.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("EXPLAINER_HANDOUT_DIR", raising=False)
    monkeypatch.chdir(work)
    app = make_app(present=True)
    messages = notified(app)
    async with app.run_test(size=(120, 40)) as pilot:
        myths = [choice.target for choice in shipped().sections["hub"].choices].index("myths") + 1
        await pilot.press("1", str(myths), "e", "e")
    folder = home / "Documents"
    assert sorted(p.name for p in folder.iterdir()) == ["explainer-handout-2.html", "explainer-handout.html"]
    assert f"Handout written to {folder / 'explainer-handout.html'}" in messages, "the full path is shown"
    assert list(work.iterdir()) == [], "never the current folder"
    page = (folder / "explainer-handout.html").read_text(encoding="utf-8")
    assert "Myths and facts" in page and "Help now" in page


async def test_presenter_handout_folder_can_be_chosen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    chosen = tmp_path / "handouts"
    monkeypatch.setenv("EXPLAINER_HANDOUT_DIR", str(chosen))
    app = make_app(present=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("e")
    assert [p.name for p in chosen.iterdir()] == ["explainer-handout.html"]


def test_no_sections_means_the_whole_explainer(tmp_path: Path) -> None:
    result = run_cli("export", "--out", "h.html", cwd=tmp_path)
    assert result.code == 0, result.err
    assert f"all {len(shipped().sections)} are in the handout" in result.err
    page = (tmp_path / "h.html").read_text(encoding="utf-8")
    assert all(s.title.replace('"', "&quot;") in page for s in shipped().content.sections)


def test_markdown_without_out_gets_a_markdown_name(tmp_path: Path) -> None:
    result = run_cli("export", "welcome", "--format", "md", cwd=tmp_path)
    assert result.code == 0, result.err
    assert [p.name for p in tmp_path.iterdir()] == ["explainer-handout.md"]
    assert (tmp_path / "explainer-handout.md").read_text(encoding="utf-8").startswith("# Ketamine")


def test_out_dash_writes_to_standard_output(tmp_path: Path) -> None:
    markdown = run_cli("export", "welcome", "--out", "-", cwd=tmp_path)
    assert markdown.code == 0 and markdown.out.startswith("# Ketamine"), markdown.err
    page = run_cli("export", "welcome", "--out", "-", "--format", "html", cwd=tmp_path)
    assert page.code == 0 and page.out.startswith("<!doctype html>")
    assert list(tmp_path.iterdir()) == [], "no file named '-'"


def test_markdown_has_no_needless_backslashes(tmp_path: Path) -> None:
    text = run_cli("export", "welcome", "about-sources", "--out", "-").out
    assert "hard-to-treat" in text and "hard\\-to" not in text
    assert "\\." not in text and "\\(" not in text and "\\-" not in text


def test_escaped_text_reads_back_as_itself(fuzz_examples: int) -> None:
    """Whatever plain text goes in, a Markdown renderer shows exactly that text (no syntax leaks, no backslashes)."""
    import html
    import re

    from hypothesis import given, settings
    from hypothesis import strategies as st
    from markdown_it import MarkdownIt

    from explainer.core.document import escape

    renderer = MarkdownIt("commonmark", {"html": False})
    pieces = st.sampled_from([*"ab 1.)-#*_[]()<>!`~|&;\\+=:", "amp", "#12", "http://x"])

    @settings(max_examples=fuzz_examples * 5, deadline=None)
    @given(st.lists(pieces, max_size=15).map(lambda parts: " ".join("".join(parts).split())))
    def check(text: str) -> None:
        shown = html.unescape(re.sub(r"<[^>]+>", "", renderer.render(escape(text)))).strip()
        assert shown == text, escape(text)

    check()
