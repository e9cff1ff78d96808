"""The commands that give the text away: `print` (to the terminal) and `export` (a handout file).

Both use the neutral rendering layer (no Textual); it is imported inside each handler.
"""

from __future__ import annotations

import argparse
import sys

from .common import EXIT_OK, EXIT_USAGE, Commands, load, named_sections


def add_print(commands: Commands, shared: list[argparse.ArgumentParser]) -> None:
    printing = commands.add_parser(
        "print",
        parents=shared,
        help="print sections as text",
        description="Print sections as plain text, or with formatting on a terminal (not with NO_COLOR). "
        "--all prints every section in reading order, then the sources.",
    )
    printing.add_argument("sections", nargs="*", metavar="SECTION", help="section ids to print")
    printing.add_argument("--all", action="store_true", help="print every section, then the sources")
    printing.add_argument("--width", type=int, metavar="N", help="wrap at N columns (default: the terminal, or 80)")
    printing.set_defaults(run=run_print)


def add_export(commands: Commands, shared: list[argparse.ArgumentParser]) -> None:
    export = commands.add_parser(
        "export",
        parents=shared,
        help="write a take-away handout (Markdown or HTML)",
        description="Write a handout of chosen sections, or of the sections in your saved history (--visited), "
        "or of every section when none is named, "
        "with the glossary terms met, the sources, the questions to ask and the help-now card. "
        "Never overwrites a file unless --force.",
    )
    export.add_argument("sections", nargs="*", metavar="SECTION", help="section ids to include")
    export.add_argument("--visited", action="store_true", help="the sections in your saved history (turned on with r)")
    export.add_argument(
        "--format", choices=("html", "md"), help="html or md (default: from --out's ending; html, or md for -)"
    )
    export.add_argument(
        "--out",
        metavar="FILE",
        help="where to write, - for standard output (default: explainer-handout.html or .md here)",
    )
    export.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    export.set_defaults(run=run_export)


def run_print(args: argparse.Namespace) -> int:
    explainer = load(argparse.Namespace(file=None, content=args.content), for_reading=True)
    if args.width is not None and not 20 <= args.width <= 1000:
        print("explainer print: --width must be from 20 to 1000", file=sys.stderr)
        return EXIT_USAGE
    ids = named_sections(explainer, args, "print", "name sections to print, or use --all")
    if ids is None:
        return EXIT_USAGE
    from ..textmodes.printing import print_sections

    print_sections(explainer, ids, width=args.width, everything=args.all)
    return EXIT_OK


def run_export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ..core.clock import today

    explainer = load(argparse.Namespace(file=None, content=args.content), for_reading=True)
    named = named_sections(explainer, args, "export", None)
    if named is None:
        return EXIT_USAGE
    visited = named
    from ..core.state import StateStore

    store = StateStore()
    questions = store.load_questions(explainer.content.meta.title)  # kept only if the reader turned saving on
    if args.visited:
        history = store.load(explainer.content.meta.title, set(explainer.sections))
        if history is None:
            reason = store.take_problem() or "no saved history: press r in the explainer to save your place"
            print(f"explainer export: {reason}", file=sys.stderr)
            return EXIT_USAGE
        visited = history.entries + visited
    if not visited:  # nothing named: the whole explainer, in reading order (as `print --all`)
        visited = list(explainer.sections)
        print(
            f"explainer export: no sections named, so all {len(visited)} are in the handout "
            "(name section ids, shown by ? in the explainer, or use --visited)",
            file=sys.stderr,
        )
    to_stdout = args.out == "-"
    out = None if to_stdout else Path(args.out or f"explainer-handout.{args.format or 'html'}")
    suffix = out.suffix.lower() if out is not None else ""
    kind = args.format or ("md" if suffix in (".md", ".markdown") or to_stdout else "html")
    from ..core.files import write_new
    from ..core.handout import handout_document

    text = handout_document(explainer, visited, today=today(), kind=kind, questions=questions)
    if out is None:
        sys.stdout.write(text)
        return EXIT_OK
    try:
        write_new(out, text, force=args.force)
    except FileExistsError:
        print(f"explainer export: {out} already exists; use --force to replace it", file=sys.stderr)
        return EXIT_USAGE
    except OSError as exc:
        print(f"explainer export: cannot write {out}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    print(out)
    return EXIT_OK
