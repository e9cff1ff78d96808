"""Save-to-screen time of `explainer --watch`: `python benchmarks/watch_reload.py [--saves N] [--size 80x24]`.

Starts the reader with --watch on a copy of the shipped content in a real pseudo-terminal,
then saves the file N times as editors do (a new file renamed over the old one), each
time with a new title on the welcome screen, and times from the rename to the moment the
new title is painted. Half the saves are made in place (truncate and write) instead, the
other way editors save. Prints the median and the 95th percentile in milliseconds.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.pty_timing import PtyProcess
from benchmarks.startup import WELCOME_MARK, environment

ROOT = Path(__file__).resolve().parent.parent
TITLE = "title: Welcome"


def save(path: Path, text: str, *, by_rename: bool) -> float:
    """Write the file as an editor would; the time the new content is in place."""
    if by_rename:
        temporary = path.with_name(f".{path.name}.swp")
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, path)
    else:
        path.write_text(text, encoding="utf-8")
    return time.perf_counter()


def measure(saves: int, size: tuple[int, int]) -> tuple[list[float], list[float]]:
    """Seconds from each save (by rename, in place) to the new title on screen."""
    base = (ROOT / "content.yaml").read_text(encoding="utf-8")
    assert TITLE in base, "the welcome title moved; update TITLE"
    renamed: list[float] = []
    in_place: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        content = Path(folder) / "content.yaml"
        content.write_text(base, encoding="utf-8")
        env = environment(str(Path(folder) / "state"), str(Path(folder) / "cache"))
        app = PtyProcess([sys.executable, "-m", "explainer", "--watch", "--content", str(content)], size, env)
        try:
            app.wait_for(WELCOME_MARK)
            app.drain(0.5)
            for n in range(saves):
                marker = f"Welcome, edit {n:04d}"
                by_rename = n % 2 == 0
                saved = save(content, base.replace(TITLE, f"title: {marker}", 1), by_rename=by_rename)
                shown = app.wait_for(marker.encode(), 20)
                (renamed if by_rename else in_place).append(shown - saved)
                app.drain(0.2)
        finally:
            app.close()
    return renamed, in_place


def summary(values: list[float]) -> str:
    ms = sorted(v * 1000 for v in values)
    p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
    return f"median {statistics.median(ms):.1f} ms, p95 {p95:.1f} ms ({len(ms)} saves)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=30, help="how many saves to time (default 30)")
    parser.add_argument("--size", default="80x24", help="terminal size (default 80x24)")
    args = parser.parse_args()
    columns, _, rows = args.size.partition("x")
    renamed, in_place = measure(max(args.saves, 2), (int(columns), int(rows)))
    print(f"save by rename -> on screen: {summary(renamed)}")
    print(f"save in place  -> on screen: {summary(in_place)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
