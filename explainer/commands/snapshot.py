"""`explainer snapshot`: sections rendered headlessly to SVG, as the snapshot tests do.

Textual is imported only when the command runs, after every argument has been checked.
"""

from __future__ import annotations

import argparse
import os
import sys

from .common import EXIT_OK, EXIT_USAGE, Commands, load, named_sections


def add_snapshot(commands: Commands, shared: list[argparse.ArgumentParser]) -> None:
    snapshot = commands.add_parser(
        "snapshot",
        parents=shared,
        help="render sections to SVG files",
        description="Render sections headlessly to SVG, as the snapshot tests do, for review or handouts. "
        "Existing files are never overwritten unless --force.",
    )
    snapshot.add_argument("sections", nargs="*", metavar="SECTION", help="section ids to render")
    snapshot.add_argument("--all", action="store_true", help="render every section")
    snapshot.add_argument("--size", default="80x24", metavar="COLSxROWS", help="terminal size (default 80x24)")
    snapshot.add_argument("--out", required=True, metavar="DIR", help="folder for the SVG files (created if missing)")
    snapshot.add_argument("--force", action="store_true", help="overwrite existing files")
    snapshot.add_argument("--theme", metavar="NAME", default=argparse.SUPPRESS, help="colour theme")
    snapshot.set_defaults(run=run_snapshot)


def parse_size(text: str) -> tuple[int, int] | None:
    columns, _, rows = text.lower().partition("x")
    if not (columns.isascii() and rows.isascii() and columns.isdigit() and rows.isdigit()):
        return None
    size = int(columns), int(rows)
    return size if 20 <= size[0] <= 500 and 8 <= size[1] <= 200 else None


def run_snapshot(args: argparse.Namespace) -> int:
    """Write one SVG per section; check everything before writing anything."""
    from pathlib import Path

    size = parse_size(args.size)
    if size is None:
        print(
            f"explainer snapshot: bad --size '{args.size}'; use COLSxROWS from 20x8 to 500x200, e.g. 80x24",
            file=sys.stderr,
        )
        return EXIT_USAGE
    if args.theme:
        from ..ui.themes import unknown_theme_message

        if problem := unknown_theme_message(args.theme):
            print(f"explainer snapshot: {problem}", file=sys.stderr)
            return EXIT_USAGE
    explainer = load(argparse.Namespace(file=None, content=args.content))
    ids = named_sections(explainer, args, "snapshot", "name sections to render, or use --all")
    if ids is None:
        return EXIT_USAGE
    out = Path(args.out)
    targets = {section_id: out / f"{section_id}-{size[0]}x{size[1]}.svg" for section_id in ids}
    existing = [str(path) for path in targets.values() if os.path.lexists(path)]  # a dangling link too
    if existing and not args.force:
        print(
            f"explainer snapshot: {existing[0]} already exists ({len(existing)} file(s)); use --force to overwrite",
            file=sys.stderr,
        )
        return EXIT_USAGE
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        print(f"explainer snapshot: cannot create {out}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    from ..core.files import write_new
    from ..ui.snapshot import render_svg

    for section_id, path in targets.items():
        svg = render_svg(explainer, section_id, size, theme=args.theme)
        try:
            write_new(path, svg, force=args.force)
        except OSError as exc:
            print(f"explainer snapshot: cannot write {path}: {exc.strerror or exc}", file=sys.stderr)
            return EXIT_USAGE
        print(path)
    return EXIT_OK
