"""Load + lint time against PyYAML's bare parse of the same file, at 100, 1,000 and 10,000 sections.

Run: python benchmarks/lint_scale.py [--repeat N]. Both are timed in this one process,
alternating, and the medians are compared, because this machine is shared and noisy.
"""

from __future__ import annotations

import argparse
import datetime
import statistics
import sys
import tempfile
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.generate import generated_content
from explainer.core.gcpause import gc_paused
from explainer.core.lint import lint
from explainer.core.loader import load

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def bare_parse(path: Path) -> None:
    yaml.load(path.read_text(encoding="utf-8"), Loader=Loader)


def bare_parse_gc_off(path: Path) -> None:
    """The same bare parse with the cyclic GC paused, as load+lint runs: the fairer baseline."""
    with gc_paused():
        bare_parse(path)


def load_and_lint(path: Path) -> None:
    found = lint(load(path), today=datetime.date(2026, 11, 21))
    assert not [d for d in found if d.severity == "error"], found[:3]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--sizes", default="100,1000,10000")
    args = parser.parse_args()
    print(f"PyYAML {yaml.__version__} with {Loader.__name__}; median of {args.repeat} alternating runs")
    print(
        f"{'sections':>9} {'bytes':>10} {'bare parse':>11} {'bare, gc off':>13} {'load+lint':>10}"
        f" {'ratio':>6} {'ratio gc off':>13} {'load+lint per 1k':>17}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for size in (int(s) for s in args.sizes.split(",")):
            path = Path(tmp, f"content-{size}.yaml")
            path.write_text(generated_content(size), encoding="utf-8")
            bare, bare_off, ours = [], [], []
            for _ in range(args.repeat):
                for runner, times in ((bare_parse, bare), (bare_parse_gc_off, bare_off), (load_and_lint, ours)):
                    start = time.perf_counter()
                    runner(path)
                    times.append(time.perf_counter() - start)
            b, f, o = statistics.median(bare), statistics.median(bare_off), statistics.median(ours)
            print(
                f"{size:>9,} {path.stat().st_size:>10,} {b * 1000:>9.1f}ms {f * 1000:>11.1f}ms {o * 1000:>8.1f}ms"
                f" {o / b:>6.2f} {o / f:>13.2f} {o * 1000 / size * 1000:>14.1f}ms"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
