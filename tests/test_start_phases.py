"""The start-phases probe still finds its marks in the real program (a Textual update could move them)."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.start_phases import one_start
from benchmarks.startup import environment

ROOT = Path(__file__).resolve().parent.parent


def test_the_probe_reports_both_phases_and_the_first_screen(tmp_path: Path) -> None:
    env = {**environment(str(tmp_path / "state"), str(tmp_path / "cache")), "PYTHONPATH": str(ROOT)}
    out = tmp_path / "phases.jsonl"
    one_start(env, out)
    assert out.exists(), "the probe never saw the first paint"
    report = json.loads(out.read_text().splitlines()[-1])
    assert report["to_run_ms"] > 0 and report["run_to_paint_ms"] > 0
    assert 0 < report["styling_ms"] < report["run_to_paint_ms"]
    assert report["nodes"] > 10 and report["rules"] > 40 and report["component_classes"] >= 1
    assert report["applies"] >= report["nodes"], "each node is styled at least once"
