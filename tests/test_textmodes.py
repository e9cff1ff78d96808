"""`explainer --plain` and `explainer print`, as a screen-reader user or a script meets them."""

from __future__ import annotations

from .app_helpers import shipped
from .conftest import Result, run_cli
from .pty_app import print_on_a_terminal


def plain(script: str, *args: str) -> Result:
    return run_cli("--plain", *args, input=script, env={"COLUMNS": "80"})


def screens(output: str) -> list[str]:
    """The titles shown, in order (a title is the line above its ==== underline)."""
    lines = output.splitlines()
    return [lines[i - 1] for i, line in enumerate(lines) if line and set(line) == {"="} and i]


def test_plain_walks_sections_by_number() -> None:
    result = plain("1\n5\n1\nq\n")
    assert result.code == 0, result.err
    assert screens(result.out) == [
        "Welcome",
        "What would you like to know?",
        "Myths and facts",
        '"It is just a party drug"',
    ]
    assert "Claim: Ketamine is just a party drug" in result.out
    assert "Verdict: MYTH" in result.out
    assert "This is information, not medical advice." in result.out
    assert result.out.rstrip().endswith("Goodbye.")


def test_plain_bad_lines_keep_the_section() -> None:
    result = plain("0\n99\nx\n\n1\n")
    assert result.code == 0
    assert "'0' is not a choice here." in result.out
    assert "'99' is not a choice here." in result.out
    assert "'x' is not a choice here." in result.out
    assert screens(result.out) == ["Welcome", "What would you like to know?"], "bad lines do not move or reprint"
    assert result.out.rstrip().endswith("Goodbye."), "end of input quits cleanly"


def test_plain_back_help_and_glossary() -> None:
    result = plain("1\nb\nb\nh\ng NMDA receptors\ng nothing-like-this\ng\n?\n")
    assert result.code == 0
    assert screens(result.out) == ["Welcome", "What would you like to know?", "Welcome", "Help now"]
    assert "This is where you started." in result.out
    assert "NMDA receptor: A docking point for glutamate" in result.out
    assert "'nothing-like-this' is not in the glossary" in result.out
    assert "Glossary terms: glutamate, neurotransmitter" in result.out
    for number in ("988", "116 123", "911, 999 or 112"):
        assert number in result.out


def test_plain_start_option_and_unknown_start() -> None:
    result = plain("q\n", "--start", "timeline")
    assert screens(result.out) == ["The timeline of effects"]
    assert "First hours (0 to 4 hours)" in result.out
    bad = plain("q\n", "--start", "nope")
    assert bad.code == 2
    assert "no section 'nope'" in bad.err


def test_plain_with_no_input_at_all() -> None:
    result = plain("")
    assert result.code == 0
    assert screens(result.out) == ["Welcome"]
    assert "Traceback" not in result.err


def test_print_all_has_every_title_sources_and_help() -> None:
    result = run_cli("print", "--all", "--width", "80")
    assert result.code == 0, result.err
    flowing = " ".join(result.out.split())
    for section in shipped().content.sections:
        assert section.title in flowing, section.id
    for source in shipped().content.sources:
        assert source.title in flowing, source.id
    for number in ("988", "116 123", "911, 999 or 112"):
        assert number in result.out
    assert max(len(line) for line in result.out.splitlines()) <= 80
    assert "**" not in result.out and "[[" not in result.out, "plain text, no Markdown marks"


def test_print_sections_and_width() -> None:
    result = run_cli("print", "glutamate", "nmda", "--width", "40")
    assert result.code == 0
    assert screens(result.out) == ["messenger", "does"], "long titles wrap too (the last title line)"
    assert "Glutamate, the brain's main" in result.out
    assert max(len(line) for line in result.out.splitlines()) <= 40


def test_print_bad_arguments() -> None:
    for args, message in (
        (("print", "nope"), "no such section(s): nope"),
        (("print",), "name sections to print, or use --all"),
        (("print", "welcome", "--width", "5"), "--width must be from 20 to 1000"),
        (("print", "welcome", "--width", "wide"), "invalid int value"),
    ):
        result = run_cli(*args)
        assert result.code == 2, args
        assert message in result.err
        assert "Traceback" not in result.err


def test_print_formats_on_a_terminal() -> None:
    output = print_on_a_terminal("myth-party-drug", "--width", "60")
    assert "\x1b[" in output, "Rich formatting on a terminal"
    assert "Verdict:" in output


def test_plain_exclamation_mark_is_help_now() -> None:
    result = plain("1\n!\nq\n")
    assert result.code == 0
    assert screens(result.out) == ["Welcome", "What would you like to know?", "Help now"]
    assert "'!' is not a choice here." not in result.out


def test_every_key_the_content_tells_readers_to_press_works_in_both_modes() -> None:
    """Content promises keys ("press ! at any time"); the full-screen app and --plain must both keep the promise."""
    import re

    from explainer.textmodes.plain import HELP_NOW
    from explainer.ui.app import ExplainerApp

    texts = [text for section in shipped().content.sections for _, text in section.texts()]
    promised = {match for text in texts for match in re.findall(r"[Pp]ress \*\*(.+?)\*\*", text)}
    assert promised == {"!"}, "a new promised key: add it to this test and to --plain"
    app_keys = {b.key_display or b.key for b in ExplainerApp.BINDINGS}
    assert "!" in app_keys and "!" in HELP_NOW
