"""Every figure at once: `python -m benchmarks [--quick] [--write]`.

Start-up to first paint (explainer vs a minimal Textual Markdown app), number key to next
screen at 80x24 and 160x50, opening the map and the palette, peak memory at first paint,
and load and lint times of the shipped content and of generated 1,000 and 10,000 section
files. All from outside, in real pseudo-terminals, alternating, medians. With --write the
figures go to benchmarks/RESULTS.md with today's date.
"""

from __future__ import annotations

import argparse
import datetime
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.generate import generated_content
from benchmarks.startup import (
    EXPLAINER,
    MINIMAL,
    MINIMAL_MARK,
    WELCOME_MARK,
    environment,
    first_paint_and_memory,
    key_to_screen,
    open_screens,
)


def median_p95(values: list[float]) -> tuple[float, float]:
    ms = sorted(v * 1000 for v in values)
    return statistics.median(ms), ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]


def load_and_lint(path: Path, repeat: int) -> tuple[float, float]:
    from explainer.core.lint import lint
    from explainer.core.loader import load

    loads, lints = [], []
    for _ in range(repeat):
        start = time.perf_counter()
        explainer = load(path)
        middle = time.perf_counter()
        lint(explainer, today=datetime.date(2026, 11, 21))
        loads.append(middle - start)
        lints.append(time.perf_counter() - middle)
    return statistics.median(loads) * 1000, statistics.median(lints) * 1000


def _kept_notes(results: Path) -> str:
    """The hand-written notes under the table ("## Notes" onwards), which a new run keeps."""
    try:
        text = results.read_text(encoding="utf-8")
    except FileNotFoundError:
        return ""
    start = text.find("## Notes")
    return "" if start < 0 else "\n" + text[start:]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats (a rough look)")
    parser.add_argument("--write", action="store_true", help="record the figures in benchmarks/RESULTS.md")
    args = parser.parse_args()
    # Start-ups get more runs: on this shared machine one start of the same program takes 300 to 490 ms.
    starts, repeat, presses = (7, 5, 8) if args.quick else (31, 15, 20)
    rows: list[tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory() as state, tempfile.TemporaryDirectory() as cache:
        env = environment(state, cache)
        first_paint_and_memory(MINIMAL, MINIMAL_MARK, (120, 40), env)
        first_paint_and_memory(EXPLAINER, WELCOME_MARK, (120, 40), env)  # fills the content cache
        ours, base, our_memory, base_memory = [], [], [], []
        for _ in range(starts):
            t, m = first_paint_and_memory(MINIMAL, MINIMAL_MARK, (120, 40), env)
            base.append(t)
            base_memory.append(m)
            t, m = first_paint_and_memory(EXPLAINER, WELCOME_MARK, (120, 40), env)
            ours.append(t)
            our_memory.append(m)
        b, o = statistics.median(base) * 1000, statistics.median(ours) * 1000
        rows.append(("start-up to first paint, minimal Markdown app", f"{b:.0f} ms", ""))
        rows.append(("start-up to first paint, explainer", f"{o:.0f} ms ({o / b:.2f}x)", "at most 1.15x"))
        fb, fo = min(base) * 1000, min(ours) * 1000  # the least disturbed start of each: a steadier ratio
        rows.append(
            ("start-up, fastest start of each (minimal / explainer)", f"{fb:.0f} / {fo:.0f} ms ({fo / fb:.2f}x)", "")
        )
        bm, om = statistics.median(base_memory) / 1024, statistics.median(our_memory) / 1024
        rows.append(("peak memory at first paint, minimal app", f"{bm:.1f} MB", ""))
        rows.append(("peak memory at first paint, explainer", f"{om:.1f} MB ({om / bm:.2f}x)", "at most 1.2x"))
        for size in ((80, 24), (160, 50)):
            keys = key_to_screen(size, env, presses)
            for what, times in (
                ("its title", keys.first),
                ("screen complete", keys.complete),
                ("painting done", keys.settled),
            ):
                med, p95 = median_p95(times)
                target = "median at most 40 ms" if size == (160, 50) and what != "painting done" else ""
                rows.append(
                    (
                        f"number key to next screen ({what}), {size[0]}x{size[1]}",
                        f"median {med:.1f} ms, p95 {p95:.1f} ms",
                        target,
                    )
                )
        maps, palettes = open_screens((120, 40), env, max(presses // 2, 4))
        for name, values in (("opening the map (m)", maps), ("opening the palette (ctrl+p)", palettes)):
            med, p95 = median_p95(values)
            rows.append((name, f"median {med:.1f} ms, p95 {p95:.1f} ms", ""))
    from explainer.core.paths import default_content_path

    with tempfile.TemporaryDirectory() as folder:
        from explainer.core.loader import load

        shipped = default_content_path()
        files = {f"shipped content ({len(load(shipped).sections)} sections)": shipped}
        for size in (1000, 10000):
            path = Path(folder, f"{size}.yaml")
            path.write_text(generated_content(size), encoding="utf-8")
            files[f"generated, {size:,} sections"] = path
        for name, path in files.items():
            load_ms, lint_ms = load_and_lint(path, 3 if "10,000" in name else repeat)
            rows.append((f"load and lint, {name}", f"load {load_ms:.1f} ms, lint {lint_ms:.1f} ms", ""))
    width = max(len(r[0]) for r in rows)
    print(
        f"explainer benchmarks, {datetime.date.today().isoformat()}, Python {sys.version.split()[0]}, "
        f"{starts} alternating start-ups of each app, {repeat} runs of the rest"
    )
    for name, figure, target in rows:
        print(f"{name:<{width}}  {figure}" + (f"   [target: {target}]" if target else ""))
    if args.write:
        results = Path(__file__).resolve().parent / "RESULTS.md"
        lines = [
            "# Benchmark results",
            "",
            f"`python -m benchmarks --write`, {datetime.date.today().isoformat()}, on this project's 2-core build "
            f"machine (shared and noisy), Python {sys.version.split()[0]}; medians of {starts} alternating "
            f"start-ups of each app and {repeat} runs of the rest, measured from outside in real pseudo-terminals.",
            "",
            "| measure | figure | target |",
            "| --- | --- | --- |",
            *[f"| {name} | {figure} | {target} |" for name, figure, target in rows],
            "",
        ]
        notes = _kept_notes(results)
        results.write_text("\n".join(lines) + notes, encoding="utf-8")
        print(f"written to {results}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
