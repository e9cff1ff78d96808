"""A section's question for a clinician (`ask:`) shows in print, --plain and both handouts, in the same words."""

from __future__ import annotations

import datetime
import html
import re

from explainer.core.document import ASK_LEAD
from explainer.core.handout import handout_document

from .app_helpers import shipped
from .builders import content, help_card, load_doc, page
from .conftest import run_cli
from .pty_app import print_on_a_terminal

SECTION = "session"
NO_QUESTION = "hub"


def flowing(text: str) -> str:
    """The text with every run of whitespace (wrapping) made one space."""
    return " ".join(text.split())


def expected(section_id: str) -> str:
    return f"{ASK_LEAD} {flowing(shipped().sections[section_id].ask)}"


def test_the_lead_matches_the_reader() -> None:
    """The full-screen reader's line beneath the section starts with the same words."""
    from explainer.ui.widgets.ask_line import AskLine

    line = AskLine()
    line.show("Is it safe for me?", added=False)
    assert str(line.content).startswith(f"{ASK_LEAD} Is it safe for me?")


def test_print_shows_the_question_under_its_section() -> None:
    result = run_cli("print", SECTION, NO_QUESTION, "--width", "60")
    assert result.code == 0, result.err
    assert max(len(line) for line in result.out.splitlines()) <= 60
    first, second = result.out.split("\n" + "-" * 40 + "\n")
    assert expected(SECTION) in flowing(first)
    assert flowing(first).index(expected(SECTION)) < flowing(first).index("Sources"), "before the sources"
    assert ASK_LEAD not in second, "no line where the section has no question"


def test_print_all_shows_every_question_once() -> None:
    result = run_cli("print", "--all", "--width", "80")
    assert result.code == 0, result.err
    text = flowing(result.out)
    asked = [s for s in shipped().content.sections if s.ask.strip()]
    assert len(asked) >= 14
    for section in asked:
        assert text.count(expected(section.id)) == 1, section.id
    assert text.count(ASK_LEAD) == len(asked)


def test_print_on_a_terminal_shows_the_question() -> None:
    output = print_on_a_terminal(SECTION, "--width", "70")
    assert "\x1b[" in output, "Rich formatting on a terminal"
    shown = re.sub(r"\x1b\[[0-9;]*m", "", output)
    assert expected(SECTION) in flowing(shown)
    assert "**" not in shown


def test_plain_shows_the_question_on_its_screen() -> None:
    result = run_cli("--plain", "--start", SECTION, input="q\n", env={"COLUMNS": "80"})
    assert result.code == 0, result.err
    screen = result.out.split("[Seen 1 of", 1)[0]
    assert expected(SECTION) in flowing(screen)
    assert "**" not in result.out
    elsewhere = run_cli("--plain", "--start", NO_QUESTION, input="q\n", env={"COLUMNS": "80"})
    assert elsewhere.code == 0 and ASK_LEAD not in elsewhere.out


def test_markdown_handout_shows_the_question_in_its_section() -> None:
    result = run_cli("export", SECTION, "--format", "md", "--out", "-")
    assert result.code == 0, result.err
    section = result.out.split("### What a session is like", 1)[1].split("\n### ", 1)[0]
    question = shipped().sections[SECTION].ask
    assert f"**{ASK_LEAD}** {question}" in section
    assert section.index(ASK_LEAD) < section.index("**Sources**")


def test_html_handout_shows_the_question_in_its_section() -> None:
    result = run_cli("export", SECTION, "--format", "html", "--out", "-")
    assert result.code == 0, result.err
    section = result.out.split("What a session is like</h3>", 1)[1].split("<h3>", 1)[0]
    question = html.escape(shipped().sections[SECTION].ask, quote=False)
    assert f"<p><strong>{ASK_LEAD}</strong> {question}</p>" in section


def test_the_question_is_text_not_markup() -> None:
    """An authored question keeps its characters in Markdown and HTML: no emphasis, no tags."""
    question = "Is 1 < 2 *really* [safe](http://x) for me?"
    doc = content(page("a", "help", ask=question), help_card("help", "a"))
    explainer = load_doc(doc)
    day = datetime.date(2026, 11, 21)
    page_html = handout_document(explainer, ["a"], today=day, kind="html")
    assert f"<strong>{ASK_LEAD}</strong> Is 1 &lt; 2 *really* [safe](http://x) for me?" in page_html
    line = next(line for line in page_html.splitlines() if ASK_LEAD in line)
    assert "<em>" not in line and "<a " not in line
    markdown = handout_document(explainer, ["a"], today=day, kind="md")
    from markdown_it import MarkdownIt

    rendered = MarkdownIt("commonmark").render(markdown)
    assert "Is 1 &lt; 2 *really* [safe](http://x) for me?" in rendered
