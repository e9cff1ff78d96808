"""`explainer snapshot`: the same SVGs the snapshot tests compare; never overwrites by surprise."""

from __future__ import annotations

from pathlib import Path

from .conftest import ROOT, run_cli

SNAPSHOTS = ROOT / "tests" / "__snapshots__" / "test_snapshots"


def test_renders_the_same_svg_as_the_snapshot_tests(tmp_path: Path) -> None:
    result = run_cli("snapshot", "welcome", "timeline", "--out", str(tmp_path / "out"), no_color=False)
    assert result.code == 0, result.err
    written = result.out.split()
    assert [Path(p).name for p in written] == ["welcome-80x24.svg", "timeline-80x24.svg"]
    for name, committed in (("welcome", "welcome-80x24"), ("timeline", "timeline-80x24")):
        produced = (tmp_path / "out" / f"{name}-80x24.svg").read_text(encoding="utf-8")
        assert produced == (SNAPSHOTS / f"test_section[{committed}].svg").read_text(encoding="utf-8")


def test_size_option(tmp_path: Path) -> None:
    result = run_cli("snapshot", "hub", "--size", "120x40", "--out", str(tmp_path), no_color=False)
    assert result.code == 0, result.err
    produced = (tmp_path / "hub-120x40.svg").read_text(encoding="utf-8")
    assert produced == (SNAPSHOTS / "test_section[hub-120x40].svg").read_text(encoding="utf-8")


def test_never_overwrites_without_force(tmp_path: Path) -> None:
    existing = tmp_path / "welcome-80x24.svg"
    existing.write_text("mine")
    refused = run_cli("snapshot", "welcome", "--out", str(tmp_path))
    assert refused.code == 2
    assert "already exists" in refused.err and "--force" in refused.err
    assert existing.read_text() == "mine"
    forced = run_cli("snapshot", "welcome", "--out", str(tmp_path), "--force")
    assert forced.code == 0
    assert existing.read_text().startswith("<svg")


def test_bad_arguments(tmp_path: Path) -> None:
    cases = [
        (("snapshot", "nope", "--out", str(tmp_path)), "no such section(s): nope"),
        (("snapshot", "welcome", "--size", "80by24", "--out", str(tmp_path)), "bad --size"),
        (("snapshot", "--out", str(tmp_path)), "name sections to render, or use --all"),
        (("snapshot", "welcome"), "the following arguments are required: --out"),
    ]
    for args, message in cases:
        result = run_cli(*args)
        assert result.code == 2, args
        assert message in result.err, (args, result.err)
        assert "Traceback" not in result.err
    assert list(tmp_path.iterdir()) == []


def test_unwritable_folder(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = run_cli("snapshot", "welcome", "--out", str(blocker / "sub"))
    assert result.code == 2
    assert "cannot create" in result.err


def test_no_color_is_honoured(tmp_path: Path) -> None:
    result = run_cli("snapshot", "welcome", "--out", str(tmp_path), env={"NO_COLOR": "1"})
    assert result.code == 0
    svg = (tmp_path / "welcome-80x24.svg").read_text(encoding="utf-8")
    colours = set(__import__("re").findall(r"fill: (#[0-9a-f]{6})", svg))
    colours.discard("#c5c8c6")  # the SVG template's own default foreground, not the app's
    greys = {c for c in colours if c[1:3] == c[3:5] == c[5:7]}
    assert colours == greys, "NO_COLOR gives a monochrome screen"
