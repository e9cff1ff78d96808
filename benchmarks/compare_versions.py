"""Start-up of versions of the explainer side by side, against the minimal app.

Run: python benchmarks/compare_versions.py [--starts N] [--keys N] REV [REV ...], where REV
is a commit (or "." for the working tree). With --keys, each version also takes N number
key presses at 160x50 (welcome to hub and back), timed to the hub's title (read from that
version's own content), to the last frame that changed the screen (replayed through a
terminal emulator) and to its last paint before it falls quiet. Each commit is checked out into a temporary git worktree and
byte-compiled; each version starts with its folder first on PYTHONPATH. The minimal app and
every version start in a new shuffled order each round, measured from outside in a real
pseudo-terminal. On this shared machine one start of the same program can take 300 ms or
490 ms, so a change worth a few milliseconds shows, if at all, only when versions are
compared in the same session like this, and only when several sessions agree.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.startup import MINIMAL, MINIMAL_MARK, WELCOME_MARK, environment, first_paint, key_to_screen

ROOT = Path(__file__).resolve().parent.parent
SIZE = (120, 40)
KEYS_SIZE = (160, 50)


@contextlib.contextmanager
def checkouts(revisions: list[str], folder: Path) -> Iterator[dict[str, Path]]:
    """A folder holding each revision's code ("." is this working tree); worktrees removed after."""
    made: list[Path] = []
    places: dict[str, Path] = {}
    try:
        for number, revision in enumerate(revisions):
            if revision == ".":
                places[revision] = ROOT
                continue
            place = folder / f"version-{number}"
            subprocess.run(["git", "worktree", "add", "--detach", "-q", str(place), revision], cwd=ROOT, check=True)
            made.append(place)
            places[revision] = place
        compile_env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        for place in places.values():
            subprocess.run([sys.executable, "-m", "compileall", "-q", str(place / "explainer")], env=compile_env)
        yield places
    finally:
        for place in made:
            subprocess.run(["git", "worktree", "remove", "--force", str(place)], cwd=ROOT, check=False)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("revisions", nargs="+", metavar="REV", help='commits to compare; "." is the working tree')
    parser.add_argument("--starts", type=int, default=31, help="start-ups of each version (default 31)")
    parser.add_argument("--keys", type=int, default=0, metavar="N", help="also N key presses each at 160x50")
    args = parser.parse_args()
    explainer = [sys.executable, "-m", "explainer", "--fresh"]
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        state, cache, elsewhere = folder / "state", folder / "cache", folder / "cwd"
        elsewhere.mkdir()
        os.chdir(elsewhere)  # `python -m` puts the current folder first on sys.path
        env = environment(str(state), str(cache))
        with checkouts(args.revisions, folder) as places:
            runs = {"minimal app": (MINIMAL, MINIMAL_MARK, env)}
            for revision, place in places.items():
                runs[revision] = (explainer, WELCOME_MARK, {**env, "PYTHONPATH": str(place)})
            for argv, mark, run_env in runs.values():  # warm the file cache, fill each content cache
                first_paint(argv, mark, SIZE, run_env)
            times: dict[str, list[float]] = {name: [] for name in runs}
            for _ in range(args.starts):
                order = list(runs)
                random.shuffle(order)
                for name in order:
                    argv, mark, run_env = runs[name]
                    times[name].append(first_paint(argv, mark, SIZE, run_env))
            keys = {
                revision: key_to_screen(
                    KEYS_SIZE, {**env, "PYTHONPATH": str(place)}, args.keys, content=place / "content.yaml"
                )
                for revision, place in places.items()
                if args.keys
            }
    base, base_fastest = statistics.median(times["minimal app"]), min(times["minimal app"])
    print(f"Python {sys.version.split()[0]}; {args.starts} shuffled start-ups of each at {SIZE[0]}x{SIZE[1]} in a pty")
    print("start-up to first paint: median, and fastest start (the least disturbed), each against the minimal app")
    for name, values in times.items():
        median, fastest = statistics.median(values), min(values)
        print(
            f"{name:<14} median {median * 1000:6.1f} ms ({median / base:.2f}x)"
            f"   fastest {fastest * 1000:6.1f} ms ({fastest / base_fastest:.2f}x)"
        )
    for name, pressed in keys.items():
        print(
            f"{name:<14} key to next screen at {KEYS_SIZE[0]}x{KEYS_SIZE[1]}, medians of {args.keys}:"
            f" title {statistics.median(pressed.first) * 1000:5.1f} ms,"
            f" screen complete {statistics.median(pressed.complete) * 1000:5.1f} ms,"
            f" painting done {statistics.median(pressed.settled) * 1000:5.1f} ms,"
            f" back {statistics.median(pressed.back) * 1000:5.1f} ms"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
