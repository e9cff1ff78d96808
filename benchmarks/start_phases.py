"""Where versions of the reader spend their start, side by side: before the app runs, and after.

Run: python benchmarks/start_phases.py [--starts N] REV [REV ...] ("." is the working tree).
Each start runs `phase_probe.py` in a real pseudo-terminal with that version first on
PYTHONPATH; the versions take turns in a new shuffled order each round. Printed per
version: medians of the time to `App.run` (imports, loading the content, making the app)
and from there to the first paint, the part of that spent styling nodes, and what the
first screen holds (nodes, component classes, CSS rules). compare_versions.py gives the
whole start against the minimal app; this says which half a difference is in.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.compare_versions import SIZE, checkouts
from benchmarks.pty_timing import PtyProcess
from benchmarks.startup import environment

PROBE = Path(__file__).resolve().with_name("phase_probe.py")


def one_start(env: dict[str, str], out: Path) -> None:
    """A start until the probe has written its line (it exits at the first paint)."""
    program = PtyProcess([sys.executable, str(PROBE)], SIZE, {**env, "PHASES_OUT": str(out)})
    try:
        program.process.wait(timeout=30)
    finally:
        program.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("revisions", nargs="+", metavar="REV", help='commits to compare; "." is the working tree')
    parser.add_argument("--starts", type=int, default=15, help="start-ups of each version (default 15)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        elsewhere = folder / "cwd"
        elsewhere.mkdir()
        os.chdir(elsewhere)
        env = environment(str(folder / "state"), str(folder / "cache"))
        with checkouts(args.revisions, folder) as places:
            outs = {revision: folder / f"phases-{n}.jsonl" for n, revision in enumerate(places)}
            runs = {revision: {**env, "PYTHONPATH": str(place)} for revision, place in places.items()}
            for run_env in runs.values():  # warm the file cache, fill each content cache
                one_start(run_env, folder / "warm.jsonl")
            for _ in range(args.starts):
                for revision in random.sample(list(runs), len(runs)):
                    one_start(runs[revision], outs[revision])
            reports = {
                revision: [json.loads(line) for line in out.read_text().splitlines()] if out.exists() else []
                for revision, out in outs.items()
            }
    print(f"Python {sys.version.split()[0]}; {args.starts} shuffled starts of each at {SIZE[0]}x{SIZE[1]} in a pty")
    print("medians: to App.run (imports, content, app) | App.run to first paint | of which styling nodes")
    for revision, rows in reports.items():
        if not rows:
            print(f"{revision:<10} no start reached its first paint")
            continue
        last = rows[-1]

        def median(key: str, rows: list[dict[str, float]] = rows) -> float:
            return statistics.median(row[key] for row in rows)

        print(
            f"{revision:<10} {median('to_run_ms'):6.1f} ms | {median('run_to_paint_ms'):5.1f} ms"
            f" | {median('styling_ms'):5.1f} ms ({last['applies']} applies);"
            f" first screen: {last['nodes']} nodes, {last['component_classes']} component classes,"
            f" {last['rules']} CSS rules ({len(rows)} starts)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
