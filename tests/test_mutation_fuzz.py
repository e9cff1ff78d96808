"""Mutation fuzz of content.yaml through the real `explainer lint` entry point, fixed seed.

Every mutated file must either lint (exit 0 or 1, each finding one placed line) or be
refused with exactly one placed line (exit 2): never a traceback, never "internal
error" (exit 70), never a raw control character on the terminal. 150 mutants in a normal
run, 1,000 with --slow; the seed makes each run the same, so a failure names its mutant.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from explainer.cli import main

from .conftest import ROOT

SEED = 20261122
PLACED = re.compile(r"^[^\n\x1b\x07]+:(\d+):(\d+): [A-Z]\d{3} [^\n\x00-\x08\x0b-\x1f\x7f]+$")
ORIGINAL = (ROOT / "content.yaml").read_bytes()

INSERTS = [
    "\x00", "\x07", "\x1b", "\x1b[31m", "\x7f", "\x85", "\x9b", "\u202e", "\u2066", "\ufeff", "\uffff", "\ufffe",
    "\U0001f44d", "\u6f22", "#", ":", "- ", "[", "]", "{", "}", "&a ", "*a ", "!!str ", "!foo ", "|", ">", "'", '"',
    "\t", "\r", "\n", "? ", "%", "@", "`", ",",
]  # fmt: skip

HOSTILE_ADDITIONS = [
    b'a: &a ["x","x","x","x","x","x","x","x","x","x"]\n'
    + b"".join(
        b"%c: &%c [*%c,*%c,*%c,*%c,*%c,*%c,*%c,*%c,*%c,*%c]\n" % ((ord("b") + i,) * 2 + (ord("a") + i,) * 10)
        for i in range(9)
    ),
    b"deep: " + b"[" * 300_000 + b"\n",
    b"deep: " + b"{a: " * 50_000 + b"\n",
    b"".join(b" " * i + b"k:\n" for i in range(0, 600, 2)),
    b"evil: !!python/object/apply:os.system ['true']\n",
    b"loop: &l [*l]\n",
    b"<<: {meta: 1}\n",
    b"---\nsecond: document\n",
    b"big: 1e99999\n",
    b"huge: " + b"9" * 100_000 + b"\n",
    b"set: !!set {a, b}\n",
    b"when: !!timestamp 2026-13-45\n",
    b"n: !!int abc\n",
    b"f: !!float xyz\n",
]


def _lines(data: bytes, rng: random.Random) -> bytes:
    lines = data.split(b"\n")
    at = rng.randrange(len(lines))
    kind = rng.choice(["delete", "duplicate", "swap", "indent", "dedent", "tab"])
    if kind == "delete":
        del lines[at]
    elif kind == "duplicate":
        lines.insert(at, lines[at])
    elif kind == "swap":
        other = rng.randrange(len(lines))
        lines[at], lines[other] = lines[other], lines[at]
    elif kind == "indent":
        lines[at] = b" " * rng.randint(1, 4) + lines[at]
    elif kind == "dedent":
        lines[at] = lines[at][rng.randint(1, 4) :]
    else:
        lines[at] = b"\t" + lines[at]
    return b"\n".join(lines)


def _insert(data: bytes, rng: random.Random) -> bytes:
    at = rng.randrange(len(data))
    return data[:at] + rng.choice(INSERTS).encode("utf-8", "surrogatepass") + data[at:]


def _raw_bytes(data: bytes, rng: random.Random) -> bytes:
    at = rng.randrange(len(data))
    return data[:at] + bytes([rng.choice([0x80, 0xC3, 0xFF, 0xFE, 0xED, 0xF4])]) + data[at:]


def _truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(len(data))]


def _flip(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def _hostile(data: bytes, rng: random.Random) -> bytes:
    return data + b"\n" + rng.choice(HOSTILE_ADDITIONS)


MUTATIONS: list[Callable[[bytes, random.Random], bytes]] = [_lines, _insert, _raw_bytes, _truncate, _flip, _hostile]


def mutant(number: int) -> tuple[bytes, list[str]]:
    """The number-th mutant of the seed: one to three mutations of content.yaml, and the lint flags."""
    rng = random.Random(SEED * 100_003 + number)
    data = ORIGINAL
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        data = rng.choice(MUTATIONS)(data, rng)
    flags = (["--format", "json"] if rng.random() < 1 / 7 else []) + (["--strict"] if rng.random() < 1 / 5 else [])
    return data, flags


@pytest.fixture
def mutant_count(request: pytest.FixtureRequest) -> int:
    return 1000 if request.config.getoption("--slow") else 150


def test_lint_of_mutated_content_always_ends_in_a_proper_result(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], mutant_count: int
) -> None:
    outcomes: dict[int, int] = {}
    for number in range(mutant_count):
        data, flags = mutant(number)
        path = tmp_path / "content.yaml"
        path.write_bytes(data)
        code = main(["lint", str(path), *flags])
        out, err = capsys.readouterr()
        label = f"mutant {number} (flags {flags})"
        assert code in (0, 1, 2), f"{label}: exit {code}: {err[-500:]}"
        assert "internal error" not in err and "Traceback" not in err, f"{label}: {err[-500:]}"
        assert not any(c in out + err for c in "\x1b\x07\x9b"), f"{label}: a raw control character was printed"
        outcomes[code] = outcomes.get(code, 0) + 1
        if "--format" in flags:
            json.loads(out)
            continue
        if code == 2:
            lines = err.strip().splitlines()
            assert lines, f"{label}: exit 2 with nothing said"
            for line in lines:  # every independent load error, each on its own placed line
                match = PLACED.match(line)
                assert match, f"{label}: not a placed line: {line!r}"
                assert 1 <= int(match[1]) <= data.count(b"\n") + 2, f"{label}: line outside the file: {line!r}"
        else:
            for line in out.splitlines():
                assert PLACED.match(line), f"{label}: finding not on one placed line: {line!r}"
    print(f"{mutant_count} mutants: exit codes {sorted(outcomes.items())}")
    assert sum(outcomes.values()) == mutant_count
