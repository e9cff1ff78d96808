"""The command line: wires the content core to the commands and (lazily) to the Textual UI.

Nothing heavy is imported at module level, so `explainer lint` and `--help` stay quick.
argparse, not click or typer: it is in the standard library and the quickest to import
(the code review measured 8 ms, against 28 ms for click and 47 ms for typer).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from . import __version__

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 70


class _NotReaderOnly(Exception):
    """The words are not for the reader alone (a command, or something to report): use the full parser."""


class _ReaderOnlyParser(argparse.ArgumentParser):
    """The reader's options only; any word it does not know means the full parser must look."""

    def error(self, message: str) -> NoReturn:
        raise _NotReaderOnly(message)


def _shared_options(*, suppress: bool) -> argparse.ArgumentParser:
    """Options every command takes, before or after its name (a command's copy leaves the main one's value alone)."""
    shared = argparse.ArgumentParser(add_help=False)
    shared.add_argument("--version", action="version", version=f"explainer {__version__}")
    shared.add_argument(
        "--content",
        metavar="PATH",
        default=argparse.SUPPRESS if suppress else None,
        help="content file to use (default: $EXPLAINER_CONTENT, else the shipped content.yaml)",
    )
    return shared


def _parser(*, with_commands: bool = True) -> argparse.ArgumentParser:
    """The command line, the only list of commands; without them when only the reader starts (quicker)."""
    parser = (argparse.ArgumentParser if with_commands else _ReaderOnlyParser)(
        prog="explainer",
        parents=[_shared_options(suppress=False)],
        description="A branching explainer of low-dose ketamine for treatment-resistant depression.",
        epilog="If you are in crisis now: in the US call or text 988; in the UK and Ireland call "
        "Samaritans on 116 123; in an emergency call 911, 999 or 112.",
    )
    parser.add_argument("--start", metavar="SECTION", help="open at this section id instead of the start")
    parser.add_argument("--fresh", action="store_true", help="ignore the saved place (if you turned saving on)")
    parser.add_argument(
        "--theme",
        metavar="NAME",
        help="colour theme: explainer-dark (default), explainer-light, high-contrast, or any Textual theme",
    )
    parser.add_argument(
        "--present",
        action="store_true",
        help="presenter mode for counsellors: nothing saved, b blanks, n notes, ctrl+r resets; "
        "`explainer notes` follows it from another terminal",
    )
    parser.add_argument(
        "--route",
        metavar="ID",
        help="with --present: follow a prepared route (content's `routes:`); Space goes to its next section",
    )
    parser.add_argument(
        "--watch",
        action="store_true",
        help="for authors: reload the content file when it is saved, keeping your place; errors show in a panel",
    )
    parser.add_argument(
        "--no-save",
        action="store_true",
        help="never read or write a saved place (used for browser sessions)",
    )
    parser.add_argument(
        "--plain",
        action="store_true",
        help="read line by line without the full-screen interface (for screen readers and scripts)",
    )
    if not with_commands:
        parser.set_defaults(command=None)
        return parser
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    shared = [_shared_options(suppress=True)]

    lint = commands.add_parser(
        "lint",
        parents=shared,
        help="check a content file",
        description="Check a content file. Exit 0 when clean, 1 on errors (or warnings with --strict), "
        "2 when the file cannot be loaded.",
    )
    lint.add_argument("file", nargs="?", metavar="FILE", help="content file (default: --content)")
    lint.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    lint.add_argument("--ignore", metavar="CODE,...", default="", help="rule codes to skip, comma-separated")
    lint.add_argument("--strict", action="store_true", help="exit 1 on warnings too")
    lint.add_argument(
        "--sources",
        metavar="DIR",
        help="folder of the source article texts to check quotes against (default: $EXPLAINER_SOURCES)",
    )
    lint.add_argument(
        "--update-quotes",
        action="store_true",
        help="with the articles, rewrite content.quotes.lock (beside the content) with the quotes verified",
    )

    graph = commands.add_parser(
        "graph", parents=shared, help="print the section graph", description="Print the section graph."
    )
    graph.add_argument("file", nargs="?", metavar="FILE", help="content file (default: --content)")
    graph.add_argument("--format", choices=("mermaid", "dot"), default="mermaid", help="output format")

    commands.add_parser(
        "schema",
        parents=shared,
        help="print the JSON Schema of content files",
        description="Print the JSON Schema of content files (committed as content.schema.json).",
    )
    rules = commands.add_parser(
        "rules", parents=shared, help="list the linter's rule codes", description="List the linter's rule codes."
    )
    rules.add_argument(
        "--format",
        choices=("text", "md"),
        default="text",
        help="text (default), or md: the rule table of docs/content-format.md",
    )

    commands.add_parser(
        "notes",
        parents=shared,
        help="follow a presenter: counsellor notes on your own screen",
        description="Run in a second terminal while `explainer --present` runs: shows the current section's "
        "counsellor notes, what the client has seen and the choices ahead. Waits while no presenter runs.",
    )

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

    serve = commands.add_parser(
        "serve",
        parents=shared,
        help="serve the explainer to a web browser",
        description="Serve the explainer to web browsers with textual-serve; each tab gets its own session. "
        "Binds to 127.0.0.1 unless --host says otherwise: textual-serve has no authentication.",
    )
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    serve.add_argument(
        "--max-sessions", type=int, default=10, metavar="N", help="readers at once, one process each (default 10)"
    )

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
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code. No traceback reaches the user."""
    from .core.clock import BadToday, today

    try:
        today()  # a bad EXPLAINER_TODAY is one line here, before anything runs
    except BadToday as exc:
        print(f"explainer: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        _tolerant_stdout()
        return _run(_parse(list(sys.argv[1:] if argv is None else argv)))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_OK
    except OSError as exc:  # the output device failed (disk full, /dev/full, an I/O error) and the like
        from .core.errors import describe_os_error

        return describe_os_error(exc, silence=_silence_stdout)
    except Exception as exc:  # the last guard: one clear line instead of a traceback
        if os.environ.get("EXPLAINER_DEBUG"):
            raise
        from .core.escape import visible

        print(
            f"explainer: internal error: {type(exc).__name__}: {visible(str(exc), limit=300)} "
            "(set EXPLAINER_DEBUG=1 for details)",
            file=sys.stderr,
        )
        return EXIT_INTERNAL


def _tolerant_stdout() -> None:
    """Names from the command line may hold bytes that are not UTF-8: print them escaped, never fail."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure") and getattr(stream, "errors", "") == "strict":
            stream.reconfigure(errors="backslashreplace")


def _parse(words: list[str]) -> argparse.Namespace:
    """The reader's quick parser when it knows every word; else the full one (commands, help, errors)."""
    if not {"-h", "--help"}.intersection(words):
        try:
            return _parser(with_commands=False).parse_args(words)
        except _NotReaderOnly:
            pass
    return _parser().parse_args(words)


def _silence_stdout() -> None:
    """After a closed pipe (e.g. `| head`), stop Python complaining when it flushes at exit."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _run(args: argparse.Namespace) -> int:
    from .core.diagnostics import ContentError

    try:
        if args.command == "schema":
            from .core.schema import schema_text

            sys.stdout.write(schema_text())
            return EXIT_OK
        if args.command == "rules":
            return _rules(args.format)
        if args.command == "graph":
            return _graph(args)
        if args.command == "lint":
            return _lint(args)
        if args.command == "snapshot":
            return _snapshot(args)
        if args.command == "print":
            return _print(args)
        if args.command == "export":
            return _export(args)
        if args.command == "serve":
            return _serve(args)
        if args.command == "notes":
            from .presenter.notes import follow

            return follow()
        if args.plain:
            return _plain(args)
        return _read(args)
    except ContentError as exc:
        if getattr(args, "format", "text") == "json":
            _print_json({"file": exc.diagnostic.file, "diagnostics": [d.as_dict() for d in exc.diagnostics]})
        for diagnostic in exc.diagnostics:
            print(diagnostic, file=sys.stderr)
        return EXIT_USAGE


def _print_json(payload: object) -> None:
    import json  # only lint's JSON output needs it; the reader starts without it

    print(json.dumps(payload, indent=2))


def _load(args: argparse.Namespace, *, for_reading: bool = False):  # -> Explainer; imports stay lazy
    """Parse the content (with positions, for lint and graph) or, for the reader, use the cache."""
    from .core.paths import resolve_content_path

    path = resolve_content_path(getattr(args, "file", None) or args.content)
    if for_reading:
        from .core.cache import load_for_reading

        return load_for_reading(path)
    from .core.loader import load

    return load(path)


def _lint(args: argparse.Namespace) -> int:
    from .core.lint import lint
    from .core.rules import RULES

    ignore = {code.strip().upper() for code in args.ignore.split(",") if code.strip()}
    unknown = sorted(code for code in ignore if code not in RULES)
    if unknown:
        print(f"explainer lint: unknown rule code(s) in --ignore: {', '.join(unknown)}", file=sys.stderr)
        return EXIT_USAGE
    from .core.lint_evidence import QuoteCheck
    from .core.paths import resolve_content_path
    from .core.quotes import SOURCES_ENV, lock_path_for, sources_dir

    folder = sources_dir(args.sources)
    if folder is not None and not folder.is_dir():
        where = "--sources" if args.sources else SOURCES_ENV
        print(f"explainer lint: {where}: '{folder}' is not a folder of article texts", file=sys.stderr)
        return EXIT_USAGE
    if args.update_quotes and folder is None:
        print(
            "explainer lint: --update-quotes needs the articles: add --sources DIR (or set EXPLAINER_SOURCES)",
            file=sys.stderr,
        )
        return EXIT_USAGE
    explainer = _load(args)
    check = QuoteCheck(
        folder, lock_path_for(resolve_content_path(args.file or args.content)), update=args.update_quotes
    )
    try:
        found = lint(explainer, ignore=ignore, quotes=check)
    except OSError as exc:
        print(f"explainer lint: cannot write {check.lock}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    if check.written is not None:
        print(f"explainer lint: wrote {check.lock} ({check.written} quote(s) verified)", file=sys.stderr)
    counts = {severity: sum(d.severity == severity for d in found) for severity in ("error", "warning", "info")}
    if args.format == "json":
        payload = {"file": explainer.file, "diagnostics": [d.as_dict() for d in found], "summary": counts}
        _print_json(payload)
    else:
        for diagnostic in found:
            print(diagnostic)
        sections = len(explainer.content.sections)
        print(
            f"{explainer.file}: {counts['error']} error(s), {counts['warning']} warning(s), "
            f"{counts['info']} note(s) in {sections} section(s)",
            file=sys.stderr,
        )
    if counts["error"] or (args.strict and counts["warning"]):
        return EXIT_FINDINGS
    return EXIT_OK


NEEDS_TERMINAL = (
    "explainer: the full-screen explainer needs a terminal (standard input and output). Without one, use "
    "`explainer --plain` to read line by line, or `explainer print --all` for the whole text."
)


def _read(args: argparse.Namespace) -> int:
    """Open the reader's app on the content."""
    import difflib

    web = os.environ.get("TEXTUAL_DRIVER", "").endswith("WebDriver")  # textual-serve runs us this way
    if not web and not (sys.stdin.isatty() and sys.stdout.isatty()):
        print(NEEDS_TERMINAL, file=sys.stderr)
        return EXIT_USAGE

    from .core.paths import resolve_content_path

    watch = None
    if args.watch:
        import importlib.util

        if importlib.util.find_spec("watchfiles") is None:
            print("explainer: --watch needs watchfiles: pip install 'explainer[watch]'", file=sys.stderr)
            return EXIT_USAGE
        from .core.loader import load

        watch = resolve_content_path(args.content)
        explainer = load(watch)  # parsed each time, never from the cache: the author is editing it
    elif args.present:
        from .core.cache import load_for_reading

        explainer = load_for_reading(resolve_content_path(args.content), write=False)  # a presenter writes nothing
    else:
        explainer = _load(args, for_reading=True)
    if args.start and args.start not in explainer.sections:
        close = difflib.get_close_matches(args.start, list(explainer.sections), n=1)
        hint = f"; did you mean '{close[0]}'?" if close else "; `explainer graph` lists the ids"
        print(f"explainer: no section '{args.start}' in {explainer.file}{hint}", file=sys.stderr)
        return EXIT_USAGE
    if explainer.content.start not in explainer.sections:
        print(
            f"explainer: {explainer.file}: start section '{explainer.content.start}' does not exist; run `explainer lint`",
            file=sys.stderr,
        )
        return EXIT_USAGE
    route = None
    if args.route:
        routes = {r.id: r for r in explainer.content.routes}
        if not args.present:
            print("explainer: --route is for presenter mode: use it with --present", file=sys.stderr)
            return EXIT_USAGE
        if args.route not in routes:
            close = difflib.get_close_matches(args.route, list(routes), n=1)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            known = f" (routes: {', '.join(routes)})" if routes else " (it defines no routes)"
            print(f"explainer: no route '{args.route}' in {explainer.file}{hint}{known}", file=sys.stderr)
            return EXIT_USAGE
        route = routes[args.route]
        if not any(s in explainer.sections for s in route.sections):
            print(f"explainer: route '{route.id}' names no existing section; run `explainer lint`", file=sys.stderr)
            return EXIT_USAGE
    from .core.state import StateStore
    from .ui.app import ExplainerApp

    if args.present:
        from .presenter.link import PresenterLink

        app = ExplainerApp(
            explainer,
            start=args.start,
            theme=args.theme,
            present=True,
            link=PresenterLink(),
            route=route,
            watch=watch,
        )
    else:
        state = None if args.no_save else StateStore()
        app = ExplainerApp(explainer, start=args.start, state=state, fresh=args.fresh, theme=args.theme, watch=watch)
    if args.theme and args.theme not in app.available_themes:
        names = ", ".join(sorted(app.available_themes))
        print(f"explainer: unknown theme '{args.theme}'; choose from: {names}", file=sys.stderr)
        return EXIT_USAGE
    app.run()
    return app.return_code or EXIT_OK


def _named_sections(explainer, args: argparse.Namespace, command: str, when_none: str | None) -> list[str] | None:
    """The sections named on the command line (all with --all), once each; None after saying what is wrong."""
    unknown = [s for s in args.sections if s not in explainer.sections]
    if unknown:
        print(f"explainer {command}: no such section(s): {', '.join(unknown)}", file=sys.stderr)
        return None
    if getattr(args, "all", False):
        return list(explainer.sections)
    if not args.sections and when_none is not None:
        print(f"explainer {command}: {when_none}", file=sys.stderr)
        return None
    return list(dict.fromkeys(args.sections))


def _print(args: argparse.Namespace) -> int:
    explainer = _load(argparse.Namespace(file=None, content=args.content), for_reading=True)
    if args.width is not None and not 20 <= args.width <= 1000:
        print("explainer print: --width must be from 20 to 1000", file=sys.stderr)
        return EXIT_USAGE
    ids = _named_sections(explainer, args, "print", "name sections to print, or use --all")
    if ids is None:
        return EXIT_USAGE
    from .textmodes.printing import print_sections

    print_sections(explainer, ids, width=args.width, everything=args.all)
    return EXIT_OK


def _serve(args: argparse.Namespace) -> int:
    import ipaddress
    import shlex

    if not 1 <= args.port <= 65535:
        print("explainer serve: --port must be from 1 to 65535", file=sys.stderr)
        return EXIT_USAGE
    if not 1 <= args.max_sessions <= 1000:
        print("explainer serve: --max-sessions must be from 1 to 1000", file=sys.stderr)
        return EXIT_USAGE
    try:
        from .serving import serve
    except ImportError:
        print("explainer serve: needs textual-serve: pip install 'explainer[serve]'", file=sys.stderr)
        return EXIT_USAGE
    from .core.paths import resolve_content_path

    explainer = _load(argparse.Namespace(file=None, content=args.content), for_reading=True)  # fail early, clearly
    content = resolve_content_path(args.content).resolve()
    try:
        loopback = args.host == "localhost" or ipaddress.ip_address(args.host).is_loopback
    except ValueError:
        loopback = False
    if not loopback:
        print(
            f"explainer serve: warning: listening on {args.host}, beyond this machine. textual-serve has no "
            "authentication: anyone who can reach this port can use it.",
            file=sys.stderr,
        )
    command = shlex.join([sys.executable, "-m", "explainer", "--content", str(content), "--no-save", "--fresh"])
    return serve(
        command, host=args.host, port=args.port, title=explainer.content.meta.title, max_sessions=args.max_sessions
    )


def _export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .core.clock import today

    explainer = _load(argparse.Namespace(file=None, content=args.content), for_reading=True)
    named = _named_sections(explainer, args, "export", None)
    if named is None:
        return EXIT_USAGE
    visited = named
    from .core.state import StateStore

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
    from .core.files import write_new
    from .core.handout import handout_document

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


def _plain(args: argparse.Namespace) -> int:
    import shutil

    explainer = _load(args, for_reading=True)
    if args.start and args.start not in explainer.sections:
        print(f"explainer: no section '{args.start}' in {explainer.file}", file=sys.stderr)
        return EXIT_USAGE
    from .textmodes.plain import run_plain

    width = min(shutil.get_terminal_size((80, 24)).columns, 100)
    return run_plain(explainer, start=args.start, width=max(width, 20))


def _parse_size(text: str) -> tuple[int, int] | None:
    columns, _, rows = text.lower().partition("x")
    if not (columns.isascii() and rows.isascii() and columns.isdigit() and rows.isdigit()):
        return None
    size = int(columns), int(rows)
    return size if 20 <= size[0] <= 500 and 8 <= size[1] <= 200 else None


def _snapshot(args: argparse.Namespace) -> int:
    """Write one SVG per section; check everything before writing anything."""
    from pathlib import Path

    size = _parse_size(args.size)
    if size is None:
        print(
            f"explainer snapshot: bad --size '{args.size}'; use COLSxROWS from 20x8 to 500x200, e.g. 80x24",
            file=sys.stderr,
        )
        return EXIT_USAGE
    if args.theme:
        from .ui.themes import unknown_theme_message

        if problem := unknown_theme_message(args.theme):
            print(f"explainer snapshot: {problem}", file=sys.stderr)
            return EXIT_USAGE
    explainer = _load(argparse.Namespace(file=None, content=args.content))
    ids = _named_sections(explainer, args, "snapshot", "name sections to render, or use --all")
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
    from .core.files import write_new
    from .ui.snapshot import render_svg

    for section_id, path in targets.items():
        svg = render_svg(explainer, section_id, size, theme=args.theme)
        try:
            write_new(path, svg, force=args.force)
        except OSError as exc:
            print(f"explainer snapshot: cannot write {path}: {exc.strerror or exc}", file=sys.stderr)
            return EXIT_USAGE
        print(path)
    return EXIT_OK


def _graph(args: argparse.Namespace) -> int:
    """Print the graph; a choice that leads nowhere is drawn as MISSING, reported placed, and exits 1."""
    from .core.graph import to_dot, to_mermaid
    from .core.lint import lint

    explainer = _load(args)
    content = explainer.content
    sys.stdout.write(to_dot(content) if args.format == "dot" else to_mermaid(content))
    broken = [d for d in lint(explainer) if d.code == "E103"]
    for diagnostic in broken:
        print(diagnostic, file=sys.stderr)
    return EXIT_FINDINGS if broken else EXIT_OK


def _rules(form: str) -> int:
    from .core.rules import RULES, rules_markdown

    if form == "md":
        sys.stdout.write(rules_markdown())
        return EXIT_OK
    for rule in RULES.values():
        print(f"{rule.code}  {rule.severity:<7}  {rule.name:<24}  {rule.summary}")
    return EXIT_OK
