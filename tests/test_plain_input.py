"""`explainer --plain` survives whatever a keyboard, a script or a broken pipe can type.

The class of bug: input from outside assumed well-formed (valid UTF-8, ASCII digits, short
lines). Every answer now passes through one tolerant reader, one bounded line reader and
one choice parser, and anything echoed back is escaped.
"""

from __future__ import annotations

import io
import subprocess
import sys

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from explainer.textmodes.plain import MAX_LINE, choice_number, run_plain

from .app_helpers import shipped
from .conftest import run_cli


def run_bytes(data: bytes, *, strict: bool = True) -> subprocess.CompletedProcess[bytes]:
    """The real CLI with raw bytes on stdin; strict UTF-8 stdin as under en_US.UTF-8."""
    import os

    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "80"}
    if strict:
        env["PYTHONIOENCODING"] = "utf-8"
    return subprocess.run(
        [sys.executable, "-m", "explainer", "--plain"], input=data, capture_output=True, env=env, timeout=60
    )


def test_plain_survives_a_byte_that_is_not_utf8_under_a_strict_locale() -> None:
    result = run_bytes(b"\xff\n1\nq\n")
    assert result.returncode == 0, result.stderr
    assert b"internal error" not in result.stderr and result.stderr == b""
    assert b"What would you like to know?" in result.stdout, "the next answer still works"


def test_plain_refuses_digits_that_are_not_ascii() -> None:
    result = run_cli("--plain", input="²\n①\n₂\n𝟙\n٣\nq\n", env={"COLUMNS": "80"})
    assert result.code == 0, result.err
    assert result.out.count("is not a choice here") == 5


def test_plain_refuses_a_number_beyond_the_int_digit_limit() -> None:
    result = run_cli("--plain", input="9" * 4301 + "\n" + "1" * 100_000 + "\nq\n", env={"COLUMNS": "80"})
    assert result.code == 0, result.err
    assert result.out.count("is not a choice here") == 2


def test_plain_echo_of_a_typed_answer_is_escaped() -> None:
    result = run_cli("--plain", input="\x1b]0;PWNED\x07\x1b[2J\nq\n", env={"COLUMNS": "80"})
    assert result.code == 0
    assert "\x1b" not in result.out and "\x07" not in result.out
    assert "\\x1b]0;PWNED" in result.out


def test_choice_number_takes_only_short_ascii_digits() -> None:
    assert choice_number("3") == 3
    assert [choice_number(s) for s in ("²", "①", "٣", "３", "", "-1", "1.0", "9" * 5000)] == [None] * 8


ANSWERS = st.one_of(
    st.sampled_from(["1", "2", "3", "b", "h", "g", "g NMDA", "?", "", "B", "²", "①", "٣", "\x1b[31m", "\r"]),
    st.binary(max_size=40),
    st.text(max_size=40).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.builds(lambda n, d: d * n, st.integers(1, 6000), st.sampled_from([b"1", b"9", b"0"])),
    st.builds(lambda n: b"7" * n, st.integers(MAX_LINE - 2, MAX_LINE * 3)),
)


def test_plain_prompt_handles_any_input_fuzz(fuzz_examples: int) -> None:
    """Random lines of bytes, on a strict UTF-8 stdin: always exit 0, never a raw control character."""
    explainer = shipped()

    @settings(
        max_examples=fuzz_examples,
        deadline=None,
        derandomize=True,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(st.lists(ANSWERS.map(lambda a: a if isinstance(a, bytes) else a.encode()), max_size=30), st.booleans())
    def check(lines: list[bytes], final_newline: bool) -> None:
        data = b"\n".join(lines) + (b"\n" if final_newline else b"")
        stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", errors="strict")
        stdout = io.StringIO()
        assert run_plain(explainer, width=80, stdin=stdin, stdout=stdout) == 0
        shown = stdout.getvalue()
        assert shown.rstrip().endswith("Goodbye.")
        assert not any(c in shown for c in ("\x1b", "\x07", "\x00", "\x9b")), "a control character reached the screen"

    check()


def test_an_endless_line_is_read_in_bounded_pieces() -> None:
    """/dev/zero as stdin grew to 2.5 GB in 5 s: a line is never held beyond MAX_LINE characters."""
    from explainer.textmodes.plain import read_answer

    stream = io.StringIO("0" * 10_000_000 + "\n2\n")
    first = read_answer(stream)
    assert first is not None and len(first) == MAX_LINE
    assert read_answer(stream) == "2\n", "the next line is read whole"
    assert read_answer(stream) is None
