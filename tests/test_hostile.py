"""Hostile content is shown literally and safely: in the TUI, in print, export and --plain."""

from __future__ import annotations

from pathlib import Path

from explainer.core.lint import lint
from explainer.ui.app import ExplainerApp
from explainer.ui.presenter_app import PresenterApp
from explainer.ui.screens.reader import ReaderScreen
from explainer.ui.widgets.body import Body

from .app_helpers import notified, screen_text
from .builders import TODAY, load_doc, to_yaml
from .conftest import Result, run_cli
from .hostile import RAW_CONTROLS, hostile_doc


def no_raw_controls(text: str) -> None:
    for char in RAW_CONTROLS:
        assert char not in text, repr(char)


def test_loader_turns_controls_into_visible_escapes_and_lint_says_where() -> None:
    explainer = load_doc(hostile_doc())
    for section in explainer.content.sections:
        for _, text in section.texts():
            no_raw_controls(text)
    assert "\\x1b]52;c;SGVsbG8=\\x07" in explainer.content.meta.title
    found = [d for d in lint(explainer, today=TODAY) if d.code == "W212"]
    assert found and all(d.line > 1 for d in found)


async def test_tui_shows_hostile_text_literally_on_every_screen() -> None:
    app = PresenterApp(load_doc(hostile_doc()))
    async with app.run_test(size=(120, 40)) as pilot:
        for section_id in ("a", "b", "c", "d", "e", "help"):
            app.goto(section_id)
            await pilot.pause()
            if section_id == "b":
                await pilot.press("enter")  # reveal the verdict and explanation
            await pilot.press("n")  # the notes panel
            text = screen_text(app)
            no_raw_controls(text)
            assert "[bold red]markup[/]" in text, section_id
            assert "$accent" in text and "[@click=app.quit]q[/]" in text
            assert "\\x1b]52;c;SGVsbG8=\\x07" in text
            await pilot.press("n")
        for key in ("m", "escape", "G", "escape", "g", "escape"):
            await pilot.press(key)
            no_raw_controls(screen_text(app))
        await pilot.press("ctrl+p", *"markup")
        await pilot.pause(0.3)
        no_raw_controls(screen_text(app))
        await pilot.press("escape")
        assert app.is_running


async def test_markdown_links_cannot_run_actions() -> None:
    app = ExplainerApp(load_doc(hostile_doc()))
    messages = notified(app)
    async with app.run_test(size=(120, 40)) as pilot:
        body = app.screen.query_one(".section-view Body", Body)
        assert "app.quit" in body.hrefs
        assert "javascript:alert(1)" not in body.hrefs, "markdown-it refuses such links: they stay text"
        for index, href in enumerate(body.hrefs):
            if not href.startswith("glossary:"):
                body.action_link(index)
                await pilot.pause()
        assert app.is_running and isinstance(app.screen, ReaderScreen)
        assert any("not opened" in m for m in messages)


def run(args: list[str], path: Path, stdin: str = "") -> Result:
    return run_cli("--content", str(path), *args, input=stdin)


def test_print_export_and_plain_are_safe(tmp_path: Path) -> None:
    path = tmp_path / "hostile.yaml"
    path.write_text(to_yaml(hostile_doc()), encoding="utf-8")
    printed = run(["print", "--all", "--width", "60"], path)
    assert printed.code == 0, printed.err
    no_raw_controls(printed.out)
    assert "[bold red]markup[/]" in printed.out
    exported = run(["export", "a", "b", "--out", str(tmp_path / "h.html")], path)
    assert exported.code == 0, exported.err
    page = (tmp_path / "h.html").read_text(encoding="utf-8")
    no_raw_controls(page)
    assert "javascript:" not in page.split("<body>")[1].replace("javascript:alert(1))", "")
    assert "[bold red]markup[/]" in page
    plain = run(["--plain"], path, stdin="1\n2\ng\nq\n")
    assert plain.code == 0, plain.err
    no_raw_controls(plain.out)


def test_hostile_citation_ids_and_quotes_stay_inert_in_every_output(tmp_path: Path) -> None:
    path = tmp_path / "hostile.yaml"
    path.write_text(to_yaml(hostile_doc()), encoding="utf-8")
    linted = run_cli("lint", str(path), "--sources", str(tmp_path), env={"EXPLAINER_SOURCES": ""})
    assert linted.code == 1 and "Traceback" not in linted.err
    assert " E114 unknown source '@<script>alert(1)</script>' cited" in linted.out
    assert " E115 cannot read the article 'src'" in linted.out
    no_raw_controls(linted.out)
    printed = run(["print", "a", "c", "--width", "60"], path)
    assert printed.code == 0, printed.err
    no_raw_controls(printed.out)
    assert "[?] [?] [@[bold]x[/]] [?]" in printed.out and "iiii" not in printed.out
    assert "52 out of 100 [1]" in " ".join(printed.out.split()) and "One article's claim" in printed.out
    exported = run(["export", "a", "c", "--out", str(tmp_path / "h.html")], path)
    assert exported.code == 0, exported.err
    page = (tmp_path / "h.html").read_text(encoding="utf-8")
    no_raw_controls(page)
    assert "<script" not in page and "&lt;/p&gt;&lt;script&gt;x&lt;/script&gt;" in page
    assert page.count("<svg") == 2 and "[bold red]markup[/]" in page
    markdown = run(["export", "a", "--out", str(tmp_path / "h.md")], path)
    assert markdown.code == 0, markdown.err
    no_raw_controls((tmp_path / "h.md").read_text(encoding="utf-8"))
    plain = run(["--plain"], path, stdin="q\n")
    assert plain.code == 0 and "[?] [?] [@[bold]x[/]] [?]" in plain.out
    no_raw_controls(plain.out)


async def test_tui_shows_hostile_citations_and_icon_arrays_literally() -> None:
    app = ExplainerApp(load_doc(hostile_doc()))
    async with app.run_test(size=(120, 200)) as pilot:
        await pilot.pause()
        text = screen_text(app)
        no_raw_controls(text)
        assert "[?] [?] [@[bold]x[/]] [?]" in text and "52 out of 100 [1]" in " ".join(text.split())
        await pilot.press("s")
        await pilot.pause()
        no_raw_controls(screen_text(app))
        assert "[bold red]markup[/]" in screen_text(app)
        assert app.is_running
