"""Start-up to first paint (explainer vs a minimal Textual Markdown app) and key to next screen.

Run: python benchmarks/startup.py [--repeat N]. Everything is measured from outside, in a
real pseudo-terminal: a run starts the process and waits until its first screen's text
has been written to the terminal. Both apps are run alternately in this one process, and
medians are compared, because this machine is shared and noisy.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.pty_timing import PtyProcess

HERE = Path(__file__).resolve().parent
EXPLAINER = [sys.executable, "-m", "explainer", "--fresh"]
MINIMAL = [sys.executable, str(HERE / "minimal_app.py")]
WELCOME_MARK = b"Welcome"
"""The first screen's title line: always in view (its choices may be below the fold on a small terminal)."""
MINIMAL_MARK = b"Minimal app ready."


UNFAIR = ("NO_COLOR", "TEXTUAL", "EXPLAINER_CONTENT", "PYTHONDONTWRITEBYTECODE")
"""Not passed on. PYTHONDONTWRITEBYTECODE would make every start compile our sources, while
Textual (the baseline's code) was byte-compiled by pip; a user's `pip install .` compiles both."""


def environment(state_dir: str, cache_dir: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in UNFAIR}
    env.update(
        TERM="xterm-256color", COLORTERM="truecolor", XDG_STATE_HOME=state_dir, XDG_CACHE_HOME=cache_dir, LANG="C.UTF-8"
    )
    return env


def first_paint(argv: list[str], mark: bytes, size: tuple[int, int], env: dict[str, str]) -> float:
    return first_paint_and_memory(argv, mark, size, env)[0]


def first_paint_and_memory(
    argv: list[str], mark: bytes, size: tuple[int, int], env: dict[str, str]
) -> tuple[float, int]:
    """Seconds to first paint, and the process's peak resident memory (kB) at that moment."""
    program = PtyProcess(argv, size, env)
    try:
        painted = program.wait_for(mark) - program.started
        return painted, peak_memory_kb(program.process.pid)
    finally:
        program.close()


def peak_memory_kb(pid: int) -> int:
    """VmHWM, the peak resident set size, as the kernel counts it."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def open_screens(size: tuple[int, int], env: dict[str, str], times: int) -> tuple[list[float], list[float]]:
    """Seconds from m to the map painted, and from ctrl+p to the palette painted."""
    program = PtyProcess(EXPLAINER, size, env)
    maps, palettes = [], []
    try:
        program.wait_for(WELCOME_MARK)
        program.drain()
        for _ in range(times):
            sent = program.send(b"m")
            maps.append(program.wait_for("⏎ open · ● here".encode()) - sent)  # the map's key line, in its border
            program.drain()
            program.send(b"m")  # closes the map
            program.wait_for(WELCOME_MARK)
            program.drain()
            sent = program.send(b"\x10")  # ctrl+p
            palettes.append(program.wait_for(b"earch for commands") - sent)  # the cursor sits on the S
            program.drain()
            program.send(b"\x1b")
            program.wait_for(WELCOME_MARK)
            program.drain()
    finally:
        program.close()
    return maps, palettes


@dataclass
class KeyTimes:
    """Seconds from a key to the screen it opens: its title painted, and the painting done."""

    first: list[float] = field(default_factory=list)
    """'1' on the welcome screen to the hub's title: the first frame of the new screen."""
    complete: list[float] = field(default_factory=list)
    """'1' to the last frame that changed what the terminal shows: the screen as the reader gets it.

    Textual can paint the new texts in the old layout first and the laid-out screen a frame
    or two later, so the first frame is not always the screen the reader is meant to see.
    """
    settled: list[float] = field(default_factory=list)
    """'1' to the last frame the program paints before it falls quiet, whether or not it changed anything.

    After a layout, Textual lays out once more for the sizes that changed, and may repaint the
    same screen a tick or two later: 'painting done' counts that repaint, 'complete' does not.
    """
    back: list[float] = field(default_factory=list)
    """Backspace on the hub to the welcome screen again."""


def hub_title(content: Path) -> bytes:
    """The hub's title, read from a content file of any version."""
    import yaml

    sections = yaml.safe_load(content.read_text(encoding="utf-8"))["sections"]
    return str(next(section for section in sections if section["id"] == "hub")["title"]).encode()


def key_to_screen(size: tuple[int, int], env: dict[str, str], presses: int, *, content: Path | None = None) -> KeyTimes:
    """Key to next screen, welcome to hub and back, `presses` times.

    Backspace rather than Esc goes back: a lone ESC byte is ambiguous in a terminal, so any
    terminal app waits a moment to see whether an escape sequence follows.
    """
    from benchmarks.screen_changes import ScreenChanges
    from explainer.core.paths import default_content_path

    title = hub_title(content or default_content_path())
    program = PtyProcess(EXPLAINER, size, env, record=True)
    terminal = ScreenChanges(size)
    times = KeyTimes()
    try:
        program.wait_for(WELCOME_MARK)
        program.drain()
        for _ in range(presses):
            arrivals = program.output.arrivals
            terminal.last_change(arrivals)  # what the terminal shows before the key
            arrivals.clear()
            sent = program.send(b"1")
            times.first.append(program.wait_for(title) - sent)
            times.settled.append(program.settled() - sent)
            changed = terminal.last_change(arrivals)
            arrivals.clear()
            if changed is None:
                raise RuntimeError("the key changed nothing on screen")
            times.complete.append(changed - sent)
            sent = program.send(b"\x7f")
            times.back.append(program.wait_for(WELCOME_MARK) - sent)
            program.drain()
    finally:
        program.close()
    return times


def first_visit_path(steps: int) -> list[tuple[int, str, str]]:
    """(choice number, section id, title) for a walk that only enters sections not seen before."""
    from explainer.core.loader import load
    from explainer.core.paths import default_content_path

    sections = load(default_content_path()).sections
    seen, here, walk = {"welcome"}, "welcome", []
    for _ in range(steps):
        choices = [c.target for c in sections[here].choices]
        fresh = [target for target in choices if target not in seen]
        if not fresh:
            break
        here = fresh[0]
        seen.add(here)
        walk.append((choices.index(here) + 1, here, sections[here].title))
    return walk


def first_visits(size: tuple[int, int], env: dict[str, str], steps: int) -> list[float]:
    """Seconds from a number key to the next screen's title, on sections never seen before."""
    program = PtyProcess(EXPLAINER, size, env)
    times = []
    try:
        program.wait_for(WELCOME_MARK)
        program.drain()
        for number, _, title in first_visit_path(steps):
            sent = program.send(str(number).encode())
            times.append(program.wait_for(title.encode()) - sent)
            program.drain()
    finally:
        program.close()
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=11, help="start-ups of each app (default 11)")
    parser.add_argument("--presses", type=int, default=20, help="key pairs per size (default 20)")
    args = parser.parse_args()
    size = (120, 40)
    with tempfile.TemporaryDirectory() as state, tempfile.TemporaryDirectory() as caches:
        env = environment(state, str(Path(caches, "warm")))
        first_paint(MINIMAL, MINIMAL_MARK, size, env)  # warm the file cache, and fill the content cache
        first_paint(EXPLAINER, WELCOME_MARK, size, env)
        ours, cold, baseline = [], [], []
        for run in range(args.repeat):
            baseline.append(first_paint(MINIMAL, MINIMAL_MARK, size, env))
            ours.append(first_paint(EXPLAINER, WELCOME_MARK, size, env))
            cold_env = {**env, "XDG_CACHE_HOME": str(Path(caches, f"cold-{run}"))}
            cold.append(first_paint(EXPLAINER, WELCOME_MARK, size, cold_env))
        keys = key_to_screen(size, env, args.presses)
        fresh = first_visits(size, env, 12)
    b, o = statistics.median(baseline), statistics.median(ours)
    print(f"Python {sys.version.split()[0]}; {args.repeat} alternating start-ups at {size[0]}x{size[1]} in a pty")
    c = statistics.median(cold)
    print(
        f"start-up to first paint: minimal Markdown app {b * 1000:.0f} ms, explainer {o * 1000:.0f} ms, ratio {o / b:.2f}"
    )
    print(f"first start (empty content cache): explainer {c * 1000:.0f} ms, ratio {c / b:.2f}")
    for label, times in (
        ("number key (title)", keys.first),
        ("number key (screen complete)", keys.complete),
        ("number key (painting done)", keys.settled),
        ("Backspace (back)", keys.back),
    ):
        ms = sorted(t * 1000 for t in times)
        p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
        print(
            f"{label} to next screen painted at {size[0]}x{size[1]}: median {statistics.median(ms):.1f} ms,"
            f" p95 {p95:.1f} ms ({len(ms)} presses)"
        )
    fresh_ms = sorted(k * 1000 for k in fresh)
    print(
        f"number key to a section not seen before, at {size[0]}x{size[1]}: median"
        f" {statistics.median(fresh_ms):.1f} ms, max {fresh_ms[-1]:.1f} ms ({len(fresh_ms)} presses)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
