"""What checking quotes against the articles costs on the shipped content: lint with and without it.

Run: python benchmarks/quote_check.py [--sources DIR] [--repeat N]. The two are timed in
this one process, alternating, and the medians compared (this machine is shared and noisy).
The articles default to ../shared/sources beside the checkout (or EXPLAINER_SOURCES).
"""

from __future__ import annotations

import argparse
import datetime
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from explainer.core.lint import lint
from explainer.core.lint_evidence import QuoteCheck
from explainer.core.loader import load
from explainer.core.quotes import lock_path_for

ROOT = Path(__file__).resolve().parent.parent
TODAY = datetime.date(2026, 11, 21)


def default_sources() -> Path | None:
    if os.environ.get("EXPLAINER_SOURCES"):
        return Path(os.environ["EXPLAINER_SOURCES"])
    for parent in (ROOT, *ROOT.parents):
        if (parent.parent / "shared" / "sources").is_dir():
            return parent.parent / "shared" / "sources"
    return None


def timed(function) -> float:
    start = time.perf_counter()
    function()
    return (time.perf_counter() - start) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=Path, default=None, help="folder of the article texts")
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--content", type=Path, default=ROOT / "content.yaml")
    args = parser.parse_args()
    sources = args.sources or default_sources()
    if sources is None or not sources.is_dir():
        print("quote_check: the articles were not found; pass --sources DIR", file=sys.stderr)
        return 2
    explainer = load(args.content)
    lock = lock_path_for(args.content)
    plain, with_articles, with_lock = [], [], []
    checked = 0
    for _ in range(args.repeat):
        plain.append(timed(lambda: lint(explainer, today=TODAY)))
        check = QuoteCheck(sources, lock)  # a fresh check reads the articles again, as the CLI does
        with_articles.append(timed(lambda check=check: lint(explainer, today=TODAY, quotes=check)))
        checked = check.checked
        with_lock.append(timed(lambda: lint(explainer, today=TODAY, quotes=QuoteCheck(None, lock))))
    base = statistics.median(plain)
    print(f"{args.content.name}: {len(explainer.content.sections)} sections, {checked} quotes, {args.repeat} runs")
    print(f"lint without quote checks:           median {base:.1f} ms")
    for name, runs in (
        ("with the articles (--sources)", with_articles),
        ("without them (content.quotes.lock)", with_lock),
    ):
        median = statistics.median(runs)
        print(f"lint {name:<34} median {median:.1f} ms (+{median - base:.1f} ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
